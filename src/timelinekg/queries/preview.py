"""What ``timelinekg extract`` prints: the events a file would give, resolved, without a store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from timelinekg.errors import ValidationError
from timelinekg.loaders import LoadOptions, format_for, loader_for
from timelinekg.schema.model import Facts


def preview(path: Path, options: LoadOptions) -> tuple[list[dict[str, Any]], list[str]]:
    """The events as ``between --format json`` shows them, and the problems met, in file order."""
    from timelinekg.queries import EventView

    events: list[dict[str, Any]] = []
    problems: list[str] = []
    try:
        loader = loader_for(format_for(path, options.format))
    except ValidationError as error:
        return [], [error.at(path=str(path)).located()]
    for result in loader(path, options):
        if isinstance(result, ValidationError):
            problems.append(result.located())
            continue
        if not isinstance(result, Facts):
            continue
        actors = {a.id: a for a in result.actors}
        places = {p.id: p for p in result.places}
        sources = {s.id: s for s in result.sources}
        for event in sorted(result.events, key=lambda e: (e.earliest is None, e.earliest or e.latest, e.id)):
            events.append(EventView(event, actors, places, sources).as_json())
    return events, problems
