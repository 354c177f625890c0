"""The ``timelinekg`` command: a thin layer that maps library calls and errors onto click."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from timelinekg.errors import TimelineKGError


class TimelineKGException(click.ClickException):
    def __init__(self, error: TimelineKGError) -> None:
        super().__init__(str(error))
        self.exit_code = error.exit_code


class _Group(click.Group):
    """Turns every library error into one clear line and a non-zero exit, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TimelineKGError as error:
            raise TimelineKGException(error) from None
        except BrokenPipeError:
            sys.stderr.close()  # `timelinekg between ... | head` is not an error
            return None


class Session:
    """What every command may need; the store is opened on first use and closed at exit."""

    def __init__(self, location: str | None) -> None:
        from timelinekg.graph.store import store_location

        self.location = store_location(location)
        self._store: Any = None

    @property
    def store(self) -> Any:
        if self._store is None:
            from timelinekg.graph.store import open_store

            self._store = open_store(self.location)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


pass_session = click.make_pass_decorator(Session)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    "store_location",
    metavar="PATH|URL",
    help="Where the graph lives: a SQLite file (default ./timelinekg.db) or a neo4j:// / bolt:// URL. "
    "Also read from TIMELINEKG_STORE.",
)
@click.version_option(package_name="timelinekg")
@click.pass_context
def cli(ctx: click.Context, store_location: str | None) -> None:
    """Turn news articles into an event-timeline knowledge graph and ask it what happened when.

    \b
    Example:
        timelinekg load examples/seed
        timelinekg between 2024-11-05 2024-11-10
    """
    session = Session(store_location)
    ctx.obj = session
    ctx.call_on_close(session.close)


def _date_option(value: str | None) -> Any:
    from timelinekg.schema.dates import parse_day

    return parse_day(value) if value else None


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "format_name", help="Read every file as this format instead of guessing from its extension.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles, overriding their metadata.")
@click.option("--url", help="Source URL for articles, overriding their metadata.")
@pass_session
def load(
    session: Session, paths: tuple[Path, ...], format_name: str | None, published: str | None, url: str | None
) -> None:
    """Load fact files, articles or datasets (files or folders, read recursively) into the store.

    Each file (or dataset batch) is stored in one transaction; a bad file is
    reported with its name and line and the rest still load.  Exits 1 when
    anything failed.

    \b
    Example:
        timelinekg --store seed.db load examples/seed
    """
    from timelinekg.graph.ingest import load_paths
    from timelinekg.loaders import LoadOptions, expand_paths

    options = LoadOptions(format=format_name, published=_date_option(published), url=url)
    missing = [str(p) for p in paths if not p.exists()]
    for path in missing:
        click.echo(f"error: {path}: no such file or folder", err=True)
    existing = [p for p in paths if p.exists()]
    store = session.store
    if sys.stderr.isatty():
        from rich.progress import Progress

        total = sum(1 for _ in expand_paths(existing))
        with Progress(transient=True) as progress:
            task = progress.add_task("loading", total=total)
            report = load_paths(store, existing, options, on_file=lambda _: progress.advance(task))
    else:
        report = load_paths(store, existing, options)
    for problem in report.errors:
        click.echo(f"error: {problem}", err=True)
    summary = report.summary
    counts = store.counts()
    click.echo(
        f"loaded {report.files} file(s): {summary.events_in} event report(s) -> {summary.events_written} event(s) "
        f"written, {summary.merged_into_existing} merged into existing; store now has {counts['events']} events, "
        f"{counts['actors']} actors, {counts['places']} places, {counts['sources']} sources"
        + (f"; {len(report.errors) + len(missing)} problem(s)" if report.errors or missing else ""),
        err=True,
    )
    if report.errors or missing:
        sys.exit(1)


FORMAT_CHOICE = click.Choice(["table", "json", "csv", "markdown"])


