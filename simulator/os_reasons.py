"""What the operating system said about a failed file operation, as one fixed English phrase per error number,
so the window can say it in the candidate's language whatever the platform's own wording."""

from __future__ import annotations

import errno

# glibc's words: on Linux the CLI prints what it printed before; elsewhere the same error reads the same.
REASONS: dict[int, str] = {
    errno.ENOENT: "No such file or directory",
    errno.EACCES: "Permission denied",
    errno.EPERM: "Operation not permitted",
    errno.EISDIR: "Is a directory",
    errno.ENOTDIR: "Not a directory",
    errno.ENOSPC: "No space left on device",
    errno.EROFS: "Read-only file system",
    errno.ENAMETOOLONG: "File name too long",
    errno.ELOOP: "Too many levels of symbolic links",
    errno.EIO: "Input/output error",
    errno.EFBIG: "File too large",
    errno.EBUSY: "Device or resource busy",
    errno.EMFILE: "Too many open files",
    errno.EEXIST: "File exists",
    errno.EINVAL: "Invalid argument",
}
if hasattr(errno, "EDQUOT"):  # not on Windows
    REASONS[errno.EDQUOT] = "Disk quota exceeded"


def os_reason(exc: OSError) -> str:
    """The reason `exc` gives: the fixed phrase of its error number, else the system's own text."""
    return REASONS.get(exc.errno or 0) or str(exc.strerror or exc)
