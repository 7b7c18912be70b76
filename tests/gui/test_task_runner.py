"""The task runner as the views rely on it: an answer for a closed widget is dropped, a real bug surfaces."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_oms.views.tasks import TaskRunner


def test_an_answer_for_a_widget_closed_meanwhile_is_dropped_quietly(qtbot: QtBot, tasks: TaskRunner) -> None:
    label = QLabel("loading…")
    shown: list[str] = []

    def show(text: str) -> None:
        shown.append(text)
        label.setText(text)  # the label was closed while the task ran: PySide raises RuntimeError

    tasks.submit(lambda: "42 orders", on_success=show)
    shiboken6.delete(label)  # before the answer can arrive (it is queued to this thread's event loop)
    qtbot.waitUntil(lambda: tasks.running == 0)
    assert shown == ["42 orders"]  # called, and nothing escaped into the event loop (pytest-qt fails on that)


def test_any_other_error_of_a_callback_still_surfaces(qtbot: QtBot, tasks: TaskRunner) -> None:
    def broken(_result: object) -> None:
        raise RuntimeError("a real bug")

    with qtbot.capture_exceptions() as raised:
        tasks.submit(lambda: 1, on_success=broken)
        qtbot.waitUntil(lambda: tasks.running == 0)
    assert [str(error) for _kind, error, _trace in raised] == ["a real bug"]
