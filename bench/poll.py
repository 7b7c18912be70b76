"""Polling 10,000 shipments against a local server, beside plain `requests` against the same server.

    .venv/bin/python bench/poll.py [N]

The server is the carrier simulator (DHL's Unified Tracking format, `ThreadingHTTPServer` with Nagle
off, so the server is not what is measured). Ours: `TrackingService.poll(every_open=True)` over a
SQLite shop with N shipped orders — reading what is due, the rate-slot and quota bookkeeping in the
database, the HTTP call through the DHL adapter, and writing each answer's events and statuses. The
baseline: the same N GETs with plain `requests` (one keep-alive session per thread, the same
concurrency), parsing the JSON and nothing else. Target: ours / baseline >= 0.5.
"""

from __future__ import annotations

import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from threading import local

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_oms import bootstrap  # noqa: E402
from desktop_oms.config import Settings  # noqa: E402
from desktop_oms.db.models import ORDERS, SHIPMENTS, utcnow  # noqa: E402
from desktop_oms.domain.users import Actor, Role  # noqa: E402
from desktop_oms.services import tracking  # noqa: E402
from desktop_oms.services.carrier_sim import CarrierSimulator  # noqa: E402

ADMIN = Actor("bench", Role.ADMIN)


def shop(path: Path, n: int) -> bootstrap.Services:
    services = bootstrap.build(Settings(db_url=f"sqlite:///{path}"))
    shipped = utcnow() - timedelta(hours=30)
    with services.uow() as tx:  # Core inserts: the columns' defaults fill the rest
        tx.connection.execute(ORDERS.insert(), [
            {"id": i, "order_no": f"B-{i:06}", "created_at": shipped, "status": "shipped", "payment_method": "alipay",
             "payment_status": "paid", "customer_name": "张伟"} for i in range(1, n + 1)])
        tx.connection.execute(SHIPMENTS.insert(), [
            {"id": i, "order_id": i, "carrier": "simulator", "tracking_no": f"SIM{i:010}", "status": "pending",
             "shipped_at": shipped} for i in range(1, n + 1)])
        tx.commit()
    return services


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    folder = Path(tempfile.mkdtemp(prefix="oms-poll-"))
    services = shop(folder / "shop.db", n)
    simulator = CarrierSimulator(services.uow, speed=1.0)
    server = simulator.serve(0)
    port = server.server_address[1]
    url = f"http://127.0.0.1:{port}"
    try:
        services.carriers.let_simulator_stand_in(actor=ADMIN, port=port)
        workers = tracking.CONCURRENCY

        # Raw: the same GETs with plain requests, the same concurrency, each answer parsed.
        sessions = local()

        def get(i: int) -> int:
            if not hasattr(sessions, "s"):
                sessions.s = requests.Session()
            r = sessions.s.get(f"{url}/track/shipments", params={"trackingNumber": f"SIM{i:010}"},
                               headers={"DHL-API-Key": "demo"}, timeout=10)
            return len(r.json()["shipments"][0]["events"])

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=workers) as pool:
            events = sum(pool.map(get, range(1, n + 1)))
        raw_s = time.perf_counter() - started

        started = time.perf_counter()
        report = services.tracking.poll(actor=ADMIN, every_open=True, limit=n)
        ours_s = time.perf_counter() - started
    finally:
        server.shutdown()
        server.server_close()
        services.close()
    assert report.polled == n and not report.errors, report.as_json()
    print(f"poll {n:,} shipments, {workers} requests in parallel, carrier simulator (DHL format) on 127.0.0.1")
    print(f"plain requests (GET + JSON)     {raw_s:6.1f} s  {n / raw_s:7.0f} shipments/s  ({events:,} events)")
    print(f"ours (TrackingService.poll)     {ours_s:6.1f} s  {n / ours_s:7.0f} shipments/s  "
          f"({report.new_events:,} events stored, {report.updated:,} updated)")
    print(f"ours / raw                      {raw_s / ours_s:6.2f}   (target >= 0.5)")


if __name__ == "__main__":
    main()
