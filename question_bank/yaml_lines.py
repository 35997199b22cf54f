"""Safe YAML loading that remembers the line of every mapping and sequence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

# Bank files are small; these limits keep a hostile file from eating memory or time.
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 40
MAX_SCALAR_CHARS = 50_000


class YamlProblem(Exception):
    """A file that cannot be read as a bank YAML document; carries the 1-based line."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


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


# libyaml (C) parses and composes; pure-Python PyYAML is the fallback. Both are safe loaders.
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


_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}


def _convert(node: Node, depth: int, visited: set[int]) -> Any:
    # An alias is the same node object met again: refusing it stops "billion laughs" expansion.
    if id(node) in visited:
        raise YamlProblem(node.start_mark.line + 1, "anchors and aliases (&name, *name) are not allowed in bank files")
    visited.add(id(node))
    if node.tag not in _PLAIN_TAGS:
        raise YamlProblem(node.start_mark.line + 1, f"tags such as {node.tag} are not allowed in bank files")
    if depth > MAX_DEPTH:
        raise YamlProblem(node.start_mark.line + 1, f"nesting deeper than {MAX_DEPTH} levels")
    line = node.start_mark.line + 1
    if isinstance(node, MappingNode):
        result = LineDict()
        result.line = line
        result.key_lines = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise YamlProblem(key_node.start_mark.line + 1, "mapping keys must be plain text")
            key = str(_convert(key_node, depth + 1, visited))
            if key in result:
                raise YamlProblem(key_node.start_mark.line + 1, f"key '{key}' appears twice")
            result[key] = _convert(value_node, depth + 1, visited)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result
    if isinstance(node, SequenceNode):
        seq = LineList()
        seq.line = line
        seq.item_lines = []
        for child in node.value:
            seq.append(_convert(child, depth + 1, visited))
            seq.item_lines.append(child.start_mark.line + 1)
        return seq
    if isinstance(node, ScalarNode):
        if len(node.value) > MAX_SCALAR_CHARS:
            raise YamlProblem(line, f"text longer than {MAX_SCALAR_CHARS} characters")
        if node.tag == "tag:yaml.org,2002:str":
            return node.value
        try:
            return _CONSTRUCTOR.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            raise YamlProblem(line, f"bad value: {exc}") from None
    raise YamlProblem(line, "unsupported YAML node")


def load_text(text: str) -> Any:
    """Parse one YAML document; raise YamlProblem with a line number on any fault."""
    try:
        # libyaml stops at 1000 levels of nesting, so composing cannot exhaust the C stack.
        node = yaml.compose(text, Loader=_Loader)
        return None if node is None else _convert(node, 0, set())
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise YamlProblem(line, f"not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(1, f"not valid YAML: {exc}") from None
    except RecursionError:
        raise YamlProblem(1, "nesting too deep") from None


def decode_bytes(data: bytes) -> str:
    """Decode a bank file as UTF-8; raise YamlProblem naming the line of the first bad byte."""
    if len(data) > MAX_FILE_BYTES:
        raise YamlProblem(1, f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise YamlProblem(line, "binary data (NUL byte) in a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise YamlProblem(line, "not UTF-8 text; save the file as UTF-8") from None
    return text


def load_file(path: Path) -> Any:
    """Read and parse a bank YAML file; raise YamlProblem or OSError."""
    return load_text(decode_bytes(path.read_bytes()))
