"""Safe YAML loading that remembers the line of every mapping and sequence."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode

from question_bank.messages import Params, text

# Bank files are small; these limits keep a hostile file from eating memory or time.
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 40
MAX_SCALAR_CHARS = 50_000
# Far above any real file under MAX_FILE_BYTES (about one value per 10-35 bytes), far below what
# "[0,0,0,...]" packs into 8 MB (4 million values: gigabytes of memory and tens of seconds).
MAX_NODES = 1_000_000


class YamlProblem(Exception):
    """A file that cannot be read as a bank YAML document; carries the 1-based line."""

    def __init__(self, line: int, message: str, code: str = "", params: Params = ()) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.code = code  # question_bank.messages: the window translates the message by it
        self.params = params

    @classmethod
    def coded(cls, line: int, code: str, **params: object) -> YamlProblem:
        return cls(line, text(code, **params), code, tuple(params.items()))


class LineDict(dict[str, Any]):
    """A mapping from a YAML file with the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A sequence from a YAML file with the line it starts on and the line of each entry."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


# libyaml (C) parses; pure-Python PyYAML is the fallback. Both are safe loaders.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# First characters with which a plain scalar can resolve to something other than text (bool, int,
# float, null, timestamp, merge, value): every other plain scalar is text without asking the regexes.
_MAYBE_TYPED = frozenset("0123456789-+.~nNtTfFyYoO<=")


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe loader whose tag resolution skips the regex table for obvious text (most of a bank file)."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode and implicit[0] and value and value[0] not in _MAYBE_TYPED:
            return "tag:yaml.org,2002:str"
        return super().resolve(kind, value, implicit)


_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_Y = "tag:yaml.org,2002:"
_STR, _MAP, _SEQ, _MERGE, _VALUE = (_Y + name for name in ("str", "map", "seq", "merge", "value"))
# Typed scalars and what to call them when a value does not parse.
_SCALAR_KINDS = {  # (question_bank.messages.PHRASES)
    _Y + "int": "a whole number",
    _Y + "float": "a number",
    _Y + "bool": "true or false",
    _Y + "null": "null",
    _Y + "timestamp": "a date",
}
# Characters no bank text needs: C0 controls but tab, line feed and carriage return, DEL, C1 controls
# and the non-characters U+FFFE/U+FFFF. In values (after "\0", "\e", "\x07" escapes) CR is refused too.
_CONTROL_IN_FILE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_CONTROL_IN_VALUE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_LINE_BREAK = re.compile("\r\n|[\r\n\u2028\u2029]")


def shown(text: str, limit: int = 60) -> str:
    """Text safe to put in a one-line message: non-printable characters escaped, long text cut."""
    if len(text) > limit:
        text = text[:limit] + "…"
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def _control_problem(line: int, ch: str) -> YamlProblem:
    return YamlProblem.coded(line, "control_character", point=f"{ord(ch):04X}")


