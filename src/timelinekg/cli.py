"""The ``timelinekg`` command: a thin layer that maps library calls and errors onto click."""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from timelinekg.cli_support import output_stream
from timelinekg.errors import NotFound, TimelineKGError
from timelinekg.exporters import EXPORTERS
from timelinekg.loaders import LOADERS

if TYPE_CHECKING:
    import datetime as dt

    from timelinekg.schema.dates import DateRange

    # Generic from click 8.2; subscripting it at run time would break the older clicks pyproject allows.
    _CompositeParamType = click.types.CompositeParamType[DateRange]
    _DayType = click.ParamType[dt.date]
    _InstantParamType = click.ParamType[dt.datetime]
else:
    _CompositeParamType = click.types.CompositeParamType
    _DayType = _InstantParamType = click.ParamType


class TimelineKGException(click.ClickException):
    """A library error as click shows it: one line, and the error's own exit code."""


@functools.cache
def _exception_for_exit_code(exit_code: int) -> type[TimelineKGException]:
    # click declares exit_code a class variable, so each exit code gets its own subclass.
    return type(f"TimelineKGExit{exit_code}", (TimelineKGException,), {"exit_code": exit_code})


def click_exception(error: TimelineKGError) -> TimelineKGException:
    return _exception_for_exit_code(error.exit_code)(str(error))


class DateRangeType(_CompositeParamType):
    """START END (YYYY, YYYY-MM or YYYY-MM-DD) as one DateRange: a bad or reversed range is one error everywhere."""

    name = "date range"
    arity = 2

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> DateRange:
        from timelinekg.schema.dates import DateRange

        if isinstance(value, DateRange):
            return value
        start, end = value
        try:
            return DateRange.parse(start, end)
        except TimelineKGError as error:
            raise click_exception(error) from None


DATE_RANGE = DateRangeType()


class AsOfType(_DayType):
    """A day (YYYY-MM-DD; YYYY-MM or YYYY mean their last day): what was published by then."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        import datetime as dt

        from timelinekg.schema.dates import parse_bounds

        if isinstance(value, dt.date):
            return value
        try:
            return parse_bounds(str(value))[1]
        except TimelineKGError as error:
            raise click_exception(error) from None


class InstantType(_InstantParamType):
    """An ISO date-time (UTC unless it says otherwise); a bare date is its first instant."""

    name = "datetime"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        import datetime as dt

        if isinstance(value, dt.datetime):
            return value
        try:
            instant = dt.datetime.fromisoformat(str(value))
        except ValueError:
            self.fail(f"expected an ISO date-time such as 2024-11-07T12:00:00Z, got {value!r}", param, ctx)
        return instant if instant.tzinfo else instant.replace(tzinfo=dt.UTC)


as_of_option = click.option(
    "--as-of",
    type=AsOfType(),
    metavar="DATE",
    help="As the reports published on or before DATE describe it: later reports, disputes and confirmations "
    "left out, bounds settled from the claims known then.",
)
recorded_before_option = click.option(
    "--recorded-before",
    type=InstantType(),
    metavar="DATETIME",
    help="As this store held it before DATETIME (system time, for audits).",
)


def _time_view(as_of: Any, recorded_before: Any) -> Any:
    from timelinekg.queries.claims import TimeView

    return TimeView(as_of, recorded_before)


between_option = click.option(
    "--between", "window", type=DATE_RANGE, metavar="START END", help="Only events overlapping this range."
)


class _Group(click.Group):
    """Turns every library error into one clear line and a non-zero exit, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TimelineKGError as error:
            if isinstance(error, NotFound) and isinstance(ctx.obj, Session):  # say where it looked
                from timelinekg.cli_support import store_name

                error = NotFound(f"{error} in the store {store_name(ctx.obj.location)}")
            raise click_exception(error) from None
        except click.UsageError as error:  # one line too, with where to read more, not click's four
            hint = f" (see '{error.ctx.command_path} --help')" if error.ctx is not None else ""
            raise _exception_for_exit_code(error.exit_code)(error.format_message() + hint) from None
        except BrokenPipeError:
            from timelinekg.cli_support import end_quietly_on_closed_pipe

            end_quietly_on_closed_pipe()  # `timelinekg between ... | head` is not an error
            return None


