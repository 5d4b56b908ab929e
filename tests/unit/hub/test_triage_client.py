"""HubTriageClient against a real Hub over HTTP on 127.0.0.1 (uvicorn in a thread)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import requests

from app.clients.errors import NotFound
from app.clients.hub_triage import (
    HubTriageClient,
    InvalidInput,
    TransitionRefused,
    TriageConflict,
)
from tests.asgi import serve

BODY = {"organisation": "Alpen AI GmbH", "country": "AT", "sector": "health",
        "need": "compute", "gpu_type": "h100", "gpu_hours": 2000, "contact": "a@example.org"}


@pytest.fixture(scope="module")
def hub_url() -> Iterator[str]:
    from app.hub.app import create_app
    from app.hub.triage import TriageStore, build_router

    app = create_app({"factories": [{"id": "jaif"}], "support_centres": []}, sites=[],
                     routers=[build_router(TriageStore(":memory:"))])
    with serve(app) as url:
        yield url


@pytest.fixture
def client(hub_url) -> Iterator[HubTriageClient]:
    with requests.Session() as session:
        yield HubTriageClient(session, hub_url, user="ana")


def test_create_get_patch_note_history(client):
    created = client.create(BODY)
    assert created.state == "new" and created.version == 1
    patched = client.patch(created.id, {"state": "assigned", "assignee": "ana",
                                        "target_factory": "jaif"}, version=1)
    assert patched.version == 2 and patched.target_factory == "jaif"
    noted = client.add_note(created.id, "called")
    assert noted.notes[0].author == "ana" and client.get(created.id).version == 3
    history = client.history(created.id)
    assert [h.action for h in history] == ["created", "updated", "note"]
    assert history[1].changes["state"] == ["new", "assigned"]


def test_stale_version_raises_conflict_with_the_current_request(client):
    created = client.create(BODY)
    client.patch(created.id, {"assignee": "jonas"}, version=1)
    with pytest.raises(TriageConflict) as caught:
        client.patch(created.id, {"assignee": "ana"}, version=1)
    assert caught.value.current.version == 2 and caught.value.current.assignee == "jonas"
    retried = client.patch(created.id, {"assignee": "ana"}, version=caught.value.current.version)
    assert retried.assignee == "ana"


def test_refusals_are_typed(client):
    created = client.create(BODY)
    with pytest.raises(TransitionRefused):
        client.patch(created.id, {"state": "resolved"}, version=1)
    with pytest.raises(InvalidInput) as caught:
        client.patch(created.id, {"country": "Austria"}, version=1)
    assert caught.value.field == "body.country"
    with pytest.raises(NotFound):
        client.get(999_999)


def test_paging_collects_every_page(client):
    for i in range(7):
        client.create({**BODY, "organisation": f"Paged {i}"})
    page = client.page(q="paged", limit=3)
    assert page.total == 7 and len(page.items) == 3 and page.next_offset == 3
    every = client.list_all(q="paged", sort="id", page_size=3)
    assert [r.organisation for r in every] == [f"Paged {i}" for i in range(7)]


def test_two_clients_editing_at_once_lose_no_update(hub_url):
    """Two staff (two sessions, two threads) each add ten words to one request by
    read-modify-write with If-Match, retrying on 412: all twenty words arrive."""
    with requests.Session() as setup:
        created = HubTriageClient(setup, hub_url, user="intake").create(
            {**BODY, "organisation": "Contended", "description": "start"})

    failures: list[BaseException] = []
    conflicts = [0, 0]

    def edit(who: int) -> None:
        try:
            with requests.Session() as session:
                client = HubTriageClient(session, hub_url, user=f"staff{who}")
                for i in range(10):
                    current = client.get(created.id)
                    while True:
                        try:
                            client.patch(created.id, {"description": current.description
                                                      + f" s{who}w{i}"},
                                         version=current.version)
                            break
                        except TriageConflict as exc:
                            conflicts[who] += 1
                            current = exc.current
        except BaseException as exc:  # reported below, on the test thread
            failures.append(exc)

    threads = [threading.Thread(target=edit, args=(who,)) for who in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not failures
    with requests.Session() as check:
        client = HubTriageClient(check, hub_url, user="check")
        final = client.get(created.id)
        words = final.description.split()
        assert sorted(words[1:]) == sorted(f"s{w}w{i}" for w in (0, 1) for i in range(10))
        assert final.version == 21
        history = client.history(created.id)
        assert len(history) == 21 and {h.who for h in history[1:]} == {"staff0", "staff1"}
