"""Loaders: pure functions from files to facts. They never touch a store.

A loader takes a path and :class:`LoadOptions` and yields, in file order,
either a :class:`~timelinekg.schema.model.Facts` batch (each batch is stored in
one transaction) or a :class:`~timelinekg.errors.ValidationError` naming what
it could not read, so that one bad row or article never stops the rest.

Formats are looked up in a small string-keyed registry and imported only when
used (rdflib's ``plugin.py`` style), so heavy dependencies load only for the
formats that need them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from timelinekg.errors import ValidationError
from timelinekg.loaders.safe import Limits, read_capped
from timelinekg.plugin import load_target
from timelinekg.schema.model import Facts


@dataclass(frozen=True)
class LoadOptions:
    format: str | None = None
    published: dt.date | None = None  # overrides an article's own date
    url: str | None = None  # overrides an article's own url
    # where a fact file's `text:` may point: this folder (default: the fact file's own folder)
    text_root: Path | None = None
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True)
class Notice:
    """Something a loader wants the user to know that is not an error (e.g. triples it skipped)."""

    message: str
    path: str | None = None

    def located(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


LoadResult = Facts | ValidationError | Notice

# Whoever shows progress (the CLI's bar) listens here; dataset loaders tell it every ROW_TICK rows read,
# so that a big file's bar moves between its batches.
ROW_LISTENER: ContextVar[Callable[[int], None] | None] = ContextVar("row_listener", default=None)
ROW_TICK = 1000


def rows_read(count: int) -> None:
    listener = ROW_LISTENER.get()
    if listener is not None:
        listener(count)


Loader = Callable[[Path, LoadOptions], Iterator[LoadResult]]

# format name -> "module:function"
LOADERS: dict[str, str] = {
    "yaml": "timelinekg.loaders.facts:load_fact_file",
    "json": "timelinekg.loaders.facts:load_fact_file",
    # our own RDF read back (timelinekg.loaders.rdf); identity comes from the ids in the file
    "turtle": "timelinekg.loaders.rdf:load_rdf",
    "nt": "timelinekg.loaders.rdf:load_rdf",
    "nquads": "timelinekg.loaders.rdf:load_rdf",
    "trig": "timelinekg.loaders.rdf:load_rdf",
    "jsonld": "timelinekg.loaders.rdf:load_rdf",
    # event datasets (docs/datasets.md); ACLED exports are plain .csv, so only --format acled reads them
    "gdelt": "timelinekg.loaders.gdelt:load_gdelt",
    "acled": "timelinekg.loaders.acled:load_acled",
    # news articles, extracted with spaCy (timelinekg.loaders.articles, docs/extraction.md)
    "text": "timelinekg.loaders.articles:load_text",
    "html": "timelinekg.loaders.articles:load_html",
    "jsonl": "timelinekg.loaders.articles:load_jsonl",
    # what `spark-load` wrote: a folder of Parquet tables named by its manifest (timelinekg.loaders.parquet)
    "parquet-graph": "timelinekg.loaders.parquet:load_parquet_graph",
}

# file extension -> format name
EXTENSIONS: dict[str, str] = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".trig": "trig",
    ".jsonld": "jsonld",
    # GDELT's own file names: 20150218.export.CSV(.zip), 20150218230000.mentions.CSV(.zip)
    ".export.csv": "gdelt",
    ".mentions.csv": "gdelt",
    ".csv.zip": "gdelt",
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".parquet-graph.json": "parquet-graph",
}

# Datasets whose own ids decide identity: stored by id, never merged heuristically.
DATASET_FORMATS: set[str] = {"turtle", "nt", "nquads", "trig", "jsonld", "gdelt", "acled", "parquet-graph"}


def format_for(path: Path, explicit: str | None = None) -> str:
    if explicit:
        if explicit not in LOADERS:
            raise ValidationError(f"unknown format {explicit!r} (known: {', '.join(sorted(LOADERS))})")
        return explicit
    suffixes = "".join(path.suffixes[-2:]).lower()
    for candidate in (suffixes, path.suffix.lower()):
        if candidate in EXTENSIONS:
            return EXTENSIONS[candidate]
    known = ", ".join(sorted(EXTENSIONS))
    raise ValidationError(f"unknown file extension {path.suffix or '(none)'!r} (known: {known})", path=str(path))


def loader_for(format_name: str) -> Loader:
    loader: Loader = load_target(LOADERS[format_name])
    return loader


CURATED_FORMATS = ("yaml", "json")


def expand_paths(paths: list[Path]) -> Iterator[tuple[Path, bool]]:
    """Files to load, with whether the user named each one (folders are read recursively).

    Within a folder, curated fact files come first: the first report of an event
    gives the merged event its id and label, and hand-written ones are the best.
    """
    for path in paths:
        if path.is_dir():
            children = [
                child
                for child in path.rglob("*")
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts)
            ]
            children.sort(key=lambda child: (EXTENSIONS.get(child.suffix.lower()) not in CURATED_FORMATS, child))
            for child in children:
                yield child, False
        else:
            yield path, True


def read_text(path: Path, limits: Limits | None = None) -> str:
    """A regular file's text exactly as stored (no newline translation), within the size cap, or a clear error."""
    return decode_text(read_capped(path, limits or Limits()), str(path))


def decode_text(data: bytes, origin: str) -> str:
    """A file's bytes as text exactly as stored, or why they are not text (empty, binary, not UTF-8)."""
    if not data.strip():
        raise ValidationError("empty file", path=origin)
    if b"\x00" in data[:8192]:
        raise ValidationError("binary file, not text", path=origin)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ValidationError(f"invalid UTF-8 at byte {error.start}", path=origin, line=line) from None


def load_file(path: Path, options: LoadOptions) -> Iterator[LoadResult]:
    try:
        format_name = format_for(path, options.format)
    except ValidationError as error:
        yield error.at(path=str(path))
        return
    yield from loader_for(format_name)(path, options)
