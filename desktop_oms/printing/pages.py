"""Laying out one PDF of many documents (a batch of slips) with "Page n of m" counted per document."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER, inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop_oms.printing.documents import PageSize
from desktop_oms.printing.fonts import FONT, register

PAGE_SIZES: dict[PageSize, tuple[float, float]] = {
    PageSize.A4: A4,
    PageSize.LETTER: LETTER,
    PageSize.LABEL_4X6: (4 * inch, 6 * inch),
}

Decorate = Callable[[Canvas, Any, int, int], None]  # (canvas, document key, page n, of m)


class _Book:
    """What the canvas knows about the document it is holding pages of (kept outside the canvas's
    __dict__, which is swapped page by page)."""

    def __init__(self, decorate: Decorate) -> None:
        self.decorate = decorate
        self.pages: list[dict[str, Any]] = []
        self.key: Any = None
        self.next_key: Any = None
        self.has_next = False
        self.written = 0


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds back the pages of the current document until the next one starts (or the file ends),
    then stamps each with `decorate(canvas, key, n, m)` and writes them: "Page n of m" restarts for
    every slip of a batch, and only one document's pages are ever held in memory."""

    def __init__(self, *args: Any, decorate: Decorate, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._book = _Book(decorate)

    @property
    def page_size(self) -> tuple[float, float]:
        width, height = self._pagesize
        return float(width), float(height)

    def start_document(self, key: Any) -> None:
        self._book.next_key, self._book.has_next = key, True

    def showPage(self) -> None:  # ReportLab's name
        book = self._book
        state = dict(self.__dict__)
        if book.has_next:
            self._flush()
            book.key, book.next_key, book.has_next = book.next_key, None, False
            self.__dict__.update(state)
        book.pages.append(state)
        self._startPage()

    def save(self) -> None:
        self._flush()
        super().save()

    @property
    def pages_written(self) -> int:
        return self._book.written

    def _flush(self) -> None:
        book = self._book
        pages, book.pages = book.pages, []
        for n, state in enumerate(pages, start=1):
            self.__dict__.update(state)
            self.saveState()
            book.decorate(self, book.key, n, len(pages))
            self.restoreState()
            Canvas.showPage(self)
        book.written += len(pages)


class StartDocument(Flowable):  # type: ignore[misc]
    """Zero-size marker at the top of a document's first page: its pages are numbered from here."""

    def __init__(self, key: Any) -> None:
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.start_document(self.key)


@dataclass(frozen=True)
class Margins:
    left: float
    right: float
    top: float
    bottom: float
    later_top: float  # top margin of a continuation page (room for its running header)


class Writer:
    """Lays flowables out document by document into one PDF, without holding the whole story.

    `BaseDocTemplate.build()` wants every flowable of the file in one list up front; a batch of a
    thousand slips would be built (and read from the database) before the first is drawn. So we run
    build()'s own steps (`_startBuild`, `handle_flowable` until the list is empty, `_endBuild`) one
    document at a time. Page templates: "first" for a document's first page, "later" for its
    continuation pages (a lower frame, under the running header)."""

    def __init__(self, out: Any, size: PageSize, margins: Margins, decorate: Decorate, *, title: str) -> None:
        register()
        self.page_width, self.page_height = PAGE_SIZES[size]
        self.margins = margins
        self.doc = BaseDocTemplate(out, pagesize=(self.page_width, self.page_height), title=title,
                                   author="desktop-oms", creator="desktop-oms", initialFontName=FONT,
                                   leftMargin=margins.left, rightMargin=margins.right, topMargin=margins.top,
                                   bottomMargin=margins.bottom)
        self.frame_width = self.page_width - margins.left - margins.right

        def frame(top: float, name: str) -> Frame:
            return Frame(margins.left, margins.bottom, self.frame_width, self.page_height - top - margins.bottom,
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)

        self.doc.addPageTemplates([PageTemplate("first", [frame(margins.top, "first")]),
                                   PageTemplate("later", [frame(margins.later_top, "later")])])
        self.doc._startBuild(out, partial(NumberedCanvas, decorate=decorate))
        self.doc.canv._doctemplate = self.doc

    def add(self, flowables: Sequence[Flowable]) -> None:
        story = list(flowables)
        while story:
            self.doc.clean_hanging()
            self.doc.handle_flowable(story)

    def close(self) -> int:
        """Finish the file; returns the number of pages written."""
        canv = self.doc.canv
        del canv._doctemplate
        self.doc._endBuild()
        return int(canv.pages_written)
