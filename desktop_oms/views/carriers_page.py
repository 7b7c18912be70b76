"""Settings → Carriers: each carrier account's base URL, whether it is polled, its credentials, "test connection".

The accounts belong to the shop (its database; the secrets to this computer's keyring, or to the
database where there is none). Everyone may look; only those who may manage settings may change
them or test them. Secrets are never shown: a stored one says so in the empty field, and only what
is typed is sent. Saving runs in the database pool, the test (an HTTP call) in the network pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_oms.domain.users import Actor, Permission
from desktop_oms.views.messages import error_text
from desktop_oms.views.tasks import TaskRunner

ERROR_STYLE = "color: #a11d1d;"
DONE_STYLE = "color: #0f6b5c;"
BUSY_STYLE = "color: #555;"
NOTE_STYLE = "color: #555;"
STORED = "•••"

# The credential fields each carrier uses (services.carrier_accounts.CarrierAccounts.update's names).
FIELDS: dict[str, tuple[str, ...]] = {
    "dhl": ("api_key",),
    "17track": ("api_key",),
    "ups": ("client_id", "client_secret"),
    "fedex": ("client_id", "client_secret"),
    "usps": ("client_id", "client_secret"),
    "sf_express": ("client_id", "client_secret"),
    "kuaidi100": ("customer", "api_key"),
    "simulator": (),
}
TITLES = {"dhl": "DHL", "ups": "UPS", "fedex": "FedEx", "usps": "USPS", "sf_express": "SF Express (顺丰)",
          "kuaidi100": "Kuaidi100 (快递100)", "17track": "17TRACK"}
COLUMNS = 4


class CarrierActions(Protocol):
    """What the page needs of services.carrier_accounts.CarrierAccounts."""

    def list_accounts(self, *, actor: Actor) -> list[Any]: ...
    def update(self, name: str, *, actor: Actor, base_url: str | None = None, enabled: bool | None = None,
               client_id: str | None = None, customer: str | None = None, api_key: str | None = None,
               client_secret: str | None = None) -> tuple[Any, str]: ...
    def test_connection(self, name: str, *, actor: Actor) -> str: ...


class CarriersPage(QWidget):
    """The accounts in a table; the selected one in a form below it, with Save and Test connection."""

    def __init__(self, carriers: CarrierActions, tasks: TaskRunner, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._carriers, self._tasks, self._actor = carriers, tasks, actor
        self.editable = actor.can(Permission.MANAGE_SETTINGS)
        self._accounts: list[Any] = []
        self._shown: Any = None
        self._tests = 0
        note = QLabel(self.tr("The carriers' tracking APIs, for every station of the shop. Secrets are kept in "
                              "this computer's keyring."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.read_only_note = QLabel(self.tr("Only an administrator can change the carriers."))
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.read_only_note.setVisible(not self.editable)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Carrier"), self.tr("Enabled"), self.tr("Base URL"),
                                              self.tr("Credentials")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.enabled = QCheckBox(self.tr("&Enabled: poll this carrier"))
        self.base_url = QLineEdit()
        self.base_url.setMaxLength(300)
        self.client_id = QLineEdit()
        self.client_id.setMaxLength(200)
        self.customer = QLineEdit()
        self.customer.setMaxLength(200)
        self.api_key = _secret_field()
        self.client_secret = _secret_field()
        self.labels = {name: QLabel() for name in ("base_url", "client_id", "customer", "api_key", "client_secret")}
        self.fields: dict[str, QLineEdit] = {"base_url": self.base_url, "client_id": self.client_id,
                                             "customer": self.customer, "api_key": self.api_key,
                                             "client_secret": self.client_secret}
        for name, label in self.labels.items():
            label.setBuddy(self.fields[name])
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow("", self.enabled)
        for name in self.labels:
            self.form.addRow(self.labels[name], self.fields[name])
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.result, 1)
        self.form.addRow("", buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self._show(None)
        self.load()

    # -- reading -------------------------------------------------------------------------------

    def load(self, select: str = "") -> None:
        """Read the accounts in the database pool; then select `select` (or keep the selection)."""
        keep = select or (self._shown.name if self._shown is not None else "")
        self._tasks.submit(lambda: self._carriers.list_accounts(actor=self._actor),
                           on_success=self._while_open(lambda accounts: self._on_loaded(accounts, keep)),
                           on_failure=self._while_open(lambda error: self._say(error_text(error), ERROR_STYLE)))

    def _on_loaded(self, accounts: list[Any], select: str) -> None:
        self._accounts = list(accounts)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._accounts))
        for row, account in enumerate(self._accounts):
            cells = (self._title(account.name), self.tr("Yes") if account.enabled else self.tr("No"),
                     account.base_url, self._credentials_text(account))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.name)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        names = [account.name for account in self._accounts]
        row = names.index(select) if select in names else 0 if names else -1
        if row >= 0:
            self.table.selectRow(row)
        self._on_table_item_selection_changed()

    def _credentials_text(self, account: Any) -> str:
        fields = FIELDS.get(account.name, ())
        if not fields:
            return self.tr("none needed")
        stored = {"api_key": account.has_api_key, "client_secret": account.has_client_secret,
                  "client_id": bool(account.client_id), "customer": bool(account.customer)}
        return self.tr("set") if all(stored[field] for field in fields) else self.tr("not set")

    def _on_table_item_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        account = self._accounts[row] if 0 <= row < len(self._accounts) else None
        if account is not self._shown:
            self._show(account)

    def _show(self, account: Any) -> None:
        if account is None or self._shown is None or account.name != self._shown.name:
            self._say("", BUSY_STYLE)
        self._shown = account
        fields = FIELDS.get(account.name, ()) if account is not None else ()
        sf = account is not None and account.name == "sf_express"
        texts = {"base_url": self.tr("&Base URL"),
                 "client_id": self.tr("&Partner ID") if sf else self.tr("Client &ID"),
                 "customer": self.tr("&Customer"),
                 "api_key": self.tr("&Key") if account is not None and account.name == "kuaidi100"
                 else self.tr("API &key"),
                 "client_secret": self.tr("Check &word") if sf else self.tr("Client &secret")}
        for name, label in self.labels.items():
            label.setText(texts[name])
            self.form.setRowVisible(self.fields[name], name == "base_url" or name in fields)
        self.enabled.setChecked(bool(account is not None and account.enabled))
        self.base_url.setText(account.base_url if account is not None else "")
        self.client_id.setText(account.client_id if account is not None else "")
        self.customer.setText(account.customer if account is not None else "")
        for name, has in (("api_key", account is not None and account.has_api_key),
                          ("client_secret", account is not None and account.has_client_secret)):
            field = self.fields[name]
            field.clear()
            field.setPlaceholderText(self.tr("{0} stored — type to replace").format(STORED) if has
                                     else self.tr("not set"))
        can = account is not None and self.editable
        for widget in (self.enabled, *self.fields.values(), self.save_button, self.test_button):
            widget.setEnabled(can)

    # -- saving and testing --------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """What differs from the stored account, in update()'s keywords (secrets only when typed)."""
        account = self._shown
        if account is None:
            return {}
        fields = FIELDS.get(account.name, ())
        changed: dict[str, Any] = {}
        if self.enabled.isChecked() != account.enabled:
            changed["enabled"] = self.enabled.isChecked()
        if self.base_url.text().strip() != account.base_url:
            changed["base_url"] = self.base_url.text().strip()
        for name in ("client_id", "customer"):
            if name in fields and self.fields[name].text().strip() != getattr(account, name):
                changed[name] = self.fields[name].text().strip()
        for name in ("api_key", "client_secret"):
            if name in fields and self.fields[name].text():
                changed[name] = self.fields[name].text()
        return changed

    def save(self) -> None:
        account, changed = self._shown, self.changes()
        if account is None or not self.editable:
            return
        if not changed:
            self._say(self.tr("Nothing changed."), DONE_STYLE)
            return
        name = account.name
        self._say(self.tr("Saving…"), BUSY_STYLE)

        def saved(result: tuple[Any, str]) -> None:
            _account, where = result
            self._say(self._saved_text(where, "api_key" in changed or "client_secret" in changed), DONE_STYLE)
            self.load(select=name)

        self._tasks.submit(lambda: self._carriers.update(name, actor=self._actor, **changed),
                           on_success=self._while_open(saved), on_failure=self._while_open(self._on_failure),
                           busy=self.save_button)

    def _saved_text(self, where: str, secret: bool) -> str:
        if secret and where == "keyring":
            return self.tr("Saved; the secret is kept in this computer's keyring.")
        if secret and where == "database":
            return self.tr("Saved; this computer has no keyring: the secret is kept in the shop's database.")
        return self.tr("Saved.")

    def test_connection(self) -> None:
        account = self._shown
        if account is None or not self.editable:
            return
        if self.changes():
            self._say(self.tr("Save the changes first: the test uses the saved settings."), ERROR_STYLE)
            return
        self._tests += 1
        number, name = self._tests, account.name
        self._say(self.tr("Asking {0}…").format(self._title(name)), BUSY_STYLE)

        def answered(sentence: str) -> None:
            if number == self._tests:
                self._say(sentence, DONE_STYLE)

        def failed(error: BaseException) -> None:
            if number == self._tests:
                self._on_failure(error)

        self._tasks.submit(lambda: self._carriers.test_connection(name, actor=self._actor), pool="io",
                           on_success=self._while_open(answered), on_failure=self._while_open(failed),
                           busy=self.test_button)

    def _on_failure(self, error: BaseException) -> None:
        self._say(failure_text(error), ERROR_STYLE)

    # -- helpers -------------------------------------------------------------------------------

    def _title(self, name: str) -> str:
        return self.tr("Simulator (DHL format)") if name == "simulator" else TITLES.get(name, name)

    def _say(self, text: str, style: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)

    def _while_open(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            if isValid(self):
                callback(value)
        return call


def failure_text(error: BaseException) -> str:
    """A carrier's refusal as it said it ("dhl: …", one sentence); anything else as error_text says it.

    The carrier errors (carriers.base) are not imported here: that module brings requests with it.
    """
    if type(error).__module__.startswith("desktop_oms.carriers"):
        return str(error)
    return error_text(error)


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(500)
    return field
