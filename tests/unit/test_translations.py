"""Every string the views show has a finished Simplified and Traditional Chinese translation, and the .qm are current.

The strings are extracted afresh from the sources (scripts/translations --into a temporary folder, the
same lupdate run the script does in place), so a string added to a view without a translation fails
here, naming it; so does a translation that drops a placeholder or a keyboard mnemonic.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("zh_CN", "zh_TW")
TS = ROOT / "resources" / "translations"
QM = ROOT / "desktop_oms" / "resources" / "translations"
BIN = Path(sys.executable).parent
#: {0} and {} for str.format, %n for plurals, %1 for QString.arg.
PLACEHOLDER = re.compile(r"\{\d*\}|%n|%L?\d+")
#: A keyboard mnemonic: "&F" (but not a literal "&&").
MNEMONIC = re.compile(r"(?<!&)&(?!&)\S")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    kind: str  # the translation's type attribute: "" when finished
    translations: tuple[str, ...]


def _messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            found.append(Message(name, message.findtext("source") or "", translation.get("type", ""), tuple(forms)))
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files brought up to date with the sources, and compiled, in a temporary folder."""
    folder = tmp_path_factory.mktemp("translations")
    result = subprocess.run(["bash", str(ROOT / "scripts" / "translations"), "--into", str(folder)], cwd=ROOT,
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


def test_the_views_have_strings_to_translate(extracted: Path) -> None:
    contexts = {m.context for m in _messages(extracted / "desktop_oms_zh_CN.ts")}
    assert {"messages", "SettingsDialog", "LoginDialog", "app"} <= contexts


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_of_the_views_has_a_finished_translation(extracted: Path, lang: str) -> None:
    unfinished = [f"{m.context}: {m.source!r}" for m in _messages(extracted / f"desktop_oms_{lang}.ts")
                  if m.kind or not all(t.strip() for t in m.translations)]
    assert not unfinished, (f"{len(unfinished)} strings lack a {lang} translation; run scripts/translations and "
                            "translate them in resources/translations/:\n" + "\n".join(unfinished))


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_every_placeholder_and_mnemonic(lang: str) -> None:
    broken = []
    for m in _messages(TS / f"desktop_oms_{lang}.ts"):
        wanted = Counter(PLACEHOLDER.findall(m.source))
        for text in m.translations:
            if text and Counter(PLACEHOLDER.findall(text)) != wanted:
                broken.append(f"{m.context}: {m.source!r} → {text!r} (placeholders)")
            if text and bool(MNEMONIC.search(m.source)) != bool(MNEMONIC.search(text)):
                broken.append(f"{m.context}: {m.source!r} → {text!r} (the & of the keyboard shortcut)")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("lang", LANGS)
def test_the_shipped_qm_files_are_compiled_from_the_ts_files(lang: str, tmp_path: Path) -> None:
    shipped = QM / f"desktop_oms_{lang}.qm"
    assert shipped.is_file(), f"{shipped} is missing; run scripts/translations"
    rebuilt = tmp_path / shipped.name
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS / f"desktop_oms_{lang}.ts"), "-qm",
                    str(rebuilt)], check=True, timeout=60)
    same = hashlib.sha256(rebuilt.read_bytes()).digest() == hashlib.sha256(shipped.read_bytes()).digest()
    assert same, f"{shipped.name} is stale: run scripts/translations"


def test_the_ts_files_say_their_language() -> None:
    for lang in LANGS:
        root = ET.parse(TS / f"desktop_oms_{lang}.ts").getroot()
        assert (root.get("language"), root.get("sourcelanguage")) == (lang, "en")
