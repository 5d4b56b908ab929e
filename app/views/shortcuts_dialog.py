"""Help › Keyboard shortcuts: every action with a shortcut, generated from the actions."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.table_model import Column, RecordTableModel
from app.services.preferences import QT_TRANSLATE_NOOP
from app.views.command_palette import plain_text

COLUMNS = (Column("action", QT_TRANSLATE_NOOP("Column", "Action")),
           Column("keys", QT_TRANSLATE_NOOP("Column", "Keys")))

#: Keys that work inside views without a menu action (documented here, once).
VIEW_KEYS = (
    ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutsDialog", "Filter or search the current view")),
    ("Tab / Shift+Tab",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Move to the next / previous control")),
    ("+ / − / 0",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Map: zoom in, zoom out, show every marker")),
    ("← → ↑ ↓", QT_TRANSLATE_NOOP("ShortcutsDialog", "Map: pan; tables: move between rows")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Close a dialog or the command palette")),
)


class ShortcutsDialog(QDialog):
    """A read-only table: action and its key sequence."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(plain_text(a), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                for a in actions if a.text() and not a.shortcut().isEmpty()]
        rows += [(self.tr(what), keys) for keys, what in VIEW_KEYS]
        self.model = RecordTableModel(COLUMNS, key=lambda r: r["n"], parent=self)
        self.model.set_rows([{"n": n, "action": label, "keys": keys}
                             for n, (label, keys) in enumerate(rows)])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 520)

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row: (action, keys)."""
        return [(str(r["action"]), str(r["keys"])) for r in self.model.rows()]
