"""What the commands share beyond click: which store, where output goes, standard input, closed pipes,
progress.  Kept out of cli.py so that the commands stay short and the rules live in one place."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from timelinekg.errors import StoreError, TimelineKGError

STDIO = "-"


# -- which store --------------------------------------------------------------------------------------------


def sqlite_path(location: str) -> Path | None:
    """The file an embedded-store location names, or None for a server URL."""
    if "://" not in location:
        return Path(location)
    scheme, rest = location.split("://", 1)
    return Path(rest) if scheme.lower() in ("file", "sqlite") else None


def store_name(location: str) -> str:
    """The store as messages name it: the file, or the URL without credentials."""
    path = sqlite_path(location)
    if path is not None:
        return str(path)
    from timelinekg.graph.neo4j.store import redact_uri

    return redact_uri(location)


def _ignored_neo4j_uri(explicit: str | None) -> str:
    if explicit is None and os.environ.get("NEO4J_URI"):
        return " (NEO4J_URI is not read by the CLI: choose a store with --store or TIMELINEKG_STORE)"
    return ""


def require_existing_store(location: str, explicit: str | None) -> None:
    """Reading a store that is not there is a mistake (a typo, another folder), not an empty answer."""
    path = sqlite_path(location)
    if path is not None and not path.exists():
        raise StoreError(f"no store at {path}: load something into it first" + _ignored_neo4j_uri(explicit))


def nothing_found_note(what: str, location: str, explicit: str | None) -> str:
    return f"note: no {what} in the store {store_name(location)}" + _ignored_neo4j_uri(explicit)


# -- output -------------------------------------------------------------------------------------------------


class OutputError(TimelineKGError):
    """An output file could not be opened or written (missing folder, read-only, disk full)."""


def output_problem(path: Path, error: OSError) -> OutputError:
    reason = error.strerror or str(error)
    if isinstance(error, FileNotFoundError) and not path.parent.exists():
        reason = f"no folder {path.parent}"
    return OutputError(f"cannot write {path}: {reason}")


@contextlib.contextmanager
def output_stream(path: Path | None) -> Iterator[TextIO]:
    """Standard output (no path, or ``-``) or the file, any failure to write it one line naming it."""
    if path is None or str(path) == STDIO:
        yield sys.stdout
        return
    try:
        handle = path.open("w", encoding="utf-8", newline="\n")
    except OSError as error:
        raise output_problem(path, error) from None
    try:
        with handle:
            yield handle
    except BaseException as error:
        # A failed export leaves no half-written file behind to be mistaken for a whole one (only a
        # regular file: never a device such as /dev/full, nor a pipe).
        if path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()
        if (
            isinstance(error, OSError)
            and not isinstance(error, BrokenPipeError)
            and error.filename in (None, str(path))
        ):
            raise output_problem(path, error) from None
        raise


# -- standard input -----------------------------------------------------------------------------------------


@contextlib.contextmanager
def stdin_as_file(path: Path, suffix: str) -> Iterator[Path]:
    """``-`` as a temporary file named ``stdin<suffix>`` (readers take paths); any other path as itself."""
    if str(path) != STDIO:
        yield path
        return
    folder = tempfile.mkdtemp(prefix="timelinekg-stdin-")
    try:
        spooled = Path(folder) / f"stdin{suffix}"
        with spooled.open("wb") as handle:
            shutil.copyfileobj(sys.stdin.buffer, handle)
        yield spooled
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def naming_standard_input(messages: list[str], read: list[Path], given: list[Path]) -> list[str]:
    """``messages`` with the spooled file of ``-`` named "standard input": its temporary path means
    nothing to the user, and is gone by the time they read it."""
    for spooled, path in zip(read, given, strict=True):
        if str(path) == STDIO:
            messages = [message.replace(str(spooled), "standard input") for message in messages]
    return messages


def suffix_for_format(format_name: str | None, extensions: dict[str, str], default: str) -> str:
    """The file extension a reader expects for ``format_name``: ``default`` when none is given or the
    format has none of its own (ACLED's .csv); the explicit format decides how the file is read anyway."""
    return next((extension for extension, name in extensions.items() if name == format_name), default)


# -- closed pipes -------------------------------------------------------------------------------------------


def end_quietly_on_closed_pipe() -> None:
    """After a BrokenPipeError (``timelinekg between ... | head``): no traceback, no flush error at exit.

    Python flushes stdout again at exit; pointing it at /dev/null stops a second BrokenPipeError.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.close()


# -- progress -----------------------------------------------------------------------------------------------


def progress_wanted(quiet: bool) -> bool:
    """Progress bars only for a person watching: not with --quiet, not when stderr is a file or pipe."""
    return not quiet and sys.stderr.isatty()


class LoadProgress:
    """Files done of files named, events stored and dataset rows read, with the rate, for ``load``."""

    def __init__(self, files: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files{task.fields[detail]}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.progress.add_task("loading", total=files, detail="")
        self.events = 0
        self.rows = 0
        self._started_file = False
        self._listening: Any = None

    def __enter__(self) -> LoadProgress:
        from timelinekg.loaders import ROW_LISTENER

        self._listening = ROW_LISTENER.set(self.on_rows)
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        from timelinekg.loaders import ROW_LISTENER

        self.progress.stop()
        ROW_LISTENER.reset(self._listening)

    def on_file(self, path: Path) -> None:
        if self._started_file:
            self.progress.advance(self.task)
        self._started_file = True
        self.progress.update(self.task, description=f"loading {path.name}")

    def on_batch(self, events: int) -> None:
        self.events += events
        self._show()

    def on_rows(self, rows: int) -> None:
        self.rows += rows
        self._show()

    def _show(self) -> None:
        elapsed = self.progress.tasks[0].elapsed or 0.0
        detail = f" · {self.events:,} events stored"
        if self.rows:
            detail += f" · {self.rows:,} rows read"
        if elapsed > 0.5:
            unit = "rows" if self.rows else "events"
            detail += f" · {max(self.rows, self.events) / elapsed:,.0f} {unit}/s"
        self.progress.update(self.task, detail=detail)


def new_progress(quiet: bool, files: int) -> LoadProgress | None:
    return LoadProgress(files) if progress_wanted(quiet) else None
