"""The After-sales tab as the service desk and the bench meet it: filter the queue, open a case, open one from
the order in two keystrokes, refunds with four eyes, goods back in at the bench — on the real services over a
SQLite shop, as logged-in users.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select, update

from desktop_oms.bootstrap import Services
from desktop_oms.db.models import CASES, ORDERS, OUTBOX, PAYMENTS
from desktop_oms.domain.orders import PaymentMethod
from desktop_oms.domain.users import Actor
from desktop_oms.services.case_results import NewCase, NewCaseLine
from desktop_oms.views.aftersales import AftersalesPanel
from desktop_oms.views.aftersales.case_detail import CaseDetailPane
from desktop_oms.views.aftersales.queue_model import CasesTableModel
from desktop_oms.views.main_window import MainWindow
from desktop_oms.views.tasks import TaskRunner
from tests.factories import add_products, import_orders, order, product

M = CasesTableModel
PASSWORD = "demo-pass"


@pytest.fixture
def shop(sqlite_services: Services, admin: Actor) -> Services:
    """Three shipped orders, four users and three open cases: a return and a refund on W-001 (300.00 paid),
    an urgent complaint on W-002 owned by mia and past its SLA."""
    s = sqlite_services
    add_products(s, admin, product("TEA-1", 10, price="150.00"), product("CUP-1", 10))
    import_orders(s, admin, order("W-001", ("TEA-1", 2), price="150.00"), order("W-002", ("CUP-1", 1), minutes=1),
                  order("W-003", ("CUP-1", 1), minutes=2, method=PaymentMethod.COD))
    s.allocation.allocate_all(actor=admin)
    for number, no in enumerate(("W-001", "W-002", "W-003")):
        s.packing.pack_without_scans(no, actor=admin)
        s.packing.ship(no, "sf_express", f"SF10000{number}", actor=admin)
    for name, role in (("agent", "agent"), ("mia", "manager"), ("max", "manager"), ("pat", "packer")):
        s.users.add(name, role, PASSWORD, actor=admin)
    agent, mia = login(s, "agent"), login(s, "mia")
    tea = s.cases.returnable_lines("W-001", actor=agent)[0]
    s.cases.open_case(NewCase("W-001", "return", "damaged", note="Box crushed",
                              lines=(NewCaseLine(tea.order_line_id, 2),)), actor=agent)  # C-00001
    s.cases.open_case(NewCase("W-002", "complaint", "late", category="delivery", priority="urgent"),
                      actor=mia)  # C-00002
    s.cases.open_case(NewCase("W-001", "refund", "not_as_described"), actor=agent)  # C-00003
    with s.engine.begin() as conn:  # opened yesterday: four hours were promised
        conn.execute(update(CASES).where(CASES.c.case_no == "C-00002")
                     .values(sla_due=datetime.now(UTC) - timedelta(hours=20)))
    return s


def login(services: Services, name: str) -> Actor:
    return services.users.authenticate(name, PASSWORD)


def _window(qtbot: QtBot, services: Services, tasks: TaskRunner, name: str) -> MainWindow:
    window = MainWindow(services, tasks, login(services, name), "test.db", live=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.orders_panel.model.total is not None and tasks.running == 0)
    return window


def _aftersales(qtbot: QtBot, window: MainWindow, tasks: TaskRunner) -> AftersalesPanel:
    """The tab, reached as a user does: its View menu shortcut."""
    panel = window.aftersales_panel
    assert panel is not None
    number = window.tabs.indexOf(panel)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + number), Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is panel
    if panel.queue is not None:
        qtbot.waitUntil(lambda: panel.queue is not None and panel.queue.loaded and tasks.running == 0)
    return panel


def _cases(panel: AftersalesPanel) -> list[str]:
    assert panel.queue is not None
    return panel.queue.model.case_nos()


def _settle(qtbot: QtBot, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: tasks.running == 0)


def _pane_shows(qtbot: QtBot, pane: CaseDetailPane, status: str) -> None:
    qtbot.waitUntil(lambda: pane.detail is not None and pane.status.text() == status)


# -- the queue --------------------------------------------------------------------------------


def test_an_agent_filters_the_queue_by_chip_overdue_mine_and_search_and_opens_a_case_with_enter(
        qtbot: QtBot, shop: Services, tasks: TaskRunner, qtmodeltester: ModelTester) -> None:
    window = _window(qtbot, shop, tasks, "agent")
    panel = _aftersales(qtbot, window, tasks)
    queue = panel.queue
    assert queue is not None and window.tabs.tabText(window.tabs.indexOf(panel)) == "After-sales"
    assert [panel.pages.tabText(i) for i in range(panel.pages.count())][:2] == ["Cases", "Goods-in"]
    assert _cases(panel) == ["C-00002", "C-00001", "C-00003"]  # overdue first, then by SLA
    model = queue.model
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in (M.TYPE, M.STATUS, M.REASON, M.PRIORITY, M.ORDER, M.OWNER)] == [
        "Complaint", "Open", "Late · Delivery", "Urgent", "W-002", "mia"]
    assert model.index(0, M.DUE).data().endswith("h late")
    assert model.index(0, M.DUE).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a11d1d"
    assert model.index(1, M.DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert queue.type_chips["return"].text() == "Return 1" and queue.overdue_toggle.text() == "Overdue 1"
    assert queue.mine_toggle.text() == "Mine 2" and queue.all_types.text() == "All types 3"
    assert not queue.refunds_toggle.isVisible()  # agents do not approve refunds

    qtbot.mouseClick(queue.type_chips["complaint"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cases(panel) == ["C-00002"])
    assert not queue.all_types.isChecked()
    qtbot.mouseClick(queue.all_types, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_cases(panel)) == 3)
    qtbot.mouseClick(queue.overdue_toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cases(panel) == ["C-00002"])
    qtbot.mouseClick(queue.overdue_toggle, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(queue.mine_toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cases(panel) == ["C-00001", "C-00003"])
    qtbot.mouseClick(queue.mine_toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_cases(panel)) == 3)

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert queue.search_box.hasFocus()
    qtbot.keyClicks(queue.search_box, "C-00001")
    qtbot.waitUntil(lambda: _cases(panel) == ["C-00001"], timeout=5000)
    assert queue.summary.text() == "1 cases"
    qtbot.keyClick(queue.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: queue.table.hasFocus() and queue.selected_case_no() == "C-00001")
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    pane = panel.detail
    assert pane is not None
    _pane_shows(qtbot, pane, "Requested")
    assert pane.title.text() == "Return C-00001"
    assert pane.facts["reason"].text() == "Damaged" and pane.facts["owner"].text() == "agent"
    assert "W-001" in pane.order_link.text()
    assert [b.text() for b in pane.move_buttons.values()] == ["Approve", "Reject…"]
    assert [pane.lines.item(0, c).text() for c in (0, 2, 4)] == ["TEA-1", "2", "0"]
    qtbot.waitUntil(pane.conversation.editor.hasFocus)  # the agent on the phone types the answer at once
    queue.search_box.clear()
    qtbot.keyClicks(queue.search_box, "nobody here")
    qtbot.waitUntil(lambda: queue.summary.text() == "No cases", timeout=5000)


def test_moves_are_the_tables_reasons_are_asked_for_and_a_stale_edit_reloads(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    window = _window(qtbot, shop, tasks, "agent")
    panel = _aftersales(qtbot, window, tasks)
    assert panel.queue is not None and panel.detail is not None
    pane = panel.detail
    panel.queue.table.setFocus()
    panel.queue.select("C-00001")
    qtbot.keyClick(panel.queue.table, Qt.Key.Key_Return)
    _pane_shows(qtbot, pane, "Requested")
    qtbot.mouseClick(pane.move_buttons["approved"], Qt.MouseButton.LeftButton)
    _pane_shows(qtbot, pane, "Approved")
    assert pane.banner.text() == "C-00001 is now “Approved”."
    assert list(pane.move_buttons) == ["awaiting_goods", "received", "closed"]
    assert pane.move_buttons["received"].text() == "Mark received"
    qtbot.waitUntil(lambda: panel.queue is not None and panel.queue.model.index(
        panel.queue.model.row_of("C-00001") or 0, M.STATUS).data() == "Approved")
    assert pane.timeline.item(0, 2).text() == "Requested → Approved"

    shop.cases.move("C-00001", "awaiting_goods", actor=login(shop, "mia"))  # another desk, meanwhile
    qtbot.mouseClick(pane.move_buttons["closed"], Qt.MouseButton.LeftButton)
    dialog = pane.reason_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "customer keeps it")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "changed at another desk — reloaded" in pane.banner.text())
    _pane_shows(qtbot, pane, "Awaiting goods")
    assert shop.cases.get_case("C-00001", actor=login(shop, "agent")).status == "awaiting_goods"

    pane.detail = None  # F5 brings it back, the queue keeps the case selected
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    _pane_shows(qtbot, pane, "Awaiting goods")
    _settle(qtbot, tasks)
    assert panel.queue.selected_case_no() == "C-00001"

    qtbot.mouseClick(pane.move_buttons["received"], Qt.MouseButton.LeftButton)  # the parcel came to the desk
    _pane_shows(qtbot, pane, "Received")
    assert pane.banner.text() == "C-00001: every claimed unit received."
    assert pane.lines.item(0, 4).text() == "2"
    qtbot.mouseClick(pane.move_buttons["inspected"], Qt.MouseButton.LeftButton)  # "Inspect…": to the bench
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.goods_in and panel.goods_in.steps.currentIndex() == 2)
    assert panel.goods_in.inspect_table.rowCount() == 2


def test_alt_1_puts_the_first_suggested_article_in_the_reply_filled_in_and_ctrl_enter_sends_it(
        qtbot: QtBot, shop: Services, tasks: TaskRunner, admin: Actor) -> None:
    shop.knowledge.import_articles(str(resources.files("desktop_oms").joinpath("resources/kb/articles.json")),
                                   actor=admin)
    window = _window(qtbot, shop, tasks, "agent")
    panel = _aftersales(qtbot, window, tasks)
    assert panel.detail is not None and panel.knowledge_page is not None
    assert panel.pages.tabText(panel.pages.indexOf(panel.knowledge_page)) == "Knowledge base"
    pane = panel.detail
    panel.open_case("C-00002")  # the late parcel's complaint
    _pane_shows(qtbot, pane, "Open")
    picker = pane.conversation.picker
    assert picker is not None
    qtbot.waitUntil(lambda: bool(getattr(picker, "suggestions", None)) and tasks.running == 0)
    editor = pane.conversation.editor
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Hello! ")
    qtbot.keyClick(editor, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "W-002" in editor.toPlainText())
    text = editor.toPlainText()
    assert text.startswith("Hello! ") and "C-00002" in text and "{order_no}" not in text
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.banner.text() == "Reply sent to w-002@example.cn.")
    assert editor.toPlainText() == ""
    assert "Reply to customer" in pane.conversation.notes.toPlainText()
    assert "W-002" in pane.conversation.notes.toPlainText()
    with shop.engine.connect() as conn:
        mails = conn.execute(select(OUTBOX.c.kind, OUTBOX.c.recipient, OUTBOX.c.body)
                             .where(OUTBOX.c.kind == "case_reply")).all()
    assert [(m.kind, m.recipient) for m in mails] == [("case_reply", "w-002@example.cn")]
    assert "C-00002" in mails[0].body


def test_a_change_at_another_desk_reaches_the_queue_and_the_open_case_without_losing_the_selection(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    window = _window(qtbot, shop, tasks, "agent")
    panel = _aftersales(qtbot, window, tasks)
    assert panel.queue is not None and panel.detail is not None
    panel.open_case("C-00003")
    _pane_shows(qtbot, panel.detail, "Requested")
    panel.detail.conversation.editor.setPlainText("half a reply")
    shop.cases.move("C-00003", "rejected", actor=login(shop, "mia"), reason="outside the 7 days")
    window.live.changed.emit()  # what the live feed says when another station wrote
    _pane_shows(qtbot, panel.detail, "Rejected")
    qtbot.waitUntil(lambda: panel.queue is not None and "C-00003" not in panel.queue.model.case_nos())
    assert panel.detail.conversation.editor.toPlainText() == "half a reply"  # nothing lost mid-sentence
    assert panel.detail.timeline.item(0, 3).text() == "outside the 7 days"
    panel.queue.select("C-00001")
    shop.cases.assign("C-00001", "mia", actor=login(shop, "mia"))
    window.live.changed.emit()
    queue = panel.queue
    qtbot.waitUntil(lambda: queue.model.index(queue.model.row_of("C-00001") or 0, M.OWNER).data() == "mia")
    assert queue.selected_case_no() == "C-00001"
    qtbot.mouseClick(queue.status_chips["rejected"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.model.case_nos() == ["C-00003"])


def test_an_exchange_gets_its_replacement_order_and_both_orders_open_from_the_case(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    cup = shop.cases.returnable_lines("W-002", actor=login(shop, "agent"))[0]
    shop.cases.open_case(NewCase("W-002", "exchange", "wrong_item", lines=(NewCaseLine(cup.order_line_id, 1),)),
                         actor=login(shop, "agent"))  # C-00004
    window = _window(qtbot, shop, tasks, "agent")
    panel = _aftersales(qtbot, window, tasks)
    assert panel.detail is not None
    pane = panel.detail
    panel.open_case("C-00004")
    _pane_shows(qtbot, pane, "Requested")
    assert not pane.replacement_button.isVisible()
    due = pane.facts["due"].text()
    pane.priority.setFocus()
    qtbot.keyClick(pane.priority, Qt.Key.Key_End)  # Urgent: four hours from opening
    qtbot.waitUntil(lambda: pane.banner.text() == "C-00004 is “Urgent” now; the SLA follows.")
    _settle(qtbot, tasks)
    assert pane.facts["due"].text() != due
    qtbot.mouseClick(pane.move_buttons["approved"], Qt.MouseButton.LeftButton)
    _pane_shows(qtbot, pane, "Approved")
    assert pane.replacement_button.isVisible()
    qtbot.mouseClick(pane.replacement_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "W-002-X1" in pane.facts["replacement"].text())
    assert not pane.replacement_button.isVisible()  # once
    pane.facts["replacement"].linkActivated.emit("W-002-X1")
    qtbot.waitUntil(lambda: "W-002-X1" in window._details and window._details["W-002-X1"].detail is not None)
    replacement = window._details["W-002-X1"].detail
    assert replacement is not None and replacement.channel == "exchange" and replacement.status == "accepted"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    pane.conversation.editor.setFocus()
    qtbot.keyClick(pane.conversation.editor, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "W-002" in window._details)


# -- from the order ---------------------------------------------------------------------------


def test_ctrl_k_then_a_digit_then_enter_opens_a_return_on_the_order_and_shows_it(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    window = _window(qtbot, shop, tasks, "agent")
    dialog = window.open_order("W-002")
    qtbot.waitUntil(lambda: dialog.detail is not None and tasks.running == 0)
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.cases)) == "Cases (1)"
    assert dialog.cases.item(0, 0).text() == "C-00002" and dialog.cases.item(0, 1).text() == "Complaint"
    timeline = [dialog.timeline.item(row, 2).text() for row in range(dialog.timeline.rowCount())]
    assert "Case C-00002: opened" in timeline

    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    new = dialog.new_case_dialog
    assert new is not None and new.isVisible()
    qtbot.waitUntil(lambda: new.loaded)
    assert new.types.hasFocus()
    qtbot.keyClick(new.types, Qt.Key.Key_4)
    assert new.case_type() == "complaint" and new.category.isVisibleTo(new)
    qtbot.keyClick(new.types, Qt.Key.Key_1)
    assert new.case_type() == "return" and not new.category.isVisibleTo(new)
    spin = new.lines.cellWidget(0, 5)
    assert isinstance(spin, QSpinBox) and (spin.value(), spin.maximum()) == (1, 1)  # shipped 1, none returned
    qtbot.keyClick(new.types, Qt.Key.Key_Return)

    panel = window.aftersales_panel
    assert panel is not None
    qtbot.waitUntil(lambda: "C-00004" in panel.windows)
    case_window = panel.windows["C-00004"]
    _pane_shows(qtbot, case_window.pane, "Requested")
    assert case_window.pane.title.text() == "Return C-00004" and case_window.windowTitle() == "Case C-00004"
    assert not new.isVisible()
    qtbot.waitUntil(lambda: dialog.cases.rowCount() == 2)
    assert "Case C-00004 opened." in dialog.banner.text()
    detail = shop.cases.get_case("C-00004", actor=login(shop, "agent"))
    assert (detail.reason, detail.priority, detail.owner, [line.qty for line in detail.lines]) == (
        "changed_mind", "normal", "agent", [1])

    dialog.activateWindow()  # back to the order: nothing is left to return
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    again = dialog.new_case_dialog
    assert again is not None and again is not new
    qtbot.waitUntil(lambda: again.loaded)
    qtbot.keyClick(again.types, Qt.Key.Key_Return)
    assert "at least one unit" in again.message.text() and again.isVisible()
    again.reject()
    window.close()  # logging out takes the case windows along
    assert not case_window.isVisible()


# -- money ------------------------------------------------------------------------------------


def test_a_refund_above_the_limit_waits_for_a_second_manager_and_the_requester_cannot_approve_it(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    window = _window(qtbot, shop, tasks, "mia")
    panel = _aftersales(qtbot, window, tasks)
    assert panel.queue is not None and panel.detail is not None
    pane = panel.detail
    panel.open_case("C-00003")
    _pane_shows(qtbot, pane, "Requested")
    qtbot.mouseClick(pane.move_buttons["approved"], Qt.MouseButton.LeftButton)
    _pane_shows(qtbot, pane, "Approved")
    assert pane.move_buttons["refunded"].text() == "Refund…"
    qtbot.mouseClick(pane.move_buttons["refunded"], Qt.MouseButton.LeftButton)
    refund = pane.refund_dialog
    assert refund is not None and refund.isVisible()
    qtbot.keyClicks(refund.amount, "250")
    assert "a manager other than you approves it" in refund.limit_note.text()
    qtbot.keyClicks(refund.amount, "0")  # 2500: more than was paid
    assert refund.message.text() == "At most 300.00 CNY can go back."
    qtbot.keyClick(refund.amount, Qt.Key.Key_Backspace)
    qtbot.keyClick(refund.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "waits for a manager's approval" in pane.banner.text())
    _settle(qtbot, tasks)
    assert pane.tabs.tabText(2) == "Refunds (1)"
    pane.tabs.setCurrentIndex(2)
    refunds = pane.refunds
    assert [refunds.table.item(0, c).text() for c in (1, 2, 3)] == ["250.00 CNY", "Waiting for approval", "mia"]
    assert not refunds.approve_button.isEnabled() and not refunds.reject_button.isEnabled()
    assert refunds.approve_button.toolTip() == "You asked for this refund: another manager approves it (four eyes)"
    assert pane.status.text() == "Approved"

    other = _window(qtbot, shop, tasks, "max")
    other_panel = _aftersales(qtbot, other, tasks)
    assert other_panel.queue is not None and other_panel.detail is not None
    assert other_panel.queue.model.index(other_panel.queue.model.row_of("C-00003") or 0, M.CASE).data(
        Qt.ItemDataRole.ToolTipRole) == "A refund waits for a manager's approval"
    refunds = other_panel.queue.refunds_toggle
    assert refunds.isVisible() and refunds.text() == "Refunds to approve 1"
    qtbot.mouseClick(refunds, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other_panel.queue is not None and other_panel.queue.model.case_nos() == ["C-00003"])
    other_panel.open_case("C-00003")
    other_pane = other_panel.detail
    _pane_shows(qtbot, other_pane, "Approved")
    other_pane.tabs.setCurrentIndex(2)
    assert other_pane.refunds.approve_button.isEnabled()
    qtbot.mouseClick(other_pane.refunds.approve_button, Qt.MouseButton.LeftButton)
    _pane_shows(qtbot, other_pane, "Refunded")
    assert other_pane.refunds.table.item(0, 2).text() == "Recorded"
    assert other_pane.refunds.table.item(0, 4).text() == "max"
    assert other_pane.facts["money"].text() == "300.00 CNY / 250.00 CNY · 50.00 CNY left"
    order = shop.orders.get_order("W-001", actor=login(shop, "max"))
    assert (order.payment_status, order.refunded_total) == ("partially_refunded", Decimal("250.00"))


def test_a_cod_refund_asks_for_bank_details_and_photos_are_added_previewed_or_refused_by_name(
        qtbot: QtBot, shop: Services, tasks: TaskRunner, tmp_path: Path) -> None:
    with shop.engine.begin() as conn:  # the courier collected the cash (as a delivered COD order records it)
        order_id = conn.execute(select(ORDERS.c.id).where(ORDERS.c.order_no == "W-003")).scalar_one()
        conn.execute(insert(PAYMENTS).values(order_id=order_id, kind="payment", method="cod", amount=Decimal("10.00"),
                                             status="completed", created_at=datetime.now(UTC)))
    shop.cases.open_case(NewCase("W-003", "complaint", "damaged", category="product"),
                         actor=login(shop, "agent"))  # C-00004, cash on delivery
    window = _window(qtbot, shop, tasks, "agent")
    panel = _aftersales(qtbot, window, tasks)
    assert panel.detail is not None
    pane = panel.detail
    panel.open_case("C-00004")
    _pane_shows(qtbot, pane, "Open")
    assert pane.refund_button.isVisible()  # a goodwill refund on a complaint
    qtbot.mouseClick(pane.refund_button, Qt.MouseButton.LeftButton)
    refund = pane.refund_dialog
    assert refund is not None and refund.cod and refund.bank.isVisibleTo(refund)
    qtbot.keyClicks(refund.amount, "5")
    ok = refund.buttons.button(refund.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(refund.bank, "Wang Fang, ICBC 6222 0000 1234")
    assert ok.isEnabled() and refund.limit_note.text() == "Up to 200.00 CNY is recorded at once."
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.banner.text() == "5.00 CNY refunded.")
    _settle(qtbot, tasks)
    assert [pane.refunds.table.item(0, c).text() for c in (2, 5)] == ["Recorded", "Wang Fang, ICBC 6222 0000 1234"]

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#c08040"))
    photo = tmp_path / "crushed box.png"
    assert image.save(str(photo))
    pane.tabs.setCurrentWidget(pane.photos)
    pane.photos.add_file(photo)
    qtbot.waitUntil(lambda: pane.photos.list.count() == 1)
    assert pane.banner.text() == "crushed box.png added." and pane.tabs.tabText(3) == "Photos (1)"
    pane.photos.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: not pane.photos.preview.pixmap().isNull())
    assert pane.photos.preview.pixmap().width() == 64  # shown as it is, never blown up
    fake = tmp_path / "invoice.png"
    fake.write_text("not a picture at all")
    pane.photos.add_file(fake)
    qtbot.waitUntil(lambda: pane.banner.text().startswith("invoice.png was not added"))
    assert pane.photos.list.count() == 1


# -- the bench --------------------------------------------------------------------------------


def test_a_packer_receives_a_return_at_goods_in_restocks_one_unit_and_writes_off_the_other(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    shop.cases.move("C-00001", "approved", actor=login(shop, "mia"))
    on_hand = next(r.on_hand for r in shop.stock.list_stock(actor=login(shop, "mia")) if r.sku == "TEA-1")
    window = _window(qtbot, shop, tasks, "pat")
    panel = _aftersales(qtbot, window, tasks)
    assert panel.queue is None and panel.pages.count() == 1 and not panel.pages.tabBar().isVisible()
    goods_in = panel.goods_in
    assert goods_in.scan.hasFocus()

    qtbot.keyClicks(goods_in.scan, "w-009")
    qtbot.keyClick(goods_in.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No open return or exchange for “w-009”" in goods_in.banner.text())
    qtbot.keyClicks(goods_in.scan, "w-001")  # the order barcode on the slip, as a person types it
    qtbot.keyClick(goods_in.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: goods_in.steps.currentIndex() == 1 and tasks.running == 0)
    assert goods_in.heading.text().startswith("Return C-00001 · order W-001")
    assert goods_in.receive_table.rowCount() == 1 and goods_in.received_counts() == {
        goods_in.detail.lines[0].id: 2} if goods_in.detail else False
    assert goods_in.scan.hasFocus()  # the next scan never goes astray
    qtbot.keyClick(goods_in.scan, Qt.Key.Key_Return)  # Enter in the empty box: Receive
    qtbot.waitUntil(lambda: goods_in.steps.currentIndex() == 2 and goods_in.steps.isEnabled())
    assert goods_in.banner.text() == "C-00001: 2 units received. Now decide each one."
    table = goods_in.inspect_table
    assert [table.item(row, 2).text() for row in range(table.rowCount())] == ["1 of 2", "2 of 2"]
    decision, reason = goods_in.decision_widgets(1)
    assert isinstance(decision, QComboBox) and isinstance(reason, QLineEdit)
    decision.setCurrentIndex(decision.findData("write_off"))
    assert not goods_in.done_button.isEnabled()
    assert goods_in.inspect_note.text() == "Say why each written-off unit cannot be sold."
    qtbot.keyClicks(reason, "tea tin dented")
    assert goods_in.done_button.isEnabled()
    qtbot.mouseClick(goods_in.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "C-00001 done: 1 back on the shelf, 1 written off" in goods_in.banner.text())
    assert goods_in.steps.currentIndex() == 0 and goods_in.scan.hasFocus()

    stock = window.stock_panel.model
    qtbot.waitUntil(lambda: any(r.sku == "TEA-1" and r.on_hand == on_hand + 1 for r in stock.rows))
    manager = login(shop, "mia")
    assert shop.stock.verify_ledger(actor=manager) == []
    detail = shop.cases.get_case("C-00001", actor=manager)
    line = detail.lines[0]
    assert (detail.status, line.received_qty, line.restocked_qty, line.written_off_qty, line.write_off_reason) == (
        "inspected", 2, 1, 1, "tea tin dented")
    QApplication.processEvents()