class _Builder:
    """Builds LineDict/LineList values straight from parser events, so a hostile file is refused at the
    first anchor, tag, deep level or excess value instead of after composing its whole node graph."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.nodes = 0

    def document(self) -> Any:
        loader = self.loader
        loader.get_event()  # stream start
        if loader.check_event(StreamEndEvent):
            return None
        loader.get_event()  # document start
        value = self.value(0, as_key=False)
        loader.get_event()  # document end
        if not loader.check_event(StreamEndEvent):
            event = loader.get_event()
            raise YamlProblem.coded(event.start_mark.line + 1, "second_document")
        return value

    def value(self, depth: int, *, as_key: bool) -> Any:
        event = self.loader.get_event()
        line = event.start_mark.line + 1
        # Refusing anchors and aliases outright stops "billion laughs" expansion.
        if isinstance(event, AliasEvent) or (isinstance(event, NodeEvent) and event.anchor is not None):
            raise YamlProblem.coded(line, "anchors")
        tag = event.tag
        if isinstance(event, ScalarEvent):
            if tag is None or tag == "!":
                tag = self.loader.resolve(ScalarNode, event.value, event.implicit)
            if tag == _MERGE and as_key:
                raise YamlProblem.coded(line, "merge_keys")
            if tag in (_MERGE, _VALUE):  # a plain "<<" or "=" that is not a key is just text
                tag = _STR
            if tag != _STR and tag not in _SCALAR_KINDS:
                raise YamlProblem.coded(line, "yaml_tags", tag=shown(tag))
        elif isinstance(event, MappingStartEvent | SequenceStartEvent):
            plain = _MAP if isinstance(event, MappingStartEvent) else _SEQ
            if tag not in (None, "!", plain):
                raise YamlProblem.coded(line, "yaml_tags", tag=shown(tag))
        else:  # the parser never hands anything else where a value belongs
            raise YamlProblem.coded(line, "unsupported_node")
        if depth > MAX_DEPTH:
            raise YamlProblem.coded(line, "nesting_deeper", depth=MAX_DEPTH)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise YamlProblem.coded(line, "too_many_values", count=f"{MAX_NODES:,}")
        if isinstance(event, ScalarEvent):
            return _scalar(tag, event, line)
        if as_key:
            raise YamlProblem.coded(line, "key_plain")
        if isinstance(event, MappingStartEvent):
            return self.mapping(depth, line)
        return self.sequence(depth, line)

    def mapping(self, depth: int, line: int) -> LineDict:
        loader = self.loader
        result = LineDict()
        result.line = line
        result.key_lines = {}
        while not loader.check_event(MappingEndEvent):
            key_line = loader.peek_event().start_mark.line + 1
            key = str(self.value(depth + 1, as_key=True))
            if key in result:
                raise YamlProblem.coded(key_line, "key_twice", key=shown(key))
            result[key] = self.value(depth + 1, as_key=False)
            result.key_lines[key] = key_line
        loader.get_event()
        return result

    def sequence(self, depth: int, line: int) -> LineList:
        loader = self.loader
        seq = LineList()
        seq.line = line
        seq.item_lines = []
        while not loader.check_event(SequenceEndEvent):
            seq.item_lines.append(loader.peek_event().start_mark.line + 1)
            seq.append(self.value(depth + 1, as_key=False))
        loader.get_event()
        return seq


def _scalar(tag: str, event: ScalarEvent, line: int) -> Any:
    value: str = event.value
    if len(value) > MAX_SCALAR_CHARS:
        raise YamlProblem.coded(line, "text_too_long", count=MAX_SCALAR_CHARS)
    if tag == _STR:
        bad = _CONTROL_IN_VALUE.search(value)
        if bad:
            raise _control_problem(line, bad.group())
        return value
    node = ScalarNode(tag, value)  # the constructors read only tag and value
    try:
        # Called directly, not through construct_object, whose cache would keep every node alive.
        return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
    except Exception:  # PyYAML's constructors raise KeyError, IndexError, AttributeError... on odd text
        raise YamlProblem.coded(line, "bad_value", value=shown(value), expected=_SCALAR_KINDS[tag]) from None


def _syntax_problem(text: str, exc: yaml.MarkedYAMLError) -> YamlProblem:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 1
    index = mark.index if mark is not None else -1
    if 0 <= index < len(text) and text[index] == "\t":
        return YamlProblem.coded(line, "yaml_tab")
    return YamlProblem.coded(line, "yaml_syntax", detail=shown(exc.problem or exc.context or "syntax error", 200))


def load_text(text: str) -> Any:
    """Parse one YAML document; raise YamlProblem with a line number on any fault."""
    bad = _CONTROL_IN_FILE.search(text)
    if bad:
        line = len(_LINE_BREAK.findall(text, 0, bad.start())) + 1
        raise _control_problem(line, bad.group())
    loader = _Loader(text)
    try:
        return _Builder(loader).document()
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as exc:
        raise _syntax_problem(text, exc) from None
    except (yaml.YAMLError, ValueError) as exc:
        raise YamlProblem.coded(1, "yaml_syntax", detail=shown(str(exc), 200)) from None
    except RecursionError:
        raise YamlProblem.coded(1, "nesting_too_deep") from None
    finally:
        loader.dispose()


_WIDE_ENCODINGS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 by byte order mark, or by the zero bytes around a first ASCII character."""
    for bom, name in _WIDE_ENCODINGS:
        if data.startswith(bom):
            return name
    head = data[:4]
    if len(head) == 4 and head.count(0) == 3 and (0x09 <= head[0] < 0x80 or 0x09 <= head[3] < 0x80):
        return "UTF-32"
    if len(head) >= 2 and head[:2].count(0) == 1 and 0x09 <= max(head[:2]) < 0x80:
        return "UTF-16"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode a bank file as UTF-8; raise YamlProblem naming the line of the first bad byte."""
    if len(data) > MAX_FILE_BYTES:
        raise YamlProblem.coded(1, "file_too_large", size=MAX_FILE_BYTES // (1024 * 1024))
    wide = _wide_encoding(data)
    if wide is not None:
        raise YamlProblem.coded(1, "wide_encoding", encoding=wide)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise YamlProblem.coded(line, "nul_byte")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise YamlProblem.coded(line, "not_utf8", byte=f"{data[exc.start]:02X}") from None
    return text


def load_file(path: Path) -> Any:
    """Read and parse a bank YAML file; raise YamlProblem or OSError."""
    with path.open("rb") as stream:
        # Never read more than the limit (plus one byte to notice it): a huge file costs nothing.
        data = stream.read(MAX_FILE_BYTES + 1)
    return load_text(decode_bytes(data))
