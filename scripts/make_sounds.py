"""Writes the packing bench's feedback sounds (desktop_oms/resources/sounds/*.wav) with the standard library.

    .venv/bin/python scripts/make_sounds.py

ok: one short high beep; error: a harsh low double buzz you cannot mistake for it; done: two rising tones.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parents[1] / "desktop_oms" / "resources" / "sounds"


def tone(freq: float, ms: int, *, square: bool = False, volume: float = 0.6) -> list[float]:
    n = RATE * ms // 1000
    fade = max(1, RATE // 200)  # 5 ms in and out: no clicks
    samples = []
    for i in range(n):
        s = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            s = 1.0 if s >= 0 else -1.0
        envelope = min(1.0, i / fade, (n - i) / fade)
        samples.append(volume * envelope * s)
    return samples


def silence(ms: int) -> list[float]:
    return [0.0] * (RATE * ms // 1000)


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / f"{name}.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


if __name__ == "__main__":
    write("ok", tone(1760, 70))
    write("error", tone(180, 260, square=True, volume=0.5) + silence(60) + tone(150, 320, square=True, volume=0.5))
    write("done", tone(1046, 110) + silence(20) + tone(1568, 180))
