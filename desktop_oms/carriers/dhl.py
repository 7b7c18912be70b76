"""DHL Shipment Tracking – Unified API: one keep-alive GET per number, its answer as normalised events.

Format: DHL's OpenAPI file "dpdhl_tracking-unified" 1.3.x (`GET /track/shipments?trackingNumber=`,
header `DHL-API-Key`, 404 `application/problem+json` when nothing is found) and the answers DHL's
services publish in it. Things the documentation leaves open are marked "not documented" below.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import requests

from desktop_oms.carriers import base
from desktop_oms.carriers.base import CarrierConfig, Malformed, NotFound, TrackEvent, TrackResult, Unavailable
from desktop_oms.carriers.base import failure as _failure
from desktop_oms.carriers.base import ordered_events as _ordered
from desktop_oms.carriers.base import plain_number as _plain
from desktop_oms.carriers.base import text as _text
from desktop_oms.domain.tracking import TrackingStatus

NAME = "dhl"

#: DHL's own five `statusCode` values (an enum in the OpenAPI file) → ours. "unknown" is DHL saying it
#: does not classify the scan (its eCommerce answers use it for "LABEL CREATED", "CLOSE BAG" ...).
STATUS_CODES: Mapping[str, TrackingStatus] = {
    "pre-transit": TrackingStatus.INFO_RECEIVED,
    "transit": TrackingStatus.IN_TRANSIT,
    "delivered": TrackingStatus.DELIVERED,
    "failure": TrackingStatus.DELIVERY_FAILED,
    "unknown": TrackingStatus.UNKNOWN,
}

# The enum has no "out for delivery", "ready for pickup" or "returned": DHL puts them in the text
# (`status` is "a string with underscores" or a sentence, depending on the DHL division), so the text
# refines "transit" and "failure". Phrases as DHL's English and German answers word them.
_OUT_FOR_DELIVERY = ("out for delivery", "with delivery courier", "loaded onto the delivery vehicle",
                     "zustellfahrzeug")
_READY_FOR_PICKUP = ("ready for pickup", "ready for collection", "available for pickup", "awaiting collection",
                     "abholbereit")
_RETURNED = ("return to sender", "returned to sender", "return to shipper", "returned to shipper",
             "being returned", "rücksendung")

#: The tracking number DHL's OpenAPI file uses as its example; `test_connection` asks for it (found or
#: not, an answer other than 401/403 proves the key is accepted). One call of the daily quota.
EXAMPLE_NUMBER = "00340434292135100186"


class DhlAdapter:
    """DHL tracking over one keep-alive `requests.Session`; `config.extra["service"]` pins DHL's
    `service` parameter (express, parcel-de, ecommerce ...), which DHL recommends setting."""

    def __init__(self, config: CarrierConfig, session: requests.Session | None = None) -> None:
        self.name = NAME
        self.config = config
        self._session = session or base.session()
        self._url = config.base_url.rstrip("/") + "/track/shipments"

    def track(self, numbers: Sequence[str]) -> list[TrackResult]:
        results: list[TrackResult] = []
        misses: list[str] = []
        for number in dict.fromkeys(numbers):  # the API takes one number per call
            try:
                results.append(self._track_one(number))
            except NotFound as missing:
                misses.append(missing.message)
        if misses and not results:
            raise NotFound(NAME, "; ".join(misses))
        return results

    def test_connection(self) -> str:
        try:
            self._get(EXAMPLE_NUMBER)
        except NotFound:
            pass
        return "DHL accepted the API key."

    # -- HTTP ---------------------------------------------------------------------------------------

    def _get(self, number: str) -> Any:
        params = {"trackingNumber": number}
        if service := self.config.extra.get("service"):
            params["service"] = service
        headers = {"DHL-API-Key": self.config.api_key, "Accept": "application/json"}
        try:
            response = self._session.get(self._url, params=params, headers=headers, timeout=self.config.timeout)
        except (requests.Timeout, requests.ConnectionError) as error:
            raise Unavailable(NAME, _failure(error)) from None
        except requests.RequestException as error:
            raise Unavailable(NAME, f"request failed ({type(error).__name__})") from None
        if response.status_code == 404:
            raise NotFound(NAME, f"{number}: {_problem(response) or 'not found (404)'}")
        base.raise_for_http(NAME, response)
        return base.json_of(NAME, response)

    def _track_one(self, number: str) -> TrackResult:
        body = self._get(number)
        shipments = body.get("shipments") if isinstance(body, Mapping) else None
        if not isinstance(shipments, list) or not all(isinstance(s, Mapping) for s in shipments):
            raise Malformed(NAME, "the answer has no list of shipments")
        if not shipments:
            raise NotFound(NAME, f"{number}: no shipment in the answer")
        shipment = next((s for s in shipments if _is_about(s, number)), None)
        if shipment is None:
            ids = ", ".join(str(s.get("id")) for s in shipments)
            raise Malformed(NAME, f"asked for {number}, the answer is about {ids}")
        return _result(number, shipment)


# -- parsing (pure) ---------------------------------------------------------------------------------


def _result(number: str, shipment: Mapping[str, Any]) -> TrackResult:
    raw_events = shipment.get("events", [])
    if not isinstance(raw_events, list) or not all(isinstance(e, Mapping) for e in raw_events):
        raise Malformed(NAME, "`events` is not a list of events")
    # DHL lists events newest first (not documented, seen in every published answer): reversed, so
    # that events with the same timestamp keep their real order through the stable sort.
    events = _ordered(_event(e) for e in reversed(raw_events))
    current = shipment.get("status")
    if isinstance(current, Mapping) and (current.get("statusCode") or current.get("status")):
        code = _text(current.get("statusCode"))
        status = _status(code, _words(current))
        raw_status = f"{code}: {_text(current.get('status')) or _text(current.get('description'))}"
    else:
        status = events[-1].status if events else TrackingStatus.PENDING
        raw_status = ""
    delivered = [e.time for e in events if e.status is TrackingStatus.DELIVERED]
    delivered_at = delivered[-1] if status is TrackingStatus.DELIVERED and delivered else None
    if status is TrackingStatus.DELIVERED and delivered_at is None and isinstance(current, Mapping):
        stamp = current.get("timestamp")
        delivered_at = _time(stamp) if isinstance(stamp, str) else None
    return TrackResult(number, status, events, delivered_at, raw_status)


def _event(raw: Mapping[str, Any]) -> TrackEvent:
    stamp = raw.get("timestamp")
    if not isinstance(stamp, str) or not stamp:
        raise Malformed(NAME, "an event has no timestamp")
    code = _text(raw.get("statusCode"))
    # `status` is the event's text; `description` is sometimes the same sentence, sometimes a detail
    # (DHL's own example: status "DELIVERED", description "JESSICA", the person who signed).
    text = _text(raw.get("status")) or _text(raw.get("description"))
    return TrackEvent(_time(stamp), _status(code, _words(raw)), code, text, _location(raw.get("location")), raw)


def _status(code: str, words: str) -> TrackingStatus:
    mapped = STATUS_CODES.get(code)
    if mapped is None:
        return base.unmapped(NAME, code, words)
    if mapped is TrackingStatus.IN_TRANSIT:
        if any(phrase in words for phrase in _OUT_FOR_DELIVERY):
            return TrackingStatus.OUT_FOR_DELIVERY
        if any(phrase in words for phrase in _READY_FOR_PICKUP):
            return TrackingStatus.READY_FOR_PICKUP
    if mapped is TrackingStatus.DELIVERY_FAILED and any(phrase in words for phrase in _RETURNED):
        return TrackingStatus.RETURN_TO_SENDER
    return mapped


def _words(event: Mapping[str, Any]) -> str:
    """The event's texts, lower case, with "_" and "pick-up"/"pick up" spelled one way."""
    text = " ".join(_text(event.get(key)) for key in ("status", "description")).lower().replace("_", " ")
    return text.replace("pick-up", "pickup").replace("pick up", "pickup")


