"""What goes into the Simulacro bundle, worked out from the source tree.

`simulacro.spec` builds from these functions and `tests/test_packaging.py` checks them, so the bundle stays in step
with the code without a build. Standard library only: no PyInstaller, no Qt.

Every data file keeps its path relative to the repository root. The code finds its files next to its modules
(`Path(__file__).parent ...`), and in a PyInstaller bundle a module's `__file__` is `<bundle>/_internal/<its
path>`, so the same relative layout is all the frozen app needs.
"""

from __future__ import annotations

import ast
import importlib.machinery
import re
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"

APP_NAME = "simulacro"
ENTRY = "main.py"
RESOURCES = "resources"
BANK = "question_bank"
BLUEPRINT = "blueprint.yaml"
BANK_SUFFIXES = (".yaml", ".yml")
MIGRATIONS = "simulator/storage/migrations"
ICON_SVG = "packaging/icons/simulacro.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE = "packaging/linux/simulacro.desktop"

# Never needed at run time. Source-control, cache and editor litter is skipped inside data folders.
_SKIPPED_PARTS = {"__pycache__", ".DS_Store", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
_SKIPPED_SUFFIXES = {".pyc", ".pyo", ".swp", ".orig", ".rej"}

# Python packages the app never imports at run time (development tools, test suites, unused Qt bindings).
# PyInstaller follows imports, so most would not be collected anyway; listing them stops optional imports
# from dragging them in. tests/test_packaging.py checks that the app's own code imports none of them.
EXCLUDED_MODULES = (
    # standard library parts a desktop exam app does not use
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "ensurepip",
    "venv",
    "distutils",
    # development tools and test suites
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "mypyc",
    "ruff",
    "importlinter",
    "grimp",
    "pypdf",
    "pip",
    "setuptools",
    "pkg_resources",
    "IPython",
    "numpy",
    # Qt modules the app does not use: it imports QtCore, QtGui, QtWidgets and (from PySide6-Addons) QtCharts.
    # Their libraries still come in where a used one links to them (QtCharts needs libQt6OpenGL, for instance).
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    # PySide6-Addons modules, should the Addons wheel ever be installed beside Essentials
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQuick3D",
    "PySide6.QtRemoteObjects",
    "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
)

# Qt plugins kept, by plugin folder: name patterns (without "lib" and the file extension). Every other plugin
# folder is dropped whole (egldeviceintegrations, generic, networkinformation, tls, sqldrivers, qmltooling,
# printsupport, designer, vectorimageformats, wayland-graphics-integration-server, ...).
QT_PLUGINS: dict[str, tuple[str, ...]] = {
    # Linux: X11, Wayland and headless (the smoke test); Windows and macOS: their own
    "platforms": ("qxcb", "qwayland*", "qoffscreen", "qwindows", "qcocoa"),
    # native file dialogs through the desktop portal (GNOME, KDE); no GTK3 theme: it would pull in GTK
    "platformthemes": ("qxdgdesktopportal",),
    # dead keys / compose sequences (á, ñ, ¿) and IBus input methods
    "platforminputcontexts": ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
    # SVG icons and images; PNG, BMP and XPM are built into QtGui
    "iconengines": ("qsvgicon",),
    "imageformats": ("qsvg",),
    # native widget styles on Windows and macOS
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"),
    "xcbglintegrations": ("qxcb-glx-integration", "qxcb-egl-integration"),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("bradient", "adwaita"),
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl",),
}

_PLUGIN_PATH = re.compile(r"^PySide6/(?:Qt/)?plugins/(?P<kind>[^/]+)/(?P<file>[^/]+)$")
_QT_TRANSLATION = re.compile(r"^PySide6/(?:Qt/)?translations/(?P<file>[^/]+)$")
# libQt6Widgets.so.6 (Linux), Qt6Widgets.dll (Windows), QtWidgets.framework/.../QtWidgets (macOS)
_QT_LIBRARY = re.compile(r"^(?:lib)?Qt6?[A-Z][A-Za-z0-9]*(?:\.so\.6|\.dll)?$")


def _posix(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _wanted(path: Path) -> bool:
    return path.is_file() and not (_SKIPPED_PARTS & set(path.parts)) and path.suffix not in _SKIPPED_SUFFIXES


def project_version(root: Path = ROOT) -> str:
    """The version in pyproject.toml: the one place it is written."""
    with (root / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    if not isinstance(version, str) or not re.fullmatch(r"\d+(\.\d+){1,3}", version):
        raise ValueError(f"pyproject.toml: project.version {version!r} is not N.N[.N[.N]]")
    return version


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0), the shape of a Windows version resource."""
    numbers = [int(part) for part in version.split(".")]
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def exam_folders(root: Path = ROOT) -> list[Path]:
    """Every certification folder of the shipped bank: the folders under question_bank/ with a blueprint."""
    return sorted(path.parent for path in (root / BANK).glob(f"*/{BLUEPRINT}"))


def bank_files(exam: Path) -> list[Path]:
    """An exam folder's YAML files, subfolders included (as question_bank.importer reads them)."""
    return sorted(path for path in exam.rglob("*") if path.suffix in BANK_SUFFIXES and _wanted(path))


def migration_files(root: Path = ROOT) -> list[Path]:
    """The Alembic scripts, loaded from disk at start-up: env.py, the revision template and every revision."""
    folder = root / MIGRATIONS
    files = [folder / "env.py", folder / "script.py.mako", *sorted((folder / "versions").glob("*.py"))]
    return [path for path in files if _wanted(path)]


def share_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, path inside the bundle) for the icons and the .desktop file, in the freedesktop layout
    (share/icons/hicolor/<size>/apps/simulacro.png, share/applications/simulacro.desktop), renamed on the way;
    packaging/install-linux.sh installs them from there."""
    icons = root / PurePosixPath(ICON_SVG).parent
    placed = [(root / ICON_SVG, "share/icons/hicolor/scalable/apps/simulacro.svg")]
    for size in ICON_SIZES:
        placed.append((icons / f"simulacro-{size}.png", f"share/icons/hicolor/{size}x{size}/apps/simulacro.png"))
    placed.append((root / DESKTOP_FILE, "share/applications/simulacro.desktop"))
    missing = [str(path) for path, _ in placed if not path.is_file()]
    if missing:
        raise FileNotFoundError("icon or desktop files are missing: " + ", ".join(missing))
    return [(_posix(path, root), dest) for path, dest in placed]


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) pairs for PyInstaller's `datas`, sources relative to `root`.

    Every file keeps its repository path: the code looks for it next to its own modules.
    """
    pairs: list[tuple[Path, str]] = []
    pairs += [(path, _posix(path.parent, root)) for path in sorted((root / RESOURCES).rglob("*")) if _wanted(path)]
    pairs.append((root / BANK / "FORMAT.md", BANK))
    pairs += [(path, _posix(path.parent, root)) for exam in exam_folders(root) for path in bank_files(exam)]
    pairs += [(path, _posix(path.parent, root)) for path in migration_files(root)]
    missing = [str(path) for path, _ in pairs if not path.is_file()]
    if missing:
        raise FileNotFoundError("files the bundle needs are missing: " + ", ".join(missing))
    return [(_posix(path, root), dest) for path, dest in pairs]


def imported_modules(paths: Iterable[Path]) -> list[str]:
    """Modules that Python files import, with `from a import b` giving both a and a.b (b may be a submodule)."""
    found: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names if alias.name != "*")
    found.discard("__future__")
    return sorted(name for name in found if not name.startswith("__future__."))


