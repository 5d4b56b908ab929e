"""The dialog shown when someone else changed a request first (HTTP 412)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.triage import TriageRequest, diff
from app.services.triage import PendingEdit


def conflict_rows(edit: PendingEdit, theirs: TriageRequest) -> list[tuple[str, str, str, str]]:
    """``(field, as I saw it, mine, theirs)`` for every field that is not the same."""
    seen = edit.base.editable_values()
    mine = {**seen, **edit.changes}
    server = theirs.editable_values()
    fields = {name for name, _a, _b in diff(seen, server)} | set(edit.changes)
    return [(name, str(seen.get(name)), str(mine.get(name)), str(server.get(name)))
            for name in sorted(fields) if mine.get(name) != server.get(name)
            or seen.get(name) != server.get(name)]


class ConflictDialog(QDialog):
    """Field by field: what I saw, what I wanted, what the server has now.

    ``choice`` is ``"mine"`` (retry my change on the new version) or ``"theirs"``.
    """

    def __init__(self, edit: PendingEdit, theirs: TriageRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("triageConflict")
        self.setWindowTitle(self.tr("Request #%1 changed meanwhile").replace(
            "%1", str(theirs.id)))
        self.edit = edit
        self.theirs = theirs
        self.choice = ""
        rows = conflict_rows(edit, theirs)
        self.rows = rows
        e = html.escape
        table = "".join(f"<tr><td>{e(f)}</td><td>{e(a)}</td><td><b>{e(m)}</b></td>"
                        f"<td>{e(t)}</td></tr>" for f, a, m, t in rows)
        view = QTextBrowser(self)
        view.setHtml("<table border='1' cellpadding='3'><tr><th>Field</th><th>You saw</th>"
                     f"<th>Your change</th><th>Now on the Hub</th></tr>{table}</table>")
        who = self.tr("Someone else saved this request (now version %1) after you opened "
                      "it.").replace("%1", str(theirs.version))
        buttons = QDialogButtonBox(self)
        self.keep_mine = QPushButton(self.tr("Keep &mine"), self)
        self.take_theirs = QPushButton(self.tr("Take &theirs"), self)
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_mine.clicked.connect(lambda: self._done("mine"))
        self.take_theirs.clicked.connect(lambda: self._done("theirs"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(who, self))
        layout.addWidget(view)
        layout.addWidget(buttons)

    def _done(self, choice: str) -> None:
        self.choice = choice
        if choice == "mine":
            self.accept()
        else:
            self.reject()
