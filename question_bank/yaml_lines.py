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


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases (no billion-laughs expansion)."""

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise YamlProblem(event.start_mark.line + 1, "anchors and aliases (*name) are not allowed in bank files")
        event = self.peek_event()  # type: ignore[no-untyped-call]
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise YamlProblem(event.start_mark.line + 1, "anchors and aliases (&name) are not allowed in bank files")
        return super().compose_node(parent, index)


_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}


def _convert(loader: yaml.SafeLoader, node: Node, depth: int) -> Any:
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
            key = str(_convert(loader, key_node, depth + 1))
            if key in result:
                raise YamlProblem(key_node.start_mark.line + 1, f"key '{key}' appears twice")
            result[key] = _convert(loader, value_node, depth + 1)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result
    if isinstance(node, SequenceNode):
        seq = LineList()
        seq.line = line
        seq.item_lines = []
        for child in node.value:
            seq.append(_convert(loader, child, depth + 1))
            seq.item_lines.append(child.start_mark.line + 1)
        return seq
    if isinstance(node, ScalarNode):
        if len(node.value) > MAX_SCALAR_CHARS:
            raise YamlProblem(line, f"text longer than {MAX_SCALAR_CHARS} characters")
        try:
            return loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            raise YamlProblem(line, f"bad value: {exc}") from None
    raise YamlProblem(line, "unsupported YAML node")


def load_text(text: str) -> Any:
    """Parse one YAML document; raise YamlProblem with a line number on any fault."""
    loader = _NoAliasLoader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _convert(loader, node, 0)
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
    finally:
        loader.dispose()


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
