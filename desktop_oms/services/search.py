"""Helpers for user-typed search text in SQL (always bound as parameters)."""

from __future__ import annotations


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with %, _ and \\ taken literally (ESCAPE '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
