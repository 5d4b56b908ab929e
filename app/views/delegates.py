"""Painting helpers for tables: a utilisation bar and a health badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.models.table_model import SORT_ROLE
from app.views.theme import colours, contrasting

Index = QModelIndex | QPersistentModelIndex


class UtilisationBarDelegate(QStyledItemDelegate):
    """Draws a horizontal bar for a 0..1 value, with the percentage as text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(SORT_ROLE)
        if not isinstance(value, int | float):
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QRect(option.rect.adjusted(4, 5, -4, -5))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.color(QPalette.ColorRole.Midlight))
        painter.drawRect(bar)
        share = max(0.0, min(1.0, float(value)))
        fill = QRect(bar)
        fill.setWidth(int(bar.width() * share))
        theme = colours()
        colour = QColor(theme.accent if share < 0.9 else theme.warning)
        painter.setBrush(colour)
        painter.drawRect(fill)
        # the percentage stays readable: contrasting over the bar, text colour beside it
        text = index.data(Qt.ItemDataRole.DisplayRole)
        for clip, pen in ((fill, contrasting(colour)),
                          (bar.adjusted(fill.width(), 0, 0, 0),
                           option.palette.color(QPalette.ColorRole.Text))):
            painter.save()
            painter.setClipRect(clip)
            painter.setPen(pen)
            painter.drawText(bar.adjusted(4, 0, -4, 0), int(Qt.AlignmentFlag.AlignCenter), text)
            painter.restore()
        painter.restore()


class HealthBadgeDelegate(QStyledItemDelegate):
    """A coloured dot followed by the health word (never colour alone)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        rect = option.rect
        d = min(10, rect.height() - 8)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour if isinstance(colour, QColor) else QColor("#607d8b"))
        painter.drawEllipse(rect.left() + 6, rect.center().y() - d // 2, d, d)
        role = (QPalette.ColorRole.HighlightedText
                if option.state & QStyle.StateFlag.State_Selected else QPalette.ColorRole.Text)
        painter.setPen(option.palette.color(role))
        painter.drawText(rect.adjusted(d + 12, 0, -2, 0),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         index.data(Qt.ItemDataRole.DisplayRole))
        painter.restore()
