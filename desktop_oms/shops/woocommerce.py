"""WooCommerce REST API v3 over `requests`: pages of orders (as our IncomingOrder), and tracking pushed back.

Format: WooCommerce's published REST API documentation (woocommerce-rest-api-docs, "wp-api-v3": Orders,
Order notes, Authentication). `GET /wp-json/wc/v3/orders` with `per_page` (at most 100), `page`,
`orderby=modified`, `order=asc`, `modified_after` (ISO 8601) and `dates_are_gmt=true`; the total is in
the `X-WP-Total` / `X-WP-TotalPages` headers and the next page in `Link: <…>; rel="next"`. Signing in:
HTTP Basic with the consumer key and secret over HTTPS; over plain HTTP (a local test shop) the key and
secret go in the query string (`consumer_key`, `consumer_secret`), as the documentation allows for
servers that do not pass the Authorization header on.

Retries: the session's urllib3 `Retry` repeats connection failures, and 429/5xx answers of the
idempotent requests (GET, PUT) a few times with exponential backoff, honouring a short `Retry-After`.
A longer `Retry-After`, a 5xx that outlasts the retries, refused credentials or a bad answer are raised
as the errors below, so the sync service can keep them in the database (they hold across processes).
"""

from __future__ import annotations

import hashlib
import html
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from email.utils import parsedate_to_datetime
from typing import Any, Final

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, ResponseError
from urllib3.util.retry import Retry

from desktop_oms.domain.intake import Address, IncomingLine, IncomingOrder
from desktop_oms.domain.money import ZERO
from desktop_oms.domain.orders import OrderStatus, PaymentMethod, PaymentStatus
from desktop_oms.http_session import EnvironmentOnceSession

log = logging.getLogger(__name__)

CHANNEL: Final = "woocommerce"
ORDER_NO_PREFIX: Final = "WC-"
#: (connect, read) seconds.
DEFAULT_TIMEOUT: Final = (3.05, 20.0)
#: WooCommerce's own maximum of `per_page`.
MAX_PER_PAGE: Final = 100
#: A Retry-After up to this long is waited out inside the request; a longer one is the caller's.
INLINE_RETRY_AFTER_S: Final = 5.0
#: A line without a SKU gets "WC-P<product_id>[-V<variation_id>]", or (no product either) "WC-" and a
#: hash of its name, so the same product always meets the same SKU again.
DERIVED_SKU_PREFIX: Final = "WC-"
MAX_QTY: Final = 1_000_000

#: WooCommerce's own China states (i18n/states.php, "CN1" … "CN32") → the province as we write it.
CN_STATES: Final[Mapping[str, str]] = {
    "CN1": "云南", "CN2": "北京", "CN3": "天津", "CN4": "河北", "CN5": "山西", "CN6": "内蒙古", "CN7": "辽宁",
    "CN8": "吉林", "CN9": "黑龙江", "CN10": "上海", "CN11": "江苏", "CN12": "浙江", "CN13": "安徽", "CN14": "福建",
    "CN15": "江西", "CN16": "山东", "CN17": "河南", "CN18": "湖北", "CN19": "湖南", "CN20": "广东", "CN21": "广西",
    "CN22": "海南", "CN23": "重庆", "CN24": "四川", "CN25": "贵州", "CN26": "陕西", "CN27": "甘肃", "CN28": "青海",
    "CN29": "宁夏", "CN30": "澳门", "CN31": "西藏", "CN32": "新疆",
}

#: Payment gateway ids (`payment_method`, lower case, matched inside) → our methods. WooCommerce's own:
#: bacs (direct bank transfer), cheque, cod; the rest are the usual plugins' ids.
_GATEWAYS: Final = (
    ("alipay", PaymentMethod.ALIPAY),
    ("wechat", PaymentMethod.WECHAT_PAY),
    ("weixin", PaymentMethod.WECHAT_PAY),
    ("wxpay", PaymentMethod.WECHAT_PAY),
    ("bacs", PaymentMethod.BANK_TRANSFER),
    ("bank", PaymentMethod.BANK_TRANSFER),
    ("stripe", PaymentMethod.CARD),
    ("woocommerce_payments", PaymentMethod.CARD),
    ("ppcp-credit-card", PaymentMethod.CARD),
    ("braintree", PaymentMethod.CARD),
    ("square", PaymentMethod.CARD),
    ("card", PaymentMethod.CARD),
)

