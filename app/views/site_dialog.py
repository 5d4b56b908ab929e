"""“Connect a site” dialog: slurmrestd URL, user and token, with a connection test.

Also used to renew a connected site's token (opened with its name, URL and user filled in).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.secrets import SecretStore
from app.services.site_book import check_url
from app.services.site_connect import SiteConnector, token_note


def keyring_warning(secrets: SecretStore) -> str:
    """What people must know when tokens cannot be kept safely, else ''."""
    if secrets.is_secure:
        return ""
    return QCoreApplication.translate(
        "SiteDialog", "No secure credential store was found (keyring backend %1). Tokens are "
        "kept for this session only and must be entered again after a restart. Install or "
        "unlock GNOME Keyring or KWallet to remember them.").replace("%1", secrets.backend_name)


class SiteDialog(QDialog):
    """Asks for a site's connection details; the connector does the work."""

    def __init__(self, connector: SiteConnector, parent: QWidget | None = None, *,
                 name: str = "", url: str = "", user: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("siteDialog")
        self.setWindowTitle(self.tr("Renew a site's token") if name else
                            self.tr("Connect a site"))
        self.setMinimumWidth(560)
        self.connector = connector
        self.name = QLineEdit(name, self)
        self.name.setPlaceholderText(self.tr("e.g. My cluster"))
        self.url = QLineEdit(url, self)
        self.url.setPlaceholderText("https://slurm.example.org:6820")
        self.user = QLineEdit(user, self)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        for widget, label in ((self.name, self.tr("Site name")),
                              (self.url, self.tr("slurmrestd URL")),
                              (self.user, self.tr("User name")),
                              (self.token, self.tr("Token (JWT)"))):
            widget.setAccessibleName(label)
        self.expiry = QLabel(self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        warning = keyring_warning(connector.secrets)
        self.keyring_note = QLabel(warning, self)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: #8a5300;")
        self.keyring_note.setVisible(bool(warning))
        self.storage_note = QLabel(self.tr(
            "The token is kept in the OS keyring (%1), never in a file of the desk.").replace(
            "%1", connector.secrets.backend_name), self)
        self.storage_note.setObjectName("storageNote")
        self.storage_note.setWordWrap(True)
        self.storage_note.setStyleSheet("color: palette(placeholder-text);")
        self.storage_note.setVisible(not warning)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&URL:"), self.url)
        form.addRow(self.tr("U&ser:"), self.user)
        form.addRow(self.tr("T&oken:"), self.token)
        form.addRow("", self.expiry)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.storage_note)
        layout.addWidget(self.test_button)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

        self.token.textChanged.connect(self._token_changed)
        for field in (self.name, self.url, self.user, self.token):
            field.textChanged.connect(self._validate)
        self.test_button.clicked.connect(self._test)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        connector.tested.connect(self._tested)
        self._validate()
        if name:
            self.token.setFocus()

    def _token_changed(self, text: str) -> None:
        self.expiry.setText(token_note(text) if text else "")

    def _problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Give the site a name.")
        url_problem = check_url(self.url.text())
        if url_problem:
            return url_problem
        if not self.user.text().strip():
            return self.tr("Enter the user name the token belongs to.")
        if not self.token.text().strip():
            return self.tr("Paste the site's token.")
        return ""

    def _validate(self) -> None:
        problem = self._problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        self.test_button.setEnabled(not problem)
        self.outcome.setText(problem)

    def _test(self) -> None:
        self.outcome.setText(self.tr("Testing…"))
        self.connector.test(self.url.text().strip(), self.user.text().strip(),
                            self.token.text().strip())

    def _tested(self, ok: bool, text: str) -> None:
        self.outcome.setText(("✔ " if ok else "✘ ") + text)

    def _save(self) -> None:
        if self._problem():
            return
        self.connector.connect_site(self.name.text(), self.url.text(), self.user.text(),
                                    self.token.text().strip())
        self.token.clear()
        self.accept()
