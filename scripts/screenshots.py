"""Saves a PNG of every tab and the main dialogs at 1280x800, in English and Chinese, on a demo shop.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR] [--db URL]

Without --db it makes a fresh demo shop (2,000 orders) in a temporary folder. Look at the PNGs:
they are how a person first meets each screen.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "zh_CN", "zh_TW")


def shoot(url: str, lang: str, out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop_oms import bootstrap
    from desktop_oms.config import Settings
    from desktop_oms.domain.users import Actor, Role
    from desktop_oms.views.i18n import install_translator
    from desktop_oms.views.login_dialog import LoginDialog
    from desktop_oms.views.main_window import MainWindow
    from desktop_oms.views.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translator(app, lang)
    services = bootstrap.build(Settings(db_url=url))
    tasks = TaskRunner()
    saved: list[Path] = []

    def settle(ms: int = 600) -> None:
        for _ in range(200):
            loop = QEventLoop()
            QTimer.singleShot(30, loop.quit)
            loop.exec()
            if tasks.running == 0:
                break
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget: QWidget, name: str) -> None:
        path = out / f"{name}-{lang}.png"
        widget.grab().save(str(path))
        saved.append(path)

    login = LoginDialog(services.users, tasks, shop_label="shop.db")
    login.show()
    settle(200)
    save(login, "login")
    login.close()

    window = MainWindow(services, tasks, Actor("manager", Role.MANAGER), "shop.db", live=False)
    window.resize(1280, 800)
    window.show()
    settle()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        save(window, f"tab{index + 1}-{window.tabs.widget(index).__class__.__name__}")
    bench = window.packing_panel
    if bench is not None:  # the bench mid-order: one item scanned, then a wrong scan
        window.tabs.setCurrentWidget(bench)
        bench.next_order()
        settle()
        if bench.order is not None and bench.order.lines:
            line = bench.order.lines[0]
            bench.scan.submitted.emit(line.barcode or line.sku, "scanner")
            settle(300)
            save(window, "packing-scanned")
            bench.scan.submitted.emit("0000000000000", "scanner")
            settle(500)
            save(window, "packing-wrong-item")
    shoot_aftersales(window, settle, save)
    window.tabs.setCurrentIndex(0)
    panel = window.orders_panel
    order_no = panel.model.order_no_at(3)
    if order_no:
        dialog = window.open_order(order_no)
        settle()
        save(dialog, "order-detail")
        dialog.close()
    shoot_orders_everywhere(window, services, settle, save)
    panel.table.selectRow(0)
    panel.table.selectRow(1)
    window.close()
    tasks.wait_for_done()
    services.close()
    del translators
    return saved


def shoot_orders_everywhere(window: Any, services: Any, settle: Callable[..., None],
                            save: Callable[[Any, str], None]) -> None:
    """An order sent to two addresses (its Addresses tab) and the new-order dialog with a line typed in."""
    from desktop_oms.domain.users import Actor, Role

    manager = Actor("manager", Role.MANAGER)
    for status in ("backordered", "allocated", "accepted"):
        for row in services.orders.list_orders(actor=manager, status=status, limit=200):
            if services.orders.get_order(row.order_no, actor=manager).multi_address:
                dialog = window.open_order(row.order_no)
                settle()
                dialog.tabs.setCurrentIndex(1)
                settle(200)
                save(dialog, "order-detail-addresses")
                dialog.close()
                break
        else:
            continue
        break
    dialog = window.new_order()
    if dialog is not None:
        settle()
        save(dialog, "new-order")
        dialog.reject()
        settle(200)


def shoot_aftersales(window: Any, settle: Callable[..., None], save: Callable[[Any, str], None]) -> None:
    """The After-sales tab with a case open, the new-case dialog on an order, Goods-in mid-inspection."""
    panel = getattr(window, "aftersales_panel", None)
    if panel is None or panel.queue is None or panel.detail is None:
        return
    window.tabs.setCurrentWidget(panel)
    settle()
    numbers = panel.queue.model.case_nos()
    if numbers:
        panel.open_case(numbers[0])
        settle()
        save(window, "aftersales-case")
        panel.detail.tabs.setCurrentIndex(4)
        settle(200)
        save(window, "aftersales-timeline")
        panel.detail.tabs.setCurrentIndex(0)
        order_no = panel.detail.detail.order_no if panel.detail.detail is not None else ""
        if order_no:
            dialog = window.open_order(order_no)
            settle()
            new = dialog.new_case()
            settle()
            if new is not None:
                save(new, "new-case")
                new.reject()
            save(dialog, "order-detail-cases")
            dialog.close()
    receivable = [row for row in (panel.queue.model.row_at(n) for n in range(len(numbers)))
                  if row is not None and row.status in ("approved", "awaiting_goods")]
    panel.pages.setCurrentWidget(panel.goods_in)
    panel.goods_in.find_code("NO-SUCH-SLIP")
    settle()
    save(window, "goods-in-not-found")
    if receivable:
        panel.goods_in.find_code(receivable[0].case_no)
        settle()
        save(window, "goods-in-receive")
    panel.pages.setCurrentIndex(0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots")
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=LANGS)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    url = args.db
    if url is None:
        folder = tempfile.mkdtemp(prefix="oms-shots-")
        url = f"sqlite:///{folder}/shop.db"
        subprocess.run([sys.executable, "-m", "desktop_oms", "--db", url, "demo", "--orders", "2000"], check=True,
                       cwd=ROOT)
    if args.lang:  # one language per process: Qt's translators are process-wide
        for path in shoot(url, args.lang, out):
            print(path)
        return
    for lang in LANGS:
        subprocess.run([sys.executable, __file__, str(out), "--db", url, "--lang", lang], check=True)


if __name__ == "__main__":
    main()