class Session:
    """What every command may need; the store is opened on first use and closed at exit.

    Reading opens only a store that exists (a mistyped ``--store`` path is an error, not a new
    empty store); ``writable_store`` is for the commands that write, and may create one.
    """

    def __init__(self, location: str | None, *, quiet: bool = False, verbose: bool = False) -> None:
        from timelinekg.graph.base import store_location

        self.explicit = location or None
        self.location = store_location(location)
        self.quiet = quiet
        self.verbose = verbose
        self._store: Any = None

    @property
    def store(self) -> Any:
        """The store, for reading: a SQLite path that does not exist is an error."""
        if self._store is None:
            from timelinekg.cli_support import require_existing_store

            require_existing_store(self.location, self.explicit)
        return self._open()

    @property
    def writable_store(self) -> Any:
        """The store, for writing: created when it does not exist yet."""
        return self._open()

    def _open(self) -> Any:
        if self._store is None:
            from timelinekg.graph.base import open_store

            self._store = open_store(self.location)
            if self.verbose:
                from timelinekg.cli_support import store_name

                click.echo(f"store: {store_name(self.location)}", err=True)
        return self._store

    def nothing_found(self, what: str) -> None:
        """Say which store a read command asked when it found nothing (stderr, so pipes stay clean)."""
        if not self.quiet:
            from timelinekg.cli_support import nothing_found_note

            click.echo(nothing_found_note(what, self.location, self.explicit), err=True)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


pass_session = click.make_pass_decorator(Session)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    "store_location",
    metavar="PATH|URL",
    envvar="TIMELINEKG_STORE",
    help="Where the graph lives: a SQLite file (default ./timelinekg.db) or a neo4j:// / bolt:// URL. "
    "Also read from TIMELINEKG_STORE (NEO4J_URI is not read). Only writing commands (load) create a store.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bars, notes or summaries; errors only.")
@click.option("-v", "--verbose", is_flag=True, help="Also say which store is used and each file as it loads.")
@click.version_option(package_name="timelinekg")
@click.pass_context
def cli(ctx: click.Context, store_location: str | None, quiet: bool, verbose: bool) -> None:
    """Turn news articles into an event-timeline knowledge graph and ask it what happened when.

    \b
    Example:
        timelinekg load examples/seed
        timelinekg between 2024-11-05 2024-11-10
    """
    session = Session(store_location, quiet=quiet, verbose=verbose)
    ctx.obj = session
    ctx.call_on_close(session.close)


def _date_option(value: str | None) -> Any:
    from timelinekg.schema.dates import parse_day

    return parse_day(value) if value else None


def _say(session: Session, message: str) -> None:
    """A note or summary on standard error, unless --quiet."""
    if not session.quiet:
        click.echo(message, err=True)


@contextlib.contextmanager
def _standard_input(paths: list[Path], format_name: str | None) -> Iterator[list[Path]]:
    """``load -`` reads standard input as a file of ``--format`` (needed: a stream has no extension)."""
    if not any(str(p) == "-" for p in paths):
        yield paths
        return
    from timelinekg.cli_support import stdin_as_file, suffix_for_format
    from timelinekg.loaders import EXTENSIONS

    if format_name is None:
        raise click.UsageError("reading standard input (-) needs --format (yaml, json, text, html, jsonl, turtle, ...)")
    with stdin_as_file(Path("-"), suffix_for_format(format_name, EXTENSIONS, ".txt")) as spooled:
        yield [spooled if str(p) == "-" else p for p in paths]


