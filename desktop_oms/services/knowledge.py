"""The knowledge base: the shop's standard answers, searched in Chinese or English, suggested per case, filled in.

Search takes any substring of title, body or tags, case-insensitive, word by word (all words must
occur): the FTS5 trigram index on SQLite and the pg_trgm index on PostgreSQL for words of three
characters or more, a LIKE / ILIKE below that (a two-character Chinese word is common, and the table
is small). User text is always a bound parameter, with LIKE's wildcards taken literally.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    case,
    column,
    insert,
    literal,
    literal_column,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection

from desktop_oms.db.models import CASES, ORDERS, SETTINGS, utcnow
from desktop_oms.db.models import KB_ARTICLES as KB
from desktop_oms.db.search_index import PG_KB_TEXT
from desktop_oms.db.uow import UnitOfWorkFactory
from desktop_oms.domain.cases import CaseReason, CaseType
from desktop_oms.domain.errors import InputRejected, InvalidValue, NotFound, StaleEdit
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services.case_results import Article, ArticleDraft, ArticleRow
from desktop_oms.services.notifications import language_for
from desktop_oms.services.search import like_pattern
from desktop_oms.services.settings import PREFIX as SHOP_PREFIX

LANGUAGES = ("en", "zh_CN", "zh_TW")
MAX_SEARCH, MAX_TITLE, MAX_TAGS, MAX_BODY = 100, 255, 255, 20_000
SNIPPET = 140
#: The placeholders a reply template may hold; any other text in braces is left as it is.
PLACEHOLDER = re.compile(r"\{(customer|order_no|case_no|shop)\}")
DEMO_FILE = ("resources", "kb", "articles.json")


@dataclass(frozen=True)
class ArticleImport:
    """What an import did: articles new, changed and already the same (matched by title and language)."""

    created: int
    updated: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


class KnowledgeService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    # --- reading -----------------------------------------------------------------------------

    def search(self, text: str, *, actor: Actor, lang: str | None = None, limit: int = 30,
               include_inactive: bool = False, prefer: str | None = None) -> list[ArticleRow]:
        """Articles holding every word of `text` (any substring); empty text: all, by title.

        `lang` keeps one language only; `prefer` lists that language first. Retired articles only for
        those who may edit the knowledge base, and only when asked.
        """
        actor.require(Permission.HANDLE_CASES)
        if include_inactive:
            actor.require(Permission.EDIT_KNOWLEDGE)
        words = _words(text)
        _check_limit(limit)
        if lang is not None:
            _check_lang(lang)
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            query = select(*_ROW_COLUMNS)
            conditions: list[ColumnElement[bool]] = [_search_condition(w, conn.dialect.name) for w in words]
            if not include_inactive:
                conditions.append(KB.c.active.is_(True))
            if lang is not None:
                conditions.append(KB.c.lang == lang)
            if conditions:
                query = query.where(and_(*conditions))
            order: list[Any] = []
            if words:
                in_title = and_(*(_contains(KB.c.title, w, conn.dialect.name) for w in words))
                order.append(case((in_title, 0), else_=1))
            if prefer:
                order.append(_language_rank(prefer))
            query = query.order_by(*order, KB.c.title, KB.c.id).limit(limit)
            return [_row(r, words) for r in conn.execute(query)]

    def suggest(self, case_type: str, reason: str, *, actor: Actor, lang: str | None = None,
                limit: int = 5) -> list[ArticleRow]:
        """Active articles meant for this case type and reason (an empty list in an article means any).

        The customer's language first (then its family: Traditional after Simplified Chinese), and in each
        language the closest match first: the reason named, then the type named, then the general ones.
        """
        actor.require(Permission.HANDLE_CASES)
        if case_type not in set(CaseType):
            raise InvalidValue("case_type", f"unknown case type {case_type!r}")
        if reason and reason not in set(CaseReason):
            raise InvalidValue("reason", f"unknown reason {reason!r}")
        if lang is not None:
            _check_lang(lang)
        _check_limit(limit)
        types_match = _listed(KB.c.case_types, case_type)
        reasons_match = _listed(KB.c.reasons, reason) if reason else KB.c.reasons == ""
        score = (case((and_(KB.c.reasons != "", reasons_match), 2), else_=0)
                 + case((KB.c.case_types != "", 1), else_=0))
        query = (select(*_ROW_COLUMNS)
                 .where(KB.c.active.is_(True), or_(KB.c.case_types == "", types_match),
                        or_(KB.c.reasons == "", reasons_match))
                 .order_by(*([_language_rank(lang)] if lang else []), score.desc(), KB.c.title, KB.c.id)
                 .limit(limit))
        with self._uow(read_only=True) as tx:
            return [_row(r, ()) for r in tx.connection.execute(query)]

    def suggest_for_case(self, case_no: str, *, actor: Actor, limit: int = 5) -> list[ArticleRow]:
        """`suggest` for a case's type and reason, in its customer's language (ship-to country, else the name)."""
        actor.require(Permission.HANDLE_CASES)
        with self._uow(read_only=True) as tx:
            found = tx.connection.execute(
                select(CASES.c.type, CASES.c.reason, ORDERS.c.ship_country, ORDERS.c.customer_name)
                .join(ORDERS, ORDERS.c.id == CASES.c.order_id).where(CASES.c.case_no == case_no.strip())).first()
        if found is None:
            raise NotFound("case", case_no)
        lang = language_for(found.ship_country or "", found.customer_name or "")
        return self.suggest(found.type, found.reason, actor=actor, lang=lang, limit=limit)

    def get(self, article_id: int, *, actor: Actor) -> Article:
        """One article in full (a retired one only for those who may edit the knowledge base)."""
        actor.require(Permission.HANDLE_CASES)
        with self._uow(read_only=True) as tx:
            article = _load(tx.connection, article_id)
        if not article.active and not actor.can(Permission.EDIT_KNOWLEDGE):
            raise NotFound("article", str(article_id))
        return article

    def render(self, article_id: int, case_no: str, *, actor: Actor) -> str:
        """The article's body for a reply on this case: {customer} {order_no} {case_no} {shop} filled in.

        Other text in braces stays as it is. Without a case number only {shop} is filled; the agent
        fills the rest.
        """
        actor.require(Permission.HANDLE_CASES)
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            article = _load(conn, article_id)
            if not article.active and not actor.can(Permission.EDIT_KNOWLEDGE):
                raise NotFound("article", str(article_id))
            shop = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == SHOP_PREFIX + "name")).scalar()
            values = {"shop": shop or ""}
            case_no = case_no.strip()
            if case_no:
                found = conn.execute(
                    select(CASES.c.case_no, ORDERS.c.order_no, ORDERS.c.customer_name, ORDERS.c.ship_name)
                    .join(ORDERS, ORDERS.c.id == CASES.c.order_id)
                    .where(CASES.c.case_no == case_no)).first()
                if found is None:
                    raise NotFound("case", case_no)
                values.update(case_no=found.case_no, order_no=found.order_no,
                              customer=found.customer_name or found.ship_name or "")
        return fill(article.body, values)

    # --- editing -----------------------------------------------------------------------------

    def create(self, draft: ArticleDraft, *, actor: Actor) -> Article:
        actor.require(Permission.EDIT_KNOWLEDGE)
        clean = validate(draft)
        with self._uow() as tx:
            conn = tx.connection
            _check_unique(conn, clean)
            article_id = _insert(conn, clean, actor)
            audit.record(conn, actor, "kb", str(article_id), "create", reason=clean.title)
            article = _load(conn, article_id)
            tx.commit()
            return article

    def update(self, article_id: int, draft: ArticleDraft, *, actor: Actor, version: int) -> Article:
        """Save an edit made on `version`; StaleEdit when someone saved the article meanwhile."""
        actor.require(Permission.EDIT_KNOWLEDGE)
        clean = validate(draft)
        with self._uow() as tx:
            conn = tx.connection
            _update(conn, article_id, version, actor, _values(clean))
            _check_unique(conn, clean, article_id)
            audit.record(conn, actor, "kb", str(article_id), "update", reason=clean.title)
            article = _load(conn, article_id)
            tx.commit()
            return article

    def set_active(self, article_id: int, active: bool, *, actor: Actor, version: int) -> Article:
        """Retire an article (agents no longer see it) or bring it back."""
        actor.require(Permission.EDIT_KNOWLEDGE)
        with self._uow() as tx:
            conn = tx.connection
            _update(conn, article_id, version, actor, {"active": active})
            audit.record(conn, actor, "kb", str(article_id), "restore" if active else "retire")
            article = _load(conn, article_id)
            tx.commit()
            return article

    def import_articles(self, source: Path | str | Mapping[str, Any] | Sequence[Any], *,
                        actor: Actor) -> ArticleImport:
        """Articles from a JSON file (a path) or its parsed content, matched by (title, language):
        new ones created, changed ones updated, the same ones left alone — importing twice changes nothing.
        The whole file is checked before anything is written."""
        actor.require(Permission.EDIT_KNOWLEDGE)
        drafts = parse_articles(_read(source) if isinstance(source, Path | str) else source)
        created = updated = unchanged = 0
        with self._uow() as tx:
            conn = tx.connection
            existing = {(r.title, r.lang): r for r in conn.execute(select(*_FULL_COLUMNS))}
            for draft in drafts:
                found = existing.get((draft.title, draft.lang))
                if found is None:
                    article_id = _insert(conn, draft, actor)
                    audit.record(conn, actor, "kb", str(article_id), "import", reason=draft.title)
                    created += 1
                elif _article(found) == _same_as(_article(found), draft):
                    unchanged += 1
                else:
                    _update(conn, found.id, found.version, actor, _values(draft))
                    audit.record(conn, actor, "kb", str(found.id), "import", reason=draft.title)
                    updated += 1
            tx.commit()
        return ArticleImport(created, updated, unchanged)


# ----------------------------------------------------------------------------------- validation


def validate(draft: ArticleDraft) -> ArticleDraft:
    """The draft tidied (trimmed, tags and codes de-duplicated), or InvalidValue naming the field."""
    title = " ".join(draft.title.split())
    if not title:
        raise InvalidValue("title", "an article needs a title")
    if len(title) > MAX_TITLE:
        raise InvalidValue("title", f"a title has at most {MAX_TITLE} characters")
    body = draft.body.strip()
    if not body:
        raise InvalidValue("body", "an article needs a body")
    if len(body) > MAX_BODY:
        raise InvalidValue("body", f"a body has at most {MAX_BODY:,} characters")
    tags = ",".join(dict.fromkeys(t for t in (" ".join(p.split()) for p in re.split(r"[,，]", draft.tags)) if t))
    if len(tags) > MAX_TAGS:
        raise InvalidValue("tags", f"the tags have at most {MAX_TAGS} characters together")
    if draft.lang not in LANGUAGES:
        raise InvalidValue("lang", f"the language is one of {', '.join(LANGUAGES)}, not {draft.lang!r}")
    types = tuple(dict.fromkeys(draft.case_types))
    unknown = [t for t in types if t not in set(CaseType)]
    if unknown:
        raise InvalidValue("case_types", f"unknown case type {unknown[0]!r}")
    reasons = tuple(dict.fromkeys(draft.reasons))
    unknown = [r for r in reasons if r not in set(CaseReason)]
    if unknown:
        raise InvalidValue("reasons", f"unknown reason {unknown[0]!r}")
    return ArticleDraft(title=title, body=body, tags=tags, lang=draft.lang, case_types=types, reasons=reasons,
                        active=draft.active)


def fill(body: str, values: Mapping[str, str]) -> str:
    """The placeholders found in `values` filled in; everything else (other braces too) as written."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), body)


