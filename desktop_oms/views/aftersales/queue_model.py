"""The case queue as a table model: the cases a filter gives (the service sorts them by SLA, overdue first).

The queue of open cases is small next to the orders (hundreds, not millions), so one call brings the
whole list (the service caps it); a refresh replaces the rows without resetting the view when the
same cases come back, so the selection and the scroll position stay.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_oms.services.case_results import CaseRow
from desktop_oms.views.aftersales.labels import (
    OVERDUE,
    PRIORITY_COLOURS,
    STATUS_COLOURS,
    case_status_label,
    category_label,
    due_text,
    priority_label,
    reason_label,
    short_due,
    type_label,
)

Index = QModelIndex | QPersistentModelIndex

#: The case number of a row, in every column.
CASE_NO_ROLE = int(Qt.ItemDataRole.UserRole)

_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class CasesTableModel(QAbstractTableModel):
    """Columns: case no, type, status, reason, priority, order, customer, owner, SLA due."""

    CASE, TYPE, STATUS, REASON, PRIORITY, ORDER, CUSTOMER, OWNER, DUE = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._headers = [self.tr("Case"), self.tr("Type"), self.tr("Status"), self.tr("Reason"),
                         self.tr("Priority"), self.tr("Order"), self.tr("Customer"), self.tr("Owner"),
                         self.tr("SLA due")]
        self._bold = QFont()
        self._bold.setBold(True)
        self._status_brushes = {s: (QBrush(QColor(fg)), QBrush(QColor(bg))) for s, (fg, bg) in STATUS_COLOURS.items()}
        self._priority_brushes = {p: QBrush(QColor(c)) for p, c in PRIORITY_COLOURS.items()}
        self._overdue = QBrush(QColor(OVERDUE))

    # -- what the view asks -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers) and role == _DISPLAY:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == _DISPLAY:
            return self._texts[index.row()][column]
        if role == CASE_NO_ROLE:
            return row.case_no
        if column == self.STATUS and row.status in self._status_brushes:
            if role == _FOREGROUND:
                return self._status_brushes[row.status][0]
            if role == _BACKGROUND:
                return self._status_brushes[row.status][1]
        if column == self.PRIORITY and role == _FOREGROUND and row.priority in self._priority_brushes:
            return self._priority_brushes[row.priority]
        if column == self.DUE and row.overdue:
            if role == _FOREGROUND:
                return self._overdue
            if role == _FONT:
                return self._bold
        if column == self.CASE and role == _FONT and row.refund_pending:
            return self._bold
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: CaseRow, column: int) -> str | None:
        if column == self.DUE and row.sla_due is not None:
            text = due_text(row.sla_due, row.overdue, datetime.now(UTC))
            return self.tr("Overdue: the shop promised an answer by {0}").format(text) if row.overdue else text
        if column == self.CASE and row.refund_pending:
            return self.tr("A refund waits for a manager's approval")
        if column == self.REASON and row.category:
            return self.tr("Category: {0}").format(category_label(row.category))
        if column == self.CUSTOMER:
            return row.customer or None
        return None

    # -- what the page uses -------------------------------------------------------------------

    def set_rows(self, rows: list[CaseRow]) -> None:
        """New figures; the view is only reset when other cases came back."""
        now = datetime.now(UTC)
        texts = [self._display(row, now) for row in rows]
        if [r.case_no for r in rows] == [r.case_no for r in self._rows]:
            changed = [n for n, (old, new) in enumerate(zip(self._texts, texts, strict=True)) if old != new]
            old_rows, self._rows, self._texts = self._rows, rows, texts
            changed += [n for n, (a, b) in enumerate(zip(old_rows, rows, strict=True)) if a != b and n not in changed]
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), self.DUE))
            return
        self.beginResetModel()
        self._rows, self._texts = rows, texts
        self.endResetModel()

    def _display(self, row: CaseRow, now: datetime) -> tuple[str, ...]:
        reason = reason_label(row.reason)
        if row.category:
            reason = self.tr("{0} · {1}").format(reason, category_label(row.category))
        return (row.case_no, type_label(row.type), case_status_label(row.status), reason,
                priority_label(row.priority), row.order_no, row.customer, row.owner,
                short_due(row.sla_due, row.overdue, now))

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, case_no: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.case_no == case_no), None)

    def case_nos(self) -> list[str]:
        return [row.case_no for row in self._rows]
