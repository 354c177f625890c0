"""Reading big delimited dataset files a line at a time, compressed or not.

Shared by the GDELT and ACLED loaders: ``.gz`` and ``.zip`` are read directly
(a zip's members in order), nothing is held beyond the current line, and a
file that stops in the middle (a truncated download) ends the reading with an
error that names the line where it stopped instead of a traceback.
"""

from __future__ import annotations

import gzip
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, cast

from timelinekg.errors import ValidationError
from timelinekg.loaders.safe import MIB, CappedStream, Limits, open_regular
from timelinekg.schema.model import Actor, Event, Facts, Place, Source

# What a truncated or corrupt compressed stream raises while being read.
STREAM_ERRORS = (EOFError, zlib.error, zipfile.BadZipFile, gzip.BadGzipFile, OSError)


def _members(path: Path, limits: Limits | None = None) -> Iterator[tuple[str, IO[bytes]]]:
    """Each readable stream in the file, named for messages: the file, or ``file.zip!member``.

    Only a regular file is opened; a compressed stream stops with an error past
    the caps on its expanded size and ratio (:class:`CappedStream`).
    """
    limits = limits or Limits()
    name = path.name.lower()
    with open_regular(path) as raw:
        if name.endswith(".gz"):
            with gzip.GzipFile(fileobj=raw, mode="rb") as handle:
                yield str(path), _capped(cast(IO[bytes], handle), raw.tell, str(path), limits)
        elif name.endswith(".zip"):
            with zipfile.ZipFile(raw) as archive:
                members = [member for member in archive.infolist() if not member.is_dir()]
                if not members:
                    raise ValidationError("an empty archive: no file in it", path=str(path))
                for member in members:
                    where = f"{path}!{member.filename}"
                    with archive.open(member) as handle:
                        yield where, _capped(handle, _consumed_since(raw, member.header_offset), where, limits)
        else:
            yield str(path), raw


def _consumed_since(raw: IO[bytes], start: int) -> Callable[[], int]:
    """The compressed bytes a zip member has read so far (members share the archive's file)."""
    return lambda: raw.tell() - start


def _capped(handle: IO[bytes], consumed: Callable[[], int], where: str, limits: Limits) -> IO[bytes]:
    return cast(IO[bytes], io.BufferedReader(CappedStream(handle, consumed, where, limits)))


def stream_error(error: BaseException, where: str, line: int) -> ValidationError:
    """The message for a compressed stream that broke off (or a file that could not be read) at ``line``."""
    if isinstance(error, zipfile.BadZipFile):
        return ValidationError(f"not a readable zip archive, truncated or corrupt ({error})", path=where)
    if isinstance(error, EOFError | zlib.error | gzip.BadGzipFile):
        detail = str(error) or type(error).__name__
        return ValidationError(
            f"the file stops in the middle ({detail}); the rows before this line were read", path=where, line=line
        )
    detail = getattr(error, "strerror", None) or str(error)
    return ValidationError(f"cannot read: {detail}", path=where, line=line if line > 1 else None)


def read_lines(path: Path, limits: Limits | None = None) -> Iterator[tuple[str, int, str] | ValidationError]:
    """``(where, line number, text)`` for every line, without its line ending.

    A stream that breaks off yields one :class:`ValidationError` at the line
    where it stopped and ends; lines before it were already yielded.
    """
    limits = limits or Limits()
    where = str(path)
    number = 0
    lines = 0
    try:
        for where, handle in _members(path, limits):
            number = 0
            while raw := handle.readline(limits.max_line_bytes + 1):
                number += 1
                if len(raw) > limits.max_line_bytes:
                    yield ValidationError(
                        f"a line longer than {limits.max_line_bytes // MIB} MiB (TIMELINEKG_MAX_LINE_MB raises it)",
                        path=where,
                        line=number,
                    )
                    return
                text = raw.decode("utf-8", "replace").rstrip("\r\n")
                if text.strip():
                    lines += 1
                yield where, number, text
    except STREAM_ERRORS as error:
        yield stream_error(error, where, number + 1)
        return
    except ValidationError as error:
        yield error if error.line is not None else error.at(line=number + 1)
        return
    if not lines:
        yield ValidationError("empty file: no rows", path=str(path))


def open_text(path: Path, limits: Limits | None = None) -> Iterator[tuple[str, IO[str]]]:
    """Each member as text (UTF-8, a BOM dropped, universal newlines left to the csv module)."""
    for where, handle in _members(path, limits):
        yield where, io.TextIOWrapper(handle, encoding="utf-8-sig", errors="replace", newline="")


def parse_int(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    return int(text)


def parse_float(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    return float(text)


def coordinates(latitude: str, longitude: str, what: str = "coordinates") -> tuple[float | None, float | None]:
    """Latitude and longitude as floats, or a clear error when they are not numbers or out of range."""
    try:
        lat, lon = parse_float(latitude), parse_float(longitude)
    except ValueError:
        raise ValidationError(f"{what} are not numbers: {latitude!r}, {longitude!r}") from None
    if lat is not None and not -90.0 <= lat <= 90.0:
        raise ValidationError(f"{what}: latitude {lat} is out of range (-90..90)")
    if lon is not None and not -180.0 <= lon <= 180.0:
        raise ValidationError(f"{what}: longitude {lon} is out of range (-180..180)")
    return lat, lon


class DatasetBatch:
    """One batch of dataset facts, each source, actor, place and event in it once."""

    def __init__(self) -> None:
        self.sources: dict[str, Source] = {}
        self.actors: dict[str, Actor] = {}
        self.places: dict[str, Place] = {}
        self.events: dict[str, Event] = {}

    def facts(self) -> Facts:
        return Facts(
            list(self.sources.values()),
            list(self.actors.values()),
            list(self.places.values()),
            list(self.events.values()),
        )