def _time(text: str) -> datetime:
    """DHL's timestamps: ISO 8601, with "Z" in the OpenAPI examples but without any offset in most real
    answers (local time at the scan; which zone is not documented). Without an offset we take UTC,
    as TrackEvent promises, so such a time may be off by the scan's UTC offset."""
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise Malformed(NAME, f"unreadable timestamp {text!r}") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _location(place: Any) -> str:
    """`location.address`: `addressLocality` is free text ("Hebron, KY, US", "Oderweg 2, AMSTERDAM"),
    `countryCode` is added when the locality does not already end with it."""
    address = place.get("address") if isinstance(place, Mapping) else None
    if not isinstance(address, Mapping):
        return ""
    locality, country = _text(address.get("addressLocality")), _text(address.get("countryCode"))
    if country and not locality.upper().endswith(country.upper()):
        return ", ".join(part for part in (locality, country) if part)
    return locality


def _is_about(shipment: Mapping[str, Any], number: str) -> bool:
    """The shipment is the one asked for: its id, one of its piece ids or one of its references is the
    number. (DHL documents that without `service` it may answer with another division's number for
    the same parcel; when the asked number appears nowhere, the answer is treated as a wrong one.)"""
    wanted = _plain(number)
    details = shipment.get("details")
    known = [shipment.get("id")]
    if isinstance(details, Mapping):
        pieces = details.get("pieceIds")
        known += pieces if isinstance(pieces, list) else []
        refs = details.get("references")
        refs = [refs] if isinstance(refs, Mapping) else refs  # the OpenAPI example shows one object
        known += [r.get("number") for r in refs if isinstance(r, Mapping)] if isinstance(refs, list) else []
    return any(isinstance(k, str | int) and _plain(str(k)) == wanted for k in known)


def _problem(response: requests.Response) -> str:
    """The `detail` (or `title`) of an RFC 7807 problem body, if there is one."""
    try:
        body = response.json()
    except ValueError:
        return ""
    return _text(body.get("detail") or body.get("title")) if isinstance(body, Mapping) else ""
