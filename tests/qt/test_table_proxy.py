"""The sort/filter proxy answers exactly what its source answers, through either path.

A ``RecordTableModel`` source is read by row and column (no index per call, the fast
path a repaint takes); any other source through its own ``index``/``data``/``flags``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.models.table_model import (
    KEY_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    Column,
    RecordTableModel,
    SortFilterProxy,
)

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
         Qt.ItemDataRole.DecorationRole, SORT_ROLE, ROW_ROLE, KEY_ROLE)


def _records() -> RecordTableModel:
    model = RecordTableModel(
        [Column("name", "Name", tooltip=lambda r: f"site {r['name']}"),
         Column("gpus", "GPUs", align_right=True, fmt=lambda v: f"{v:,}")],
        key=lambda r: r["name"])
    model.set_rows([{"name": n, "gpus": g} for n, g in
                    (("leonardo", 13824), ("jupiter", 24000), ("mn5", 4480), ("lumi", 11912))])
    return model


def test_sorted_proxy_answers_what_the_source_row_answers(qapp) -> None:
    source = _records()
    proxy = SortFilterProxy()
    proxy.setSourceModel(source)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(4)] == ["jupiter", "leonardo", "lumi",
                                                          "mn5"]
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            index = proxy.index(row, column)
            source_index = proxy.mapToSource(index)
            for role in ROLES:
                assert proxy.data(index, role) == source.data(source_index, role), (row, column,
                                                                                    role)
            assert proxy.flags(index) == source.flags(source_index)
    assert proxy.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "site jupiter"


def test_filtered_proxy_follows_source_changes(qapp) -> None:
    source = _records()
    proxy = SortFilterProxy()
    proxy.setSourceModel(source)
    proxy.set_text("lu")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["lumi"]
    source.set_rows([{"name": "lumi", "gpus": 12000}, {"name": "lucia", "gpus": 1}])
    assert {proxy.index(r, 1).data() for r in range(proxy.rowCount())} == {"12,000", "1"}
    assert not proxy.index(5, 0).isValid()
    assert proxy.flags(proxy.index(5, 0)) == Qt.ItemFlag.NoItemFlags


def test_other_sources_are_read_through_their_own_api(qapp) -> None:
    source = QStandardItemModel(2, 1)
    source.setItem(0, 0, QStandardItem("a"))
    editable = QStandardItem("b")
    editable.setEditable(True)
    source.setItem(1, 0, editable)
    proxy = SortFilterProxy()
    proxy.setSourceModel(source)
    assert proxy.index(1, 0).data() == "b"
    assert proxy.flags(proxy.index(1, 0)) & Qt.ItemFlag.ItemIsEditable


def test_a_changed_source_row_repaints_only_its_proxy_row(qapp) -> None:
    source = _records()
    proxy = SortFilterProxy()
    proxy.setSourceModel(source)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)  # jupiter, leonardo, lumi, mn5
    changed: list[tuple[int, int]] = []
    proxy.dataChanged.connect(lambda tl, br, _roles=(): changed.append((tl.row(), br.row())))
    rows = [dict(r) for r in source.rows()]
    next(r for r in rows if r["name"] == "lumi")["gpus"] = 12000
    source.set_rows(rows)
    assert changed == [(2, 2)]
    assert proxy.index(2, 1).data() == "12,000"
    # a change that moves the row in the sort order: the rows follow, the text is right
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    rows[0]["gpus"] = 1  # leonardo, was second-largest
    source.set_rows(rows)
    assert [proxy.index(r, 0).data() for r in range(4)] == ["leonardo", "mn5", "lumi",
                                                          "jupiter"]
    assert proxy.index(0, 1).data() == "1"
