"""The command line: headless jobs for scripts and cron; no command starts the desktop app."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from typing import Any

from desktop_oms import __version__, clioutput
from desktop_oms.config import LANGUAGES, Settings
from desktop_oms.domain.errors import DomainError, InputRejected
from desktop_oms.domain.orders import OrderStatus
from desktop_oms.domain.users import Actor, Role

EXIT_OK, EXIT_REJECTED, EXIT_UNAVAILABLE = 0, 1, 2


class UsageError(Exception):
    """A problem with how the command was called (exit 2)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desktop-oms", description="A back office for an online shop's orders.")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy URL (else $DESKTOP_OMS_DB, else a local SQLite file)")
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language")
    parser.add_argument("--user", metavar="NAME", help="act as this user (password from the terminal or "
                        "$DESKTOP_OMS_PASSWORD) instead of the machine's operator")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("--version", action="version", version=f"desktop-oms {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="database schema").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="migrate the schema to the newest version")

    demo = commands.add_parser("demo", help="fill the database with a living demo shop")
    demo.add_argument("--orders", type=_positive_int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    imports = commands.add_parser("import", help="import a file").add_subparsers(dest="what", required=True)
    for name, text in (("products", "catalogue CSV: sku,name,barcode,category,price,weight_g,stock"),
                       ("orders", "our order CSV"), ("shopify", "a Shopify 'Export orders' CSV")):
        sub = imports.add_parser(name, help=text)
        sub.add_argument("file", type=Path, metavar="FILE")
        sub.add_argument("--json", action="store_true")

    _add_order_commands(commands)
    _add_packing_commands(commands)
    _add_shop_commands(commands)
    _add_stock_commands(commands)
    _add_user_commands(commands)
    _add_kb_commands(commands)
    _add_case_commands(commands)
    _add_report_commands(commands)
    return parser


def _add_user_commands(commands: Any) -> None:
    users = commands.add_parser("users", help="user administration").add_subparsers(dest="users_command",
                                                                                  required=True)
    add = users.add_parser("add", help="a new user (password from the terminal or --password-stdin)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=[str(r) for r in Role])
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    listing = users.add_parser("list", help="the users and their roles")
    listing.add_argument("--json", action="store_true")
    set_role = users.add_parser("set-role", help="change a user's role")
    set_role.add_argument("name", metavar="NAME")
    set_role.add_argument("role", choices=[str(r) for r in Role], metavar="ROLE")
    set_password = users.add_parser("set-password", help="set a user's password")
    set_password.add_argument("name", metavar="NAME")
    set_password.add_argument("--password-stdin", action="store_true")


def _add_order_commands(commands: Any) -> None:
    orders = commands.add_parser("orders", help="the order queue").add_subparsers(dest="orders_command", required=True)
    listing = orders.add_parser("list", help="orders, newest first")
    listing.add_argument("--status", choices=[str(s) for s in OrderStatus])
    listing.add_argument("--search", default="", metavar="TEXT")
    listing.add_argument("--limit", type=_positive_int, default=50, metavar="N")
    listing.add_argument("--json", action="store_true")
    show = orders.add_parser("show", help="one order in full")
    show.add_argument("order_no", metavar="ORDER_NO")
    show.add_argument("--json", action="store_true")
    allocate = orders.add_parser("allocate", help="reserve stock for accepted and backordered orders")
    allocate.add_argument("order_nos", nargs="*", metavar="ORDER_NO")
    allocate.add_argument("--all", action="store_true", help="every order waiting for stock, oldest first")
    allocate.add_argument("--json", action="store_true")
    cancel = orders.add_parser("cancel", help="cancel and release reserved stock")
    cancel.add_argument("order_no", metavar="ORDER_NO")
    cancel.add_argument("--reason", default="")
    hold = orders.add_parser("hold", help="put an order on hold")
    hold.add_argument("order_no", metavar="ORDER_NO")
    hold.add_argument("--reason", required=True)
    release = orders.add_parser("release", help="release a held order to where it was")
    release.add_argument("order_no", metavar="ORDER_NO")
    pack = orders.add_parser("pack", help="mark an order packed without scans (administrators; audited as such)")
    pack.add_argument("order_no", metavar="ORDER_NO")
    pack.add_argument("--reason", default="", help="recorded in the audit log")
    pack.add_argument("--json", action="store_true")


def _add_shop_commands(commands: Any) -> None:
    shops = commands.add_parser("shops", help="the web-shop connector (WooCommerce)").add_subparsers(
        dest="shops_command", required=True)
    setting = shops.add_parser("set", help="the shop's address and REST API keys (the secret goes to the OS keyring)")
    setting.add_argument("shop", choices=["woocommerce"])
    setting.add_argument("--url", metavar="URL", help="the shop's address, such as https://shop.example.cn")
    setting.add_argument("--key", metavar="K", help="the consumer key (ck_…)")
    setting.add_argument("--secret", metavar="S", help="the consumer secret (cs_…)")
    state = setting.add_mutually_exclusive_group()
    state.add_argument("--enable", action="store_true", help="sync with the shop (the default once it is set up)")
    state.add_argument("--disable", action="store_true")
    setting.add_argument("--json", action="store_true")
    sync = shops.add_parser("sync", help="pull new and changed orders, push shipping status and tracking back")
    sync.add_argument("--json", action="store_true")


def _add_packing_commands(commands: Any) -> None:
    from desktop_oms.domain.carriers import BY_CODE

    ship = commands.add_parser("ship", help="record the shipment of a packed order; the order becomes shipped")
    ship.add_argument("order_no", metavar="ORDER_NO")
    ship.add_argument("--carrier", required=True, metavar="NAME", help=", ".join(BY_CODE))
    ship.add_argument("--tracking", required=True, metavar="NUMBER")
    ship.add_argument("--json", action="store_true")
    carriers = commands.add_parser("carriers", help="carrier accounts").add_subparsers(dest="carriers_command",
                                                                                   required=True)
    listing = carriers.add_parser("list", help="the carrier accounts")
    listing.add_argument("--json", action="store_true")
    setting = carriers.add_parser("set", help="change a carrier account (secrets go to the OS keyring)")
    setting.add_argument("name", metavar="NAME", help="dhl, ups, fedex, usps, sf_express, kuaidi100, 17track, simulator")
    setting.add_argument("--base-url", metavar="URL")
    setting.add_argument("--api-key", metavar="K", help="DHL-API-Key, 17TRACK token")
    setting.add_argument("--client-id", metavar="ID", help="OAuth client id (UPS, FedEx, USPS), SF partner id")
    setting.add_argument("--client-secret", metavar="S", help="OAuth client secret, SF check word")
    setting.add_argument("--customer", metavar="C", help="Kuaidi100 customer")
    setting.add_argument("--key", metavar="K", help="Kuaidi100 key")
    state = setting.add_mutually_exclusive_group()
    state.add_argument("--enable", action="store_true")
    state.add_argument("--disable", action="store_true")
    setting.add_argument("--json", action="store_true")
    outbox = commands.add_parser("outbox", help="customer e-mails").add_subparsers(dest="outbox_command",
                                                                               required=True)
    send = outbox.add_parser("send", help="send the queued e-mails that are due through the shop's mail server")
    send.add_argument("--json", action="store_true")
    mail = commands.add_parser("mail", help="the mail server").add_subparsers(dest="mail_command", required=True)
    mail_set = mail.add_parser("set", help="the SMTP server customer e-mails go through (password in the keyring)")
    mail_set.add_argument("--host", required=True, metavar="HOST")
    mail_set.add_argument("--port", type=int, default=0, metavar="P", help="default: 587 starttls, 465 ssl, 25 none")
    mail_set.add_argument("--security", choices=["starttls", "ssl", "none"], default="starttls")
    mail_set.add_argument("--user", dest="smtp_user", default="", metavar="NAME")
    mail_set.add_argument("--from", dest="from_address", required=True, metavar="ADDRESS")
    mail_set.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    sim = commands.add_parser("carrier-sim", help="the local carrier simulator (DHL's format) for the demo shop")
    sim.add_argument("--port", type=_positive_int, default=8765, metavar="P")
    sim.add_argument("--speed", type=float, default=8.0, metavar="X",
                     help="how much faster than a real parcel the demo parcels travel (default 8)")
    poll = commands.add_parser("poll", help="refresh the tracking of due shipments")
    poll.add_argument("--once", action="store_true", help="one pass, then exit (the default)")
    poll.add_argument("--watch", action="store_true", help="keep polling as shipments fall due, until Ctrl+C")
    poll.add_argument("--all", action="store_true", help="every open shipment now, schedule or not "
                      "(never before a carrier's Retry-After, past its quota or into an open circuit)")
    poll.add_argument("--json", action="store_true")
    slips = commands.add_parser("slips", help="packing slips (one per parcel) in one PDF")
    slips.add_argument("order_nos", nargs="*", metavar="ORDER_NO")
    slips.add_argument("--status", choices=[str(s) for s in OrderStatus], help="every order in this status")
    slips.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    slips.add_argument("--size", choices=["a4", "letter", "4x6"], default="a4")
    slips.add_argument("--json", action="store_true")
    picklist = commands.add_parser("picklist", help="a pick list for a wave of orders")
    picklist.add_argument("order_nos", nargs="*", metavar="ORDER_NO")
    picklist.add_argument("--next", type=_positive_int, metavar="N", help="the next N allocated orders, oldest first")
    picklist.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    picklist.add_argument("--size", choices=["a4", "letter"], default="a4")
    picklist.add_argument("--json", action="store_true")


def _add_stock_commands(commands: Any) -> None:
    stock = commands.add_parser("stock", help="stock per product").add_subparsers(dest="stock_command", required=True)
    listing = stock.add_parser("list", help="stock per product")
    listing.add_argument("--low", action="store_true", help="only products at or below their threshold")
    listing.add_argument("--json", action="store_true")
    receive = stock.add_parser("receive", help="goods in; then waiting backorders are allocated")
    receive.add_argument("sku", metavar="SKU")
    receive.add_argument("qty", type=_positive_int, metavar="QTY")
    receive.add_argument("--note", default="")
    adjust = stock.add_parser("adjust", help="a correction with its reason")
    adjust.add_argument("sku", metavar="SKU")
    adjust.add_argument("delta", type=_nonzero_int, metavar="DELTA")
    adjust.add_argument("--reason", required=True)


def _add_report_commands(commands: Any) -> None:
    report = commands.add_parser("report", help="charts and their numbers: `report list`, or "
                                 "`report NAME --from DATE --to DATE [--by day|week|month] -o FILE.(png|pdf|csv)`")
    report.add_argument("name", metavar="NAME", help="a report from `report list`, or list")
    report.add_argument("--from", dest="start", type=_day, metavar="DATE", help="first day (YYYY-MM-DD), included")
    report.add_argument("--to", dest="end", type=_day, metavar="DATE", help="last day (YYYY-MM-DD), included")
    report.add_argument("--by", choices=["day", "week", "month"], default="day",
                        help="period of the sales and refunds reports (weeks start on Monday)")
    report.add_argument("--channel", default="", metavar="NAME", help="only orders from this channel")
    report.add_argument("--category", default="", metavar="PATH", help="only this category (and those under it)")
    report.add_argument("--carrier", default="", metavar="NAME", help="only shipments with this carrier")
    report.add_argument("-o", "--output", type=Path, metavar="FILE")
    report.add_argument("--json", action="store_true")


def _day(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _add_kb_commands(commands: Any) -> None:
    kb = commands.add_parser("kb", help="the after-sales knowledge base").add_subparsers(dest="kb_command",
                                                                                     required=True)
    imports = kb.add_parser("import", help="articles from a JSON file, matched by title and language "
                            "(importing the same file again changes nothing)")
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument("--json", action="store_true")
    search = kb.add_parser("search", help="articles holding every word (any substring, Chinese or English)")
    search.add_argument("text", nargs="?", default="", metavar="TEXT", help="empty: every article, by title")
    search.add_argument("--lang", choices=["en", "zh_CN", "zh_TW"], help="only articles in this language")
    search.add_argument("--limit", type=_positive_int, default=30, metavar="N")
    search.add_argument("--json", action="store_true")
    add = kb.add_parser("add", help="a new article (managers)")
    add.add_argument("--title", required=True)
    add.add_argument("--body-file", required=True, type=Path, metavar="FILE", help="the body, UTF-8 text")
    add.add_argument("--tags", default="", metavar="a,b")
    add.add_argument("--lang", choices=["en", "zh_CN", "zh_TW"], default="en")
    add.add_argument("--case-types", default="", metavar="T,T", help="return, exchange, refund, complaint")
    add.add_argument("--reasons", default="", metavar="R,R", help="damaged, wrong_item, not_as_described, "
                     "late, never_arrived, changed_mind, other")
    add.add_argument("--json", action="store_true")


def _add_case_commands(commands: Any) -> None:
    from desktop_oms.domain.cases import CaseReason, CaseStatus, CaseType, ComplaintCategory, Priority

    cases = commands.add_parser("cases", help="after-sales cases").add_subparsers(dest="cases_command", required=True)
    listing = cases.add_parser("list", help="open cases, overdue first, then by SLA due")
    listing.add_argument("--status", choices=[str(s) for s in CaseStatus])
    listing.add_argument("--type", choices=[str(t) for t in CaseType])
    listing.add_argument("--all", action="store_true", help="closed and rejected cases too")
    listing.add_argument("--json", action="store_true")
    show = cases.add_parser("show", help="one case in full")
    show.add_argument("case_no", metavar="CASE_NO")
    show.add_argument("--json", action="store_true")
    opening = cases.add_parser("open", help="open a case on an order")
    opening.add_argument("order_no", metavar="ORDER_NO")
    opening.add_argument("--type", required=True, choices=[str(t) for t in CaseType])
    opening.add_argument("--reason", required=True, choices=[str(r) for r in CaseReason])
    opening.add_argument("--lines", default="", metavar="SKU:QTY,...")
    opening.add_argument("--note", default="", metavar="TEXT")
    opening.add_argument("--priority", default="normal", choices=[str(p) for p in Priority])
    opening.add_argument("--category", default="", choices=["", *(str(c) for c in ComplaintCategory)])
    opening.add_argument("--json", action="store_true")
    for name, text in (("approve", "approve a requested case"), ("reject", "reject a requested case"),
                       ("close", "close a case")):
        move = cases.add_parser(name, help=text)
        move.add_argument("case_no", metavar="CASE_NO")
        move.add_argument("--reason", default="", metavar="TEXT")
        move.add_argument("--json", action="store_true")
    receive = cases.add_parser("receive", help="goods in at the bench and their inspection (default: all restocked)")
    receive.add_argument("case_no", metavar="CASE_NO")
    receive.add_argument("--restock", default="", metavar="SKU:QTY,...")
    receive.add_argument("--write-off", default="", metavar="SKU:QTY,...")
    receive.add_argument("--reason", default="", metavar="TEXT", help="why units are written off")
    receive.add_argument("--json", action="store_true")
    refund = cases.add_parser("refund", help="refund money for a case (above the shop's limit: waits for approval)")
    refund.add_argument("case_no", metavar="CASE_NO")
    refund.add_argument("--amount", required=True, metavar="X")
    refund.add_argument("--bank-details", default="", metavar="TEXT", help="cash on delivery: where the money goes")
    refund.add_argument("--note", default="", metavar="TEXT")
    refund.add_argument("--json", action="store_true")
    for name, text in (("approve-refund", "record a case's refund that waits for approval (a manager who did not ask)"),
                       ("reject-refund", "refuse a case's refund that waits for approval")):
        decide = cases.add_parser(name, help=text)
        decide.add_argument("case_no", metavar="CASE_NO")
        decide.add_argument("--note", default="", metavar="TEXT", help="why (required to reject)")
        decide.add_argument("--json", action="store_true")
    limit = cases.add_parser("refund-limit", help="show or set the amount above which a refund needs approval")
    limit.add_argument("amount", nargs="?", default=None, metavar="AMOUNT")
    limit.add_argument("--json", action="store_true")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def _nonzero_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value == 0:
        raise argparse.ArgumentTypeError("a change of 0 units changes nothing")
    return value


#: What a shell reports for a program stopped by SIGPIPE (128 + 13).
EXIT_BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _start_gui(args)
    try:
        code = _run(args)
        sys.stdout.flush()  # here, where a reader that went away is caught, not at the interpreter's exit
        return code
    except UsageError as error:
        parser.print_usage(sys.stderr)
        _say(f"error: {error}")
        return EXIT_UNAVAILABLE
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): no message, the exit status of a SIGPIPE
        with contextlib.suppress(OSError, ValueError):  # Python's own flush at exit must not fail again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as error:  # a bug: one sentence, details only with --debug
        from desktop_oms.db.engine import DatabaseUnavailable

        if isinstance(error, DatabaseUnavailable):
            _say(f"cannot open the database: {error}")
            return EXIT_UNAVAILABLE
        if isinstance(error, DomainError):
            _say(str(error))
            if getattr(args, "json", False):
                print(json.dumps(clioutput.refusal(args.command, error.code, str(error)), ensure_ascii=False))
            return EXIT_REJECTED
        if args.debug:
            traceback.print_exc()
        else:
            _say(f"unexpected error ({type(error).__name__}: {error}); run with --debug for details")
        return EXIT_UNAVAILABLE


def _say(message: str) -> None:
    print(f"desktop-oms: {message}", file=sys.stderr)


def _start_gui(args: argparse.Namespace) -> int:
    from desktop_oms.app import run_app

    headless = not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    if sys.platform.startswith("linux") and headless:
        _say("no display to open the desktop app on; give a command for headless work (see --help)")
        return EXIT_UNAVAILABLE

    return run_app(Settings.load(db=args.db, lang=args.lang, debug=args.debug))


def _run(args: argparse.Namespace) -> int:
    from desktop_oms import bootstrap

    settings = Settings.load(db=args.db, lang=args.lang, debug=args.debug)
    services = bootstrap.build(settings)
    try:
        actor = _actor(args, services)
        handler = _HANDLERS[_command_key(args)]
        return handler(services, actor, args)
    finally:
        services.close()


def _command_key(args: argparse.Namespace) -> str:
    sub = {"db": "db_command", "import": "what", "orders": "orders_command", "stock": "stock_command",
           "carriers": "carriers_command", "outbox": "outbox_command", "mail": "mail_command",
           "users": "users_command", "kb": "kb_command", "cases": "cases_command", "shops": "shops_command"}
    attr = sub.get(args.command)
    return f"{args.command} {getattr(args, attr)}" if attr else str(args.command)


def _actor(args: argparse.Namespace, services: Any) -> Actor:
    if not args.user:
        return Actor(f"cli:{getpass.getuser()}", Role.ADMIN)
    password = os.environ.get("DESKTOP_OMS_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError("--user needs a password: set DESKTOP_OMS_PASSWORD or run in a terminal")
        password = getpass.getpass(f"password for {args.user}: ")
    actor: Actor = services.users.authenticate(args.user, password)
    return actor


def _new_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise UsageError("--password-stdin read no password")
        return password
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask for the password: use --password-stdin")
    first = getpass.getpass("new password: ")
    if getpass.getpass("again: ") != first:
        raise InputRejected("the two passwords differ; nothing changed")
    return first


def _users_add(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    user = services.users.add(args.name, args.role, _new_password(args), actor=actor)
    print(f"user {user.name} added as {user.role}")
    return EXIT_OK


def _users_list(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    users = services.users.list_users(actor=actor)
    document = [{"name": u.name, "role": u.role, "active": u.active,
                 "locked_until": u.locked_until.isoformat() if u.locked_until else None} for u in users]
    _emit(args, document, lambda: [f"{u.name:<20} {u.role}" + ("" if u.active else "  (inactive)")
                                   for u in users] or ["no users"])
    return EXIT_OK


def _users_set_role(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    user = services.users.set_role(args.name, args.role, actor=actor)
    print(f"user {user.name} is now {user.role}")
    return EXIT_OK


def _users_set_password(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    services.users.set_password(args.name, _new_password(args), actor=actor)
    print(f"password of {args.name} changed")
    return EXIT_OK


def _emit(args: argparse.Namespace, document: Any, text_lines: Callable[[], Sequence[str]]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(document, ensure_ascii=False))
    else:
        for line in text_lines():
            print(line)


def _db_upgrade(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    print("the database schema is up to date")
    return EXIT_OK


def _demo(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    from desktop_oms.services.demo import DemoService

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\rdemo: {done:,}/{total:,} orders", end="", file=sys.stderr, flush=True)

    summary = DemoService(services.uow).generate(orders=args.orders, seed=args.seed, actor=actor, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _demo_shop_details(services, actor)
    services.carriers.let_simulator_stand_in(actor=actor, port=8765)  # `desktop-oms carrier-sim` answers
    if sys.stderr.isatty():
        print("demo: preparing the reports' daily summaries…", file=sys.stderr, flush=True)
    services.reports.refresh_summaries()  # once here, so the Reports tab's first opening is quick too
    print(clioutput.demo_summary(summary))
    return EXIT_OK


def _demo_shop_details(services: Any, actor: Actor) -> None:
    """The demo shop's name, address and logo on its slips, unless the shop has its own already."""
    from importlib import resources

    from desktop_oms.services.settings import ShopDetails

    if services.settings.shop_details(actor).name:
        return
    logo = resources.files("desktop_oms") / "resources" / "demo" / "logo.png"
    services.settings.save_shop_details(ShopDetails(
        name="演示茶舍 Demo Tea House", address_lines=("杭州市西湖区龙井路 18 号", "310013 浙江省 杭州市 · CN"),
        phone="+86 571 8888 6666", email="service@demo-tea.example", logo_path=str(logo)), actor)


def _import(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    from desktop_oms.shops.encoding import read_text

    path: Path = args.file
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    text = read_text(path)
    try:
        report = _import_text(services, actor, args.what, text)
    except InputRejected as refused:
        raise InputRejected(f"{path}: {refused}") from None
    document = clioutput.import_report(report, products=args.what == "products")
    _emit(args, document, lambda: clioutput.import_lines(report, path))
    if report.errors and not args.json:
        for error in report.errors:
            _say(clioutput.row_error(error))
    return EXIT_REJECTED if report.rejected else EXIT_OK


def _import_text(services: Any, actor: Actor, what: str, text: str) -> Any:
    if what == "products":
        from desktop_oms.shops.products import parse_products_csv

        products, errors = parse_products_csv(text)
        report = services.catalogue.import_products(products, errors, actor=actor)
    else:
        from desktop_oms.shops.ours import parse_orders_csv
        from desktop_oms.shops.shopify import parse_shopify_csv

        parsed = parse_orders_csv(text) if what == "orders" else parse_shopify_csv(text)
        report = services.intake.import_orders(parsed, actor=actor, source=f"import {what}")
    return report


def _orders_list(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    rows = services.orders.list_orders(actor=actor, status=args.status, search=args.search, limit=args.limit)
    _emit(args, [clioutput.order_row(r) for r in rows], lambda: clioutput.order_table(rows))
    return EXIT_OK


def _orders_show(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    detail = services.orders.get_order(args.order_no, actor=actor)
    _emit(args, clioutput.order_detail(detail), lambda: clioutput.order_text(detail))
    return EXIT_OK


def _orders_allocate(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    if args.all == bool(args.order_nos):
        raise UsageError("name the orders to allocate, or use --all (not both)")
    if args.all:
        report = services.allocation.allocate_all(actor=actor)
    else:
        report = services.allocation.allocate(list(dict.fromkeys(args.order_nos)), actor=actor)
    _emit(args, clioutput.allocation(report), lambda: clioutput.allocation_lines(report))
    return EXIT_REJECTED if report.skipped and not args.all else EXIT_OK


def _orders_cancel(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    detail = services.orders.cancel(args.order_no, actor=actor, reason=args.reason)
    print(f"{detail.order_no} cancelled")
    return EXIT_OK


def _orders_hold(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    detail = services.orders.hold(args.order_no, args.reason, actor=actor)
    print(f"{detail.order_no} on hold")
    return EXIT_OK


def _orders_release(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    detail = services.orders.release(args.order_no, actor=actor)
    print(f"{detail.order_no} released: {detail.status}")
    return EXIT_OK


def _orders_pack(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    packed = services.packing.pack_without_scans(args.order_no, actor=actor, reason=args.reason)
    _emit(args, {"order_no": packed.order_no, "status": packed.status, "units": packed.units},
          lambda: [f"{packed.order_no} packed without scans ({packed.units} units)"])
    return EXIT_OK


def _ship(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    shipped = services.packing.ship(args.order_no, args.carrier, args.tracking, actor=actor)
    document: dict[str, Any] = {"order_no": shipped.order_no, "status": shipped.status, "carrier": shipped.carrier,
                                "tracking_no": shipped.tracking_no, "units": shipped.units}
    what = shipped.order_no
    if shipped.parcels > 1:  # an order to several addresses leaves one parcel at a time
        document |= {"parcel": shipped.parcel, "parcels": shipped.parcels, "remaining": shipped.remaining}
        what = f"{shipped.order_no} parcel {shipped.parcel} of {shipped.parcels}"
    _emit(args, document, lambda: [f"{what} shipped with {shipped.carrier} {shipped.tracking_no}"])
    return EXIT_OK


def _carriers_list(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    accounts = services.carriers.list_accounts(actor=actor)
    document = [{"name": a.name, "enabled": a.enabled, "base_url": a.base_url, "client_id": a.client_id,
                 "customer": a.customer, "has_api_key": a.has_api_key, "has_client_secret": a.has_client_secret,
                 "secrets_in": a.secrets_in} for a in accounts]
    _emit(args, document, lambda: [f"{a.name:<11} {'enabled ' if a.enabled else 'disabled'} {a.base_url}"
                                   + ("  (credentials set)" if a.has_api_key or a.has_client_secret else "")
                                   for a in accounts])
    return EXIT_OK


def _carriers_set(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    if args.key is not None and args.api_key is not None:
        raise UsageError("--key and --api-key are the same secret; give one")
    enabled = True if args.enable else False if args.disable else None
    account, where = services.carriers.update(
        args.name, actor=actor, base_url=args.base_url, enabled=enabled, client_id=args.client_id,
        customer=args.customer, api_key=args.api_key if args.api_key is not None else args.key,
        client_secret=args.client_secret)
    if where == "database":
        _say("this computer has no keyring: the credentials are kept in the shop's database")
    _emit(args, {"name": account.name, "enabled": account.enabled, "base_url": account.base_url,
                 "secrets_in": account.secrets_in},
          lambda: [f"{account.name}: {'enabled' if account.enabled else 'disabled'}, {account.base_url}"])
    return EXIT_OK


def _poll(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    import time

    if args.watch and (args.once or args.json):
        raise UsageError("--watch keeps running; it goes with neither --once nor --json")
    while True:
        report = services.tracking.poll(actor=actor, every_open=args.all)
        _emit(args, report.as_json(), partial(_poll_lines, report))
        if not args.watch:
            return EXIT_OK
        services.outbox.send_due(actor=actor, limit=500)  # the notices this pass queued
        time.sleep(60)


def _shops_set(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    enabled = False if args.disable else True
    connection, where = services.shop_connections.update(
        args.shop, actor=actor, base_url=args.url, consumer_key=args.key, consumer_secret=args.secret,
        enabled=enabled)
    if where == "database":
        _say("this computer has no keyring: the consumer secret is kept in the shop's database")
    if connection.enabled and not connection.configured:
        _say("the connection needs --url, --key and --secret before it can sync")
    _emit(args, {"shop": connection.channel, "url": connection.base_url, "enabled": connection.enabled,
                 "configured": connection.configured, "secret_in": connection.secret_in},
          lambda: [f"{connection.channel}: {'enabled' if connection.enabled else 'disabled'}, "
                   f"{connection.base_url or '(no address)'}"])
    return EXIT_OK


def _shops_sync(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    connection = services.shop_connections.get("woocommerce", actor=actor)
    if not connection.configured:
        raise UsageError("no web shop is set up: desktop-oms shops set woocommerce --url URL --key K --secret S")
    if not connection.enabled:
        raise UsageError("the web shop connection is disabled: desktop-oms shops set woocommerce --enable")
    report = services.shop_sync.sync(actor=actor)
    for error in report.errors:
        label = error.order_no or (f"shop order {error.external_id}" if error.external_id else "woocommerce")
        _say(f"{label}: {error.message}")
    _emit(args, report.as_json(), lambda: [
        f"created {report.created}, updated {report.updated}, skipped {report.skipped}, pushed {report.pushed}",
        *(f"  cancelled at the shop: {no}" for no in report.cancelled),
        *(f"  gone from the shop (held): {no}" for no in report.deleted),
        *([f"  the shop asks to wait until {report.waiting_until.isoformat()}"] if report.waiting_until else [])])
    if any(not (e.external_id or e.order_no) for e in report.errors):
        return EXIT_UNAVAILABLE  # the shop could not be reached, refused us, or asked us to wait
    return EXIT_REJECTED if report.errors else EXIT_OK


def _mail_set(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    from desktop_oms.services.settings import SmtpSettings

    password = _new_password(args) if args.password_stdin else ""
    saved = services.settings.save_smtp_settings(SmtpSettings(
        host=args.host, port=args.port, security=args.security, user=args.smtp_user, password=password,
        from_address=args.from_address), actor)
    print(f"mail goes through {saved.host}:{saved.port} ({saved.security}) from {saved.from_address}")
    return EXIT_OK


def _outbox_send(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    report = services.outbox.send_due(actor=actor, limit=500)
    if report is None:
        _say("no mail server is set up (desktop-oms mail set --host … --from …); the e-mails stay queued")
        if args.json:
            print(json.dumps({"sent": 0, "failed": 0, "gave_up": 0, "configured": False}))
        return EXIT_UNAVAILABLE
    _emit(args, {"sent": report.sent, "failed": report.failed, "gave_up": report.gave_up, "configured": True},
          lambda: [f"sent {report.sent}, to retry {report.failed}, given up {report.gave_up}"])
    return EXIT_OK


def _carrier_sim(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    import time

    from desktop_oms.services.carrier_sim import CarrierSimulator

    try:
        server = CarrierSimulator(services.uow, speed=max(args.speed, 0.01)).serve(args.port)
    except OSError as error:
        _say(f"cannot listen on 127.0.0.1:{args.port}: {error.strerror or error}")
        return EXIT_UNAVAILABLE
    print(f"carrier simulator (DHL format) on http://127.0.0.1:{args.port}/track/shipments — Ctrl+C stops it",
          flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        server.shutdown()
        server.server_close()


def _poll_lines(report: Any) -> list[str]:
    return [f"polled {report.polled}, updated {report.updated}, new events {report.new_events}",
            *(f"  {c} {n}: {m}" for c, n, m in report.errors),
            *(f"  {c} skipped: {why}" for c, why in report.skipped)]


def _pdf_path(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise UsageError(f"{path}: the output is a PDF; name it FILE.pdf")
    if path.is_dir():
        raise UsageError(f"{path} is a folder")
    return path


def _slips(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    from desktop_oms.printing.documents import PageSize

    if bool(args.order_nos) == (args.status is not None):
        raise UsageError("name the orders, or use --status STATUS (not both)")
    out = _pdf_path(args.output)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\rslips: {done:,}/{total:,} orders", end="", file=sys.stderr, flush=True)

    batch = services.packing.slips(out, actor=actor, order_nos=list(args.order_nos), status=args.status,
                                   size=PageSize(args.size), progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _emit(args, _printed(batch), lambda: [f"{batch.documents} slips, {batch.pages} pages: {batch.path}"])
    return EXIT_OK


def _picklist(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    from desktop_oms.printing.documents import PageSize

    if bool(args.order_nos) == (args.next is not None):
        raise UsageError("name the orders, or use --next N (not both)")
    out = _pdf_path(args.output)
    batch = services.packing.write_pick_list(out, actor=actor, order_nos=list(args.order_nos), next_n=args.next,
                                             size=PageSize(args.size))
    _emit(args, _printed(batch), lambda: [f"pick list of {len(batch.orders)} orders, {batch.pages} pages: "
                                          f"{batch.path}"])
    return EXIT_OK


def _printed(batch: Any) -> dict[str, Any]:
    return {"path": batch.path, "documents": batch.documents, "pages": batch.pages, "orders": list(batch.orders)}


def _stock_list(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    rows = services.stock.list_stock(actor=actor, low_only=args.low)
    _emit(args, [clioutput.stock_row(r) for r in rows], lambda: clioutput.stock_table(rows))
    return EXIT_OK


def _stock_receive(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    change = services.stock.receive(args.sku, args.qty, actor=actor, note=args.note)
    print(clioutput.stock_change(change))
    for line in clioutput.allocation_lines(change.allocated, quiet=True):
        print(line)
    return EXIT_OK


def _stock_adjust(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    change = services.stock.adjust(args.sku, args.delta, args.reason, actor=actor)
    print(clioutput.stock_change(change))
    return EXIT_OK


def _report(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    from desktop_oms.charts.catalog import BY_NAME
    from desktop_oms.charts.data import Period, ReportRequest

    if args.name == "list":
        specs = services.reports.catalog(actor=actor)
        _emit(args, [clioutput.report_spec(spec) for spec in specs],
              lambda: [f"{spec.name:<14} {spec.title}" for spec in specs])
        return EXIT_OK
    if args.name not in BY_NAME:
        raise UsageError(f"no report {args.name!r}; the reports are: {', '.join(BY_NAME)}")
    missing = [option for option, value in (("--from", args.start), ("--to", args.end), ("-o", args.output))
               if value is None]
    if missing:
        raise UsageError(f"report {args.name} needs {' and '.join(missing)}")
    out: Path = args.output
    kind = out.suffix.lower().lstrip(".")
    if kind not in ("png", "pdf", "csv"):
        raise UsageError(f"{out}: name the output FILE.png, FILE.pdf or FILE.csv")
    if out.is_dir():
        raise UsageError(f"{out} is a folder")
    request = ReportRequest(args.start, args.end, Period(args.by), args.channel, args.category, args.carrier)
    data = services.reports.run(args.name, request, actor=actor)
    from desktop_oms.charts import export

    pages = 1
    if kind == "csv":
        export.write_csv(data, out)
    elif kind == "png":
        export.write_png(data, out)
    else:
        pages = export.write_pdf([data], out)
    document = clioutput.report_written(data, out, pages if kind == "pdf" else None)
    _emit(args, document, lambda: [f"{args.name}: {len(data.table.rows)} rows, {data.request.start} to "
                                   f"{data.request.end} ({data.time_zone}): {out}"])
    return EXIT_OK


def _kb_import(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    report = services.knowledge.import_articles(path, actor=actor)
    _emit(args, {"created": report.created, "updated": report.updated, "unchanged": report.unchanged},
          lambda: [f"{path}: {report.created} articles created, {report.updated} updated, "
                   f"{report.unchanged} unchanged"])
    return EXIT_OK


def _kb_search(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    rows = services.knowledge.search(args.text, actor=actor, lang=args.lang, limit=args.limit)
    document = [{"id": r.id, "title": r.title, "lang": r.lang, "tags": r.tags, "snippet": r.snippet,
                 "case_types": list(r.case_types), "reasons": list(r.reasons),
                 "updated_at": r.updated_at.isoformat()} for r in rows]
    _emit(args, document, lambda: [f"{r.id:>5}  {r.lang:<5}  {r.title}" for r in rows] or ["no article found"])
    return EXIT_OK


def _codes(text: str) -> tuple[str, ...]:
    return tuple(code.strip() for code in text.split(",") if code.strip())


def _kb_add(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    from desktop_oms.services.case_results import ArticleDraft

    path: Path = args.body_file
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    article = services.knowledge.create(ArticleDraft(
        title=args.title, body=path.read_text(encoding="utf-8-sig"), tags=args.tags, lang=args.lang,
        case_types=_codes(args.case_types), reasons=_codes(args.reasons)), actor=actor)
    _emit(args, {"id": article.id, "title": article.title, "lang": article.lang, "version": article.version},
          lambda: [f"article {article.id} added: {article.title} ({article.lang})"])
    return EXIT_OK


def _units(text: str, option: str) -> dict[str, int]:
    """`SKU:QTY,SKU:QTY` → {SKU: QTY}."""
    units: dict[str, int] = {}
    for part in (p.strip() for p in text.split(",") if p.strip()):
        sku, _, qty = part.rpartition(":")
        if not sku or not qty.isdigit() or int(qty) <= 0:
            raise UsageError(f"{option}: {part!r} is not SKU:QTY (like TEA-001:2)")
        units[sku] = units.get(sku, 0) + int(qty)
    return units


def _case_row(r: Any) -> dict[str, Any]:
    return {"case_no": r.case_no, "type": r.type, "status": r.status, "reason": r.reason, "priority": r.priority,
            "category": r.category, "order_no": r.order_no, "customer": r.customer, "owner": r.owner,
            "sla_due": r.sla_due.isoformat() if r.sla_due else None, "overdue": r.overdue,
            "created_at": r.created_at.isoformat(), "refund_pending": r.refund_pending}


def _case_document(d: Any) -> dict[str, Any]:
    recorded = sum((r.amount for r in d.refunds if r.status == "recorded"), Decimal("0.00"))
    return {
        "case_no": d.case_no, "order_no": d.order_no, "type": d.type, "status": d.status, "reason": d.reason,
        "category": d.category, "priority": d.priority, "owner": d.owner, "opened_by": d.opened_by,
        "sla_due": d.sla_due.isoformat() if d.sla_due else None, "overdue": d.overdue,
        "created_at": d.created_at.isoformat(), "closed_at": d.closed_at.isoformat() if d.closed_at else None,
        "version": d.version, "note": d.note, "resolution": d.resolution,
        "refund_amount": str(recorded) if d.refunds else None, "refundable": str(d.refundable),
        "replacement_order_no": d.replacement_order_no, "moves": list(d.moves),
        "lines": [{"sku": ln.sku, "name": ln.name, "qty": ln.qty, "received": ln.received_qty,
                   "restocked": ln.restocked_qty, "written_off": ln.written_off_qty} for ln in d.lines],
        "refunds": [{"id": r.id, "amount": str(r.amount), "status": r.status, "requested_by": r.requested_by,
                     "decided_by": r.decided_by, "bank_details": r.bank_details} for r in d.refunds],
        "history": [{"time": e.time.isoformat(), "kind": e.kind, "user": e.user, "action": e.action,
                     "from": e.from_status, "to": e.to_status, "reason": e.reason} for e in d.timeline],
    }


def _case_text(d: Any) -> list[str]:
    lines = [f"{d.case_no}  {d.type} · {d.status} · {d.reason}  order {d.order_no}  {d.customer}",
             f"owner {d.owner or '-'}  priority {d.priority}  SLA due {d.sla_due.isoformat() if d.sla_due else '-'}"
             + ("  OVERDUE" if d.overdue else "")]
    lines += [f"  {ln.sku:<14} {ln.qty:>3}  received {ln.received_qty}  restocked {ln.restocked_qty}  "
              f"written off {ln.written_off_qty}" for ln in d.lines]
    lines += [f"  refund {r.id}: {d.currency} {r.amount} {r.status} ({r.requested_by})" for r in d.refunds]
    lines += [f"  {e.time:%Y-%m-%d %H:%M}  {e.user:<12} {e.action} {e.to_status or ''} {e.reason}".rstrip()
              for e in d.timeline]
    if d.moves:
        lines.append(f"next: {', '.join(d.moves)}")
    return lines


def _cases_list(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    from desktop_oms.services.case_results import CaseFilter

    rows = services.cases.list_cases(CaseFilter(
        types=frozenset({args.type} if args.type else ()), statuses=frozenset({args.status} if args.status else ()),
        include_done=args.all), actor=actor)
    _emit(args, [_case_row(r) for r in rows], lambda: [
        f"{r.case_no:<9} {r.type:<9} {r.status:<20} {r.order_no:<14} {r.owner:<10} "
        f"{r.sla_due.isoformat() if r.sla_due else '-'}{'  overdue' if r.overdue else ''}" for r in rows]
        or ["no case found"])
    return EXIT_OK


def _cases_show(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    detail = services.cases.get_case(args.case_no, actor=actor)
    _emit(args, _case_document(detail), lambda: _case_text(detail))
    return EXIT_OK


def _cases_open(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    from desktop_oms.domain.errors import NotFound
    from desktop_oms.services.case_results import NewCase, NewCaseLine

    wanted = _units(args.lines, "--lines")
    lines = []
    if wanted:
        by_sku = {ln.sku: ln for ln in reversed(services.cases.returnable_lines(args.order_no, actor=actor))}
        for sku, qty in wanted.items():
            if sku not in by_sku:
                raise NotFound("order line", f"{sku} of order {args.order_no}")
            lines.append(NewCaseLine(by_sku[sku].order_line_id, qty))
    detail = services.cases.open_case(NewCase(args.order_no, args.type, args.reason, note=args.note,
                                              lines=tuple(lines), priority=args.priority, category=args.category),
                                      actor=actor)
    _emit(args, {"case_no": detail.case_no, "status": detail.status},
          lambda: [f"case {detail.case_no} opened on order {detail.order_no}: {detail.status}"])
    return EXIT_OK


def _cases_move(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    target = {"approve": "approved", "reject": "rejected", "close": "closed"}[args.cases_command]
    detail = services.cases.move(args.case_no, target, actor=actor, reason=args.reason)
    _emit(args, _case_document(detail), lambda: [f"case {detail.case_no}: {detail.status}"])
    return EXIT_OK


def _cases_receive(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    from desktop_oms.services.case_results import Inspection

    restock, write_off = _units(args.restock, "--restock"), _units(args.write_off, "--write-off")
    if write_off and not args.reason.strip():
        raise UsageError("--write-off needs --reason (why the units cannot be sold)")
    received = services.cases.receive_goods(args.case_no, actor=actor, station="cli")
    by_sku: dict[str, Any] = {}
    for ln in received.lines:
        by_sku.setdefault(ln.sku, ln)
    unknown = sorted((set(restock) | set(write_off)) - set(by_sku))
    if unknown:
        raise UsageError(f"case {received.case_no} has no line of {', '.join(unknown)}")
    decisions = []
    for sku, ln in by_sku.items():
        if sku in restock or sku in write_off:
            decisions.append(Inspection(ln.id, restock=restock.get(sku, 0), write_off=write_off.get(sku, 0),
                                        reason=args.reason))
        elif not restock and not write_off:
            decisions.append(Inspection(ln.id, restock=ln.received_qty - ln.restocked_qty - ln.written_off_qty))
    detail = services.cases.inspect(args.case_no, decisions, actor=actor)
    _emit(args, _case_document(detail), lambda: [f"case {detail.case_no}: {detail.status}"])
    return EXIT_OK


def _cases_refund(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    try:
        amount = Decimal(args.amount)
    except InvalidOperation:
        raise UsageError(f"--amount: {args.amount!r} is not an amount (like 58.00)") from None
    detail = services.cases.request_refund(args.case_no, amount, actor=actor, bank_details=args.bank_details,
                                           note=args.note)
    last = detail.refunds[-1]
    _emit(args, _case_document(detail), lambda: [
        f"case {detail.case_no}: refund of {detail.currency} {last.amount} {last.status.replace('_', ' ')}"])
    return EXIT_OK


def _cases_decide_refund(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    case = services.cases.get_case(args.case_no, actor=actor)
    waiting = [r for r in case.refunds if r.status == "pending_approval"]
    if not waiting:
        raise UsageError(f"case {case.case_no} has no refund waiting for approval")
    if args.cases_command == "approve-refund":
        detail = services.cases.approve_refund(waiting[0].id, actor=actor, note=args.note)
    else:
        detail = services.cases.reject_refund(waiting[0].id, actor=actor, note=args.note)
    decided = next(r for r in detail.refunds if r.id == waiting[0].id)
    _emit(args, _case_document(detail), lambda: [
        f"case {detail.case_no}: refund of {detail.currency} {decided.amount} {decided.status.replace('_', ' ')}"])
    return EXIT_OK


def _cases_refund_limit(services: Any, actor: Actor, args: argparse.Namespace) -> int:
    if args.amount is None:
        amount = services.cases.refund_limit()
    else:
        try:
            amount = services.cases.set_refund_limit(Decimal(args.amount), actor=actor)
        except InvalidOperation:
            raise UsageError(f"AMOUNT: {args.amount!r} is not an amount (like 200.00)") from None
    _emit(args, {"refund_limit": str(amount)}, lambda: [f"refunds above {amount} need a manager's approval"])
    return EXIT_OK


_HANDLERS: dict[str, Callable[[Any, Actor, argparse.Namespace], int]] = {
    "db upgrade": _db_upgrade,
    "demo": _demo,
    "import products": _import,
    "import orders": _import,
    "import shopify": _import,
    "orders list": _orders_list,
    "orders show": _orders_show,
    "orders allocate": _orders_allocate,
    "orders cancel": _orders_cancel,
    "orders hold": _orders_hold,
    "orders release": _orders_release,
    "orders pack": _orders_pack,
    "ship": _ship,
    "carriers list": _carriers_list,
    "carriers set": _carriers_set,
    "poll": _poll,
    "shops set": _shops_set,
    "shops sync": _shops_sync,
    "carrier-sim": _carrier_sim,
    "outbox send": _outbox_send,
    "mail set": _mail_set,
    "slips": _slips,
    "picklist": _picklist,
    "stock list": _stock_list,
    "stock receive": _stock_receive,
    "stock adjust": _stock_adjust,
    "users add": _users_add,
    "users list": _users_list,
    "users set-role": _users_set_role,
    "users set-password": _users_set_password,
    "kb import": _kb_import,
    "kb search": _kb_search,
    "kb add": _kb_add,
    "cases list": _cases_list,
    "cases show": _cases_show,
    "cases open": _cases_open,
    "cases approve": _cases_move,
    "cases reject": _cases_move,
    "cases close": _cases_move,
    "cases receive": _cases_receive,
    "cases refund": _cases_refund,
    "cases approve-refund": _cases_decide_refund,
    "cases reject-refund": _cases_decide_refund,
    "cases refund-limit": _cases_refund_limit,
    "report": _report,
}
