"""``push --bulk``'s files, written by SQLite, hold exactly the rows of the readable export."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from tests.conftest import SEED_FACTS
from tests.test_neo4j_import import _window_events
from timelinekg.cli import cli
from timelinekg.exporters.neo4j_bulk_files import DELIMITER, QUOTE, header, write_bulk_files
from timelinekg.exporters.neo4j_import import HEADERS, LABELS_KEY, write_import_files
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source

Row = tuple[str | None, ...]


def records(text: str, delimiter: str, quote: str) -> list[Row]:
    """CSV records as neo4j-admin reads them: an empty field is unset (None), a quoted one a string."""
    rows: list[Row] = []
    row: list[str | None] = []
    at = 0
    while at < len(text):
        if text[at] == quote:
            parts = []
            start = at + 1
            while True:
                end = text.index(quote, start)
                parts.append(text[start:end])
                if text[end + 1 : end + 2] == quote:
                    parts.append(quote)
                    start = end + 2
                    continue
                at = end + 1
                break
            row.append("".join(parts))
        else:
            end = at
            while end < len(text) and text[end] not in (delimiter, "\n"):
                end += 1
            row.append(text[at:end] or None)
            at = end
        if text[at] == delimiter:
            at += 1
            if text[at] == "\n":  # an unset last value
                row.append(None)
            else:
                continue
        rows.append(tuple(row))
        row = []
        at += 1
    return rows


def rows_by_column(folder: Path, name: str, columns: tuple[str, ...], delimiter: str, quote: str) -> Counter[Row]:
    """The rows of ``name``'s data files, as values of ``columns`` (the header's others dropped)."""
    found = records((folder / f"{name}-header.csv").read_text(encoding="utf-8"), delimiter, quote)[0]
    picked = [found.index(column) for column in columns]
    rows: Counter[Row] = Counter()
    for data in sorted(folder.glob(f"{name}*.csv")):
        if data.name.endswith("-header.csv"):
            continue
        for row in records(data.read_text(encoding="utf-8"), delimiter, quote):
            assert len(row) == len(found), (name, row)
            rows[tuple(row[i] for i in picked)] += 1
    return rows


def tricky_facts() -> Facts:
    """Values that hold the delimiters, quotes and line breaks of both encodings, and empty strings."""
    odd = ["plain", 'say "hi", then', "a\x1eb", "c\x1dd", "\x1d\x1d", "Ummitorstan", "", "x\ny", "tab\there"]
    sources = [
        Source(f"s{n}", title, "" if n % 2 else f"https://x.example/{n}", title, None) for n, title in enumerate(odd)
    ]
    actors = [Actor("a1", "A \x1d one", "person", aliases=("A1", 'the "A"')), Actor("a2", "B", "other")]
    places = [Place("p0", "Land", "country"), Place("p1", "Town, \x1e", "city", 1.5, -2.25, parent_id="p0")]
    events = [
        Event(
            f"e{n}",
            "meeting",
            label,
            dt.date(2024, 1, 1 + n),
            dt.date(2024, 1, 2 + n),
            participants=(Participation("a1", "agent"), Participation("a2", label)),
            place_ids=("p1",),
            mentions=(Mention(f"s{n}", label, 0, len(label)),),
            disputes=("e0",) if n else (),
        )
        for n, label in enumerate(odd)
    ]
    return Facts(sources=sources, actors=actors, places=places, events=events)


def _compare(store: SQLiteStore, tmp_path: Path) -> None:
    readable = write_import_files(store, tmp_path / "readable", parts=1)
    bulk = write_bulk_files(store, tmp_path / "bulk", processes=1)
    assert readable.counts == bulk.counts
    for name in HEADERS:
        columns = header(name)
        if name == "actors":
            columns = tuple(c for c in columns if c != LABELS_KEY)
        assert columns == tuple(c for c in HEADERS[name] if c not in (LABELS_KEY, ":TYPE"))
        expected = rows_by_column(readable.directory, name, columns, ",", '"')
        written = rows_by_column(bulk.directory, name, columns, DELIMITER, QUOTE)
        assert written == expected, name


def test_the_bulk_files_hold_the_readable_exports_rows(tmp_path: Path) -> None:
    store_path = tmp_path / "store.db"
    assert CliRunner().invoke(cli, ["--store", str(store_path), "load", str(SEED_FACTS)]).exit_code == 0
    with SQLiteStore(store_path) as store:
        store.write(Facts(events=_window_events()))
        _compare(store, tmp_path)
        files = write_bulk_files(store, tmp_path / "again")
    assert not files.careful and not files.multiline
    assert "--delimiter=U+001E" in files.arguments() and "--multiline-fields=false" in files.arguments()


def test_values_holding_the_delimiter_quote_or_a_line_break_are_written_quoted(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "store.db") as store:
        store.write(tricky_facts())
        _compare(store, tmp_path)
        files = write_bulk_files(store, tmp_path / "again")
    # every file whose text values hold one of them, and only those, was written again with each quoted
    assert files.careful == {"events", "sources", "reported_by", "participated_in"}
    assert files.multiline == {"events", "sources", "reported_by", "participated_in"}
    assert f"--multiline-fields={files.directory / 'events.csv'}," in " ".join(files.arguments())
    assert (files.directory / "took_place_in.csv").read_text(encoding="utf-8").count(QUOTE) == 0
