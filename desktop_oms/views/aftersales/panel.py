"""The After-sales tab: the case queue with the selected case beside it, Goods-in, and the knowledge base.

Agents and managers get all three pages; packers only Goods-in (they receive parcels at the bench).
A case opened from elsewhere (the order detail) opens in its own window, so the order stays in view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop_oms.domain.users import Actor, Permission
from desktop_oms.views.aftersales.case_detail import CaseDetailPane
from desktop_oms.views.aftersales.desk import CaseDesk
from desktop_oms.views.aftersales.goods_in import GoodsInPage
from desktop_oms.views.aftersales.knowledge import KnowledgeBasePage, KnowledgePicker
from desktop_oms.views.aftersales.queue_page import CaseQueuePage
from desktop_oms.views.tasks import TaskRunner


class CaseDialog(QDialog):
    """One case in a window of its own (opened from an order)."""

    def __init__(self, pane: CaseDetailPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.resize(1000, 720)
        layout = QVBoxLayout(self)
        layout.addWidget(pane)
        for button in self.findChildren(QPushButton):  # Enter in the reply or a search box never clicks one
            button.setAutoDefault(False)
        pane.loaded.connect(lambda detail: self.setWindowTitle(self.tr("Case {0}").format(detail.case_no)))
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, pane.reload)


class AftersalesPanel(QWidget):
    """`cases_changed` after a change made here (the Orders and Stock tabs may follow)."""

    cases_changed = Signal()

    def __init__(self, cases: CaseDesk, tasks: TaskRunner, actor: Actor, parent: QWidget | None = None, *,
                 knowledge: Any = None, open_order: Callable[[str], object] | None = None,
                 station: str = "", own_shortcuts: bool = True) -> None:
        super().__init__(parent)
        self._cases, self._tasks, self._actor, self._knowledge = cases, tasks, actor, knowledge
        self._open_order = open_order
        self.windows: dict[str, CaseDialog] = {}
        self.pages = QTabWidget()
        self.queue: CaseQueuePage | None = None
        self.detail: CaseDetailPane | None = None
        self.knowledge_page: QWidget | None = None
        handles = actor.can(Permission.HANDLE_CASES)
        if handles:
            self.queue = CaseQueuePage(cases, tasks, actor)
            self.detail = self._pane()
            self.queue.case_activated.connect(self.open_case)
            self.queue.current_changed.connect(self._on_queue_current_changed)
            self.splitter = QSplitter(Qt.Orientation.Horizontal)
            self.splitter.addWidget(self.queue)
            self.splitter.addWidget(self.detail)
            self.splitter.setStretchFactor(0, 5)
            self.splitter.setStretchFactor(1, 6)
            self.splitter.setSizes([560, 700])
            state = QSettings().value("aftersales/splitter")
            if isinstance(state, QByteArray):
                self.splitter.restoreState(state)
            self.splitter.splitterMoved.connect(
                lambda *_: QSettings().setValue("aftersales/splitter", self.splitter.saveState()))
            self.pages.addTab(self.splitter, self.tr("Cases"))
        self.goods_in = GoodsInPage(cases, tasks, actor, station=station)
        self.goods_in.goods_changed.connect(self._on_changed)
        if actor.can(Permission.RECEIVE_STOCK):
            self.pages.addTab(self.goods_in, self.tr("Goods-in"))
        if handles and knowledge is not None:
            self.knowledge_page = _knowledge_page(knowledge, tasks, actor)
            self.pages.addTab(self.knowledge_page, self.tr("Knowledge base"))
        self.pages.tabBar().setVisible(self.pages.count() > 1)
        self.pages.currentChanged.connect(lambda _index: self._focus_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        if own_shortcuts:
            for keys, slot in ((QKeySequence(Qt.Key.Key_F5), self.refresh),
                               (QKeySequence(QKeySequence.StandardKey.Find), self.focus_search)):
                shortcut = QShortcut(keys, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    def tab_title(self) -> str:
        return self.tr("After-sales")

    def _pane(self) -> CaseDetailPane:
        pane = CaseDetailPane(self._cases, self._tasks, self._actor, picker_factory=self._picker_factory())
        pane.case_changed.connect(self._on_changed)
        pane.inspect_requested.connect(self.inspect)
        if self._open_order is not None:
            pane.open_order_requested.connect(self._open_order)
        return pane

    def _picker_factory(self) -> Callable[[], QWidget] | None:
        if self._knowledge is None:
            return None
        knowledge, tasks, actor = self._knowledge, self._tasks, self._actor
        return lambda: _knowledge_picker(knowledge, tasks, actor)

    # -- what the window asks -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.queue is not None:
            self.queue.start()
        self._focus_page()

    def refresh(self) -> None:
        """F5 and live changes: the queue (keeping the selected case), the open cases, nothing lost mid-edit."""
        if self.queue is not None:
            self.queue.refresh()
        if self.detail is not None and self.detail.case_no is not None:
            self.detail.refresh()
        for window in self.windows.values():
            window.pane.refresh()

    def focus_search(self) -> None:
        if self.queue is not None:
            self.pages.setCurrentWidget(self.splitter)
            self.queue.focus_search()
        else:
            self.goods_in.scan.setFocus()

    def _focus_page(self) -> None:
        if self.pages.currentWidget() is self.goods_in:
            self.goods_in.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_case(self, case_no: str) -> None:
        """In the pane beside the queue (Enter or a double click in the queue)."""
        if self.detail is None or self.queue is None:
            self.open_case_window(case_no)
            return
        self.pages.setCurrentWidget(self.splitter)
        self.queue.select(case_no)
        self.detail.show_case(case_no, focus=True)

    def open_case_window(self, case_no: str) -> CaseDialog:
        """In a window of its own, one per case (from an order's detail)."""
        window = self.windows.get(case_no)
        if window is None:
            window = CaseDialog(self._pane(), self)
            window.finished.connect(lambda _result, no=case_no: self.windows.pop(no, None))
            self.windows[case_no] = window
            window.pane.show_case(case_no, focus=True)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def close_windows(self) -> None:
        """The window closes (log out, quit): the cases opened in their own windows go with it."""
        for window in list(self.windows.values()):
            window.close()

    def inspect(self, case_no: str) -> None:
        if self.pages.indexOf(self.goods_in) >= 0:
            self.pages.setCurrentWidget(self.goods_in)
            self.goods_in.load_case(case_no)
            window = self.window()
            window.raise_()
            window.activateWindow()

    def _on_queue_current_changed(self, case_no: str) -> None:
        """Moving through the queue shows each case beside it (the agent reads as the cursor moves)."""
        if self.detail is not None and self.detail.case_no != case_no:
            self.detail.show_case(case_no)

    def _on_changed(self, _case_no: str = "") -> None:
        if self.queue is not None:
            self.queue.refresh()
        self.cases_changed.emit()


def _knowledge_page(knowledge: Any, tasks: TaskRunner, actor: Actor) -> QWidget:
    return KnowledgeBasePage(knowledge, tasks, actor)


def _knowledge_picker(knowledge: Any, tasks: TaskRunner, actor: Actor) -> QWidget:
    return KnowledgePicker(knowledge, tasks, actor)
