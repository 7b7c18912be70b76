"""GUI fixtures: remembered layout in a temporary folder, a task runner that is drained after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from desktop_oms.views.collector import GuiThreadCollector
from desktop_oms.views.tasks import TaskRunner


@pytest.fixture(scope="session", autouse=True)
def _gui_thread_collector(qapp: object) -> Iterator[GuiThreadCollector]:
    """Cycles are collected on the GUI thread while a test waits in the event loop, as in the app."""
    collector = GuiThreadCollector(qapp)  # type: ignore[arg-type]
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path, qapp: object) -> None:
    QCoreApplication.setOrganizationName("desktop-oms-tests")
    QCoreApplication.setApplicationName("desktop-oms-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.cancel_all()
    qtbot.waitUntil(lambda: runner.running == 0, timeout=20_000)
    runner.wait_for_done(20_000)
