"""The inbox driven with the keyboard against a real Hub over HTTP on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest
import requests
from PySide6.QtCore import Qt

from app.clients.hub_triage import HubTriageClient
from app.services.tasks import TaskRunner
from app.services.triage import TriageService
from app.views.inbox_view import InboxView

ME = "ana.spoc"


@pytest.fixture(scope="module")
def registry_doc():
    from app.demo.launcher import load_registry

    return load_registry(None)


@pytest.fixture
def hub_url(registry_doc) -> Iterator[str]:
    import uvicorn

    from app.hub import routes_support
    from app.hub.app import create_app
    from app.hub.triage import demo_router

    app = create_app(registry_doc, sites=[], routers=[
        routes_support.router, demo_router(registry_doc, seed=42, interval_s=0, initial=12)])
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    started = threading.Event()
    for _ in range(500):
        if server.started:
            started.set()
            break
        threading.Event().wait(0.01)
    assert started.is_set()
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)
    sock.close()


@pytest.fixture
def inbox(qtbot, hub_url, registry_doc) -> Iterator[tuple[InboxView, TriageService, str]]:
    from app.domain.registry import parse_registry

    session = requests.Session()
    client = HubTriageClient(session, hub_url, user=ME)
    runner = TaskRunner(max_threads=2)
    service = TriageService(runner, lambda: client)
    service.set_registry(parse_registry(registry_doc))
    view = InboxView(service)
    qtbot.addWidget(view)
    view.show()
    view.state_filter.setCurrentIndex(1)  # all states (also triggers a reload)
    qtbot.waitUntil(lambda: view.model.rowCount() == 12, timeout=5000)
    yield view, service, hub_url
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)
    runner.wait_for_done()
    session.close()


def _server(url: str, request_id: int) -> dict:
    return requests.get(f"{url}/v1/triage/requests/{request_id}", timeout=5).json()


def test_queue_shows_age_text_and_sla_words(inbox):
    view, _service, _url = inbox
    rows = view.shown_rows()
    assert all(r["age"] for r in rows)
    assert {r["sla"] for r in rows} <= {"ok", "warn", "breach", "closed"}
    sla_column = view.model.column_index("sla")
    text = view.proxy.index(0, sla_column).data()
    assert text in ("On time", "Due soon", "Overdue", "Closed")


def test_keyboard_move_and_assign_to_me(qtbot, inbox):
    view, _service, url = inbox
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.table.currentIndex().row() == 1
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.table.currentIndex().row() == 0
    target = view.selected()
    assert target is not None
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: _server(url, target.id)["assignee"] == ME, timeout=5000)
    qtbot.waitUntil(lambda: view.model.request(target.id).assignee == ME, timeout=5000)
    qtbot.waitUntil(lambda: view.detail.history.count() >= 2, timeout=5000)


def test_state_menu_offers_only_allowed_transitions(qtbot, inbox):
    view, _service, url = inbox
    view.select(next(r["id"] for r in view.shown_rows() if r["state"] == "new"))
    view.table.setFocus()
    menu = view.build_state_menu()
    assert menu is not None
    titles = [a.text() for a in menu.actions()]
    assert titles == ["Triaged", "Assigned", "Declined"]
    request = view.selected()
    menu.actions()[0].trigger()
    menu.close()
    qtbot.waitUntil(lambda: _server(url, request.id)["state"] == "triaged", timeout=5000)


def test_note_and_accept_suggestion(qtbot, inbox):
    view, _service, url = inbox
    view.select(next(r["id"] for r in view.shown_rows() if r["state"] == "new"))
    request = view.selected()
    view.add_note("called them back")
    qtbot.waitUntil(lambda: bool(_server(url, request.id)["notes"]), timeout=5000)
    qtbot.waitUntil(lambda: bool(view.model.request(request.id).notes), timeout=5000)
    assert view.detail.suggestions.count() > 0
    suggestion = view.detail.current_suggestion()
    qtbot.mouseClick(view.detail.accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _server(url, request.id)["state"] == "assigned", timeout=5000)
    doc = _server(url, request.id)
    assert doc["target_factory"] == suggestion.factory_id
    assert doc["support_centre"] == suggestion.centre_id


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_conflict_dialog_keep_mine_or_take_theirs(qtbot, inbox, choice):
    view, _service, url = inbox
    view.select(next(r["id"] for r in view.shown_rows() if r["state"] == "new"))
    request = view.selected()
    other = requests.patch(f"{url}/v1/triage/requests/{request.id}",
                           json={"description": "edited by jonas"},
                           headers={"If-Match": f'"{request.version}"',
                                    "X-Hub-User": "jonas"}, timeout=5)
    assert other.status_code == 200
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: view.conflict_dialog is not None, timeout=5000)
    dialog = view.conflict_dialog
    fields = {row[0] for row in dialog.rows}
    assert {"assignee", "description"} <= fields
    button = dialog.keep_mine if choice == "mine" else dialog.take_theirs
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if choice == "mine":
        qtbot.waitUntil(lambda: _server(url, request.id)["assignee"] == ME, timeout=5000)
        assert _server(url, request.id)["description"] == "edited by jonas"
    else:
        assert view.model.request(request.id).description == "edited by jonas"
        assert _server(url, request.id)["assignee"] != ME


def test_new_request_and_csv_export_is_formula_safe(qtbot, inbox, tmp_path):
    view, service, _url = inbox
    service.create({"organisation": "=HYPERLINK(\"http://x\")", "country": "DE",
                    "sector": "health", "need": "legal", "contact": "a@example.org"})
    qtbot.waitUntil(lambda: view.model.rowCount() == 13, timeout=5000)
    target = tmp_path / "queue.csv"
    with qtbot.waitSignal(service.exported, timeout=5000):
        view.export_queue(str(target))
    text = target.read_text("utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text
    assert text.splitlines()[0].startswith("id,age,sla,state")
    pdf = tmp_path / "queue.pdf"
    with qtbot.waitSignal(service.exported, timeout=10000):
        view.export_queue(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")


def test_intake_dialog_flags_missing_fields(qtbot):
    from app.views.intake_dialog import NewRequestDialog

    dialog = NewRequestDialog()
    qtbot.addWidget(dialog)
    dialog.organisation.setText("Alpen AI")
    dialog.country.setText("d1")
    dialog.buttons.accepted.emit()
    assert "country" in dialog.problem.text() and "contact" in dialog.problem.text()
    dialog.country.setText("de")
    dialog.contact.setText("x@example.org")
    assert dialog.fields()["country"] == "DE" and dialog.missing() == []
