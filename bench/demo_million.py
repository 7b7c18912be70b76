"""`desktop-oms demo --orders 1000000` on a fresh SQLite file: wall time and peak memory, beside raw floors.

Run by hand (never in CI):

    .venv/bin/python bench/demo_million.py [--orders 1000000] [--seed 1] [--no-copy-floor]

- ours: `desktop-oms --db sqlite:///TMP/demo.db demo --orders N` as a subprocess (the console script
  of this venv, else `python -m desktop_oms`); wall time around it, peak RSS from
  `resource.getrusage(RUSAGE_CHILDREN).ru_maxrss` (it is the only child this script waits for
  before reading it).
- raw orders: `sqlite3.executemany` of N rows into `orders` (same columns as the schema, rows
  built in memory before the clock) in one transaction of a fresh migrated file, same PRAGMAs.
- raw copy: every row the demo wrote, table by table, read from the demo's file and written with
  `executemany` into another fresh migrated file, one transaction — the floor for the same data.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path


def migrated(path: Path) -> str:
    from desktop_oms import bootstrap
    from desktop_oms.config import Settings

    url = f"sqlite:///{path}"
    bootstrap.build(Settings(db_url=url)).close()
    return url


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=30000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def command() -> list[str]:
    script = Path(sys.executable).with_name("desktop-oms")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop_oms"]


def run_demo(path: Path, orders: int, seed: int) -> tuple[float, int, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_OMS_")}
    t0 = time.perf_counter()
    done = subprocess.run([*command(), "--db", f"sqlite:///{path}", "demo", "--orders", str(orders),
                           "--seed", str(seed)], capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux
    if done.returncode != 0:
        raise SystemExit(f"demo exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    return wall, peak_kb, done.stdout.strip()


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def raw_orders(path: Path, orders: int) -> float:
    """N order rows with every column of `orders`, built before the clock; one executemany."""
    migrated(path)
    conn = connect(path)
    try:
        conn.execute("INSERT INTO customers (id, name, email, phone, created_at) "
                     "VALUES (1, 'Wang Fang', 'w@example.cn', '13800138000', '2026-01-01 00:00:00.000000')")
        names = [r[1] for r in conn.execute("PRAGMA table_info(orders)")]
        start = datetime(2025, 11, 22, tzinfo=UTC)
        fixed = {"channel": "demo", "external_id": "", "status": "shipped", "held_from": None, "hold_reason": "",
                 "payment_method": "alipay", "payment_status": "paid", "currency": "CNY", "subtotal": "119.90",
                 "shipping_total": "10.00", "discount_total": "0.00", "tax_total": "0.00", "total": "129.90",
                 "refunded_total": "0.00", "customer_id": 1, "customer_name": "王芳", "email": "w@example.cn",
                 "phone": "13800138000", "ship_name": "王芳", "ship_address1": "西湖区文三路 90 号",
                 "ship_address2": "", "ship_city": "杭州", "ship_province": "浙江", "ship_postcode": "310012",
                 "ship_country": "CN", "ship_phone": "", "bill_to": None, "notes": "", "gift_message": "",
                 "tags": "", "history_only": 0, "claimed_by": None, "claimed_at": None, "version": 1}
        missing = [n for n in names if n not in fixed and n not in ("id", "order_no", "created_at", "updated_at")]
        if missing:
            raise SystemExit(f"the orders table has columns this bench does not fill: {missing}")
        rows = []
        for i in range(orders):
            stamp = (start + timedelta(seconds=i * 31)).strftime("%Y-%m-%d %H:%M:%S.%f")
            values = {"id": i + 1, "order_no": f"D-{i + 1:07d}", "created_at": stamp, "updated_at": stamp}
            rows.append(tuple(values[n] if n in values else fixed[n] for n in names))
        sql = f"INSERT INTO orders ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        conn.close()


def raw_copy(source: Path, target: Path) -> tuple[float, int]:
    """Every row of the demo's file, table by table in foreign-key order, through executemany."""
    migrated(target)
    conn = connect(target)
    reader = sqlite3.connect(source)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")  # the demo's rows are already consistent; order by FK is fiddly
        tables = [n for n, c in table_counts(source).items() if c]
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        total = 0
        for table in tables:
            cur = reader.execute(f'SELECT * FROM "{table}"')
            names = ", ".join(f'"{d[0]}"' for d in cur.description)
            marks = ", ".join("?" * len(cur.description))
            conn.execute(f'DELETE FROM "{table}"')  # rows the migration seeds (warehouses) come back with the copy
            before = conn.total_changes
            conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', cur)
            total += conn.total_changes - before
        conn.execute("COMMIT")
        return time.perf_counter() - t0, total
    finally:
        reader.close()
        conn.close()


def wait_for_demo(poll: float, limit: float) -> None:
    """The demo service may still be being written: look for it every `poll` seconds up to `limit`."""
    module = Path(__file__).resolve().parents[1] / "desktop_oms" / "services" / "demo.py"
    waited = 0.0
    while not module.exists():
        if waited >= limit:
            raise SystemExit(f"{module} does not exist (waited {waited:.0f} s)")
        print(f"waiting for {module} ...", flush=True)
        time.sleep(poll)
        waited += poll


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-copy-floor", action="store_true", help="skip the raw copy of every demo row")
    parser.add_argument("--wait", type=float, default=0, metavar="SECONDS",
                        help="wait up to this long for desktop_oms/services/demo.py to appear")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    wait_for_demo(60, args.wait)

    folder = Path(tempfile.mkdtemp(prefix="bench-demo-"))
    try:
        demo_db = folder / "demo.db"
        print(f"demo: {args.orders:,} orders into {demo_db} ...", flush=True)
        wall, peak_kb, said = run_demo(demo_db, args.orders, args.seed)
        counts = table_counts(demo_db)
        size = sum(p.stat().st_size for p in folder.glob("demo.db*"))
        print(f"  {said}")
        print("  rows: " + ", ".join(f"{n} {c:,}" for n, c in counts.items() if c))
        print(f"ours      demo --orders {args.orders:,}: {wall:.1f} s wall -> {counts.get('orders', 0) / wall:,.0f} "
              f"orders/s, peak RSS {peak_kb / 1024:.0f} MB, file {size / 1e6:.0f} MB")

        floor = raw_orders(folder / "raw_orders.db", args.orders)
        print(f"raw       executemany of {args.orders:,} order rows: {floor:.1f} s -> {args.orders / floor:,.0f} orders/s"
              f" (ours / raw = {floor / wall:.3f})")
        if not args.no_copy_floor:
            copy, rows = raw_copy(demo_db, folder / "raw_copy.db")
            print(f"raw copy  every demo row ({rows:,}) through executemany: {copy:.1f} s -> "
                  f"{rows / copy:,.0f} rows/s (ours / raw copy = {copy / wall:.3f})")
        print(f"this process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
              f"(the raw rows held in memory)")
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
