"""The test page a station prints from its settings: the printable area framed, what and where, a 100 mm ruler."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from desktop_oms.views.printing.printer import PrinterError, target_label, target_name


def _t(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def print_test_page(printer: QPrinter, lines: Sequence[str], progress: Callable[[int, int], None] | None = None) -> int:
    """One page: the printable area framed, `lines` (already translated) and a 100 mm ruler to check the scale."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError("not_started", target_name(printer))
    try:
        resolution = printer.resolution()
        area = printer.pageLayout().paintRectPixels(resolution)
        mm = resolution / 25.4
        painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, 0.3 * mm)))
        painter.drawRect(QRectF(0.5 * mm, 0.5 * mm, area.width() - mm, area.height() - mm))
        font = QFont("Sans Serif")
        font.setPointSizeF(14)
        font.setBold(True)
        painter.setFont(font)
        y = 12 * mm
        for n, line in enumerate(lines):
            painter.drawText(QPointF(8 * mm, y), line)
            if n == 0:
                font.setPointSizeF(10)
                font.setBold(False)
                painter.setFont(font)
            y += (9 if n == 0 else 6) * mm
        ruler = min(100.0, (area.width() / mm) - 16)
        y += 6 * mm
        painter.drawLine(QPointF(8 * mm, y), QPointF((8 + ruler) * mm, y))
        for tick in range(int(ruler) + 1):
            length = 4 if tick % 10 == 0 else 2 if tick % 5 == 0 else 1
            painter.drawLine(QPointF((8 + tick) * mm, y), QPointF((8 + tick) * mm, y - length * mm))
        painter.drawText(QPointF(8 * mm, y + 5 * mm), _t("{0} mm").format(int(ruler)))
    except BaseException:
        printer.abort()
        painter.end()
        raise
    painter.end()
    if progress is not None:
        progress(1, 1)
    return 1


def lines_of_test_page(station: str, printer: str) -> list[str]:
    """What the test page says (on the GUI thread, in the user's language)."""
    now = QDateTime.currentDateTime().toString(Qt.DateFormat.ISODate)
    return [_t("desktop-oms test page"), _t("Station: {0}").format(station),
            _t("Printer: {0}").format(target_label(printer) or _t("chosen in the print dialog")),
            _t("Printed: {0}").format(now),
            _t("The frame marks the printable area; the ruler below should measure exactly 100 mm.")]
