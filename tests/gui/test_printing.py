"""Printing as a packer meets it: slip batches (and stopping one), pick lists, the preview, printers, the station's settings."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import time
import types
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSizeF, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from desktop_oms.bootstrap import Services
from desktop_oms.config import Settings
from desktop_oms.domain.users import Actor, Role
from desktop_oms.printing.documents import PageSize
from desktop_oms.services.results import PrintedBatch
from desktop_oms.views.printing import (
    PdfPreviewDialog,
    PickListDialog,
    PrintingSettingsPage,
    SlipBatchDialog,
    StationPrinter,
    StationPrinting,
    install_print_actions,
)
from desktop_oms.views.printing.printer import placement
from desktop_oms.views.printing.station_settings import host_name
from desktop_oms.views.settings_dialog import SettingsDialog
from desktop_oms.views.tasks import TaskRunner
from tests.factories import add_products, import_orders, order, product
from tests.gui.keyboard import type_text

PACKER = Actor("packer", Role.PACKER)
WAIT = 30_000


# --- the PDF renderers: the real ones, or stand-ins until they are in the tree ------------------


def _stand_in_slips(slips: Iterable[Any], out: Any, size: PageSize = PageSize.A4, *, progress: Any = None,
                    cancelled: Callable[[], bool] | None = None, total: int | None = None) -> int:
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(out), pagesize={PageSize.A4: A4, PageSize.LETTER: letter}.get(size, (288, 432)))
    pages = 0
    for slip in slips:
        if cancelled is not None and cancelled():
            raise RuntimeError("cancelled")
        canvas.drawString(40, 200, f"Packing slip {slip.order_no}")
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages


def _stand_in_pick_list(pick: Any, out: Any, size: PageSize = PageSize.A4) -> int:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(out))
    canvas.drawString(40, 700, f"Pick list {pick.wave}: {len(pick.orders)} orders")
    canvas.showPage()
    canvas.save()
    return 1


@pytest.fixture
def renderers(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, attribute, stand_in in (("desktop_oms.printing.slips", "render_slips", _stand_in_slips),
                                      ("desktop_oms.printing.picklist", "render_pick_list", _stand_in_pick_list)):
        if importlib.util.find_spec(name) is None:
            module = types.ModuleType(name)
            setattr(module, attribute, stand_in)
            monkeypatch.setitem(sys.modules, name, module)


@pytest.fixture
def shop(sqlite_services: Services, admin: Actor, renderers: None) -> Services:
    add_products(sqlite_services, admin, product("TEA-1", 500), product("CUP-1", 500))
    import_orders(sqlite_services, admin, order("S-001", ("TEA-1", 2), ("CUP-1", 1), minutes=1),
                  order("S-002", ("TEA-1", 1), minutes=2), order("S-003", ("CUP-1", 3), minutes=3),
                  order("S-004", ("TEA-1", 1), minutes=4))
    sqlite_services.allocation.allocate_all(actor=admin)
    sqlite_services.packing.pack_without_scans("S-003", actor=admin)
    return sqlite_services


class SlowPacking:
    """The packing service with a packer's patience tested: each order's slip takes a little longer."""

    def __init__(self, services: Services) -> None:
        self._packing = services.packing

    def slips(self, out: str | Path, *, progress: Callable[[int, int], None] | None = None,
              **kwargs: Any) -> PrintedBatch:
        def slowly(done: int, total: int) -> None:
            time.sleep(0.02)
            if progress is not None:
                progress(done, total)

        return self._packing.slips(out, progress=slowly, **kwargs)


def _pdfinfo(path: str | Path) -> tuple[int, str]:
    """Pages, and the first page's size as pdfinfo says it ("595.276 x 841.89 pts (A4)")."""
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)", out, re.M)
    size = re.search(r"^Page size:\s+(.+)$", out, re.M)
    assert pages is not None and size is not None, out
    return int(pages.group(1)), size.group(1).strip()


def _answer(kind: type[QDialog], answer: Callable[[Any], None]) -> None:
    """When the next modal dialog of `kind` opens, answer it as a person would."""
    tries = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            answer(dialog)
        elif tries[0] < 200:
            tries[0] += 1
            QTimer.singleShot(25, look)

    QTimer.singleShot(0, look)


