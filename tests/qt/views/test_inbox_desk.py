"""The Inbox inside the real desk: built on first show (Ctrl+8), talking to the connected
Hub over HTTP on 127.0.0.1; "Refresh now" (F5) reloads the queue; the desk stops it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from PySide6.QtCore import Qt

from app.application import DeskApplication, Options
from tests.asgi import serve


@pytest.fixture
def hub_url() -> Iterator[str]:
    from app.demo.launcher import load_registry
    from app.hub import routes_support
    from app.hub.app import create_app
    from app.hub.triage import demo_router

    registry = load_registry(None)
    app = create_app(registry, sites=[], routers=[
        routes_support.router, demo_router(registry, seed=7, interval_s=0, initial=6)])
    with serve(app) as url:
        yield url


@pytest.fixture
def desk(qtbot, tmp_path, hub_url) -> Iterator[DeskApplication]:
    desk = DeskApplication(Options(demo=False, hub_url=hub_url, data_dir=str(tmp_path)))
    qtbot.addWidget(desk.window)
    desk.start()
    desk.window.show()
    qtbot.waitUntil(lambda: desk.federation.registry is not None, timeout=10000)
    yield desk
    desk.window.close()
    desk.shutdown()


def test_inbox_tab_loads_the_hubs_queue_and_f5_reloads_it(qtbot, desk, hub_url):
    window = desk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.triage.view is not None, timeout=10000)
    view = desk.triage.view
    assert window.tabs.currentWidget() is desk.triage.tab
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    open_now = view.model.rowCount()
    # the registry reached the routing suggestions and the wizard's access modes
    assert view.service.registry is not None
    qtbot.waitUntil(lambda: view.detail.suggestions.count() > 0, timeout=5000)

    filed = requests.post(f"{hub_url}/v1/triage/requests", json={
        "organisation": "Walk-in GmbH", "country": "DE", "sector": "health",
        "need": "support", "contact": "walk@example.org"}, timeout=5)
    assert filed.status_code == 201
    window.refresh_action.trigger()  # F5, "Refresh now"
    qtbot.waitUntil(lambda: view.model.rowCount() == open_now + 1, timeout=10000)
    assert view.model.request(filed.json()["id"]) is not None
    desk.triage.stop()
    assert not view._refresh.isActive()
