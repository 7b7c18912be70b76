"""A case's photos: the list, a preview of the selected one, add from a file, open in the system viewer."""

from __future__ import annotations

import mimetypes
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services.case_results import AttachmentData
from desktop_oms.views.aftersales.labels import when

#: What the file dialog offers (the service checks the bytes, whatever the name says).
IMAGE_FILTER = "*.png *.jpg *.jpeg *.webp *.gif *.heic"
MAX_BYTES = 10 * 1024 * 1024


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, size // 1024)} KB"


class PhotosView(QWidget):
    """`add_requested(filename, data, content_type)` once a file is chosen and read; `preview_requested(id)`
    as the selection moves; the pane answers with `show_preview`."""

    add_requested = Signal(str, bytes, str)
    preview_requested = Signal(int)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMaximumWidth(320)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.preview = QLabel(self.tr("No photo selected."))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(240, 180)
        self.preview.setStyleSheet("color: #5f6b7a; background: #f6f7f9; border: 1px solid #dde1e6;")
        self.add_button = QPushButton(self.tr("Add photo…"))
        self.add_button.setToolTip(self.tr("A picture of the damage or the parcel (PNG, JPEG, WebP, GIF or HEIC, "
                                           "up to 10 MB)"))
        self.add_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("In this computer's picture viewer"))
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setEnabled(False)
        self._data: dict[int, tuple[AttachmentData, bytes]] = {}
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addWidget(self.preview, 1)

    def show_attachments(self, attachments: tuple[AttachmentData, ...]) -> None:
        current = self.selected_id()
        self.list.clear()
        for attachment in attachments:
            item = QListWidgetItem(f"{attachment.filename}\n{size_text(attachment.size)} · {attachment.user} · "
                                   f"{when(attachment.time)}")
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            self.list.addItem(item)
            if attachment.id == current:
                self.list.setCurrentItem(item)
        if not attachments:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photos on this case."))
        self.open_button.setEnabled(self.selected_id() is not None)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a photo"), "",
                                                    self.tr("Pictures ({0})").format(IMAGE_FILTER))
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                self.failed.emit(self.tr("{0} is {1}; photos may be up to 10 MB.").format(path.name, size_text(size)))
                return
            data = path.read_bytes()
        except OSError as error:
            self.failed.emit(self.tr("{0} could not be read: {1}").format(path.name, error.strerror or error))
            return
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.add_requested.emit(path.name, data, content_type)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.open_button.setEnabled(current is not None)
        if current is None:
            return
        attachment_id = int(current.data(Qt.ItemDataRole.UserRole))
        if attachment_id in self._data:
            self._paint(*self._data[attachment_id])
        else:
            self.preview.setText(self.tr("Loading…"))
            self.preview_requested.emit(attachment_id)

    def show_preview(self, attachment: AttachmentData, data: bytes) -> None:
        self._data[attachment.id] = (attachment, data)
        if self.selected_id() == attachment.id:
            self._paint(attachment, data)

    def _paint(self, attachment: AttachmentData, data: bytes) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("{0} cannot be shown here; Open shows it in the picture viewer.").format(
                attachment.filename))
            return
        size = self.preview.size()
        if pixmap.width() > size.width() or pixmap.height() > size.height():  # smaller, never blown up
            pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

    def open_selected(self) -> bool:
        attachment_id = self.selected_id()
        if attachment_id is None or attachment_id not in self._data:
            return False
        attachment, data = self._data[attachment_id]
        folder = Path(tempfile.mkdtemp(prefix="oms-photo-"))
        path = folder / Path(attachment.filename).name
        path.write_bytes(data)
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