def _load_with_progress(
    session: Session, store: Any, paths: list[Path], options: Any, *, fail_fast: bool, workers: int
) -> Any:
    """load_paths, with a progress bar (files, events, rate) when a person watches stderr."""
    from timelinekg.cli_support import new_progress
    from timelinekg.graph.ingest import load_paths
    from timelinekg.loaders import expand_paths

    def announce(path: Path) -> None:
        if session.verbose:
            click.echo(f"reading {path}", err=True)

    progress = new_progress(session.quiet, sum(1 for _ in expand_paths(paths)) if paths else 0)
    if progress is None:
        return load_paths(store, paths, options, on_file=announce, fail_fast=fail_fast, workers=workers)

    def on_file(path: Path) -> None:
        announce(path)
        progress.on_file(path)

    with progress:
        return load_paths(
            store, paths, options, on_file=on_file, on_batch=progress.on_batch, fail_fast=fail_fast, workers=workers
        )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "format_name",
    help="Read every file as this format instead of guessing from its extension: " + ", ".join(sorted(LOADERS)) + ".",
)
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles, overriding their metadata.")
@click.option("--url", help="Source URL for articles, overriding their metadata.")
@click.option(
    "--text-root",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Folder a fact file's `text:` may point into (default: the fact file's own folder).",
)
@click.option("--fail-fast", is_flag=True, help="Stop at the first error instead of loading the other files.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Processes extracting articles (default: the number of cores, or 1 for less than 256 KB of "
    "articles); one writer stores them in input order, so the result is the same for any number.",
)
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Print the full traceback of unexpected errors (also TIMELINEKG_TRACEBACK=1).",
)
@pass_session
def load(
    session: Session,
    paths: tuple[str, ...],
    format_name: str | None,
    published: str | None,
    url: str | None,
    text_root: Path | None,
    fail_fast: bool,
    workers: int | None,
    verbose: bool,
) -> None:
    """Load fact files, articles, datasets or spark-load Parquet into the store (folders read recursively).

    Each file (or dataset batch) is stored in one transaction; a bad file is
    reported in one line with its name and line and the rest still load
    (docs/input.md lists the checks and limits).  Exits 1 when anything failed.
    PATH - reads standard input (give its --format).  Creates the store when it
    does not exist yet.

    \b
    Example:
        timelinekg --store seed.db load examples/seed
        timelinekg --store news.db load --workers 2 articles/
    """
    import os

    from timelinekg.cli_support import naming_standard_input
    from timelinekg.loaders import LoadOptions
    from timelinekg.loaders.parallel import workers_for

    if "" in paths:  # Path("") would be the current folder
        raise click.BadParameter("an empty path", param_hint="PATHS")
    options = LoadOptions(format=format_name, published=_date_option(published), url=url, text_root=text_root)
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    for path in missing:
        click.echo(f"error: {path}: no such file or folder", err=True)
    if missing and fail_fast:
        sys.exit(1)
    existing = [Path(p) for p in paths if p == "-" or Path(p).exists()]
    store = session.writable_store
    with _standard_input(existing, format_name) as read:
        report = _load_with_progress(
            session, store, read, options, fail_fast=fail_fast, workers=workers or workers_for(read, options)
        )
    for problem in naming_standard_input(report.errors, read, existing):
        click.echo(f"error: {problem}", err=True)
    if verbose or session.verbose or os.environ.get("TIMELINEKG_TRACEBACK") == "1":
        for trace in report.tracebacks:
            click.echo(trace.rstrip("\n"), err=True)
    if report.stopped_early:
        click.echo("stopped at the first error (--fail-fast)", err=True)
    for notice in report.notices:
        _say(session, f"note: {notice}")
    summary = report.summary
    counts = store.counts()
    _say(
        session,
        f"loaded {report.files} file(s): {summary.events_in} event report(s) -> {summary.events_written} event(s) "
        f"written, {summary.merged_into_existing} merged into existing; store now has {counts['events']} events, "
        f"{counts['actors']} actors, {counts['places']} places, {counts['sources']} sources"
        + (f"; {summary.unattached} mention(s) of events not in the store skipped" if summary.unattached else "")
        + (f"; {len(report.errors) + len(missing)} problem(s)" if report.errors or missing else ""),
    )
    if report.errors or missing:
        sys.exit(1)


@cli.command("spark-load")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--out",
    required=True,
    metavar="PARQUET_DIR",
    help="Folder to write the graph to as Parquet (replaced if it exists; any path Spark writes, e.g. s3a://...).",
)
@click.option(
    "--master",
    metavar="URL",
    help="Spark master, e.g. local[2] (default: the session spark-submit gives, else Spark's own default).",
)
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles, overriding their metadata.")
@click.option("--url", help="Source URL for articles, overriding their metadata.")
@pass_session
def spark_load(
    session: Session, paths: tuple[str, ...], out: str, master: str | None, published: str | None, url: str | None
) -> None:
    """Extract articles with Apache Spark and write the merged graph as Parquet (pip install 'timelinekg[spark]').

    Reads what `load` reads; Spark extracts the articles (text, HTML, JSON Lines), the spaCy model loaded
    once per worker, and the driver merges them in input order by the rule of `load`, so `load
    PARQUET_DIR` then gives exactly the store `load --workers 1` gives.  Writes events, participation and
    mentions partitioned by month, sources, actors and places (docs/spark.md).  Exits 1 when anything failed.

    \b
    Example:
        timelinekg spark-load articles/ --out graph.parquet --master 'local[2]'
        timelinekg --store news.db load graph.parquet
    """
    from timelinekg.exporters.parquet import spark_load as run_spark_load
    from timelinekg.loaders import LoadOptions

    options = LoadOptions(published=_date_option(published), url=url)
    result = run_spark_load([Path(p) for p in paths], out, options, master=master)
    report = result.report
    for problem in report.errors:
        click.echo(f"error: {problem}", err=True)
    for notice in report.notices:
        _say(session, f"note: {notice}")
    summary, counts = report.summary, result.counts
    _say(
        session,
        f"read {report.files} file(s): {summary.events_in} event report(s) -> {counts['events']} event(s), "
        f"{summary.merged_into_existing} merged into existing; wrote {out}: {counts['events']} events, "
        f"{counts['actors']} actors, {counts['places']} places, {counts['sources']} sources"
        + (f"; {len(report.errors)} problem(s)" if report.errors else ""),
    )
    if report.errors:
        sys.exit(1)


