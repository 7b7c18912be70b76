"""The carrier simulator: a local HTTP server that answers in DHL's Unified Tracking format.

It gives the demo shop live tracking without the internet. It reads the shop's shipments (read
only: the number and when it was shipped) and tells each parcel's journey from that moment, sped up
so that a parcel shipped in the demo is delivered within hours: picked up, through the hubs, out for
delivery, delivered — and now and then a failed attempt or a customs hold, chosen by the number so
the same parcel always has the same story. The journey is a function of the shipping time, so a
restarted simulator tells the same events again (the poller stores each once).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from sqlalchemy import select

from desktop_oms.db.models import SHIPMENTS, utcnow
from desktop_oms.db.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
#: The journey's steps: (minutes after shipping at speed 1, DHL statusCode, status, description, place).
STEPS: tuple[tuple[int, str, str, str, str], ...] = (
    (0, "pre-transit", "SHIPMENT INFORMATION RECEIVED", "Shipment information received 已收到运单信息", "Hangzhou 杭州"),
    (30, "transit", "PICKED UP", "Shipment picked up 已揽收", "Hangzhou 杭州"),
    (120, "transit", "PROCESSED", "Processed at sorting hub 已到达分拨中心", "Hangzhou hub 杭州转运中心"),
    (360, "transit", "DEPARTED", "Departed facility 已离开分拨中心", "Hangzhou hub 杭州转运中心"),
    (720, "transit", "ARRIVED", "Arrived at delivery facility 已到达派送网点", "Destination depot 目的地网点"),
    (900, "transit", "OUT FOR DELIVERY", "Out for delivery 派送中", "Destination depot 目的地网点"),
    (960, "delivered", "DELIVERED", "Delivered 已签收", "Recipient 收件人"),
)
FAILED_ATTEMPT = (960, "failure", "DELIVERY ATTEMPT FAILED", "Recipient not at home 收件人不在，改日派送",
                  "Destination depot 目的地网点")
CUSTOMS = (500, "transit", "CUSTOMS HOLD", "Held at customs 海关查验中", "Customs 海关")


def journey(number: str, shipped_at: datetime, now: datetime, *, speed: float) -> list[dict[str, Any]]:
    """The events of this parcel up to `now`, newest first (as DHL lists them)."""
    luck = int(hashlib.sha256(number.encode()).hexdigest(), 16) % 10
    steps = list(STEPS)
    if luck == 0:  # one parcel in ten: a failed attempt, delivered on the next round
        steps = [*steps[:-1], FAILED_ATTEMPT, (steps[-1][0] + 480, *steps[-1][1:])]
    elif luck == 1:  # and one in ten waits at customs for a while
        steps = [*steps[:4], CUSTOMS, *((m + 240, c, st, d, pl) for m, c, st, d, pl in steps[4:])]
    events = []
    for minutes, code, status, description, place in steps:
        at = shipped_at + timedelta(minutes=minutes / speed)
        if at > now:
            break
        events.append({"timestamp": at.astimezone().isoformat(timespec="seconds"), "statusCode": code,
                       "status": status, "description": description,
                       "location": {"address": {"addressLocality": place}}})
    return list(reversed(events))


class CarrierSimulator:
    def __init__(self, uow: UnitOfWorkFactory, *, speed: float = 8.0, clock: Callable[[], datetime] = utcnow) -> None:
        self._uow, self.speed, self._clock = uow, speed, clock

    def answer(self, number: str) -> tuple[int, dict[str, Any]]:
        with self._uow(read_only=True) as tx:
            shipped_at = tx.connection.execute(select(SHIPMENTS.c.shipped_at).where(
                SHIPMENTS.c.tracking_no == number).limit(1)).scalar()
        if shipped_at is None:
            return 404, {"type": "about:blank", "title": "No shipment with given tracking number found.",
                         "status": 404, "detail": f"No shipment with tracking number {number} found"}
        events = journey(number, shipped_at, self._clock(), speed=self.speed)
        status = events[0] if events else {"statusCode": "unknown", "status": "UNKNOWN", "description": ""}
        return 200, {"shipments": [{"id": number, "service": "simulator", "status": status, "events": events}]}

    def serve(self, port: int = DEFAULT_PORT, *, host: str = "127.0.0.1") -> ThreadingHTTPServer:
        """A started server (in a daemon thread); `.shutdown()` stops it."""
        simulator = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # else a keep-alive answer waits ~40 ms for the next packet
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                url = urlparse(self.path)
                numbers = parse_qs(url.query).get("trackingNumber", [])
                if not url.path.endswith("/track/shipments") or len(numbers) != 1:
                    self._send(400, {"title": "Bad request", "status": 400,
                                     "detail": "GET /track/shipments?trackingNumber=..."})
                    return
                if not self.headers.get("DHL-API-Key"):
                    self._send(401, {"title": "Unauthorized", "status": 401, "detail": "DHL-API-Key missing"})
                    return
                self._send(*simulator.answer(numbers[0].strip()))

            def _send(self, code: int, body: dict[str, Any]) -> None:
                data = json.dumps(body, ensure_ascii=False).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json" if code == 200 else "application/problem+json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                log.debug("carrier-sim: " + format, *args)

        server = ThreadingHTTPServer((host, port), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, name="carrier-sim", daemon=True).start()
        return server