def parse_articles(document: Mapping[str, Any] | Sequence[Any]) -> list[ArticleDraft]:
    """The drafts in an articles document, each checked; InputRejected names the first bad entry.

    The document is ``{"articles": [...]}`` or the list itself. An entry is one article
    (``title``, ``body``, ``lang``, ``tags``, ``case_types``, ``reasons``) or a topic in several languages:
    ``{"case_types": [...], "reasons": [...], "translations": {"en": {"title", "body", "tags"}, ...}}``.
    """
    entries = document.get("articles") if isinstance(document, Mapping) else document
    if not isinstance(entries, Sequence) or isinstance(entries, str):
        raise InputRejected('an articles file holds a list of articles (or {"articles": [...]})')
    drafts: list[ArticleDraft] = []
    seen: set[tuple[str, str]] = set()
    for number, entry in enumerate(entries, 1):
        try:
            for draft in _entry_drafts(entry):
                clean = validate(draft)
                key = (clean.title, clean.lang)
                if key in seen:
                    raise InvalidValue("title", f"{clean.title!r} ({clean.lang}) is in the file twice")
                seen.add(key)
                drafts.append(clean)
        except (InvalidValue, TypeError, ValueError) as error:
            raise InputRejected(f"article {number}: {error}") from None
    return drafts


