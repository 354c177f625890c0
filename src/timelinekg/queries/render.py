"""Answers as tables, JSON, CSV or Markdown: the shapes the CLI prints."""

from __future__ import annotations

import csv
import json
import os
import shutil
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from timelinekg.queries import EventView

EVENT_COLUMNS = ("earliest", "latest", "precision", "status", "type", "label", "actors", "places", "sources", "id")


def precision_text(data: dict[str, Any]) -> str:
    """How exact the dates are; an undated event bounded by its report says by which day, a scheduled one
    that it is planned (it had not happened when reported)."""
    text = f"reported by {data['reported_by']}" if data.get("reported_by") else str(data["precision"])
    return text + (" · planned" if (data.get("attributes") or {}).get("planned") else "")


def date_text(row: dict[str, Any]) -> tuple[str, str]:
    return row["earliest"] or "?", row["latest"] or "?"


def event_row(view: EventView) -> dict[str, str]:
    data: dict[str, Any] = view.as_json()
    earliest, latest = date_text(data)
    return {
        "earliest": earliest,
        "latest": latest,
        "precision": precision_text(data) + (" (conflict)" if data["date_conflict"] else ""),
        "status": data["status"],
        "type": data["type"],
        "label": data["label"],
        "actors": "; ".join(f"{a['name']} ({a['role']})" for a in data["actors"]),
        "places": "; ".join(p["name"] for p in data["places"]),
        "sources": "; ".join(dict.fromkeys(s["title"] or s["url"] or s["id"] for s in data["sources"])),
        "id": data["id"],
    }


def cell(value: Any) -> str:
    """A value as a table, CSV or Markdown cell: no Python spellings (None, False, [...]) leak out."""
    if value is None or value is False:
        return ""
    if value is True:
        return "yes"
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}:{cell(v)}" for k, v in value.items())
    return str(value)


def output_width(out: TextIO) -> int:
    """The terminal's width (or $COLUMNS); 120 when writing to a file or pipe."""
    if out.isatty() or "COLUMNS" in os.environ:
        return shutil.get_terminal_size((120, 24)).columns
    return 120


