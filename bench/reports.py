"""Every report over a full year of a big shop: the service's query time beside the raw SQL of the same aggregation.

    .venv/bin/desktop-oms --db sqlite:////tmp/m1.db demo --orders 1000000     # once, ~150 s
    .venv/bin/python bench/reports.py --db sqlite:////tmp/m1.db [--seed-scans]

For each report, in the same run:
- `service`  ReportService.run (brings the per-day summaries up to date, then one read transaction);
             the best of three runs.
- `raw sum`  the SQL that run sent, re-sent straight through the DB-API cursor (no SQLAlchemy, no
             Python after it): what the summaries cost the database.
- `raw live` the SQL of the same aggregation over the orders themselves (the service with summaries
             off sends it; re-sent the same way): what every chart would cost without the summaries.
- `render`   the Figure built and drawn by Agg, as on screen (each is then written as a 150 dpi PNG).
The first summary build (a new database, or another time zone) is timed on its own. `--seed-scans`
adds a synthetic scan log (30 days, 8 packers at 4 stations) when the shop has none, so the packer
chart has something to show; the demo shop does not pack through stations.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, insert, select

from desktop_oms import bootstrap
from desktop_oms.charts.catalog import REPORTS
from desktop_oms.charts.data import Period, ReportRequest
from desktop_oms.config import Settings
from desktop_oms.db.models import ORDERS, SCAN_LOG
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.reports import ReportService

MANAGER = Actor("bench", Role.MANAGER)


class Recorder:
    """Keeps the statements (and their parameters) sent while it is on."""

    def __init__(self, engine: Any) -> None:
        self.on = False
        self.sent: list[tuple[str, Any]] = []
        event.listen(engine, "before_cursor_execute", self._before)

    def _before(self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if self.on and statement.lstrip().upper().startswith(("SELECT", "WITH")):
            self.sent.append((statement, parameters))

    def capture(self, fn: Callable[[], Any]) -> list[tuple[str, Any]]:
        self.sent, self.on = [], True
        try:
            fn()
        finally:
            self.on = False
        return self.sent


def raw_ms(engine: Any, statements: list[tuple[str, Any]]) -> float:
    """The statements re-sent through the DB-API cursor, results fetched; milliseconds."""
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        started = time.perf_counter()
        for statement, parameters in statements:
            cursor.execute(statement, parameters)
            cursor.fetchall()
        return (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def seed_scans(services: Any, today: date) -> int:
    with services.engine.begin() as conn:
        if conn.execute(select(func.count()).select_from(SCAN_LOG)).scalar_one():
            return 0
        rng, rows = random.Random(7), []
        packers = [(f"packer{n}", f"STATION-{n % 4 + 1}", 18 + 6 * rng.random(), 0.01 + 0.03 * rng.random())
                   for n in range(1, 9)]
        for back in range(30):
            day = datetime(today.year, today.month, today.day, tzinfo=UTC) - timedelta(days=back)
            for user, station, per_hour, miss in packers:
                for hour in range(1, 9):  # 09:00-17:00 in Beijing is 01:00-09:00 UTC
                    for number in range(int(per_hour)):
                        moment = day + timedelta(hours=hour, minutes=number * 60 / per_hour)
                        order_no = f"SIM-{back}-{user}-{hour}-{number}"
                        rows.append({"time": moment, "station": station, "user": user, "order_no": order_no,
                                     "code": order_no, "result": "order"})
                        for item in range(1 + rng.randrange(3)):
                            result = "wrong_item" if rng.random() < miss else "counted"
                            rows.append({"time": moment + timedelta(seconds=20 + 15 * item), "station": station,
                                         "user": user, "order_no": order_no, "code": "x", "result": result})
                        rows.append({"time": moment + timedelta(seconds=80), "station": station, "user": user,
                                     "order_no": order_no, "code": "x", "result": "completed"})
        conn.execute(insert(SCAN_LOG), rows)
        return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite:////tmp/m1.db")
    parser.add_argument("--seed-scans", action="store_true")
    parser.add_argument("--out", type=Path, default=Path("/tmp/report-charts"))
    args = parser.parse_args()
    services = bootstrap.build(Settings(db_url=args.db))
    summarised, live = services.reports, ReportService(services.uow, summaries=False)
    with services.engine.connect() as conn:
        newest = conn.execute(select(func.max(ORDERS.c.created_at))).scalar_one()
    last = newest.astimezone(UTC).date() if newest else date.today()
    request = ReportRequest(last - timedelta(days=364), last, Period.WEEK)
    print(f"{args.db}: {request.start} to {request.end} by week ({services.engine.dialect.name})")
    if args.seed_scans:
        print(f"seeded {seed_scans(services, last):,} scan-log rows")
    started = time.perf_counter()
    summarised.refresh_summaries()
    print(f"summaries brought up to date (a first build, or after the demo) in {time.perf_counter() - started:.1f} s")
    recorder = Recorder(services.engine)
    args.out.mkdir(parents=True, exist_ok=True)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from desktop_oms.charts import export, figures

    print(f"{'report':<14} {'service ms':>10} {'raw sum ms':>10} {'raw live ms':>11} {'render ms':>9}  rows")
    worst = 0.0
    for spec in REPORTS:
        times = []
        for _ in range(3):
            began = time.perf_counter()
            data = summarised.run(spec.name, request, actor=MANAGER)
            times.append((time.perf_counter() - began) * 1000)
        sent = recorder.capture(lambda name=spec.name: summarised.run(name, request, actor=MANAGER))
        summary_raw = min(raw_ms(services.engine, sent) for _ in range(2))
        live_sent = recorder.capture(lambda name=spec.name: live.run(name, request, actor=MANAGER))
        live_raw = raw_ms(services.engine, live_sent)
        began = time.perf_counter()
        chart = figures.build(data)
        FigureCanvasAgg(chart.figure).draw()
        render = (time.perf_counter() - began) * 1000
        export.write_png(data, args.out / f"{spec.name}.png")
        best = min(times)
        worst = max(worst, best)
        print(f"{spec.name:<14} {best:>10.0f} {summary_raw:>10.0f} {live_raw:>11.0f} {render:>9.0f}  "
              f"{len(data.table.rows)}  (median {statistics.median(times):.0f})")
    print(f"slowest chart query over the year: {worst:.0f} ms (target <= 1000 ms); PNGs in {args.out}")
    services.close()


if __name__ == "__main__":
    main()
