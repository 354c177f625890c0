"""Reading untrusted files with hard limits: regular files only, size caps, YAML and JSON with positions.

Every limit here ends the reading of one file with one clear line naming the
file (``docs/input.md`` lists them, with the environment variables that change
them); none of them can hang the command or run it out of memory.

* Only regular files are opened: a FIFO, device or socket is refused at once
  (the open itself is non-blocking, so a FIFO with no writer cannot hang it).
* Files read whole (fact files, articles, front matter) are capped in size.
* YAML is parsed with the safe loader, no Python tags, no implicit timestamps
  (dates stay text and are checked like every other date), a cap on nesting
  depth and on the nodes that aliases expand to ("billion laughs").
* JSON is parsed by a JSON parser (not YAML 1.1), with the same depth cap;
  ``NaN``/``Infinity`` and duplicate keys are refused.
* Both give the parsed document with the line of every value, keyed by its
  path, and refuse text no store can hold (lone surrogates).
* Compressed streams are read through :class:`CappedStream`, which stops at a
  cap on the expanded size and on the expansion ratio ("zip bombs").
"""

from __future__ import annotations

import datetime as dt
import io
import json
import json.decoder
import json.scanner
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import yaml

from timelinekg.errors import ValidationError

MIB = 1024 * 1024
Location = tuple[str | int, ...]


def _env_int(name: str, default: int, scale: int = 1) -> int:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return int(float(value) * scale)
    except ValueError:
        raise ValidationError(f"{name} should be a number, got {value!r}") from None


@dataclass(frozen=True)
class Limits:
    """Hard limits for one input file; the defaults are generous for real use (docs/input.md)."""

    # files read whole: fact files, articles, front matter (TIMELINEKG_MAX_FILE_MB)
    max_file_bytes: int = field(default_factory=lambda: _env_int("TIMELINEKG_MAX_FILE_MB", 64 * MIB, MIB))
    # nesting of mappings and lists in YAML and JSON (TIMELINEKG_MAX_DEPTH)
    max_depth: int = field(default_factory=lambda: _env_int("TIMELINEKG_MAX_DEPTH", 64))
    # values that YAML aliases may expand to, in all (TIMELINEKG_MAX_ALIAS_NODES)
    max_alias_nodes: int = field(default_factory=lambda: _env_int("TIMELINEKG_MAX_ALIAS_NODES", 10_000))
    # a compressed stream's expanded size (TIMELINEKG_MAX_EXPANDED_MB) ...
    max_expanded_bytes: int = field(
        default_factory=lambda: _env_int("TIMELINEKG_MAX_EXPANDED_MB", 32 * 1024 * MIB, MIB)
    )
    # ... and its expansion ratio over the compressed bytes read so far, once past a floor (TIMELINEKG_MAX_RATIO)
    max_ratio: int = field(default_factory=lambda: _env_int("TIMELINEKG_MAX_RATIO", 100))
    ratio_floor_bytes: int = MIB
    # one line of a dataset file
    max_line_bytes: int = field(default_factory=lambda: _env_int("TIMELINEKG_MAX_LINE_MB", 8 * MIB, MIB))


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def open_regular(path: Path) -> IO[bytes]:
    """``path`` opened for reading in binary, or a ValidationError when it is not a regular file.

    The open is non-blocking so that a FIFO without a writer is refused at once
    instead of waiting forever; the check is on the opened descriptor, so a
    file swapped for a FIFO after a check cannot slip through.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise ValidationError("is a folder, not a file", path=str(path)) from None
    except OSError as error:
        raise ValidationError(f"cannot read: {error.strerror or error}", path=str(path)) from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise ValidationError(f"{_kind(mode)}, not a regular file: refused", path=str(path))
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def check_regular(path: Path) -> None:
    """A ValidationError unless ``path`` is a regular file (following symlinks); opens nothing."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise ValidationError(f"cannot read: {error.strerror or error}", path=str(path)) from None
    if not stat.S_ISREG(mode):
        message = "is a folder, not a file" if stat.S_ISDIR(mode) else f"{_kind(mode)}, not a regular file: refused"
        raise ValidationError(message, path=str(path))


