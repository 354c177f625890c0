"""What ``timelinekg extract`` prints: the events a file would give, resolved, without the user's store."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from timelinekg.loaders import LoadOptions


def preview(path: Path, options: LoadOptions) -> tuple[list[dict[str, Any]], list[str]]:
    """The events as ``between --format json`` shows them, and the problems met, in date order.

    The file is loaded into a throw-away embedded store, so that the preview is what ``load`` would
    store: reports of one event within the article are merged, and back-references folded, exactly
    as a load does, instead of being listed once per sentence.
    """
    from timelinekg.graph.base import EventQuery
    from timelinekg.graph.ingest import load_paths
    from timelinekg.graph.sqlite import open_sqlite_store
    from timelinekg.queries import resolve

    with tempfile.TemporaryDirectory(prefix="timelinekg-extract-") as folder:
        store = open_sqlite_store(str(Path(folder) / "preview.db"))
        try:
            report = load_paths(store, [path], options)
            events = sorted(
                store.events(EventQuery(include_open=True)),
                key=lambda e: (e.earliest is None, e.earliest or e.latest, e.id),
            )
            views = resolve(store, events)
        finally:
            store.close()
    return [view.as_json() for view in views], report.errors