#: The order statuses WooCommerce documents (besides "trash", never listed with status=any).
STATUSES: Final = frozenset({"pending", "processing", "on-hold", "completed", "cancelled", "refunded", "failed"})
#: Orders a shopper has not placed yet (the block checkout's draft): not orders to us.
DRAFTS: Final = frozenset({"checkout-draft", "draft", "auto-draft"})


# -- errors -----------------------------------------------------------------------------------------


class ShopError(Exception):
    """Base of what the adapter raises; `message` is one sentence (never the secret, never the URL)."""

    def __init__(self, message: str) -> None:
        super().__init__(f"woocommerce: {message}")
        self.message = message


class BadCredentials(ShopError):
    """401/403: the consumer key or secret is wrong, or lacks read/write permission."""


class RateLimited(ShopError):
    """429 with a Retry-After longer than the adapter waits; `retry_at` is when asking is allowed again."""

    def __init__(self, message: str, retry_at: datetime | None) -> None:
        super().__init__(message)
        self.retry_at = retry_at


class Unavailable(ShopError):
    """5xx after the retries, a timeout, no connection."""


class Malformed(ShopError):
    """The answer is not what WooCommerce's documentation says."""


class OrderGone(ShopError):
    """404 for one order: deleted at the shop."""


# -- what the adapter hands over ----------------------------------------------------------------------


@dataclass(frozen=True)
class WooConfig:
    base_url: str  # the shop's address, e.g. https://shop.example.cn (the API is under /wp-json/wc/v3)
    consumer_key: str
    consumer_secret: str
    timeout: tuple[float, float] = DEFAULT_TIMEOUT


@dataclass(frozen=True)
class ShopOrder:
    """One WooCommerce order: its id, status and change time, and the order as we import it."""

    id: str
    number: str
    status: str
    modified_at: datetime
    order: IncomingOrder


@dataclass(frozen=True)
class BadOrder:
    """An order of a page that could not be read: its id, the field and why."""

    id: str
    field: str
    message: str


@dataclass(frozen=True)
class OrdersPage:
    orders: tuple[ShopOrder, ...]
    bad: tuple[BadOrder, ...]
    page: int
    total_pages: int
    total: int
    has_next: bool
    newest_modified: datetime | None  # of every order on the page, readable or not
    count: int  # orders on the page, drafts and unreadable ones included


class RetryWithin(Retry):
    """urllib3's Retry, but a 429 whose Retry-After is longer than INLINE_RETRY_AFTER_S is not waited for
    here: the answer goes back to the caller (the sync service keeps the deadline in the database)."""

    def increment(self, method: str | None = None, url: str | None = None, response: Any = None,
                  error: Exception | None = None, _pool: Any = None, _stacktrace: Any = None) -> RetryWithin:
        if response is not None and response.status == 429:
            wait = self.get_retry_after(response)
            if wait is not None and wait > INLINE_RETRY_AFTER_S:
                # urllib3 hands the response back when retries end this way (raise_on_status=False)
                raise MaxRetryError(_pool, url or "", ResponseError("Retry-After too long to wait here"))
        return super().increment(method, url, response, error, _pool, _stacktrace)


def session(*, retries: int = 3, backoff: float = 0.3) -> requests.Session:
    s = EnvironmentOnceSession()  # the environment read once per host
    retry = RetryWithin(total=retries, connect=retries, read=1, status=retries, other=0, backoff_factor=backoff,
                        backoff_jitter=0.1, status_forcelist=(429, 500, 502, 503, 504),
                        allowed_methods=frozenset({"GET", "PUT"}), raise_on_status=False,
                        respect_retry_after_header=True)
    adapter = HTTPAdapter(max_retries=retry, pool_connections=2, pool_maxsize=4)
    s.mount("http://", adapter)
    s.mount("https://", adapter)
    s.headers["User-Agent"] = "desktop-oms"
    return s


