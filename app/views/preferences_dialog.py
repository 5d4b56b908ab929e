"""Preferences, generated from the declared settings (``app.services.preferences.SETTINGS``).

One editor per declared setting, grouped as declared; labels and descriptions come from
the declaration (translated in the "Preferences" context). OK stores every changed
value; settings marked ``restart`` say that they take effect at the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.preferences import CONTEXT, SETTINGS, Preferences, Setting

Editor = QCheckBox | QComboBox | QSpinBox | QLineEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class PreferencesDialog(QDialog):
    """Edits every declared preference; ``editors`` maps a key to its widget."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._preferences = preferences
        self.editors: dict[str, Editor] = {}
        layout = QVBoxLayout(self)
        groups: dict[str, QFormLayout] = {}
        for item in SETTINGS:
            if item.group not in groups:
                box = QGroupBox(_tr(item.group), self)
                groups[item.group] = QFormLayout(box)
                layout.addWidget(box)
            editor, field = self._editor(item)
            editor.setObjectName(f"pref_{item.key}")
            label_text = _tr(item.label) + (self.tr(" (after restart)") if item.restart else "")
            editor.setAccessibleName(_tr(item.label))
            editor.setAccessibleDescription(_tr(item.description))
            editor.setToolTip(_tr(item.description))
            self.editors[item.key] = editor
            if isinstance(editor, QCheckBox):
                editor.setText(label_text)
                groups[item.group].addRow(field)
            else:
                label = QLabel(label_text, self)
                label.setBuddy(editor)
                groups[item.group].addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)
        layout.addWidget(self.buttons)
        self.load()

    def _editor(self, item: Setting) -> tuple[Editor, QWidget]:
        if item.kind == "bool":
            box = QCheckBox(self)
            return box, box
        if item.kind == "int":
            spin = QSpinBox(self)
            spin.setRange(item.minimum, item.maximum)
            spin.setSuffix(_tr(item.suffix))
            return spin, spin
        if item.kind == "choice":
            combo = QComboBox(self)
            for value, label in item.choices:
                combo.addItem(_tr(label), value)
            return combo, combo
        edit = QLineEdit(self)
        edit.setPlaceholderText(self.tr("System default"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose the %1").replace("%1", _tr(item.label)))
        browse.clicked.connect(lambda: self._browse(edit))
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(edit, 1)
        row_layout.addWidget(browse)
        return edit, row

    def _browse(self, edit: QLineEdit) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Data directory"), edit.text())
        if chosen:
            edit.setText(chosen)

    # -- values ---------------------------------------------------------------------------
    def load(self) -> None:
        for item in SETTINGS:
            self._show(item, self._preferences.value(item.key))

    def restore_defaults(self) -> None:
        for item in SETTINGS:
            self._show(item, item.default)

    def _show(self, item: Setting, value: Any) -> None:
        editor = self.editors[item.key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setText(str(value))

    def edited(self) -> dict[str, Any]:
        """The value each editor shows now, by key."""
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                out[key] = editor.value()
            elif isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            else:
                out[key] = editor.text().strip()
        return out

    def accept(self) -> None:
        for key, value in self.edited().items():
            self._preferences.set_value(key, value)
        super().accept()