def _save_as(path: Path) -> Callable[[QFileDialog], None]:
    def answer(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()
    return answer


def _visible_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def _slip_dialog(qtbot: QtBot, packing: Any, tasks: TaskRunner, selected: list[str]) -> SlipBatchDialog:
    dialog = SlipBatchDialog(packing, tasks, PACKER, selected)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _made_slips(qtbot: QtBot, tasks: TaskRunner, dialog: SlipBatchDialog) -> None:
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.running == 0 and dialog.create_button.isEnabled(), timeout=WAIT)


# --- slip batches -------------------------------------------------------------------------------


def test_slips_for_two_selected_orders_say_their_count_and_are_saved_as_one_pdf(
        qtbot: QtBot, shop: Services, tasks: TaskRunner, tmp_path: Path) -> None:
    dialog = _slip_dialog(qtbot, shop.packing, tasks, ["S-001", "S-002"])
    assert dialog.selected_radio.isChecked() and dialog.selected_radio.text() == "The 2 selected orders"
    assert not dialog.preview_button.isEnabled() and not dialog.save_button.isEnabled()
    _made_slips(qtbot, tasks, dialog)
    assert dialog.batch is not None
    pages, size = _pdfinfo(dialog.batch.path)
    assert pages >= 2 and size == "595.276 x 841.89 pts (A4)"
    assert dialog.message.text() == f"2 slips, {pages} pages. Preview, print or save them."
    assert dialog.preview_button.isEnabled() and dialog.print_button.isEnabled() and dialog.save_button.isEnabled()

    copy = tmp_path / "bench-slips"
    _answer(QFileDialog, _save_as(copy))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Saved as"), timeout=WAIT)
    assert dialog.message.text() == f"Saved as {copy}.pdf"
    assert _pdfinfo(f"{copy}.pdf")[0] == pages