FORMAT_CHOICE = click.Choice(["table", "json", "jsonl", "csv", "markdown"])


@cli.command()
@click.argument("window", type=DATE_RANGE, metavar="START END")
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
@as_of_option
@recorded_before_option
@click.option(
    "--status",
    type=click.Choice(["reported", "corroborated", "disputed"]),
    help="Only events with this derived status: reported (one publisher), corroborated (two or more "
    "publishers, or a confirmation), disputed (a dispute no later confirmation answered).",
)
@click.option(
    "--min-publishers", type=click.IntRange(min=1), metavar="N", help="Only events reported by N or more publishers."
)
@click.option("--limit", type=int, help="At most this many events.")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@pass_session
def between(
    session: Session,
    window: DateRange,
    within: bool,
    actor: str | None,
    place: str | None,
    type_code: str | None,
    source: str | None,
    include_undated: bool,
    as_of: Any,
    recorded_before: Any,
    status: str | None,
    min_publishers: int | None,
    limit: int | None,
    fmt: str,
) -> None:
    """What happened between START and END (YYYY, YYYY-MM or YYYY-MM-DD), sorted by date.

    By default an event is listed when its date bounds overlap the range.  An
    undated past event is bounded by its report: it is listed, marked "reported
    by DATE", when the day it was first reported falls in the range.  Each event
    has a status derived from its reports: reported, corroborated or disputed.

    \b
    Example:
        timelinekg between 2024-11-05 2024-11-10 --actor Putin --format json
        timelinekg between 2024-11-01 2024-11-30 --as-of 2024-11-08 --status disputed
    """
    from timelinekg.queries import between as between_query
    from timelinekg.queries import resolve
    from timelinekg.queries.render import write_events

    view = _time_view(as_of, recorded_before)
    events = between_query(
        session.store,
        window,
        within=within,
        actor=actor,
        place=place,
        type=type_code,
        source=source,
        include_undated=include_undated,
        limit=limit,
        view=view,
        status=status,
        min_publishers=min_publishers,
    )
    written = write_events(_resolved(session.store, events, resolve, view), fmt, sys.stdout, title=str(window))
    if not written:
        session.nothing_found(f"events in {window} matching these filters")


def _resolved(store: Any, events: Any, resolve: Any, view: Any = None) -> Any:
    """Resolve names in chunks, so that long answers stream."""
    from timelinekg.queries.claims import EVERYTHING

    chunk: list[Any] = []
    for event in events:
        chunk.append(event)
        if len(chunk) == 500:
            yield from resolve(store, chunk, view or EVERYTHING)
            chunk = []
    if chunk:
        yield from resolve(store, chunk, view or EVERYTHING)


