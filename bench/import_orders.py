"""Order import into SQLite: our parser + IntakeService beside raw sqlite3.executemany of the same rows.

Run by hand (never in CI):

    .venv/bin/python bench/import_orders.py [--orders 100000] [--lines 250000] [--profile]

1. Writes "our order CSV" (the header of CLI.md) with `--orders` orders and `--lines` lines
   into a temporary folder.
2. ours: a fresh, migrated SQLite file; the clock covers reading the file
   (`shops.encoding.read_text`), `shops.ours.parse_orders_csv` and `IntakeService.import_orders`.
3. raw: another fresh, migrated file; the rows our import wrote to `orders` and `order_lines`
   (same columns, same values, read back before the clock starts) go in with
   `sqlite3.executemany` in one transaction, with the same PRAGMAs as our engine. The products
   and customers they point at are put in first, outside the clock (foreign keys are on).
4. raw+: the same for every table our import writes (products, stock, customers, orders,
   order_lines, payments, audit_log), all inside the clock — the floor for the whole job.

Prints orders/s for each and ours / raw (target >= 0.25). `--profile` runs ours under pyinstrument
(`.venv/bin/pip install pyinstrument`) and prints where the time goes.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HEADER = ("order_no,created_at,customer_name,email,phone,ship_name,ship_address1,ship_address2,ship_city,"
          "ship_province,ship_postcode,ship_country,payment_method,paid,sku,qty,unit_price").split(",")
METHODS = ("alipay", "wechat_pay", "card", "bank_transfer", "cod", "other")
CITIES = (("杭州", "浙江", "310012"), ("上海", "上海", "200000"), ("北京", "北京", "100000"),
          ("广州", "广东", "510000"), ("成都", "四川", "610000"), ("Shenzhen", "Guangdong", "518000"))
SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = ("芳", "伟", "娜", "秀英", "敏", "静", "丽", "强", "磊", "洋")
TABLES_OURS_WRITES = ("products", "stock", "customers", "orders", "order_lines", "payments", "audit_log")


def write_csv(path: Path, orders: int, lines: int, *, skus: int = 2_000, customers: int = 40_000,
              seed: int = 7) -> None:
    """`orders` orders with `lines` lines in all (each order 1 or more), spread over a year."""
    rng = random.Random(seed)
    extra = lines - orders
    if extra < 0:
        raise SystemExit("--lines must be at least --orders")
    counts = [1] * orders
    for _ in range(extra):
        counts[rng.randrange(orders)] += 1
    start = datetime(2025, 11, 22, tzinfo=UTC)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        for i in range(orders):
            c = rng.randrange(customers)
            name = SURNAMES[c % 10] + GIVEN[(c // 10) % 10]
            city, province, postcode = CITIES[c % len(CITIES)]
            created = (start + timedelta(seconds=i * 315)).astimezone().isoformat(timespec="seconds")
            method = METHODS[rng.randrange(len(METHODS))]
            head = [f"W-{i + 1:07d}", created, name, f"c{c}@example.cn", f"138{c:08d}", name,
                    f"文三路 {c % 300} 号", "" if c % 3 else f"{c % 20} 室", city, province, postcode, "CN",
                    method, "true" if method == "cod" or rng.random() < 0.9 else "false"]
            for sku in rng.sample(range(skus), counts[i]):
                out.writerow([*head, f"SKU-{sku:05d}", rng.randint(1, 3), f"{9 + sku % 90}.{sku % 100:02d}"])


def fresh_database(folder: Path, name: str) -> str:
    from desktop_oms import bootstrap
    from desktop_oms.config import Settings

    url = f"sqlite:///{folder / name}"
    bootstrap.build(Settings(db_url=url)).close()  # migrated before any clock starts
    return url


def ours(csv_path: Path, url: str, profile: bool) -> dict[str, float]:
    from desktop_oms import bootstrap
    from desktop_oms.config import Settings
    from desktop_oms.domain.users import Actor, Role
    from desktop_oms.shops.encoding import read_text
    from desktop_oms.shops.ours import parse_orders_csv

    services = bootstrap.build(Settings(db_url=url))
    actor = Actor("bench", Role.ADMIN)
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001)
        profiler.start()
    try:
        t0 = time.perf_counter()
        text = read_text(csv_path)
        t1 = time.perf_counter()
        parsed = parse_orders_csv(text)
        t2 = time.perf_counter()
        report = services.intake.import_orders(parsed, actor=actor, source="import orders")
        t3 = time.perf_counter()
    finally:
        if profiler is not None:
            profiler.stop()
        services.close()
    if report.rejected or parsed.errors:
        raise SystemExit(f"ours rejected rows: {parsed.errors[:3]}")
    if profiler is not None:
        print(profiler.output_text(unicode=False, color=False, show_all=False))
    return {"read": t1 - t0, "parse": t2 - t1, "import": t3 - t2, "total": t3 - t0, "orders": report.created}


def read_back(url: str) -> tuple[dict[str, list[str]], dict[str, list[tuple[Any, ...]]]]:
    """Every row our import wrote, as plain tuples, with its column names."""
    path = url.removeprefix("sqlite:///")
    conn = sqlite3.connect(path)
    try:
        columns, rows = {}, {}
        for table in TABLES_OURS_WRITES:
            cur = conn.execute(f"SELECT * FROM {table}")
            columns[table] = [d[0] for d in cur.description]
            rows[table] = cur.fetchall()
        return columns, rows
    finally:
        conn.close()


def raw_connection(url: str) -> sqlite3.Connection:
    conn = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=30000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def insert_sql(table: str, names: Sequence[str]) -> str:
    quoted = ", ".join(f'"{n}"' for n in names)
    return f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(names))})'


def raw(url: str, columns: dict[str, list[str]], rows: dict[str, list[tuple[Any, ...]]],
        timed: Sequence[str], untimed: Sequence[str]) -> float:
    conn = raw_connection(url)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for table in untimed:
            conn.executemany(insert_sql(table, columns[table]), rows[table])
        conn.execute("COMMIT")
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table in timed:
            conn.executemany(insert_sql(table, columns[table]), rows[table])
        conn.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        conn.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=250_000)
    parser.add_argument("--profile", action="store_true", help="run ours under pyinstrument")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    csv_path = folder / "orders.csv"
    t = time.perf_counter()
    write_csv(csv_path, args.orders, args.lines)
    size = csv_path.stat().st_size
    print(f"CSV: {args.orders:,} orders, {args.lines:,} lines, {size / 1e6:.1f} MB in {folder} "
          f"(written in {time.perf_counter() - t:.1f} s)", flush=True)

    ours_url = fresh_database(folder, "ours.db")
    mine = ours(csv_path, ours_url, args.profile)
    if mine["orders"] != args.orders:
        raise SystemExit(f"ours created {mine['orders']} orders, not {args.orders}")
    columns, rows = read_back(ours_url)
    if (len(rows["orders"]), len(rows["order_lines"])) != (args.orders, args.lines):
        raise SystemExit("our import did not write the rows of the file")

    floor = raw(fresh_database(folder, "raw.db"), columns, rows,
                timed=("orders", "order_lines"), untimed=("products", "stock", "customers"))
    floor_all = raw(fresh_database(folder, "raw_all.db"), columns, rows, timed=TABLES_OURS_WRITES, untimed=())

    n = args.orders
    print(f"ours   read {mine['read']:.2f} s + parse {mine['parse']:.2f} s + import {mine['import']:.2f} s "
          f"= {mine['total']:.2f} s -> {n / mine['total']:,.0f} orders/s "
          f"(import alone {n / mine['import']:,.0f} orders/s)")
    print(f"raw    orders + order_lines executemany: {floor:.2f} s -> {n / floor:,.0f} orders/s "
          f"({args.lines / floor:,.0f} lines/s)")
    print(f"raw+   every table ours writes ({', '.join(TABLES_OURS_WRITES)}): {floor_all:.2f} s -> "
          f"{n / floor_all:,.0f} orders/s")
    ratio = floor / mine["total"]
    print(f"ratio ours / raw = {ratio:.3f} ({'meets' if ratio >= 0.25 else 'MISSES'} the target of >= 0.25); "
          f"ours / raw+ = {floor_all / mine['total']:.3f}; import alone / raw = {floor / mine['import']:.3f}")
    if not args.keep:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
