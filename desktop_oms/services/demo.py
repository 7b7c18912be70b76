"""A living demo shop: catalogue, customers and a year of orders in every state, with stock, tracking and cases."""

from __future__ import annotations

import multiprocessing
import os
import queue
import random
import shutil
import tempfile
import threading
import traceback
from bisect import bisect
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import accumulate, islice
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any, NamedTuple

from faker import Faker
from sqlalchemy import Numeric, Table, bindparam, insert, select, update
from sqlalchemy.engine import Connection, Engine

from desktop_oms.db.bulk import (
    attach_stage,
    copy_rows,
    copy_staged,
    insert_rows,
    insert_values,
    max_id,
    open_stage,
    reserve_ids,
    resume_order_search,
    stage_rows,
    suspend_order_search,
)
from desktop_oms.db.models import (
    AUDIT_LOG,
    CASE_LINES,
    CASES,
    CUSTOMER_ADDRESSES,
    CUSTOMERS,
    KB_ARTICLES,
    ORDER_LINES,
    ORDER_SHIP_GROUPS,
    ORDERS,
    PAYMENTS,
    PRODUCTS,
    REFUNDS,
    SCAN_LOG,
    SHIPMENT_LINES,
    SHIPMENTS,
    STOCK,
    STOCK_LEDGER,
    TRACKING_EVENTS,
    USERS,
    UTCDateTime,
    utcnow,
)
from desktop_oms.db.uow import UnitOfWorkFactory
from desktop_oms.domain.cases import LEDGER_RETURN_RESTOCK, LEDGER_RETURN_WRITE_OFF
from desktop_oms.domain.errors import InputRejected, InvalidValue
from desktop_oms.domain.orders import GOODS_LEFT, HOLDS_RESERVATION, OrderStatus, PaymentMethod
from desktop_oms.domain.stock import LedgerKind, effect
from desktop_oms.domain.tracking import TrackingStatus
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import demo_data as data
from desktop_oms.services.allocation import MAIN_WAREHOUSE
from desktop_oms.services.catalogue import ensure_category
from desktop_oms.services.knowledge import demo_articles
from desktop_oms.services.stock import ensure_stock_row

BATCH = 20_000
HOUR, DAY = 3_600, 86_400
BEIJING = 8 * HOUR  # the shop's clock: order days, the Double 11 rush and "today" are Beijing time
WINDOW_DAYS = 365
EPOCH = date(1970, 1, 1)
CASE_RATE = 0.01
NEVER = 1 << 62
SALE_DAYS = ((11, 11), (6, 18))  # Double 11 and 618: 15% off

Row = tuple[Any, ...]

# Statuses and payment values as plain strings (the hot loop writes them straight into rows).
PENDING, ACCEPTED, ON_HOLD, BACKORDERED = "pending_payment", "accepted", "on_hold", "backordered"
ALLOCATED, PICKING, PACKED, SHIPPED = "allocated", "picking", "packed", "shipped"
DELIVERED, COMPLETED, CANCELLED = "delivered", "completed", "cancelled"
STATUSES = tuple(s.value for s in OrderStatus)
RESERVING = frozenset(s.value for s in HOLDS_RESERVATION)
LEFT = frozenset(s.value for s in GOODS_LEFT)
AFTER_ALLOCATION = frozenset({ALLOCATED, PICKING, PACKED, SHIPPED, DELIVERED, COMPLETED})
COD = PaymentMethod.COD.value
METHODS = tuple(m.value for m in PaymentMethod)  # alipay wechat_pay card bank_transfer cod other

#: How far each status has come along: payment 0, allocation 1, pick 2, pack 3, ship 4, delivery 5, completion 6.
STAGE = {
    PENDING: -1,
    ACCEPTED: 0,
    BACKORDERED: 0,
    ALLOCATED: 1,
    PICKING: 2,
    PACKED: 3,
    SHIPPED: 4,
    DELIVERED: 5,
    COMPLETED: 6,
}
#: Typical time each step takes (seconds: shortest, spread); payment (0) and delivery (5) are drawn apart.
STEP_TIME = (
    (0, 0),
    (0.3 * HOUR, 5.7 * HOUR),
    (0.5 * HOUR, 7.5 * HOUR),
    (0.2 * HOUR, 1.8 * HOUR),
    (1 * HOUR, 9 * HOUR),
    (0, 0),
    (1 * DAY, 7 * DAY),
)
#: The last move of an order in each status: (action, from status).
LAST_MOVE = {
    ACCEPTED: ("pay", PENDING),
    BACKORDERED: ("backorder", ACCEPTED),
    ALLOCATED: ("allocate", ACCEPTED),
    PICKING: ("pick", ALLOCATED),
    PACKED: ("pack", PICKING),
    SHIPPED: ("ship", PACKED),
    DELIVERED: ("deliver", SHIPPED),
    COMPLETED: ("complete", DELIVERED),
}

#: Order age (days, upper bound) → weights of STATUSES (pending_payment, accepted, on_hold, backordered,
#: allocated, picking, packed, shipped, delivered, completed, cancelled).
STATUS_WEIGHTS = (
    (0.25, (22, 40, 2, 4, 20, 6, 3, 0, 0, 0, 3)),
    (1, (7, 12, 3, 5, 18, 14, 14, 24, 0, 0, 3)),
    (3, (0, 2, 3, 4, 5, 3, 5, 68, 6, 0, 4)),
    (10, (0, 0, 1, 1.5, 0, 0, 0, 30, 58, 5, 4.5)),
    (30, (0, 0, 0.2, 0, 0, 0, 0, 1.5, 12, 82, 4.3)),
    (NEVER / DAY, (0, 0, 0, 0, 0, 0, 0, 0.15, 0.8, 95, 4)),
)
HELD_FROM = (PENDING, ACCEPTED, BACKORDERED, ALLOCATED, PACKED)
HELD_FROM_CUM = list(accumulate((15, 35, 10, 25, 15)))
DOMESTIC_METHOD_CUM = list(accumulate((40, 32, 6, 5, 12, 5)))
ABROAD_METHOD_CUM = list(accumulate((0, 0, 70, 10, 0, 20)))
CHANNELS = ("shopify", "woocommerce", "manual", "csv")
CHANNEL_CUM = list(accumulate((30, 25, 10, 35)))
LINE_COUNT_CUM = list(accumulate((50, 25, 13, 8, 4)))
QTY_CUM = list(accumulate((72, 18, 6, 4)))
CASE_TYPES = ("return", "refund", "exchange", "complaint")
CASE_TYPE_CUM = list(accumulate((40, 25, 15, 20)))
TRANSIT_HOPS_CUM = list(accumulate((70, 25, 5)))  # 1, 2 or 3 in-transit scans before delivery
PHONE_PREFIXES = tuple(
    (
        "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 158 159 177 180 181 182 183 "
        "185 186 187 188 189 199"
    ).split()
)
MAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "outlook.com")
MAIL_DOMAIN_CUM = list(accumulate((38, 22, 10, 5, 8, 10, 7)))
BANKS = ("中国工商银行 ICBC", "中国建设银行 CCB", "招商银行 CMB", "中国银行 BOC", "交通银行 BOCOM")

PRODUCT_COLUMNS = tuple(
    (
        "id sku barcode name category_id attributes price weight_g active low_stock_threshold "
        "created_by_import created_at updated_at"
    ).split()
)
ORDER_COLUMNS = tuple(
    (
        "id order_no channel external_id created_at status held_from hold_reason payment_method "
        "payment_status currency subtotal shipping_total discount_total tax_total total "
        "refunded_total customer_id customer_name email phone ship_name ship_address1 ship_address2 "
        "ship_city ship_province ship_postcode ship_country ship_phone bill_to notes gift_message "
        "tags history_only updated_at version"
    ).split()
)
LINE_COLUMNS = tuple(
    (
        "id order_id line_no product_id sku name qty unit_price line_total reserved_qty shipped_qty "
        "returned_qty ship_group"
    ).split()
)
AUDIT_COLUMNS = ("time", "user", "entity", "entity_ref", "action", "from_status", "to_status", "reason")
PAYMENT_COLUMNS = tuple("order_id kind method amount status reference bank_details created_at user".split())
SHIPMENT_COLUMNS = tuple(
    (
        "id order_id ship_group carrier tracking_no status shipped_at delivered_at last_polled_at "
        "next_poll_at last_event_at needs_attention"
    ).split()
)
SHIPMENT_LINE_COLUMNS = ("shipment_id", "order_line_id", "qty")
SHIP_GROUP_COLUMNS = ("order_id", "ship_group", "name", "address1", "address2", "city", "province", "postcode",
                      "country", "phone", "packed_by")
EVENT_COLUMNS = ("shipment_id", "time", "status", "code", "description", "location")
CASE_COLUMNS = tuple(
    (
        "id case_no order_id type status reason note resolution refund_amount owner priority "
        "sla_due created_at updated_at version category opened_by closed_at"
    ).split()
)
CASE_LINE_COLUMNS = (
    "case_id", "order_line_id", "qty", "restocked_qty", "written_off_qty", "received_qty", "write_off_reason")
REFUND_COLUMNS = tuple(
    "case_id order_id amount method bank_details status requested_by requested_at decided_by decided_at note".split()
)
#: The demo's cases: owned by the demo agent; refunds above the shop's default limit approved by its manager.
CASE_OWNER, REFUND_APPROVER, REFUND_LIMIT_CENTS = "agent", "manager", 20_000
COMPLAINT_CATEGORY = {"late": "delivery", "never_arrived": "delivery", "damaged": "product",
                      "not_as_described": "product", "wrong_item": "product"}
LEDGER_COLUMNS = tuple(
    "product_id warehouse_id kind on_hand_delta reserved_delta reason reference user created_at".split()
)
SCAN_COLUMNS = ("time", "station", "user", "order_no", "code", "result")


@dataclass(frozen=True)
class DemoSummary:
    products: int
    customers: int
    orders: int
    shipments: int
    tracking_events: int
    cases: int
    kb_articles: int


