"""Reading a user's CSV file: bytes to text in the right encoding, text to numbered records."""

from __future__ import annotations

import codecs
import csv
import gc
import io
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop_oms.domain.errors import InputRejected

#: Signatures of files people pick by mistake instead of a CSV, and what to call them.
_BINARY_KINDS: Final = (
    (b"PK\x03\x04", "an Excel workbook (.xlsx) or another zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls)"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)

_UNICODE_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Unicode blocks that GBK/GB18030 text is made of (beyond ASCII): Latin letters with
#: accents (pinyin), Greek, Cyrillic, punctuation, symbols, box drawing, CJK punctuation,
#: kana, bopomofo, CJK ideographs, full-width forms and emoji. Text in another encoding
#: read as GBK lands partly elsewhere, in GBK's private use areas above all (Big5 does).
_GB_PLAUSIBLE: Final = (
    (0x00A0, 0x024F),
    (0x02C0, 0x02DF),
    (0x0370, 0x045F),
    (0x2000, 0x27BF),
    (0x2E80, 0x2FDF),
    (0x3000, 0x33FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x1F000, 0x1FAFF),  # emoji (GB18030 has four-byte codes for them)
    (0x20000, 0x3134F),  # rare CJK ideographs (extensions B to G)
)

#: GBK's common characters (GB2312) have both bytes at 0xA1 or above, and rarer ones a
#: second byte that may be ASCII. Latin-1 text misread as GBK is made of nothing else: an
#: accented letter and the ASCII letter after it. Above this share of such characters
#: (among the distinct ones) the file is refused instead of imported garbled.
_MAX_SUSPICIOUS_SHARE: Final = 0.5


def read_text(path: Path) -> str:
    """The text of the user's file at `path`, or InputRejected with one clear sentence."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputRejected(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise InputRejected(f"{path} is a folder, not a CSV file.") from None
    except PermissionError:
        raise InputRejected(f"{path} cannot be read: permission denied.") from None
    except OSError as error:
        raise InputRejected(f"{path} cannot be read: {error.strerror or error}.") from None
    return decode_bytes(data, str(path))


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a user's file: UTF-8 (BOM or not), UTF-16/32 with a BOM, or GB18030/GBK.

    `source` names the file in the refusal sentences. A byte-order mark is removed.
    """
    if not data or data.isspace():  # as `not data.strip()`, without copying a big file
        raise InputRejected(f"{source} is empty.")
    for bom, codec in _UNICODE_BOMS:
        if data.startswith(bom):
            return _checked(_decode_or_refuse(data, codec, source), source)
    _refuse_binary(data, source)
    try:
        return _checked(data.decode("utf-8-sig"), source)
    except UnicodeDecodeError as error:
        utf8_error = error
    text = _gb18030_or_none(data)
    if text is None:
        line = data.count(b"\n", 0, utf8_error.start) + 1
        raise InputRejected(
            f"{source} is not a text file in UTF-8 or GB18030 (line {line} has bytes that are neither); "
            'save it as "CSV UTF-8" and try again.'
        )
    return _checked(text, source)


def _decode_or_refuse(data: bytes, codec: str, source: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise InputRejected(
            f"{source} starts like {codec.upper()} text but is not valid {codec.upper()}; "
            'save it as "CSV UTF-8" and try again.'
        ) from None


def _refuse_binary(data: bytes, source: str) -> None:
    for signature, kind in _BINARY_KINDS:
        if data.startswith(signature):
            raise InputRejected(
                f"{source} is not a CSV file: it looks like {kind}; save it from your spreadsheet as CSV."
            )
    if b"\x00" in data:
        raise InputRejected(f"{source} is not a CSV file: it contains binary data.")


def _checked(text: str, source: str) -> str:
    if "\x00" in text:
        raise InputRejected(f"{source} is not a CSV file: it contains binary data.")
    if not text or text.isspace():
        raise InputRejected(f"{source} is empty.")
    return text


def _gb18030_or_none(data: bytes) -> str | None:
    """The text if `data` reads as plausible GB18030 (GBK, GB2312); else None."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    distinct = {ch for ch in set(text) if ord(ch) > 0x7F}
    if not all(_plausible(ord(ch)) for ch in distinct):
        return None
    suspicious = sum(1 for ch in distinct if _ascii_second_byte(ch))
    return None if distinct and suspicious / len(distinct) > _MAX_SUSPICIOUS_SHARE else text


def _ascii_second_byte(character: str) -> bool:
    """Whether GBK writes `character` as a byte pair whose second byte is ASCII."""
    encoded = character.encode("gb18030")
    return len(encoded) == 2 and encoded[1] < 0x80


def _plausible(code_point: int) -> bool:
    return any(low <= code_point <= high for low, high in _GB_PLAUSIBLE)


# --- CSV records ------------------------------------------------------------------------


def normalise_name(name: str) -> str:
    """A column name as we match it: case-insensitive, spaces trimmed and collapsed."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Header:
    """The header row of a CSV file: its names as written, found by normalised name."""

    names: tuple[str, ...]
    positions: Mapping[str, int]
    duplicates: frozenset[str]

    @classmethod
    def of(cls, names: Iterable[str]) -> Header:
        written = tuple(names)
        positions: dict[str, int] = {}
        duplicates: set[str] = set()
        for index, name in enumerate(written):
            key = normalise_name(name)
            if not key:
                continue
            if key in positions:
                duplicates.add(key)
            else:
                positions[key] = index
        return cls(written, positions, frozenset(duplicates))

    def position(self, *keys: str) -> int | None:
        """The position of the first of `keys` (normalised names) in the header, if any."""
        for key in keys:
            if key in self.duplicates:
                raise InputRejected(f"the header has the column {self.label(self.positions[key])!r} twice.")
            if key in self.positions:
                return self.positions[key]
        return None

    def has_any(self, keys: Iterable[str]) -> bool:
        return any(key in self.positions for key in keys)

    def label(self, position: int) -> str:
        """The column's name exactly as in the file's header."""
        return self.names[position]


def csv_records(text: str) -> tuple[Header, Iterator[tuple[int, list[str]]]]:
    """The header and the data records of a CSV text, each with its row number.

    Row numbers count CSV *records*, not physical lines: the header is row 1, and a
    record whose quoted value spans several lines is still one row — as a spreadsheet
    shows it. A blank line is a row too (a spreadsheet shows an empty row) but is not
    yielded, nor is a row whose cells are all empty. Broken quoting refuses the file.
    """
    body = text[1:] if text.startswith("\ufeff") else text
    end = body.find("\n")
    first_line = body if end < 0 else body[:end]
    reader = csv.reader(io.StringIO(body, newline=""), _dialect(first_line), strict=True)
    names = _next_record(reader, 1)
    if names is None or not any(name.strip() for name in names):
        raise InputRejected("the first row must be the header, but it is empty.")
    return Header.of(names), _data_records(reader)


def _data_records(reader: Iterator[list[str]]) -> Iterator[tuple[int, list[str]]]:
    row = 1
    try:
        for record in reader:
            row += 1
            if any(record) and (record[0].strip() or "".join(record).strip()):
                yield row, record
    except csv.Error as error:
        raise InputRejected(f"row {row + 1} is not valid CSV ({error}); check its quotes.") from None


def _next_record(reader: Iterator[list[str]], row: int) -> list[str] | None:
    try:
        return next(reader, None)
    except csv.Error as error:
        raise InputRejected(f"row {row} is not valid CSV ({error}); check its quotes.") from None


def _dialect(first_line: str) -> type[csv.Dialect]:
    """Comma-separated, or what the header row uses instead (`;` or tab, from Excel)."""
    if "," not in first_line:
        if ";" in first_line:
            return _Semicolon
        if "\t" in first_line:
            return csv.excel_tab
    return csv.excel


class _Semicolon(csv.excel):
    delimiter = ";"


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a big file becomes many small objects.

    Parsing builds hundreds of thousands of acyclic objects; on CPython 3.11 the collector
    would walk them again and again (it more than doubles the time of 250,000 rows).
    Reference counting still frees everything; the collector is resumed afterwards
    unless someone else had paused it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def without_apostrophe(value: str) -> str:
    """Drop the apostrophe Excel and Shopify put before numbers kept as text ('01234)."""
    return value[1:].lstrip() if value.startswith("'") else value
