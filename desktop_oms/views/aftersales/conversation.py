"""A case's notes and replies, newest last, and the reply editor with the knowledge picker beside it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services.case_results import CaseNoteData
from desktop_oms.views.aftersales.labels import note_kind_label, when

_KIND_COLOURS = {"reply": "#0f6b5c", "customer": "#1f4e99", "note": "#5f6b7a"}


class ConversationView(QWidget):
    """`reply_requested(text)` sends to the customer (Ctrl+Enter); `note_requested(text)` keeps it in the shop."""

    reply_requested = Signal(str)
    note_requested = Signal(str)

    def __init__(self, picker: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = picker
        self.notes = QTextBrowser()
        self.notes.setOpenLinks(False)
        self.notes.setPlaceholderText(self.tr("No notes or replies yet."))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write the reply to the customer, or an internal note. "
                                               "Articles from the knowledge base go in at the cursor."))
        self.editor.setTabChangesFocus(True)
        self.reply_button = QPushButton(self.tr("Send reply"))
        self.reply_button.setToolTip(self.tr("E-mail it to the customer and keep it on the case (Ctrl+Enter)"))
        self.reply_button.clicked.connect(lambda: self._send(self.reply_requested))
        self.note_button = QPushButton(self.tr("Add internal note"))
        self.note_button.setToolTip(self.tr("Kept on the case for the shop only; the customer never sees it"))
        self.note_button.clicked.connect(lambda: self._send(self.note_requested))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            send = QShortcut(QKeySequence(keys), self.editor)
            send.setContext(Qt.ShortcutContext.WidgetShortcut)
            send.activated.connect(lambda: self._send(self.reply_requested))
        self.editor.textChanged.connect(self._update_buttons)

        writing = QWidget()
        writing_layout = QVBoxLayout(writing)
        writing_layout.setContentsMargins(0, 0, 0, 0)
        writing_layout.addWidget(self.editor, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reply_button)
        writing_layout.addLayout(buttons)
        talk = QSplitter(Qt.Orientation.Vertical)
        talk.addWidget(self.notes)
        talk.addWidget(writing)
        talk.setStretchFactor(0, 1)
        talk.setStretchFactor(1, 1)
        talk.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)  # the knowledge base beside, its full height
        splitter.addWidget(talk)
        if picker is not None:
            splitter.addWidget(picker)
        else:
            missing = QLabel(self.tr("The knowledge base is not available here."))
            missing.setStyleSheet("color: #5f6b7a;")
            splitter.addWidget(missing)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        insert = getattr(picker, "insert_requested", None)
        if insert is not None:
            insert.connect(self.insert_text)
        self._update_buttons()

    def show_notes(self, notes: tuple[CaseNoteData, ...]) -> None:
        parts = []
        for note in notes:
            colour = _KIND_COLOURS.get(note.kind, "#5f6b7a")
            head = html.escape(f"{when(note.time)} · {note.user} · {note_kind_label(note.kind)}")
            body = html.escape(note.body).replace("\n", "<br>")
            parts.append(f'<p style="margin: 0 0 10px 0;"><span style="color: {colour}; font-size: small;">'
                         f"{head}</span><br>{body}</p>")
        self.notes.setHtml("".join(parts))
        self.notes.moveCursor(QTextCursor.MoveOperation.End)
        self.notes.ensureCursorVisible()

    def insert_text(self, text: str) -> None:
        """An article (or any text) goes in where the cursor is, replacing a selection."""
        cursor = self.editor.textCursor()
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_editor(self) -> None:
        self.editor.clear()

    def set_enabled(self, enabled: bool) -> None:
        self.editor.setReadOnly(not enabled)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_text = bool(self.editor.toPlainText().strip()) and not self.editor.isReadOnly()
        self.reply_button.setEnabled(has_text)
        self.note_button.setEnabled(has_text)

    def _send(self, signal: SignalInstance) -> None:
        text = self.editor.toPlainText().strip()
        if text and not self.editor.isReadOnly():
            signal.emit(text)
