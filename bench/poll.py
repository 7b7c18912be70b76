"""Polling 10,000 shipments against a local server, beside plain `requests` against the same server.

    .venv/bin/python bench/poll.py [N] [--rate-limited] [--profile]

The server is the carrier simulator (DHL's Unified Tracking format, `ThreadingHTTPServer` with Nagle
off) in a process of its own, so that it does not share our interpreter lock: its CPU time per
phase is printed, to show whether it was the bottleneck. Ours: `TrackingService.poll(every_open=True)`
over a SQLite shop with N shipped orders — reading what is due, the rate-slot bookkeeping in the
database, the HTTP call through the DHL adapter, and writing each answer's events and statuses.
The baseline: the same N GETs with plain `requests` (one keep-alive session per thread, the same
concurrency), parsing the JSON and nothing else — run before and after ours, in the same run.
Target: ours / baseline >= 0.5.

The simulator's account publishes 200 requests/s, and the poller keeps to it: that alone caps ours
below what `requests` does here. So by default the poller is given a rate limit of 100,000/s for the
simulator (the slot bookkeeping still runs, in blocks), to measure the machinery and not the
politeness; `--rate-limited` keeps the account's 200/s. `--profile` runs ours under pyinstrument.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from multiprocessing.synchronize import Event
from pathlib import Path
from threading import local
from typing import Any

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
LIFTED = tracking.Limits(per_second=100_000.0)


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


def serve(db_url: str, ports: Any, stop: Event) -> None:
    """The simulator in its own process (reading the shop's shipments through its own engine)."""
    services = bootstrap.build(Settings(db_url=db_url), migrate=False)
    server = CarrierSimulator(services.uow, speed=1.0).serve(0)
    ports.put(server.server_address[1])
    stop.wait()
    server.shutdown()
    services.close()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 10_000
    rate_limited, profile = "--rate-limited" in sys.argv, "--profile" in sys.argv
    folder = Path(tempfile.mkdtemp(prefix="oms-poll-"))
    services = shop(folder / "shop.db", n)
    context = multiprocessing.get_context("spawn")
    ports, stop = context.Queue(), context.Event()
    server = context.Process(target=serve, args=(f"sqlite:///{folder / 'shop.db'}", ports, stop), daemon=True)
    server.start()
    port = ports.get(timeout=60)
    url = f"http://127.0.0.1:{port}"
    assert server.pid is not None
    pid = server.pid
    services.carriers.let_simulator_stand_in(actor=ADMIN, port=port)
    workers = tracking.CONCURRENCY

    def adapters(name: str) -> tuple[Any, tracking.Limits] | None:
        found = services.carriers.adapter_for(name)
        return found if found is None or rate_limited else (found[0], LIFTED)

    poller = tracking.TrackingService(services.uow, adapters)

    sessions = local()

    def get(i: int) -> int:
        if not hasattr(sessions, "s"):
            sessions.s = requests.Session()
        r = sessions.s.get(f"{url}/track/shipments", params={"trackingNumber": f"SIM{i:010}"},
                           headers={"DHL-API-Key": "demo"}, timeout=10)
        return len(r.json()["shipments"][0]["events"])

    def raw() -> tuple[float, float, int]:
        """Plain requests: the same GETs, the same concurrency, each answer parsed; (wall s, server CPU s, events)."""
        cpu, started = cpu_seconds(pid), time.perf_counter()
        with ThreadPoolExecutor(max_workers=workers) as pool:
            events = sum(pool.map(get, range(1, n + 1)))
        return time.perf_counter() - started, cpu_seconds(pid) - cpu, events

    try:
        raw_before, raw_before_cpu, events = raw()
        cpu, mine, started = cpu_seconds(pid), time.process_time(), time.perf_counter()
        if profile:
            from pyinstrument import Profiler

            with Profiler(interval=0.002) as profiler:
                report = poller.poll(actor=ADMIN, every_open=True, limit=n)
        else:
            report = poller.poll(actor=ADMIN, every_open=True, limit=n)
        ours_s, ours_cpu, ours_server = time.perf_counter() - started, time.process_time() - mine, cpu_seconds(pid) - cpu
        raw_after, raw_after_cpu, _ = raw()
    finally:
        stop.set()
        server.join(10)
        services.close()
    assert report.polled == n and not report.errors, report.as_json()
    raw_s = (raw_before + raw_after) / 2
    load = os.getloadavg()
    limit = "the account's 200/s" if rate_limited else f"lifted to {LIFTED.per_second:,.0f}/s"
    print(f"poll {n:,} shipments, {workers} requests in parallel, carrier simulator (DHL format, own process) on "
          f"127.0.0.1; rate limit {limit}; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"plain requests before ours      {raw_before:6.1f} s  {n / raw_before:7.0f} GETs/s       "
          f"server CPU {raw_before_cpu / raw_before:4.0%}  ({events:,} events)")
    print(f"ours (TrackingService.poll)     {ours_s:6.1f} s  {n / ours_s:7.0f} shipments/s  "
          f"server CPU {ours_server / ours_s:4.0%}  our CPU {ours_cpu / ours_s:4.0%}  "
          f"({report.new_events:,} events stored, {report.updated:,} updated)")
    print(f"plain requests after ours       {raw_after:6.1f} s  {n / raw_after:7.0f} GETs/s       "
          f"server CPU {raw_after_cpu / raw_after:4.0%}")
    print(f"ours / raw (mean of the two)    {raw_s / ours_s:6.2f}   (target >= 0.5)")
    if profile:
        print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
