"""An interactive timeline as one self-contained, offline HTML page.

The page's data is the JSON ``between --format json`` prints, with each actor,
place and source written once in a table instead of once per event (20,000
events would otherwise repeat the same names and titles into tens of megabytes);
:func:`expand` turns it back into exactly the ``between`` records.  The renderer
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
DATA_ELEMENT_ID = "timelinekg-data"
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


def compact(events: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """``between`` records with each actor, place and source given once, by id; empty values left out."""
    actors: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    sources: dict[str, dict[str, Any]] = {}
    compacted: list[dict[str, Any]] = []
    for record in events:
        event = {k: v for k, v in record.items() if k not in ("actors", "places", "sources") and _present(v)}
        event["actors"] = []
        for actor in record["actors"]:
            actors.setdefault(actor["id"], {k: v for k, v in actor.items() if k not in ("id", "role") and _present(v)})
            event["actors"].append([actor["id"], actor["role"]])
        event["places"] = []
        for place in record["places"]:
            places.setdefault(place["id"], {k: v for k, v in place.items() if k != "id" and _present(v)})
            event["places"].append(place["id"])
        event["sources"] = []
        for mention in record["sources"]:
            sources.setdefault(mention["id"], {k: mention[k] for k in SOURCE_KEYS if _present(mention.get(k))})
            event["sources"].append({k: v for k, v in mention.items() if k not in SOURCE_KEYS and _present(v)})
        compacted.append(event)
    return {"actors": actors, "places": places, "sources": sources, "events": compacted}


def expand(document: dict[str, Any], template: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``between`` records back from :func:`compact`; ``template`` is one full record, for the absent keys.

    The page does the same in JavaScript; this is how the tests check that nothing is lost.
    """
    empty_event = {k: _empty(v) for k, v in template.items()}
    empty_actor = {k: None for k in template["actors"][0]} if template["actors"] else {}
    empty_place = {k: None for k in template["places"][0]} if template["places"] else {}
    empty_source = {k: _empty(v) for k, v in template["sources"][0].items()} if template["sources"] else {}
    records = []
    for event in document["events"]:
        record = {**empty_event, **event}
        record["actors"] = [
            {**empty_actor, "name": actor_id, **document["actors"][actor_id], "id": actor_id, "role": role}
            for actor_id, role in event["actors"]
        ]
        record["places"] = [
            {**empty_place, "name": place_id, **document["places"][place_id], "id": place_id}
            for place_id in event["places"]
        ]
        record["sources"] = [
            {**empty_source, **document["sources"][mention["id"]], **mention} for mention in event["sources"]
        ]
        records.append(record)
    return records


def _empty(value: Any) -> Any:
    if isinstance(value, bool):
        return False
    if isinstance(value, list):
        return []
    if isinstance(value, dict):
        return {}
    return None


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