@cli.command()
@click.argument("start")
@click.argument("end")
@click.option("--within", is_flag=True, help="Only events whose whole date range lies inside START..END.")
@click.option("--actor", help="Only events with this actor (canonical name or alias).")
@click.option("--place", help="Only events in this place.")
@click.option("--type", "type_code", help="Only events of this type (and its narrower types).")
@click.option("--source", help="Only events reported by this source (id or URL).")
@click.option("--include-undated", is_flag=True, help="Also events whose date is open on one side.")
@click.option("--limit", type=int, help="At most this many events.")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@pass_session
def between(
    session: Session,
    start: str,
    end: str,
    within: bool,
    actor: str | None,
    place: str | None,
    type_code: str | None,
    source: str | None,
    include_undated: bool,
    limit: int | None,
    fmt: str,
) -> None:
    """What happened between START and END (YYYY, YYYY-MM or YYYY-MM-DD), sorted by date.

    By default an event is listed when its date bounds overlap the range.

    \b
    Example:
        timelinekg between 2024-11-05 2024-11-10 --actor Putin --format json
    """
    from timelinekg.queries import between as between_query
    from timelinekg.queries import resolve
    from timelinekg.queries.render import write_events

    events = between_query(
        session.store,
        start,
        end,
        within=within,
        actor=actor,
        place=place,
        type=type_code,
        source=source,
        include_undated=include_undated,
        limit=limit,
    )
    write_events(_resolved(session.store, events, resolve), fmt, sys.stdout, title=f"{start} .. {end}")


def _resolved(store: Any, events: Any, resolve: Any) -> Any:
    """Resolve names in chunks, so that long answers stream."""
    chunk: list[Any] = []
    for event in events:
        chunk.append(event)
        if len(chunk) == 500:
            yield from resolve(store, chunk)
            chunk = []
    if chunk:
        yield from resolve(store, chunk)


@cli.command()
@click.argument("event_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_session
def show(session: Session, event_id: str, fmt: str) -> None:
    """One event with every source that reported it, the quote and where it stands.

    \b
    Example:
        timelinekg show trump-putin-call
    """
    import json

    from timelinekg.queries import get_event, resolve
    from timelinekg.queries.render import event_detail

    view = resolve(session.store, [get_event(session.store, event_id)])[0]
    click.echo(json.dumps(view.as_json(), ensure_ascii=False, indent=2) if fmt == "json" else event_detail(view))


@cli.command()
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@pass_session
def actors(session: Session, fmt: str) -> None:
    """Every actor: canonical name, kind, aliases and external ids.

    \b
    Example:
        timelinekg actors --format csv
    """
    from timelinekg.queries.render import write_rows

    rows = (
        {
            "id": a.id,
            "name": a.name,
            "kind": a.kind,
            "aliases": "; ".join(a.aliases),
            "external_ids": "; ".join(f"{k}:{v}" for k, v in a.external_ids),
        }
        for a in session.store.actors()
    )
    write_rows(rows, ("name", "kind", "aliases", "external_ids", "id"), fmt, sys.stdout, title="actors")


@cli.command()
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@pass_session
def places(session: Session, fmt: str) -> None:
    """Every place: name, kind, coordinates, parent place and gazetteer ids.

    \b
    Example:
        timelinekg places --format json
    """
    from timelinekg.queries.render import write_rows

    rows = (
        {
            "id": p.id,
            "name": p.name,
            "kind": p.kind,
            "latitude": p.latitude,
            "longitude": p.longitude,
            "parent": p.parent_id or "",
            "external_ids": "; ".join(f"{k}:{v}" for k, v in p.external_ids),
        }
        for p in session.store.places()
    )
    columns = ("name", "kind", "latitude", "longitude", "parent", "external_ids", "id")
    write_rows(rows, columns, fmt, sys.stdout, title="places")


@cli.command()
@click.option("--format", "format_name", default="json", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of standard output.")
@click.option("--between", "between_range", nargs=2, metavar="START END", help="Only events overlapping this range.")
@click.option("--base", help="Base IRI for RDF formats.")
@pass_session
def export(
    session: Session, format_name: str, output: Path | None, between_range: tuple[str, str] | None, base: str | None
) -> None:
    """Export the graph (or the events overlapping a date range), streaming as it reads.

    The JSON export has the curated fact-file shape, so it loads back with
    ``timelinekg load``.

    \b
    Example:
        timelinekg export --format json -o graph.json
    """
    from timelinekg.graph.export import DIRECTORY_FORMATS, ExportOptions, exporter_for
    from timelinekg.schema.dates import parse_bounds

    exporter = exporter_for(format_name)
    start = parse_bounds(between_range[0])[0] if between_range else None
    end = parse_bounds(between_range[1])[1] if between_range else None
    if format_name in DIRECTORY_FORMATS:
        if output is None:
            raise click.UsageError(f"--format {format_name} writes a folder: give it with -o DIR")
        exporter(session.store, sys.stdout, ExportOptions(start, end, base, str(output)))
        return
    options = ExportOptions(start, end, base)
    if output is None:
        exporter(session.store, sys.stdout, options)
    else:
        with output.open("w", encoding="utf-8", newline="\n") as handle:
            exporter(session.store, handle, options)


def main() -> None:
    cli(prog_name="timelinekg")