def demo_articles() -> list[ArticleDraft]:
    """The demo shop's articles, shipped in the package (resources/kb/articles.json)."""
    path = resources.files("desktop_oms").joinpath(*DEMO_FILE)
    return parse_articles(json.loads(path.read_text(encoding="utf-8")))


def _entry_drafts(entry: Any) -> Iterable[ArticleDraft]:
    if not isinstance(entry, Mapping):
        raise ValueError("an entry is an object")
    codes = {"case_types": _codes(entry.get("case_types", ())), "reasons": _codes(entry.get("reasons", ()))}
    translations = entry.get("translations")
    if translations is None:
        yield _draft(entry, str(entry.get("lang", "en")), codes)
        return
    if not isinstance(translations, Mapping) or not translations:
        raise ValueError("translations is an object of language → article")
    for lang, article in translations.items():
        if not isinstance(article, Mapping):
            raise ValueError(f"translations.{lang} is an object")
        yield _draft(article, str(lang), codes)


def _draft(entry: Mapping[str, Any], lang: str, codes: Mapping[str, tuple[str, ...]]) -> ArticleDraft:
    tags = entry.get("tags", "")
    body = entry.get("body", "")
    return ArticleDraft(
        title=str(entry.get("title", "")),
        body="\n".join(str(b) for b in body) if isinstance(body, list) else str(body),
        tags=",".join(str(t) for t in tags) if isinstance(tags, list) else str(tags),
        lang=lang, case_types=codes["case_types"], reasons=codes["reasons"],
        active=bool(entry.get("active", True)))


