"""The ``timelinekg`` command: a thin layer that maps library calls and errors onto click."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any

import click

from timelinekg.errors import TimelineKGError


class TimelineKGException(click.ClickException):
    """A library error as click shows it: one line, and the error's own exit code."""


@functools.cache
def _exception_for_exit_code(exit_code: int) -> type[TimelineKGException]:
    # click declares exit_code a class variable, so each exit code gets its own subclass.
    return type(f"TimelineKGExit{exit_code}", (TimelineKGException,), {"exit_code": exit_code})


def click_exception(error: TimelineKGError) -> TimelineKGException:
    return _exception_for_exit_code(error.exit_code)(str(error))


class _Group(click.Group):
    """Turns every library error into one clear line and a non-zero exit, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TimelineKGError as error:
            raise click_exception(error) from None
        except BrokenPipeError:
            sys.stderr.close()  # `timelinekg between ... | head` is not an error
            return None


class Session:
    """What every command may need; the store is opened on first use and closed at exit."""

    def __init__(self, location: str | None) -> None:
        from timelinekg.graph.base import store_location

        self.location = store_location(location)
        self._store: Any = None

    @property
    def store(self) -> Any:
        if self._store is None:
            from timelinekg.graph.base import open_store

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
    for notice in report.notices:
        click.echo(f"note: {notice}", err=True)
    summary = report.summary
    counts = store.counts()
    click.echo(
        f"loaded {report.files} file(s): {summary.events_in} event report(s) -> {summary.events_written} event(s) "
        f"written, {summary.merged_into_existing} merged into existing; store now has {counts['events']} events, "
        f"{counts['actors']} actors, {counts['places']} places, {counts['sources']} sources"
        + (f"; {summary.unattached} mention(s) of events not in the store skipped" if summary.unattached else "")
        + (f"; {len(report.errors) + len(missing)} problem(s)" if report.errors or missing else ""),
        err=True,
    )
    if report.errors or missing:
        sys.exit(1)


FORMAT_CHOICE = click.Choice(["table", "json", "csv", "markdown"])


@cli.command()
@click.argument("start")
@click.argument("end")
@click.option(
    "--within",
    is_flag=True,
    help="Only events whose whole date range lies inside START..END (not undated ones: their start is unknown).",
)
@click.option("--actor", help="Only events with this actor (canonical name or alias).")
@click.option("--place", help="Only events in this place or a place inside it (Russia also finds Moscow).")
@click.option("--type", "type_code", help="Only events of this type (and its narrower types).")
@click.option("--source", help="Only events reported by this source (id or URL).")
@click.option(
    "--include-undated",
    is_flag=True,
    help="Also events whose date is open on one side, the open side counting as unbounded.",
)
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

    By default an event is listed when its date bounds overlap the range.  An
    undated past event is bounded by its report: it is listed, marked "reported
    by DATE", when the day it was first reported falls in the range.

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
    """One event with every source that reported it, the quote and where it stands,
    and why its reports were joined into one event.

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
    from timelinekg.exporters import DIRECTORY_FORMATS, ExportOptions, exporter_for
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


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--dct", metavar="YYYY-MM-DD", help="Document creation date; default: the dateline in the first lines.")
@click.option(
    "--mode",
    type=click.Choice(["news", "narrative"]),
    default="news",
    show_default=True,
    help="news: anchor underspecified dates to the DCT; narrative: to the last date mentioned.",
)
@click.option("--json", "output", flag_value="json", default=True, help="Print JSON timexes (the default).")
@click.option("--timeml", "output", flag_value="timeml", help="Print the text with inline TIMEX3 tags.")
def timex(files: tuple[str, ...], dct: str | None, mode: str, output: str) -> None:
    """Find the temporal expressions in text files and normalise them to TIMEX3 values.

    JSON output: for one FILE a list of {start, end, text, type, value, earliest,
    latest, precision} with character offsets into the UTF-8 text; for several,
    an object keyed by path.

    \b
    Example:
        timelinekg timex article.txt --dct 2024-11-10 --json
    """
    from timelinekg.nlp.timex.command import render

    click.echo(render(files, dct, mode, output))


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "syntax",
    type=click.Choice(["turtle", "nt", "nquads", "trig", "jsonld"]),
    help="RDF syntax, instead of guessing it from the extension.",
)
@click.option(
    "--shapes",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="SHACL shapes to use instead of the shipped schema/shapes.ttl.",
)
@click.option("--limit", type=int, default=50, show_default=True, help="Show at most this many violations.")
def validate(file: Path, syntax: str | None, shapes: Path | None, limit: int) -> None:
    """Check an RDF file against the timelinekg SHACL shapes (pyshacl); exit 1 when it does not conform.

    Every event needs a type, a begin timestamp and a source; every mention a source.
    Named graphs are checked as their union.

    \b
    Example:
        timelinekg export --format turtle -o graph.ttl && timelinekg validate graph.ttl
    """
    from timelinekg.exporters.shacl import validate_file

    report = validate_file(file, syntax, shapes)
    if report.conforms:
        click.echo(f"{file}: conforms to the timelinekg shapes ({report.triples} triples)")
        return
    for violation in report.violations[:limit]:
        click.echo(str(violation))
    hidden = len(report.violations) - limit
    more = f" (first {limit} shown)" if hidden > 0 else ""
    click.echo(f"{file}: does not conform: {len(report.violations)} violation(s){more}", err=True)
    sys.exit(1)


