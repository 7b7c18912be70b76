"""Log-in against the shop's users; on a new shop, the first administrator is created instead."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_oms.domain.users import Actor
from desktop_oms.views.messages import error_text
from desktop_oms.views.tasks import TaskRunner


class Authenticator(Protocol):
    def authenticate(self, name: str, password: str) -> Actor: ...

    def create_first_admin(self, name: str, password: str) -> Actor: ...


class LoginDialog(QDialog):
    """`first_run=True`: no user exists yet, so this asks for the administrator's name and password twice."""

    def __init__(self, users: Authenticator, tasks: TaskRunner, *, shop_label: str, first_run: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users, self._tasks, self._first_run = users, tasks, first_run
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("desktop-oms — log in") if not first_run else self.tr("desktop-oms — new shop"))
        self.setMinimumWidth(420)
        heading = QLabel(self.tr("Create the administrator of this shop") if first_run
                         else self.tr("Log in to {0}").format(shop_label))
        heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        heading.setWordWrap(True)
        self.user = QLineEdit("admin" if first_run else "")
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a11d1d;")
        form = QFormLayout()
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        if first_run:
            form.addRow(self.tr("Password again"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create and log in") if first_run else self.tr("Log in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if first_run:
            note = QLabel(self.tr("This database has no users yet. The administrator can add packers, agents "
                                  "and managers afterwards."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if first_run else self.user).setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        name, password = self.user.text().strip(), self.password.text()
        if not name:
            self.message.setText(self.tr("Enter your user name."))
            self.user.setFocus()
            return
        if self._first_run and password != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            self.repeat.setFocus()
            return
        self.message.setText(self.tr("Checking…"))
        self.message.setStyleSheet("color: #555;")
        work = self._users.create_first_admin if self._first_run else self._users.authenticate
        self._tasks.submit(work, name, password, on_success=self._on_success, on_failure=self._on_failure,
                           busy=self.ok_button)

    def _on_success(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _on_failure(self, error: BaseException) -> None:
        self.message.setStyleSheet("color: #a11d1d;")
        self.message.setText(error_text(error))
        self.password.clear()
        self.password.setFocus()