def read_capped(path: Path, limits: Limits) -> bytes:
    """A regular file's bytes, refused when larger than ``limits.max_file_bytes``."""
    with open_regular(path) as handle:
        check_size(os.fstat(handle.fileno()).st_size, limits, str(path))
        cap = limits.max_file_bytes
        try:
            data = handle.read(cap + 1)
        except OSError as error:
            raise ValidationError(f"cannot read: {error.strerror or error}", path=str(path)) from None
    if len(data) > cap:  # the file grew while we read it
        raise ValidationError(f"over the size cap of {_mib(cap)} ({_SIZE_HINT})", path=str(path))
    return data


_SIZE_HINT = "TIMELINEKG_MAX_FILE_MB raises it"


def check_size(size: int, limits: Limits, origin: str) -> None:
    """A ValidationError when a file of ``size`` bytes is over the size cap."""
    cap = limits.max_file_bytes
    if size > cap:
        raise ValidationError(f"{_mib(size)} is over the size cap of {_mib(cap)} ({_SIZE_HINT})", path=origin)


def _mib(size: int) -> str:
    return f"{size / MIB:.1f} MiB" if size >= MIB else f"{size} bytes"


# -- YAML ------------------------------------------------------------------------------------------------------
class _LimitedLoader(yaml.SafeLoader):
    """The safe loader with a cap on nesting depth and YAML's own timestamps left as text."""

    def __init__(self, stream: str, max_depth: int) -> None:
        super().__init__(stream)
        self.max_depth = max_depth
        self.depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self.depth += 1
        try:
            if self.depth > self.max_depth:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise _Limit(f"nested deeper than {self.max_depth} levels (TIMELINEKG_MAX_DEPTH raises it)", mark.line)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


