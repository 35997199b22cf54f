"""Has the shipped bank changed since the last sync? Answered with hashlib alone, so a start-up with nothing to
import never loads the YAML parser, the validator or the importer."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

SHIPPED_ROOT = Path(__file__).resolve().parent  # the same folder as question_bank.validator.SHIPPED_ROOT
BLUEPRINT_NAME = "blueprint.yaml"  # question_bank.blueprint_file.BLUEPRINT_NAME (a test keeps them equal)


def folder_hash(folder: Path) -> str:
    """A hash of every YAML file in an exam folder (names and bytes), cheap enough for each start-up."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(b"\0")
        # In chunks: a stray multi-gigabyte file in the bank folder must not be read into memory at start-up.
        try:
            with path.open("rb") as stream:
                while chunk := stream.read(1 << 20):
                    digest.update(chunk)
        except OSError:
            digest.update(b"\0unreadable\0")  # validation then reports the file instead of start-up failing
    return digest.hexdigest()


def shipped_exam_folders(root: Path = SHIPPED_ROOT) -> list[Path]:
    return sorted(p.parent for p in root.glob(f"*/{BLUEPRINT_NAME}"))


def bank_root() -> Path:
    """The bank folder synced at start-up: $SIMULACRO_BANK_DIR (a classroom's own bank) or the shipped one."""
    override = os.environ.get("SIMULACRO_BANK_DIR")
    return Path(override) if override else SHIPPED_ROOT
