"""Tracking statuses, carriers and poll outcomes in the user's language, and the colours statuses are shown in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop_oms.domain.carriers import BY_CODE, CARRIERS
from desktop_oms.domain.tracking import TrackingStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("shipments", text)


# The chips, in the order a parcel lives.
STATUSES: tuple[str, ...] = tuple(str(s) for s in TrackingStatus)

# (text, background) per tracking status: soft enough to read all day, red and amber for trouble.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "pending": ("#4a5568", "#edf0f4"),
    "info_received": ("#1f4e99", "#e3edfc"),
    "picked_up": ("#2c5282", "#e2ecf7"),
    "in_transit": ("#0f6b5c", "#dcf5ef"),
    "out_for_delivery": ("#5a3d99", "#ece5fb"),
    "ready_for_pickup": ("#4a5d0f", "#eef5d6"),
    "delivered": ("#276749", "#def7e8"),
    "delivery_failed": ("#a11d1d", "#fde2e2"),
    "delivery_delayed": ("#8a5a00", "#fff4d6"),
    "on_hold": ("#8a3b00", "#ffe6d5"),
    "return_to_sender": ("#9b2c2c", "#fbe3e3"),
    "cancelled": ("#6b7280", "#f1f1f1"),
    "unknown": ("#6b7280", "#f1f1f1"),
}


def tracking_status_label(status: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "pending": lambda: _t("Awaiting first scan"),
        "info_received": lambda: _t("Label created"),
        "picked_up": lambda: _t("Picked up"),
        "in_transit": lambda: _t("In transit"),
        "out_for_delivery": lambda: _t("Out for delivery"),
        "ready_for_pickup": lambda: _t("Ready for pickup"),
        "delivered": lambda: _t("Delivered"),
        "delivery_failed": lambda: _t("Delivery failed"),
        "delivery_delayed": lambda: _t("Delayed"),
        "on_hold": lambda: _t("On hold"),
        "return_to_sender": lambda: _t("Returning to sender"),
        "cancelled": lambda: _t("Cancelled"),
        "unknown": lambda: _t("Unrecognised scan"),
    }
    return labels[status]() if status in labels else status


def carrier_label(code: str) -> str:
    """A carrier's name as people here call it (the domain's English name when we have no other)."""
    labels: dict[str, Callable[[], str]] = {
        "sf_express": lambda: _t("SF Express"),
        "zto": lambda: _t("ZTO Express"),
        "yto": lambda: _t("YTO Express"),
        "sto": lambda: _t("STO Express"),
        "yunda": lambda: _t("Yunda Express"),
        "jd": lambda: _t("JD Logistics"),
        "ems": lambda: _t("EMS / China Post"),
        "dhl": lambda: _t("DHL"),
        "ups": lambda: _t("UPS"),
        "fedex": lambda: _t("FedEx"),
        "usps": lambda: _t("USPS"),
        "simulator": lambda: _t("Carrier simulator (demo)"),
        "kuaidi100": lambda: _t("Kuaidi100"),
        "17track": lambda: _t("17TRACK"),
    }
    if code in labels:
        return labels[code]()
    known = BY_CODE.get(code)
    return known.name if known else code


def carrier_codes() -> tuple[str, ...]:
    """Every carrier a parcel can leave with, in the packing screen's order."""
    return tuple(c.code for c in CARRIERS)


def skip_reason(why: str) -> str:
    """Why the poller left a carrier alone this run (its reasons are English sentences for the log)."""
    reasons: tuple[tuple[str, Callable[[], str]], ...] = (
        ("no enabled account", lambda: _t("no account for it is set up and enabled")),
        ("asked to wait", lambda: _t("it asked us to wait a while (Retry-After)")),
        ("circuit open", lambda: _t("it failed several times in a row; paused for a few minutes")),
        ("daily quota", lambda: _t("today's request quota is used up")),
        ("rate limit", lambda: _t("its request rate limit leaves no room right now")),
    )
    for start, sentence in reasons:
        if why.startswith(start):
            return sentence()
    return why


def skipped_text(skipped: Sequence[tuple[str, str]]) -> list[str]:
    return [_t("{0} was not asked: {1}").format(carrier_label(c), skip_reason(why)) for c, why in skipped]


def errors_text(errors: Sequence[tuple[str, str, str]]) -> list[str]:
    return [_t("{0} {1}: {2}").format(carrier_label(c), number, message) for c, number, message in errors]


def when(moment: datetime | None) -> str:
    """A moment in this computer's time zone, or a dash."""
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment is not None else "—"


def days_between(start: datetime, end: datetime) -> int:
    """Whole days elapsed (96 hours without news: 4)."""
    return max(0, int((end - start).total_seconds() // 86_400))


def calendar_days(start: datetime, end: datetime) -> int:
    """Days on the calendar here, as people count a parcel's journey (shipped Monday, delivered Tuesday: 1)."""
    return max(0, (end.astimezone().date() - start.astimezone().date()).days)
