"""An interactive timeline as one self-contained, offline HTML page.

The page's data is the JSON ``between --format json`` prints, written as tables
of columns with each actor, place and source once (:func:`compact`; 20,000 events
would otherwise repeat the same names and titles into tens of megabytes, and
take JSON.parse several times longer).  The renderer
is our own plain JavaScript and CSS (``timeline.js``, ``timeline.css`` and
``page.html`` beside this module), inlined at export, so the page makes no
request to any other host and the package needs no third-party web code.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import zlib
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any

from timelinekg.errors import ValidationError
from timelinekg.queries import EventView

LANES = ("actor", "type", "place", "none")
# Keys of a ``between`` source record that describe the source itself; the rest describe the mention.
SOURCE_KEYS = ("title", "url", "publisher", "published")
TABLES = ("events", "participants", "event_places", "mentions", "actors", "places", "sources")
DATA_ELEMENT_ID = "timelinekg-data"
# The sources and quotes are needed only when a reader opens an event: they sit in an element of their
# own, which the page parses on the first click instead of before the first drawing.
SOURCES_ELEMENT_ID = "timelinekg-sources"
SOURCE_TABLES = ("mentions", "sources")
PAGE_FORMAT = "timelinekg-timeline/1"

# Inside <script type="application/json"> the HTML parser only looks for "</script" and "<!--", but an
# escaped "<" rules both out, and escaping ">", "&" and the two JavaScript line separators keeps the text
# safe wherever else it may be pasted.  JSON.parse reads the escapes back as the same characters.
_SCRIPT_SAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))
# Above this size the data goes into the page deflated (and base64-encoded): 20,000 events are about
# 20 MB of JSON, 3.4 MB so.  Smaller pages keep readable JSON.
DEFLATE_ABOVE = 2_000_000


def _present(value: Any) -> bool:
    return value is not None and value != [] and value != {} and value is not False


def _column(values: list[Any]) -> Any:
    """One column of a table: the list itself, or a constant, or distinct values and a code per row.

    Columns whose values repeat (types, roles, publishers, dates, load times) shrink to a list of small
    numbers; JSON.parse reads those several times faster than the same text.
    """
    keys = [(type(v), v) if isinstance(v, str | int | float | bool | type(None)) else json.dumps(v) for v in values]
    codes: dict[Any, int] = {}
    column = [codes.setdefault(key, len(codes)) for key in keys]
    if len(codes) == 1 and values:
        return {"constant": values[0]}
    if len(codes) * 2 <= len(values):
        distinct: dict[int, Any] = {}
        for code, value in zip(column, values, strict=True):
            distinct.setdefault(code, value)
        return {"values": [distinct[code] for code in range(len(codes))], "codes": column}
    return values


class _Table:
    """Rows of dicts written as columns, one per key, in the order keys were first seen."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.keys: dict[str, None] = {}
        self.index: dict[str, int] = {}

    def add(self, row: dict[str, Any]) -> int:
        self.keys.update(dict.fromkeys(row))
        self.rows.append(row)
        return len(self.rows) - 1

    def add_once(self, key: str, row: dict[str, Any]) -> int:
        if key not in self.index:
            self.index[key] = self.add(row)
        return self.index[key]

    def as_json(self) -> dict[str, Any]:
        return {
            "length": len(self.rows),
            "columns": {key: _column([row.get(key) for row in self.rows]) for key in self.keys},
        }


def compact(events: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """``between`` records as tables of columns: each actor, place and source once, events point to them.

    An event's ``actors``, ``places`` and ``sources`` columns hold how many rows it has, in order, in the
    ``participants``, ``event_places`` and ``mentions`` tables; those rows point into ``actors``, ``places``
    and ``sources`` by row number.  Nothing is left out: the tests read the records back whole.
    """
    tables = {name: _Table() for name in TABLES}
    for record in events:
        event = {k: v for k, v in record.items() if k not in ("actors", "places", "sources")}
        event["actors"] = len(record["actors"])
        event["places"] = len(record["places"])
        event["sources"] = len(record["sources"])
        tables["events"].add(event)
        for actor in record["actors"]:
            actor_row = {k: v for k, v in actor.items() if k != "role"}
            actor_index = tables["actors"].add_once(actor["id"], actor_row)
            tables["participants"].add({"actor": actor_index, "role": actor["role"]})
        for place in record["places"]:
            tables["event_places"].add({"place": tables["places"].add_once(place["id"], place)})
        for mention in record["sources"]:
            source_row = {k: mention[k] for k in ("id", *SOURCE_KEYS) if k in mention}
            source_index = tables["sources"].add_once(mention["id"], source_row)
            tables["mentions"].add(
                {"source": source_index, **{k: v for k, v in mention.items() if k not in source_row}}
            )
    return {name: table.as_json() for name, table in tables.items()}


def script_json(data: Any) -> str:
    """JSON that can stand inside a <script> element: no character in it can end the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for character, escape in _SCRIPT_SAFE:
        text = text.replace(character, escape)
    return text


def embedded_data(document: dict[str, Any], deflate_above: int = DEFLATE_ABOVE) -> str:
    """The text of the page's data element: the document, deflated when it is large."""
    text = script_json(document)
    if len(text) <= deflate_above:
        return text
    packed = base64.b64encode(zlib.compress(text.encode("utf-8"), 6)).decode("ascii")
    return script_json({"format": document["format"], "deflate": packed})


def _asset(name: str) -> str:
    return files(__name__).joinpath(name).read_text(encoding="utf-8")


def render_page(
    views: Iterable[EventView],
    *,
    start: dt.date,
    end: dt.date,
    lanes: str = "actor",
    filters: dict[str, Any] | None = None,
    title: str | None = None,
    deflate_above: int = DEFLATE_ABOVE,
) -> str:
    """The whole page: template, style, script and data in one string."""
    if lanes not in LANES:
        raise ValidationError(f"unknown lanes {lanes!r} (known: {', '.join(LANES)})")
    document = compact(view.as_json() for view in views)
    heading = title or f"Timeline {start.isoformat()} .. {end.isoformat()}"
    sources = {"format": PAGE_FORMAT, **{name: document.pop(name) for name in SOURCE_TABLES}}
    document["format"] = PAGE_FORMAT
    document["meta"] = {
        "title": heading,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "lanes": lanes,
        "filters": {k: v for k, v in (filters or {}).items() if _present(v)},
    }
    script = _asset("timeline.js")
    style = _asset("timeline.css")
    # The inlined code must not be able to close its own element early.
    if "</script" in script.lower() or "</style" in style.lower():
        raise AssertionError("timeline assets must not contain a closing script or style tag")
    page = _asset("page.html")
    replacements = {
        "{{title}}": html.escape(heading),
        "{{style}}": style,
        "{{data_id}}": DATA_ELEMENT_ID,
        "{{data}}": embedded_data(document, deflate_above),
        "{{sources_id}}": SOURCES_ELEMENT_ID,
        "{{sources}}": embedded_data(sources, deflate_above),
        "{{script}}": script,
    }
    # One pass in template order, so that text substituted earlier is never searched again.
    parts: list[str] = []
    rest = page
    for marker, value in replacements.items():
        before, found, rest = rest.partition(marker)
        if not found:
            raise AssertionError(f"page.html lacks {marker}")
        parts.extend((before, value))
    parts.append(rest)
    return "".join(parts)


def write_page(path: Path, page: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8", newline="\n")
    return path.resolve()