class WooCommerceClient:
    """The shop's REST API over one keep-alive session."""

    def __init__(self, config: WooConfig, http: requests.Session | None = None) -> None:
        self.config = config
        self._http = http or session()
        self._api = config.base_url.rstrip("/") + "/wp-json/wc/v3"
        self._basic = config.base_url.lower().startswith("https://")

    # -- the calls ---------------------------------------------------------------------------------

    def orders_page(self, *, modified_after: datetime | None, page: int = 1,
                    per_page: int = MAX_PER_PAGE) -> OrdersPage:
        """One page of orders in the order they changed, oldest change first."""
        params: dict[str, Any] = {"per_page": min(max(per_page, 1), MAX_PER_PAGE), "page": page,
                                  "orderby": "modified", "order": "asc"}
        if modified_after is not None:
            params["modified_after"] = gmt(modified_after)
            params["dates_are_gmt"] = "true"
        response = self._call("GET", "/orders", params=params)
        body = _json(response)
        if not isinstance(body, list) or not all(isinstance(o, Mapping) for o in body):
            raise Malformed("the orders answer is not a list of orders")
        orders, bad, newest = [], [], None
        for raw in body:
            try:
                order = parse_order(raw)
            except _BadField as error:
                bad.append(BadOrder(str(raw.get("id", "")), error.field, error.message))
                when = _time_or_none(raw.get("date_modified_gmt"))
            else:
                if order is None:  # a draft
                    when = _time_or_none(raw.get("date_modified_gmt"))
                else:
                    orders.append(order)
                    when = order.modified_at
            if when is not None and (newest is None or when > newest):
                newest = when
        total_pages = _header_int(response, "X-WP-TotalPages", 1)
        total = _header_int(response, "X-WP-Total", len(body))
        has_next = 'rel="next"' in response.headers.get("Link", "") or page < total_pages
        return OrdersPage(tuple(orders), tuple(bad), page, total_pages, total, has_next and bool(body), newest,
                          len(body))

    def existing(self, ids: Sequence[str]) -> set[str]:
        """Which of these order ids the shop still has (not deleted, not in the trash)."""
        found: set[str] = set()
        for start in range(0, len(ids), MAX_PER_PAGE):
            chunk = list(ids[start:start + MAX_PER_PAGE])
            params = {"include": ",".join(chunk), "per_page": MAX_PER_PAGE, "status": "any"}
            body = _json(self._call("GET", "/orders", params=params))
            if not isinstance(body, list):
                raise Malformed("the orders answer is not a list of orders")
            found |= {str(o.get("id")) for o in body if isinstance(o, Mapping) and o.get("status") != "trash"}
        return found

    def mark_shipped(self, order_id: str, *, carrier: str, tracking_no: str, complete: bool) -> None:
        """The tracking number in the order's meta (the Shipment Tracking extension's keys) and, when
        every parcel has left, the status "completed"."""
        body: dict[str, Any] = {"meta_data": [{"key": "_tracking_provider", "value": carrier},
                                              {"key": "_tracking_number", "value": tracking_no}]}
        if complete:
            body["status"] = "completed"
        _json(self._call("PUT", f"/orders/{_id(order_id)}", json=body))

    def add_note(self, order_id: str, note: str) -> str:
        """A note the customer sees (and is e-mailed); its id."""
        body = _json(self._call("POST", f"/orders/{_id(order_id)}/notes",
                                json={"note": note, "customer_note": True}))
        if not isinstance(body, Mapping) or body.get("id") in (None, ""):
            raise Malformed("the note answer has no id")
        return str(body["id"])

    def test_connection(self) -> str:
        response = self._call("GET", "/orders", params={"per_page": 1})
        _json(response)
        return f"WooCommerce answered: {_header_int(response, 'X-WP-Total', 0)} orders in the shop."

    # -- HTTP ----------------------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, params: dict[str, Any] | None = None,
              json: Any = None) -> requests.Response:
        params = dict(params or {})
        auth: tuple[str, str] | None = None
        if self._basic:
            auth = (self.config.consumer_key, self.config.consumer_secret)
        else:
            params |= {"consumer_key": self.config.consumer_key, "consumer_secret": self.config.consumer_secret}
        try:
            response = self._http.request(method, self._api + path, params=params, json=json, auth=auth,
                                          timeout=self.config.timeout, headers={"Accept": "application/json"})
        except requests.exceptions.RetryError:
            raise Unavailable("the shop kept refusing (retries used up)") from None
        except requests.RequestException as error:
            raise Unavailable(_failure(error)) from None
        _raise_for(response)
        return response


