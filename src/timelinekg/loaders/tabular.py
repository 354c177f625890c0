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
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from timelinekg.errors import ValidationError
from timelinekg.schema.model import Actor, Event, Facts, Place, Source

# What a truncated or corrupt compressed stream raises while being read.
STREAM_ERRORS = (EOFError, zlib.error, zipfile.BadZipFile, gzip.BadGzipFile, OSError)


def _members(path: Path) -> Iterator[tuple[str, IO[bytes]]]:
    """Each readable stream in the file, named for messages: the file, or ``file.zip!member``."""
    name = path.name.lower()
    if name.endswith(".gz"):
        with gzip.open(path, "rb") as handle:
            yield str(path), cast(IO[bytes], handle)
    elif name.endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                if member.is_dir():
                    continue
                with archive.open(member) as handle:
                    yield f"{path}!{member.filename}", handle
    else:
        with path.open("rb") as handle:
            yield str(path), handle


def stream_error(error: BaseException, where: str, line: int) -> ValidationError:
    """The message for a compressed stream that broke off (or a file that could not be read) at ``line``."""
    if isinstance(error, EOFError | zlib.error | zipfile.BadZipFile | gzip.BadGzipFile):
        detail = str(error) or type(error).__name__
        return ValidationError(
            f"the file stops in the middle ({detail}); the rows before this line were read", path=where, line=line
        )
    detail = getattr(error, "strerror", None) or str(error)
    return ValidationError(f"cannot read: {detail}", path=where, line=line if line > 1 else None)


def read_lines(path: Path) -> Iterator[tuple[str, int, str] | ValidationError]:
    """``(where, line number, text)`` for every line, without its line ending.

    A stream that breaks off yields one :class:`ValidationError` at the line
    where it stopped and ends; lines before it were already yielded.
    """
    where = str(path)
    number = 0
    try:
        for where, handle in _members(path):
            number = 0
            for raw in handle:
                number += 1
                yield where, number, raw.decode("utf-8", "replace").rstrip("\r\n")
    except STREAM_ERRORS as error:
        yield stream_error(error, where, number + 1)


def open_text(path: Path) -> Iterator[tuple[str, IO[str]]]:
    """Each member as text (UTF-8, a BOM dropped, universal newlines left to the csv module)."""
    for where, handle in _members(path):
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
