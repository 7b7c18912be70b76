"""Settings → Web shop: the WooCommerce connection (address, consumer key and secret, enabled), "Test
connection", "Sync now", and how the last sync went.

The connection belongs to the shop (its database; the secret to this computer's keyring, or to the
database where there is none). Everyone who opens the settings may look; only those who may manage
settings change or test it, and those who may import orders sync. The secret is never shown: a
stored one says so in the empty field, and only what is typed is sent. Saving and reading run in the
database pool, the test and the sync (HTTP calls) in the network pool.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
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
CHANNEL = "woocommerce"


class ShopConnectionActions(Protocol):
    """What the page needs of services.shop_connection.ShopConnections."""

    def get(self, channel: str = ..., *, actor: Actor) -> Any: ...
    def update(self, channel: str = ..., *, actor: Actor, base_url: str | None = None,
               consumer_key: str | None = None, consumer_secret: str | None = None,
               enabled: bool | None = None) -> tuple[Any, str]: ...


class ShopSyncActions(Protocol):
    """What the page needs of services.shop_sync.ShopSyncService."""

    def test_connection(self, *, actor: Actor) -> str: ...
    def sync(self, *, actor: Actor, progress: Callable[[int, int], None] | None = None) -> Any: ...


class WebShopPage(QWidget):
    """The connection's form, its three buttons, and the last sync's time and error."""

    def __init__(self, connections: ShopConnectionActions, sync: ShopSyncActions, tasks: TaskRunner, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._connections, self._sync, self._tasks, self._actor = connections, sync, tasks, actor
        self.editable = actor.can(Permission.MANAGE_SETTINGS)
        self.may_sync = actor.can(Permission.IMPORT_ORDERS)
        self._shown: Any = None
        self._tests = 0
        note = QLabel(self.tr("Orders from the WooCommerce shop arrive here by themselves; shipping status and "
                              "tracking numbers go back to it. Create the keys in WooCommerce under Settings → "
                              "Advanced → REST API (read/write)."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.read_only_note = QLabel(self.tr("Only an administrator can change the shop connection."))
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.read_only_note.setVisible(not self.editable)
        self.url = QLineEdit()
        self.url.setMaxLength(300)
        self.url.setPlaceholderText("https://shop.example.cn")
        self.key = QLineEdit()
        self.key.setMaxLength(200)
        self.key.setPlaceholderText("ck_…")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaxLength(500)
        self.enabled = QCheckBox(self.tr("&Enabled: sync with this shop"))
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.sync_button = QPushButton(self.tr("S&ync now"))
        self.sync_button.setAutoDefault(False)
        self.sync_button.clicked.connect(self.sync_now)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_sync = QLabel()
        self.last_error = QLabel()
        self.last_error.setWordWrap(True)
        self.last_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in ((self.tr("Shop &address"), self.url), (self.tr("Consumer &key"), self.key),
                            (self.tr("Consumer &secret"), self.secret)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.enabled)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.test_button, self.sync_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.result, 1)
        form.addRow("", buttons)
        form.addRow(self.tr("Last sync"), self.last_sync)
        form.addRow(self.tr("Last error"), self.last_error)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.read_only_note)
        layout.addLayout(form)
        layout.addStretch(1)
        self._show(None)
        self.load()

    # -- reading -------------------------------------------------------------------------------

    def load(self) -> None:
        self._tasks.submit(lambda: self._connections.get(CHANNEL, actor=self._actor),
                           on_success=self._while_open(self._show),
                           on_failure=self._while_open(self._on_failure))

    def _show(self, connection: Any) -> None:
        self._shown = connection
        self.url.setText(connection.base_url if connection is not None else "")
        self.key.setText(connection.consumer_key if connection is not None else "")
        self.secret.clear()
        has = connection is not None and connection.has_secret
        self.secret.setPlaceholderText(self.tr("{0} stored — type to replace").format(STORED) if has
                                       else self.tr("not set"))
        self.enabled.setChecked(bool(connection is not None and connection.enabled))
        for widget in (self.url, self.key, self.secret, self.enabled, self.save_button, self.test_button):
            widget.setEnabled(connection is not None and self.editable)
        self.sync_button.setEnabled(bool(connection is not None and self.may_sync and connection.configured
                                         and connection.enabled))
        self._show_state(connection)

    def _show_state(self, connection: Any) -> None:
        if connection is None or connection.last_sync_at is None:
            self.last_sync.setText(self.tr("never"))
        elif connection.last_success_at is not None and connection.last_success_at >= connection.last_sync_at:
            self.last_sync.setText(self.tr("{0}, went well").format(_when(connection.last_sync_at)))
        else:
            self.last_sync.setText(self.tr("{0}, did not finish").format(_when(connection.last_sync_at)))
        error = connection.last_error if connection is not None else ""
        waiting = connection.retry_after_until if connection is not None else None
        if error and connection.last_error_at is not None:
            text = self.tr("{0} ({1})").format(error, _when(connection.last_error_at))
            if waiting is not None and waiting > datetime.now(waiting.tzinfo):
                text += " " + self.tr("— the shop asked to wait until {0}").format(_when(waiting))
            self.last_error.setText(text)
            self.last_error.setStyleSheet(ERROR_STYLE)
        else:
            self.last_error.setText(self.tr("none"))
            self.last_error.setStyleSheet("")

    # -- saving, testing, syncing -----------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """What differs from the stored connection, in update()'s keywords (the secret only when typed)."""
        shown = self._shown
        if shown is None:
            return {}
        changed: dict[str, Any] = {}
        if self.url.text().strip() != shown.base_url:
            changed["base_url"] = self.url.text().strip()
        if self.key.text().strip() != shown.consumer_key:
            changed["consumer_key"] = self.key.text().strip()
        if self.secret.text():
            changed["consumer_secret"] = self.secret.text()
        if self.enabled.isChecked() != shown.enabled:
            changed["enabled"] = self.enabled.isChecked()
        return changed

    def save(self) -> None:
        changed = self.changes()
        if self._shown is None or not self.editable:
            return
        if not changed:
            self._say(self.tr("Nothing changed."), DONE_STYLE)
            return
        self._say(self.tr("Saving…"), BUSY_STYLE)

        def saved(result: tuple[Any, str]) -> None:
            connection, where = result
            self._show(connection)
            if "consumer_secret" in changed and where == "keyring":
                self._say(self.tr("Saved; the secret is kept in this computer's keyring."), DONE_STYLE)
            elif "consumer_secret" in changed and where == "database":
                self._say(self.tr("Saved; this computer has no keyring: the secret is kept in the shop's "
                                  "database."), DONE_STYLE)
            else:
                self._say(self.tr("Saved."), DONE_STYLE)

        self._tasks.submit(lambda: self._connections.update(CHANNEL, actor=self._actor, **changed),
                           on_success=self._while_open(saved), on_failure=self._while_open(self._on_failure),
                           busy=self.save_button)

    def test_connection(self) -> None:
        if self._shown is None or not self.editable:
            return
        if self.changes():
            self._say(self.tr("Save the changes first: the test uses the saved settings."), ERROR_STYLE)
            return
        self._tests += 1
        number = self._tests
        self._say(self.tr("Asking the shop…"), BUSY_STYLE)

        def answered(sentence: str) -> None:
            if number == self._tests:
                self._say(sentence, DONE_STYLE)

        def failed(error: BaseException) -> None:
            if number == self._tests:
                self._on_failure(error)

        self._tasks.submit(lambda: self._sync.test_connection(actor=self._actor), pool="io",
                           on_success=self._while_open(answered), on_failure=self._while_open(failed),
                           busy=self.test_button)

    def sync_now(self) -> None:
        if self._shown is None or not self.may_sync:
            return
        self._say(self.tr("Syncing with the shop…"), BUSY_STYLE)
        self._tasks.submit(lambda: self._sync.sync(actor=self._actor), pool="io",
                           on_success=self._while_open(self._on_synced),
                           on_failure=self._while_open(self._on_failure), busy=self.sync_button)

    def _on_synced(self, report: Any) -> None:
        text = self.tr("{0} new, {1} updated, {2} unchanged, {3} tracking numbers sent back").format(
            report.created, report.updated, report.skipped, report.pushed)
        if report.deleted:
            text += "\n" + self.tr("Gone from the shop (held here): {0}").format(", ".join(report.deleted))
        if report.errors:
            text += "\n" + "\n".join(self._error_line(e) for e in report.errors[:10])
        self._say(text, ERROR_STYLE if report.errors else DONE_STYLE)
        self.load()

    def _error_line(self, error: Any) -> str:
        if error.order_no:
            return self.tr("{0}: {1}").format(error.order_no, error.message)
        if error.external_id:
            return self.tr("Shop order {0}: {1}").format(error.external_id, error.message)
        return error.message  # type: ignore[no-any-return]

    def _on_failure(self, error: BaseException) -> None:
        # The adapter's errors (shops.woocommerce) say what the shop answered in one sentence; that module
        # is not imported here: it brings requests with it.
        text = str(error) if type(error).__module__.startswith("desktop_oms.shops") else error_text(error)
        self._say(text, ERROR_STYLE)

    # -- helpers -------------------------------------------------------------------------------

    def _say(self, text: str, style: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)

    def _while_open(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            if isValid(self):
                callback(value)
        return call


def _when(moment: datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"
