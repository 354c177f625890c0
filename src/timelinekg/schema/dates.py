"""Partial ISO dates as day bounds: ``2024`` is the whole year, ``2024-11`` the whole month."""

from __future__ import annotations

import calendar
import datetime as dt
import re

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


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def day_from_iso(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def instant_from_iso(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None