@cli.command()
@click.argument("event_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@as_of_option
@recorded_before_option
@pass_session
def show(session: Session, event_id: str, fmt: str, as_of: Any, recorded_before: Any) -> None:
    """One event with its status ("reported by N publishers, confirmed by ..., disputed by ..."),
    every claim in publication order (source, publication date, claimed bounds, quote), the
    events it disputes and those that dispute or confirm it, and why its reports were joined.

    \b
    Example:
        timelinekg show trump-putin-call
        timelinekg show trump-putin-call --as-of 2024-11-10
    """
    import json

    from timelinekg.queries import get_event, resolve
    from timelinekg.queries.render import event_detail

    time_view = _time_view(as_of, recorded_before)
    view = resolve(session.store, [get_event(session.store, event_id, time_view)], time_view)[0]
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
            "aliases": list(a.aliases),
            "external_ids": dict(a.external_ids),
        }
        for a in session.store.actors()
    )
    if not write_rows(rows, ("name", "kind", "aliases", "external_ids", "id"), fmt, sys.stdout, title="actors"):
        session.nothing_found("actors")


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
            "parent": p.parent_id,
            "external_ids": dict(p.external_ids),
        }
        for p in session.store.places()
    )
    columns = ("name", "kind", "latitude", "longitude", "parent", "external_ids", "id")
    if not write_rows(rows, columns, fmt, sys.stdout, title="places"):
        session.nothing_found("places")


@cli.command()
@click.option(
    "--format",
    "format_name",
    type=click.Choice(sorted(EXPORTERS)),
    help="Output format; default: from the -o file's extension (.ttl .nt .nq .nquads .trig .jsonld .json "
    ".jsonl .graphml .gexf), else json.",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, allow_dash=True), help="Write here (- or none: standard output)."
)
@between_option
@click.option("--base", help="Base IRI for RDF formats.")
@click.option(
    "--with-vocabulary",
    is_flag=True,
    help="RDF (turtle, trig, nt, nquads): append the SKOS scheme of event types (CAMEO notations) and roles.",
)
@as_of_option
@recorded_before_option
@pass_session
def export(
    session: Session,
    format_name: str | None,
    output: Path | None,
    window: DateRange | None,
    base: str | None,
    with_vocabulary: bool,
    as_of: Any,
    recorded_before: Any,
) -> None:
    """Export the graph (or the events overlapping a date range), streaming as it reads.

    The JSON export has the curated fact-file shape, so it loads back with
    ``timelinekg load``; jsonl writes the same records one per line.  RDF says
    which event disputes or confirms which (cito:disputes, cito:confirms) and
    each event's derived status (tkg:status, tkg:publishers), as of --as-of.

    \b
    Example:
        timelinekg export -o graph.ttl
        timelinekg export -o known-then.ttl --as-of 2024-11-08
    """
    from timelinekg.exporters import DIRECTORY_FORMATS, ExportOptions, export_format_for, exporter_for
    from timelinekg.schema.dates import EVERY_DAY

    format_name = export_format_for(str(output) if output else None, format_name)
    exporter = exporter_for(format_name)
    view = _time_view(as_of, recorded_before)
    window = window or EVERY_DAY
    if format_name in DIRECTORY_FORMATS:
        if output is None:
            raise click.UsageError(f"--format {format_name} writes a folder: give it with -o DIR")
        exporter(session.store, sys.stdout, ExportOptions(window, base, str(output), view=view))
        return
    options = ExportOptions(window, base, vocabulary=with_vocabulary, view=view)
    store = session.store  # opened first: a missing store leaves no empty output file behind
    with output_stream(output) as handle:
        exporter(store, handle, options)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--dct", metavar="YYYY-MM-DD", help="Document creation date; default: the dateline in the first lines.")
