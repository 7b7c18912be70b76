"""The Reports tab: pick a report, a range (or a preset) and filters; see its chart, hover it, read its table, export.

Every report is computed in the database pool (the service's one read transaction, then the Figure is
built in the same worker); the GUI thread only shows the result. A newer request wins: the answer of
an older one that arrives late is dropped.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.charts import catalog
from desktop_oms.charts.data import Filter, FilterChoices, Period, ReportData, ReportRequest
from desktop_oms.domain.users import Actor
from desktop_oms.views.messages import error_text
from desktop_oms.views.reports import chart_text
from desktop_oms.views.reports.canvas import ReportCanvas
from desktop_oms.views.reports.table_model import ReportTableModel
from desktop_oms.views.tasks import TaskRunner

CUSTOM = "custom"


def compute(reports: Any, name: str, request: ReportRequest, actor: Actor, title: str) -> tuple[Any, Any, float, float]:
    """In a pool thread: the report's numbers, then its chart (matplotlib is loaded here, on first use)."""
    started = time.perf_counter()
    data = reports.run(name, request, actor=actor)
    queried = time.perf_counter()
    from desktop_oms.charts import figures

    chart = figures.build(data, title=title, t=chart_text.translate)
    return data, chart, (queried - started) * 1000, (time.perf_counter() - queried) * 1000


def export_all(reports: Any, request: ReportRequest, actor: Actor, path: Path, titles: dict[str, str]) -> int:
    """In a pool thread: every report over `request` as one PDF; the pages written."""
    from desktop_oms.charts import export

    found = [reports.run(spec.name, request, actor=actor) for spec in catalog.REPORTS]
    return export.write_pdf(found, path, titles=[titles[d.name] for d in found], t=chart_text.translate)


