"""The command palette (Ctrl+K): type a few letters, find any action or view, press Enter."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


def plain_text(action: QAction) -> str:
    """An action's text without ``&`` mnemonics and the trailing ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def fuzzy_score(query: str, text: str) -> int | None:
    """How well ``query`` matches ``text`` (higher is better), or ``None``.

    Every character of the query must appear in order; consecutive characters and
    matches at word starts score more, so "exr" finds "Export report".
    """
    query, text = query.casefold().strip(), text.casefold()
    if not query:
        return 0
    score, position, previous = 0, 0, -2
    for char in query:
        if char == " ":
            continue
        found = text.find(char, position)
        if found < 0:
            return None
        score += 1
        if found == previous + 1:
            score += 3
        if found == 0 or not text[found - 1].isalnum():
            score += 5
        previous, position = found, found + 1
    return score - len(text) // 20


class CommandPalette(QDialog):
    """Lists the given actions (enabled ones), filtered as the person types."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Command palette"))
        self.setAccessibleDescription(self.tr("Type to find an action or a view; Enter runs "
                                              "it, Escape closes."))
        self._actions = [a for a in actions if a.text() and not a.isSeparator()]
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Type an action or a view…"))
        self.query.setAccessibleName(self.tr("Find an action"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Matching actions"))
        self.hint = QLabel(self.tr("↑↓ choose · Enter run · Esc close"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.resize(520, 380)
        self.query.textChanged.connect(self._filter)
        self.query.installEventFilter(self)
        self.list.itemActivated.connect(self._run)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.list.clear()
        scored = []
        for action in self._actions:
            if not action.isEnabled():
                continue
            score = fuzzy_score(text, plain_text(action))
            if score is not None:
                scored.append((-score, plain_text(action), action))
        for _score, label, action in sorted(scored, key=lambda s: (s[0], s[1])):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            item = QListWidgetItem(f"{label}\t{shortcut}" if shortcut else label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, action)
            item.setToolTip(action.statusTip() or label)
            item.setIcon(action.icon())
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page keys and Enter in the search field move in and run the list."""
        if watched is self.query and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                QApplication.sendEvent(self.list, QKeyEvent(event.type(), key,
                                                            event.modifiers()))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._run(self.list.currentItem())
                return True
        return super().eventFilter(watched, event)

    def matches(self) -> list[str]:
        """The texts listed now, best first (tests, screen readers)."""
        return [self.list.item(i).text().split("\t")[0] for i in range(self.list.count())]

    def _run(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        action = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        if isinstance(action, QAction):
            action.trigger()

