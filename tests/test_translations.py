"""Translations: no unfinished Spanish string, every source string extracted, .qm files up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "resources" / "i18n"
BIN = Path(sys.executable).parent


def messages(language: str) -> list[ET.Element]:
    return list(ET.parse(I18N / f"simulacro_{language}.ts").getroot().iter("message"))


def test_no_unfinished_or_empty_spanish_string() -> None:
    problems = []
    for message in messages("es"):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{translation.get('type')}: {source}")
        elif not (translation.text or "").strip() and not list(translation):
            problems.append(f"empty: {source}")
    assert not problems, problems


def test_every_tr_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "check_es.ts"
    shutil.copyfile(I18N / "simulacro_es.ts", copy)
    files = sorted(str(p) for p in (REPO / "ui").glob("*.py"))
    output = subprocess.run(
        [str(lupdate), *files, "-ts", str(copy), "-no-obsolete"], capture_output=True, text=True, check=True
    ).stdout
    assert "(0 new and" in output, f"new UI strings need translating: run `make translations`\n{output}"


@pytest.mark.parametrize("language", ["es", "en"])
def test_compiled_catalogues_match_the_sources(tmp_path: Path, language: str) -> None:
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    target = tmp_path / f"simulacro_{language}.qm"
    subprocess.run(
        [str(lrelease), str(I18N / f"simulacro_{language}.ts"), "-qm", str(target)], capture_output=True, check=True
    )
    assert target.read_bytes() == (I18N / f"simulacro_{language}.qm").read_bytes(), "run `make translations`"