@click.option(
    "--mode",
    type=click.Choice(["news", "narrative"]),
    default="news",
    show_default=True,
    help="news: anchor underspecified dates to the DCT; narrative: to the last date mentioned.",
)
@click.option(
    "--southern",
    is_flag=True,
    help="The text is set in the southern hemisphere: seasons take its months (winter June to August).",
)
@click.option("--json", "output", flag_value="json", default=True, help="Print JSON timexes (the default).")
@click.option("--timeml", "output", flag_value="timeml", help="Print the text with inline TIMEX3 tags.")
def timex(files: tuple[str, ...], dct: str | None, mode: str, southern: bool, output: str) -> None:
    """Find the temporal expressions in text files and normalise them to TIMEX3 values.

    JSON output: for one FILE a list of {start, end, text, type, value, earliest,
    latest, precision} with character offsets into the UTF-8 text; for several,
    an object keyed by path.  FILE - reads standard input.

    \b
    Example:
        timelinekg timex article.txt --dct 2024-11-10 --json
    """
    from timelinekg.nlp.timex.command import render

    click.echo(render(files, dct, mode, output, southern=southern))


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path, allow_dash=True))
@click.option(
    "--format",
    "syntax",
    type=click.Choice(["turtle", "nt", "nquads", "trig", "jsonld"]),
    help="RDF syntax, instead of guessing it from the extension (.ttl .nt .nq .nquads .trig .jsonld); "
    "standard input (-) is read as turtle unless given.",
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
    from timelinekg.cli_support import stdin_as_file, suffix_for_format
    from timelinekg.exporters.shacl import validate_file
    from timelinekg.loaders import EXTENSIONS

    with stdin_as_file(file, suffix_for_format(syntax or "turtle", EXTENSIONS, ".ttl")) as readable:
        report = validate_file(readable, syntax, shapes)
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
@click.option(
    "--bulk",
    is_flag=True,
    help="Into an EMPTY database only: write neo4j-admin import files, stop the server, import them, "
    "start it, apply the schema and check the counts (much faster for a first load). It returns once the "
    "uniqueness constraints are online and says which other indexes are still filling.",
)
@click.option(
    "--server-script",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    envvar="TIMELINEKG_NEO4J_SCRIPT",
    help="With --bulk: the script that runs the target server (status, stop, start, admin), run with this "
    "environment (default: scripts/neo4j-dev under the current folder).",
)
@pass_session
def push(session: Session, target: str, batch_size: int, bulk: bool, server_script: Path | None) -> None:
    """Copy the whole current store into Neo4j, a batch per transaction (pushing again updates).

    With --bulk, into an empty database through neo4j-admin's importer; a
    database that is not empty is refused (docs/neo4j.md: the same steps by
    hand for a server no script runs).

    \b
    Example:
        timelinekg --store seed.db push --to neo4j://127.0.0.1:7687
        timelinekg --store big.db push --to bolt://127.0.0.1:7687 --bulk
    """
    from timelinekg.graph.base import open_store
    from timelinekg.graph.neo4j.store import redact_uri
    from timelinekg.graph.neo4j.tools import push as push_store
    from timelinekg.graph.neo4j.tools import require_neo4j

    require_neo4j(target, "push --to")
    if bulk:
        from timelinekg.exporters.neo4j_bulk import ServerScript, bulk_push

        script = server_script or Path("scripts/neo4j-dev")
        if not script.is_file():
            raise click.UsageError(
                "--bulk needs the script that runs the target server (--server-script, e.g. scripts/neo4j-dev); "
                "for a server no script runs, follow docs/neo4j.md"
            )
        counts = bulk_push(session.store, target, ServerScript(script), say=lambda line: _say(session, line))
    else:
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
@between_option
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="How many actors to list.")
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@pass_session
def related(session: Session, actor: str, window: DateRange | None, top: int, fmt: str) -> None:
    """Actors who share events with ACTOR (name, alias or id), most shared events first, with their dates.

    \b
    Example:
        timelinekg related "Donald Trump" --between 2024-11 2024-11 --top 5
    """
    from timelinekg.queries.network import related as related_actors
    from timelinekg.queries.render import write_rows
    from timelinekg.schema.dates import EVERY_DAY

    rows = []
    for found in related_actors(session.store, actor, window or EVERY_DAY, top):
        row = found.as_json()
        if fmt != "json":
            row["dates"] = "; ".join(row["dates"][:10]) + (" ..." if len(row["dates"]) > 10 else "")
            row["event_ids"] = "; ".join(row["event_ids"][:10])
        rows.append(row)
    write_rows(rows, ("name", "kind", "shared_events", "dates", "id"), fmt, sys.stdout, title=f"related to {actor}")


