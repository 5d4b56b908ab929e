"""Staff notes in SQLite: saved in one transaction each, WAL, back after a restart."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from app.services.notes_store import NotesStore


def test_a_note_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "data" / "notes.sqlite3"
    store = NotesStore(path)
    saved = store.save("ncc-pl", "Ask for Anna — speaks Polish, Łódź office.")
    assert saved.updated_at.endswith("Z")
    store.close()
    again = NotesStore(path)
    note = again.get("ncc-pl")
    assert note is not None and note.body == "Ask for Anna — speaks Polish, Łódź office."
    assert set(again.load_all()) == {"ncc-pl"}
    again.close()


def test_a_note_survives_without_close(tmp_path: Path) -> None:
    """A kill: the process never closes the store; what save() returned is on disk."""
    path = tmp_path / "notes.sqlite3"
    NotesStore(path).save("tef-health", "called them on Monday")
    reader = sqlite3.connect(path)
    assert reader.execute("SELECT body FROM centre_notes").fetchall() == [
        ("called them on Monday",)]
    reader.close()


def test_updates_replace_and_empty_deletes(tmp_path: Path) -> None:
    store = NotesStore(tmp_path / "n.sqlite3")
    store.save("a", "first")
    store.save("a", "second")
    store.save("b", "other")
    assert {k: n.body for k, n in store.load_all().items()} == {"a": "second", "b": "other"}
    store.save("a", "   ")
    assert store.get("a") is None and set(store.load_all()) == {"b"}
    with pytest.raises(ValueError):
        store.save("", "no centre")
    store.close()


def test_wal_journal_and_own_table(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE history (x INTEGER)")  # a file shared with others is fine
    other.commit()
    other.close()
    store = NotesStore(path)
    store.save("a", "note")
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in check.execute("SELECT name FROM sqlite_master")}
    assert {"history", "centre_notes"} <= tables
    check.close()
    store.close()


def test_each_save_is_its_own_transaction(tmp_path: Path) -> None:
    path = tmp_path / "n.sqlite3"
    store = NotesStore(path)
    store.save("a", "kept")
    trap = sqlite3.connect(path)
    trap.execute("CREATE TRIGGER boom BEFORE INSERT ON centre_notes WHEN NEW.body = 'boom' "
                 "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    trap.commit()
    trap.close()
    with pytest.raises(sqlite3.IntegrityError):
        store.save_many({"b": "kept too", "c": "boom", "d": "never reached"})
    assert {k: n.body for k, n in store.load_all().items()} == {"a": "kept", "b": "kept too"}
    store.save("d", "the store still works")  # no transaction was left open
    assert store.get("d") is not None
    store.close()


def test_saves_from_several_threads(tmp_path: Path) -> None:
    store = NotesStore(tmp_path / "n.sqlite3")

    def writer(n: int) -> None:
        for i in range(20):
            store.save(f"c{n}", f"text {i}")

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {k: n.body for k, n in store.load_all().items()} == {
        f"c{n}": "text 19" for n in range(4)}
    store.close()
