"""The Reports tab as a manager meets it: pick a report and a range, filter, hover a bar, export PNG, PDF and CSV.

The shop is the hand-counted one of tests/integration/test_reports.py, seen on 12 November 2026 (Shanghai).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop_oms.bootstrap import Services
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.reports import ReportService
from desktop_oms.views.main_window import MainWindow
from desktop_oms.views.reports import ReportsPanel
from desktop_oms.views.tasks import TaskRunner
from tests.integration.test_reports import build_shop

MANAGER = Actor("manager", Role.MANAGER)
NOW = datetime(2026, 11, 12, 4, 0, tzinfo=UTC)


@pytest.fixture
def panel(qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner) -> ReportsPanel:
    build_shop(sqlite_services)
    shown = ReportsPanel(ReportService(sqlite_services.uow, clock=lambda: NOW), tasks, MANAGER)
    qtbot.addWidget(shown)
    shown.resize(1280, 760)
    with qtbot.waitSignal(shown.report_shown, timeout=20_000):
        shown.show()
    return shown


def cells(panel: ReportsPanel, column: int) -> list[str]:
    model = panel.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def choose(qtbot: QtBot, panel: ReportsPanel, combo: object, data: str, report: str | None = None) -> None:
    with qtbot.waitSignal(panel.report_shown, timeout=20_000):
        combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def click_report(qtbot: QtBot, panel: ReportsPanel, name: str) -> None:
    items = [panel.report_list.item(i) for i in range(panel.report_list.count())]
    item = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == name)
    with qtbot.waitSignal(panel.report_shown, timeout=20_000, check_params_cb=lambda shown: shown == name):
        qtbot.mouseClick(panel.report_list.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.report_list.visualItemRect(item).center())


def test_the_tab_opens_on_the_last_30_days_of_revenue_with_its_table(panel: ReportsPanel) -> None:
    assert panel.start_edit.date().toString("yyyy-MM-dd") == "2026-10-14"
    assert panel.end_edit.date().toString("yyyy-MM-dd") == "2026-11-12"
    days = cells(panel, 0)
    assert len(days) == 30
    assert cells(panel, 2)[days.index("2026-11-10")] == "100.00"
    assert cells(panel, 1)[days.index("2026-11-11")] == "2"
    assert "days in Asia/Shanghai" in panel.status.text()
    assert "orders not cancelled" in panel.canvas.canvas.toolTip()


def test_switching_range_period_report_and_filter(qtbot: QtBot, panel: ReportsPanel) -> None:
    choose(qtbot, panel, panel.preset, "double_11")
    assert cells(panel, 0)[0] == "2026-11-08" and len(cells(panel, 0)) == 7
    choose(qtbot, panel, panel.by, "week")
    assert cells(panel, 0) == ["2026-11-02", "2026-11-09"]
    assert cells(panel, 2) == ["0.00", "240.49"]  # R-5 on the 9th is in the week of the 9th
    choose(qtbot, panel, panel.channel, "shopify")
    assert cells(panel, 2) == ["0.00", "119.99"]
    click_report(qtbot, panel, "top-products")
    assert not panel.by.isEnabled() and panel.category.isEnabled() and not panel.carrier.isEnabled()
    assert cells(panel, 0) == ["TEA-A", "TEA-B"]  # shopify: R-1 (TEA-A ×2, TEA-B) and R-4 (TEA-B)
    assert cells(panel, 3) == ["60.00", "59.99"]
    choose(qtbot, panel, panel.category, "Tea > Black tea")
    assert cells(panel, 0) == ["TEA-B"]
    click_report(qtbot, panel, "lead-time")
    assert panel.carrier.isEnabled()


def test_hovering_a_bar_shows_its_numbers(qtbot: QtBot, panel: ReportsPanel) -> None:
    choose(qtbot, panel, panel.preset, "double_11")
    canvas, chart = panel.canvas.canvas, panel.canvas.chart
    assert round(chart.figure.bbox.width) == round(canvas.width() * canvas.device_pixel_ratio) < 900
    canvas.draw()
    left, bottom, width, height = chart.hover[0].artist.patches[2].get_window_extent().bounds  # 10 November
    ratio = canvas.device_pixel_ratio
    qtbot.mouseMove(canvas, QPoint(int((left + width / 2) / ratio), int(canvas.height() - (bottom + height / 2) / ratio)))
    qtbot.waitUntil(lambda: panel.canvas.hover_text == "2026-11-10: ¥100.00, 1 orders", timeout=5_000)


@pytest.mark.parametrize("kind", ["csv", "png", "pdf"])
def test_exporting(qtbot: QtBot, panel: ReportsPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                   kind: str) -> None:
    choose(qtbot, panel, panel.preset, "double_11")
    target = tmp_path / f"out.{kind}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), "")))
    button = {"csv": panel.csv_button, "png": panel.png_button, "pdf": panel.pdf_button}[kind]
    with qtbot.waitSignal(panel.exported, timeout=60_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if kind == "csv":
        lines = target.read_bytes().decode("utf-8").splitlines()
        assert lines[0] == "period,orders,revenue" and "2026-11-10,1,100.00" in lines
    else:
        assert target.read_bytes().startswith(b"\x89PNG" if kind == "png" else b"%PDF")
    assert str(target) in panel.status.text()


def test_only_managers_and_admins_get_the_tab(qtbot: QtBot, sqlite_services: Services, tasks: TaskRunner) -> None:
    for role, expected in ((Role.AGENT, False), (Role.PACKER, False), (Role.MANAGER, True), (Role.ADMIN, True)):
        window = MainWindow(sqlite_services, tasks, Actor("someone", role), "test.db", live=False)
        qtbot.addWidget(window)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert ("Reports" in titles) is expected, role
        assert (window.reports_panel is not None) is expected
        window.close()
