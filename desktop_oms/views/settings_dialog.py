"""Settings: where the database is (a file or a PostgreSQL server), the language, the shop's details, printing,
the carrier accounts.

The database and the language belong to this computer (the user config file, passwords in the
keyring) and take effect at the next start; the shop's details belong to the shop (its database) and
only an administrator may change them; printing belongs to this computer too (QSettings), and every
user may set it. Enter saves, Esc cancels; refusals are shown under the tabs,
naming the field, and the dialog stays open.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Protocol
from zoneinfo import available_timezones

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_oms.config import LANGUAGES, DatabaseLocation, KeyringUnavailable, Settings
from desktop_oms.domain.errors import InvalidValue
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.views.carriers_page import CarrierActions, CarriersPage
from desktop_oms.views.messages import error_text
from desktop_oms.views.printing.settings_page import PrintingSettingsPage
from desktop_oms.views.shop_page import ShopConnectionActions, ShopSyncActions, WebShopPage
from desktop_oms.views.tasks import TaskRunner

ERROR_STYLE = "color: #a11d1d;"
DONE_STYLE = "color: #0f6b5c;"
BUSY_STYLE = "color: #555;"
NOTE_STYLE = "color: #555;"
LOGO_PREVIEW = QSize(200, 80)
DEFAULT_PORT = 5432
#: Each language by its own name: a person who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}


class ShopDetailsData(Protocol):
    """The shop's details as the service gives them (services.settings.ShopDetails, a frozen dataclass)."""

    @property
    def name(self) -> str: ...
    @property
    def address_lines(self) -> tuple[str, ...]: ...
    @property
    def phone(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def logo_path(self) -> str: ...
    @property
    def timezone(self) -> str: ...
    @property
    def refund_limit(self) -> str: ...


class SettingsActions(Protocol):
    """What the dialog needs of the settings service (services.settings.SettingsService fits)."""

    def shop_details(self, actor: Actor) -> Any: ...
    def save_shop_details(self, details: Any, actor: Actor) -> Any: ...
    def validate_shop_details(self, details: Any) -> Any: ...
    def test_connection(self, url: str) -> str: ...


class _DatabasePage(QWidget):
    """A file on this computer, or a PostgreSQL server; "Test connection" tries the server in the background."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(self.tr("Where this computer finds the shop's data. A change takes effect when "
                              "desktop-oms is started again."))
        note.setWordWrap(True)
        self.file_radio = QRadioButton(self.tr("This &computer (a file)"))
        self.server_radio = QRadioButton(self.tr("A &PostgreSQL server"))
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.server_radio)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The shop's database file, e.g. shop.db"))
        self.choose_button = QPushButton(self.tr("Ch&oose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("db.example.com, or a socket folder like /var/run/postgresql"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setMaximumWidth(120)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kept in this computer's password store, never in a file"))
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAutoDefault(False)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        file_form = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        file_form.addRow(file_label, file_row)
        server_form = QFormLayout()
        server_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        server_form.addRow(self.tr("&Host"), self.host)
        server_form.addRow(self.tr("Po&rt"), self.port)
        server_form.addRow(self.tr("&Database"), self.database)
        server_form.addRow(self.tr("&User"), self.user)
        server_form.addRow(self.tr("Pass&word"), self.password)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)
        server_form.addRow("", test_row)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.file_radio)
        layout.addLayout(_indented(file_form))
        layout.addWidget(self.server_radio)
        layout.addLayout(_indented(server_form))
        layout.addStretch(1)

        self.server_widgets: list[QWidget] = [self.host, self.port, self.database, self.user, self.password,
                                              self.test_button, self.test_result]
        self.fields: dict[str, QWidget] = {"path": self.path, "host": self.host, "port": self.port,
                                           "database": self.database, "user": self.user,
                                           "password": self.password}
        self.file_radio.toggled.connect(self._on_file_radio_toggled)
        self._show(current)

    def _show(self, url: str) -> None:
        try:
            location = DatabaseLocation.parse(url)
        except ValueError:
            location = DatabaseLocation.file("")
        if location.is_file:
            self.path.setText(location.path)
            self.file_radio.setChecked(True)
        else:
            self.host.setText(location.host)
            self.port.setValue(location.port or DEFAULT_PORT)
            self.database.setText(location.database)
            self.user.setText(location.user)
            self.password.setText(location.password)
            self.server_radio.setChecked(True)
        self._on_file_radio_toggled(location.is_file)

    def location(self) -> DatabaseLocation:
        if self.file_radio.isChecked():
            return DatabaseLocation.file(self.path.text().strip())
        self.port.interpretText()
        port = self.port.value()
        return DatabaseLocation.server(self.host.text().strip(), None if port == DEFAULT_PORT else port,
                                       self.database.text().strip(), self.user.text().strip(),
                                       self.password.text())

    def missing(self) -> tuple[QWidget, str] | None:
        """The first empty field that must be filled in, and what to say about it."""
        if self.file_radio.isChecked():
            if not self.path.text().strip():
                return self.path, self.tr("File: choose where the database file is.")
            return None
        if not self.host.text().strip():
            return self.host, self.tr("Host: enter the server's name or address.")
        if not self.database.text().strip():
            return self.database, self.tr("Database: enter the name of the shop's database on the server.")
        return None

    def _on_file_radio_toggled(self, file: bool) -> None:
        self.path.setEnabled(file)
        self.choose_button.setEnabled(file)
        for widget in self.server_widgets:
            widget.setEnabled(not file)

    def _on_choose_button_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("The shop's database file"), self.path.text(),
            self.tr("Shop databases (*.db *.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)


class _ShopPage(QWidget):
    """Name, address, phone, e-mail, logo with a preview, and the time zone the shop keeps its days in."""

    logo_changed = Signal(str)

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(self.tr("Printed on packing slips and labels. Only an administrator can change "
                                   "the shop's details."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(self.tr("One line per line of the address"))
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4 + 14)
        self.phone = QLineEdit()
        self.phone.setMaxLength(40)
        self.email = QLineEdit()
        self.email.setMaxLength(254)
        self.email.setPlaceholderText("shop@example.com")
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("No logo (PNG or JPEG)"))
        self.logo.editingFinished.connect(lambda: self.logo_changed.emit(self.logo.text().strip()))
        self.choose_button = QPushButton(self.tr("Ch&oose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.preview = QLabel(self.tr("No logo"))
        self.preview.setFixedSize(LOGO_PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #c8ccd2; color: #8a8f98; background: #fafafa;")
        self.timezone = _timezone_combo(self.tr("This computer's time zone"))
        self.timezone.setToolTip(self.tr("The shop's days (reports, “today”) begin at midnight in this zone"))
        self.refund_limit = QLineEdit()
        self.refund_limit.setMaxLength(16)
        self.refund_limit.setPlaceholderText("200.00")
        self.refund_limit.setToolTip(self.tr("After-sales: a refund above this amount waits for a manager's "
                                             "approval, and the one who asked for it cannot approve it"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow(self.tr("&E-mail"), self.email)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.choose_button)
        logo_label = QLabel(self.tr("&Logo"))
        logo_label.setBuddy(self.logo)
        form.addRow(logo_label, logo_row)
        form.addRow("", self.preview)
        form.addRow(self.tr("&Time zone"), self.timezone)
        form.addRow(self.tr("Refunds need approval a&bove"), self.refund_limit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addStretch(1)
        self.fields: dict[str, QWidget] = {"name": self.name, "address": self.address, "phone": self.phone,
                                           "email": self.email, "logo": self.logo, "timezone": self.timezone,
                                           "refund_limit": self.refund_limit}
        self.editable = editable
        self.note.setVisible(not editable)
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (*self.fields.values(), self.choose_button):
            widget.setEnabled(enabled and self.editable)

    def show_details(self, details: ShopDetailsData) -> None:
        self.name.setText(details.name)
        self.address.setPlainText("\n".join(details.address_lines))
        self.phone.setText(details.phone)
        self.email.setText(details.email)
        self.logo.setText(details.logo_path)
        self.refund_limit.setText(getattr(details, "refund_limit", ""))
        index = self.timezone.findData(details.timezone)
        if index >= 0:
            self.timezone.setCurrentIndex(index)
        else:
            self.timezone.setEditText(details.timezone)
        self.set_enabled(True)
        self.logo_changed.emit(details.logo_path)

    def changes(self) -> dict[str, Any]:
        lines = tuple(line for line in self.address.toPlainText().split("\n") if line.strip())
        return {"name": self.name.text(), "address_lines": lines,
                "phone": self.phone.text(), "email": self.email.text(), "logo_path": self.logo.text().strip(),
                "timezone": self.timezone_value(), "refund_limit": self.refund_limit.text().strip()}

    def timezone_value(self) -> str:
        text = self.timezone.currentText().strip()
        index = self.timezone.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.timezone.itemData(index)) if index >= 0 else text

    def show_logo(self, path: str, image: QImage | None) -> None:
        if path != self.logo.text().strip():
            return  # another logo was chosen meanwhile
        if not path:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        elif image is None or image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Not an image"))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image))

    def _on_choose_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("The shop's logo"), self.logo.text(),
                                                    self.tr("Logos (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)
            self.logo_changed.emit(path)


class SettingsDialog(QDialog):
    """`saved` says, once saved, whether a restart is needed (the database or the language changed).

    The Carriers tab (given `carriers`, services.carriers) saves each account with its own button; so
    does the Web shop tab (given `shop_connections` and `shop_sync`, services.shop_connections and
    services.shop_sync) for the WooCommerce connection.
    """

    saved = Signal(bool)

    def __init__(self, settings_service: SettingsActions, tasks: TaskRunner, actor: Actor, current: Settings,
                 parent: QWidget | None = None, *, carriers: CarrierActions | None = None,
                 shop_connections: ShopConnectionActions | None = None,
                 shop_sync: ShopSyncActions | None = None) -> None:
        super().__init__(parent)
        self._service, self._tasks, self._actor, self._current = settings_service, tasks, actor, current
        self._details: ShopDetailsData | None = None
        self._tests = 0
        self.restart_needed = False
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        self.tabs = QTabWidget()
        self.database_page = _DatabasePage(current.db_url)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.lang)))
        self.shop_page = _ShopPage(actor.can(Permission.MANAGE_SETTINGS))
        self.tabs.addTab(self.database_page, self.tr("Database"))
        self.tabs.addTab(self._language_page(), self.tr("Language"))
        self.tabs.addTab(self.shop_page, self.tr("Shop"))
        self.printing_page = PrintingSettingsPage(tasks)
        self.tabs.addTab(self.printing_page, self.tr("Printing"))
        self.carriers_page = CarriersPage(carriers, tasks, actor) if carriers is not None else None
        if self.carriers_page is not None:
            self.tabs.addTab(self.carriers_page, self.tr("Carriers"))
        self.web_shop_page = (WebShopPage(shop_connections, shop_sync, tasks, actor)
                              if shop_connections is not None and shop_sync is not None else None)
        if self.web_shop_page is not None:
            self.tabs.addTab(self.web_shop_page, self.tr("Web shop"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter saves wherever the focus is
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.database_page.test_button.clicked.connect(self.test_connection)
        self.shop_page.logo_changed.connect(self._on_shop_page_logo_changed)
        self._fields: dict[str, tuple[int, QWidget]] = {
            **{key: (0, widget) for key, widget in self.database_page.fields.items()},
            "lang": (1, self.language),
            **{key: (2, widget) for key, widget in self.shop_page.fields.items()},
        }
        self._load_shop_details()

    def _language_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        note = QLabel(self.tr("The new language is used from the next start of desktop-oms."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _load_shop_details(self) -> None:
        self._tasks.submit(self._service.shop_details, self._actor, on_success=self._while_open(self._on_loaded),
                           on_failure=self._while_open(self._on_failure))

    def _on_loaded(self, details: ShopDetailsData) -> None:
        self._details = details
        self.shop_page.show_details(details)

    # -- the database --------------------------------------------------------------------------

    def database_url(self) -> str:
        return self.database_page.location().url()

    def test_connection(self) -> None:
        page = self.database_page
        if (missing := page.missing()) is not None:
            self._refuse(0, *missing)
            return
        self._tests += 1
        number = self._tests
        self._say(page.test_result, self.tr("Connecting…"), BUSY_STYLE)

        def connected(version: str) -> None:
            if number == self._tests:
                self._say(page.test_result, self.tr("Connected: {0}").format(version), DONE_STYLE)

        def failed(error: BaseException) -> None:
            if number == self._tests:
                self._say(page.test_result, error_text(error), ERROR_STYLE)

        self._tasks.submit(self._service.test_connection, self.database_url(), pool="io",
                           on_success=self._while_open(connected), on_failure=self._while_open(failed),
                           busy=page.test_button)

    # -- saving --------------------------------------------------------------------------------

    def submit(self) -> None:
        if (missing := self.database_page.missing()) is not None:
            self._refuse(0, *missing)
            return
        url, lang = self.database_url(), str(self.language.currentData())
        new_url = url if url != self._current.db_url else None
        new_lang = lang if lang != self._current.lang else None
        details = self._changed_details()
        self.restart_needed = new_url is not None or new_lang is not None
        self._say(self.message, self.tr("Saving…"), BUSY_STYLE)
        self._tasks.submit(self._save, new_url, new_lang, details, on_success=self._while_open(self._on_saved),
                           on_failure=self._while_open(self._on_failure), busy=self.save_button)

    def _changed_details(self) -> Any:
        """The shop's details as edited, or None when they were not loaded, may not be changed, or were not."""
        if self._details is None or not self.shop_page.editable:
            return None
        edited = dataclasses.replace(self._details, **self.shop_page.changes())  # type: ignore[type-var]
        return None if edited == self._details else edited

    def _save(self, db_url: str | None, lang: str | None, details: Any) -> None:
        """In a pool thread: check the shop's details first, so nothing is saved unless all of it can be."""
        if details is not None:
            self._service.validate_shop_details(details)
        if db_url is not None or lang is not None:
            Settings.save_user_config(db_url=db_url, lang=lang)
        if details is not None:
            self._service.save_shop_details(details, self._actor)

    def _on_saved(self, _result: object) -> None:
        self.printing_page.save()  # this computer's, and in effect at once
        self.saved.emit(self.restart_needed)
        self.accept()

    def _on_failure(self, error: BaseException) -> None:
        if isinstance(error, InvalidValue) and error.field in self._fields:
            tab, widget = self._fields[error.field]
            self._refuse(tab, widget, self._field_sentence(error), detail=str(error))
        else:
            self._say(self.message, error_text(error), ERROR_STYLE)
            self.message.setToolTip("")

    def _field_sentence(self, error: InvalidValue) -> str:
        """A refusal in the user's language, naming the field (the service's words are in the tooltip)."""
        sentences: dict[str, Callable[[], str]] = {
            "name": lambda: self.tr("Name: the shop needs a name."),
            "address": lambda: self.tr("Address: at most 6 lines of at most 120 characters each."),
            "phone": lambda: self.tr("Phone: a phone number needs digits."),
            "email": lambda: self.tr("E-mail: “{0}” is not an e-mail address (like shop@example.com).").format(
                self.shop_page.email.text().strip()),
            "logo": lambda: self.tr("Logo: choose an existing PNG or JPEG file, or leave it empty."),
            "timezone": lambda: self.tr("Time zone: choose one from the list (like Asia/Shanghai)."),
            "refund_limit": lambda: self.tr("Refunds need approval above: an amount like 200.00, or empty for "
                                            "200.00."),
            "password": lambda: self.tr(
                "Password: this computer has no password store (keyring), so the password cannot be kept "
                "safely and nothing was saved. Leave it empty if the server lets you in without one."),
            "lang": lambda: self.tr("Language: choose one from the list."),
        }
        if isinstance(error, KeyringUnavailable):
            return sentences["password"]()
        return sentences[error.field]() if error.field in sentences else error_text(error)

    def _refuse(self, tab: int, widget: QWidget, text: str, *, detail: str = "") -> None:
        self.tabs.setCurrentIndex(tab)
        self._say(self.message, text, ERROR_STYLE)
        self.message.setToolTip(detail)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    # -- helpers -------------------------------------------------------------------------------

    def _on_shop_page_logo_changed(self, path: str) -> None:
        if not path:
            self.shop_page.show_logo("", None)
            return

        def show(image: QImage) -> None:
            self.shop_page.show_logo(path, image)

        self._tasks.submit(_scaled_image, path, pool="io", on_success=self._while_open(show))

    def _while_open(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """A task's callback that does nothing once the dialog is gone (closed and deleted meanwhile)."""
        def call(value: Any) -> None:
            if isValid(self):
                callback(value)
        return call

    @staticmethod
    def _say(label: QLabel, text: str, style: str) -> None:
        label.setStyleSheet(style)
        label.setText(text)


def _indented(inner: QFormLayout) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addSpacing(24)
    row.addLayout(inner, 1)
    return row


def _timezone_combo(computer: str) -> QComboBox:
    """Every IANA zone, typed into with a completer that matches anywhere ("shang" finds Asia/Shanghai)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem(computer, "")
    zones = sorted(zone for zone in available_timezones() if "/" in zone and not zone.startswith("Etc/"))
    zones += ["UTC"]
    for zone in zones:
        combo.addItem(zone, zone)
    completer = QCompleter([computer, *zones], combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    return combo


def _scaled_image(path: str) -> QImage:
    """Read and shrink the logo to the preview in a pool thread (QImage, unlike QPixmap, may do that)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()
