"""One root error; the CLI turns any of these into one clear line and exit code."""

from __future__ import annotations


class TimelineKGError(Exception):
    """Root of every error timelinekg raises on purpose."""

    exit_code = 1


class ValidationError(TimelineKGError):
    """Input that breaks the model or a file format; names where, when known."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.located())

    def located(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        return f"{where}: {self.message}" if where else self.message

    def at(self, *, path: str | None = None, line: int | None = None) -> ValidationError:
        return ValidationError(self.message, path=path or self.path, line=line if line is not None else self.line)

    def __reduce__(self) -> tuple[object, ...]:
        # keyword-only fields: the default pickling would rebuild the message from the located string alone
        return (_validation_error, (self.message, self.path, self.line))


def _validation_error(message: str, path: str | None, line: int | None) -> ValidationError:
    return ValidationError(message, path=path, line=line)


class WorkersLost(TimelineKGError):
    """An extraction worker process died (killed, out of memory): every later article would wait on it."""


class StoreError(TimelineKGError):
    """A store could not be opened, read or written."""


class StoreBusy(StoreError):
    """Another writer held the store's write lock longer than we wait; so would it for the next file."""


class StoreUnavailable(StoreError):
    """The store's server is not reachable (exit code 2, so scripts can tell it apart)."""

    exit_code = 2


class NotFound(TimelineKGError):
    """A named event, actor or place is not in the store."""
