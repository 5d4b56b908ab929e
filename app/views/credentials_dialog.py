"""“Sites & credentials”: every site the desk talks to, as whom, until when its token is
valid and where that token is kept; connect a site, renew or forget a token."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.table_model import ROW_ROLE, Column, RecordTableModel, Row, SortFilterProxy
from app.services.preferences import QT_TRANSLATE_NOOP
from app.services.site_connect import SiteConnector
from app.services.token_watch import TokenLevel, TokenWatch, describe, level_text
from app.views.site_dialog import SiteDialog, keyring_warning

LEVEL_COLOURS = {TokenLevel.OK: "#1a7f37", TokenLevel.SOON: "#b35900",
                 TokenLevel.EXPIRED: "#c62828", TokenLevel.UNKNOWN: "#607d8b"}

COLUMNS = [
    Column("site", QT_TRANSLATE_NOOP("Column", "Site")),
    Column("kind", QT_TRANSLATE_NOOP("Column", "Kind")),
    Column("user", QT_TRANSLATE_NOOP("Column", "User")),
    Column("url", QT_TRANSLATE_NOOP("Column", "slurmrestd URL")),
    Column("expiry", QT_TRANSLATE_NOOP("Column", "Token"), sort_key=lambda r: r.get("expires_at")),
    Column("level", QT_TRANSLATE_NOOP("Column", "Status"),
           fmt=lambda v: level_text(v) if v is not None else "",
           foreground=lambda r: QColor(LEVEL_COLOURS.get(r["level"], "#607d8b"))),
    Column("stored", QT_TRANSLATE_NOOP("Column", "Kept in")),
]


class CredentialsDialog(QDialog):
    """Lists all sites (demo and hand-connected) with their token's expiry."""

    def __init__(self, connector: SiteConnector, watch: TokenWatch, *,
                 label: Callable[[str], str] = str,
                 renew_demo: Callable[[], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credentialsDialog")
        self.setWindowTitle(self.tr("Sites & credentials"))
        self.resize(1240, 500)
        self.connector = connector
        self.watch = watch
        self.label = label
        self.renew_demo = renew_demo
        self.site_dialog: SiteDialog | None = None
        self._awaiting_demo = False
        secrets = connector.secrets
        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        if secrets.is_secure:
            self.keyring_note.setText(self.tr(
                "Tokens of the sites you connect are kept in the OS keyring (%1) and nowhere "
                "else. Demo tokens are published by the local demo federation and kept in "
                "memory only.").replace("%1", secrets.backend_name))
        else:
            self.keyring_note.setText(keyring_warning(secrets))
            self.keyring_note.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.model = RecordTableModel(COLUMNS, key=lambda r: r["site_id"], parent=self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("credentialsTable")
        self.table.setAccessibleName(self.tr("Sites and their credentials"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for key, width in (("site", 240), ("kind", 80), ("user", 70), ("url", 280),
                           ("expiry", 290), ("level", 90)):
            header.resizeSection(self.model.column_index(key), width)
        self.empty = QLabel(self.tr(
            "No site to submit to yet. “Connect a site…” adds one with its slurmrestd URL, "
            "your user name and a token; the demo's sites appear here when the demo runs."),
            self)
        self.empty.setObjectName("credentialsEmpty")
        self.empty.setWordWrap(True)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("credentialsOutcome")
        self.outcome.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("&Connect a site…"), self)
        self.connect_button.setObjectName("connectSite")
        self.renew_button = QPushButton(self.tr("&Renew token…"), self)
        self.renew_button.setObjectName("renewToken")
        self.forget_button = QPushButton(self.tr("&Forget…"), self)
        self.forget_button.setObjectName("forgetSite")
        self.demo_button = QPushButton(self.tr("Get new &demo tokens"), self)
        self.demo_button.setObjectName("renewDemoTokens")
        self.demo_button.setVisible(renew_demo is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button, name, description in (
                (self.connect_button, self.tr("Connect a site"),
                 self.tr("Add a site by its slurmrestd URL, user and token")),
                (self.renew_button, self.tr("Renew token"),
                 self.tr("Enter a new token for the selected connected site")),
                (self.forget_button, self.tr("Forget the site"),
                 self.tr("Remove the selected connected site and delete its token")),
                (self.demo_button, self.tr("Get new demo tokens"),
                 self.tr("Read the demo federation's current tokens again"))):
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
            button.setToolTip(description)

        actions = QHBoxLayout()
        for button in (self.connect_button, self.renew_button, self.forget_button,
                       self.demo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(actions)

        self.connect_button.clicked.connect(lambda: self.open_site_dialog())
        self.renew_button.clicked.connect(self._renew)
        self.forget_button.clicked.connect(self._forget)
        self.demo_button.clicked.connect(self._renew_demo)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection())
        watch.changed.connect(self.reload)
        connector.stored.connect(self._stored)
        connector.failed.connect(self.outcome.setText)
        self.reload()

    # -- rows ---------------------------------------------------------------------------
    def rows(self) -> list[dict[str, Any]]:
        now = self.watch.now()
        secure = self.connector.secrets.is_secure
        out = []
        known = set()
        for state in self.watch.states():
            known.add(state.site_id)
            hand = state.site_id in self.connector.sites
            name = self.connector.sites[state.site_id].name if hand else self.label(
                state.site_id)
            out.append({
                "site_id": state.site_id, "site": name,
                "kind": self.tr("demo") if state.simulated else (
                    self.tr("connected") if hand else self.tr("hub")),
                "user": state.user, "url": state.url, "expires_at": state.expires_at,
                "expiry": describe(state, now), "level": state.level, "hand": hand,
                "stored": (self.tr("memory (demo token)") if state.simulated
                           else self.tr("OS keyring") if secure and hand
                           else self.tr("this session only") if hand else self.tr("memory")),
            })
        for site_id, site in self.connector.sites.items():
            if site_id in known:
                continue
            out.append({"site_id": site_id, "site": site.name, "kind": self.tr("connected"),
                        "user": site.user, "url": site.url, "expires_at": None,
                        "expiry": self.tr("no token stored: renew it"),
                        "level": TokenLevel.EXPIRED, "hand": True, "stored": "—"})
        return out

    def reload(self) -> None:
        self.model.set_rows(self.rows())
        self.empty.setVisible(self.model.rowCount() == 0)
        self._selection()

    def demo_tokens_read(self) -> None:
        """The demo federation answered again: its current tokens are in use."""
        if not self._awaiting_demo:
            return
        self._awaiting_demo = False
        self.watch.check()
        self.outcome.setText(self.tr("The demo tokens were read again from the demo "
                                     "federation; the table shows their expiry."))

    def selected(self) -> Row | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, dict) else None

    def select_site(self, site_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE)["site_id"] == site_id:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return False

    def _selection(self) -> None:
        row = self.selected()
        hand = bool(row and row["hand"])
        self.renew_button.setEnabled(hand)
        self.forget_button.setEnabled(hand)

    # -- actions ------------------------------------------------------------------------
    def open_site_dialog(self, name: str = "", url: str = "", user: str = "") -> SiteDialog:
        dialog = SiteDialog(self.connector, self, name=name, url=url, user=user)
        dialog.setModal(True)
        dialog.show()
        self.site_dialog = dialog
        return dialog

    def _renew(self) -> None:
        row = self.selected()
        if row is None or not row["hand"]:
            return
        self.open_site_dialog(row["site"], row["url"], row["user"])

    def _forget(self) -> None:
        row = self.selected()
        if row is None or not row["hand"]:
            return
        answer = QMessageBox.question(
            self, self.tr("Forget the site?"),
            self.tr("Remove %1 and delete its token from the keyring?").replace(
                "%1", row["site"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.connector.forget(row["site_id"])
            self.outcome.setText(self.tr("%1: token deleted.").replace("%1", row["site"]))

    def _renew_demo(self) -> None:
        if self.renew_demo is None:
            return
        if self.renew_demo():
            self._awaiting_demo = True
            self.outcome.setText(self.tr("Asking the demo federation for new tokens…"))
        else:
            self.outcome.setText(self.tr("The demo federation is not running yet; try again "
                                         "in a moment."))

    def _stored(self, site_id: str, in_keyring: bool) -> None:
        name = self.connector.sites.get(site_id)
        label = name.name if name is not None else site_id
        self.outcome.setText(
            self.tr("%1 connected; its token is in the OS keyring.").replace("%1", label)
            if in_keyring else
            self.tr("%1 connected; no secure keyring, so its token is kept for this run "
                    "only and must be entered again after a restart.").replace("%1", label))