class ReportsPanel(QWidget):
    """`report_shown(name)` after a chart is on screen; `exported(path)` after a file is written."""

    report_shown = Signal(str)
    exported = Signal(str)

    def __init__(self, reports: Any, tasks: TaskRunner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports, self._tasks, self._actor = reports, tasks, actor
        self.started = False
        self.data: ReportData | None = None
        self._serial = 0
        self._loading_choices = False

        self.report_list = QListWidget()
        self.report_list.setFixedWidth(200)
        for spec in catalog.REPORTS:
            item = QListWidgetItem(self.report_title(spec.name))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setToolTip(self.definition(spec.name))
            self.report_list.addItem(item)
        self.report_list.setCurrentRow(0)

        self.preset = QComboBox()
        for key, text in self._preset_names().items():
            self.preset.addItem(text, key)
        self.preset.setCurrentIndex(self.preset.findData("30_days"))
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.by = QComboBox()
        for period, text in ((Period.DAY, self.tr("By day")), (Period.WEEK, self.tr("By week")),
                             (Period.MONTH, self.tr("By month"))):
            self.by.addItem(text, str(period))
        self.channel, self.category, self.carrier = QComboBox(), QComboBox(), QComboBox()
        for combo, everything in ((self.channel, self.tr("All channels")), (self.category, self.tr("All categories")),
                                  (self.carrier, self.tr("All carriers"))):
            combo.addItem(everything, "")
            combo.setMinimumContentsLength(12)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.png_button = QPushButton(self.tr("Export PNG…"))
        self.pdf_button = QPushButton(self.tr("Export PDF report…"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.png_button.setToolTip(self.tr("This chart as an image"))
        self.pdf_button.setToolTip(self.tr("Every report over this range and these filters, chart and table, one PDF"))
        self.csv_button.setToolTip(self.tr("This report's numbers, for a spreadsheet"))

        self.canvas = ReportCanvas()
        self.model = ReportTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout()
        self._connect()

    # -- texts (translated) -----------------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Reports")

    def report_title(self, name: str) -> str:
        titles = {
            "sales": self.tr("Revenue and orders"), "refunds": self.tr("Refunds"),
            "top-products": self.tr("Top products"), "categories": self.tr("Top categories"),
            "payment-mix": self.tr("Payment methods"), "status-funnel": self.tr("Order funnel"),
            "returns": self.tr("Returns and complaints"), "lead-time": self.tr("Fulfilment lead time"),
            "carriers": self.tr("Carrier performance"), "low-stock": self.tr("Stock running low"),
            "packers": self.tr("Packer KPIs"),
        }
        return titles.get(name, name)

    def definition(self, name: str) -> str:
        return chart_text.translate(catalog.spec(name).definition)

    def _preset_names(self) -> dict[str, str]:
        return {"today": self.tr("Today"), "7_days": self.tr("Last 7 days"), "30_days": self.tr("Last 30 days"),
                "this_month": self.tr("This month"), "last_year": self.tr("Last year"),
                "double_11": self.tr("Double 11 week"), CUSTOM: self.tr("Custom range")}

    # -- layout and wiring ------------------------------------------------------------------------

    def _layout(self) -> None:
        range_row = QHBoxLayout()
        for label, widget in ((self.tr("Range"), self.preset), (self.tr("From"), self.start_edit),
                              (self.tr("to"), self.end_edit)):
            range_row.addWidget(QLabel(label))
            range_row.addWidget(widget)
        range_row.addWidget(self.by)
        range_row.addStretch(1)
        range_row.addWidget(self.refresh_button)
        filter_row = QHBoxLayout()
        for widget in (self.channel, self.category, self.carrier):
            filter_row.addWidget(widget)
        filter_row.addStretch(1)
        for button in (self.png_button, self.pdf_button, self.csv_button):
            filter_row.addWidget(button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.canvas)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 400])
        right = QVBoxLayout()
        right.addLayout(range_row)
        right.addLayout(filter_row)
        right.addWidget(split, 1)
        right.addWidget(self.status)
        outer = QHBoxLayout(self)
        outer.addWidget(self.report_list)
        outer.addLayout(right, 1)

    def _connect(self) -> None:
        self.report_list.currentRowChanged.connect(lambda _row: self._on_report_changed())
        self.preset.currentIndexChanged.connect(lambda _i: self._on_preset_changed())
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _d: self._on_date_edited())
        for combo in (self.by, self.channel, self.category, self.carrier):
            combo.currentIndexChanged.connect(lambda _i: self._on_filter_changed())
        self.refresh_button.clicked.connect(self.refresh)
        self.png_button.clicked.connect(lambda: self._ask_and_export("png"))
        self.pdf_button.clicked.connect(lambda: self._ask_and_export("pdf"))
        self.csv_button.clicked.connect(lambda: self._ask_and_export("csv"))

    # -- what the user does -----------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.start()

    def start(self) -> None:
        """First showing: the shop's today (presets count from it), the filters' choices, the first chart."""
        if self.started:
            return
        self.started = True
        self._tasks.submit(self._first_load, on_success=self._on_first_load, on_failure=self._show_error)

    def _first_load(self) -> tuple[date, FilterChoices]:
        return self._reports.today(actor=self._actor), self._reports.filter_choices(actor=self._actor)

    def _on_first_load(self, found: tuple[date, FilterChoices]) -> None:
        self.today, choices = found
        self._loading_choices = True
        for combo, values in ((self.channel, choices.channels), (self.category, choices.categories),
                              (self.carrier, choices.carriers)):
            for value in values:
                combo.addItem(value, value)
        self._loading_choices = False
        self._apply_preset()
        self._update_controls()
        self.refresh()

    def current_name(self) -> str:
        item = self.report_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else catalog.REPORTS[0].name

    def request(self) -> ReportRequest:
        return ReportRequest(self.start_edit.date().toPython(), self.end_edit.date().toPython(),  # type: ignore[arg-type]
                             Period(self.by.currentData()), self.channel.currentData() or "",
                             self.category.currentData() or "", self.carrier.currentData() or "")

    def refresh(self) -> None:
        if not self.started or not hasattr(self, "today"):
            return
        self._serial += 1
        serial, name = self._serial, self.current_name()
        self.canvas.show_message(self.tr("Computing…"))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Computing {0}…").format(self.report_title(name)))
        self._tasks.submit(compute, self._reports, name, self.request(), self._actor, self.report_title(name),
                           on_success=lambda result: self._on_computed(serial, result),
                           on_failure=lambda error: self._on_failed(serial, error))

    def _on_computed(self, serial: int, result: tuple[Any, Any, float, float]) -> None:
        if serial != self._serial:
            return  # an older request answered after a newer one was made
        data, chart, query_ms, chart_ms = result
        self.data = data
        self.canvas.show_chart(chart, self.definition(data.name))
        self.model.show(data.table)
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("{0} rows · query {1} ms · chart {2} ms · days in {3}").format(
            len(data.table.rows), round(query_ms), round(chart_ms), data.time_zone))
        self.report_shown.emit(data.name)

    def _on_failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial:
            self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
        self.status.setStyleSheet("color: #a11d1d;")
        self.canvas.show_message(error_text(error))

    def _on_report_changed(self) -> None:
        self._update_controls()
        self.refresh()

    def _on_preset_changed(self) -> None:
        if self.preset.currentData() != CUSTOM:
            self._apply_preset()
            self.refresh()

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        if key == CUSTOM or not hasattr(self, "today"):
            return
        first, last = catalog.preset_range(str(key), self.today)
        self._set_dates(first, last)

    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.start_edit, first), (self.end_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _on_date_edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
        self.preset.blockSignals(False)
        self.refresh()

    def _on_filter_changed(self) -> None:
        if not self._loading_choices:
            self.refresh()

    def _update_controls(self) -> None:
        spec = catalog.spec(self.current_name())
        self.by.setEnabled(spec.by_period)
        self.channel.setEnabled(Filter.CHANNEL in spec.filters)
        self.category.setEnabled(Filter.CATEGORY in spec.filters)
        self.carrier.setEnabled(Filter.CARRIER in spec.filters)
        self.canvas.setToolTip(self.definition(spec.name))

    # -- export -----------------------------------------------------------------------------------

    def _ask_and_export(self, kind: str) -> None:
        if self.data is None and kind != "pdf":
            return
        name = self.current_name() if kind != "pdf" else "reports"
        suggested = f"{name}-{self.request().start.isoformat()}-{self.request().end.isoformat()}.{kind}"
        filters = {"png": self.tr("PNG image (*.png)"), "pdf": self.tr("PDF document (*.pdf)"),
                   "csv": self.tr("CSV table (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), suggested, filters[kind])
        if path:
            self.export(kind, Path(path) if Path(path).suffix else Path(f"{path}.{kind}"))

    def export(self, kind: str, path: Path) -> None:
        """Write the shown chart (png), its table (csv), or every report (pdf) to `path`, off the GUI thread."""
        from desktop_oms.charts import export

        done = lambda _result: self._on_exported(path)  # noqa: E731
        if kind == "pdf":
            titles = {spec.name: self.report_title(spec.name) for spec in catalog.REPORTS}
            self._tasks.submit(export_all, self._reports, self.request(), self._actor, path, titles, pool="io",
                               on_success=done, on_failure=self._show_error, busy=self.pdf_button)
            self.status.setText(self.tr("Writing the PDF report…"))
            return
        if self.data is None:
            return
        if kind == "png":
            self._tasks.submit(export.write_png, self.data, path, title=self.report_title(self.data.name),
                               t=chart_text.translate, pool="io",
                               on_success=done, on_failure=self._show_error)
        else:
            self._tasks.submit(export.write_csv, self.data, path, pool="io", on_success=done,
                               on_failure=self._show_error)

    def _on_exported(self, path: Path) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved {0}").format(str(path)))
        self.exported.emit(str(path))
