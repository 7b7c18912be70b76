"""The knowledge base in the views: the picker beside a reply (one keystroke inserts) and the browse/edit page.

Every call goes through the task runner; an answer that arrives after a newer question is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_oms.domain.errors import InvalidValue, StaleEdit
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.case_results import Article, ArticleDraft, ArticleRow
from desktop_oms.views.aftersales.labels import REASONS, TYPES, reason_label, type_label
from desktop_oms.views.messages import error_text
from desktop_oms.views.tasks import TaskRunner

SEARCH_DELAY_MS = 250
SUGGESTIONS = 5
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color: #a11d1d;"
QUIET_STYLE = "color: #5f6b7a;"
LANGUAGES = ("en", "zh_CN", "zh_TW")


class KnowledgeActions(Protocol):
    """What these widgets need of the knowledge service (services.knowledge.KnowledgeService fits)."""

    def search(self, text: str, *, actor: Actor, lang: str | None = None, limit: int = 30,
               include_inactive: bool = False, prefer: str | None = None) -> list[ArticleRow]: ...
    def suggest(self, case_type: str, reason: str, *, actor: Actor, lang: str | None = None,
                limit: int = 5) -> list[ArticleRow]: ...
    def suggest_for_case(self, case_no: str, *, actor: Actor, limit: int = 5) -> list[ArticleRow]: ...
    def get(self, article_id: int, *, actor: Actor) -> Article: ...
    def render(self, article_id: int, case_no: str, *, actor: Actor) -> str: ...
    def create(self, draft: ArticleDraft, *, actor: Actor) -> Article: ...
    def update(self, article_id: int, draft: ArticleDraft, *, actor: Actor, version: int) -> Article: ...
    def set_active(self, article_id: int, active: bool, *, actor: Actor, version: int) -> Article: ...


def language_label(code: str) -> str:
    """Each language in its own name (as language menus do), so it reads the same in every interface."""
    return {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}.get(code, code)


class KnowledgePicker(QWidget):
    """Suggestions for the case, a search, a preview; Enter or Alt+1…Alt+5 puts an article in the reply."""

    #: The article rendered for the case (placeholders filled), to go in at the reply's cursor.
    insert_requested = Signal(str)

    def __init__(self, knowledge_service: KnowledgeActions, tasks: TaskRunner, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._knowledge, self._tasks, self._actor = knowledge_service, tasks, actor
        self.case_no = ""
        self.lang: str | None = None
        self.suggestions: list[ArticleRow] = []
        self.results: list[ArticleRow] | None = None  # None: no search typed, the list shows the suggestions
        self._generation = {"suggest": 0, "search": 0, "preview": 0}
        self._rendered: dict[int, str] = {}
        self._insert_first = False  # Enter in the search box before its answer came: insert when it does

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search articles (Chinese or English)"))
        self.search_box.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.heading = QLabel(self.tr("Suggested for this case"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        self.list.setSpacing(1)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentItemChanged.connect(lambda *_: self._preview_current())
        self.list.itemDoubleClicked.connect(lambda _item: self.insert_current())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.list)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.insert_current)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setPlaceholderText(self.tr("Select an article to read it here."))
        self.insert_button = QPushButton(self.tr("Insert into reply"))
        self.insert_button.clicked.connect(self.insert_current)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(QUIET_STYLE)
        help_text = self.tr("Enter inserts the selected article into the reply, filled in for the case; "
                            "Alt+1 … Alt+5 insert suggestion 1 to 5 from anywhere in this window.")
        for widget in (self, self.list, self.search_box, self.insert_button):
            widget.setToolTip(help_text)
        self.shortcuts: list[QShortcut] = []
        for number in range(1, SUGGESTIONS + 1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self.insert_suggestion(n))
            self.shortcuts.append(shortcut)
        self._layout_widgets()
        self._update_actions()

    def _layout_widgets(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_box)
        layout.addWidget(self.heading)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.insert_button)
        layout.addLayout(bottom)

    # -- loading ------------------------------------------------------------------------------

    def set_case(self, case_no: str, case_type: str, reason: str, lang: str | None = None) -> None:
        """Load the suggestions for this case (in its customer's language; found from the case when None)."""
        if case_no != self.case_no:
            self._rendered.clear()
        self.case_no, self.lang = case_no, lang
        generation = self._next("suggest")
        if lang is None:
            call: Callable[..., Any] = self._knowledge.suggest_for_case
            args: tuple[Any, ...] = (case_no,)
        else:
            call, args = self._knowledge.suggest, (case_type, reason)
        kwargs: dict[str, Any] = {"lang": lang} if lang is not None else {}
        self._tasks.submit(call, *args, actor=self._actor, limit=SUGGESTIONS, **kwargs,
                           on_success=lambda rows: self._on_suggested(generation, rows),
                           on_failure=lambda error: self._on_failed("suggest", generation, error))

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search_box.text().strip()[:100]
        generation = self._next("search")
        if not text:
            self.results = None
            self._fill()
            return
        prefer = self.lang or (self.suggestions[0].lang if self.suggestions else None)
        self._tasks.submit(self._knowledge.search, text, actor=self._actor, prefer=prefer, limit=30,
                           on_success=lambda rows: self._on_searched(generation, rows),
                           on_failure=lambda error: self._on_failed("search", generation, error))

    def _next(self, kind: str) -> int:
        self._generation[kind] += 1
        return self._generation[kind]

    def _on_suggested(self, generation: int, rows: list[ArticleRow]) -> None:
        if not isValid(self) or generation != self._generation["suggest"]:
            return
        self.suggestions = rows
        if self.lang is None and rows:
            self.lang = rows[0].lang
        if self.results is None:
            self._fill()

    def _on_searched(self, generation: int, rows: list[ArticleRow]) -> None:
        if not isValid(self) or generation != self._generation["search"]:
            return
        self.results = rows
        self._fill()
        if self._insert_first:
            self._insert_first = False
            self.insert_current()

    def _on_failed(self, kind: str, generation: int, error: BaseException) -> None:
        if not isValid(self) or generation != self._generation[kind]:
            return
        self._insert_first = False
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(error))

    def _fill(self) -> None:
        searching = self.results is not None
        rows = self.results if self.results is not None else self.suggestions
        self.heading.setText(self.tr("Found: {0}").format(len(rows)) if searching
                             else self.tr("Suggested for this case"))
        self.list.clear()
        for number, row in enumerate(rows, 1):
            prefix = "" if searching else f"Alt+{number}  "
            item = QListWidgetItem(f"{prefix}{row.title}  · {language_label(row.lang)}")
            item.setData(ID_ROLE, row.id)
            item.setToolTip(row.snippet)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        else:
            self.preview.clear()
        self.status.setStyleSheet(QUIET_STYLE)
        self.status.setText("" if rows else (self.tr("No article holds these words.") if searching
                                             else self.tr("No suggestions for this case; search above.")))
        self._update_actions()

    def _update_actions(self) -> None:
        self.insert_button.setEnabled(self.list.currentItem() is not None)

    # -- preview and insert -------------------------------------------------------------------

    def current_article_id(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _preview_current(self) -> None:
        self._update_actions()
        article_id = self.current_article_id()
        if article_id is None:
            return
        if article_id in self._rendered:
            self.preview.setPlainText(self._rendered[article_id])
            return
        generation = self._next("preview")
        self._render(article_id, lambda text: self._show_preview(generation, text))

    def _show_preview(self, generation: int, text: str) -> None:
        if generation == self._generation["preview"]:
            self.preview.setPlainText(text)

    def insert_current(self) -> None:
        article_id = self.current_article_id()
        if article_id is not None:
            self._insert(article_id)

    def insert_suggestion(self, number: int) -> None:
        """Alt+n: suggestion n (1-based) goes into the reply, whatever the list shows now."""
        if 1 <= number <= len(self.suggestions):
            self._insert(self.suggestions[number - 1].id)
        else:
            self.status.setStyleSheet(QUIET_STYLE)
            self.status.setText(self.tr("There is no suggestion {0}.").format(number))

    def _insert(self, article_id: int) -> None:
        if article_id in self._rendered:
            self.insert_requested.emit(self._rendered[article_id])
        else:
            self._render(article_id, self.insert_requested.emit)

    def _render(self, article_id: int, then: Callable[[str], None]) -> None:
        case_no = self.case_no

        def done(text: str) -> None:
            if isValid(self) and case_no == self.case_no:
                self._rendered[article_id] = text
                then(text)

        self._tasks.submit(self._knowledge.render, article_id, case_no, actor=self._actor, on_success=done,
                           on_failure=lambda error: self._on_failed("preview", self._generation["preview"], error))

    def _on_search_box_return_pressed(self) -> None:
        """Enter after typing: the first article found (or the one selected) goes in."""
        if self._timer.isActive() or (self.search_box.text().strip() and self.results is None):
            self._insert_first = True
            self.run_search()
        else:
            self.insert_current()


class KnowledgeBasePage(QWidget):
    """Browse, search and read every article; managers also write new ones, edit and retire them."""

    #: An article was created, edited, retired or restored here.
    articles_changed = Signal()

    def __init__(self, knowledge_service: KnowledgeActions, tasks: TaskRunner, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._knowledge, self._tasks, self._actor = knowledge_service, tasks, actor
        self.can_edit = actor.can(Permission.EDIT_KNOWLEDGE)
        self.article: Article | None = None
        self.rows: list[ArticleRow] = []
        self.last_dialog: ArticleDialog | None = None
        self._generation = {"list": 0, "read": 0}
        self._select_id: int | None = None

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search title, text or tags (Chinese or English)"))
        self.search_box.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.language = QComboBox()
        self.language.addItem(self.tr("All languages"), None)
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_retired = QCheckBox(self.tr("Show retired"))
        self.show_retired.setVisible(self.can_edit)
        self.show_retired.toggled.connect(lambda _c: self.refresh())
        self.summary = QLabel()
        self.summary.setStyleSheet(QUIET_STYLE)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentItemChanged.connect(lambda *_: self._read_current())
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet(QUIET_STYLE)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.new_button = QPushButton(self.tr("&New article…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.new_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.open_edit)
        self.retire_button.clicked.connect(self.toggle_active)
        for button in (self.new_button, self.edit_button, self.retire_button):
            button.setVisible(self.can_edit)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._layout_widgets()
        self._show_article(None)
        self.refresh()

    def _layout_widgets(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 1)
        filters.addWidget(self.language)
        filters.addWidget(self.show_retired)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.summary)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.meta)
        right_layout.addWidget(self.body, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 560])
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.retire_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

    # -- the list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the list for the search and filters (F5 and live updates too); the selection is kept."""
        self._timer.stop()
        generation = self._generation["list"] = self._generation["list"] + 1
        self._tasks.submit(self._knowledge.search, self.search_box.text().strip()[:100], actor=self._actor,
                           lang=self.language.currentData(), limit=1000,
                           include_inactive=self.can_edit and self.show_retired.isChecked(),
                           on_success=lambda rows: self._on_listed(generation, rows),
                           on_failure=lambda error: self._on_failed(error))

    def _on_listed(self, generation: int, rows: list[ArticleRow]) -> None:
        if not isValid(self) or generation != self._generation["list"]:
            return
        keep = self._select_id or (self.article.id if self.article else None)
        self._select_id = None
        self.rows = rows
        self.list.blockSignals(True)
        self.list.clear()
        current = 0
        for number, row in enumerate(rows):
            item = QListWidgetItem(f"{row.title}  · {language_label(row.lang)}")
            item.setData(ID_ROLE, row.id)
            item.setToolTip(row.snippet)
            self.list.addItem(item)
            if row.id == keep:
                current = number
        self.list.blockSignals(False)
        self.summary.setText(self.tr("%n article(s)", "", len(rows)))
        if rows:
            self.list.setCurrentRow(current)
            self._read_current()
        else:
            self._show_article(None)

    def _read_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        generation = self._generation["read"] = self._generation["read"] + 1
        self._tasks.submit(self._knowledge.get, int(item.data(ID_ROLE)), actor=self._actor,
                           on_success=lambda article: self._on_read(generation, article),
                           on_failure=lambda error: self._on_failed(error))

    def _on_read(self, generation: int, article: Article) -> None:
        if isValid(self) and generation == self._generation["read"]:
            self._show_article(article)

    def _show_article(self, article: Article | None) -> None:
        self.article = article
        self.edit_button.setEnabled(article is not None)
        self.retire_button.setEnabled(article is not None)
        if article is None:
            self.title.setText(self.tr("No article selected"))
            self.meta.setText("")
            self.body.clear()
            return
        self.title.setText(article.title if article.active else self.tr("{0} (retired)").format(article.title))
        types = ", ".join(type_label(t) for t in article.case_types) or self.tr("any")
        reasons = ", ".join(reason_label(r) for r in article.reasons) or self.tr("any")
        self.meta.setText(self.tr("{0} · tags: {1}\nSuggested for: {2} · reasons: {3}\n"
                                  "Version {4}, last saved by {5}").format(
            language_label(article.lang), article.tags.replace(",", ", ") or "—", types, reasons, article.version,
            article.updated_by or "—"))
        self.body.setPlainText(article.body)
        self.retire_button.setText(self.tr("&Retire") if article.active else self.tr("&Restore"))

    def _on_failed(self, error: BaseException) -> None:
        if isValid(self):
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(error_text(error))

    def _say(self, text: str) -> None:
        self.status.setStyleSheet(QUIET_STYLE)
        self.status.setText(text)

    # -- editing ------------------------------------------------------------------------------

    def open_new(self) -> ArticleDialog | None:
        if not self.can_edit:
            return None
        return self._open(ArticleDialog(self._knowledge, self._tasks, self._actor, None, self))

    def open_edit(self) -> ArticleDialog | None:
        if not self.can_edit or self.article is None:
            return None
        return self._open(ArticleDialog(self._knowledge, self._tasks, self._actor, self.article, self))

    def _open(self, dialog: ArticleDialog) -> ArticleDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        article = self.article
        if not self.can_edit or article is None:
            return
        self._tasks.submit(self._knowledge.set_active, article.id, not article.active, actor=self._actor,
                           version=article.version, busy=self.retire_button,
                           on_success=self._on_dialog_saved, on_failure=self._on_toggle_failed)

    def _on_toggle_failed(self, error: BaseException) -> None:
        if isinstance(error, StaleEdit) and isValid(self):
            self._say(self.tr("This article was changed at another desk — reloaded. Check it and try again."))
            self.refresh()
            return
        self._on_failed(error)

    def _on_dialog_saved(self, article: Article) -> None:
        if not isValid(self):
            return
        self._say(self.tr("Saved “{0}”.").format(article.title) if article.active
                  else self.tr("Retired “{0}”: agents no longer see it.").format(article.title))
        self._select_id = article.id
        self.article = article
        self.articles_changed.emit()
        self.refresh()

    def _on_search_box_return_pressed(self) -> None:
        self.refresh()
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)


