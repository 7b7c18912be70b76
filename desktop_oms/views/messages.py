"""Turns error codes, statuses and other service values into translated sentences and labels.

Services and the domain never produce display text: errors carry a code and parameters, statuses
are stable strings. This module is the one place that knows how to say them in the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop_oms.domain.errors import DatabaseUnavailable, DomainError


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def status_label(status: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "pending_payment": lambda: _t("Pending payment"),
        "accepted": lambda: _t("Accepted"),
        "on_hold": lambda: _t("On hold"),
        "backordered": lambda: _t("Backordered"),
        "allocated": lambda: _t("Allocated"),
        "picking": lambda: _t("Picking"),
        "packed": lambda: _t("Packed"),
        "shipped": lambda: _t("Shipped"),
        "delivered": lambda: _t("Delivered"),
        "completed": lambda: _t("Completed"),
        "cancelled": lambda: _t("Cancelled"),
    }
    return labels[status]() if status in labels else status


def payment_method_label(method: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "alipay": lambda: _t("Alipay"),
        "wechat_pay": lambda: _t("WeChat Pay"),
        "card": lambda: _t("Card"),
        "bank_transfer": lambda: _t("Bank transfer"),
        "cod": lambda: _t("Cash on delivery"),
        "other": lambda: _t("Other"),
    }
    return labels[method]() if method in labels else method


def payment_status_label(status: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "unpaid": lambda: _t("Unpaid"),
        "paid": lambda: _t("Paid"),
        "cod_pending": lambda: _t("COD pending"),
        "cod_collected": lambda: _t("COD collected"),
        "partially_refunded": lambda: _t("Partially refunded"),
        "refunded": lambda: _t("Refunded"),
    }
    return labels[status]() if status in labels else status


def role_label(role: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "packer": lambda: _t("Packer"),
        "agent": lambda: _t("Service agent"),
        "manager": lambda: _t("Manager"),
        "admin": lambda: _t("Administrator"),
    }
    return labels[role]() if role in labels else role


def ledger_kind_label(kind: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "receipt": lambda: _t("Goods in"),
        "reservation": lambda: _t("Reserved"),
        "release": lambda: _t("Released"),
        "shipment": lambda: _t("Shipped"),
        "return_restock": lambda: _t("Return restocked"),
        "return-restock": lambda: _t("Return restocked"),
        "return-write-off": lambda: _t("Return written off"),
        "adjustment": lambda: _t("Adjustment"),
        "pick": lambda: _t("Picked"),
        "write_off": lambda: _t("Written off"),
    }
    return labels[kind]() if kind in labels else kind


def action_label(action: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "create": lambda: _t("created"),
        "import": lambda: _t("imported"),
        "allocate": lambda: _t("allocated"),
        "backorder": lambda: _t("backordered"),
        "cancel": lambda: _t("cancelled"),
        "hold": lambda: _t("put on hold"),
        "release": lambda: _t("released from hold"),
        "edit-address": lambda: _t("ship-to address changed"),
        "claim": lambda: _t("taken to a packing station"),
        "unclaim": lambda: _t("given back by the packing station"),
        "pack": lambda: _t("packed"),
        "pack-unscanned": lambda: _t("packed without scans"),
        "pack-parcel": lambda: _t("a parcel packed"),
        "ship-parcel": lambda: _t("a parcel shipped"),
        "price-override": lambda: _t("price set by hand"),
        "payment": lambda: _t("paid at the shop"),
        "refund": lambda: _t("refunded"),
        "ship": lambda: _t("shipped"),
        "deliver": lambda: _t("delivered"),
    }
    return labels[action]() if action in labels else action


def error_text(error: BaseException) -> str:
    """One sentence for the user, in their language."""
    if isinstance(error, DatabaseUnavailable) or _is_database_error(error):
        return _t("The database cannot be reached: {0}. Try again in a moment.").format(_first_line(error))
    if not isinstance(error, DomainError):
        return _t("Something went wrong inside desktop-oms ({0}). Details are in the log.").format(
            type(error).__name__)
    p = error.params
    sentences: dict[str, Callable[[], str]] = {
        "order.illegal_move": lambda: _t("{0} {1} cannot move from “{2}” to “{3}”.").format(
            _kind(p.get("entity", "")), p.get("ref", ""), status_label(str(p.get("current", ""))),
            status_label(str(p.get("target", "")))),
        "not_found": lambda: _t("There is no {0} “{1}”.").format(_kind(p.get("kind", "")), p.get("key", "")),
        "permission_denied": lambda: _t("Your role may not do this ({0}).").format(
            str(p.get("permission", "")).replace("_", " ")),
        "invalid_value": lambda: _t("{0}: {1}").format(field_label(str(p.get("field", ""))),
                                                        value_message(str(p.get("message", "")))),
        "stale_edit": lambda: _t("{0} {1} was changed at another desk — reloaded. Check it and try again.").format(
            _kind(p.get("kind", "")), p.get("key", "")),
        "stock.insufficient": lambda: _t("{0}: {1} wanted but only {2} available.").format(
            p.get("sku", ""), p.get("wanted", ""), p.get("available", "")),
        "user.login_failed": lambda: _t("Unknown user or wrong password."),
        "user.locked": lambda: _t("This user is locked after five failed log-ins until {0}.").format(
            p.get("until", "")),
        "packing.nothing_to_pack": lambda: _t("No allocated order is waiting to be packed."),
        "packing.claimed_elsewhere": lambda: _t("Order {0} is being packed at {1}.").format(
            p.get("order_no", ""), p.get("station", "")),
        "packing.incomplete": lambda: _t(
            "Order {0} cannot be packed yet: the scanned count of {1} does not match the order.").format(
            p.get("order_no", ""), p.get("skus", "")),
        "shipping.tracking_in_use": lambda: _t("{0} tracking number {1} is already used by order {2}.").format(
            p.get("carrier", ""), p.get("tracking_no", ""), p.get("order_no", "")),
    }
    if error.code in sentences:
        return sentences[error.code]()
    return str(error)


def is_known_error(error: BaseException) -> bool:
    return isinstance(error, DomainError | DatabaseUnavailable) or _is_database_error(error)


def _kind(kind: object) -> str:
    kinds: dict[str, Callable[[], str]] = {
        "order": lambda: _t("Order"),
        "product": lambda: _t("Product"),
        "user": lambda: _t("User"),
        "case": lambda: _t("Case"),
        "parcel": lambda: _t("Parcel"),
    }
    key = str(kind)
    return kinds[key]() if key in kinds else key


def _is_database_error(error: BaseException) -> bool:
    """A connection lost under a running query (SQLAlchemy's OperationalError and friends)."""
    module = type(error).__module__
    return module.startswith("sqlalchemy") and type(error).__name__ in {
        "OperationalError", "InterfaceError", "DisconnectionError", "TimeoutError"}


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip().splitlines()
    return text[0] if text else type(error).__name__


# --- a service's word on a value, in the user's language ---------------------------------------------
# The services say what is wrong with a value in English (the command line's words). These are the
# sentences an agent meets at the order desk (new orders, edits, addresses, holds); each pattern
# matches one sentence of the services, and anything else is shown as the service said it.

_VALUE_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [(re.compile(pattern), say) for
                                                                             pattern, say in [
    (r"^at most ([\d,]+) characters$", lambda m: _t("at most {0} characters").format(m[1])),
    (r"^(?:is )?required$", lambda m: _t("required")),
    (r"^required in China$", lambda m: _t("required in China")),
    (r"^a country is required$", lambda m: _t("a country is required")),
    (r"^(.+) is not a two-letter country code$", lambda m: _t("{0} is not a two-letter country code").format(m[1])),
    (r"^a two-letter country code such as CN, US or DE$",
     lambda m: _t("a two-letter country code such as CN, US or DE")),
    (r"^(.+) is not a phone number$", lambda m: _t("{0} is not a phone number").format(m[1])),
    (r"^(.+) is not an e-mail address$", lambda m: _t("{0} is not an e-mail address").format(m[1])),
    (r"^(.+) is not a province of China$", lambda m: _t("{0} is not a province of China").format(m[1])),
    (r"^(.+) is not a city of (.+)$", lambda m: _t("{0} is not a city of {1}").format(m[1], m[2])),
    (r"^a Chinese postcode has six digits$", lambda m: _t("a Chinese postcode has six digits")),
    (r"^a new customer needs a name$", lambda m: _t("a new customer needs a name")),
    (r"^a new customer needs a phone number or an e-mail address$",
     lambda m: _t("a new customer needs a phone number or an e-mail address")),
    (r"^an order needs at least one line$", lambda m: _t("an order needs at least one line")),
    (r"^at most ([\d,]+) lines$", lambda m: _t("at most {0} lines").format(m[1])),
    (r"^a line needs a product$", lambda m: _t("a line needs a product")),
    (r"^no active product (.+)$", lambda m: _t("no active product {0}").format(m[1])),
    (r"^(.+) is no longer sold \(inactive\)$", lambda m: _t("{0} is no longer sold (inactive)").format(m[1])),
    (r"^must be a whole number of units from (\d+) to ([\d,]+)$",
     lambda m: _t("must be a whole number of units from {0} to {1}").format(m[1], m[2])),
    (r"^must be a non-zero whole number of units up to ±([\d,]+)$",
     lambda m: _t("must be a non-zero whole number of units up to ±{0}").format(m[1])),
    (r"^(.+): on hand cannot drop below the units reserved for orders$",
     lambda m: _t("{0}: on hand cannot drop below the units reserved for orders").format(m[1])),
    (r"^an adjustment needs a reason$", lambda m: _t("an adjustment needs a reason")),
    (r"^a product needs a name$", lambda m: _t("a product needs a name")),
    (r"^no spaces or control characters$", lambda m: _t("no spaces or control characters")),
    (r"^(.+) is already the barcode of (.+)$", lambda m: _t("{0} is already the barcode of {1}").format(m[1], m[2])),
    (r"^at most 8 levels$", lambda m: _t("at most 8 levels")),
    (r"^each level of the path has at most 120 characters$",
     lambda m: _t("each level of the path has at most 120 characters")),
    (r"^the path is longer than 500 characters$", lambda m: _t("the path is longer than 500 characters")),
    (r"^(.+) is not a PNG, JPEG, GIF, BMP or WebP image$",
     lambda m: _t("{0} is not a PNG, JPEG, GIF, BMP or WebP image").format(m[1])),
    (r"^(.+) is not an existing file$", lambda m: _t("{0} is not an existing file").format(m[1])),
    (r"^an amount with at most two decimals, like 58\.00$",
     lambda m: _t("an amount with at most two decimals, like 58.00")),
    (r"^must be more than 0\.00$", lambda m: _t("must be more than 0.00")),
    (r"^cannot be negative$", lambda m: _t("cannot be negative")),
    (r"^(.+) is not an amount of money$", lambda m: _t("{0} is not an amount of money").format(m[1])),
    (r"^scan or type a case or order number$", lambda m: _t("scan or type a case or order number")),
    (r"^decide on at least one received unit$", lambda m: _t("decide on at least one received unit")),
    (r"^(.+): units cannot be negative$", lambda m: _t("{0}: units cannot be negative").format(m[1])),
    (r"^(.+): say why the units are written off$", lambda m: _t("{0}: say why the units are written off").format(m[1])),
    (r"^each line needs a quantity of at least 1$", lambda m: _t("each line needs a quantity of at least 1")),
    (r"^no unit was received$", lambda m: _t("no unit was received")),
    (r"^a case needs someone who owns it$", lambda m: _t("a case needs someone who owns it")),
    (r"^write something$", lambda m: _t("write something")),
    (r"^an article needs a title$", lambda m: _t("an article needs a title")),
    (r"^an article needs a body$", lambda m: _t("an article needs a body")),
    (r"^a title has at most ([\d,]+) characters$", lambda m: _t("a title has at most {0} characters").format(m[1])),
    (r"^a body has at most ([\d,]+) characters$", lambda m: _t("a body has at most {0} characters").format(m[1])),
    (r"^the tags have at most ([\d,]+) characters together$",
     lambda m: _t("the tags have at most {0} characters together").format(m[1])),
    (r"^there is already an article (.+) in (\w+)$",
     lambda m: _t("there is already an article {0} in {1}").format(m[1], m[2])),
    (r"^a whole number from 1 to ([\d,]+)$", lambda m: _t("a whole number from 1 to {0}").format(m[1])),
    (r"^an amount of 0 or more with at most 2 decimals$",
     lambda m: _t("an amount of 0 or more with at most 2 decimals")),
    (r"^an amount of 0 or more$", lambda m: _t("an amount of 0 or more")),
    (r"^at most two decimal places$", lambda m: _t("at most two decimal places")),
    (r"^a price other than the catalogue's needs a reason$",
     lambda m: _t("a price other than the catalogue's needs a reason")),
    (r"^say why the price differs from the catalogue$", lambda m: _t("say why the price differs from the catalogue")),
    (r"^a new (\w+) order is (.+), not (\w+)$", lambda m: _t("a new {0} order is {1}, not {2}").format(
        payment_method_label(m[1]), _t(" or ").join(payment_status_label(s) for s in m[2].split(" or ")),
        payment_status_label(m[3]))),
    (r"^unknown payment method (.+)$", lambda m: _t("unknown payment method {0}").format(m[1])),
    (r"^unknown payment status (.+)$", lambda m: _t("unknown payment status {0}").format(m[1])),
    (r"^no line goes to this address$", lambda m: _t("no line goes to this address")),
    (r"^the order has (\d+) address\(es\); no address (\d+)$",
     lambda m: _t("the order has {0} address(es); no address {1}").format(m[1], m[2])),
    (r"^(.+) is already the number of another order$",
     lambda m: _t("{0} is already the number of another order").format(m[1])),
    (r"^an order keeps at least one line; cancel the order instead$",
     lambda m: _t("an order keeps at least one line; cancel the order instead")),
    (r"^line (\d+) has only (\d+)$", lambda m: _t("line {0} has only {1}").format(m[1], m[2])),
    (r"^line (\d+) already goes to address (\d+)$",
     lambda m: _t("line {0} already goes to address {1}").format(m[1], m[2])),
    (r"^address 1 is the order's own ship-to and stays$",
     lambda m: _t("address 1 is the order's own ship-to and stays")),
    (r"^address (\d+) still has lines; move them first$",
     lambda m: _t("address {0} still has lines; move them first").format(m[1])),
    (r"^a hold needs a reason$", lambda m: _t("a hold needs a reason")),
    (r"^must be from 1 to ([\d,]+)$", lambda m: _t("must be from 1 to {0}").format(m[1])),
]]


def value_message(message: str) -> str:
    """What a service said about a value (an InvalidValue's message), in the user's language."""
    for pattern, say in _VALUE_MESSAGES:
        found = pattern.match(message)
        if found:
            return say(found)
    return message


def field_label(field: str) -> str:
    """A service's field name (`ship_postcode`, `line_2.qty`, `ship_to_2.city`) as the form calls it."""
    head, _, rest = field.partition(".")
    line = re.fullmatch(r"line_(\d+)", head)
    if line and rest:
        return _t("Line {0}, {1}").format(line[1], field_label(rest))
    address = re.fullmatch(r"ship_to_(\d+)", head)
    if address and rest:
        return _t("Address {0}, {1}").format(address[1], field_label(rest))
    if head == "ship_to" and rest:
        return field_label(rest)
    labels: dict[str, Callable[[], str]] = {
        "customer_name": lambda: _t("Name"), "name": lambda: _t("Name"), "ship_name": lambda: _t("Recipient"),
        "phone": lambda: _t("Phone"), "ship_phone": lambda: _t("Phone"), "email": lambda: _t("E-mail"),
        "address1": lambda: _t("Street address"), "ship_address1": lambda: _t("Street address"),
        "address2": lambda: _t("Street address, line 2"), "ship_address2": lambda: _t("Street address, line 2"),
        "city": lambda: _t("City"), "ship_city": lambda: _t("City"),
        "province": lambda: _t("Province"), "ship_province": lambda: _t("Province"),
        "postcode": lambda: _t("Postcode"), "ship_postcode": lambda: _t("Postcode"),
        "country": lambda: _t("Country"), "ship_country": lambda: _t("Country"),
        "sku": lambda: _t("SKU"), "qty": lambda: _t("Quantity"), "unit_price": lambda: _t("Unit price"),
        "price_reason": lambda: _t("Reason for the price"), "reason": lambda: _t("Reason"),
        "notes": lambda: _t("Notes"), "lines": lambda: _t("Lines"), "ship_group": lambda: _t("Address"),
        "payment_method": lambda: _t("Payment method"), "payment_status": lambda: _t("Payment status"),
        "order_no": lambda: _t("Order number"),
        "amount": lambda: _t("Amount"), "price": lambda: _t("Price"), "barcode": lambda: _t("Barcode"),
        "category": lambda: _t("Category"), "threshold": lambda: _t("Low-stock threshold"),
        "delta": lambda: _t("Change"), "image": lambda: _t("Image"), "title": lambda: _t("Title"),
        "body": lambda: _t("Text"), "tags": lambda: _t("Tags"), "owner": lambda: _t("Owner"),
        "decisions": lambda: _t("Inspection"), "received": lambda: _t("Received"), "code": lambda: _t("Code"),
    }
    return labels[field]() if field in labels else field
