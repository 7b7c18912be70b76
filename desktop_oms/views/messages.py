"""Turns error codes, statuses and other service values into translated sentences and labels.

Services and the domain never produce display text: errors carry a code and parameters, statuses
are stable strings. This module is the one place that knows how to say them in the user's language.
"""

from __future__ import annotations

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
        "invalid_value": lambda: _t("{0}: {1}").format(p.get("field", ""), p.get("message", "")),
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
