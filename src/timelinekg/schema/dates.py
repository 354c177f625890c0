"""Partial ISO dates as day bounds: ``2024`` is the whole year, ``2024-11`` the whole month."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from timelinekg.errors import ValidationError

_PARTIAL = re.compile(
    r"^(?P<year>\d{4})"
    r"(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})|Q(?P<quarter>[1-4])))?$"
)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_bounds(text: str) -> tuple[dt.date, dt.date, str]:
    """``"2024-11"`` -> ``(2024-11-01, 2024-11-30, "month")``; also ``2024-W45`` and ``2024-Q1``."""
    raw = str(text).strip()
    if "T" in raw:
        raw = raw.split("T", 1)[0]
    found = _PARTIAL.match(raw)
    if not found:
        raise ValidationError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year = int(found["year"])
    try:
        if found["day"]:
            day = dt.date(year, int(found["month"]), int(found["day"]))
            return day, day, "day"
        if found["month"]:
            month = int(found["month"])
            return dt.date(year, month, 1), month_end(year, month), "month"
        if found["week"]:
            monday = dt.date.fromisocalendar(year, int(found["week"]), 1)
            return monday, monday + dt.timedelta(days=6), "week"
        if found["quarter"]:
            first_month = 3 * int(found["quarter"]) - 2
            return dt.date(year, first_month, 1), month_end(year, first_month + 2), "quarter"
    except ValueError as error:
        raise ValidationError(f"impossible date {text!r}: {error}") from None
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def parse_day(text: object) -> dt.date:
    """One exact day; a ``datetime.date`` passes through (YAML already parses ``2024-11-07``)."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    earliest, latest, _ = parse_bounds(str(text))
    if earliest != latest:
        raise ValidationError(f"expected a full date YYYY-MM-DD, got {text!r}")
    return earliest


@dataclass(frozen=True)
class DateRange:
    """The days from ``start`` to ``end``, both included; ``None`` leaves that side open.

    Every question asked by date takes one, so a reversed range is the same error everywhere.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    text: str = field(default="", compare=False)  # as the user wrote it, for titles

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError(f"the range ends ({iso(self.end)}) before it starts ({iso(self.start)})")

    @classmethod
    def parse(cls, start: str | None, end: str | None) -> DateRange:
        """From partial dates (``2024``, ``2024-11``): the first day of ``start`` to the last day of ``end``."""
        first = parse_bounds(start)[0] if start else None
        last = parse_bounds(end)[1] if end else None
        return cls(first, last, f"{start or ''} .. {end or ''}")

    @property
    def bounded(self) -> bool:
        return self.start is not None or self.end is not None

    def __str__(self) -> str:
        return self.text or f"{iso(self.start) or ''} .. {iso(self.end) or ''}"


EVERY_DAY = DateRange()


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def day_from_iso(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def instant_from_iso(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None