class DemoService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def generate(
        self,
        *,
        orders: int = 500,
        seed: int = 1,
        actor: Actor,
        progress: Callable[[int, int], None] | None = None,
        today: date | None = None,
    ) -> DemoSummary:
        """Fill an empty shop; the same seed and `today` give the same shop, row for row.

        The catalogue, the customers and the first batch of orders are one transaction (so a refusal or
        a failure there leaves nothing); every further batch of orders is its own transaction, and after
        each one stock agrees with its ledger and every order is in the search index.
        """
        actor.require(Permission.LOAD_DEMO)
        if not 0 <= orders <= 10_000_000:
            raise InvalidValue("orders", "must be a whole number from 0 to 10,000,000")
        day = today or datetime.now(UTC).date()
        feed: _Feed | None = None
        try:
            with self._uow() as tx:
                conn = tx.connection
                if conn.execute(select(ORDERS.c.id).limit(1)).first() is not None:
                    raise InputRejected("the database already holds orders: demo fills an empty shop")
                _write_demo_users(conn)
                shop = _Shop(conn, seed=seed, today=day, orders=orders, actor=actor, batch=BATCH)
                feed = _open_feed(shop, conn)
                done = feed.write_next(conn)
                tx.commit()
            _report(progress, done, orders)
            while done < orders:
                with self._uow() as tx:
                    done = feed.write_next(tx.connection)
                    tx.commit()
                _report(progress, done, orders)
            return feed.summary()
        finally:
            if feed is not None:
                feed.close()


#: One user per role, each with the password "demo" (the README says so; a real shop makes its own), and
#: more packers, so that the packer KPIs have someone to compare.
DEMO_USERS = ("packer", "agent", "manager", "admin")
DEMO_PACKERS = tuple(p.name for p in data.PACKERS)
DEMO_PASSWORD = "demo"


def _write_demo_users(conn: Connection) -> None:
    from desktop_oms.services.users import HASHER

    existing = set(conn.execute(select(USERS.c.name)).scalars())
    roles = {**{name: name for name in DEMO_USERS}, **{name: "packer" for name in DEMO_PACKERS}}
    rows = [{"name": name, "role": role, "password_hash": HASHER.hash(DEMO_PASSWORD), "active": True,
             "failed_logins": 0, "created_at": utcnow()} for name, role in roles.items() if name not in existing]
    if rows:
        conn.execute(insert(USERS), rows)


