"""Charts: report data as plain dataclasses, and matplotlib Figures built from it (matplotlib loaded on first use)."""
