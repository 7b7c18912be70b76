"""Kuaidi100 (快递100) real-time query (实时快递查询) for Chinese carriers: signed form POST → normalised events.

`POST {base_url}/poll/query.do` with `customer`, `param` (JSON) and `sign` = upper(MD5(param + key +
customer)); config.api_key = key, config.customer = customer. One number per request.

Which carrier a number belongs to is Kuaidi100's `com` code. `track(numbers, company=..., phones=...)`
takes it as a keyword (our carrier code such as "zto", or a Kuaidi100 code such as "zhongtong"), else
per number from `config.extra[number]`, else `config.extra["com"]`. SF and ZTO numbers also need a
phone of the sender or recipient: `phones[number]` or `config.extra["phone:<number>"]`.

Kuaidi100 sends times as China local time without an offset; they are read as +08:00.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, Final

import requests

from desktop_oms.carriers.base import (
    BadCredentials,
    CarrierConfig,
    CarrierError,
    Malformed,
    NotFound,
    QuotaExhausted,
    TrackEvent,
    TrackResult,
    Unavailable,
    json_of,
    raise_for_http,
    unmapped,
)
from desktop_oms.carriers.base import ordered_events as _ordered
from desktop_oms.carriers.base import session as keepalive_session
from desktop_oms.domain.tracking import TrackingStatus

log = logging.getLogger(__name__)

CHINA: Final = timezone(timedelta(hours=8), "CST")
_S = TrackingStatus

#: Our carrier codes (domain.carriers) → Kuaidi100 `com` codes (Kuaidi100's 快递公司编码表).
COMPANY_CODES: Final[Mapping[str, str]] = {
    "zto": "zhongtong",
    "yto": "yuantong",
    "sto": "shentong",
    "yunda": "yunda",
    "jd": "jd",
    "ems": "ems",
    "sf_express": "shunfeng",
}

#: Kuaidi100 `state` values (运单快递状态说明): code → (name, status). The base states 0-14 come with
#: every answer; with resultv2 the finer 高级物流状态 codes (101, 1001, 201, …) appear too.
#: 2 疑难 ("快件存在疑难") is ON_HOLD: Kuaidi100 lists its causes as sub-states, and apart from the two
#: time-outs (201/202 → DELIVERY_DELAYED) they are all problems someone must act on (refused, failed
#: delivery, unreachable, out of area, stranded, damaged), not mere lateness.
STATES: Final[Mapping[str, tuple[str, TrackingStatus]]] = {
    "0": ("在途", _S.IN_TRANSIT),
    "1001": ("到达派件城市", _S.IN_TRANSIT),
    "1002": ("干线", _S.IN_TRANSIT),
    "1003": ("转递", _S.IN_TRANSIT),
    "1": ("揽收", _S.PICKED_UP),
    "101": ("已下单", _S.INFO_RECEIVED),
    "102": ("待揽收", _S.INFO_RECEIVED),
    "103": ("已揽收", _S.PICKED_UP),
    "5": ("派件", _S.OUT_FOR_DELIVERY),
    "501": ("投柜或驿站", _S.READY_FOR_PICKUP),
    "3": ("签收", _S.DELIVERED),
    "301": ("本人签收", _S.DELIVERED),
    "302": ("派件异常后签收", _S.DELIVERED),
    "303": ("代签", _S.DELIVERED),
    "304": ("投柜或站签收", _S.DELIVERED),
    "6": ("退回", _S.RETURN_TO_SENDER),
    "4": ("退签", _S.RETURN_TO_SENDER),
    "401": ("已销单", _S.CANCELLED),
    "14": ("拒签", _S.DELIVERY_FAILED),
    "7": ("转投", _S.IN_TRANSIT),  # handed to another carrier, still moving
    "2": ("疑难", _S.ON_HOLD),
    "201": ("超时未签收", _S.DELIVERY_DELAYED),
    "202": ("超时未更新", _S.DELIVERY_DELAYED),
    "203": ("拒收", _S.DELIVERY_FAILED),
    "204": ("派件异常", _S.DELIVERY_FAILED),
    "205": ("柜或驿站超时未取", _S.ON_HOLD),
    "206": ("无法联系", _S.DELIVERY_FAILED),
    "207": ("超区", _S.ON_HOLD),
    "208": ("滞留", _S.ON_HOLD),
    "209": ("破损", _S.ON_HOLD),
    "210": ("销单", _S.CANCELLED),
    "8": ("清关", _S.IN_TRANSIT),
    "10": ("待清关", _S.IN_TRANSIT),
    "11": ("清关中", _S.IN_TRANSIT),
    "12": ("已清关", _S.IN_TRANSIT),
    "13": ("清关异常", _S.ON_HOLD),
}
#: With resultv2=1 each trace carries the state *name* in `status`; with 4 also `statusCode`.
STATE_NAMES: Final[Mapping[str, TrackingStatus]] = {name: status for name, status in STATES.values()}


def sign(param: str, key: str, customer: str) -> str:
    """签名: MD5 over param + key + customer (no separators), 32 upper-case hex digits."""
    return hashlib.md5((param + key + customer).encode("utf-8"), usedforsecurity=False).hexdigest().upper()


def company_code(company: str) -> str:
    """A Kuaidi100 `com` code from our carrier code, or the Kuaidi100 code itself (always lower case)."""
    key = company.strip().lower()
    return COMPANY_CODES.get(key, key)


class Kuaidi100Adapter:
    #: resultv2 "1": traces carry their state name and the administrative area (areaName). "4" would add
    #: the finer state codes per trace; the mapping reads either.
    resultv2 = "1"

    def __init__(self, config: CarrierConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.name = config.name or "kuaidi100"
        self._session = session or keepalive_session()

    def track(self, numbers: Sequence[str], *, company: str | None = None,
              phones: Mapping[str, str] | None = None) -> list[TrackResult]:
        """Results for the numbers Kuaidi100 knows; NotFound only when it knows none of them. ValueError
        when no company code is given for a number (a caller's mistake, not the carrier's answer)."""
        results, missing = [], []
        for number in numbers:
            com = company or self.config.extra.get(number) or self.config.extra.get("com")
            if not com:
                raise ValueError(f"no Kuaidi100 company code for {number}: pass company= or config.extra[{number!r}]")
            phone = (phones or {}).get(number) or self.config.extra.get(f"phone:{number}", "")
            try:
                results.append(self._query(number, company_code(com), phone))
            except NotFound as error:
                missing.append(error.message)
        if numbers and not results:
            raise NotFound(self.name, "; ".join(missing))
        return results

    def test_connection(self) -> str:
        """Kuaidi100 publishes no free credential check, so this is one real-time query for a dummy
        number (it may count as a query): 查询无结果 proves customer and signature were accepted."""
        try:
            self._query("0000000000", "zhongtong", "")
        except NotFound:
            pass
        return "Kuaidi100 accepted the customer ID and the signature."

    def _query(self, number: str, com: str, phone: str) -> TrackResult:
        fields = {"com": com, "num": number}
        if phone:
            fields["phone"] = phone
        fields["resultv2"] = self.resultv2
        param = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
        form = {"customer": self.config.customer, "sign": sign(param, self.config.api_key, self.config.customer),
                "param": param}
        try:
            response = self._session.post(f"{self.config.base_url.rstrip('/')}/poll/query.do", data=form,
                                          timeout=self.config.timeout)
        except requests.Timeout:
            raise Unavailable(self.name, "no answer in time") from None
        except requests.RequestException as error:
            raise Unavailable(self.name, f"cannot connect ({type(error).__name__})") from None
        raise_for_http(self.name, response)
        body = json_of(self.name, response)
        if not isinstance(body, dict):
            raise Malformed(self.name, "the answer is not a JSON object")
        if body.get("result") is False or "returnCode" in body:
            raise _refusal(self.name, number, str(body.get("returnCode") or ""), str(body.get("message") or ""))
        return self._result(number, body)

    def _result(self, number: str, body: Mapping[str, Any]) -> TrackResult:
        if str(body.get("message")) != "ok" or str(body.get("status")) != "200":
            raise Malformed(self.name, f"unexpected message/status {body.get('message')!r}/{body.get('status')!r}")
        nu = str(body.get("nu") or "").strip()
        if nu.upper() != number.upper():
            raise Malformed(self.name, f"answer about {nu or 'no number'}, asked {number}")
        state = str(body.get("state") if body.get("state") is not None else "")
        traces = body.get("data")
        if not state or not isinstance(traces, list):
            raise Malformed(self.name, f"state or data missing for {number}")
        if not traces:
            raise NotFound(self.name, f"no traces for {number}")
        # Kuaidi100 sends newest first: reversed, events with the same minute keep their real order
        events = _ordered(self._event(number, trace) for trace in reversed(traces))
        known = STATES.get(state)
        status = known[1] if known else unmapped(self.name, state, str(body.get("condition") or ""))
        delivered = next((e.time for e in events if e.status is TrackingStatus.DELIVERED), None)
        return TrackResult(number, status, tuple(events),
                           delivered_at=delivered if status is TrackingStatus.DELIVERED else None, raw_status=state)

    def _event(self, number: str, trace: Any) -> TrackEvent:
        if not isinstance(trace, dict):
            raise Malformed(self.name, f"a trace of {number} is not an object")
        stamp, text = trace.get("ftime") or trace.get("time"), trace.get("context")
        if not isinstance(stamp, str) or not isinstance(text, str):
            raise Malformed(self.name, f"a trace of {number} lacks time or context")
        try:
            when = datetime.strptime(stamp.strip(), "%Y-%m-%d %H:%M:%S").replace(tzinfo=CHINA)
        except ValueError:
            raise Malformed(self.name, f"time {stamp!r} is not YYYY-MM-DD HH:MM:SS") from None
        code = str(trace.get("statusCode") or trace.get("status") or "")
        status = self._trace_status(code, text)
        return TrackEvent(when, status, code, text, str(trace.get("areaName") or ""), trace)

    def _trace_status(self, code: str, text: str) -> TrackingStatus:
        if not code:  # without resultv2 traces carry no state at all: nothing to map, nothing to log
            return TrackingStatus.UNKNOWN
        known = STATES.get(code)
        if known:
            return known[1]
        by_name = STATE_NAMES.get(code)
        return by_name if by_name is not None else unmapped(self.name, code, text)


def _refusal(name: str, number: str, code: str, message: str) -> CarrierError:
    """returnCode of a refused query (Kuaidi100's 返回码 table)."""
    text = f"{code} {message}".strip()
    if code == "500":  # 查询无结果，请隔段时间再查
        return NotFound(name, f"{number}: {text}")
    if code == "503":  # 验证签名失败
        return BadCredentials(name, f"signature refused ({text})")
    if code == "601":  # POLL:KEY已过期 / 没有可用单量
        return QuotaExhausted(name, f"key expired or no queries left ({text})")
    if code in ("501", "502"):  # 服务器错误 / 服务器繁忙
        return Unavailable(name, f"server error ({text})")
    if code in ("400", "408"):
        # 400: data incomplete, unknown company code or account not enabled; 408: phone missing or wrong.
        # About this request, not the account as a whole, so the message is passed on as it came.
        return CarrierError(name, f"{number}: query refused ({text})")
    return Malformed(name, f"undocumented returnCode ({text or 'none'})")
