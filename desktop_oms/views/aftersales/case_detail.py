"""One case as an agent on the phone needs it: who and what at the top, the next steps as buttons, then the
conversation with the knowledge base beside the reply, lines, refunds, photos and one timeline.

The buttons come from `CaseDetail.moves` (the domain's table, as the service read it) plus the table's
moves that have their own step (receive the goods, inspect them, refund), so the screen and the rules
cannot drift apart. Every call runs in the task runner; a move made on an old copy of the
case is refused by the service ("changed at another desk") and the pane reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.cases import (
    GOODS_COME_BACK,
    RECEIVABLE,
    REFUNDABLE,
    REPLACEABLE,
    CaseStatus,
    CaseType,
    moves,
)
from desktop_oms.domain.errors import StaleEdit
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.case_results import AttachmentData, CaseDetail
from desktop_oms.views.aftersales.case_tabs import LinesView, RefundsView, TimelineView
from desktop_oms.views.aftersales.conversation import ConversationView
from desktop_oms.views.aftersales.desk import CaseDesk
from desktop_oms.views.aftersales.dialogs import ReasonDialog, RefundDialog
from desktop_oms.views.aftersales.labels import (
    OVERDUE,
    PRIORITIES,
    STATUS_COLOURS,
    case_error_text,
    case_status_label,
    category_label,
    due_text,
    money,
    move_label,
    move_tip,
    priority_label,
    reason_label,
    reason_required,
    type_label,
    when,
)
from desktop_oms.views.aftersales.photos import PhotosView
from desktop_oms.views.tasks import TaskRunner

#: Statuses reached by their own step, not a bare move (goods-in, inspection, a recorded refund).
OWN_STEP = frozenset({"received", "inspected", "refunded"})
#: The order the buttons stand in: forward first, then the ways out.
BUTTON_ORDER = ("approved", "awaiting_goods", "received", "inspected", "refunded", "in_progress",
                "waiting_for_customer", "resolved", "rejected", "closed")
_GOOD, _BAD = "#0f5132; background: #dcf5ef;", "#7a1414; background: #fde2e2;"


class CaseDetailPane(QWidget):
    """Shows one case (`show_case`); `case_changed(case_no)` after anything this pane changed,
    `open_order_requested(order_no)` from the order link, `inspect_requested(case_no)` for the bench."""

    case_changed = Signal(str)
    open_order_requested = Signal(str)
    inspect_requested = Signal(str)
    loaded = Signal(object)

    def __init__(self, cases: CaseDesk, tasks: TaskRunner, actor: Actor, parent: QWidget | None = None, *,
                 picker_factory: Callable[[], QWidget] | None = None) -> None:
        super().__init__(parent)
        self._cases, self._tasks, self._actor = cases, tasks, actor
        self.case_no: str | None = None
        self.detail: CaseDetail | None = None
        self._generation = 0
        self.reason_dialog: ReasonDialog | None = None
        self.refund_dialog: RefundDialog | None = None
        self.move_buttons: dict[str, QPushButton] = {}
        self._focus_editor = False

        self.title = QLabel(self.tr("No case selected"))
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.overdue = QLabel()
        self.overdue.setStyleSheet(f"color: {OVERDUE}; font-weight: bold;")
        self.order_link = QLabel()
        self.order_link.setTextFormat(Qt.TextFormat.RichText)
        self.order_link.setToolTip(self.tr("Open the order (Ctrl+Shift+O)"))
        self.order_link.linkActivated.connect(self.open_order_requested.emit)
        self.facts: dict[str, QLabel] = {}
        names = {"customer": self.tr("Customer"), "reason": self.tr("Reason"), "priority": self.tr("Priority"),
                 "owner": self.tr("Owner"), "due": self.tr("SLA due"), "opened": self.tr("Opened"),
                 "money": self.tr("Paid / refunded"), "replacement": self.tr("Replacement")}
        self.priority = QComboBox()
        for code in PRIORITIES:
            self.priority.addItem(priority_label(code), code)
        self.priority.setToolTip(self.tr("Changing the priority sets the SLA again from the time the case was opened"))
        self.priority.activated.connect(lambda _index: self.change_priority())
        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(2)
        for number, (key, name) in enumerate(names.items()):
            row, column = divmod(number, 2)
            caption = QLabel(name)
            caption.setStyleSheet("color: #5f6b7a;")
            facts.addWidget(caption, row, column * 2)
            if key == "priority":  # changed where it is read
                facts.addWidget(self.priority, row, column * 2 + 1, Qt.AlignmentFlag.AlignLeft)
                continue
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = value
            facts.addWidget(value, row, column * 2 + 1)
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)
        self.facts["replacement"].setTextFormat(Qt.TextFormat.RichText)
        self.facts["replacement"].linkActivated.connect(self.open_order_requested.emit)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.move_bar = QHBoxLayout()
        self.move_bar.setSpacing(6)
        self.take_button = QPushButton(self.tr("Take over"))
        self.take_button.setToolTip(self.tr("Make yourself the owner of this case"))
        self.take_button.clicked.connect(self.take_over)
        self.replacement_button = QPushButton(self.tr("Create replacement order"))
        self.replacement_button.setToolTip(self.tr("A new order with the same goods, free of charge, that is "
                                                   "packed and shipped like any other"))
        self.replacement_button.clicked.connect(self.create_replacement)
        self.refund_button = QPushButton(self.tr("Request refund…"))
        self.refund_button.clicked.connect(self.request_refund)

        self.conversation = ConversationView(picker_factory() if picker_factory is not None else None)
        self.conversation.reply_requested.connect(lambda text: self._write(text, reply=True))
        self.conversation.note_requested.connect(lambda text: self._write(text, reply=False))
        self.lines = LinesView()
        self.refunds = RefundsView(actor)
        self.refunds.request_button.clicked.connect(self.request_refund)
        self.refunds.approve_requested.connect(self.approve_refund)
        self.refunds.reject_requested.connect(self.reject_refund)
        self.photos = PhotosView()
        self.photos.add_requested.connect(self.attach)
        self.photos.preview_requested.connect(self._load_preview)
        self.photos.failed.connect(lambda text: self._say(text, error=True))
        self.timeline = TimelineView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.conversation, self.tr("Conversation"))
        self.tabs.addTab(self.lines, self.tr("Lines"))
        self.tabs.addTab(self.refunds, self.tr("Refunds"))
        self.tabs.addTab(self.photos, self.tr("Photos"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(8)
        heading.addWidget(self.status)
        heading.addWidget(self.overdue)
        heading.addStretch(1)
        heading.addWidget(self.order_link)
        bar = QHBoxLayout()
        bar.addLayout(self.move_bar)
        bar.addStretch(1)
        bar.addWidget(self.refund_button)
        bar.addWidget(self.replacement_button)
        bar.addWidget(self.take_button)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addLayout(facts)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.empty = QLabel(self.tr("Select a case in the queue to see it here (Enter to work on it)."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6b7a; font-size: 15px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        order = QShortcut(QKeySequence("Ctrl+Shift+O"), self)
        order.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        order.activated.connect(self.open_order)
        for number in range(5):  # Alt+1 … belong to the knowledge picker; Ctrl+Alt+n picks a tab
            shortcut = QShortcut(QKeySequence(f"Ctrl+Alt+{number + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n))
        self._show_nothing()

    # -- loading ------------------------------------------------------------------------------

    def show_case(self, case_no: str, *, focus: bool = False) -> None:
        """Load a case; `focus`: the reply editor takes the keyboard once it is shown."""
        self._focus_editor = focus
        self.stack.setCurrentIndex(1)
        if case_no != self.case_no:
            self.case_no, self.detail = case_no, None
            self.banner.setVisible(False)
            self.title.setText(self.tr("Case {0}").format(case_no))
            self.conversation.clear_editor()
        self.reload()

    def reload(self) -> None:
        if self.case_no is None:
            return
        self._generation += 1
        generation = self._generation
        self._tasks.submit(self._cases.get_case, self.case_no, actor=self._actor,
                           on_success=lambda detail: self._on_loaded(generation, detail),
                           on_failure=lambda error: self._on_failed(generation, error))

    def refresh(self) -> None:
        """Another desk changed something: the same case, new figures (a reply being written stays)."""
        self.reload()

    def _on_loaded(self, generation: int, detail: CaseDetail) -> None:
        if generation == self._generation and detail.case_no == self.case_no:
            self._show(detail)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._say(case_error_text(error), error=True)

    def _show_nothing(self) -> None:
        for widget in (self.tabs, self.take_button, self.replacement_button, self.refund_button):
            widget.setEnabled(False)
        self.replacement_button.setVisible(False)
        self.refund_button.setVisible(False)
        self.take_button.setVisible(False)

    def _show(self, detail: CaseDetail) -> None:
        """Fill the pane; a refresh that brought nothing new for a part leaves that part alone (the agent's
        place in the notes, the focused button and the knowledge suggestions stay)."""
        before, self.detail = self.detail, detail
        same_case = before is not None and before.case_no == detail.case_no
        self.tabs.setEnabled(True)
        self.title.setText(self.tr("{0} {1}").format(type_label(detail.type), detail.case_no))
        fg, bg = STATUS_COLOURS.get(detail.status, ("#333", "#eee"))
        self.status.setText(case_status_label(detail.status))
        self.status.setStyleSheet(f"color: {fg}; background: {bg}; border-radius: 9px; padding: 2px 10px; "
                                  "font-weight: bold;")
        self.overdue.setText(self.tr("Overdue") if detail.overdue else "")
        self.order_link.setText(self.tr('Order <a href="{0}">{0}</a>').format(detail.order_no))
        self._fill_facts(detail)
        if not same_case or _step_key(before) != _step_key(detail):
            self._fill_actions(detail)
        if not same_case or before is None or before.notes != detail.notes:
            self.conversation.show_notes(detail.notes)
        self.conversation.set_enabled(self._actor.can(Permission.HANDLE_CASES))
        self.lines.show_case(detail)
        self.refunds.show_case(detail)
        self.photos.show_attachments(detail.attachments)
        self.timeline.show_entries(detail.timeline)
        self.tabs.setTabText(2, self.tr("Refunds ({0})").format(len(detail.refunds)) if detail.refunds
                             else self.tr("Refunds"))
        self.tabs.setTabText(3, self.tr("Photos ({0})").format(len(detail.attachments)) if detail.attachments
                             else self.tr("Photos"))
        picker = self.conversation.picker
        set_case = getattr(picker, "set_case", None)
        if callable(set_case) and (not same_case or before is None or (before.type, before.reason) != (
                detail.type, detail.reason)):
            set_case(detail.case_no, detail.type, detail.reason)
        if self._focus_editor:
            self._focus_editor = False
            self.tabs.setCurrentIndex(0)
            self.conversation.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit(detail)

    def _fill_facts(self, detail: CaseDetail) -> None:
        reason = reason_label(detail.reason)
        if detail.category:
            reason = self.tr("{0} · {1}").format(reason, category_label(detail.category))
        contact = " · ".join(x for x in (detail.customer, detail.phone, detail.email) if x)
        values = {
            "customer": contact or "—", "reason": reason,
            "owner": detail.owner or self.tr("nobody"), "due": due_text(detail.sla_due, detail.overdue,
                                                                       datetime.now(UTC)),
            "opened": self.tr("{0} by {1}").format(when(detail.created_at), detail.opened_by),
            "money": self.tr("{0} / {1} · {2} left").format(money(detail.paid, detail.currency),
                                                             money(detail.refunded, detail.currency),
                                                             money(detail.refundable, detail.currency)),
            "replacement": (f'<a href="{detail.replacement_order_no}">{detail.replacement_order_no}</a>'
                            if detail.replacement_order_no else "—"),
        }
        for key, value in values.items():
            self.facts[key].setText(value)
        self.priority.setCurrentIndex(max(0, self.priority.findData(detail.priority)))
        self.priority.setEnabled(self._actor.can(Permission.HANDLE_CASES))
        self.facts["due"].setStyleSheet(f"color: {OVERDUE}; font-weight: bold;" if detail.overdue else "")

    def _fill_actions(self, detail: CaseDetail) -> None:
        while self.move_bar.count():
            item = self.move_bar.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.move_buttons = {}
        handles = self._actor.can(Permission.HANDLE_CASES)
        for target in next_steps(detail):
            button = QPushButton(move_label(detail.status, target))
            button.setToolTip(move_tip(detail.status, target))
            button.setEnabled(handles)
            button.setAutoDefault(False)  # Enter in a text box of a dialog around the pane never moves the case
            button.clicked.connect(lambda _checked=False, t=target: self.move_to(t))
            self.move_buttons[target] = button
            self.move_bar.addWidget(button)
        kind = CaseType(detail.type) if detail.type in set(CaseType) else None
        status = CaseStatus(detail.status) if detail.status in set(CaseStatus) else None
        refundable = (kind is not None and status in REFUNDABLE[kind] and detail.refundable > 0
                      and "refunded" not in next_steps(detail))
        self.refund_button.setVisible(refundable)
        self.refund_button.setEnabled(refundable and handles)
        self.refunds.request_button.setEnabled(handles and kind is not None and status in REFUNDABLE[kind]
                                               and detail.refundable > 0)
        replaceable = (kind is CaseType.EXCHANGE and status in REPLACEABLE and not detail.replacement_order_no)
        self.replacement_button.setVisible(replaceable)
        self.replacement_button.setEnabled(replaceable and handles)
        self.take_button.setVisible(handles and detail.owner != self._actor.name)
        self.take_button.setEnabled(handles)

    # -- what the agent does ------------------------------------------------------------------

    def move_to(self, target: str) -> None:
        detail = self.detail
        if detail is None or target not in next_steps(detail):
            return
        if target == "received":
            self._run(self._cases.receive_goods, detail.case_no, actor=self._actor,
                      done=self.tr("{0}: every claimed unit received.").format(detail.case_no))
            return
        if target == "inspected":
            self.inspect_requested.emit(detail.case_no)
            return
        if target == "refunded":
            self.request_refund()
            return
        required = reason_required(detail.status, target)
        if required is None:
            self._move(detail, target, "")
            return
        self.reason_dialog = ReasonDialog(
            move_label(detail.status, target).rstrip("…"),
            self.tr("{0} → {1}: why? The reason is kept on the case.").format(
                detail.case_no, case_status_label(target)), required=required, parent=self)
        dialog = self.reason_dialog
        dialog.accepted.connect(lambda: self._move(detail, target, dialog.text()))
        dialog.open()

    def _move(self, detail: CaseDetail, target: str, reason: str) -> None:
        self._run(self._cases.move, detail.case_no, target, actor=self._actor, reason=reason,
                  version=detail.version, done=self.tr("{0} is now “{1}”.").format(
                      detail.case_no, case_status_label(target)))

    def change_priority(self) -> None:
        detail, chosen = self.detail, str(self.priority.currentData())
        if detail is not None and chosen != detail.priority:
            self._run(self._cases.set_priority, detail.case_no, chosen, actor=self._actor,
                      done=self.tr("{0} is “{1}” now; the SLA follows.").format(detail.case_no,
                                                                              priority_label(chosen)))

    def open_order(self) -> None:
        if self.detail is not None:
            self.open_order_requested.emit(self.detail.order_no)

    def take_over(self) -> None:
        if self.detail is not None:
            self._run(self._cases.assign, self.detail.case_no, self._actor.name, actor=self._actor,
                      done=self.tr("You own {0} now.").format(self.detail.case_no))

    def create_replacement(self) -> None:
        if self.detail is not None:
            self._run(self._cases.create_replacement, self.detail.case_no, actor=self._actor,
                      done=self.tr("Replacement order created; it goes through packing like any other."))

    def request_refund(self) -> None:
        detail = self.detail
        if detail is None:
            return
        self.refund_dialog = RefundDialog(detail, self)
        dialog = self.refund_dialog
        dialog.accepted.connect(lambda: self._request_refund(detail, dialog))
        dialog.open()

    def _request_refund(self, detail: CaseDetail, dialog: RefundDialog) -> None:
        amount = dialog.value()
        if amount is None:
            return
        waits = amount > detail.refund_limit
        done = (self.tr("{0} asked for; it waits for a manager's approval.").format(money(amount, detail.currency))
                if waits else self.tr("{0} refunded.").format(money(amount, detail.currency)))
        self._run(self._cases.request_refund, detail.case_no, amount, actor=self._actor,
                  bank_details=dialog.bank_details(), note=dialog.note_text(), done=done)

    def approve_refund(self, refund_id: int) -> None:
        self._run(self._cases.approve_refund, refund_id, actor=self._actor,
                  done=self.tr("Refund approved and recorded against the order's payments."))

    def reject_refund(self, refund_id: int) -> None:
        self.reason_dialog = ReasonDialog(self.tr("Reject refund"), self.tr("Why is this refund refused?"),
                                          required=True, parent=self)
        dialog = self.reason_dialog
        dialog.accepted.connect(lambda: self._run(self._cases.reject_refund, refund_id, actor=self._actor,
                                                  note=dialog.text(), done=self.tr("Refund rejected.")))
        dialog.open()

    def attach(self, filename: str, data: bytes, content_type: str) -> None:
        if self.detail is not None:
            self._run(self._cases.attach, self.detail.case_no, filename, data, content_type, actor=self._actor,
                      done=self.tr("{0} added.").format(filename))

    def _load_preview(self, attachment_id: int) -> None:
        self._tasks.submit(self._cases.attachment, attachment_id, actor=self._actor,
                           on_success=self._on_preview,
                           on_failure=lambda error: self._say(case_error_text(error), error=True))

    def _on_preview(self, found: tuple[AttachmentData, bytes]) -> None:
        self.photos.show_preview(*found)

    def _write(self, text: str, *, reply: bool) -> None:
        if self.detail is None:
            return
        if reply:
            self._run(self._cases.reply, self.detail.case_no, text, actor=self._actor, clear=True,
                      done=self.tr("Reply sent to {0}.").format(self.detail.email or self.detail.customer))
        else:
            self._run(self._cases.add_note, self.detail.case_no, text, actor=self._actor, clear=True,
                      done=self.tr("Note added."))

    # -- running a change ---------------------------------------------------------------------

    def _run(self, fn: Callable[..., Any], *args: Any, done: str, clear: bool = False, **kwargs: Any) -> None:
        case_no = self.case_no

        def succeeded(result: Any) -> None:
            if clear:
                self.conversation.clear_editor()
            self._say(done, error=False)
            if case_no is not None:
                self.case_changed.emit(case_no)
            if isinstance(result, CaseDetail) and result.case_no == self.case_no:
                self._generation += 1
                self._show(result)
            else:
                self.reload()

        self._tasks.submit(fn, *args, **kwargs, busy=self.tabs, on_success=succeeded, on_failure=self._on_change_failed)

    def _on_change_failed(self, error: BaseException) -> None:
        if isinstance(error, StaleEdit):
            self._say(self.tr("This case was changed at another desk — reloaded. Check it and try again."),
                      error=True)
            self.reload()
            return
        self._say(case_error_text(error), error=True)

    def _say(self, text: str, *, error: bool) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(f"color: {_BAD if error else _GOOD} padding: 6px; border-radius: 4px;")
        self.banner.setVisible(True)


def next_steps(detail: CaseDetail) -> tuple[str, ...]:
    """The moves the service offers, and the domain table's moves that have their own step."""
    steps = set(detail.moves)
    if detail.type in set(CaseType) and detail.status in set(CaseStatus):
        kind, status = CaseType(detail.type), CaseStatus(detail.status)
        steps |= {str(s) for s in moves(kind, status) if s in OWN_STEP}
        if kind in GOODS_COME_BACK and status in RECEIVABLE:  # received through "awaiting goods" when needed
            steps.add("received")
    return tuple(sorted(steps, key=lambda s: BUTTON_ORDER.index(s) if s in BUTTON_ORDER else len(BUTTON_ORDER)))


def _step_key(detail: CaseDetail | None) -> tuple[object, ...]:
    """What the step buttons depend on."""
    if detail is None:
        return ()
    return (detail.type, detail.status, detail.moves, detail.refundable > 0, detail.replacement_order_no,
            detail.owner)
