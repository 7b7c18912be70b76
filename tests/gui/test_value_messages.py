"""What the services say about a bad value reaches a Chinese-speaking agent in Chinese, field and all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_oms.bootstrap import Services
from desktop_oms.domain.errors import InvalidValue
from desktop_oms.domain.intake import IncomingProduct
from desktop_oms.domain.orders import PaymentMethod, PaymentStatus
from desktop_oms.domain.users import Actor
from desktop_oms.services.order_entry_results import EntryLine
from desktop_oms.views.i18n import install_translator
from desktop_oms.views.messages import error_text, field_label, value_message
from tests.factories import add_products
from tests.integration.test_order_entry import AGENT, BERLIN, HANGZHOU, _new

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def chinese(qapp: QCoreApplication) -> Iterator[None]:
    translator = install_translator(qapp, "zh_CN")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def shop(sqlite_services: Services, admin: Actor) -> Services:
    add_products(sqlite_services, admin,
                 IncomingProduct("TEA-1", "龙井", "6901234567892", "Tea", Decimal("88.00"), 250, 5))
    return sqlite_services


BROKEN = [
    {"customer_name": " "}, {"email": "", "phone": ""}, {"email": "not-an-address"},
    {"ship_to": replace(HANGZHOU, phone="")}, {"ship_to": replace(HANGZHOU, province="Atlantis")},
    {"ship_to": replace(HANGZHOU, city="广州市")}, {"ship_to": replace(HANGZHOU, postcode="3100")},
    {"ship_to": replace(HANGZHOU, country="")}, {"ship_to": replace(BERLIN, postcode="")},
    {"payment_method": "bitcoin"}, {"payment_status": "refunded"}, {"lines": ()},
    {"lines": (EntryLine("TEA-1", 0),)}, {"lines": (EntryLine("NOPE", 1),)},
    {"lines": (EntryLine("TEA-1", 1, unit_price=Decimal("-1")),)},
    {"lines": (EntryLine("TEA-1", 1, ship_group=2),)},
    {"payment_method": PaymentMethod.COD, "payment_status": PaymentStatus.PAID},
]


@pytest.mark.parametrize("change", BROKEN, ids=lambda change: ",".join(change))
def test_every_refusal_of_the_order_desk_reads_in_chinese(shop: Services, chinese: None,
                                                          change: dict[str, object]) -> None:
    with pytest.raises(InvalidValue) as caught:
        shop.order_entry.create_order(_new(shop, ("TEA-1", 1), **change), actor=AGENT)
    error = caught.value
    said = error_text(error)
    words = {w for w in LATIN_WORD.findall(said)} - {"TEA", "NOPE", "Atlantis", "bitcoin", "SKU",
                                                      "not", "address"}  # the values typed
    assert value_message(error.message) != error.message, error.message
    assert not words, f"{error.field}: {error.message!r} -> {said!r}"


def test_the_field_names_read_as_the_form_says_them(chinese: None) -> None:
    assert field_label("line_2.qty") == "第 2 行，数量"
    assert field_label("ship_to_2.city") == "地址 2，城市"
    assert field_label("ship_postcode") == "邮编"
    assert field_label("a_field_nobody_named") == "a_field_nobody_named"  # unknown: as the service says it


def test_a_sentence_no_pattern_knows_is_shown_as_the_service_said_it(chinese: None) -> None:
    assert value_message("the moon is made of cheese") == "the moon is made of cheese"
    assert value_message("at most 255 characters") == "最多 255 个字符"
    assert value_message("a price other than the catalogue's needs a reason") == "价格与目录不同，需要填写原因"
    assert value_message("a new cod order is cod_collected or cod_pending, not paid") == \
        "新的货到付款订单应为货到付款已收或货到付款待收，而不是已付款"


def test_the_stock_desk_and_the_knowledge_base_refuse_in_chinese_too(shop: Services, admin: Actor,
                                                                     chinese: None) -> None:
    from desktop_oms.services.case_results import ArticleDraft

    refusals = []
    for attempt in (lambda: shop.stock.adjust("TEA-1", -2, "", actor=admin),
                    lambda: shop.stock.adjust("TEA-1", -50, "broken", actor=admin),
                    lambda: shop.knowledge.create(ArticleDraft(title="", body="x", lang="zh_CN"), actor=admin)):
        with pytest.raises(InvalidValue) as caught:
            attempt()
        refusals.append(error_text(caught.value))
    assert refusals[0] == "原因：调整库存需要填写原因"
    assert refusals[1].startswith("变动：") and "在库数不能低于订单已预留的数量" in refusals[1]
    assert refusals[2] == "标题：文章需要标题"
