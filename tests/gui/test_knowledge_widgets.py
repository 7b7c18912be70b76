"""The knowledge base as an agent and a manager meet it: find an article, put it in a reply with one key, edit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from desktop_oms.bootstrap import Services
from desktop_oms.db.models import CASES, ORDERS, utcnow
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.case_results import ArticleDraft
from desktop_oms.services.settings import ShopDetails
from desktop_oms.views.aftersales.knowledge import KnowledgeBasePage, KnowledgePicker
from desktop_oms.views.tasks import TaskRunner
from tests.factories import add_products, import_orders, order, product
from tests.gui.keyboard import type_text

AGENT = Actor("agent", Role.AGENT)
MANAGER = Actor("manager", Role.MANAGER)
#: Set DESKTOP_OMS_SHOTS=folder to keep screenshots of the widgets (to look at them).
SHOTS = os.environ.get("DESKTOP_OMS_SHOTS", "")


@pytest.fixture
def shop(sqlite_services: Services, admin: Actor) -> Services:
    services = sqlite_services
    services.knowledge.import_articles(Path(__file__).parents[2] / "desktop_oms/resources/kb/articles.json",
                                       actor=admin)
    add_products(services, admin, product("TEA-1", 5))
    import_orders(services, admin, order("K-7", ("TEA-1", 1)))
    services.settings.save_shop_details(ShopDetails(name="演示茶舍 Demo Tea House"), admin)
    with services.engine.begin() as conn:
        order_id = conn.execute(select(ORDERS.c.id).where(ORDERS.c.order_no == "K-7")).scalar_one()
        conn.execute(insert(CASES).values(case_no="C-00007", order_id=order_id, type="return", status="requested",
                                          reason="damaged", created_at=utcnow(), updated_at=utcnow(), version=1))
    return services


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


class _ReplyWindow(QWidget):
    """A reply editor with the picker beside it, as the case detail holds them."""

    def __init__(self, picker: KnowledgePicker) -> None:
        super().__init__()
        self.editor = QPlainTextEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(picker)
        picker.insert_requested.connect(self.editor.insertPlainText)


def _picker(qtbot: QtBot, shop: Services, tasks: TaskRunner) -> tuple[KnowledgePicker, _ReplyWindow]:
    picker = KnowledgePicker(shop.knowledge, tasks, AGENT)
    window = _ReplyWindow(picker)
    qtbot.addWidget(window)
    window.resize(520, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    picker.set_case("C-00007", "return", "damaged")
    qtbot.waitUntil(lambda: picker.list.count() == 5 and picker.preview.toPlainText() != "")
    return picker, window


def test_the_suggestions_come_in_the_customers_language_with_the_closest_first(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    picker, _ = _picker(qtbot, shop, tasks)
    assert picker.suggestions[0].title == "包裹破损、商品损坏"  # shipped to China: Simplified Chinese
    assert all(row.lang == "zh_CN" for row in picker.suggestions)
    assert picker.list.item(0).text().startswith("Alt+1")
    assert "王芳" in picker.preview.toPlainText() and "C-00007" in picker.preview.toPlainText()
    assert "Alt+1" in picker.toolTip()
    _shot(picker, "knowledge_picker")


def test_typing_a_search_and_enter_inserts_the_article_filled_in_for_the_case(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    picker, window = _picker(qtbot, shop, tasks)
    picker.search_box.setFocus()
    type_text(qtbot, picker.search_box, "货到付款")
    with qtbot.waitSignal(picker.insert_requested, timeout=5_000) as inserted:
        qtbot.keyClick(picker.search_box, Qt.Key.Key_Return)
    text = str(inserted.args[0])
    assert text.startswith("王芳 Wang Fang您好：") and "订单K-7的退款已同意" in text and "C-00007" in text
    assert "{" not in text
    assert window.editor.toPlainText() == text
    assert picker.heading.text() != "" and picker.list.count() >= 1
    picker.list.setFocus()
    picker.list.setCurrentRow(0)
    with qtbot.waitSignal(picker.insert_requested, timeout=5_000) as again:
        qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert again.args[0] == text


def test_an_english_word_finds_english_articles_case_insensitively(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    picker, _ = _picker(qtbot, shop, tasks)
    type_text(qtbot, picker.search_box, "ALIPAY")
    qtbot.waitUntil(lambda: picker.results is not None and picker.list.count() > 0)
    assert any("refund" in (picker.list.item(n).text().lower()) for n in range(picker.list.count()))


def test_alt_2_inserts_the_second_suggestion_from_anywhere_in_the_window(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    picker, window = _picker(qtbot, shop, tasks)
    second = shop.knowledge.render(picker.suggestions[1].id, "C-00007", actor=AGENT)
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    with qtbot.waitSignal(picker.insert_requested, timeout=5_000) as inserted:
        qtbot.keyClick(window.editor, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert inserted.args[0] == second
    assert window.editor.toPlainText() == second


def test_a_manager_edits_an_article_and_a_conflict_reloads_it(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    page = KnowledgeBasePage(shop.knowledge, tasks, MANAGER)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.article is not None)
    assert page.edit_button.isVisible() and page.new_button.isVisible()
    type_text(qtbot, page.search_box, "fapiao")
    qtbot.waitUntil(lambda: page.article is not None and "fapiao" in page.article.title.lower())
    _shot(page, "knowledge_page")
    dialog = page.open_edit()
    assert dialog is not None
    _shot(dialog, "article_dialog")
    dialog.tags_edit.selectAll()
    type_text(qtbot, dialog.tags_edit, "invoice, fapiao, tax number")
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        qtbot.keyClick(dialog.tags_edit, Qt.Key.Key_Return)
    assert saved.args[0].tags == "invoice,fapiao,tax number"
    qtbot.waitUntil(lambda: page.article is not None and page.article.tags == "invoice,fapiao,tax number")
    assert "Saved" in page.status.text()

    stale = page.open_edit()
    assert stale is not None
    article = page.article
    assert article is not None
    shop.knowledge.update(article.id, ArticleDraft(article.title, "Changed at desk 2.", article.tags, article.lang),
                          actor=MANAGER, version=article.version)
    stale.body_edit.setPlainText("Changed here.")
    stale.submit()
    qtbot.waitUntil(lambda: stale.body_edit.toPlainText() == "Changed at desk 2.")
    assert "another desk" in stale.message.text() and stale.isVisible()


def test_a_bad_draft_is_refused_in_the_dialog_naming_the_field(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    page = KnowledgeBasePage(shop.knowledge, tasks, MANAGER)
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_new()
    assert dialog is not None
    type_text(qtbot, dialog.title_edit, "Opening hours")
    dialog.submit()
    qtbot.waitUntil(lambda: "body" in dialog.message.text())
    assert dialog.isVisible()


def test_an_agent_reads_articles_but_sees_no_edit_buttons(qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    page = KnowledgeBasePage(shop.knowledge, tasks, AGENT)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.article is not None)
    assert not page.edit_button.isVisible() and not page.new_button.isVisible()
    assert not page.retire_button.isVisible() and not page.show_retired.isVisible()
    assert page.open_edit() is None and page.body.toPlainText()