@cli.command()
@click.argument("actor")
@between_option
@as_of_option
@recorded_before_option
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="table", show_default=True)
@pass_session
def chains(session: Session, actor: str, window: DateRange | None, as_of: Any, recorded_before: Any, fmt: str) -> None:
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
    from timelinekg.schema.dates import EVERY_DAY

    view = _time_view(as_of, recorded_before)
    rows = [link.as_json() for link in actor_chains(session.store, actor, window or EVERY_DAY, view)]
    columns = ("earliest", "latest", "gap_days", "type", "label", "date_conflict", "id")
    if fmt == "json":
        import json

        json.dump({"events": rows, "order_conflicts": None, "note": ORDER_RELATIONS_NOTE}, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    write_rows(rows, columns, fmt, sys.stdout, title=f"chain of {actor}")
    click.echo(f"note: {ORDER_RELATIONS_NOTE}", err=True)


@cli.command()
@click.argument("window", type=DATE_RANGE, metavar="START END")
@click.option(
    "--lanes",
    type=click.Choice(["actor", "type", "place", "none"]),
    default="actor",
    show_default=True,
    help="One lane per actor (an event with several actors is in each), type or place, or one lane.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("timeline.html"),
    show_default=True,
    help="The HTML file to write.",
)
@click.option("--open", "open_page", is_flag=True, help="Open the page in the default web browser, if there is one.")
@pass_session
def timeline(session: Session, /, window: DateRange, lanes: str, output: Path, open_page: bool, **filters: Any) -> None:
    """Write an interactive timeline of START..END as one offline HTML page, and print its path.

    The events and filters are those of `between`; the page needs no network
    and can be e-mailed.  Wheel zooms, drag pans, a click shows an event's
    sources and quotes; see docs/timeline.md.

    \b
    Example:
        timelinekg --store seed.db timeline 2024-11-01 2024-11-12 -o seed.html
    """
    from timelinekg.exporters.timeline import render_page, write_page
    from timelinekg.queries import between as between_query
    from timelinekg.queries import resolve

    if window.start is None or window.end is None:
        raise click.UsageError("a timeline needs both its START and its END date")
    query = {"type" if name == "type_code" else name: value for name, value in filters.items()}
    view = _time_view(query.pop("as_of", None), query.pop("recorded_before", None))
    events = between_query(session.store, window, view=view, **query)
    page = render_page(
        _resolved(session.store, events, resolve, view),
        start=window.start,
        end=window.end,
        lanes=lanes,
        filters={name: value for name, value in query.items() if name != "include_undated"},
    )
    written = write_page(output, page)
    click.echo(str(written))
    if open_page:
        import webbrowser

        if not webbrowser.open(written.as_uri()):
            click.echo("note: no web browser found to open the page", err=True)


# The filters are between's own options, so that the two commands filter alike and say so alike.
TIMELINE_FILTERS = ("within", "actor", "place", "type_code", "source", "include_undated", "as_of", "recorded_before")
timeline.params[1:1] = [param for param in between.params if param.name in TIMELINE_FILTERS]


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path, allow_dash=True))
@click.option("--published", help="Publication date (YYYY-MM-DD), overriding the article's own.")
@click.option("--url", help="Source URL, overriding the article's own.")
@click.option("--format", "format_name", help="Read the file as this format instead of guessing from its extension.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, shaped like between --format json.")
def extract(path: Path, published: str | None, url: str | None, format_name: str | None, as_json: bool) -> None:
    """Show the events an article (.txt, .md, .html, .jsonl; - reads standard input as text) would give,
    without storing anything: the same events, merged the same way, as load would store.

    Events whose date the text does not support keep an open bound (earliest
    null) and precision "unknown"; see docs/extraction.md.

    \b
    Example:
        timelinekg extract examples/seed/trump-putin-call.txt --published 2024-11-10 --json
    """
    import json

    from timelinekg.cli_support import naming_standard_input, stdin_as_file, suffix_for_format
    from timelinekg.loaders import EXTENSIONS, LoadOptions
    from timelinekg.queries.preview import preview

    options = LoadOptions(format=format_name, published=_date_option(published), url=url)
    with stdin_as_file(path, suffix_for_format(format_name, EXTENSIONS, ".txt")) as readable:
        events, problems = preview(readable, options)
        problems = naming_standard_input(problems, [readable], [path])
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if as_json:
        click.echo(json.dumps(events, ensure_ascii=False, indent=2))
    else:
        for event in events:
            when = f"{event['earliest'] or '…'}..{event['latest'] or '…'}"
            names = ", ".join(f"{a['name']} ({a['role']})" for a in event["actors"])
            where = " in " + ", ".join(p["name"] for p in event["places"]) if event["places"] else ""
            click.echo(f"{when:24s} {event['type']:16s} {event['label']}  [{names}]{where}")
    if problems:
        sys.exit(1)


def main() -> None:
    try:
        cli(prog_name="timelinekg")
    except BrokenPipeError:  # click's own output (help, usage errors) into a closed pipe
        from timelinekg.cli_support import end_quietly_on_closed_pipe

        end_quietly_on_closed_pipe()
    finally:
        import gc

        # Python's teardown would look through every object still alive for garbage cycles: after a load
        # with the language model and gazetteer that is about 0.4 s of CPU spent as the process ends anyway.
        gc.freeze()
