"""The packing bench as a packer meets it: a scanner and the keyboard only, from next order to shipped."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_oms.bootstrap import Services
from desktop_oms.db.models import SCAN_LOG
from desktop_oms.domain.users import Actor, Role
from desktop_oms.views.packing.lines_model import PackLinesModel
from desktop_oms.views.packing.panel import PackingPanel, Stage
from desktop_oms.views.packing.sounds import Sounds
from desktop_oms.views.tasks import TaskRunner
from tests.factories import add_products, import_orders, order, product

PACKER = Actor("packer", Role.PACKER)


@pytest.fixture
def shop(sqlite_services: Services, admin: Actor) -> Services:
    add_products(sqlite_services, admin, replace(product("TEA-1", 20), barcode="6901234567892"),
                 replace(product("CUP-1", 20), barcode="036000291452"), replace(product("PEN-9", 5),
                                                                                barcode="4006381333931"))
    import_orders(sqlite_services, admin, order("P-1", ("TEA-1", 2), ("CUP-1", 1), minutes=1),
                  order("P-2", ("CUP-1", 1), minutes=2), order("P-3", ("TEA-1", 1), minutes=3))
    sqlite_services.allocation.allocate_all(actor=admin)
    return sqlite_services


class Bench:
    """One packing station: the panel, what it asked to print, and keys as a scanner or a person sends them."""

    def __init__(self, qtbot: QtBot, services: Services, tasks: TaskRunner, station: str) -> None:
        self.qtbot, self.tasks = qtbot, tasks
        self.printed: list[str] = []
        self.panel = PackingPanel(services.packing, tasks, PACKER, station, print_slip=self._print,
                                  sounds=Sounds(audio=False))
        qtbot.addWidget(self.panel)
        self.panel.resize(1280, 800)
        self.panel.show()

    def _print(self, order_no: str, parcel: int | None) -> None:
        self.printed.append(order_no if parcel is None else f"{order_no}/{parcel}")

    def scan(self, code: str) -> None:
        """A keyboard-wedge scanner: the keys a few ms apart, then Enter."""
        self.qtbot.keyClicks(self.panel.scan, code, delay=2)
        self.qtbot.keyClick(self.panel.scan, Qt.Key.Key_Return)
        self.settle()

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.panel.scan, key, modifier)
        self.settle()

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: self.tasks.running == 0, timeout=10_000)

    @property
    def banner(self) -> str:
        return self.panel.banner.text()

    @property
    def tone(self) -> str:
        return str(self.panel.banner.property("tone"))

    def counts(self) -> list[str]:
        model = self.panel.model
        return [model.index(r, PackLinesModel.COUNT).data() for r in range(model.rowCount())]


def test_a_whole_order_from_enter_to_shipped_with_the_scanner_alone(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    bench = Bench(qtbot, shop, tasks, "Bench 1")
    assert bench.panel.scan.hasFocus() or bench.panel.isActiveWindow() is False
    bench.key(Qt.Key.Key_Return)  # next order
    assert bench.panel.order_label.text() == "P-1"
    assert "3 units" in bench.banner and bench.counts() == ["0 / 2", "0 / 1"]

    bench.scan("6901234567892")
    assert bench.tone == "good" and "TEA-1" in bench.banner and bench.counts()[0] == "1 / 2"
    assert bench.panel.sounds.requested[-1] == "ok"

    bench.scan("036000291452")
    bench.scan("036000291452")  # one too many
    assert bench.tone == "bad" and "One too many" in bench.banner
    assert bench.panel.sounds.requested[-1] == "error" and bench.counts()[1] == "1 / 1  ✓"

    bench.scan("999999")  # nothing we know
    assert bench.tone == "bad" and "999999" in bench.banner
    qtbot.waitUntil(lambda: "Unknown code" in bench.panel.detail.text())
    bench.scan("4006381333931")  # a product of ours, of another order
    qtbot.waitUntil(lambda: "PEN-9" in bench.panel.detail.text())
    assert bench.counts() == ["1 / 2", "1 / 1  ✓"]

    bench.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the cup
    assert "Undone" in bench.banner and bench.counts() == ["1 / 2", "0 / 1"]
    bench.scan("036000291452")
    bench.scan("TEA-1")  # typed SKU works too
    assert bench.panel.stage is Stage.LABEL
    assert "Packed" in bench.banner and bench.printed == ["P-1"]
    assert shop.orders.get_order("P-1", actor=PACKER).status == "packed"

    bench.scan("SF1234567890123")  # the carrier's label: only SF Express writes numbers like this
    assert shop.orders.get_order("P-1", actor=PACKER).status == "shipped"
    assert "P-1 shipped with SF Express SF1234567890123" in bench.panel.last_label.text()
    qtbot.waitUntil(lambda: bench.panel.order_label.text() == "P-2")  # and the next order is on the bench
    with shop.uow(read_only=True) as tx:
        logged = tx.connection.execute(select(SCAN_LOG.c.code, SCAN_LOG.c.result).where(
            SCAN_LOG.c.order_no == "P-1").order_by(SCAN_LOG.c.id)).all()
    assert [r.result for r in logged] == ["order", "counted", "counted", "too_many", "unknown", "wrong_item",
                                          "undone", "counted", "completed", "tracking"]


def test_a_label_that_fits_several_carriers_is_chosen_with_one_key(
        qtbot: QtBot, shop: Services, admin: Actor, tasks: TaskRunner) -> None:
    bench = Bench(qtbot, shop, tasks, "Bench 1")
    bench.scan("P-2")  # an order barcode claims that order
    assert bench.panel.order_label.text() == "P-2"
    bench.scan("036000291452")
    assert bench.panel.stage is Stage.LABEL
    bench.scan("731234567890")  # twelve digits starting 73: ZTO writes these, and so does FedEx
    assert bench.panel.stage is Stage.CARRIER and bench.panel.carrier_list.isVisible()
    names = [bench.panel.carrier_list.item(i).text() for i in range(bench.panel.carrier_list.count())]
    fedex = next(i for i, n in enumerate(names, start=1) if "FedEx" in n)
    bench.scan(str(fedex))
    shipments = shop.orders.get_order("P-2", actor=admin).shipments
    assert [(s.carrier, s.tracking_no) for s in shipments] == [("fedex", "731234567890")]


def test_two_stations_never_get_the_same_order_and_esc_twice_gives_one_back(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    one, two = Bench(qtbot, shop, tasks, "Bench 1"), Bench(qtbot, shop, tasks, "Bench 2")
    one.key(Qt.Key.Key_Return)
    two.key(Qt.Key.Key_Return)
    assert (one.panel.order_label.text(), two.panel.order_label.text()) == ("P-1", "P-2")
    three = Bench(qtbot, shop, tasks, "Bench 3")
    three.scan("P-1")  # the order barcode of an order Bench 1 is packing
    assert three.tone == "bad" and "Bench 1" in three.banner and three.panel.stage is Stage.IDLE
    one.key(Qt.Key.Key_Escape)
    assert "Esc again" in one.banner and one.panel.stage is Stage.PACKING
    one.key(Qt.Key.Key_Escape)
    assert one.panel.stage is Stage.IDLE and "given back" in one.banner
    assert shop.orders.get_order("P-1", actor=PACKER).status == "allocated"


def test_an_empty_queue_says_so_calmly(qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner) -> None:
    bench = Bench(qtbot, sqlite_services, tasks, "Bench 1")
    bench.key(Qt.Key.Key_Return)
    assert bench.panel.stage is Stage.IDLE and bench.tone == "info"
    assert "No order is waiting" in bench.banner


def test_leaving_the_bench_mid_order_gives_the_order_back(qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    bench = Bench(qtbot, shop, tasks, "Bench 1")
    bench.key(Qt.Key.Key_Return)
    assert shop.orders.get_order("P-1", actor=PACKER).status == "picking"
    bench.panel.give_back_on_leave()
    bench.settle()
    assert shop.orders.get_order("P-1", actor=PACKER).status == "allocated"


def test_a_manager_gives_back_an_order_a_broken_station_still_holds(
        qtbot: QtBot, shop: Services, tasks: TaskRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from desktop_oms.views.main_window import MainWindow

    shop.packing.claim("P-3", "Bench 9", actor=PACKER)  # then Bench 9 died
    window = MainWindow(shop, tasks, Actor("boss", Role.MANAGER), "test.db", live=False)
    qtbot.addWidget(window)
    window.show()
    panel = window.orders_panel
    qtbot.waitUntil(lambda: panel.model.total is not None and tasks.running == 0)
    row = panel.model.row_of("P-3")
    assert row is not None
    panel.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Bench 9 is broken", True))
    action = next(a for a in window.menuBar().actions()[1].menu().actions() if "Give back" in a.text())
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: bool(panel.last_batch_dialog.outcomes), timeout=10_000)
    assert [(o.order_no, o.status) for o in panel.last_batch_dialog.outcomes] == [("P-3", "allocated")]
    assert shop.orders.get_order("P-3", actor=PACKER).history[-1].reason == "Bench 9 is broken"


def test_the_lines_model_passes_qt_s_model_checks(qtbot: QtBot, qtmodeltester: ModelTester, shop: Services,
                                                  tasks: TaskRunner) -> None:
    bench = Bench(qtbot, shop, tasks, "Bench 1")
    bench.key(Qt.Key.Key_Return)
    bench.scan("TEA-1")
    qtmodeltester.check(bench.panel.model, force_py=True)
    assert bench.panel.model.rowCount() == 2


def test_an_order_to_two_addresses_is_packed_and_labelled_one_parcel_after_the_other(
        qtbot: QtBot, shop: Services, admin: Actor, tasks: TaskRunner) -> None:
    from desktop_oms.domain.intake import Address

    plain = order("G-1", ("TEA-1", 1), ("CUP-1", 2))
    gift = replace(plain, lines=(plain.lines[0], replace(plain.lines[1], ship_group=2)),
        more_ship_to=((2, Address("李娜", "中山路 8 号", "", "广州", "广东", "510000", "CN", "13900139000")),))
    import_orders(shop, admin, gift)
    shop.allocation.allocate(["G-1"], actor=admin)
    bench = Bench(qtbot, shop, tasks, "Bench 1")

    bench.scan("G-1")
    assert bench.panel.order_label.text() == "G-1 · parcel 1 of 2"
    assert "goes to 2 addresses" in bench.banner and bench.counts() == ["0 / 1"]
    assert "王芳" in bench.panel.ship_to_label.text()
    bench.scan("6901234567892")
    assert "Parcel 1 of 2 packed" in bench.banner and bench.printed == ["G-1/1"]  # its own slip
    assert bench.panel.detail.text() == "The packing slip is printing."
    bench.scan("SF1234567890123")
    qtbot.waitUntil(lambda: bench.panel.order_label.text() == "G-1 · parcel 2 of 2")
    assert "李娜" in bench.panel.ship_to_label.text() and "广州" in bench.panel.ship_to_label.text()
    assert "Parcel 2 of 2: scan its 2 units" in bench.banner and bench.counts() == ["0 / 2"]
    bench.scan("036000291452")
    bench.scan("036000291452")
    assert bench.panel.stage is Stage.LABEL and bench.printed == ["G-1/1", "G-1/2"]  # parcel 2's slip now
    bench.scan("SF1234567890124")
    assert shop.orders.get_order("G-1", actor=PACKER).status == "shipped"
    shipments = shop.orders.get_order("G-1", actor=admin).shipments
    assert sorted(s.tracking_no for s in shipments) == ["SF1234567890123", "SF1234567890124"]
    qtbot.waitUntil(lambda: bench.panel.order_label.text() == "P-1")  # then the next order