class ArticleDialog(QDialog):
    """Write or edit an article: title, language, tags, the cases it is suggested for, and the body."""

    saved = Signal(object)  # Article

    def __init__(self, knowledge_service: KnowledgeActions, tasks: TaskRunner, actor: Actor,
                 article: Article | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._knowledge, self._tasks, self._actor = knowledge_service, tasks, actor
        self.article = article
        self.setWindowTitle(self.tr("Edit article") if article else self.tr("New article"))
        self.resize(720, 640)
        self.title_edit = QLineEdit()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. refund, alipay, 退款"))
        self.type_boxes = {code: QCheckBox(type_label(code)) for code in TYPES}
        self.reason_boxes = {code: QCheckBox(reason_label(code)) for code in REASONS}
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText(self.tr(
            "The reply as the customer reads it. {customer}, {order_no}, {case_no} and {shop} are filled in "
            "for the case; write [brackets] for what the agent completes."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.submit)
        self._fields: dict[str, QWidget] = {"title": self.title_edit, "body": self.body_edit,
                                            "tags": self.tags_edit, "lang": self.language}
        self._layout_widgets()
        if article is not None:
            self.show_article(article)

    def _layout_widgets(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Ta&gs:"), self.tags_edit)
        types = QHBoxLayout()
        for box in self.type_boxes.values():
            types.addWidget(box)
        types.addStretch(1)
        form.addRow(self.tr("Case types:"), types)
        reasons = QGridLayout()
        for number, box in enumerate(self.reason_boxes.values()):
            reasons.addWidget(box, number // 4, number % 4)
        form.addRow(self.tr("Reasons:"), reasons)
        hint = QLabel(self.tr("Suggested for cases of the ticked types and reasons; none ticked means any."))
        hint.setStyleSheet(QUIET_STYLE)
        hint.setWordWrap(True)
        form.addRow("", hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        body_label = QLabel(self.tr("&Body:"))
        body_label.setBuddy(self.body_edit)
        layout.addWidget(body_label)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def show_article(self, article: Article) -> None:
        self.article = article
        self.title_edit.setText(article.title)
        self.language.setCurrentIndex(max(0, self.language.findData(article.lang)))
        self.tags_edit.setText(", ".join(t for t in article.tags.split(",") if t))
        for code, box in self.type_boxes.items():
            box.setChecked(code in article.case_types)
        for code, box in self.reason_boxes.items():
            box.setChecked(code in article.reasons)
        self.body_edit.setPlainText(article.body)

    def draft(self) -> ArticleDraft:
        return ArticleDraft(
            title=self.title_edit.text(), body=self.body_edit.toPlainText(), tags=self.tags_edit.text(),
            lang=str(self.language.currentData()),
            case_types=tuple(c for c, box in self.type_boxes.items() if box.isChecked()),
            reasons=tuple(c for c, box in self.reason_boxes.items() if box.isChecked()),
            active=self.article.active if self.article else True)

    def submit(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._say(self.tr("Saving…"), QUIET_STYLE)
        if self.article is None:
            self._tasks.submit(self._knowledge.create, self.draft(), actor=self._actor, busy=self.save_button,
                               on_success=self._on_saved, on_failure=self._on_failed)
        else:
            self._tasks.submit(self._knowledge.update, self.article.id, self.draft(), actor=self._actor,
                               version=self.article.version, busy=self.save_button,
                               on_success=self._on_saved, on_failure=self._on_failed)

    def _on_saved(self, article: Article) -> None:
        if isValid(self):
            self.saved.emit(article)
            self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, StaleEdit) and self.article is not None:
            self._say(self.tr("This article was changed at another desk — reloaded. Check it and save again."),
                      ERROR_STYLE)
            self._tasks.submit(self._knowledge.get, self.article.id, actor=self._actor,
                               on_success=self._on_reloaded, on_failure=self._on_failed)
            return
        self._say(error_text(error), ERROR_STYLE)
        widget = self._fields.get(error.field) if isinstance(error, InvalidValue) else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_reloaded(self, article: Article) -> None:
        if isValid(self):
            self.show_article(article)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
