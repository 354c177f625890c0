"""Answers as tables, JSON, CSV or Markdown: the shapes the CLI prints."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from timelinekg.queries import EventView

FORMATS = ("table", "json", "csv", "markdown")
EVENT_COLUMNS = ("earliest", "latest", "precision", "type", "label", "actors", "places", "sources", "id")


def date_text(row: dict[str, Any]) -> tuple[str, str]:
    return row["earliest"] or "?", row["latest"] or "?"


def event_row(view: EventView) -> dict[str, str]:
    data: dict[str, Any] = view.as_json()
    earliest, latest = date_text(data)
    return {
        "earliest": earliest,
        "latest": latest,
        "precision": (f"reported by {data['reported_by']}" if data.get("reported_by") else data["precision"])
        + (" (conflict)" if data["date_conflict"] else ""),
        "type": data["type"],
        "label": data["label"],
        "actors": "; ".join(f"{a['name']} ({a['role']})" for a in data["actors"]),
        "places": "; ".join(p["name"] for p in data["places"]),
        "sources": "; ".join(dict.fromkeys(s["title"] or s["url"] or s["id"] for s in data["sources"])),
        "id": data["id"],
    }


def write_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, out: TextIO, title: str = "") -> None:
    """Write plain rows (one dict per row) in a tabular format."""
    rows = list(rows)
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "markdown":
        out.write("| " + " | ".join(columns) + " |\n")
        out.write("|" + "---|" * len(columns) + "\n")
        for row in rows:
            cells = (str(row.get(c, "")).replace("|", "\\|").replace("\n", " ") for c in columns)
            out.write("| " + " | ".join(cells) + " |\n")
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title or None, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(str(row.get(c, "")) for c in columns))
        Console(file=out, width=None if out.isatty() else 200).print(table)


def write_events(views: Iterable[EventView], fmt: str, out: TextIO, title: str = "") -> None:
    if fmt == "json":
        # Streamed so that a large answer never sits whole in memory.
        out.write("[")
        for index, view in enumerate(views):
            out.write(",\n" if index else "\n")
            out.write(json.dumps(view.as_json(), ensure_ascii=False))
        out.write("\n]\n")
        return
    write_rows((event_row(v) for v in views), EVENT_COLUMNS, fmt, out, title)


def event_detail(view: EventView) -> str:
    """One event with every source and quote, for ``show``."""
    data: dict[str, Any] = view.as_json()
    earliest, latest = date_text(data)
    lines = [
        f"{data['label']}",
        f"  id:        {data['id']}",
        f"  type:      {data['type']}",
        f"  when:      {earliest} .. {latest} ("
        + (f"reported by {data['reported_by']}" if data.get("reported_by") else data["precision"])
        + ")"
        + ("  CONFLICTING REPORTS" if data["date_conflict"] else ""),
    ]
    for actor in data["actors"]:
        lines.append(f"  actor:     {actor['name']} ({actor['role']})")
    for place in data["places"]:
        parent = f", {place['parent']}" if place.get("parent") else ""
        lines.append(f"  place:     {place['name']}{parent}")
    for source in data["sources"]:
        claimed = source["claimed_earliest"] or "?"
        if source["claimed_latest"] != source["claimed_earliest"]:
            claimed += f" .. {source['claimed_latest'] or '?'}"
        lines.append(
            f"  source:    {source['title'] or source['id']} ({source['published'] or 'undated'}) {source['url']}"
        )
        lines.append(f"    claims:  {claimed}   at {source['start']}..{source['end']}")
        lines.append(f"    quote:   “{source['quote']}”")
    titles = {s["id"]: s["title"] or s["id"] for s in data["sources"]}
    for evidence in data["attributes"].get("merge_evidence") or ():
        # the merge rule writes source ids; a reader wants the titles
        for source_id, title in titles.items():
            evidence = evidence.replace(source_id, title)
        lines.append(f"  joined:    {evidence}")
    return "\n".join(lines)
