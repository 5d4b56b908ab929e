"""Wizard drafts: one committed row per draft, saved debounced and off the UI thread."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from app.services.drafts import DraftSaver, DraftStore
from app.services.tasks import TaskRunner


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        self.now += 1
        return self.now


@pytest.fixture
def store(tmp_path) -> Iterator[DraftStore]:
    store = DraftStore(tmp_path / "desk.sqlite3", clock=Clock())
    yield store
    store.close()


def test_save_get_overwrite_and_delete(store):
    store.save("a", {"name": "first", "nodes": 1})
    store.save("a", {"name": "second", "nodes": 2})
    draft = store.get("a")
    assert draft is not None and draft.data == {"name": "second", "nodes": 2}
    assert draft.updated_at > draft.created_at
    store.delete("a")
    assert store.get("a") is None and store.latest() is None


def test_latest_is_the_last_edited(store):
    store.save("a", {"name": "a"})
    store.save("b", {"name": "b"})
    store.save("a", {"name": "a2"})
    assert store.latest().draft_id == "a"
    assert [d.draft_id for d in store.drafts()] == ["a", "b"]


def test_unicode_and_survives_reopening(store, tmp_path):
    store.save("x", {"script": "#!/bin/bash\necho “é” ✓\n"})
    store.close()
    again = DraftStore(tmp_path / "desk.sqlite3")
    try:
        assert again.get("x").data["script"] == "#!/bin/bash\necho “é” ✓\n"
    finally:
        again.close()


def test_unreadable_rows_are_skipped(store, tmp_path):
    store.save("good", {"name": "ok"})
    conn = sqlite3.connect(tmp_path / "desk.sqlite3")
    with conn:
        conn.execute("INSERT INTO job_drafts VALUES ('bad', '[1, 2]', 0, 9e12)")
        conn.execute("INSERT INTO job_drafts VALUES ('worse', 'not json', 0, 9e12)")
    conn.close()
    assert [d.draft_id for d in store.drafts()] == ["good"]


def test_own_table_in_a_shared_wal_file(store, tmp_path):
    conn = sqlite3.connect(tmp_path / "desk.sqlite3")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "job_drafts" in tables
    finally:
        conn.close()


@pytest.fixture
def saver(qtbot, store) -> Iterator[DraftSaver]:
    runner = TaskRunner(max_threads=1)
    saver = DraftSaver(store, runner, delay_ms=50)
    yield saver
    saver.stop()
    runner.wait_for_done()
    qtbot.wait(1)


def test_typing_is_saved_once_after_a_pause(qtbot, saver, store):
    saved = []
    saver.saved.connect(saved.append)
    with qtbot.waitSignal(saver.saved, timeout=3000):
        for text in ("t", "tr", "tra", "train"):
            saver.schedule("d1", {"name": text})
        assert store.get("d1") is None  # nothing written while typing
        assert saver.pending
    assert saved == ["d1"]
    assert store.get("d1").data == {"name": "train"}  # committed when "saved" came
    assert not saver.pending


def test_discard_cancels_a_pending_save_and_deletes(qtbot, saver, store):
    store.save("d2", {"name": "old"})
    saver.schedule("d2", {"name": "new"})
    saver.discard("d2")
    saver.schedule("d2", {"name": "late"})  # ignored: the draft is gone for good
    assert not saver.pending
    saver._runner.wait_for_done()
    qtbot.wait(100)
    assert store.get("d2") is None


def test_load_latest_off_the_ui_thread(qtbot, saver, store):
    store.save("d3", {"name": "x"})
    got = []
    saver.load_latest(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=3000)
    assert got[0].draft_id == "d3"


def test_a_failed_save_is_reported(qtbot, saver, store):
    store.close()
    with qtbot.waitSignal(saver.failed, timeout=3000) as failed:
        saver.schedule("d4", {"name": "x"})
        saver.flush()
    assert "could not be saved" in failed.args[0]
