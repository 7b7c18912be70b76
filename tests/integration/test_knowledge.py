"""The knowledge base on a SQLite file and on PostgreSQL: search, suggestions, filling in, editing, import."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from desktop_oms.bootstrap import Services
from desktop_oms.db.models import AUDIT_LOG, CASES, KB_ARTICLES, ORDERS, utcnow
from desktop_oms.domain.errors import InputRejected, InvalidValue, NotFound, PermissionDenied, StaleEdit
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.case_results import ArticleDraft
from desktop_oms.services.demo import DemoService
from desktop_oms.services.knowledge import demo_articles
from desktop_oms.services.settings import ShopDetails
from tests.factories import add_products, import_orders, order, product

AGENT = Actor("agent", Role.AGENT)
MANAGER = Actor("manager", Role.MANAGER)

RETURNS_EN = ArticleDraft(
    "Return policy: 7 days", "Dear {customer}, order {order_no} may be returned within 7 days. Case {case_no}. "
    "— {shop} {unknown}", tags="return,policy", lang="en", case_types=("return",))
RETURNS_ZH = ArticleDraft(
    "退货政策：七天无理由退货", "{customer}您好，订单{order_no}签收后7天内可无理由退货。工单号{case_no}。—— {shop}",
    tags="退货,政策", lang="zh_CN", case_types=("return",))
DAMAGED_EN = ArticleDraft(
    "Damaged parcel", "Please send photos of the box and the item; 100% off_label discount.", tags="damaged,carrier",
    lang="en", case_types=("return", "refund"), reasons=("damaged",))
DAMAGED_ZH = ArticleDraft("包裹破损", "请提供外箱和商品的照片，我们会尽快补发。", tags="破损,快递", lang="zh_CN",
                          case_types=("return", "refund"), reasons=("damaged",))
FAPIAO = ArticleDraft("Invoices (fapiao)", "Electronic invoices are issued within 2 working days.",
                      tags="invoice,fapiao", lang="en")


@pytest.fixture
def kb(services: Services) -> Services:
    for draft in (RETURNS_EN, RETURNS_ZH, DAMAGED_EN, DAMAGED_ZH, FAPIAO):
        services.knowledge.create(draft, actor=MANAGER)
    return services


def _titles(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [r.title for r in rows]


def test_chinese_words_of_two_and_of_three_or_more_characters_are_found(kb: Services) -> None:
    search = kb.knowledge.search
    assert _titles(search("退货", actor=AGENT)) == ["退货政策：七天无理由退货"]
    assert _titles(search("破", actor=AGENT)) == ["包裹破损"]
    assert _titles(search("七天无理由", actor=AGENT)) == ["退货政策：七天无理由退货"]
    assert _titles(search("外箱和商品", actor=AGENT)) == ["包裹破损"]  # in the body
    assert search("退货 破损", actor=AGENT) == []  # every word must occur


def test_english_substrings_are_found_whatever_their_case_and_tags_count(kb: Services) -> None:
    search = kb.knowledge.search
    assert _titles(search("RETURN", actor=AGENT)) == ["Return policy: 7 days"]
    assert _titles(search("arcel", actor=AGENT)) == ["Damaged parcel"]
    assert _titles(search("fapiao", actor=AGENT)) == ["Invoices (fapiao)"]  # a tag and the title
    assert _titles(search("carrier", actor=AGENT)) == ["Damaged parcel"]  # a tag only
    assert _titles(search("Photos BOX", actor=AGENT)) == ["Damaged parcel"]
    assert _titles(search("po", actor=AGENT, lang="en")) == ["Return policy: 7 days"]
    found = search("", actor=AGENT)
    assert len(found) == 5 and _titles(found) == sorted(_titles(found))
    assert found[0].snippet and "\n" not in found[0].snippet


def test_like_wildcards_and_quotes_in_a_search_are_taken_literally(kb: Services) -> None:
    search = kb.knowledge.search
    assert _titles(search("%", actor=AGENT)) == ["Damaged parcel"]  # "100%"
    assert _titles(search("f_l", actor=AGENT)) == ["Damaged parcel"]  # "off_label"
    assert _titles(search("_la", actor=AGENT)) == ["Damaged parcel"]  # not "order_no"
    assert search("a'b\"c", actor=AGENT) == [] and search("\"", actor=AGENT) == []
    with pytest.raises(InvalidValue) as refused:
        search("x" * 101, actor=AGENT)
    assert refused.value.field == "search"


def test_suggestions_match_type_and_reason_in_the_customers_language_first(kb: Services) -> None:
    suggest = kb.knowledge.suggest
    damaged = suggest("return", "damaged", actor=AGENT, lang="zh_CN")
    assert _titles(damaged)[:2] == ["包裹破损", "退货政策：七天无理由退货"]
    assert {r.lang for r in damaged[2:]} == {"en"}
    assert _titles(suggest("return", "damaged", actor=AGENT, lang="en"))[:3] == [
        "Damaged parcel", "Return policy: 7 days", "Invoices (fapiao)"]
    assert _titles(suggest("complaint", "late", actor=AGENT, lang="en")) == ["Invoices (fapiao)"]  # generic only
    assert "包裹破损" in _titles(suggest("refund", "damaged", actor=AGENT, lang="zh_TW"))[:1]
    assert len(suggest("return", "damaged", actor=AGENT, limit=2)) == 2
    with pytest.raises(InvalidValue):
        suggest("repair", "damaged", actor=AGENT)


def test_an_article_is_filled_in_for_a_case(kb: Services, admin: Actor) -> None:
    add_products(kb, admin, product("TEA-1", 5))
    import_orders(kb, admin, order("K-1", ("TEA-1", 1)))
    kb.settings.save_shop_details(ShopDetails(name="演示茶舍 Demo Tea House"), admin)
    with kb.engine.begin() as conn:
        order_id = conn.execute(select(ORDERS.c.id).where(ORDERS.c.order_no == "K-1")).scalar_one()
        conn.execute(insert(CASES).values(case_no="C-00042", order_id=order_id, type="return", status="requested",
                                          reason="damaged", created_at=utcnow(), updated_at=utcnow(), version=1))
    article = kb.knowledge.search("Return policy", actor=AGENT)[0]
    text = kb.knowledge.render(article.id, "C-00042", actor=AGENT)
    assert text == ("Dear 王芳 Wang Fang, order K-1 may be returned within 7 days. Case C-00042. "
                    "— 演示茶舍 Demo Tea House {unknown}")
    zh = kb.knowledge.search("退货政策", actor=AGENT)[0]
    assert kb.knowledge.render(zh.id, "C-00042", actor=AGENT).startswith("王芳 Wang Fang您好，订单K-1")
    assert "{customer}" in kb.knowledge.render(article.id, "", actor=AGENT)
    assert _titles(kb.knowledge.suggest_for_case("C-00042", actor=AGENT))[:2] == [  # shipped to CN: Chinese first
        "包裹破损", "退货政策：七天无理由退货"]
    with pytest.raises(NotFound):
        kb.knowledge.render(article.id, "C-99999", actor=AGENT)


def test_agents_read_but_only_managers_edit_and_retire(kb: Services) -> None:
    knowledge = kb.knowledge
    with pytest.raises(PermissionDenied):
        knowledge.create(replace(FAPIAO, title="New"), actor=AGENT)
    with pytest.raises(PermissionDenied):
        knowledge.search("", actor=Actor("packer", Role.PACKER))
    row = knowledge.search("fapiao", actor=AGENT)[0]
    article = knowledge.get(row.id, actor=AGENT)
    with pytest.raises(PermissionDenied):
        knowledge.update(article.id, replace(FAPIAO, body="changed"), actor=AGENT, version=article.version)
    with pytest.raises(PermissionDenied):
        knowledge.set_active(article.id, False, actor=AGENT, version=article.version)
    edited = knowledge.update(article.id, replace(FAPIAO, body="Issued in 3 days.", tags="发票, invoice ,发票"),
                              actor=MANAGER, version=article.version)
    assert (edited.body, edited.tags, edited.version, edited.updated_by) == (
        "Issued in 3 days.", "发票,invoice", article.version + 1, "manager")
    assert _titles(knowledge.search("发票", actor=AGENT)) == ["Invoices (fapiao)"]  # the index follows the edit
    retired = knowledge.set_active(article.id, False, actor=MANAGER, version=edited.version)
    assert not retired.active
    assert knowledge.search("fapiao", actor=AGENT) == []
    assert _titles(knowledge.search("fapiao", actor=MANAGER, include_inactive=True)) == ["Invoices (fapiao)"]
    with pytest.raises(NotFound):
        knowledge.get(article.id, actor=AGENT)
    with kb.engine.connect() as conn:
        actions = conn.execute(select(AUDIT_LOG.c.action).where(
            AUDIT_LOG.c.entity == "kb", AUDIT_LOG.c.entity_ref == str(article.id)).order_by(AUDIT_LOG.c.id)).scalars()
        assert list(actions) == ["create", "update", "retire"]


def test_an_edit_made_on_an_old_version_is_refused(kb: Services) -> None:
    knowledge = kb.knowledge
    article = knowledge.get(knowledge.search("fapiao", actor=AGENT)[0].id, actor=MANAGER)
    knowledge.update(article.id, replace(FAPIAO, body="first desk"), actor=MANAGER, version=article.version)
    with pytest.raises(StaleEdit):
        knowledge.update(article.id, replace(FAPIAO, body="second desk"), actor=MANAGER, version=article.version)
    with pytest.raises(StaleEdit):
        knowledge.set_active(article.id, False, actor=MANAGER, version=article.version)
    assert knowledge.get(article.id, actor=MANAGER).body == "first desk"
    with pytest.raises(NotFound):
        knowledge.update(99_999, FAPIAO, actor=MANAGER, version=1)


@pytest.mark.parametrize(("change", "field"), [
    ({"title": "  "}, "title"), ({"body": ""}, "body"), ({"lang": "de"}, "lang"),
    ({"case_types": ("repair",)}, "case_types"), ({"reasons": ("bored",)}, "reasons"),
    ({"title": "Damaged parcel"}, "title"),  # the same title in the same language again
])
def test_a_bad_draft_is_refused_naming_the_field(kb: Services, change: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        kb.knowledge.create(replace(DAMAGED_EN, **change), actor=MANAGER)  # type: ignore[arg-type]
    assert refused.value.field == field


def test_importing_the_same_file_twice_changes_nothing(services: Services, tmp_path: Path) -> None:
    document = {"articles": [
        {"case_types": ["return"], "reasons": ["damaged"], "translations": {
            "en": {"title": "Broken", "body": ["Sorry, {customer}.", "We resend."], "tags": ["damaged"]},
            "zh_CN": {"title": "破损", "body": "抱歉，{customer}。", "tags": "破损"}}},
        {"title": "Hours", "body": "9 to 6", "lang": "en"},
    ]}
    path = tmp_path / "kb.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    first = services.knowledge.import_articles(path, actor=MANAGER)
    again = services.knowledge.import_articles(str(path), actor=MANAGER)
    assert (first.created, first.updated, first.unchanged) == (3, 0, 0)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    document["articles"][1]["body"] = "9 to 7"  # type: ignore[index]
    changed = services.knowledge.import_articles(document, actor=MANAGER)
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 2)
    broken = services.knowledge.get(services.knowledge.search("Broken", actor=AGENT)[0].id, actor=AGENT)
    assert broken.body == "Sorry, {customer}.\nWe resend." and broken.reasons == ("damaged",)
    with pytest.raises(PermissionDenied):
        services.knowledge.import_articles(path, actor=AGENT)
    with pytest.raises(InputRejected, match="article 2"):
        services.knowledge.import_articles([{"title": "A", "body": "b"}, {"title": "", "body": "b"}], actor=MANAGER)
    with services.engine.connect() as conn:
        assert len(conn.execute(select(KB_ARTICLES.c.id)).all()) == 3


def test_the_demo_shop_loads_the_articles_and_every_topic_speaks_english_and_chinese(
        services: Services, admin: Actor) -> None:
    drafts = demo_articles()
    summary = DemoService(services.uow).generate(orders=0, actor=admin)
    assert summary.kb_articles == len(drafts) >= 40
    report = services.knowledge.import_articles(
        Path(__file__).parents[2] / "desktop_oms/resources/kb/articles.json", actor=MANAGER)
    assert (report.created, report.updated, report.unchanged) == (0, 0, len(drafts))  # the demo's, unchanged
    english = {d for d in drafts if d.lang == "en"}
    assert len(english) >= 20 and len([d for d in drafts if d.lang == "zh_CN"]) == len(english)
    assert all(d.case_types or d.reasons for d in drafts if "policy" not in d.tags)
    assert kb_search_finds(services, "货到付款") and kb_search_finds(services, "Alipay")
    suggested = services.knowledge.suggest("refund", "never_arrived", actor=AGENT, lang="zh_CN")
    assert suggested and suggested[0].lang == "zh_CN" and "never_arrived" in suggested[0].reasons


def kb_search_finds(services: Services, text: str) -> bool:
    return bool(services.knowledge.search(text, actor=AGENT))


def test_the_command_line_imports_and_searches_the_knowledge_base(
        sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_oms.cli import main

    articles = Path(__file__).parents[2] / "desktop_oms/resources/kb/articles.json"
    assert main(["--db", sqlite_url, "kb", "import", str(articles), "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["created"] >= 40 and created["unchanged"] == 0
    assert main(["--db", sqlite_url, "kb", "import", str(articles), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"created": 0, "updated": 0, "unchanged": created["created"]}
    assert main(["--db", sqlite_url, "kb", "search", "货到付款", "--lang", "zh_CN", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found and all(r["lang"] == "zh_CN" for r in found) and "cod" not in found[0]["case_types"]
    body = tmp_path / "body.txt"
    body.write_text("Hello {customer}", encoding="utf-8")
    assert main(["--db", sqlite_url, "kb", "add", "--title", "Hi", "--body-file", str(body),
                 "--reasons", "bored"]) == 1
    assert "reasons" in capsys.readouterr().err