@cli.command()
@click.argument("query")
@click.option(
    "--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter ($NAME); JSON values are decoded."
)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--write", is_flag=True, help="Allow the query to write (CREATE, MERGE, SET, DELETE ...).")
@pass_session
def cypher(session: Session, query: str, params: tuple[str, ...], fmt: str, write: bool) -> None:
    """Run a Cypher query on the Neo4j store, in a read-only transaction unless --write.

    \b
    Example:
        timelinekg --store neo4j://127.0.0.1:7687 cypher \\
          'MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) WHERE a.name = $name RETURN e.label, e.earliest' \\
          --param name="Vladimir Putin" --format json
    """
    from timelinekg.graph.neo4j.tools import cell, parse_parameters, require_neo4j, run_cypher
    from timelinekg.queries.render import write_rows

    require_neo4j(session.location, "cypher")
    columns, rows = run_cypher(session.store, query, parse_parameters(params), write=write)
    if fmt != "json":
        rows = [{key: cell(value) for key, value in row.items()} for row in rows]
    write_rows(rows, columns, fmt, sys.stdout)


@cli.group()
def neo4j() -> None:
    """Neo4j helpers: apply the schema, print the Browser style sheet.

    \b
    Example:
        timelinekg --store neo4j://127.0.0.1:7687 neo4j schema
    """


@neo4j.command("schema")
@pass_session
def neo4j_schema(session: Session) -> None:
    """Create the constraints and indexes timelinekg uses (safe to run again).

    \b
    Example:
        timelinekg --store neo4j://127.0.0.1:7687 neo4j schema
    """
    from timelinekg.graph.neo4j.tools import require_neo4j

    require_neo4j(session.location, "neo4j schema")
    names = session.store.run_schema()
    click.echo(f"schema applied on {session.store.uri}: {', '.join(names)}")


@neo4j.command("style")
def neo4j_style() -> None:
    """Print the Neo4j Browser style sheet (GraSS): in Browser type :style, then drop the file.

    \b
    Example:
        timelinekg neo4j style > timelinekg.grass
    """
    from timelinekg.graph.neo4j.tools import grass_stylesheet

    click.echo(grass_stylesheet(), nl=False)


@cli.command()
@click.option("--to", "target", required=True, metavar="URL", help="The Neo4j store to copy into (neo4j://, bolt://).")
@click.option("--batch-size", type=click.IntRange(min=1), default=5_000, show_default=True)
@pass_session
def push(session: Session, target: str, batch_size: int) -> None:
    """Copy the whole current store into Neo4j, a batch per transaction (pushing again updates).

    \b
    Example:
        timelinekg --store seed.db push --to neo4j://127.0.0.1:7687
    """
    from timelinekg.graph.base import open_store
    from timelinekg.graph.neo4j.store import redact_uri
    from timelinekg.graph.neo4j.tools import push as push_store
    from timelinekg.graph.neo4j.tools import require_neo4j

    require_neo4j(target, "push --to")
    destination = open_store(target)
    try:
        counts = push_store(session.store, destination, batch_size)
    finally:
        destination.close()
    click.echo(
        f"pushed to {redact_uri(target)}: it now has {counts['events']} events, {counts['actors']} actors, "
        f"{counts['places']} places, {counts['sources']} sources",
        err=True,
    )


