"""One generic table model with named columns, and the sort/filter proxy for it.

Rows are plain mappings keyed by column key (a pandas frame converts with
``rows_from_frame``). ``SORT_ROLE`` returns the raw value so that sorting happens in
Python (Qt would truncate int64), ``ROW_ROLE`` the whole row. Live updates with the same
row keys emit ``dataChanged`` only, so selection and scroll position survive a poll.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

Row = Mapping[str, Any]
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A named column: how to show a value, and how to sort it."""

    key: str
    title: str
    fmt: Callable[[Any], str] = lambda v: "" if v is None else str(v)
    sort_key: Callable[[Row], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Row], str] | None = None
    foreground: Callable[[Row], Any] | None = None
    #: what the column holds, shown on its header (a short title needs one)
    header_tip: str = ""


def _int(value: Any) -> int:
    return int(getattr(value, "value", value))


_DISPLAY = _int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = _int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = _int(Qt.ItemDataRole.ForegroundRole)
_ALIGN = _int(Qt.ItemDataRole.TextAlignmentRole)
_SORT = _int(SORT_ROLE)
_ROW = _int(ROW_ROLE)
_KEY = _int(KEY_ROLE)
_TABLE_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemNeverHasChildren)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGN, _SORT, _ROW, _KEY})
_RIGHT = _int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordTableModel(QAbstractTableModel):
    """A read-only table over a list of rows and a list of ``Column``s.

    Views ask ``data`` thousands of times per repaint, so answers are computed once per
    row, column and role and cached until the rows change.
    """

    def __init__(self, columns: Sequence[Column], *, key: Callable[[Row], Any],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._key = key
        self._rows: list[Row] = []
        self._keys: list[Any] = []
        self._shown_rows: list[tuple[str, ...]] = []
        self._cache: dict[tuple[int, int, int], Any] = {}

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace the rows; with the same keys only rows that look different repaint."""
        keys = [self._key(r) for r in rows]
        shown = [self._shown(r) for r in rows]
        if keys == self._keys and rows:
            changed = [i for i, (old, new) in enumerate(zip(self._shown_rows, shown,
                                                             strict=True)) if old != new]
            self._rows, self._shown_rows = list(rows), shown
            if not changed:
                return
            self._cache = {k: v for k, v in self._cache.items() if k[0] not in set(changed)}
            last = len(self.columns) - 1
            for first, end in _ranges(changed):
                self.dataChanged.emit(self.index(first, 0), self.index(end, last))
            return
        self.beginResetModel()
        self._rows, self._keys, self._shown_rows = list(rows), keys, shown
        self._cache.clear()
        self.endResetModel()

    def _shown(self, row: Row) -> tuple[str, ...]:
        """What a row looks like: a changed row is one whose text changed."""
        return tuple(c.fmt(row.get(c.key)) for c in self.columns)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of_key(self, key: Any) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # -- Qt API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Column", column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tip:
            return QCoreApplication.translate("Column", column.header_tip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.cell(index.row(), index.column(), role)

    def cell(self, r: int, c: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """``data()`` by row and column: the proxy's path, without building an index
        (a repaint asks for every role of every visible cell)."""
        role = _int(role)
        if role not in _ANSWERED:
            return None
        cached = self._cache.get((r, c, role), self)
        if cached is not self:
            return cached
        if not (0 <= r < len(self._rows) and 0 <= c < len(self.columns)):
            return None
        value = self._answer(self._rows[r], self.columns[c], r, role)
        self._cache[(r, c, role)] = value
        return value

    def _answer(self, row: Row, column: Column, r: int, role: int) -> Any:
        if role == _DISPLAY:
            return column.fmt(row.get(column.key))
        if role == _SORT:
            return column.sort_key(row) if column.sort_key else row.get(column.key)
        if role == _ROW:
            return row
        if role == _KEY:
            return self._keys[r]
        if role == _TOOLTIP:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == _FOREGROUND:
            return column.foreground(row) if column.foreground is not None else None
        if role == _ALIGN:
            return _RIGHT if column.align_right else None
        return None


def _sortable(value: Any) -> tuple[int, Any]:
    """A key that orders numbers, then text (case-insensitive), then ``None``."""
    if value is None:
        return (2, 0)
    if isinstance(value, int | float):
        return (0, value)
    if isinstance(value, datetime):
        return (0, value.timestamp())
    return (1, str(value).casefold())


def sort_keys(values: Sequence[Any]) -> list[Any]:
    """Comparable keys for one column's raw values, as cheap as the values allow.

    Numbers, texts (case-insensitive) and times each sort as themselves with ``None``
    last; a column mixing kinds sorts numbers, then texts, then ``None``.
    """
    kinds = {type(v) for v in values}
    none = type(None)
    if kinds <= {int, float, bool, none}:
        return [math.inf if v is None else v for v in values] if none in kinds \
            else list(values)
    if kinds <= {str, none}:
        return [_LAST_TEXT if v is None else v.casefold() for v in values]
    if all(isinstance(v, datetime) or v is None for v in values):
        return [math.inf if v is None else v.timestamp() for v in values]
    return [_sortable(v) for v in values]


_LAST_TEXT = "\U0010ffff"


class SortFilterProxy(QAbstractProxyModel):
    """Sorts on ``SORT_ROLE`` values and filters by a text and an optional predicate.

    Both happen in Python in one pass over the rows: sort keys are computed once per column
    (and again only when the data change) and the order is one ``sorted`` call, so a
    100,000-row table sorts and filters in tens of milliseconds — Qt's own proxy would call
    back into Python for every comparison. The proxy is flat (a table), keeps selections
    across sorting and filtering (persistent indexes are moved), and re-sorts and re-filters
    when the source's data change. A source that is not a ``RecordTableModel`` is shown
    unsorted and unfiltered.
    """

    #: Above this many separate row ranges a change is one layout change instead.
    MAX_RANGES = 200
    #: Tables this large (old + new rows) skip the row-by-row diff.
    LARGE = 20_000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._predicate: Callable[[Row], bool] | None = None
        self._column = -1
        self._order = Qt.SortOrder.AscendingOrder
        self._map: list[int] = []  # proxy row -> source row
        self._pos_cache: list[int] | None = None
        self._keys: dict[int, list[Any]] = {}
        self._haystacks: list[str] | None = None

    # -- set-up -------------------------------------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._source_signals(old):
                signal.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        self._forget()
        self._set_map(self._compute())
        self.endResetModel()
        for signal, slot in self._source_signals(model):
            signal.connect(slot)

    def _source_signals(self, model: QAbstractItemModel) -> list[tuple[Any, Any]]:
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.dataChanged, self._source_data_changed),
            (model.headerDataChanged, self.headerDataChanged),
            (model.layoutChanged, self._source_reset_now),
            (model.rowsInserted, self._source_reset_now),
            (model.rowsRemoved, self._source_reset_now),
            (model.columnsInserted, self._source_reset_now),
            (model.columnsRemoved, self._source_reset_now),
        ]

    # -- public API ---------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._text:
            self._text = text
            self._apply(self._compute())

    def set_predicate(self, predicate: Callable[[Row], bool] | None) -> None:
        self._predicate = predicate
        self._apply(self._compute())

    def invalidate(self) -> None:
        """Filter and sort again (after a predicate's own state changed)."""
        self._apply(self._compute())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._column, self._order = column, order
        self._apply(self._compute(), reorder_only=True)

    def sortColumn(self) -> int:
        return self._column

    def sortOrder(self) -> Qt.SortOrder:
        return self._order

    def source_row(self, proxy_row: int) -> int:
        return self._map[proxy_row]

    # -- computing the mapping ----------------------------------------------------------
    def _records(self) -> RecordTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, RecordTableModel) else None

    def _forget(self) -> None:
        self._keys.clear()
        self._haystacks = None

    def _compute(self) -> list[int]:
        model = self.sourceModel()
        if model is None:
            return []
        records = self._records()
        if records is None:
            return list(range(model.rowCount()))
        rows = records._rows
        accepted = range(len(rows))
        if self._predicate is not None:
            predicate = self._predicate
            accepted = [i for i in accepted if predicate(rows[i])]  # type: ignore[assignment]
        if self._text:
            hay = self._haystack(records)
            for word in self._text.split():  # each word narrows what the next one scans
                accepted = [i for i in accepted if word in hay[i]]  # type: ignore[assignment]
        if 0 <= self._column < len(records.columns):
            keys = self._column_keys(records, self._column)
            return sorted(accepted, key=keys.__getitem__,
                          reverse=self._order == Qt.SortOrder.DescendingOrder)
        return list(accepted)

    def _column_keys(self, records: RecordTableModel, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            col = records.columns[column]
            if col.sort_key is not None:
                sort_key = col.sort_key
                raw = [sort_key(r) for r in records._rows]
            else:
                key = col.key
                raw = [r.get(key) for r in records._rows]
            keys = self._keys[column] = sort_keys(raw)
        return keys

    def _haystack(self, records: RecordTableModel) -> list[str]:
        if self._haystacks is None:
            rows = records._rows
            shown: Sequence[Sequence[str]] | None = getattr(records, "_shown_rows", None)
            if shown is None or len(shown) != len(rows):
                shown = list(zip(*[list(map(c.fmt, [r.get(c.key) for r in rows]))
                                   for c in records.columns], strict=True))
            self._haystacks = list(map(str.casefold, map(" ".join, shown)))
        return self._haystacks

    def _source_size(self) -> int:
        model = self.sourceModel()
        return model.rowCount() if model is not None else 0

    @property
    def _pos(self) -> list[int]:
        """Source row -> proxy row (-1 when filtered out), built when first needed."""
        if self._pos_cache is None:
            pos = [-1] * self._source_size()
            for proxy_row, source_row in enumerate(self._map):
                pos[source_row] = proxy_row
            self._pos_cache = pos
        return self._pos_cache

    def _set_map(self, mapping: list[int]) -> None:
        self._map = mapping
        self._pos_cache = None

    # -- applying a new mapping, keeping views and selections right -----------------------
    def _apply(self, new: list[int], *, reorder_only: bool = False) -> None:
        """Show ``new``; small changes as row removals and insertions (what Qt's proxy
        does, so a row count label following ``rowsInserted``/``rowsRemoved`` stays right),
        large ones as one layout change that keeps persistent indexes (selections)."""
        old = self._map
        if new == old:
            return
        if reorder_only or len(old) + len(new) > self.LARGE:
            self._relayout(new)
            return
        new_set = set(new)
        removed = [i for i, s in enumerate(old) if s not in new_set]
        old_set = set(old)
        added = [i for i, s in enumerate(new) if s not in old_set]
        if _runs(removed) + _runs(added) > self.MAX_RANGES:
            self._relayout(new)
            return
        # 1. rows that leave, bottom-up so the ranges stay valid
        current = list(old)
        for first, last in reversed(_ranges(removed)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del current[first:last + 1]
            self._set_map(list(current))
            self.endRemoveRows()
        # 2. the rows that stay, in their new order
        staying = [s for s in new if s in old_set]
        if staying != current:
            self._relayout(staying)
            current = staying
        # 3. rows that arrive, top-down at their final positions
        for first, last in _ranges(added):
            self.beginInsertRows(QModelIndex(), first, last)
            current[first:first] = new[first:last + 1]
            self._set_map(list(current))
            self.endInsertRows()
        self._set_map(new)

    def _relayout(self, new: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self._map
        persistent = self.persistentIndexList()
        sources = [(old[i.row()] if 0 <= i.row() < len(old) else -1, i.column())
                   for i in persistent]
        self._set_map(new)
        if persistent:
            if len(persistent) <= 16:
                where = {s: (new.index(s) if s in new else -1) for s, _ in sources}
            else:
                where = dict(enumerate(self._pos))
            moved = [self.index(where.get(s, -1), c) if where.get(s, -1) >= 0
                     else QModelIndex() for s, c in sources]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- following the source -----------------------------------------------------------
    def _source_reset(self) -> None:
        self._forget()
        self._set_map(self._compute())
        self.endResetModel()

    def _source_reset_now(self, *_args: Any) -> None:
        self.beginResetModel()
        self._source_reset()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                             roles: Sequence[int] = ()) -> None:
        self._forget()
        self._apply(self._compute())
        if not self._map:
            return
        last = self.columnCount() - 1
        # only the rows that changed repaint (one site's answer changes a few rows)
        pos = self._pos
        changed = sorted(p for p in (pos[s] for s in range(top_left.row(), bottom_right.row() + 1)
                                     if 0 <= s < len(pos)) if p >= 0) \
            if top_left.isValid() and bottom_right.isValid() else None
        if changed is None or len(_ranges(changed)) > self.MAX_RANGES:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._map) - 1, last),
                                  list(roles))
            return
        for first, end in _ranges(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last), list(roles))

    # -- Qt model API -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._map)) \
                or not (0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:
        if child is None:
            return QObject.parent(self)
        return QModelIndex()

    def sibling(self, row: int, column: int, idx: Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._map)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._map)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() \
                or not (0 <= proxy_index.row() < len(self._map)):
            return QModelIndex()
        return model.index(self._map[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid() or not (0 <= source_index.row() < len(self._pos)):
            return QModelIndex()
        row = self._pos[source_index.row()]
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        row = index.row()
        if model is None or not index.isValid() or not (0 <= row < len(self._map)):
            return None
        if type(model).data is RecordTableModel.data:  # the common case, one call less
            return model.cell(self._map[row], index.column(), role)  # type: ignore[attr-defined]
        return model.data(model.index(self._map[row], index.column()), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if model is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return model.headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._map):
            return self._map[section] + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        model = self.sourceModel()
        if model is None or not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if type(model).flags is QAbstractTableModel.flags \
                and 0 <= index.row() < len(self._map) \
                and 0 <= index.column() < model.columnCount():
            return _TABLE_FLAGS  # what QAbstractTableModel answers for a valid cell
        return model.flags(self.mapToSource(index))


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs of sorted row numbers as ``(first, last)``."""
    out: list[tuple[int, int]] = []
    for row in rows:
        if out and out[-1][1] == row - 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out


def _runs(rows: list[int]) -> int:
    return sum(1 for i, r in enumerate(rows) if i == 0 or rows[i - 1] != r - 1)


def rows_from_frame(frame: Any) -> list[dict[str, Any]]:
    """Rows from a pandas DataFrame (imported lazily by callers that have one)."""
    records: list[dict[str, Any]] = frame.to_dict("records")
    return records