# Characters that JSON leaves raw but str.splitlines (and some JSONL readers) take for line ends.
LINE_BREAKS_JSON_KEEPS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def write_jsonl(records: Iterable[Any], out: TextIO) -> int:
    """One JSON object per line, written as it comes; returns how many."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str).translate(LINE_BREAKS_JSON_KEEPS))
        out.write("\n")
        count += 1
    return count


def write_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, out: TextIO, title: str = "") -> int:
    """Write plain rows (one dict per row) in a tabular format; returns how many rows."""
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    rows = list(rows)
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([cell(row.get(c)) for c in columns] for row in rows)
    elif fmt == "markdown":
        out.write("| " + " | ".join(columns) + " |\n")
        out.write("|" + "---|" * len(columns) + "\n")
        for row in rows:
            cells = (cell(row.get(c)).replace("|", "\\|").replace("\n", " ") for c in columns)
            out.write("| " + " | ".join(cells) + " |\n")
    else:
        text_rows = [[cell(row.get(c)) for c in columns] for row in rows]
        print_table(columns, text_rows, out, title)
    return len(rows)


# Columns whose values must never wrap (dates, numbers): they keep their natural width.
UNBROKEN_COLUMNS = {"earliest", "latest", "when", "gap_days", "shared_events", "published", "latitude", "longitude"}


def column_widths(columns: Sequence[str], rows: Sequence[Sequence[str]], available: int) -> list[int]:
    """Widths that fit ``available`` characters.

    Unbroken columns (dates, numbers) get their widest line.  Text columns get their widest line when
    everything fits; otherwise each starts from its longest word (so words do not break; shrunk together
    only when the words alone cannot fit) and the room left is shared in proportion to what each lacks.
    """
    fixed: dict[int, int] = {}
    natural: dict[int, int] = {}
    minimum: dict[int, int] = {}
    for index, column in enumerate(columns):
        values = [row[index] for row in rows]
        widest = max((len(line) for value in values for line in value.splitlines()), default=0)
        if column in UNBROKEN_COLUMNS:
            fixed[index] = max(len(column), widest)
            continue
        longest_word = max((len(word) for value in values for word in value.split()), default=0)
        natural[index] = max(len(column), widest)
        minimum[index] = min(natural[index], max(len(column), longest_word))
    room = max(available - sum(fixed.values()), 4 * len(natural))
    if sum(natural.values()) <= room:
        return [fixed.get(i, natural.get(i, 1)) for i in range(len(columns))]
    while sum(minimum.values()) > room:
        widest_column = max(minimum, key=lambda i: minimum[i])
        minimum[widest_column] -= 1
    # Water-filling: the narrowest column still below its natural width gets the next character, so
    # short columns (names, kinds) are whole and the long ones (labels, quotes) share what is left.
    widths = dict(minimum)
    for _ in range(room - sum(widths.values())):
        growing = [i for i in widths if widths[i] < natural[i]]
        if not growing:
            break
        widths[min(growing, key=lambda i: widths[i])] += 1
    return [fixed.get(i, widths.get(i, 1)) for i in range(len(columns))]


def print_table(columns: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO, title: str = "") -> None:
    """A table that fits the output's width, wrapping text between words (inside a word only when the
    word is wider than its column could ever be) and never wrapping dates or numbers."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    shown = [i for i in range(len(columns)) if any(row[i] for row in rows)] or list(range(len(columns)))
    if len(shown) < len(columns):  # a column with nothing in it (no conflicts, no aliases) takes no room
        columns = [columns[i] for i in shown]
        rows = [[row[i] for i in shown] for row in rows]
    width = output_width(out)
    table = Table(title=title or None, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    # Two characters per column go to the box's edges and the gaps between columns; one spare keeps
    # a terminal from wrapping a full line.
    widths = column_widths(columns, rows, width - 2 * len(columns) - 1)
    for column, column_width in zip(columns, widths, strict=True):
        table.add_column(column, width=column_width, no_wrap=column in UNBROKEN_COLUMNS, overflow="fold")
    for row in rows:
        table.add_row(*row)
    Console(file=out, width=width, highlight=False, soft_wrap=False).print(table)


def shortened(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def when_text(data: dict[str, Any]) -> str:
    """An event's dates as two unbroken lines at most, with its precision when it is not a day."""
    if data.get("reported_by"):
        return precision_text(data)
    earliest, latest = date_text(data)
    when = earliest if earliest == latest else f"{earliest}\n..{latest}"
    if data["precision"] != "day":
        when += f"\n({data['precision']})"
    if data["date_conflict"]:
        when += "\nconflict"
    if (data.get("attributes") or {}).get("planned"):
        when += "\nplanned"
    return when


def event_table_row(data: dict[str, Any], quote_limit: int) -> list[str]:
    """when / event (label, type and id) / who and where / first source (shortened quote and publisher) and status."""
    who = ", ".join(f"{a['name']} ({a['role']})" for a in data["actors"])
    where = ", ".join(p["name"] for p in data["places"])
    source = ""
    if data["sources"]:
        first = data["sources"][0]
        quote = f"“{shortened(first['quote'], quote_limit)}”" if first["quote"] else ""
        by = first["publisher"] or first["url"] or shortened(first["title"] or first["id"], 40)
        more = len(data["sources"]) - 1
        source = "\n".join(part for part in (quote, f"— {by}" + (f" (+{more} more)" if more else "")) if part)
    source = "\n".join(part for part in (source, data["status"]) if part)
    return [
        when_text(data),
        f"{data['label']}\n{data['type']} · {data['id']}",
        "\n".join(part for part in (who, f"in {where}" if where else "") if part),
        source,
    ]


EVENT_TABLE_COLUMNS = ("when", "event", "who, where", "reported")


def write_event_table(views: Iterable[EventView], out: TextIO, title: str = "") -> int:
    quote_limit = 40 if output_width(out) < 100 else 90
    rows = [event_table_row(view.as_json(), quote_limit) for view in views]
    if rows:
        print_table(EVENT_TABLE_COLUMNS, rows, out, title)
    return len(rows)


def write_events(views: Iterable[EventView], fmt: str, out: TextIO, title: str = "") -> int:
    """Events in a format; returns how many were written."""
    if fmt == "jsonl":
        return write_jsonl((view.as_json() for view in views), out)
    if fmt == "json":
        # Streamed so that a large answer never sits whole in memory.
        out.write("[")
        count = 0
        for count, view in enumerate(views, 1):
            out.write(",\n" if count > 1 else "\n")
            out.write(json.dumps(view.as_json(), ensure_ascii=False))
        out.write("\n]\n" if count else "]\n")
        return count
    if fmt == "table":
        return write_event_table(views, out, title)
    return write_rows((event_row(v) for v in views), EVENT_COLUMNS, fmt, out, title)


def standing_text(data: dict[str, Any]) -> str:
    """ "reported by N publishers, confirmed by ..., disputed by ...": the evidence behind a status."""
    count = data["publishers"]
    parts = [f"reported by {count} publisher{'' if count == 1 else 's'}"]
    if data["confirmed_by"]:
        parts.append("confirmed by " + ", ".join(data["confirmed_by"]))
    if data["disputed_by"]:
        parts.append("disputed by " + ", ".join(data["disputed_by"]))
    return ", ".join(parts)


def event_detail(view: EventView) -> str:
    """One event with every source and quote, for ``show``."""
    data: dict[str, Any] = view.as_json()
    earliest, latest = date_text(data)
    lines = [
        f"{data['label']}",
        f"  id:        {data['id']}",
        f"  type:      {data['type']}",
        f"  when:      {earliest} .. {latest} ("
        + precision_text(data)
        + ")"
        + ("  CONFLICTING REPORTS" if data["date_conflict"] else ""),
    ]
    for actor in data["actors"]:
        lines.append(f"  actor:     {actor['name']} ({actor['role']})")
    for place in data["places"]:
        parent = f", {place['parent']}" if place.get("parent") else ""
        lines.append(f"  place:     {place['name']}{parent}")
    lines.append(f"  status:    {data['status']}: {standing_text(data)}")
    # every claim in publication order: what was said first comes first
    for source in sorted(data["sources"], key=lambda s: s["published"] or "9999"):
        claimed = source["claimed_earliest"] or "?"
        if source["claimed_latest"] != source["claimed_earliest"]:
            claimed += f" .. {source['claimed_latest'] or '?'}"
        lines.append(
            f"  source:    {source['title'] or source['id']} ({source['published'] or 'undated'}) {source['url']}"
        )
        lines.append(f"    claims:  {claimed}   at {source['start']}..{source['end']}")
        lines.append(f"    quote:   “{source['quote']}”")
    for disputed in data["disputes"]:
        lines.append(f"  disputes:  {disputed}")
    for disputing in data["disputed_by"]:
        lines.append(f"  disputed by: {disputing}")
    for confirming in data["confirmed_by"]:
        lines.append(f"  confirmed by: {confirming}")
    titles = {s["id"]: s["title"] or s["id"] for s in data["sources"]}
    for evidence in data["attributes"].get("merge_evidence") or ():
        # the merge rule writes source ids; a reader wants the titles
        for source_id, title in titles.items():
            evidence = evidence.replace(source_id, title)
        lines.append(f"  joined:    {evidence}")
    dated_by_context = data["attributes"].get("dated_by_context")
    if dated_by_context:  # no date of its own: the day its narration is set on bounds it (nlp/extract/dating.py)
        lines.append(f"  dated by:  {dated_by_context}, to its report")
    place_basis = data["attributes"].get("place_basis")
    if place_basis:  # no place in its own sentence: taken from the article (nlp/extract/event_places.py)
        lines.append(f"  placed by: {place_basis}")
    bounded_by = data["attributes"].get("bounded_by")
    if bounded_by:  # an undated report bounded below by the event it answers (schema/coreference.py)
        lines.append(f"  not before: {bounded_by}")
    return "\n".join(lines)
