"""Where a chart is shown: a FigureCanvasQTAgg (loaded with matplotlib on the first chart), hover tooltips."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget


class ReportCanvas(QWidget):
    """Holds the current chart; says its definition as a tooltip and, over a bar or point, its numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("Computing…"))
        self._layout.addWidget(self.placeholder)
        self.canvas: Any = None
        self.chart: Any = None
        self.definition = ""
        self.hover_text = ""

    def show_chart(self, chart: Any, definition: str) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.placeholder.hide()
        self.chart, self.definition = chart, definition
        self.canvas = FigureCanvasQTAgg(chart.figure)  # type: ignore[no-untyped-call]
        self.canvas.setToolTip(definition)
        self.canvas.mpl_connect("motion_notify_event", self._on_canvas_motion)
        self.canvas.mpl_connect("resize_event", self._on_canvas_resize)
        self._layout.addWidget(self.canvas)
        self.canvas.show()
        self._layout.activate()  # the canvas takes its place now, so the figure is laid out once, at its size
        self.canvas.draw_idle()

    def show_message(self, text: str) -> None:
        self.placeholder.setText(text)
        self.placeholder.show()

    def text_at(self, event: Any) -> str:
        """The hover text of the bar or point under a matplotlib mouse event ("" if none)."""
        if self.chart is None or event.inaxes is None:
            return ""
        for target in self.chart.hover:
            parts = list(getattr(target.artist, "patches", None) or [])
            if parts:
                for number, patch in enumerate(parts):
                    if patch.contains(event)[0] and number < len(target.texts):
                        return str(target.texts[number])
            elif hasattr(target.artist, "contains"):
                hit, details = target.artist.contains(event)
                points = details.get("ind", []) if isinstance(details, dict) else []
                if hit and len(points) and int(points[0]) < len(target.texts):
                    return str(target.texts[int(points[0])])
        return ""

    def _on_canvas_resize(self, _event: Any) -> None:
        from desktop_oms.charts import figures

        if self.chart is not None and self.chart.figure.axes and self.chart.figure.axes[0].axison:
            figures.arrange(self.chart)  # the margins are in inches: fit them to the new size

    def _on_canvas_motion(self, event: Any) -> None:
        self.hover_text = self.text_at(event)
        if self.canvas is None:
            return
        if self.hover_text:
            QToolTip.showText(QCursor.pos(), self.hover_text, self.canvas)
        else:
            QToolTip.showText(QCursor.pos() + QPoint(0, 0), self.definition, self.canvas)
