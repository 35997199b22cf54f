"""Which links Simulacro makes clickable: https only, no userinfo, no control, bidi or invisible characters."""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

MAX_LINK_LENGTH = 2000
# Format characters (Cf) include the bidi overrides and zero-width joiners that make a link read as
# another; Zl/Zp break lines. Whitespace of any kind has no place in a URL either.
_BAD_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"}


def link_problem(url: object) -> str | None:
    """Why `url` is not a safe link to show and open, or None when it is one."""
    if not isinstance(url, str) or not url:
        return "a link must be non-empty text"
    if len(url) > MAX_LINK_LENGTH:
        return f"a link is at most {MAX_LINK_LENGTH} characters"
    if any(unicodedata.category(c) in _BAD_CATEGORIES for c in url):
        return "a link must not hold spaces, control, bidi or invisible characters"
    if not url.startswith("https://"):
        return "a link must start with https://"
    if "\\" in url:
        return "a link must not hold a backslash"  # browsers read it as '/', so the host shown is not the one opened
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return "a link must be a well-formed URL"
    if "@" in parts.netloc:
        return "a link must not carry a user name or password (text before '@')"
    host = parts.hostname or ""
    if not host or not host.isascii() or "." not in host.strip("."):
        return "a link must name a host such as docs.aws.amazon.com (non-ASCII hosts in punycode)"
    return None


def is_safe_link(url: object) -> bool:
    return link_problem(url) is None