def is_module(name: str, root: Path = ROOT) -> bool:
    """Whether `name` is an importable module or package (from `root` or sys.path), found without importing it."""
    locations: list[str] | None = [str(root), *sys.path]
    parts = name.split(".")
    for depth in range(1, len(parts) + 1):
        if locations is None:  # the parent is a plain module: `name` is one of its attributes
            return False
        spec = importlib.machinery.PathFinder.find_spec(".".join(parts[:depth]), locations)
        if spec is None:
            return False
        locations = list(spec.submodule_search_locations) if spec.submodule_search_locations is not None else None
    return True


def hidden_imports(root: Path = ROOT) -> list[str]:
    """The modules the migration scripts import: PyInstaller cannot see them, since Alembic loads the scripts from
    disk. (`from alembic import op` gives alembic and alembic.op; `from ...models import Base` only ...models.)"""
    names = imported_modules(path for path in migration_files(root) if path.suffix == ".py")
    return [name for name in names if is_module(name, root)]


def app_languages(root: Path = ROOT) -> list[str]:
    """The interface languages: one per compiled catalogue resources/i18n/simulacro_<lang>.qm."""
    return sorted(path.stem.split("_", 1)[1] for path in (root / RESOURCES / "i18n").glob("simulacro_*.qm"))


def keep_qt_file(dest: str, languages: Iterable[str]) -> bool:
    """Whether a file PyInstaller's Qt hooks collected belongs in the bundle (dest: its path in the bundle).

    Drops plugins not in QT_PLUGINS and Qt's own translations for languages the app does not offer.
    """
    dest = dest.replace("\\", "/")
    plugin = _PLUGIN_PATH.match(dest)
    if plugin:
        name = plugin["file"].split(".")[0].removeprefix("lib")
        patterns = QT_PLUGINS.get(plugin["kind"], ())
        return any(re.fullmatch(pattern.replace("*", ".*"), name) for pattern in patterns)
    translation = _QT_TRANSLATION.match(dest)
    if translation and translation["file"].endswith(".qm"):
        stem = translation["file"].removesuffix(".qm")
        return any(stem.endswith(f"_{lang}") or f"_{lang}_" in stem for lang in languages)
    return True


def is_qt_library(dest: str) -> bool:
    """Whether a collected binary is one of Qt's own shared libraries (not a plugin, not a Python module)."""
    dest = dest.replace("\\", "/")
    return dest.startswith("PySide6/") and "/plugins/" not in dest and bool(_QT_LIBRARY.match(dest.rsplit("/")[-1]))


def windows_version_info(version: str) -> str:
    """The Windows version resource (PyInstaller's text format) for `version`."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "Simulacro",
        "FileDescription": "Simulacro — AWS Certified AI Practitioner exam simulator",
        "FileVersion": version,
        "InternalName": APP_NAME,
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": "Simulacro",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3F, flags=0x0, OS=0x40004,\n"
        "                    fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('040904B0', [\n"
        f"{table}\n"
        "      ])\n"
        "    ]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])])\n"
        "  ]\n"
        ")\n"
    )