@cli.command()
@click.argument("actor")
@click.option("--between", "between_range", nargs=2, metavar="START END", help="Only events overlapping this range.")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="How many actors to list.")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@pass_session
def related(session: Session, actor: str, between_range: tuple[str, str] | None, top: int, fmt: str) -> None:
    """Actors who share events with ACTOR (name, alias or id), most shared events first, with their dates.

    \b
    Example:
        timelinekg related "Donald Trump" --between 2024-11 2024-11 --top 5
    """
    from timelinekg.queries.network import related as related_actors
    from timelinekg.queries.render import write_rows

    start, end = between_range or (None, None)
    rows = []
    for found in related_actors(session.store, actor, start, end, top):
        row = found.as_json()
        if fmt != "json":
            row["dates"] = "; ".join(row["dates"][:10]) + (" ..." if len(row["dates"]) > 10 else "")
            row["event_ids"] = "; ".join(row["event_ids"][:10])
        rows.append(row)
    write_rows(rows, ("name", "kind", "shared_events", "dates", "id"), fmt, sys.stdout, title=f"related to {actor}")


@cli.command()
@click.argument("actor")
@click.option("--between", "between_range", nargs=2, metavar="START END", help="Only events overlapping this range.")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@pass_session
def chains(session: Session, actor: str, between_range: tuple[str, str] | None, fmt: str) -> None:
    """ACTOR's events in time order, with the gap in days since the previous one (negative: they overlap).

    Events reported in a contradictory order cannot be listed yet: the model
    records no before/after relations between events (a note says so).

    \b
    Example:
        timelinekg chains "Vladimir Putin" --format json
    """
    from timelinekg.queries.network import ORDER_RELATIONS_NOTE
    from timelinekg.queries.network import chains as actor_chains
    from timelinekg.queries.render import write_rows

    start, end = between_range or (None, None)
    rows = [link.as_json() for link in actor_chains(session.store, actor, start, end)]
    columns = ("earliest", "latest", "gap_days", "type", "label", "date_conflict", "id")
    if fmt == "json":
        import json

        json.dump({"events": rows, "order_conflicts": None, "note": ORDER_RELATIONS_NOTE}, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    write_rows(rows, columns, fmt, sys.stdout, title=f"chain of {actor}")
    click.echo(f"note: {ORDER_RELATIONS_NOTE}", err=True)


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--published", help="Publication date (YYYY-MM-DD), overriding the article's own.")
@click.option("--url", help="Source URL, overriding the article's own.")
@click.option("--format", "format_name", help="Read the file as this format instead of guessing from its extension.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, shaped like between --format json.")
def extract(path: Path, published: str | None, url: str | None, format_name: str | None, as_json: bool) -> None:
    """Show the events an article (.txt, .md, .html, .jsonl) would give, without storing anything.

    Events whose date the text does not support keep an open bound (earliest
    null) and precision "unknown"; see docs/extraction.md.

    \b
    Example:
        timelinekg extract examples/seed/trump-putin-call.txt --published 2024-11-10 --json
    """
    import json

    from timelinekg.loaders import LoadOptions
    from timelinekg.queries.preview import preview

    options = LoadOptions(format=format_name, published=_date_option(published), url=url)
    events, problems = preview(path, options)
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if as_json:
        click.echo(json.dumps(events, ensure_ascii=False, indent=2))
    else:
        for event in events:
            when = f"{event['earliest'] or '…'}..{event['latest'] or '…'}"
            names = ", ".join(f"{a['name']} ({a['role']})" for a in event["actors"])
            click.echo(f"{when:24s} {event['type']:16s} {event['label']}  [{names}]")
    if problems:
        sys.exit(1)


def main() -> None:
    cli(prog_name="timelinekg")
