"""Source markup to plain text, and the markup Simulacro cannot show (images, formulas) found and named."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "hr"})
_SKIP = frozenset({"script", "style", "head", "title"})
# Control characters other than newline and tab: they could hide text or break the YAML we write.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_FORMULA = re.compile(r"\$\$|\\\(|\\\[|\[tex\]|<math[\s>]|\\begin\{", re.IGNORECASE)
_IMAGE = re.compile(r"<img[\s>]|@@PLUGINFILE@@|!\[[^\]]*\]\(|data:image/", re.IGNORECASE)
_MEDIA = re.compile(r"<(video|audio|object|embed|iframe)[\s>]", re.IGNORECASE)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def tidy(text: str) -> str:
    """One space between words, single blank-free newlines between paragraphs, no control characters."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " "))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def html_to_text(markup: str) -> str:
    """The text a reader sees in an HTML fragment; tags, scripts and styles are dropped, entities decoded."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return tidy("".join(parser.parts))


def unsupported(markup: str) -> list[str]:
    """What in this source text Simulacro cannot show: images, formulas, embedded media."""
    found = []
    if _IMAGE.search(markup):
        found.append("an image")
    if _FORMULA.search(markup):
        found.append("a formula")
    if _MEDIA.search(markup):
        found.append("embedded media")
    return found
