"""Small questions the After-sales tab asks: a reason for a move, a refund request."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services.case_results import CaseDetail
from desktop_oms.views.aftersales.labels import money


class ReasonDialog(QDialog):
    """Asks why (rejecting, resolving, closing); OK stays off while a needed reason is empty."""

    def __init__(self, title: str, prompt: str, *, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self._required = required
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Needed") if required else self.tr("Optional"))
        self.reason.setMaxLength(500)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda _t: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self._required or bool(self.reason.text().strip()))

    def text(self) -> str:
        return self.reason.text().strip()


class RefundDialog(QDialog):
    """How much goes back, and for cash on delivery the bank account it goes to."""

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refund for case {0}").format(detail.case_no))
        self.setMinimumWidth(480)
        self._detail = detail
        self.cod = detail.payment_method == "cod"
        facts = QLabel(self.tr("Paid {0} · refunded {1} · at most {2} can go back now.").format(
            money(detail.paid, detail.currency), money(detail.refunded, detail.currency),
            money(detail.refundable, detail.currency)))
        facts.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(money(detail.refundable))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.limit_note = QLabel()
        self.limit_note.setWordWrap(True)
        self.bank = QLineEdit(self)  # in the form only for cash on delivery
        self.bank.setPlaceholderText(self.tr("Account holder, bank, account number"))
        self.bank.setMaxLength(300)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a11d1d;")
        form = QFormLayout()
        form.addRow(self.tr("Amount ({0})").format(detail.currency), self.amount)
        form.addRow("", self.limit_note)
        if self.cod:
            form.addRow(self.tr("Bank details"), self.bank)
        else:
            self.bank.hide()
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Request refund"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.amount.textChanged.connect(lambda _t: self._update())
        self.bank.textChanged.connect(lambda _t: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        if self.cod:
            cod = QLabel(self.tr("Cash on delivery: the money goes to the customer's bank account."))
            cod.setWordWrap(True)
            layout.addWidget(cod)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update()

    def value(self) -> Decimal | None:
        text = self.amount.text().strip().replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            return None
        return amount if amount.is_finite() and amount > 0 and amount == round(amount, 2) else None

    def _update(self) -> None:
        amount = self.value()
        self.message.setText("")
        if amount is not None and amount > self._detail.refundable:
            self.message.setText(self.tr("At most {0} can go back.").format(
                money(self._detail.refundable, self._detail.currency)))
        if amount is not None and amount > self._detail.refund_limit:
            self.limit_note.setText(self.tr("Above the shop's limit of {0}: a manager other than you approves it "
                                            "before it is paid.").format(
                money(self._detail.refund_limit, self._detail.currency)))
        else:
            self.limit_note.setText(self.tr("Up to {0} is recorded at once.").format(
                money(self._detail.refund_limit, self._detail.currency)))
        ok = amount is not None and amount <= self._detail.refundable and (not self.cod or bool(self.bank.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _on_ok(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.accept()

    def bank_details(self) -> str:
        return self.bank.text().strip() if self.cod else ""

    def note_text(self) -> str:
        return self.note.toPlainText().strip()