def _raise_for(response: requests.Response) -> None:
    code = response.status_code
    if 200 <= code < 300:
        return
    if code == 429:
        raise RateLimited("rate limited (429)", retry_after(response.headers.get("Retry-After")))
    if code in (401, 403):
        raise BadCredentials(f"the consumer key or secret was refused ({code}{_wc_code(response)})")
    if code == 404:
        raise OrderGone(f"not found (404{_wc_code(response)})")
    if code >= 500:
        raise Unavailable(f"server error ({code})")
    raise Malformed(f"unexpected HTTP {code}{_wc_code(response)}")


def _wc_code(response: requests.Response) -> str:
    """WooCommerce's error `code` (e.g. woocommerce_rest_cannot_view), if the body has one."""
    try:
        body = response.json()
    except ValueError:
        return ""
    code = body.get("code") if isinstance(body, Mapping) else None
    return f", {code}" if isinstance(code, str) and code else ""


def _json(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        raise Malformed("the answer is not JSON") from None


def _failure(error: requests.RequestException) -> str:
    text = repr(error).lower()
    if isinstance(error, requests.Timeout) or "timeout" in text or "timed out" in text:
        return "timed out"
    return "no connection"


def _header_int(response: requests.Response, name: str, default: int) -> int:
    value = response.headers.get(name, "").strip()
    return int(value) if value.isdigit() else default


def _id(order_id: str) -> str:
    if not order_id.isdigit():
        raise Malformed(f"order id {order_id!r} is not a number")
    return order_id


def retry_after(value: str | None, now: datetime | None = None) -> datetime | None:
    """A Retry-After header (delay-seconds or an HTTP-date) as the time asking is allowed again."""
    if not value:
        return None
    now = now or datetime.now(UTC)
    text = value.strip()
    if text.isdigit():
        return now + timedelta(seconds=int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def gmt(when: datetime) -> str:
    """A time as WooCommerce takes it with dates_are_gmt: ISO 8601 in UTC, whole seconds, no offset."""
    return when.astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat()


# -- parsing (pure) ------------------------------------------------------------------------------------


class _BadField(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


def parse_order(raw: Mapping[str, Any]) -> ShopOrder | None:
    """A WooCommerce order as our incoming order; None for a checkout draft. Raises _BadField."""
    order_id = raw.get("id")
    if isinstance(order_id, bool) or not isinstance(order_id, int | str) or not str(order_id).isdigit():
        raise _BadField("id", "is not an order id")
    status = _text(raw.get("status"))
    if status in DRAFTS:
        return None
    if status not in STATUSES:
        raise _BadField("status", f"{status!r} is not a WooCommerce order status we know")
    number = _text(raw.get("number")) or str(order_id)
    created = _time(raw, "date_created_gmt", "date_created")
    modified = _time(raw, "date_modified_gmt", "date_modified") if raw.get("date_modified_gmt") or raw.get(
        "date_modified") else created
    method = payment_method_of(_text(raw.get("payment_method")), _text(raw.get("payment_method_title")))
    refunded = sum((abs(_money(r, "total")) for r in _list(raw, "refunds")), ZERO)
    total = _money(raw, "total")
    order_status, payment, history = statuses(status, method, paid=bool(raw.get("date_paid_gmt") or raw.get(
        "date_paid")), refunded=refunded, total=total)
    billing, shipping = _mapping(raw, "billing"), _mapping(raw, "shipping")
    bill_to = _address(billing)
    ship_to = _address(shipping)
    if not (ship_to.address1 or ship_to.city):  # nothing to ship to (virtual goods): the billing address
        ship_to = bill_to
    email = _text(billing.get("email"))
    phone = ship_to.phone or _text(billing.get("phone"))
    ship_to = replace(ship_to, phone=phone)
    customer = bill_to.name or ship_to.name or email
    if not customer:
        raise _BadField("billing", "names no customer (no name and no e-mail)")
    read = [_line(item, i) for i, item in enumerate(_list(raw, "line_items"), start=1)]
    lines = tuple(line for line in read if line is not None)
    if not lines:
        raise _BadField("line_items", "the order has no items")
    coupons = [_text(c.get("code")) for c in _list(raw, "coupon_lines")]
    shipping_methods = [_text(s.get("method_title")) for s in _list(raw, "shipping_lines")]
    currency = _text(raw.get("currency")).upper() or "CNY"
    if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        raise _BadField("currency", f"{currency!r} is not a currency code")
    tags = tuple(t for t in ([f"coupon:{c}" for c in coupons if c] + [f"shipping:{m}" for m in shipping_methods if m]))
    incoming = IncomingOrder(
        order_no=ORDER_NO_PREFIX + number[:60], created_at=created, customer_name=customer[:255], email=email[:255],
        phone=phone[:64], ship_to=ship_to, bill_to=bill_to if bill_to != Address() else None,
        payment_method=method, status=order_status, payment_status=payment, lines=lines, currency=currency,
        channel=CHANNEL, external_id=str(order_id), shipping_total=_money(raw, "shipping_total"),
        discount_total=_money(raw, "discount_total"), tax_total=_money(raw, "total_tax"), total=total,
        refunded_total=min(refunded, total) if total > 0 else refunded,
        notes=html.unescape(_text(raw.get("customer_note"))), history_only=history, tags=tags)
    return ShopOrder(str(order_id), number, status, modified, incoming)


def statuses(status: str, method: PaymentMethod, *, paid: bool, refunded: Decimal = ZERO,
             total: Decimal = ZERO) -> tuple[OrderStatus, PaymentStatus, bool]:
    """Our order status, payment status and history_only for a WooCommerce status.

    pending (awaiting payment) and on-hold (awaiting a bank transfer's confirmation) → pending_payment;
    processing (paid, or cash on delivery) → accepted; completed → shipped as history (the goods left
    before this system knew of the order); cancelled, failed → cancelled; refunded → cancelled with
    the refunds kept (refunded after completion: shipped history, refunded).
    """
    cod = method is PaymentMethod.COD
    settled = PaymentStatus.COD_COLLECTED if cod else PaymentStatus.PAID
    if refunded > 0:
        paid_state = PaymentStatus.REFUNDED if total <= refunded else PaymentStatus.PARTIALLY_REFUNDED
    else:
        paid_state = settled
    if status == "processing":
        if cod and not paid:
            return OrderStatus.ACCEPTED, PaymentStatus.COD_PENDING, False
        return OrderStatus.ACCEPTED, paid_state, False
    if status == "completed":
        return OrderStatus.SHIPPED, paid_state, True
    if status == "refunded":
        return OrderStatus.CANCELLED, PaymentStatus.REFUNDED, False
    if status in ("cancelled", "failed"):
        return OrderStatus.CANCELLED, paid_state if refunded > 0 else PaymentStatus.UNPAID, False
    # pending, on-hold
    return OrderStatus.PENDING_PAYMENT, PaymentStatus.COD_PENDING if cod else PaymentStatus.UNPAID, False


def payment_method_of(gateway: str, title: str = "") -> PaymentMethod:
    """Our method for a gateway id (`payment_method`), else for its title; unknown → other."""
    key = gateway.strip().casefold()
    if key == "cod":
        return PaymentMethod.COD
    for text in (key, title.strip().casefold()):
        if not text:
            continue
        for needle, method in _GATEWAYS:
            if needle in text:
                return method
        if "支付宝" in text:
            return PaymentMethod.ALIPAY
        if "微信" in text:
            return PaymentMethod.WECHAT_PAY
        if "货到付款" in text or "cash on delivery" in text:
            return PaymentMethod.COD
    return PaymentMethod.OTHER


def _line(item: Mapping[str, Any], position: int) -> IncomingLine | None:
    qty = item.get("quantity")
    if isinstance(qty, bool) or not isinstance(qty, int) or qty < 0 or qty > MAX_QTY:
        raise _BadField(f"line_items[{position}].quantity", f"{qty!r} is not a quantity")
    if qty == 0:  # an item taken out of the order
        return None
    name = html.unescape(_text(item.get("name")))
    sku = _text(item.get("sku")) or derived_sku(item, name)
    if not sku:
        raise _BadField(f"line_items[{position}].sku", "is empty, and the line names no product")
    # `price` is the unit price after discounts as a JSON number (the docs' example); `total` / qty is the
    # same in cents when price is missing.
    total = _money(item, "total")
    price = item.get("price")
    if isinstance(price, int | float | str) and not isinstance(price, bool) and str(price).strip():
        unit = _decimal(str(price), f"line_items[{position}].price")
    else:
        unit = total / qty
    unit = unit.quantize(Decimal("0.01"))
    return IncomingLine(sku=sku[:64], qty=qty, unit_price=unit, name=name[:255] or sku, row=position)


def derived_sku(item: Mapping[str, Any], name: str) -> str:
    """The SKU of a line without one: the shop's product (and variation) id, else a hash of the name."""
    product, variation = item.get("product_id"), item.get("variation_id")
    if isinstance(product, int) and not isinstance(product, bool) and product > 0:
        if isinstance(variation, int) and not isinstance(variation, bool) and variation > 0:
            return f"{DERIVED_SKU_PREFIX}P{product}-V{variation}"
        return f"{DERIVED_SKU_PREFIX}P{product}"
    key = " ".join(name.split()).casefold()
    if not key:
        return ""
    return DERIVED_SKU_PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10].upper()


def _address(raw: Mapping[str, Any]) -> Address:
    first, last = _text(raw.get("first_name")), _text(raw.get("last_name"))
    name = _person(first, last)
    company = _text(raw.get("company"))
    address2 = " ".join(p for p in (_text(raw.get("address_2")), company) if p)
    country = _text(raw.get("country")).upper()
    if country and not (len(country) == 2 and country.isascii() and country.isalpha()):
        raise _BadField("shipping.country", f"{country!r} is not a two-letter country code")
    state = _text(raw.get("state"))
    province = CN_STATES.get(state.upper(), state) if country in ("CN", "") else state
    return Address(name=name[:255], address1=_text(raw.get("address_1"))[:255], address2=address2[:255],
                   city=_text(raw.get("city"))[:120], province=province[:120],
                   postcode=_text(raw.get("postcode"))[:32], country=country, phone=_text(raw.get("phone"))[:64])


def _person(first: str, last: str) -> str:
    """A Chinese name family name first without a space (王 + 芳 → 王芳); others "First Last"."""
    if first and last and (_cjk(first) or _cjk(last)):
        return last + first
    return " ".join(p for p in (first, last) if p)


def _cjk(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _mapping(raw: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = raw.get(key)
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _BadField(key, "is not an object")
    return value


def _list(raw: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = raw.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise _BadField(key, "is not a list of objects")
    return value


def _money(raw: Mapping[str, Any], key: str) -> Decimal:
    value = raw.get(key)
    if value is None or value == "":
        return ZERO
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _BadField(key, f"{value!r} is not an amount")
    return _decimal(str(value), key).quantize(Decimal("0.01"))


def _decimal(text: str, key: str) -> Decimal:
    try:
        amount = Decimal(text.strip())
    except InvalidOperation:
        raise _BadField(key, f"{text!r} is not an amount") from None
    if not amount.is_finite() or abs(amount) >= Decimal("1e12"):
        raise _BadField(key, f"{text!r} is not an amount")
    return amount


def _time(raw: Mapping[str, Any], gmt_key: str, local_key: str) -> datetime:
    """`…_gmt` (no offset, UTC); the site-local field only when the GMT one is missing (read as UTC)."""
    for key in (gmt_key, local_key):
        when = _time_or_none(raw.get(key))
        if when is not None:
            return when
    raise _BadField(gmt_key, "is missing or not a date and time")


def _time_or_none(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