def _report(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _pick(rand: Callable[[], float], cum: Sequence[float]) -> int:
    """An index drawn with the weights whose running sums are `cum`."""
    return bisect(cum, rand() * cum[-1])


# ---------------------------------------------------------------------------------------------- clock, money


_MINUTES_SECONDS = tuple(f"{m:02d}:{sec:02d}.000000" for m in range(60) for sec in range(60))


class _Clock:
    """Times as whole seconds since the epoch (UTC), written the way the database takes them."""

    def __init__(self, today: date, dialect: str) -> None:
        self.today = (today - EPOCH).days
        self.now = self.today * DAY - BEIJING  # Beijing midnight that starts `today`: the demo's present
        self.first_day = self.today - WINDOW_DAYS
        self._days: dict[int, _Day] = {}
        self.stamp = self.writer(dialect)

    @staticmethod
    def writer(dialect: str) -> Callable[[int], object]:
        """Seconds since the epoch → the value the database takes: text on SQLite, a datetime elsewhere."""
        if dialect != "sqlite":
            return lambda sec: datetime.fromtimestamp(sec, UTC)
        hours: dict[int, str] = {}

        def text(sec: int) -> str:
            """SQLAlchemy's own SQLite format for UTC; each hour's prefix is made once."""
            hour, rest = divmod(sec, HOUR)
            prefix = hours.get(hour)
            if prefix is None:
                prefix = hours[hour] = f"{datetime.fromtimestamp(hour * HOUR, UTC):%Y-%m-%d %H}:"
            return prefix + _MINUTES_SECONDS[rest]

        return text

    def local_date(self, sec: int) -> date:
        return EPOCH + timedelta(days=(sec + BEIJING) // DAY)

    def day(self, sec: int) -> _Day:
        """The Beijing calendar day of a moment: month (0–11), "YYYYMMDD", whether it is a sale day, Double 11."""
        number = (sec + BEIJING) // DAY
        day = self._days.get(number)
        if day is None:
            when = EPOCH + timedelta(days=number)
            day = self._days[number] = (
                when.month - 1,
                f"{when:%Y%m%d}",
                (when.month, when.day) in SALE_DAYS,
                _is_double11(when),
            )
        return day


_Day = tuple[int, str, bool, bool]


class _Money:
    """Whole cents → the value the database takes (text for SQLite, Decimal for PostgreSQL)."""

    def __init__(self, dialect: str) -> None:
        self._sqlite = dialect == "sqlite"
        self._cache: dict[int, object] = {}

    def __call__(self, cents: int) -> object:
        value = self._cache.get(cents)
        if value is None:
            text = f"{cents // 100}.{cents % 100:02d}"
            value = text if self._sqlite else Decimal(text)
            if len(self._cache) < 100_000:
                self._cache[cents] = value
        return value


# ------------------------------------------------------------------------------------------------ catalogue


@dataclass(frozen=True)
class _Product:
    index: int
    id: int
    sku: str
    name: str
    price: int  # cents
    threshold: int
    carton: int
    safety: int  # units kept available after each week's deliveries
    season: str
    popularity: int


def _ean13(first12: str) -> str:
    odd = sum(int(d) for d in first12[0::2])
    even = sum(int(d) for d in first12[1::2])
    return first12 + str((10 - (odd + 3 * even) % 10) % 10)


def _write_catalogue(
    conn: Connection, rng: random.Random, clock: _Clock, money: _Money, orders: int
) -> list[_Product]:
    """The category tree and the products (SKUs already in the shop are kept as they are), each with stock."""
    items = data.CATALOGUE
    categories = {path: ensure_category(conn, path) for path in dict.fromkeys(i.category for i in items)}
    known: dict[str, int] = {
        sku: pid
        for sku, pid in conn.execute(
            select(PRODUCTS.c.sku, PRODUCTS.c.id).where(PRODUCTS.c.sku.in_([i.sku for i in items]))
        )
    }
    fresh = [i for i in items if i.sku not in known]
    ids = {**known, **dict(zip((i.sku for i in fresh), reserve_ids(conn, PRODUCTS, len(fresh)), strict=True))}
    company = rng.randrange(10_000, 100_000)
    codes = {
        i.sku: _ean13(f"692{company:05d}{n:04d}")
        for i, n in zip(items, rng.sample(range(10_000), len(items)), strict=True)
    }
    when = clock.stamp(clock.now - (WINDOW_DAYS + 30) * DAY)
    insert_rows(
        conn,
        PRODUCTS,
        PRODUCT_COLUMNS,
        (
            (
                ids[i.sku],
                i.sku,
                codes[i.sku],
                i.name,
                categories[i.category],
                _attributes(i),
                money(i.price_cents),
                i.weight_g,
                True,
                i.threshold,
                False,
                when,
                when,
            )
            for i in fresh
        ),
    )
    for sku in ids:
        ensure_stock_row(conn, ids[sku])
    popularity = sum(i.popularity for i in items)
    weekly_units = orders / 52 * 2.8
    return [
        _Product(
            n,
            ids[i.sku],
            i.sku,
            i.name,
            i.price_cents,
            i.threshold,
            _carton(i.sku),
            i.threshold + 3 + int(weekly_units * i.popularity / popularity * 0.8),
            i.season,
            i.popularity,
        )
        for n, i in enumerate(items)
    ]


def _attributes(item: data.CatalogueItem) -> dict[str, str]:
    chinese, _, english = item.name.partition(" ")
    return {"name_zh": chinese, "name_en": english, "location": _bin(item.sku)}


def _bin(sku: str) -> str:
    """Where the item lies in the demo warehouse: aisle (by product family), bay, shelf — e.g. "A-07-2"."""
    family, _, number = sku.partition("-")
    n = int("".join(ch for ch in number if ch.isdigit()) or 0)
    aisle = {"TEA": "A", "WARE": "C", "GFT": "D"}.get(family, "B")
    return f"{aisle}-{n % 12 + 1:02}-{n % 4 + 1}"


def _carton(sku: str) -> int:
    return {"WARE": 6, "GFT": 10}.get(sku.split("-")[0], 24)


def _write_kb(conn: Connection, clock: _Clock) -> int:
    """The knowledge base's reply templates shipped in the package (resources/kb/articles.json)."""
    articles = demo_articles()
    when = clock.stamp(clock.now - (WINDOW_DAYS + 20) * DAY)
    insert_rows(
        conn,
        KB_ARTICLES,
        ("title", "body", "tags", "lang", "case_types", "reasons", "updated_by", "active", "version",
         "created_at", "updated_at"),
        ((a.title, a.body, a.tags, a.lang, ",".join(a.case_types), ",".join(a.reasons), "demo", True, 1,
          when, when) for a in articles),
    )
    return len(articles)


# ------------------------------------------------------------------------------------------------ customers


class _Address(NamedTuple):
    name: str
    address1: str
    address2: str
    city: str
    province: str
    postcode: str
    country: str
    phone: str
    hub: str  # the sorting centre parcels pass through last
    area: str  # where the courier delivers (district, or "CITY, ST - USA")


class _Customer(NamedTuple):
    id: int
    name: str
    email: str
    phone: str
    addresses: tuple[_Address, ...]


class _Pools:
    """Names, streets and places drawn once from Faker; customers are then put together from them."""

    def __init__(self, fake: Any, size: int) -> None:
        zh, en = fake["zh_CN"], fake["en_US"]
        self.zh_names = [zh.name() for _ in range(size)]
        self.zh_users = [zh.user_name() for _ in range(size)]
        self.streets = [zh.street_name() for _ in range(size // 4)]
        self.en_names = [en.name() for _ in range(size // 4)]
        self.en_users = [en.user_name() for _ in range(size // 4)]
        self.us_places = [
            (en.street_address(), en.city(), en.state_abbr(), en.zipcode()) for _ in range(size // 4)
        ]
        self.us_phones = [en.phone_number() for _ in range(size // 4)]
        self.city_cum = list(accumulate(c.weight for c in data.CITIES))


class _People:
    """Makes customers: mostly Chinese in Chinese cities, some Latin names in China and in the US."""

    def __init__(self, pools: _Pools, rng: random.Random) -> None:
        self._p, self._rng, self._r = pools, rng, rng.random
        self._mails: set[str] = set()

    def customer(self, cid: int) -> _Customer:
        r, p = self._r, self._p
        kind = r()
        latin, abroad = kind >= 0.84, kind >= 0.93
        name = _choice(r, p.en_names if latin else p.zh_names)
        phone = _choice(r, p.us_phones) if abroad else self._mobile()
        email = self._mail(_choice(r, p.en_users if latin else p.zh_users), abroad)
        count = 2 if r() < 0.2 else 1
        addresses = tuple(
            self._us_address(name, phone) if abroad else self._cn_address(name, phone) for _ in range(count)
        )
        return _Customer(cid, name, email, phone, addresses)

    def _mobile(self) -> str:
        return f"{_choice(self._r, PHONE_PREFIXES)}{self._rng.randrange(10**8):08d}"

    def _mail(self, user: str, abroad: bool) -> str:
        r = self._r
        domain = MAIL_DOMAINS[5 + int(r() * 2)] if abroad else MAIL_DOMAINS[_pick(r, MAIL_DOMAIN_CUM)]
        local = str(self._rng.randrange(10**5, 10**10)) if domain == "qq.com" else user
        address = f"{local}@{domain}"
        while address in self._mails:
            address = f"{local}{self._rng.randrange(10, 10_000)}@{domain}"
        self._mails.add(address)
        return address

    def _cn_address(self, name: str, phone: str) -> _Address:
        r, rng = self._r, self._rng
        city = data.CITIES[_pick(r, self._p.city_cum)]
        district = _choice(r, city.districts)
        street = f"{district}{_choice(r, self._p.streets)}{rng.randrange(1, 999)}号"
        flat = f"{rng.randrange(1, 30)}栋{rng.randrange(1, 6)}单元{rng.randrange(1, 33)}{rng.randrange(1, 5):02d}室"
        postcode = f"{city.postcode}{rng.randrange(100):02d}"
        return _Address(
            name, street, flat, city.city, city.province, postcode, "CN", phone, city.hub, district
        )

    def _us_address(self, name: str, phone: str) -> _Address:
        street, city, state, postcode = _choice(self._r, self._p.us_places)
        return _Address(
            name,
            street,
            "",
            city,
            state,
            postcode,
            "US",
            phone,
            _choice(self._r, data.US_HUBS),
            f"{city.upper()}, {state} - USA",
        )


def _choice(rand: Callable[[], float], items: Sequence[Any]) -> Any:
    return items[int(rand() * len(items))]


def _write_customers(
    conn: Connection, rng: random.Random, fake: Any, count: int, clock: _Clock
) -> list[_Customer]:
    people = _People(_Pools(fake, 2_000), rng)
    customers = [people.customer(cid) for cid in reserve_ids(conn, CUSTOMERS, count)]
    start = clock.now - WINDOW_DAYS * DAY
    stamp = clock.stamp
    insert_rows(
        conn,
        CUSTOMERS,
        ("id", "name", "email", "phone", "created_at"),
        ((c.id, c.name, c.email, c.phone, stamp(start - rng.randrange(0, 700 * DAY))) for c in customers),
    )
    insert_rows(
        conn,
        CUSTOMER_ADDRESSES,
        ("customer_id", "name", "address1", "address2", "city", "province", "postcode", "country", "phone"),
        ((c.id, *a[:8]) for c in customers for a in c.addresses),
    )
    return customers


# ------------------------------------------------------------------------------------------------- calendar


def _day_weight(day: date, position: float) -> float:
    """How busy a Beijing calendar day is: month, weekday, growth over the year, sales and holidays."""
    weight = data.MONTH_VOLUME[day.month - 1] * data.WEEKDAY_VOLUME[day.weekday()] * (0.85 + 0.3 * position)
    weight *= data.DOUBLE11_DAYS.get((day - date(day.year, 11, 11)).days, 1.0)
    weight *= data.OTHER_PEAKS.get((day.month, day.day), 1.0)
    new_year = data.NEW_YEAR.get(day.year)
    if new_year is not None:
        offset = (day - date(day.year, *new_year)).days
        if -14 <= offset <= -8:
            weight *= 1.2
        elif -7 <= offset <= -3 or 7 <= offset <= 10:
            weight *= 0.7
        elif -2 <= offset <= 6:
            weight *= 0.3
    return weight


def _is_double11(day: date) -> bool:
    return day.month == 11 and day.day == 11


def _order_times(rng: random.Random, clock: _Clock, total: int) -> Iterator[int]:
    """Creation times of `total` orders over the window, oldest first."""
    days = [EPOCH + timedelta(days=clock.first_day + i) for i in range(WINDOW_DAYS)]
    cum = list(accumulate(_day_weight(d, i / WINDOW_DAYS) for i, d in enumerate(days)))
    counts = [0] * WINDOW_DAYS
    for i in rng.choices(range(WINDOW_DAYS), cum_weights=cum, k=total):
        counts[i] += 1
    normal, rush = list(accumulate(data.HOUR_VOLUME)), list(accumulate(data.DOUBLE11_HOUR_VOLUME))
    r = rng.random
    for day, count in zip(days, counts, strict=True):
        hours = rush if _is_double11(day) else normal
        start = (day - EPOCH).days * DAY - BEIJING
        yield from sorted(start + _pick(r, hours) * HOUR + int(r() * HOUR) for _ in range(count))


# ------------------------------------------------------------------------------------------------ order plan


class _CasePlan(NamedTuple):
    kind: str
    status: str
    reason: str
    created: int
    updated: int
    line: int  # index into the order's lines, -1 for none
    qty: int
    refund: int | None  # cents
    returned: bool
    restocked: bool
    note: str
    resolution: str


class _Plan:
    """One order as decided before it is written: who, what, which status, when each step happened."""

    __slots__ = (
        "no",
        "created",
        "day",
        "customer",
        "address",
        "method",
        "channel",
        "lines",
        "status",
        "held_from",
        "reason",
        "unpaid_cancel",
        "times",
        "moved_at",
        "initial",
        "transit",
        "subtotal",
        "shipping",
        "total",
        "refunded",
        "pay_status",
        "case",
    )

    def __init__(self, no: int, created: int, day: _Day, customer: _Customer, address: _Address) -> None:
        self.no, self.created, self.day, self.customer, self.address = no, created, day, customer, address
        self.method = self.channel = self.status = self.reason = self.initial = self.pay_status = ""
        self.held_from: str | None = None
        self.lines: list[list[int]] = []  # [product index, qty, unit price in cents]
        self.unpaid_cancel = False
        self.times: list[int] = []  # when each step up to the order's stage happened, then the last move
        self.moved_at = created
        self.transit = self.subtotal = self.shipping = self.total = self.refunded = 0
        self.case: _CasePlan | None = None


class _Planner:
    """Plans orders: status by age, lines by season, then every time and amount consistent with them."""

    def __init__(
        self,
        rng: random.Random,
        clock: _Clock,
        products: Sequence[_Product],
        customers: Sequence[_Customer],
        stockouts: dict[int, int],
    ) -> None:
        self._rng, self._r, self._clock, self._now = rng, rng.random, clock, clock.now
        self._products, self._customers, self._stockouts = products, customers, stockouts
        self._first_stockout = min(stockouts.values(), default=NEVER)
        self._customer_cum = list(accumulate(min(30.0, rng.paretovariate(1.2)) for _ in customers))
        self._month_cum = [
            list(accumulate(p.popularity * data.SEASONS[p.season][m] for p in products)) for m in range(12)
        ]
        self._status_cum = [(limit * DAY, list(accumulate(w))) for limit, w in STATUS_WEIGHTS]

    def plan(self, no: int, created: int, forced: str | None = None) -> _Plan:
        r, cum = self._r, self._customer_cum
        customer = self._customers[bisect(cum, r() * cum[-1])]
        addresses = customer.addresses
        address = addresses[0] if len(addresses) == 1 or r() < 0.7 else addresses[1]
        p = _Plan(no, created, self._clock.day(created), customer, address)
        methods = DOMESTIC_METHOD_CUM if address.country == "CN" else ABROAD_METHOD_CUM
        p.method = METHODS[bisect(methods, r() * methods[-1])]
        p.channel = CHANNELS[bisect(CHANNEL_CUM, r() * CHANNEL_CUM[-1])]
        p.lines = self._lines(p.day[0])
        p.status = forced or self._status(self._now - created)
        self._settle(p)
        self._timeline(p)
        self._price(p)
        self._payment_status(p)
        if p.status in (DELIVERED, COMPLETED) and r() < CASE_RATE:
            p.case = self._case(p)
        return p

    def _status(self, age: int) -> str:
        for limit, cum in self._status_cum:
            if age < limit:
                return STATUSES[bisect(cum, self._r() * cum[-1])]
        raise AssertionError("unreachable")  # pragma: no cover

    def _lines(self, month: int) -> list[list[int]]:
        r = self._r
        cum = self._month_cum[month]
        total, quantities = cum[-1], QTY_CUM[-1]
        lines: list[list[int]] = []
        chosen: list[int] = []
        for _ in range(bisect(LINE_COUNT_CUM, r() * LINE_COUNT_CUM[-1]) + 1):
            index = bisect(cum, r() * total)
            if index not in chosen:  # a product once per order
                chosen.append(index)
                lines.append([index, bisect(QTY_CUM, r() * quantities) + 1, 0])
        return lines

    def _settle(self, p: _Plan) -> None:
        """Make the status agree with the payment method and with what is out of stock."""
        r = self._r
        if p.status == ON_HOLD:
            p.held_from = HELD_FROM[_pick(r, HELD_FROM_CUM)]
            p.reason = _choice(r, data.HOLD_REASONS)
        elif p.status == CANCELLED:
            p.unpaid_cancel = p.method != COD and r() < 0.45
            p.reason = _choice(r, data.CANCEL_REASONS_UNPAID if p.unpaid_cancel else data.CANCEL_REASONS_PAID)
        if p.method == COD:
            p.status = ACCEPTED if p.status == PENDING else p.status
            p.held_from = ACCEPTED if p.held_from == PENDING else p.held_from
        self._respect_stockouts(p)

    def _respect_stockouts(self, p: _Plan) -> None:
        """An order placed after a product sold out cannot have been allocated; a backorder needs such a line."""
        effective = p.held_from or p.status
        if p.created < self._first_stockout and effective != BACKORDERED:
            return
        waiting = any(self._stockouts.get(line[0], NEVER) < p.created for line in p.lines)
        if waiting and effective in AFTER_ALLOCATION:
            effective = BACKORDERED
        elif effective == BACKORDERED and not waiting:
            sold_out = [i for i, when in self._stockouts.items() if when < p.created]
            if sold_out:
                p.lines[-1][0] = sold_out[int(self._r() * len(sold_out))]
                p.lines[:-1] = [line for line in p.lines[:-1] if line[0] != p.lines[-1][0]]
            else:
                age = self._now - p.created
                effective = ACCEPTED if p.held_from or age < DAY else SHIPPED if age < 10 * DAY else COMPLETED
        if p.held_from:
            p.held_from = effective
        else:
            p.status = effective

    def _timeline(self, p: _Plan) -> None:
        """When each step happened, squeezed into the order's age when it is young."""
        stage = STAGE[p.held_from or p.status] if p.status != CANCELLED else (-1 if p.unpaid_cancel else 0)
        steps = self._steps(stage, p)
        extra = self._extra(p)
        if extra:
            steps.append(extra)
        p.initial = PENDING if p.method != COD and (stage < 0 or steps[0] > 900) else ACCEPTED
        room = (self._now - p.created) * 0.95
        total = sum(steps)
        if total > room:
            scale = room * (0.5 + 0.45 * self._r()) / total
            steps = [max(1, int(s * scale)) for s in steps]
        p.times = list(accumulate(steps, initial=p.created))[1:]
        p.moved_at = p.times[-1] if p.times else p.created
        if p.status == SHIPPED:
            self._transit(p)

    def _transit(self, p: _Plan) -> None:
        """How long the parcel should take: a young one is still on its way, bar a few real delays."""
        r = self._r
        p.transit = self._delivery(p)
        under_way = self._now - p.times[4]
        if p.transit <= under_way and self._now - p.created < 10 * DAY and r() > 0.05:
            p.transit = int(under_way * (1.1 + 0.6 * r()))

    def _steps(self, stage: int, p: _Plan) -> list[int]:
        """Typical time of each step up to `stage`: payment, allocation, pick, pack, ship, delivery, completion."""
        if stage < 0:
            return []
        r = self._r
        steps = [int(60 + r() * 540) if r() < 0.85 else int(900 + r() * 20 * HOUR)]
        steps += [int(low + r() * span) for low, span in STEP_TIME[1 : stage + 1]]
        if stage >= 5:
            steps[5] = self._delivery(p)
        return steps

    def _delivery(self, p: _Plan) -> int:
        r = self._r
        return int((0.8 + r() * 3.2) * DAY) if p.address.country == "CN" else int((4 + r() * 7) * DAY)

    def _extra(self, p: _Plan) -> int:
        """Time from the last step to the hold, the cancellation or the failed allocation."""
        r = self._r
        if p.status == ON_HOLD:
            return int((0.1 + r() * 1.4) * DAY)
        if p.status == CANCELLED:
            return int((24 + r() * 2) * HOUR) if p.unpaid_cancel else int((0.2 + r() * 9.8) * HOUR)
        if p.status == BACKORDERED:
            return int((0.3 + r() * 5.7) * HOUR)
        return 0

    def _price(self, p: _Plan) -> None:
        sale = p.day[2]
        subtotal = 0
        for line in p.lines:
            price = self._products[line[0]].price
            line[2] = price * 85 // 1000 * 10 if sale else price
            subtotal += line[2] * line[1]
        domestic = p.address.country == "CN"
        p.subtotal = subtotal
        p.shipping = (0 if subtotal >= 9_900 else 1_000) if domestic else (0 if subtotal >= 80_000 else 8_800)
        p.total = subtotal + p.shipping

    def _payment_status(self, p: _Plan) -> None:
        cod = p.method == COD
        if p.status == CANCELLED:
            p.pay_status = "cod_pending" if cod else "unpaid" if p.unpaid_cancel else "refunded"
            p.refunded = p.total if p.pay_status == "refunded" else 0
        elif p.status == PENDING or p.held_from == PENDING:
            p.pay_status = "unpaid"
        elif p.status in (DELIVERED, COMPLETED):
            p.pay_status = "cod_collected" if cod else "paid"
        else:
            p.pay_status = "cod_pending" if cod else "paid"

    def _case(self, p: _Plan) -> _CasePlan:
        r = self._r
        kind = CASE_TYPES[_pick(r, CASE_TYPE_CUM)]
        if p.method == COD and kind in ("return", "refund"):
            kind = "exchange" if kind == "return" else "complaint"  # COD money is refunded by hand, not here
        reasons, open_statuses, closed_statuses = data.CASE_FLOWS[kind]
        reason = _choice(r, reasons)
        delivered = p.times[5]
        created = delivered + int((0.2 + r() * 6) * DAY)
        if created >= self._now:
            created = delivered + int((self._now - delivered) * (0.1 + 0.8 * r()))
        age = self._now - created
        closed = age > 12 * DAY or (age > 4 * DAY and r() < 0.5)
        status = _choice(r, closed_statuses if closed else open_statuses)
        updated = created + int(min((1 + r() * 7) * DAY, age * 0.9) if closed else age * 0.3 * r())
        line = -1 if kind == "complaint" else int(r() * len(p.lines))
        qty = 0 if line < 0 else 1 + int(r() * p.lines[line][1])
        refund = (
            p.lines[line][2] * qty
            if status == "refunded" or (kind == "refund" and status == "approved")
            else None
        )
        returned = kind in ("return", "exchange") and status in (
            "received",
            "inspected",
            "refunded",
            "closed",
        )
        if status == "refunded" and refund is not None:
            p.refunded = refund
            p.pay_status = "refunded" if refund == p.total else "partially_refunded"
        note = _choice(r, data.CASE_NOTES[reason])
        resolution = _choice(r, data.CASE_RESOLUTIONS) if closed else ""
        return _CasePlan(
            kind,
            status,
            reason,
            created,
            updated,
            line,
            qty,
            refund,
            returned,
            returned and reason != "damaged",
            note,
            resolution,
        )


# -------------------------------------------------------------------------------------------- carriers


class _Carriers:
    """Carrier choice, unique tracking numbers in each carrier's format, and plausible tracking events."""

    DIGITS = {"sf_express": 13, "zto": 12, "yto": 13, "ems": 8, "dhl": 10, "ups": 8, "fedex": 12}

    def __init__(self, rng: random.Random, clock: _Clock) -> None:
        self._rng, self._r, self._now = rng, rng.random, clock.now
        self._last = {c: rng.randrange(10 ** (d - 1), 3 * 10 ** (d - 1)) for c, d in self.DIGITS.items()}
        self._places: dict[tuple[str, str, str, str], _StepTexts] = {}
        self._ups_account = f"{rng.randrange(16**6):06X}"
        self._domestic = list(accumulate(data.DOMESTIC_CARRIER_WEIGHTS))
        self._abroad = list(accumulate(data.INTERNATIONAL_CARRIER_WEIGHTS))

    def choose(self, domestic: bool) -> str:
        if domestic:
            return data.DOMESTIC_CARRIERS[_pick(self._r, self._domestic)]
        return data.INTERNATIONAL_CARRIERS[_pick(self._r, self._abroad)]

    def number(self, carrier: str) -> str:
        """The carrier's next number: increasing with random gaps, as carriers hand them out (and unique)."""
        x = self._last[carrier] = self._last[carrier] + 1 + int(self._r() * 50)
        match carrier:
            case "sf_express":
                return f"SF{x:013d}"
            case "zto":
                return f"75{x:012d}"
            case "yto":
                return f"YT{x:013d}"
            case "ems":
                return _s10(f"{x:08d}")
            case "ups":
                return f"1Z{self._ups_account}03{x:08d}"
        return f"{x:0{self.DIGITS[carrier]}d}"

    def track(
        self,
        shipment_id: int,
        carrier: str,
        address: _Address,
        shipped: int,
        delivered: int | None,
        transit: int,
        events: list[Row],
    ) -> tuple[str, int]:
        """Append the parcel's tracking events to `events`; returns its status and its last event's time."""
        r = self._r
        texts = self._texts(carrier, address)
        if delivered is not None:
            steps = DELIVERED_STEPS[bisect(TRANSIT_HOPS_CUM, r() * TRANSIT_HOPS_CUM[-1])]
            if len(steps) == 4:  # one scan in transit (most parcels): nothing to sort
                marks = [0.02, 0.1 + 0.7 * r(), 0.85 + 0.1 * r(), 1.0]
            else:
                hops = sorted([0.1 + 0.7 * r() for _ in range(len(steps) - 3)])
                marks = [0.02, *hops, 0.85 + 0.1 * r(), 1.0]
            span = delivered - shipped
        else:
            span = self._now - shipped
            if span >= transit:  # overdue: the carrier says why
                steps = (PICKED, HOP1, HOP2, OUT, FAILED) if r() < 0.4 else (PICKED, HOP1, HOP2, DELAYED)
            else:
                progress = span / transit
                steps = MOVING_STEPS[int(progress * 2.5)] + ((OUT,) if progress > 0.8 else ())
            marks = [0.02, *sorted([0.1 + 0.8 * r() for _ in range(len(steps) - 1)])]
        when = shipped - 1
        append = events.append
        for step, mark in zip(steps, marks, strict=True):
            at = shipped + int(span * mark)
            when = at if at > when else when + 1
            variants = texts[step]
            append((shipment_id, when) + variants[int(r() * len(variants))])
        return STEP_STATUS[steps[-1]], when

    def _texts(self, carrier: str, a: _Address) -> _StepTexts:
        """What the carrier writes at each step for parcels to this place (made once per carrier and place):
        for each step its variants of (status, event code, description, location)."""
        domestic = a.country == "CN"
        key = (carrier, a.hub, a.area, a.city if domestic else a.name)
        texts = self._places.get(key)
        if texts is None:
            codes = data.EVENT_CODES[carrier]
            words = _zh_texts(carrier, a) if domestic else _en_texts(a)
            texts = self._places[key] = tuple(
                tuple((STEP_STATUS[step], codes[STEP_CODE[step]], *variant) for variant in variants)
                for step, variants in enumerate(words)
            )
        return texts


#: Tracking steps: picked up, up to three in-transit scans, out for delivery, delivered, failed, delayed.
PICKED, HOP1, HOP2, HOP3, OUT, DONE, FAILED, DELAYED = range(8)
STEP_STATUS = (
    "picked_up",
    "in_transit",
    "in_transit",
    "in_transit",
    "out_for_delivery",
    "delivered",
    "delivery_failed",
    "delivery_delayed",
)
STEP_CODE = (0, 1, 1, 1, 2, 3, 4, 5)  # index into the carrier's EVENT_CODES
DELIVERED_STEPS: tuple[tuple[int, ...], ...] = (
    (PICKED, HOP1, OUT, DONE),
    (PICKED, HOP1, HOP2, OUT, DONE),
    (PICKED, HOP1, HOP2, HOP3, OUT, DONE),
)
MOVING_STEPS: tuple[tuple[int, ...], ...] = ((PICKED, HOP1), (PICKED, HOP1, HOP2), (PICKED, HOP1, HOP2, HOP3))
assert set(STEP_STATUS) <= {s.value for s in TrackingStatus}

_StepWords = tuple[tuple[tuple[str, str], ...], ...]  # step → variants of (description, location)
_StepTexts = tuple[tuple[tuple[str, str, str, str], ...], ...]  # step → variants of (status, code, description, location)


def _zh_texts(carrier: str, a: _Address) -> _StepWords:
    name = data.CARRIER_ZH[carrier]
    return (
        ((f"{name}已揽收", data.ORIGIN_ZH),),
        ((f"离开【杭州转运中心】，发往【{a.hub}】", "杭州市"),),
        ((f"到达【{a.hub}转运中心】", a.city),),
        ((f"离开【{a.hub}转运中心】，发往【{a.area}】", a.city),),
        tuple((f"派件中，快递员：{surname}师傅", a.area) for surname in data.COURIER_SURNAMES),
        tuple((f"已签收，签收人：{who}", a.area) for who in data.SIGNED_BY_ZH),
        (("派送失败：电话无人接听，明日再派", a.area),),
        (("运力紧张，派送延误", a.hub),),
    )


def _en_texts(a: _Address) -> _StepWords:
    return (
        (("Shipment picked up", data.ORIGIN_EN),),
        (("Processed at export facility", data.EXPORT_HUB_EN),),
        (("Arrived at destination gateway; customs clearance in progress", a.hub),),
        (("Departed sort facility", a.hub),),
        (("Out for delivery", a.area),),
        ((f"Delivered - signed for by {a.name.split()[-1].upper()}", a.area),),
        (("Delivery attempted - recipient not available", a.area),),
        (("Clearance delay - import documents required from the recipient", a.hub),),
    )


def _s10(serial: str) -> str:
    """A UPU S10 item number (EMS): letters, eight digits, the check digit, the country."""
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    return f"EM{serial}{0 if check == 10 else 5 if check == 11 else check}CN"


# ------------------------------------------------------------------------------------------------ rows


class _Rows:
    """Everything one batch writes, as tuples in column order, and what it does to stock.

    Times are whole seconds since the epoch and money whole cents: the writing side turns them into
    the database's own values (SQLite: in the INSERT … SELECT that copies a staged batch in).
    """

    def __init__(self) -> None:
        self.orders: list[Row] = []
        self.lines: list[Row] = []
        self.ship_groups: list[Row] = []
        self.audit: list[Row] = []
        self.payments: list[Row] = []
        self.shipments: list[Row] = []
        self.shipment_lines: list[Row] = []
        self.events: list[Row] = []
        self.cases: list[Row] = []
        self.case_lines: list[Row] = []
        self.ledger: list[Row] = []
        self.scans: list[Row] = []
        self.stock: list[tuple[int, int, int]] = []  # product id, change of on hand, change of reserved
        self.done, self.final = 0, False  # orders written once this batch is, whether it is the last
        self.dispatch: dict[tuple[int, int], list[int]] = {}  # (Beijing day, product index) → [units, orders]
        self.reservations: list[tuple[int, int, int, str]] = []  # time, product index, units, order no
        self.restocks: list[tuple[int, int, int, str]] = []  # time, product index, units, case no
        self.write_offs: list[tuple[int, int, int, str]] = []  # time, product index, units, case no
        self.refunds: list[Row] = []


#: The packing benches' working day (Beijing time) and how far into a wave a packer still starts an order:
#: a wave is one hour's work, begun on the hour.
SHIFT_START, SHIFT_END = 9 * HOUR, 18 * HOUR
WAVE_FILL = 50 * 60
PACK_STAGE = STAGE[PACKED]


class _Packing:
    """The packing station's scan log: every packed order claimed, then scanned unit by unit.

    Orders are packed in waves on the hour through the working day (every four hours for a small shop,
    every hour for a big one): of the waves after the order was allocated in which it is packed before it
    ships, the one with the most orders so far, so that a wave is a packer's hour of work. The plan ships
    some orders allocated in the evening before the next morning: those are packed in a wave on the hour
    outside working hours (the late shift), or when the plan says if no hour fits.
    """

    def __init__(self, rng: random.Random, clock: _Clock, codes: Sequence[str], orders: int) -> None:
        self._r, self._now = rng.random, clock.now
        self._codes = codes  # what the packer scans for each product (by catalogue index): barcode, else SKU
        per_day = orders * 0.8 / WINDOW_DAYS
        gap = 4 if per_day < 150 else 2 if per_day < 400 else 1
        self._waves = tuple(range(SHIFT_START, SHIFT_END - HOUR + 1, gap * HOUR))
        self._late = tuple(h * HOUR for h in range(24) if not SHIFT_START <= h * HOUR < SHIFT_END)
        self._free: dict[tuple[int, int], int] = {}  # (wave start, packer) → when that packer is free again
        self._rotas: dict[int, tuple[tuple[int, str], ...]] = {}
        self._load: dict[int, int] = {}  # wave start → orders packed in it

    def _rota(self, day: int) -> tuple[tuple[int, str], ...]:
        """Who packs on a Beijing day and at which bench: all but the one whose day off it is, each at their own
        bench, the relief packer at the bench left free; who comes first (and packs most) changes daily."""
        rota = self._rotas.get(day)
        if rota is None:
            off = data.PACKER_DAYS_OFF[day % len(data.PACKER_DAYS_OFF)]
            on_duty = [k for k, packer in enumerate(data.PACKERS) if packer.name != off]
            benches: dict[int, str] = {}
            for k in on_duty:
                if data.PACKERS[k].bench not in benches.values():
                    benches[k] = data.PACKERS[k].bench
            free = [b for b in data.PACKING_BENCHES if b not in benches.values()]
            benches.update(zip([k for k in on_duty if k not in benches], free, strict=False))
            turn = day % len(on_duty)
            order = on_duty[turn:] + on_duty[:turn]
            rota = self._rotas[day] = tuple((k, benches[k]) for k in order if k in benches)
        return rota

    def order(self, p: _Plan, order_no: str, scans: list[Row]) -> None:
        r, codes = self._r, self._codes
        units = [codes[line[0]] for line in p.lines for _ in range(line[1])]
        gaps = [3 + int(r() * 9) for _ in units]
        longest = 20 + sum(gaps) + 12 * len(units) + 20  # mis-scans and an undo add at most this
        low = p.times[1] + 120
        high = (p.times[4] if len(p.times) > 4 else self._now) - 120
        slot = self._slot(low, high - longest, self._waves) or self._slot(low, high - longest, self._late)
        if slot is None:  # no wave fits: packed when the plan says
            day = (p.times[3] + BEIJING) // DAY
            k, bench = self._rota(day)[0]
            start, free = max(min(p.times[3] - longest, high - longest), p.times[1] + 1), None
        else:
            start, k, bench, free = slot
        packer = data.PACKERS[k]
        who, mis, in_order = packer.name, packer.mis_scan_rate, {line[0] for line in p.lines}
        total = len(units)
        undo_at = 1 + int(r() * (total - 1)) if total > 1 and r() < packer.undo_rate else 0
        append = scans.append
        t = start
        append((t, bench, who, order_no, order_no, "order"))
        t += 6 + int(r() * 14)
        for n, (code, gap) in enumerate(zip(units, gaps, strict=True), 1):
            if r() < mis:
                other = int(r() * len(codes))
                if other in in_order or r() < 0.25:
                    append((t, bench, who, order_no, _choice(r, data.UNKNOWN_CODES), "unknown"))
                else:
                    append((t, bench, who, order_no, codes[other], "wrong_item"))
                t += 3 + int(r() * 7)
            append((t, bench, who, order_no, code, "completed" if n == total else "counted"))
            if n == undo_at:
                t += 2 + int(r() * 4)
                append((t, bench, who, order_no, code, "undone"))
                t += 2 + int(r() * 4)
                append((t, bench, who, order_no, code, "counted"))
            t += gap
        if free is not None:  # the box closed, the label printed, the parcel set aside: then the next order
            self._free[free] = t + 45 + int(r() * 75)

    def _slot(
        self, low: int, latest: int, waves: Sequence[int]
    ) -> tuple[int, int, str, tuple[int, int]] | None:
        """A wave from `low` where a packer on duty can start by `latest`, the one with the most orders so far
        (the earliest of those): (start, packer, bench, the packer's key in that wave)."""
        best: tuple[int, int, str, tuple[int, int]] | None = None
        most = -1
        day = (low + BEIJING) // DAY
        while day * DAY - BEIJING + waves[0] <= latest:
            midnight = day * DAY - BEIJING
            for wave in waves:
                begin = midnight + wave
                if begin > latest:
                    break
                if begin + WAVE_FILL < low or self._load.get(begin, 0) <= most:
                    continue
                for k, bench in self._rota(day):
                    key = (begin, k)
                    start = max(self._free.get(key, begin + 30), low)
                    if start <= begin + WAVE_FILL and start <= latest:
                        best, most = (start, k, bench, key), self._load.get(begin, 0)
                        break
            day += 1
        if best is not None:
            self._load[best[3][0]] = most + 1
        return best


#: Orders still before the packing bench, of which some go to two addresses.
SPLITTABLE = frozenset({"accepted", "allocated", "backordered"})


class _Writer:
    """Turns planned orders into rows: the order, its lines, history, payments, shipment and case."""

    def __init__(
        self, rng: random.Random, clock: _Clock, products: Sequence[_Product], user: str, packing: _Packing,
        recipients: Sequence[_Customer] = (),
    ) -> None:
        self._rng, self._r, self._clock = rng, rng.random, clock
        self._recipients = recipients
        self._products, self._user, self._packing = products, user, packing
        self._carriers = _Carriers(rng, clock)
        self._gifts = [p.sku.startswith("GFT") for p in products]
        self._items = [(p.id, p.sku, p.name) for p in products]
        self.cases = 0

    def order(self, p: _Plan, ids: tuple[int, Sequence[int], int | None, int | None], rows: _Rows) -> None:
        oid, line_ids, shipment_id, case_id = ids
        order_no = f"D-{p.no:06d}"
        tracking = self._shipment(p, oid, shipment_id, line_ids, rows) if shipment_id is not None else ""
        rows.orders.append(self._order_row(p, oid, order_no))
        split, other = self._split(p)
        if other is not None:  # part of the order goes to someone else (gifts at Spring Festival)
            rows.ship_groups.append((oid, 1, *p.address[:8], ""))
            rows.ship_groups.append((oid, 2, *other[:8], ""))
        self._lines(p, oid, order_no, line_ids, rows, split)
        self._history(p, order_no, tracking, rows)
        self._payments(p, oid, tracking, rows)
        if p.status != CANCELLED and STAGE.get(p.held_from or p.status, -1) >= PACK_STAGE:
            self._packing.order(p, order_no, rows.scans)
        if case_id is not None and p.case is not None:
            self._case(p, p.case, oid, case_id, line_ids, rows)

    def _order_row(self, p: _Plan, oid: int, order_no: str) -> Row:
        a, c, r = p.address, p.customer, self._r
        channel = p.channel
        external = (
            str(5_400_000_000_000 + p.no * 7_919)
            if channel == "shopify"
            else (str(20_000 + p.no) if channel == "woocommerce" else "")
        )
        gifts = self._gifts
        gift = False
        for line in p.lines:
            if gifts[line[0]]:
                gift = True
                break
        tags = "double11" if p.day[3] else ""
        if gift:
            tags = f"{tags},gift" if tags else "gift"
        if a.country != "CN":
            tags = f"{tags},international" if tags else "international"
        notes = _choice(r, data.ORDER_NOTES) if r() < 0.03 else ""
        message = _choice(r, data.GIFT_MESSAGES) if gift and r() < 0.3 else ""
        status = p.status
        return (
            oid,
            order_no,
            channel,
            external,
            p.created,
            status,
            p.held_from,
            p.reason if status == ON_HOLD else "",
            p.method,
            p.pay_status,
            "CNY",
            p.subtotal,
            p.shipping,
            0,
            0,
            p.total,
            p.refunded,
            c.id,
            c.name,
            c.email,
            c.phone,
            *a[:8],
            None,
            notes,
            message,
            tags,
            False,
            p.moved_at,
            1,
        )

    def _split(self, p: _Plan) -> tuple[int, _Address | None]:
        """Where an order sent to two addresses moves to the second (its later lines), and that address.

        Two in three open orders of several lines within China, chosen by their number (not by the shop's
        random stream, so the rest of a seed's shop stays as it was); the second address is another
        customer's, a relative or friend the gift goes to."""
        people = self._recipients
        if (p.status not in SPLITTABLE or len(p.lines) < 2 or p.no % 3 == 1 or p.address.country != "CN"
                or len(people) < 2):
            return 0, None
        start = p.no * 7_919
        for k in range(8):  # the first customer in China from a place given by the number
            friend = people[(start + k) % len(people)]
            if friend.id != p.customer.id and friend.addresses[0].country == "CN":
                return len(p.lines) // 2, friend.addresses[0]
        return 0, None

    def _lines(self, p: _Plan, oid: int, order_no: str, line_ids: Sequence[int], rows: _Rows, split: int = 0
               ) -> None:
        case = p.case
        reserving = p.status in RESERVING or p.held_from in RESERVING
        left = p.status in LEFT
        returned_line = case.line if case is not None and case.returned else -1
        items, append = self._items, rows.lines.append
        for n, (line, line_id) in enumerate(zip(p.lines, line_ids, strict=True)):
            index, qty, unit = line
            append(
                (
                    line_id,
                    oid,
                    n + 1,
                    *items[index],
                    qty,
                    unit,
                    unit * qty,
                    qty if reserving else 0,
                    qty if left else 0,
                    case.qty if n == returned_line and case is not None else 0,
                    2 if 0 < split <= n else 1,
                )
            )
            if reserving:
                rows.reservations.append((p.times[1], index, qty, order_no))

    def _history(self, p: _Plan, order_no: str, tracking: str, rows: _Rows) -> None:
        """Creation and the move into the current status (two rows at most: light for a million orders)."""
        user = self._user
        rows.audit.append((p.created, user, "order", order_no, "create", None, p.initial, p.channel))
        if p.status == p.initial:
            return
        if p.status == ON_HOLD:
            action, source, reason = "hold", p.held_from, p.reason
        elif p.status == CANCELLED:
            action, source, reason = "cancel", PENDING if p.unpaid_cancel else ACCEPTED, p.reason
        else:
            action, source = LAST_MOVE[p.status]
            reason = (
                tracking
                if action == "ship"
                else "not enough stock for every line"
                if action == "backorder"
                else ""
            )
        rows.audit.append((p.moved_at, user, "order", order_no, action, source, p.status, reason))

    def _payments(self, p: _Plan, oid: int, tracking: str, rows: _Rows) -> None:
        user, paid = self._user, p.pay_status
        if paid == "paid" or paid == "partially_refunded" or paid == "refunded":
            reference, bank = self._reference(p.method, p.times[0])
            rows.payments.append((oid, "payment", p.method, p.total, "completed", reference, bank, p.times[0], user))
        elif paid == "cod_collected":
            rows.payments.append((oid, "payment", COD, p.total, "completed", tracking, "", p.times[5], user))
        if p.refunded:
            when = p.case.updated if p.case is not None and p.status != CANCELLED else p.moved_at
            reference = f"RF{self._rng.getrandbits(60):018d}"
            rows.payments.append((oid, "refund", p.method, p.refunded, "completed", reference, "", when, user))

    def _reference(self, method: str, when: int) -> tuple[str, str]:
        """The payment provider's reference, in its own format (and the bank, for transfers)."""
        rng, day = self._rng, self._clock.day(when)[1]
        match method:
            case "alipay":
                return f"{day}22001{rng.randrange(10**15):015d}", ""
            case "wechat_pay":
                return f"42000{rng.randrange(10**5):05d}{day}{rng.randrange(10**10):010d}", ""
            case "card":
                return f"ch_{rng.getrandbits(96):024x}", ""
            case "bank_transfer":
                return (
                    f"TT{day}{rng.randrange(10**6):06d}",
                    f"{_choice(self._r, BANKS)} ****{rng.randrange(10**4):04d}",
                )
        return f"PAYID-{rng.getrandbits(64):016X}", ""

    def _shipment(self, p: _Plan, oid: int, shipment_id: int, line_ids: Sequence[int], rows: _Rows) -> str:
        r, now, carriers = self._r, self._clock.now, self._carriers
        carrier = carriers.choose(p.address.country == "CN")
        number = carriers.number(carrier)
        shipped = p.times[4]
        delivered = p.times[5] if p.status != SHIPPED else None
        status, last = carriers.track(shipment_id, carrier, p.address, shipped, delivered, p.transit, rows.events)
        polled = min(now - 1, last + int(600 + r() * 3 * HOUR))
        upcoming = now + int(600 + r() * 3 * HOUR) if delivered is None else None
        rows.shipments.append(
            (
                shipment_id,
                oid,
                1,
                carrier,
                number,
                status,
                shipped,
                delivered,
                polled,
                upcoming,
                last,
                status == "delivery_failed" or status == "delivery_delayed",
            )
        )
        day = (shipped + BEIJING) // DAY
        dispatch, append = rows.dispatch, rows.shipment_lines.append
        for (index, qty, _), line_id in zip(p.lines, line_ids, strict=True):
            append((shipment_id, line_id, qty))
            units = dispatch.get((day, index))
            if units is None:
                dispatch[(day, index)] = [qty, 1]
            else:
                units[0] += qty
                units[1] += 1
        return number

    def _case(
        self, p: _Plan, c: _CasePlan, oid: int, case_id: int, line_ids: Sequence[int], rows: _Rows
    ) -> None:
        user = self._user
        self.cases += 1
        case_no = f"C-{self.cases:05d}"
        priority = "high" if c.kind == "complaint" and c.reason in ("damaged", "late") else "normal"
        refunded = c.refund if c.status == "refunded" else None  # the case's refund_amount: what was booked
        rows.cases.append(
            (
                case_id,
                case_no,
                oid,
                c.kind,
                c.status,
                c.reason,
                c.note,
                c.resolution,
                refunded,
                CASE_OWNER,
                priority,
                c.created + 2 * DAY,
                c.created,
                c.updated,
                1,
                COMPLAINT_CATEGORY.get(c.reason, "service") if c.kind == "complaint" else "",
                CASE_OWNER,
                c.updated if c.status == "closed" else None,
            )
        )
        if c.line >= 0:
            inspected = c.returned and c.status != "received"  # received: at the bench, not yet decided
            restocked = c.qty if c.restocked and inspected else 0
            written_off = c.qty - restocked if inspected else 0
            rows.case_lines.append(
                (case_id, line_ids[c.line], c.qty, restocked, written_off, c.qty if c.returned else 0,
                 "damaged, cannot be sold" if written_off else "")
            )
            if restocked:
                rows.restocks.append((c.updated, p.lines[c.line][0], restocked, case_no))
            if written_off:
                rows.write_offs.append((c.updated, p.lines[c.line][0], written_off, case_no))
        if refunded:
            approver = REFUND_APPROVER if refunded > REFUND_LIMIT_CENTS else ""
            rows.refunds.append((case_id, oid, refunded, p.method, "", "recorded", CASE_OWNER, c.updated, approver,
                                 c.updated if approver else None, ""))
        first = "open" if c.kind == "complaint" else "requested"
        rows.audit.append((c.created, user, "case", case_no, "open", None, first, c.note))
        if c.status != first:
            rows.audit.append((c.updated, user, "case", case_no, "move", first, c.status, c.resolution))


# ------------------------------------------------------------------------------------------------ stock


class _Entry(NamedTuple):
    time: int
    product: int  # index into the catalogue
    kind: str
    on_hand: int
    reserved: int
    reason: str
    reference: str


class _StockBook:
    """Stock kept in memory and moved only by ledger rows: after each batch stock equals its ledger."""

    def __init__(
        self,
        products: Sequence[_Product],
        levels: dict[int, tuple[int, int]],
        clock: _Clock,
        stockouts: dict[int, int],
    ) -> None:
        self._products, self._clock, self._stockouts = products, clock, stockouts
        self.on_hand = [levels.get(p.id, (0, 0))[0] for p in products]
        self.reserved = [levels.get(p.id, (0, 0))[1] for p in products]

    def post(self, rows: _Rows) -> list[_Entry]:
        """The batch's movements week by week, with a purchase delivery each Monday where stock runs short."""
        weeks: dict[int, dict[int, list[_Entry]]] = {}
        for entry in self._movements(rows):
            week = ((entry.time + BEIJING) // DAY + 3) // 7
            weeks.setdefault(week, {}).setdefault(entry.product, []).append(entry)
        posted: list[_Entry] = []
        for week in sorted(weeks):
            for index, entries in sorted(weeks[week].items()):
                drop = -sum(e.on_hand - e.reserved for e in entries)
                receipt = self._receipt(index, week, drop)
                for entry in ([receipt] if receipt else []) + entries:
                    self._apply(entry)
                    posted.append(entry)
        return posted

    def _movements(self, rows: _Rows) -> Iterator[_Entry]:
        for (day, index), (units, orders) in rows.dispatch.items():
            start, reference = day * DAY - BEIJING, f"dispatch {EPOCH + timedelta(days=day)}"
            yield _Entry(
                start + 9 * HOUR,
                index,
                "reservation",
                *effect(LedgerKind.RESERVATION, units),
                f"allocated to {orders} orders",
                reference,
            )
            yield _Entry(
                start + 22 * HOUR,
                index,
                "shipment",
                *effect(LedgerKind.SHIPMENT, units),
                f"shipped with {orders} orders",
                reference,
            )
        for when, index, units, order_no in rows.reservations:
            yield _Entry(when, index, "reservation", *effect(LedgerKind.RESERVATION, units), "", order_no)
        for when, index, units, case_no in rows.restocks:
            yield _Entry(
                when,
                index,
                LEDGER_RETURN_RESTOCK,
                *effect(LedgerKind.RETURN_RESTOCK, units),
                "returned goods back on the shelf",
                case_no,
            )
        for when, index, units, case_no in rows.write_offs:  # never back on the shelf: on hand unchanged
            yield _Entry(when, index, LEDGER_RETURN_WRITE_OFF, 0, 0, f"{units} unit(s) written off: damaged",
                         case_no)

    def _receipt(self, index: int, week: int, drop: int) -> _Entry | None:
        product = self._products[index]
        monday = (week * 7 - 3) * DAY - BEIJING
        sold_out = self._stockouts.get(index, NEVER) <= monday + 7 * DAY
        short = drop + (0 if sold_out else product.safety) - (self.on_hand[index] - self.reserved[index])
        if short <= 0:
            return None
        units = -(-short // product.carton) * product.carton
        day = EPOCH + timedelta(days=week * 7 - 3)
        return _Entry(
            monday + 10 * HOUR,
            index,
            "receipt",
            *effect(LedgerKind.RECEIPT, units),
            "purchase delivery",
            f"PO-{day:%Y%m%d}-{product.sku}",
        )

    def _apply(self, entry: _Entry) -> None:
        self.on_hand[entry.product] += entry.on_hand
        self.reserved[entry.product] += entry.reserved

    def finish(self, rng: random.Random, lows: Sequence[int]) -> list[_Entry]:
        """The last word: sold-out products at zero available, a few low ones, every other one stocked."""
        posted: list[_Entry] = []
        now = self._clock.now
        for index, product in enumerate(self._products):
            available = self.on_hand[index] - self.reserved[index]
            if index in self._stockouts:
                change, when, why = -available, self._stockouts[index], "stock count: last units damaged"
            elif index in lows:
                change = rng.randint(1, product.threshold) - available
                when = now - int((1 + 2 * rng.random()) * DAY)
                why = "stock count" if change < 0 else "partial delivery"
            else:  # only a shop with (almost) no orders has products below their safety stock here
                change, when, why = max(0, product.safety - available), now - 5 * DAY, "opening stock"
            if change:
                kind = LedgerKind.RECEIPT if change > 0 else LedgerKind.ADJUSTMENT
                entry = _Entry(when, index, kind.value, *effect(kind, change), why, "")
                self._apply(entry)
                posted.append(entry)
        return posted


def _scan_codes(conn: Connection, products: Sequence[_Product]) -> list[str]:
    """What the packing station scans for each product: its barcode, else its SKU."""
    query = select(PRODUCTS.c.id, PRODUCTS.c.barcode).where(PRODUCTS.c.id.in_([p.id for p in products]))
    barcodes: dict[int, str | None] = {pid: code for pid, code in conn.execute(query)}
    return [barcodes.get(p.id) or p.sku for p in products]


def _levels(conn: Connection, products: Sequence[_Product]) -> dict[int, tuple[int, int]]:
    query = select(STOCK.c.product_id, STOCK.c.on_hand, STOCK.c.reserved).where(
        STOCK.c.warehouse_id == MAIN_WAREHOUSE, STOCK.c.product_id.in_([p.id for p in products])
    )
    return {pid: (on_hand, reserved) for pid, on_hand, reserved in conn.execute(query)}


def _shortages(
    rng: random.Random, products: Sequence[_Product], now: int
) -> tuple[dict[int, int], list[int]]:
    """Three products sold out (one for over a week, waiting for the new harvest) and five running low."""
    candidates = [p.index for p in products if p.season not in ("mid_autumn", "spring_festival")]
    chosen = rng.sample(candidates, 8)
    stockouts = {chosen[0]: now - int((9 + 4 * rng.random()) * DAY)}
    stockouts.update({index: now - int((1 + 3 * rng.random()) * DAY) for index in chosen[1:3]})
    return stockouts, chosen[3:]


# ------------------------------------------------------------------------------------------------ the shop

#: Ids for a batch's new rows: `(table, count) -> ids`, drawn in the batch's own transaction or counted from 1.
Allocate = Callable[[Table, int], Sequence[int]]


def _counted_from_one(table: Table, count: int) -> range:
    """Ids relative to the batch (1, 2, …): the staged copy adds what the shop already holds (SQLite)."""
    return range(1, count + 1)


class _Shop:
    """The demo generator's state across batches; after the catalogue and the customers it needs no database."""

    def __init__(
        self, conn: Connection, *, seed: int, today: date, orders: int, actor: Actor, batch: int
    ) -> None:
        dialect = conn.dialect.name
        # Separate streams, so that how the orders are cut into batches changes nothing.
        self._rng = rng = random.Random(f"{seed}:shop")
        self._order_rng = random.Random(f"{seed}:orders")
        fake = Faker(["zh_CN", "en_US"])
        fake.seed_instance(seed)
        self._clock = clock = _Clock(today, dialect)
        self._money, self._user, self._total, self._done = _Money(dialect), actor.name, orders, 0
        self._batch = max(1, batch)
        _tune(conn)
        self._products = _write_catalogue(conn, rng, clock, self._money, orders)
        self._customers = _write_customers(conn, rng, fake, max(300, orders // 20), clock)
        self._kb = _write_kb(conn, clock)
        self._stockouts, self._lows = _shortages(rng, self._products, clock.now)
        self._planner = _Planner(self._order_rng, clock, self._products, self._customers, self._stockouts)
        packing = _Packing(random.Random(f"{seed}:scans"), clock, _scan_codes(conn, self._products), orders)
        self._writer = _Writer(random.Random(f"{seed}:rows"), clock, self._products, actor.name, packing,
                               self._customers)
        self._book = _StockBook(self._products, _levels(conn, self._products), clock, self._stockouts)
        self._times = _order_times(random.Random(f"{seed}:calendar"), clock, orders)
        self._seen: dict[str, int] = {}
        self.counts = _Counts(0, 0, 0)
        self._last_created = clock.now - WINDOW_DAYS * DAY

    @property
    def batches(self) -> int:
        """How many batches the shop is written in (one at least: the opening stock comes with the last)."""
        return max(1, -(-self._total // self._batch))

    def next_batch(self, allocate: Allocate) -> _Rows:
        """Plan the next batch of orders and every row it writes, with the stock movements they make."""
        times = list(islice(self._times, min(self._batch, self._total - self._done)))
        plans = [self._planner.plan(self._done + n + 1, created) for n, created in enumerate(times)]
        self._done += len(plans)
        final = self._done == self._total
        if final:
            self._cover_every_status(plans)
        for p in plans:
            self._seen[p.status] = self._seen.get(p.status, 0) + 1
        if plans:
            self._last_created = plans[-1].created
        rows = self._rows(allocate, plans)
        rows.done, rows.final = self._done, final
        ledger = self._book.post(rows) + (self._book.finish(self._rng, self._lows) if final else [])
        self._ledger(rows, ledger)
        self.counts = _Counts(
            self.counts.shipments + len(rows.shipments),
            self.counts.events + len(rows.events),
            self._writer.cases,
        )
        return rows

    def _cover_every_status(self, plans: list[_Plan]) -> None:
        """A small shop still shows every status: the newest orders take the ones nothing reached.

        Only orders whose status another order shows too are given up; from the first of them on, the
        newest orders are spread over the last day and a half and planned again.
        """
        counts = Counter(self._seen)
        counts.update(p.status for p in plans)
        missing = [s for s in STATUSES if not counts[s]]
        slots: list[int] = []
        for at in range(len(plans) - 1, -1, -1):
            if len(slots) == len(missing):
                break
            if counts[plans[at].status] > 1:
                counts[plans[at].status] -= 1
                slots.append(at)
        if not slots:
            return
        first, wanted = min(slots), dict(zip(sorted(slots), missing, strict=False))
        floor = plans[first - 1].created if first else self._last_created
        low, high = max(floor, self._clock.now - 36 * HOUR), self._clock.now - 600
        tail = range(first, len(plans))
        times = (
            sorted(self._order_rng.randint(low, high) for _ in tail)
            if low < high
            else [plans[at].created for at in tail]
        )
        for at, created in zip(tail, times, strict=True):
            status = wanted.get(at, plans[at].status)
            for _ in range(20):  # COD, sold-out lines … can steer a plan elsewhere: draw again
                plans[at] = self._planner.plan(plans[at].no, created, forced=status)
                if plans[at].status == status:
                    break

    def _rows(self, allocate: Allocate, plans: Sequence[_Plan]) -> _Rows:
        order_ids = allocate(ORDERS, len(plans))
        line_ids = allocate(ORDER_LINES, sum(len(p.lines) for p in plans))
        shipment_ids = iter(allocate(SHIPMENTS, sum(p.status in LEFT for p in plans)))
        case_ids = iter(allocate(CASES, sum(p.case is not None for p in plans)))
        rows, at = _Rows(), 0
        for p, oid in zip(plans, order_ids, strict=True):
            ids = (
                oid,
                line_ids[at : at + len(p.lines)],
                next(shipment_ids) if p.status in LEFT else None,
                next(case_ids) if p.case is not None else None,
            )
            at += len(p.lines)
            self._writer.order(p, ids, rows)
        return rows

    def _ledger(self, rows: _Rows, ledger: list[_Entry]) -> None:
        """The batch's ledger rows (by time, then product) and what they add up to for each product."""
        ledger.sort()
        products, user = self._products, self._user
        rows.ledger = [
            (
                products[e.product].id,
                MAIN_WAREHOUSE,
                e.kind,
                e.on_hand,
                e.reserved,
                e.reason,
                e.reference,
                user,
                e.time,
            )
            for e in ledger
        ]
        change: dict[int, list[int]] = {}
        for e in ledger:
            delta = change.setdefault(e.product, [0, 0])
            delta[0] += e.on_hand
            delta[1] += e.reserved
        rows.stock = [(products[i].id, d[0], d[1]) for i, d in sorted(change.items())]

    def summary(self, done: int, counts: _Counts) -> DemoSummary:
        return DemoSummary(
            len(self._products),
            len(self._customers),
            done,
            counts.shipments,
            counts.events,
            counts.cases,
            self._kb,
        )


class _Counts(NamedTuple):
    shipments: int
    events: int
    cases: int


# ------------------------------------------------------------------------------------------------ writing

#: What a batch writes, in foreign-key order: the table, its columns, the `_Rows` list holding its rows,
#: and which columns hold ids of rows written in the same batch (and of which table).
_TABLES: tuple[tuple[Table, tuple[str, ...], str, dict[str, Table]], ...] = (
    (ORDERS, ORDER_COLUMNS, "orders", {"id": ORDERS}),
    (ORDER_LINES, LINE_COLUMNS, "lines", {"id": ORDER_LINES, "order_id": ORDERS}),
    (ORDER_SHIP_GROUPS, SHIP_GROUP_COLUMNS, "ship_groups", {"order_id": ORDERS}),
    (PAYMENTS, PAYMENT_COLUMNS, "payments", {"order_id": ORDERS}),
    (AUDIT_LOG, AUDIT_COLUMNS, "audit", {}),
    (SHIPMENTS, SHIPMENT_COLUMNS, "shipments", {"id": SHIPMENTS, "order_id": ORDERS}),
    (
        SHIPMENT_LINES,
        SHIPMENT_LINE_COLUMNS,
        "shipment_lines",
        {"shipment_id": SHIPMENTS, "order_line_id": ORDER_LINES},
    ),
    (TRACKING_EVENTS, EVENT_COLUMNS, "events", {"shipment_id": SHIPMENTS}),
    (CASES, CASE_COLUMNS, "cases", {"id": CASES, "order_id": ORDERS}),
    (CASE_LINES, CASE_LINE_COLUMNS, "case_lines", {"case_id": CASES, "order_line_id": ORDER_LINES}),
    (REFUNDS, REFUND_COLUMNS, "refunds", {"case_id": CASES, "order_id": ORDERS}),
    (STOCK_LEDGER, LEDGER_COLUMNS, "ledger", {}),
    (SCAN_LOG, SCAN_COLUMNS, "scans", {}),
)
#: For each table of `_TABLES`: its columns the rows hold as seconds since the epoch, and as whole cents.
_SECONDS = {
    t.name: frozenset(c for c in columns if isinstance(t.c[c].type, UTCDateTime)) for t, columns, _, _ in _TABLES
}
_CENTS = {t.name: frozenset(c for c in columns if isinstance(t.c[c].type, Numeric)) for t, columns, _, _ in _TABLES}
SCRATCH = "demo_stage"  # the schema name a staged batch is attached under
STOCK_DELTA_COLUMNS = ("product_id", "on_hand", "reserved")

_STOCK_DELTA = (
    update(STOCK)
    .where(STOCK.c.product_id == bindparam("pid"), STOCK.c.warehouse_id == MAIN_WAREHOUSE)
    .values(
        on_hand=STOCK.c.on_hand + bindparam("d_on_hand"), reserved=STOCK.c.reserved + bindparam("d_reserved")
    )
)


def _apply_stock(conn: Connection, deltas: Sequence[Sequence[int]]) -> None:
    if deltas:
        conn.execute(_STOCK_DELTA, [{"pid": pid, "d_on_hand": on, "d_reserved": res} for pid, on, res in deltas])


class _Feed:
    """Hands the shop's batches to the transactions that write them (one transaction per batch)."""

    def write_next(self, conn: Connection) -> int:
        """Write the next batch in the caller's transaction; returns how many orders are written so far."""
        raise NotImplementedError

    def summary(self) -> DemoSummary:
        raise NotImplementedError

    def close(self) -> None:
        """Stop whatever still runs and throw the scratch files away (also after a failure)."""


class _Direct(_Feed):
    """Every batch planned in this process and written straight in: COPY on PostgreSQL, multi-row INSERTs
    on SQLite (where no second process can be forked, for a single batch, or for a database in memory)."""

    def __init__(self, shop: _Shop, dialect: str) -> None:
        self._shop, self._done, self._postgres = shop, 0, dialect == "postgresql"
        self._moment, self._money = _Clock.writer(dialect), _Money(dialect)

    def write_next(self, conn: Connection) -> int:
        rows = self._shop.next_batch(lambda table, count: reserve_ids(conn, table, count))
        indexed = bool(rows.orders) and suspend_order_search(conn)
        for table, columns, name, _ in _TABLES:
            batch: list[Row] = getattr(rows, name)
            if not batch:
                continue
            values = self._values(columns, _SECONDS[table.name], _CENTS[table.name], batch)
            if self._postgres:
                copy_rows(conn, table, columns, values)
            else:
                driver = conn.connection.driver_connection
                insert_values(driver, table.name, columns, list(values))  # type: ignore[arg-type]
        if indexed:
            resume_order_search(conn, rows.orders[0][0])
        _apply_stock(conn, rows.stock)
        self._done = rows.done
        return rows.done

    def _values(
        self, columns: Sequence[str], seconds: frozenset[str], cents: frozenset[str], rows: list[Row]
    ) -> Iterator[Row]:
        """Seconds and cents → the database's own values; every other value as it is."""
        at = [n for n, c in enumerate(columns) if c in seconds]
        money = [n for n, c in enumerate(columns) if c in cents]
        moment, amount = self._moment, self._money
        for row in rows:
            values = list(row)
            for n in at:
                if values[n] is not None:
                    values[n] = moment(values[n])
            for n in money:
                if values[n] is not None:
                    values[n] = amount(values[n])
            yield tuple(values)

    def summary(self) -> DemoSummary:
        return self._shop.summary(self._done, self._shop.counts)


class _Staged(_Feed):
    """SQLite: a child process plans the orders and writes each batch to a scratch SQLite file while this
    process copies the one before into the shop with INSERT … SELECT, so both cores work.

    The child shares nothing with the shop's database: it is forked once the catalogue and the customers
    are written (it inherits them) and counts ids from 1; here they become the next free ids of the
    batch's own transaction. A failure there comes back here as its traceback and is raised here.
    """

    AHEAD = 2  # batches the child may stage before this process has copied them

    def __init__(self, shop: _Shop, engine: Engine) -> None:
        self._shop = shop
        # An idle connection of our own for as long as the demo runs: each batch's connection is closed
        # after its commit, and the last one closing would checkpoint the whole log and delete it.
        self._keeper = engine.connect()
        self._folder = Path(tempfile.mkdtemp(prefix="desktop-oms-demo-"))
        self._copied: list[Path] = []
        self._counts, self._done = shop.counts, 0
        context = multiprocessing.get_context("fork")
        self._queue: Queue[_Staging] = context.Queue(self.AHEAD)
        self._process = context.Process(
            target=_stage_batches, args=(shop, self._folder, self._queue, os.getpid()), name="demo-generator"
        )
        self._process.daemon = True
        self._process.start()

    def write_next(self, conn: Connection) -> int:
        for path in self._copied:  # the transactions that read them are over
            path.unlink(missing_ok=True)
        self._copied.clear()
        staged = self._receive()
        path = Path(staged.path)
        _copy_staged_batch(conn, path)
        self._copied.append(path)
        self._counts, self._done = staged.counts, staged.done
        return staged.done

    def _receive(self) -> _Staging:
        while True:
            try:
                staged = self._queue.get(timeout=0.5)
            except queue.Empty:
                if not self._process.is_alive():
                    raise RuntimeError(
                        f"the demo generator stopped unexpectedly (exit code {self._process.exitcode})"
                    ) from None
                continue
            if staged.error:
                raise RuntimeError(f"the demo generator failed:\n{staged.error}")
            return staged

    def summary(self) -> DemoSummary:
        return self._shop.summary(self._done, self._counts)

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._queue.close()
        self._keeper.close()
        shutil.rmtree(self._folder, ignore_errors=True)


class _Staging(NamedTuple):
    """The child's word on a batch: its scratch file, orders staged so far, counts so far; or what failed."""

    path: str
    done: int
    counts: _Counts
    error: str = ""


def _stage_batches(shop: _Shop, folder: Path, out: Queue[_Staging], parent: int) -> None:
    """The child process: every batch of the shop, each staged in a scratch file of its own, in order."""
    try:
        for number in range(shop.batches):
            rows = shop.next_batch(_counted_from_one)
            path = folder / f"batch-{number:05d}.db"
            _stage(path, rows)
            _send(out, _Staging(str(path), rows.done, shop.counts), parent)
    except BaseException:  # told to the shop's process, which raises it there
        _send(out, _Staging("", 0, shop.counts, traceback.format_exc()), parent)


def _send(out: Queue[_Staging], message: _Staging, parent: int) -> None:
    """Hand a message to the shop's process, waiting while it is behind; give up once it is gone."""
    while os.getppid() == parent:
        try:
            out.put(message, timeout=0.5)
            return
        except queue.Full:
            continue


def _stage(path: Path, rows: _Rows) -> None:
    stage = open_stage(path)
    try:
        stage.execute("BEGIN")
        for table, columns, name, _ in _TABLES:
            stage_rows(stage, table.name, columns, getattr(rows, name))
        stage_rows(stage, "stock_delta", STOCK_DELTA_COLUMNS, rows.stock)
        stage.execute("COMMIT")
    finally:
        stage.close()


def _copy_staged_batch(conn: Connection, path: Path) -> None:
    """Copy a staged batch into the shop, in the caller's transaction, with the ids that come next here."""
    conn.detach()  # closed, not pooled, when the transaction ends: the ATTACH and the PRAGMAs end with it
    _tune(conn)
    attach_stage(conn, path, SCRATCH)
    offsets = {table.name: max_id(conn, table) for table in (ORDERS, ORDER_LINES, SHIPMENTS, CASES)}
    indexed = suspend_order_search(conn)
    for table, columns, _, ids in _TABLES:
        copy_staged(
            conn,
            table,
            columns,
            schema=SCRATCH,
            shift={c: offsets[t.name] for c, t in ids.items()},
            seconds=_SECONDS[table.name],
            cents=_CENTS[table.name],
        )
    if indexed:
        resume_order_search(conn, offsets[ORDERS.name] + 1)
    names = ", ".join(STOCK_DELTA_COLUMNS)
    deltas = conn.exec_driver_sql(f"SELECT {names} FROM {SCRATCH}.stock_delta ORDER BY rowid").all()  # noqa: S608
    _apply_stock(conn, [tuple(d) for d in deltas])


def _open_feed(shop: _Shop, conn: Connection) -> _Feed:
    """Two processes for a SQLite file when this platform can fork a single-threaded process; else one."""
    database = conn.engine.url.database or ""
    parallel = (
        conn.dialect.name == "sqlite"
        and database not in ("", ":memory:")
        and not database.startswith("file:")
        and shop.batches > 1
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )
    return _Staged(shop, conn.engine) if parallel else _Direct(shop, conn.dialect.name)


def _tune(conn: Connection) -> None:
    """A bigger page cache for this connection: the bulk inserts touch many index pages (SQLite only)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA cache_size = -131072")
