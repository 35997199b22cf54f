"""Loaded at interpreter start by `make core-without-qt`: makes PySide6 unimportable, as on a machine without it."""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder


class _NoQt(MetaPathFinder):
    """Refuses Qt bindings so any import of them from the core fails loudly."""

    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        if fullname.split(".")[0] in ("PySide6", "shiboken6", "pytestqt"):
            raise ModuleNotFoundError(f"No module named {fullname!r} (Qt is absent in this run)", name=fullname)
        return None


sys.meta_path.insert(0, _NoQt())