# Dates stay text: YAML's own timestamp parsing raises a bare ValueError on 2024-02-30, and every
# date should be checked (and reported at its line) in one place, the fact-file schema.
_LimitedLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Limit(Exception):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def yaml_tree(text: str, path: str, limits: Limits, first_line: int = 1) -> tuple[Any, dict[Location, int]]:
    """One YAML document as plain values (dict, list, str, int, float, bool, None) and the line of each value.

    ``first_line`` is the file line where ``text`` starts (front matter starts on line 2).
    """
    lines: dict[Location, int] = {}
    loader = _LimitedLoader(text, limits.max_depth)
    offset = first_line
    try:
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
        if node is None:
            return None, lines
        value = _YamlBuilder(loader, lines, limits, offset).build(node, ())
    except _Limit as error:
        raise ValidationError(
            error.message, path=path, line=error.line + offset if error.line is not None else None
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + offset if mark is not None else None
        raise ValidationError(f"YAML syntax error: {error.problem or error.context}", path=path, line=line) from None
    except yaml.YAMLError as error:
        raise ValidationError(f"YAML syntax error: {error}", path=path) from None
    except RecursionError:  # a cap above Python's own stack; the depth cap normally stops it first
        raise ValidationError("nested too deeply (TIMELINEKG_MAX_DEPTH lowers the cap)", path=path) from None
    return value, lines


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag


_COLLECTION_TAGS = {yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG}


class _YamlBuilder:
    """Builds plain values from composed nodes, counting what aliases expand to."""

    def __init__(self, loader: _LimitedLoader, lines: dict[Location, int], limits: Limits, offset: int) -> None:
        self.loader = loader
        self.lines = lines
        self.limits = limits
        self.offset = offset
        self.seen: set[int] = set()
        self.alias_nodes = 0
        self.aliased = 0

    def build(self, node: yaml.Node, location: Location, depth: int = 0) -> Any:
        line = node.start_mark.line + self.offset
        self.lines.setdefault(location, line)
        if id(node) in self.seen:
            self.aliased += 1  # every node reached again (an alias) counts, with everything under it
        if self.aliased:
            self.alias_nodes += 1
            if self.alias_nodes > self.limits.max_alias_nodes:
                raise _Limit(
                    f"aliases expand to more than {self.limits.max_alias_nodes} values "
                    "(a 'billion laughs'?; TIMELINEKG_MAX_ALIAS_NODES raises the cap)",
                    node.start_mark.line,
                )
        if depth > self.limits.max_depth:
            raise _Limit(f"nested deeper than {self.limits.max_depth} levels through aliases", node.start_mark.line)
        revisited = id(node) in self.seen
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _COLLECTION_TAGS:
            raise _Limit(
                f"unsupported YAML tag {_short_tag(node.tag)} (only plain mappings and lists)", node.start_mark.line
            )
        try:
            if isinstance(node, yaml.MappingNode):
                return self.mapping(node, location, depth)
            if isinstance(node, yaml.SequenceNode):
                return [self.build(child, (*location, index), depth + 1) for index, child in enumerate(node.value)]
            return self.scalar(node)
        finally:
            if revisited:
                self.aliased -= 1

    def mapping(self, node: yaml.MappingNode, location: Location, depth: int) -> dict[str, Any]:
        self.loader.flatten_mapping(node)  # merge keys (<<)
        built: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Limit("a key should be plain text, not a list or mapping", key_node.start_mark.line)
            key = self.scalar(key_node)
            if not isinstance(key, str | int | float | bool) or key is None:
                raise _Limit(f"a key should be plain text, got {key!r}", key_node.start_mark.line)
            key = str(key)
            if key in built:
                raise _Limit(f"duplicate key {key!r}", key_node.start_mark.line)
            built[key] = self.build(value_node, (*location, key), depth + 1)
            self.lines.setdefault((*location, key), value_node.start_mark.line + self.offset)
        return built

    def scalar(self, node: yaml.Node) -> Any:
        try:
            value = self.loader.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as error:
            raise _Limit(f"{error.problem}", node.start_mark.line) from None
        except (ValueError, TypeError, OverflowError) as error:
            raise _Limit(
                f"bad value for tag {_short_tag(node.tag)}: {node.value!r} ({error})", node.start_mark.line
            ) from None
        if isinstance(value, dt.date | dt.datetime):
            return value.isoformat()  # an explicit !!timestamp: checked as a date like any other
        if isinstance(value, bytes | set | tuple):
            raise _Limit(f"unsupported YAML value of tag {_short_tag(node.tag)}", node.start_mark.line)
        return value


# -- JSON ------------------------------------------------------------------------------------------------------
# The pure-Python scanner and its object and array parsers (not in typeshed): wrapping them is the
# standard library's own documented hook (JSONDecoder.parse_object/parse_array) for positions.
_PY_MAKE_SCANNER: Callable[[Any], Any] = json.scanner.py_make_scanner  # type: ignore[attr-defined]
_JSON_OBJECT: Callable[..., tuple[Any, int]] = json.decoder.JSONObject  # type: ignore[attr-defined]
_JSON_ARRAY: Callable[..., tuple[Any, int]] = json.decoder.JSONArray  # type: ignore[attr-defined]


class _JsonProblem(Exception):
    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


class _PositionDecoder(json.JSONDecoder):
    """The standard library's pure-Python decoder, recording where each object and array starts."""

    def __init__(self, max_depth: int) -> None:
        super().__init__(object_pairs_hook=self._pairs, parse_constant=self._constant)
        self.max_depth = max_depth
        self.depth = 0
        self.starts: dict[int, int] = {}
        self.keep: list[Any] = []  # keeps every container alive so that its id() stays its own
        self.duplicate: str | None = None
        self.parse_object = self._object
        self.parse_array = self._array
        self.scan_once = _PY_MAKE_SCANNER(self)

    def _constant(self, name: str) -> Any:
        raise ValueError(f"{name} is not a JSON number")

    def _pairs(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        built: dict[str, Any] = {}
        for key, value in pairs:
            if key in built and self.duplicate is None:
                self.duplicate = key
            built[key] = value
        return built

    def _enter(self, start: int) -> None:
        self.depth += 1
        if self.depth > self.max_depth:
            raise _JsonProblem(f"nested deeper than {self.max_depth} levels (TIMELINEKG_MAX_DEPTH raises it)", start)

    def _object(self, s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
        start = s_and_end[1] - 1
        self._enter(start)
        try:
            value, end = _JSON_OBJECT(s_and_end, *args)
        finally:
            self.depth -= 1
        if self.duplicate is not None:
            raise _JsonProblem(f"duplicate key {self.duplicate!r}", start)
        self.starts[id(value)] = start
        self.keep.append(value)
        return value, end

    def _array(self, s_and_end: tuple[str, int], scan_once: Callable[..., Any]) -> tuple[Any, int]:
        start = s_and_end[1] - 1
        self._enter(start)
        try:
            value, end = _JSON_ARRAY(s_and_end, scan_once)
        finally:
            self.depth -= 1
        self.starts[id(value)] = start
        self.keep.append(value)
        return value, end


def json_tree(text: str, path: str, limits: Limits) -> tuple[Any, dict[Location, int]]:
    """One JSON document and the line of each object and array in it, keyed by its path."""
    decoder = _PositionDecoder(limits.max_depth)
    try:
        value = decoder.decode(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            f"JSON syntax error: {error.msg} (column {error.colno})", path=path, line=error.lineno
        ) from None
    except _JsonProblem as error:
        raise ValidationError(error.message, path=path, line=text.count("\n", 0, error.position) + 1) from None
    except ValueError as error:
        raise ValidationError(f"JSON syntax error: {error}", path=path) from None
    except RecursionError:
        raise ValidationError("nested too deeply (TIMELINEKG_MAX_DEPTH lowers the cap)", path=path) from None
    newlines = _line_starts(text)
    lines: dict[Location, int] = {}

    def walk(node: Any, location: Location) -> None:
        start = decoder.starts.get(id(node))
        if start is not None:
            lines[location] = _line_of(newlines, start)
        if isinstance(node, dict):
            for key, child in node.items():
                walk(child, (*location, key))
        elif isinstance(node, list):
            for index, child in enumerate(node):
                walk(child, (*location, index))

    walk(value, ())
    return value, lines


def _line_starts(text: str) -> list[int]:
    return [found.start() for found in re.finditer("\n", text)]


def _line_of(newlines: list[int], position: int) -> int:
    import bisect

    return bisect.bisect_left(newlines, position) + 1


def check_text(value: Any, path: str, lines: dict[Location, int], location: Location = ()) -> None:
    """Refuse strings no store can hold: lone surrogates (``"\\ud800"`` in JSON or YAML escapes)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValidationError(
                f"{key_path(location) or 'the document'}: lone surrogate U+{ord(value[error.start]):04X} "
                "(escaped UTF-16 halves must come in pairs)",
                path=path,
                line=line_for(lines, location),
            ) from None
    elif isinstance(value, dict):
        for key, child in value.items():
            check_text(key, path, lines, location)
            check_text(child, path, lines, (*location, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            check_text(child, path, lines, (*location, index))


def key_path(location: Location) -> str:
    """``("events", 3, "actors", 0, "name")`` -> ``events[3].actors[0].name``."""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def line_for(lines: dict[Location, int], location: Location) -> int | None:
    """The line of the deepest value on ``location`` that has one."""
    for length in range(len(location), -1, -1):
        line = lines.get(location[:length])
        if line is not None:
            return line
    return None


# -- compressed streams ----------------------------------------------------------------------------------------
class CappedStream(io.RawIOBase):
    """A decompressed stream that stops with a ValidationError past the caps on expanded size and ratio.

    The ratio is checked as the stream is read, against the compressed bytes read
    so far (``consumed``), once past ``limits.ratio_floor_bytes``: a bomb is stopped
    after a megabyte or so, whatever size it claims, while real data (GDELT and
    ACLED compress 5-10 times) never comes near it.
    """

    def __init__(self, inner: IO[bytes], consumed: Callable[[], int], where: str, limits: Limits) -> None:
        super().__init__()
        self.inner = inner
        self.consumed = consumed
        self.where = where
        self.expanded = 0
        self.limits = limits

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        data = self.inner.read(len(view))
        count = len(data)
        view[:count] = data
        self.expanded += count
        limits = self.limits
        if self.expanded > limits.max_expanded_bytes:
            raise ValidationError(
                f"expands to more than {_mib(limits.max_expanded_bytes)} (TIMELINEKG_MAX_EXPANDED_MB raises the cap)",
                path=self.where,
            )
        if self.expanded > limits.ratio_floor_bytes and self.expanded > limits.max_ratio * max(1, self.consumed()):
            raise ValidationError(
                f"expands more than {limits.max_ratio} times ({_mib(self.expanded)} from "
                f"{_mib(self.consumed())} so far): a zip bomb? (TIMELINEKG_MAX_RATIO raises the cap)",
                path=self.where,
            )
        return count
