"""17TRACK tracking API v2.2: JSON over POST with the `17token` header → normalised events.

17TRACK only tracks numbers registered first (`/register`, one quota unit each); `/gettrackinfo`
rejects the others with -18019902, and `track()` registers those and asks once more. Fresh
registrations usually have no data yet (17TRACK fetches asynchronously): such numbers are simply not
in the result, and NotFound is raised when no number has any.

Event times come as `time_iso` with the carrier's local offset and as `time_utc`; the offset is kept.
An optional 17TRACK carrier key per number can be given as `config.extra[number]` (e.g. "3011").
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Final

import requests

from desktop_oms.carriers.base import (
    BadCredentials,
    CarrierConfig,
    CarrierError,
    Malformed,
    NotFound,
    QuotaExhausted,
    RateLimited,
    TrackEvent,
    TrackResult,
    Unavailable,
    json_of,
    raise_for_http,
    retry_after,
    unmapped,
)
from desktop_oms.carriers.base import ordered_events as _ordered
from desktop_oms.carriers.base import session as keepalive_session
from desktop_oms.domain.tracking import TrackingStatus

log = logging.getLogger(__name__)

VERSION: Final = "v2.2"
BATCH: Final = 40  # numbers per call, all endpoints
NOT_REGISTERED: Final = -18019902
ALREADY_REGISTERED: Final = -18019901
_S = TrackingStatus

#: latest_status.status (the nine main statuses) → ours. Expired ("运输过久": in transit for very long
#: without delivery) is DELIVERY_DELAYED; Exception without a telling sub-status is ON_HOLD.
STATUSES: Final[Mapping[str, TrackingStatus]] = {
    "NotFound": _S.PENDING,
    "InfoReceived": _S.INFO_RECEIVED,
    "InTransit": _S.IN_TRANSIT,
    "Expired": _S.DELIVERY_DELAYED,
    "AvailableForPickup": _S.READY_FOR_PICKUP,
    "OutForDelivery": _S.OUT_FOR_DELIVERY,
    "DeliveryFailure": _S.DELIVERY_FAILED,
    "Delivered": _S.DELIVERED,
    "Exception": _S.ON_HOLD,
}
#: sub_status values that say more than their main status.
SUB_STATUSES: Final[Mapping[str, TrackingStatus]] = {
    "InTransit_PickedUp": _S.PICKED_UP,
    "Exception_Returning": _S.RETURN_TO_SENDER,
    "Exception_Returned": _S.RETURN_TO_SENDER,
    "Exception_Delayed": _S.DELIVERY_DELAYED,
    "Exception_Cancel": _S.CANCELLED,
    "Exception_Rejected": _S.DELIVERY_FAILED,
    "Exception_NoBody": _S.DELIVERY_FAILED,
}
#: An event's `stage` may hold a milestone key_stage instead of a sub-status.
MILESTONES: Final[Mapping[str, TrackingStatus]] = {
    "InfoReceived": _S.INFO_RECEIVED,
    "PickedUp": _S.PICKED_UP,
    "Departure": _S.IN_TRANSIT,
    "Arrival": _S.IN_TRANSIT,
    "AvailableForPickup": _S.READY_FOR_PICKUP,
    "OutForDelivery": _S.OUT_FOR_DELIVERY,
    "Delivered": _S.DELIVERED,
    "Returning": _S.RETURN_TO_SENDER,
    "Returned": _S.RETURN_TO_SENDER,
}
_BAD_KEY: Final = (-18010001, -18010002, -18010004, -18010005)  # IP not whitelisted, bad key, disabled, unauthorised
_QUOTA: Final = (-18019907, -18019908)  # daily limit exceeded, quota used up
_NO_DATA: Final = (-18019909, -18019903, -18010012, -18019910)  # no info yet, carrier not detected, bad format/carrier


def status_of(code: str) -> TrackingStatus | None:
    """A 17TRACK sub-status ("InTransit_Arrival"), main status or milestone as ours; None if unknown."""
    if code in SUB_STATUSES:
        return SUB_STATUSES[code]
    if code in MILESTONES:
        return MILESTONES[code]
    return STATUSES.get(code.split("_", 1)[0])


class Track17Adapter:

    #: Numbers per request, as the carrier documents it (the poller batches by this).
    max_batch = 40
    def __init__(self, config: CarrierConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.name = config.name or "17track"
        self._session = session or keepalive_session()

    def track(self, numbers: Sequence[str]) -> list[TrackResult]:
        results: list[TrackResult] = []
        for start in range(0, len(numbers), BATCH):
            batch = list(numbers[start:start + BATCH])
            found, unregistered = self._gettrackinfo(batch)
            if unregistered:
                self.register(unregistered)
                found += self._gettrackinfo(unregistered)[0]
            results += found
        if numbers and not results:
            raise NotFound(self.name, f"no tracking data for {', '.join(numbers)}")
        return results

    def register(self, numbers: Sequence[str]) -> list[str]:
        """Register numbers for tracking (one quota unit each); returns those 17TRACK now tracks,
        including numbers that were registered already."""
        tracked: list[str] = []
        for start in range(0, len(numbers), BATCH):
            data = self._call("register", self._items(numbers[start:start + BATCH]))
            tracked += [str(item.get("number")) for item in _list(data, "accepted", self.name)]
            for item in _list(data, "rejected", self.name):
                code, message = _error(item)
                if code == ALREADY_REGISTERED:
                    tracked.append(str(item.get("number")))
                elif code in _QUOTA:
                    raise QuotaExhausted(self.name, f"cannot register ({code} {message})")
                else:
                    log.warning("%s: %s not registered (%s %s)", self.name, item.get("number"), code, message)
        return tracked

    def test_connection(self) -> str:
        """`/getquota`: free, and checks the key."""
        data = self._call("getquota", [])
        remain, total = data.get("quota_remain"), data.get("quota_total")
        return f"17TRACK accepted the key; {remain} of {total} registrations left."

    def _gettrackinfo(self, numbers: list[str]) -> tuple[list[TrackResult], list[str]]:
        data = self._call("gettrackinfo", self._items(numbers))
        asked = {n.upper(): n for n in numbers}
        results, unregistered = [], []
        for item in _list(data, "accepted", self.name):
            number = str(item.get("number") or "").upper()
            if number not in asked:
                raise Malformed(self.name, f"answer about {number or 'no number'}, asked {', '.join(numbers)}")
            result = self._result(asked[number], item)
            if result is not None:
                results.append(result)
        for item in _list(data, "rejected", self.name):
            number = str(item.get("number") or "").upper()
            if number not in asked:
                raise Malformed(self.name, f"rejection of {number or 'no number'}, asked {', '.join(numbers)}")
            code, message = _error(item)
            if code == NOT_REGISTERED:
                unregistered.append(asked[number])
            elif code in _QUOTA:
                raise QuotaExhausted(self.name, f"{code} {message}")
            elif code not in _NO_DATA:
                log.warning("%s: %s rejected (%s %s)", self.name, number, code, message)
        return results, unregistered

    def _items(self, numbers: Sequence[str]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for number in numbers:
            item: dict[str, Any] = {"number": number}
            carrier = self.config.extra.get(number, "")
            if carrier.isdigit():
                item["carrier"] = int(carrier)
            items.append(item)
        return items

    def _call(self, endpoint: str, body: list[dict[str, Any]]) -> dict[str, Any]:
        url = f"{self.config.base_url.rstrip('/')}/track/{VERSION}/{endpoint}"
        try:
            response = self._session.post(url, json=body, timeout=self.config.timeout,
                                          headers={"17token": self.config.api_key})
        except requests.Timeout:
            raise Unavailable(self.name, "no answer in time") from None
        except requests.RequestException as error:
            raise Unavailable(self.name, f"cannot connect ({type(error).__name__})") from None
        raise_for_http(self.name, response)
        answer = json_of(self.name, response)
        if not isinstance(answer, dict) or not isinstance(answer.get("code"), int):
            raise Malformed(self.name, "the answer has no code")
        data = answer.get("data")
        code: int = answer["code"]
        if code != 0:
            errors = data.get("errors") if isinstance(data, dict) else None
            first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else {}
            raise self._failure(code, str(first.get("message") or ""), response)
        if not isinstance(data, dict):
            raise Malformed(self.name, "data is missing")
        return data

    def _failure(self, code: int, message: str, response: requests.Response) -> CarrierError:
        """A whole-call failure (`code` ≠ 0, details in data.errors)."""
        text = f"{code} {message}".strip()
        if code == 429:  # the documented rate-limit envelope; 17TRACK allows 3 requests a second
            return RateLimited(self.name, f"rate limited ({text})", retry_after(response.headers.get("Retry-After")))
        if code in _BAD_KEY:
            return BadCredentials(self.name, f"key refused ({text})")
        if code in _QUOTA:
            return QuotaExhausted(self.name, text)
        if code == -18010003:  # internal service error, retry later
            return Unavailable(self.name, f"service error ({text})")
        if -18010016 <= code <= -18010010:  # the request itself refused (field missing/invalid, batch size)
            return CarrierError(self.name, f"request refused ({text})")
        return Malformed(self.name, f"undocumented code ({text})")

    def _result(self, number: str, item: Mapping[str, Any]) -> TrackResult | None:
        info = item.get("track_info")
        latest = info.get("latest_status") if isinstance(info, dict) else None
        if not isinstance(info, dict) or not isinstance(latest, dict) or not isinstance(latest.get("status"), str):
            raise Malformed(self.name, f"track_info.latest_status missing for {number}")
        tracking = info.get("tracking")
        providers = tracking.get("providers") if isinstance(tracking, dict) else []
        if not isinstance(providers, list):
            raise Malformed(self.name, f"tracking.providers of {number} is not a list")
        raw_events = []
        for provider in providers:
            events = provider.get("events") if isinstance(provider, dict) else None
            if not isinstance(events, list):
                raise Malformed(self.name, f"a provider of {number} has no events list")
            raw_events += events
        main, sub = latest["status"], str(latest.get("sub_status") or "")
        if main == "NotFound" and not raw_events:
            return None  # registered, but 17TRACK has nothing from the carrier yet
        # all providers' events (origin and last-mile carrier) in one timeline; their order in the
        # answer is not relied on
        events = _ordered(self._event(number, raw) for raw in raw_events)
        status = SUB_STATUSES.get(sub) or STATUSES.get(main) or unmapped(self.name, f"{main}/{sub}", "")
        delivered = next((e.time for e in events if e.status is TrackingStatus.DELIVERED), None)
        return TrackResult(number, status, tuple(events),
                           delivered_at=delivered if status is TrackingStatus.DELIVERED else None,
                           raw_status=f"{main}/{sub}" if sub else main)

    def _event(self, number: str, raw: Any) -> TrackEvent:
        if not isinstance(raw, dict):
            raise Malformed(self.name, f"an event of {number} is not an object")
        when = _time(raw.get("time_iso")) or _time(raw.get("time_utc"))
        text = raw.get("description")
        if when is None or not isinstance(text, str):
            raise Malformed(self.name, f"an event of {number} lacks a time with offset or a description")
        code = str(raw.get("sub_status") or raw.get("stage") or "")
        if code:
            known = status_of(code)
            status = known if known is not None else unmapped(self.name, code, text)
        else:  # 17TRACK leaves stage/sub_status empty on many events: nothing to map, nothing to log
            status = TrackingStatus.UNKNOWN
        return TrackEvent(when, status, code, text, str(raw.get("location") or ""), raw)


def _time(value: Any) -> datetime | None:
    """An ISO 8601 time that carries its offset (or Z); None for anything else."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def _list(data: Mapping[str, Any], key: str, carrier: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise Malformed(carrier, f"data.{key} is not a list of objects")
    return value


def _error(item: Mapping[str, Any]) -> tuple[int | None, str]:
    error = item.get("error")
    if not isinstance(error, dict):
        return None, ""
    code = error.get("code")
    return (code if isinstance(code, int) else None), str(error.get("message") or "")
