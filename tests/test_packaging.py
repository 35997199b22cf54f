"""The PyInstaller spec stays in step with the code, checked without building (the build itself is
packaging/build-linux.sh, too slow for CI). Qt-free: reads packaging/simulacro.spec and packaging/bundle_layout.py."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import struct
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from question_bank.validator import SHIPPED_ROOT
from simulator.storage.db import MIGRATIONS

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "simulacro.spec"
APP_CODE = [REPO / "main.py", *(p for pkg in ("simulator", "question_bank", "ui") for p in (REPO / pkg).rglob("*.py"))]


def _load_layout() -> ModuleType:
    # By path: packaging/ is not a package (an __init__.py there would shadow the PyPI `packaging`).
    spec = importlib.util.spec_from_file_location("simulacro_bundle_layout", PACKAGING / "bundle_layout.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


layout = _load_layout()


@pytest.fixture(scope="module")
def bundled() -> dict[str, str]:
    """Every data file of the bundle: source path (relative to the repo) -> folder inside the bundle."""
    pairs = layout.data_files(REPO)
    sources = [source for source, _ in pairs]
    assert len(sources) == len(set(sources)), "a file is bundled twice"
    return dict(pairs)


@pytest.fixture(scope="module")
def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), str(SPEC))


def _call(tree: ast.Module, name: str) -> ast.Call:
    calls = [
        n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name
    ]
    assert len(calls) == 1, f"the spec should call {name}() once"
    return calls[0]


def _keyword(call: ast.Call, name: str) -> str:
    for keyword in call.keywords:
        if keyword.arg == name:
            return ast.unparse(keyword.value)
    raise AssertionError(f"{ast.unparse(call.func)}() has no {name}=")


def _rel(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


def test_the_spec_builds_from_the_layout(spec_tree: ast.Module) -> None:
    analysis = _call(spec_tree, "Analysis")
    assert "layout.ENTRY" in ast.unparse(analysis.args[0]) and layout.ENTRY == "main.py"
    assert "layout.data_files(" in _keyword(analysis, "datas")
    assert "layout.hidden_imports(" in _keyword(analysis, "hiddenimports")
    assert "layout.EXCLUDED_MODULES" in _keyword(analysis, "excludes")
    assert "layout.APP_NAME" in _keyword(_call(spec_tree, "COLLECT"), "name")
    assert "exclude_binaries=True" in ast.unparse(_call(spec_tree, "EXE")), "a one-folder build"
    assert "'no_bytecode.py'" in _keyword(analysis, "runtime_hooks")  # no __pycache__ written into the bundle
    assert (PACKAGING / "rthooks" / "no_bytecode.py").is_file()


def test_the_version_comes_from_pyproject(spec_tree: ast.Module) -> None:
    with (REPO / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert layout.project_version(REPO) == version
    source = ast.unparse(spec_tree)
    assert "VERSION = layout.project_version(" in source
    literals = [n.value for n in ast.walk(spec_tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    hard_coded = [value for value in literals if re.fullmatch(r"v?\d+(\.\d+)+", value)]
    assert not hard_coded, f"the spec hard-codes a version: {hard_coded}"
    assert "VERSION" in _keyword(_call(spec_tree, "BUNDLE"), "version")
    info = layout.windows_version_info(version)
    assert f"'FileVersion', '{version}'" in info and str(layout.version_tuple(version)) in info
    assert layout.version_tuple("1.2") == (1, 2, 0, 0)


def test_every_resources_folder_is_bundled_in_place(bundled: dict[str, str]) -> None:
    files = [p for p in (REPO / "resources").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert files, "resources/ is empty"
    for path in files:
        assert bundled.get(_rel(path)) == _rel(path.parent), f"{_rel(path)} is not bundled at its own path"
    folders = {p for p in (REPO / "resources").rglob("*") if p.is_dir() and any(f.is_relative_to(p) for f in files)}
    for folder in folders:
        assert _rel(folder) in bundled.values() or any(d.startswith(_rel(folder) + "/") for d in bundled.values())


def test_every_exam_bank_is_bundled(bundled: dict[str, str]) -> None:
    exams = sorted(p.parent for p in (REPO / "question_bank").glob("*/blueprint.yaml"))
    assert exams and layout.exam_folders(REPO) == exams
    for exam in exams:
        yaml_files = [p for p in exam.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()]
        assert any(p.name == "blueprint.yaml" for p in yaml_files)
        for path in yaml_files:
            assert bundled.get(_rel(path)) == _rel(path.parent), f"{_rel(path)} is not bundled"
    assert bundled.get("question_bank/FORMAT.md") == "question_bank"
    # The app finds the shipped bank next to question_bank/validator.py: the same folder inside the bundle.
    assert _rel(SHIPPED_ROOT) == "question_bank"


def test_the_migrations_are_bundled_as_files(bundled: dict[str, str]) -> None:
    folder = _rel(MIGRATIONS)  # where simulator.storage.db tells Alembic to look
    assert folder == layout.MIGRATIONS
    revisions = sorted((MIGRATIONS / "versions").glob("*.py"))
    assert revisions
    for path in [MIGRATIONS / "env.py", MIGRATIONS / "script.py.mako", *revisions]:
        assert bundled.get(_rel(path)) == _rel(path.parent), f"{_rel(path)} is not bundled as a file"
    hidden = set(layout.hidden_imports(REPO))
    assert {"alembic.op", "alembic.context", "sqlalchemy", "simulator.storage.models"} <= hidden
    imported = layout.imported_modules([MIGRATIONS / "env.py", *revisions])
    assert {name for name in imported if layout.is_module(name, REPO)} <= hidden
    assert "simulator.storage.models.Base" in imported and "simulator.storage.models.Base" not in hidden


def test_every_data_file_keeps_its_repository_path(bundled: dict[str, str]) -> None:
    """The code finds its files next to its modules, so in the bundle they must sit where they sit in the repo."""
    for source, dest in bundled.items():
        assert Path(source).parent.as_posix() == dest, source
        assert (REPO / source).is_file(), source


def test_the_app_imports_nothing_the_bundle_excludes() -> None:
    imported = set(layout.imported_modules(APP_CODE))
    for excluded in layout.EXCLUDED_MODULES:
        clashes = sorted(name for name in imported if name == excluded or name.startswith(excluded + "."))
        assert not clashes, f"the app imports {clashes}: take {excluded} out of EXCLUDED_MODULES"
    for dev_tool in ("pytest", "hypothesis", "mypy", "ruff", "tkinter"):
        assert dev_tool in layout.EXCLUDED_MODULES


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/translations/qtbase_es.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("resources/i18n/simulacro_es.qm", True),
    ],
)
def test_qt_files_kept(dest: str, kept: bool) -> None:
    assert layout.keep_qt_file(dest, ["en", "es"]) is kept


def test_languages_and_qt_libraries() -> None:
    catalogues = sorted(p.stem.split("_", 1)[1] for p in (REPO / "resources" / "i18n").glob("simulacro_*.qm"))
    assert layout.app_languages(REPO) == catalogues and "es" in catalogues
    assert layout.is_qt_library("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert layout.is_qt_library("PySide6/Qt6Widgets.dll")
    assert not layout.is_qt_library("PySide6/QtWidgets.abi3.so")
    assert not layout.is_qt_library("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not layout.is_qt_library("libpython3.11.so.1.0")


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_icons_and_desktop_file(spec_tree: ast.Module) -> None:
    assert "layout.share_files(" in ast.unparse(spec_tree)
    shared = dict(layout.share_files(REPO))
    svg = REPO / layout.ICON_SVG
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    assert shared[layout.ICON_SVG] == "share/icons/hicolor/scalable/apps/simulacro.svg"
    assert min(layout.ICON_SIZES) == 16 and max(layout.ICON_SIZES) == 512
    for size in layout.ICON_SIZES:
        png = svg.parent / f"simulacro-{size}.png"
        assert _png_size(png) == (size, size)
        assert shared[_rel(png)] == f"share/icons/hicolor/{size}x{size}/apps/simulacro.png"
    assert (svg.parent / "simulacro.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (svg.parent / "simulacro.icns").read_bytes()[:4] == b"icns"
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(REPO / layout.DESKTOP_FILE, encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Simulacro"
    assert entry["Exec"].split()[0] == layout.APP_NAME and entry["Icon"] == "simulacro"
    assert entry["Categories"].endswith(";")
    assert shared[layout.DESKTOP_FILE] == "share/applications/simulacro.desktop"


def test_the_build_tools_are_pinned() -> None:
    lines = (PACKAGING / "requirements-build.txt").read_text(encoding="utf-8").splitlines()
    pins = dict(line.split("==") for line in lines if line and not line.startswith("#"))
    assert {"pyinstaller", "pyinstaller-hooks-contrib"} <= pins.keys()
    assert all(re.fullmatch(r"\d+(\.\d+)*", version) for version in pins.values())
    script = (PACKAGING / "build-linux.sh").read_text(encoding="utf-8")
    assert "requirements-build.txt" in script and "constraints.txt" in script
    assert not (PACKAGING / "__init__.py").exists(), "packaging/ must not shadow the PyPI `packaging` package"


def test_the_interface_icons_and_their_licence_are_bundled(bundled: dict[str, str]) -> None:
    folder = REPO / "resources" / "icons" / "lucide"
    files = sorted(folder.iterdir())
    assert {f.name for f in files} >= {"LICENSE", "README.md", "flag.svg", "circle-check.svg"}
    for path in files:
        assert bundled[path.relative_to(REPO).as_posix()] == "resources/icons/lucide"
    assert "qsvg" in layout.QT_PLUGINS["imageformats"]  # Qt's SVG image reader draws them