def test_all_packed_orders_make_4x6_labels(qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    dialog = _slip_dialog(qtbot, shop.packing, tasks, [])
    assert not dialog.selected_radio.isEnabled() and dialog.packed_radio.isChecked()
    dialog.paper.setCurrentIndex(dialog.paper.findText("4 × 6 in label"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter creates
    qtbot.waitUntil(lambda: tasks.running == 0 and dialog.batch is not None, timeout=WAIT)
    pages, size = _pdfinfo(dialog.batch.path)
    assert size.startswith("288 x 432 pts")
    assert dialog.message.text().startswith("1 slip, ")
    assert dialog.batch.orders == ("S-003",)


def test_no_packed_order_is_said_in_words(qtbot: QtBot, shop: Services, tasks: TaskRunner, admin: Actor) -> None:
    shop.packing.ship("S-003", "ups", "1Z999AA10123456784", actor=admin)
    dialog = _slip_dialog(qtbot, shop.packing, tasks, [])
    _made_slips(qtbot, tasks, dialog)
    assert dialog.message.text() == "No order is packed at the moment: there are no slips to make."
    assert dialog.batch is None and not dialog.preview_button.isEnabled()


def test_stopping_a_long_batch_leaves_no_file_and_says_so(
        qtbot: QtBot, shop: Services, tasks: TaskRunner, admin: Actor) -> None:
    many = [f"L-{n:03d}" for n in range(80)]
    import_orders(shop, admin, *[order(no, ("TEA-1", 1), minutes=10 + n) for n, no in enumerate(many)])
    dialog = _slip_dialog(qtbot, SlowPacking(shop), tasks, many)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    bar = dialog.progress.bar
    qtbot.waitUntil(lambda: dialog.progress.isVisible() and bar.value() >= 3, timeout=WAIT)
    assert bar.maximum() == 80 and not dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.progress.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.running == 0 and dialog.create_button.isEnabled(), timeout=WAIT)
    assert dialog.message.text() == "Stopped: no slips were made."
    assert bar.value() < 80 and not dialog.progress.isVisible()
    assert dialog.batch is None and not dialog.preview_button.isEnabled()
    assert list(dialog.folder.iterdir()) == []  # not even the part-written file


# --- the preview --------------------------------------------------------------------------------


@pytest.fixture
def two_slips(shop: Services, tmp_path: Path) -> Path:
    path = tmp_path / "two.pdf"
    shop.packing.slips(path, actor=PACKER, order_nos=["S-001", "S-002"])
    return path


def _preview(qtbot: QtBot, path: Path, tasks: TaskRunner) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(path, tasks, title="Packing slips")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_the_preview_shows_the_page_and_page_down_turns_it(
        qtbot: QtBot, two_slips: Path, tasks: TaskRunner) -> None:
    pages, _size = _pdfinfo(two_slips)
    dialog = _preview(qtbot, two_slips, tasks)
    assert dialog.page_label.text() == f"Page 1 of {pages}"
    assert not dialog.previous_button.isEnabled()
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: dialog.page_label.text() == f"Page 2 of {pages}")
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: dialog.page_label.text() == f"Page 1 of {pages}")
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() > 1.0
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_printing_from_the_preview_to_a_pdf_printer_prints_every_page(
        qtbot: QtBot, two_slips: Path, tasks: TaskRunner, tmp_path: Path) -> None:
    out = tmp_path / "printed" / "bench.pdf"
    out.parent.mkdir()
    StationPrinting("Bench 1", printer=f"PDF:{out}").save()
    pages, size = _pdfinfo(two_slips)
    dialog = _preview(qtbot, two_slips, tasks)
    _answer(QPrintDialog, lambda d: d.accept())  # the station's printer is offered: the packer says Print
    with qtbot.waitSignal(dialog.printed, timeout=WAIT) as printed:
        qtbot.keyClick(dialog.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args == [f"PDF:{out}", pages]
    qtbot.waitUntil(lambda: tasks.running == 0 and dialog.print_button.isEnabled())
    assert dialog.message.text() == f"Printed {pages} pages on PDF file {out}."
    printed_pages, printed_size = _pdfinfo(out)
    assert printed_pages == pages and size.endswith("(A4)") and printed_size.endswith("(A4)")


# --- the pack bench -----------------------------------------------------------------------------


def _bench(qtbot: QtBot, shop: Services, tasks: TaskRunner) -> StationPrinter:
    window = QWidget()
    qtbot.addWidget(window)
    return StationPrinter(shop.packing, tasks, PACKER, window)


def test_a_slip_at_the_pack_bench_prints_without_any_dialog_when_set_so(
        qtbot: QtBot, shop: Services, tasks: TaskRunner, tmp_path: Path) -> None:
    out = tmp_path / "label.pdf"
    StationPrinting("Bench 1", printer=f"PDF:{out}", skip_dialog=True, slip_size=PageSize.LABEL_4X6).save()
    bench = _bench(qtbot, shop, tasks)
    with qtbot.waitSignal(bench.printed, timeout=WAIT) as printed:
        bench.print_slip("S-003")
    assert printed.args == ["S-003", f"PDF:{out}"]
    assert _visible_dialogs() == [] and bench.preview is None
    pages, size = _pdfinfo(out)
    assert pages >= 1 and size.startswith("288 x 432 pts")


def test_without_a_printer_the_slip_opens_in_the_preview(qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    StationPrinting("Bench 1", skip_dialog=True).save()  # no default printer: nowhere to print to
    bench = _bench(qtbot, shop, tasks)
    failures: list[str] = []
    bench.failed.connect(failures.append)
    bench.print_slip("S-003")
    qtbot.waitUntil(lambda: bench.preview is not None and bench.preview.isVisible(), timeout=WAIT)
    assert bench.preview is not None
    assert bench.preview.windowTitle() == "Packing slip S-003"
    assert bench.preview.page_label.text().startswith("Page 1 of ")
    assert failures == []


def test_an_unplugged_printer_is_named_and_the_slip_shown_instead(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    StationPrinting("Bench 1", printer="Label printer 2", skip_dialog=True).save()
    bench = _bench(qtbot, shop, tasks)
    with qtbot.waitSignal(bench.failed, timeout=WAIT) as failed:
        bench.print_slip("S-003")
    assert failed.args[0].startswith("The printer “Label printer 2” is not available on this computer.")
    assert bench.preview is not None and bench.preview.isVisible()


def test_a_page_is_fitted_to_the_paper_turned_when_that_fits_better_and_never_enlarged() -> None:
    a4_paper = QSizeF(9000, 13000)  # an A4 printer's printable area at 1200 dpi, in dots
    landscape, turned = placement(QSizeF(842, 595), a4_paper, 1200)
    assert turned and landscape.width() == 9000 and landscape.height() < 13000
    label, turned = placement(QSizeF(288, 432), a4_paper, 1200)  # 4 × 6 in: true size, centred
    assert not turned and (label.x(), label.y(), label.width(), label.height()) == (2100, 2900, 4800, 7200)
    a4_on_a_label, turned = placement(QSizeF(595, 842), QSizeF(4800, 7200), 1200)
    assert not turned and a4_on_a_label.width() == 4800 and a4_on_a_label.height() < 7200


def test_a_missing_order_fails_in_words(qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    bench = _bench(qtbot, shop, tasks)
    with qtbot.waitSignal(bench.failed, timeout=WAIT) as failed:
        bench.print_slip("NOPE-1")
    assert failed.args == ["There is no Order “NOPE-1”."]


# --- pick lists and the menu --------------------------------------------------------------------


def test_a_pick_list_for_the_next_orders_opens_in_the_preview(qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    dialog = PickListDialog(shop.packing, tasks, PACKER, [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.next_radio.isChecked() and not dialog.selected_radio.isEnabled()
    dialog.next_count.setFocus()
    qtbot.keyClick(dialog.next_count, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.next_count, "2")
    qtbot.keyClick(dialog.next_count, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible(), timeout=WAIT)
    assert dialog.preview is not None
    assert dialog.message.text().startswith("Pick list for 2 orders, ")
    assert dialog.preview.page_label.text().startswith("Page 1 of ")


def test_the_orders_menu_opens_the_slip_dialog_for_the_selected_orders(
        qtbot: QtBot, shop: Services, tasks: TaskRunner) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu(window)
    actions = install_print_actions(menu, window, shop, tasks, PACKER, lambda: ["S-001", "S-002"])
    assert [a.text() for a in actions] == ["Print packing &slips…", "Pic&k list…"]
    assert actions[0].shortcut().toString() == "Ctrl+P" and all(a.isEnabled() for a in actions)
    actions[0].trigger()
    dialog = window.findChild(SlipBatchDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.selected_radio.text() == "The 2 selected orders"
    dialog.close()


# --- this station's settings --------------------------------------------------------------------


def test_the_printing_page_stores_the_station_and_shows_it_again(
        qtbot: QtBot, tasks: TaskRunner, tmp_path: Path) -> None:
    page = PrintingSettingsPage(tasks)
    qtbot.addWidget(page)
    page.show()
    assert page.station.text() == host_name()
    assert page.printer.currentText() == "Always ask" and not page.skip_dialog.isEnabled()
    assert page.no_printer_note.isVisible()  # this machine has no printer
    page.station.selectAll()
    type_text(qtbot, page.station, "Bench 2")
    page.slip_size.setCurrentIndex(page.slip_size.findText("Letter"))
    page.save()
    again = PrintingSettingsPage(tasks)
    qtbot.addWidget(again)
    assert (again.station.text(), again.printer.currentText(), again.slip_size.currentText()) == (
        "Bench 2", "Always ask", "Letter")
    assert StationPrinting.load() == StationPrinting("Bench 2", slip_size=PageSize.LETTER)


def test_a_test_page_goes_to_the_chosen_pdf_printer(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path) -> None:
    out = tmp_path / "test-page.pdf"
    StationPrinting("Bench 3", printer=f"PDF:{out}").save()
    page = PrintingSettingsPage(tasks)
    qtbot.addWidget(page)
    page.show()
    assert page.printer.currentText() == f"PDF file {out}" and page.skip_dialog.isEnabled()
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.running == 0 and page.test_button.isEnabled(), timeout=WAIT)
    assert page.test_result.text() == f"The test page went to PDF file {out}."
    assert _pdfinfo(out)[0] == 1


def test_the_settings_dialog_saves_the_printing_tab(
        qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner, sqlite_url: str, admin: Actor,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Settings, "config_file", staticmethod(lambda: tmp_path / "config" / "config.toml"))
    agent = Actor("agent", Role.AGENT)
    dialog = SettingsDialog(sqlite_services.settings, tasks, agent, Settings(db_url=sqlite_url, lang="en"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: tasks.running == 0)
    assert dialog.tabs.tabText(3) == "Printing"
    dialog.tabs.setCurrentWidget(dialog.printing_page)
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "S&tation name"
    assert QApplication.focusWidget() is dialog.printing_page.station
    dialog.printing_page.station.selectAll()
    type_text(qtbot, dialog.printing_page.station, "Pack bench 1")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert StationPrinting.load().station == "Pack bench 1"
