"""The dialog shown when someone else changed a request first (HTTP 412).

It shows, field by field, what the user saw, what they wanted and what the Hub has now,
and lets them merge (send only the checked fields of their change on top of the new
version), retry (send all of their change again on the new version) or discard theirs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.triage import TriageRequest, diff
from app.services.preferences import QT_TRANSLATE_NOOP
from app.services.triage import PendingEdit
from app.views.inbox_words import shown_value

#: The editable fields of a request (``domain.triage.EDITABLE``) as people call them.
FIELD_LABELS = {"state": QT_TRANSLATE_NOOP("ConflictDialog", "State"),
                "assignee": QT_TRANSLATE_NOOP("ConflictDialog", "Assignee"),
                "target_factory": QT_TRANSLATE_NOOP("ConflictDialog", "Factory"),
                "support_centre": QT_TRANSLATE_NOOP("ConflictDialog", "Support centre"),
                "organisation": QT_TRANSLATE_NOOP("ConflictDialog", "Organisation"),
                "country": QT_TRANSLATE_NOOP("ConflictDialog", "Country"),
                "sector": QT_TRANSLATE_NOOP("ConflictDialog", "Sector"),
                "need": QT_TRANSLATE_NOOP("ConflictDialog", "Need"),
                "gpu_type": QT_TRANSLATE_NOOP("ConflictDialog", "GPU type"),
                "gpu_hours": QT_TRANSLATE_NOOP("ConflictDialog", "GPU-hours"),
                "access_mode": QT_TRANSLATE_NOOP("ConflictDialog", "Access mode"),
                "language": QT_TRANSLATE_NOOP("ConflictDialog", "Language"),
                "description": QT_TRANSLATE_NOOP("ConflictDialog", "Description"),
                "contact": QT_TRANSLATE_NOOP("ConflictDialog", "Contact")}


def conflict_rows(edit: PendingEdit, theirs: TriageRequest) -> list[tuple[str, str, str, str]]:
    """``(field, as I saw it, mine, theirs)`` for every field that is not the same."""
    seen = edit.base.editable_values()
    mine = {**seen, **edit.changes}
    server = theirs.editable_values()
    fields = {name for name, _a, _b in diff(seen, server)} | set(edit.changes)
    return [(name, _text(name, seen.get(name)), _text(name, mine.get(name)),
             _text(name, server.get(name)))
            for name in sorted(fields) if mine.get(name) != server.get(name)
            or seen.get(name) != server.get(name)]


def _text(name: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    return str(shown_value(name, value))


class ConflictDialog(QDialog):
    """Field by field: what I saw, what I wanted, what the server has now.

    ``choice`` is ``"merge"`` (send :meth:`merged_changes` on the new version),
    ``"mine"`` (retry all of my change on the new version) or ``"theirs"`` (discard mine).
    """

    KEEP_COLUMN = 4

    def __init__(self, edit: PendingEdit, theirs: TriageRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("triageConflict")
        self.setWindowTitle(self.tr("Request #%1 changed meanwhile").replace(
            "%1", str(theirs.id)))
        self.edit = edit
        self.theirs = theirs
        self.choice = ""
        self.rows = conflict_rows(edit, theirs)
        self.table = QTableWidget(len(self.rows), 5, self)
        self.table.setObjectName("conflictFields")
        self.table.setAccessibleName(self.tr("Fields that differ"))
        self.table.setAccessibleDescription(self.tr(
            "Check “Use mine” for each of your changes to keep when merging; Space toggles"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("You saw"), self.tr("Your change"),
            self.tr("Now on the Hub"), self.tr("Use mine")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        seen = edit.base.editable_values()
        server = theirs.editable_values()
        for row, (name, saw, mine, now) in enumerate(self.rows):
            both = name in edit.changes and seen.get(name) != server.get(name)
            label = self.tr(FIELD_LABELS.get(name, name)) + (
                self.tr("  ⚠ both changed") if both else "")
            for column, text in enumerate((label, saw, mine, now)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
            keep = QTableWidgetItem(self.tr("use mine") if name in edit.changes
                                    else self.tr("(not mine)"))
            if name in edit.changes:
                keep.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                keep.setCheckState(Qt.CheckState.Checked)
            else:
                keep.setFlags(Qt.ItemFlag.ItemIsEnabled)
            keep.setData(Qt.ItemDataRole.UserRole, name)
            self.table.setItem(row, self.KEEP_COLUMN, keep)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)
        who = self.tr("Someone else saved this request (now version %1) after you opened "
                      "it. Merge the checked fields of your change, retry all of it, or "
                      "discard it.").replace("%1", str(theirs.version))
        buttons = QDialogButtonBox(self)
        self.merge = QPushButton(self.tr("&Merge checked"), self)
        self.keep_mine = QPushButton(self.tr("&Retry all mine"), self)
        self.take_theirs = QPushButton(self.tr("&Discard mine"), self)
        for button, text in ((self.merge, self.tr("Send the checked fields of your change "
                                                  "on top of the new version")),
                             (self.keep_mine, self.tr("Send all of your change again on "
                                                      "top of the new version")),
                             (self.take_theirs, self.tr("Keep what is on the Hub now"))):
            button.setAccessibleDescription(text)
            button.setToolTip(text)
        buttons.addButton(self.merge, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.RejectRole)
        self.merge.clicked.connect(lambda: self._done("merge"))
        self.keep_mine.clicked.connect(lambda: self._done("mine"))
        self.take_theirs.clicked.connect(lambda: self._done("theirs"))
        message = QLabel(who, self)
        message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 320)
        self.merge.setDefault(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space on a row of the table toggles its "use mine" (keyboard merge)."""
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space
                and self.table.currentRow() >= 0):
            item = self.table.item(self.table.currentRow(), self.KEEP_COLUMN)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Unchecked
                                   if item.checkState() == Qt.CheckState.Checked
                                   else Qt.CheckState.Checked)
                return True
        return super().eventFilter(watched, event)

    def set_use_mine(self, name: str, use: bool) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.KEEP_COLUMN)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if use else Qt.CheckState.Unchecked)

    def merged_changes(self) -> dict[str, Any]:
        """My changes whose "use mine" box is checked."""
        keep = set()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.KEEP_COLUMN)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                keep.add(item.data(Qt.ItemDataRole.UserRole))
        return {k: v for k, v in self.edit.changes.items() if k in keep}

    def _done(self, choice: str) -> None:
        self.choice = choice
        if choice == "theirs":
            self.reject()
        else:
            self.accept()