def _codes(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(c.strip() for c in value.split(",") if c.strip())
    if isinstance(value, Sequence):
        return tuple(str(c).strip() for c in value if str(c).strip())
    raise ValueError("case_types and reasons are lists of codes")


def _read(source: Path | str) -> Any:
    path = Path(source)
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise InputRejected(f"{path}: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputRejected(f"{path} is not a JSON file in UTF-8 ({error})") from None


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise InvalidValue("lang", f"the language is one of {', '.join(LANGUAGES)}, not {lang!r}")


def _check_limit(limit: int) -> None:
    if not 0 < limit <= 1_000:
        raise InvalidValue("limit", "must be from 1 to 1000")


def _words(text: str) -> list[str]:
    if len(text) > MAX_SEARCH:
        raise InvalidValue("search", f"at most {MAX_SEARCH} characters")
    return list(dict.fromkeys(text.split()))


# ----------------------------------------------------------------------------------------- SQL

_ROW_COLUMNS = (KB.c.id, KB.c.title, KB.c.lang, KB.c.tags, KB.c.body, KB.c.case_types, KB.c.reasons,
                KB.c.updated_at)
_FULL_COLUMNS = (KB.c.id, KB.c.title, KB.c.body, KB.c.tags, KB.c.lang, KB.c.case_types, KB.c.reasons,
                 KB.c.active, KB.c.version, KB.c.updated_at, KB.c.updated_by)


def _search_condition(word: str, dialect: str) -> ColumnElement[bool]:
    """One word anywhere in title, body or tags, case-insensitive."""
    if dialect == "postgresql":
        return literal_column(PG_KB_TEXT).ilike(like_pattern(word), escape="\\")  # the pg_trgm GIN index
    if len(word) < 3:  # below a trigram: SQLite's LIKE (which ignores ASCII case) over a small table
        pattern = like_pattern(word)
        return or_(*(col.like(pattern, escape="\\") for col in (KB.c.title, KB.c.body, KB.c.tags)))
    phrase = '"' + word.replace('"', '""') + '"'
    matches = text("SELECT rowid FROM kb_fts WHERE kb_fts MATCH :phrase")  # the FTS5 trigram index
    return KB.c.id.in_(matches.bindparams(phrase=phrase).columns(column("rowid", Integer)))


def _contains(col: Any, word: str, dialect: str) -> ColumnElement[bool]:
    pattern = like_pattern(word)
    result: ColumnElement[bool] = (col.ilike(pattern, escape="\\") if dialect == "postgresql"
                                   else col.like(pattern, escape="\\"))
    return result


def _listed(col: Any, code: str) -> ColumnElement[bool]:
    """A code in a comma-separated list of codes (codes hold no wildcards)."""
    result: ColumnElement[bool] = (literal(",") + col + literal(",")).like(f"%,{code},%")
    return result


def _language_rank(lang: str) -> ColumnElement[int]:
    """0 for the language itself, 1 for its family (zh_TW beside zh_CN), 2 for the others."""
    family = lang.split("_")[0]
    return case((KB.c.lang == lang, 0), (KB.c.lang.like(f"{family}%"), 1), else_=2)


def _row(r: Any, words: Sequence[str]) -> ArticleRow:
    return ArticleRow(id=r.id, title=r.title, lang=r.lang, tags=r.tags, snippet=snippet(r.body, words),
                      case_types=_split(r.case_types), reasons=_split(r.reasons), updated_at=r.updated_at)


def snippet(body: str, words: Sequence[str] = ()) -> str:
    """The start of the body, or the text around the first word found, on one line."""
    flat = " ".join(body.split())
    lowered = flat.casefold()
    at = min((i for i in (lowered.find(w.casefold()) for w in words) if i >= 0), default=-1)
    start = max(0, at - SNIPPET // 3) if at > SNIPPET // 2 else 0
    piece = flat[start:start + SNIPPET]
    return ("…" if start else "") + piece + ("…" if start + SNIPPET < len(flat) else "")


def _split(codes: str) -> tuple[str, ...]:
    return tuple(c for c in codes.split(",") if c)


def _article(r: Any) -> Article:
    return Article(id=r.id, title=r.title, body=r.body, tags=r.tags, lang=r.lang, case_types=_split(r.case_types),
                   reasons=_split(r.reasons), active=bool(r.active), version=r.version, updated_at=r.updated_at,
                   updated_by=r.updated_by)


def _same_as(article: Article, draft: ArticleDraft) -> Article:
    """`article` with the draft's content: equal to the article itself when the draft changes nothing."""
    return Article(id=article.id, title=draft.title, body=draft.body, tags=draft.tags, lang=draft.lang,
                   case_types=draft.case_types, reasons=draft.reasons, active=draft.active, version=article.version,
                   updated_at=article.updated_at, updated_by=article.updated_by)


def _load(conn: Connection, article_id: int) -> Article:
    found = conn.execute(select(*_FULL_COLUMNS).where(KB.c.id == article_id)).first()
    if found is None:
        raise NotFound("article", str(article_id))
    return _article(found)


def _values(draft: ArticleDraft) -> dict[str, Any]:
    return {"title": draft.title, "body": draft.body, "tags": draft.tags, "lang": draft.lang,
            "case_types": ",".join(draft.case_types), "reasons": ",".join(draft.reasons), "active": draft.active}


def _insert(conn: Connection, draft: ArticleDraft, actor: Actor) -> int:
    now = utcnow()
    result = conn.execute(insert(KB).values(**_values(draft), created_at=now, updated_at=now,
                                            updated_by=actor.name, version=1).returning(KB.c.id))
    return int(result.scalar_one())


def _update(conn: Connection, article_id: int, version: int, actor: Actor, values: Mapping[str, Any]) -> None:
    """One conditional statement: changed only if nobody saved it since `version` (else StaleEdit)."""
    result = conn.execute(update(KB).where(KB.c.id == article_id, KB.c.version == version)
                          .values(**values, version=KB.c.version + 1, updated_at=utcnow(), updated_by=actor.name))
    if result.rowcount == 0:
        if conn.execute(select(KB.c.id).where(KB.c.id == article_id)).first() is None:
            raise NotFound("article", str(article_id))
        raise StaleEdit("article", str(article_id))


def _check_unique(conn: Connection, draft: ArticleDraft, article_id: int | None = None) -> None:
    query = select(KB.c.id).where(KB.c.title == draft.title, KB.c.lang == draft.lang)
    if article_id is not None:
        query = query.where(KB.c.id != article_id)
    if conn.execute(query).first() is not None:
        raise InvalidValue("title", f"there is already an article {draft.title!r} in {draft.lang}")
