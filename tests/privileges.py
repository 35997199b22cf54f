"""Run a command without the powers that let root read and write any file, so permission faults are testable in CI."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_PR_CAPBSET_DROP = 24
# CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH: what lets root ignore a file's mode bits.
_FILE_MODE_CAPABILITIES = (1, 2)


def _drop_file_mode_powers() -> None:
    """In the child before exec: remove the capabilities from the bounding set, so the new program never has them."""
    if os.geteuid() != 0:
        return  # an ordinary user already obeys mode bits
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in _FILE_MODE_CAPABILITIES:
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def run_main_obeying_modes(argv: Sequence[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """`python main.py ARGV` as a process for which chmod 0 means unreadable, as root too."""
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, str(REPO / "main.py"), *argv],
        preexec_fn=_drop_file_mode_powers,
        capture_output=True,
        text=True,
        timeout=120,
        **kwargs,
    )
