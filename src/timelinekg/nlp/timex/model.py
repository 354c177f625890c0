"""The Timex record, the TIMEX3 value syntax, and the day interval a value denotes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from timelinekg.schema.model import PRECISIONS as MODEL_PRECISIONS

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

_DATE_PART = (
    r"(?:BC)?(?:\d{4}|\d{3}|\d{2}|\d|XXXX|XXX|XX)"
    r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?|-(?:SP|SU|FA|WI)|-Q[1-4X]|-H[12X])?"
    r"(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT|MI))?"
)
_DURATION = r"P(?:(?:\d+|X)(?:Y|M|W|D|DE|CE|ML|Q|WE))+(?:T(?:(?:\d+|X)[HMS])+)?|PT(?:(?:\d+|X)[HMS])+"
TIMEX3_VALUE_RE = re.compile(rf"(?:{_DATE_PART}|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF)")

# The event model's units; "unknown" and "reported" are never a tagger answer.
PRECISIONS = tuple(unit for unit in MODEL_PRECISIONS if unit not in ("unknown", "reported"))


def is_timex3_value(value: str) -> bool:
    return TIMEX3_VALUE_RE.fullmatch(value) is not None


@dataclass(frozen=True)
class Timex:
    """One temporal expression: where it is, what kind, and what it denotes."""

    start: int
    end: int
    text: str
    type: str
    value: str
    earliest: dt.date | None
    latest: dt.date | None
    precision: str | None
    mod: str | None = None
    relation: str | None = None

    def as_json(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "precision": self.precision,
        }
        if self.mod:
            record["mod"] = self.mod
        if self.relation:
            record["relation"] = self.relation
        return record


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
# the southern hemisphere's seasons, each named by the year it begins in, as the northern winter is by its December:
# "the 2019-20 summer" in an Australian story is 2019-SU, December 2019 to February 2020
_SOUTHERN_SEASON_MONTHS = {"SP": (9, 11), "SU": (12, 14), "FA": (3, 5), "WI": (6, 8)}
_CALENDAR_RE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}|XX))?|XX(?:-XX)?|(?P<unknown>WXX|QX|HX)|W(?P<week>\d{2})"
    r"(?:-(?P<week_day>[1-7]|WE))?|(?P<season>SP|SU|FA|WI)|Q(?P<quarter>[1-4])|H(?P<half>[12])))?"
    r"(?:T(?P<time>\d{2}(?::(?P<minute>\d{2}))?|(?P<part>MO|AF|EV|NI|DT|MI)))?"
)


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return dt.date(year, first, 1), _month_end(end_year, end_month)


Bounds = tuple[dt.date | None, dt.date | None, str | None]

# the part of a period that "early", "mid" and "late" (TIMEX3 mod START, MID, END) keep
POSITION_MODS = ("START", "MID", "END")


_SEASON_VALUE = re.compile(r"\d{4}-(?:SP|SU|FA|WI)$")


def season_months(code: str, southern: bool = False) -> tuple[int, int]:
    """The first and last month of the season ``code`` ("WI"), counted on from January of its year (winter's last,
    February of the next, is 14)."""
    return (_SOUTHERN_SEASON_MONTHS if southern else _SEASON_MONTHS)[code]


def is_season(value: str) -> bool:
    """Whether a TIMEX3 value names a season of a year ("2025-WI")."""
    return _SEASON_VALUE.match(value) is not None


def interval(value: str, mod: str | None = None, *, southern: bool = False) -> Bounds:
    """First and last day a DATE/TIME value denotes, and its precision; Nones when it is not a calendar
    point we can place (BC, X-filled years, PAST_REF ...).

    A position ``mod`` keeps one third of the period, counted in its next finer unit and rounded up:
    START the first third, MID the middle one, END the last.  "early 2009" is 2009-01-01..2009-04-30
    (precision month), "mid-March 2024" 2024-03-11..2024-03-21 (day), "the late 1990s" 1996..1999
    (year), "the end of the third quarter" September (month).  Days and times keep their bounds.
    ``southern`` places seasons in the southern hemisphere's months (winter June to August).
    """
    try:
        bounds = _interval(value, southern)
    except (ValueError, OverflowError):
        return None, None, None
    if mod in POSITION_MODS:
        return _narrow(bounds, mod)
    return bounds


def _third(count: int, mod: str) -> tuple[int, int]:
    """Index of the first and last of ``count`` steps that the mod keeps."""
    size = -(-count // 3)
    first = {"START": 0, "MID": (count - size) // 2, "END": count - size}[mod]
    return first, first + size - 1


def _narrow(bounds: Bounds, mod: str) -> Bounds:
    first, last, precision = bounds
    if first is None or last is None:
        return bounds
    if precision in ("year", "season", "quarter"):
        start_index = first.year * 12 + first.month - 1
        months = (last.year * 12 + last.month - 1) - start_index + 1
        a, b = _third(months, mod)
        lo, hi = start_index + a, start_index + b
        return dt.date(lo // 12, lo % 12 + 1, 1), _month_end(hi // 12, hi % 12 + 1), "month"
    if precision in ("decade", "century", "millennium"):
        a, b = _third(last.year - first.year + 1, mod)
        return dt.date(first.year + a, 1, 1), dt.date(first.year + b, 12, 31), "year"
    if precision in ("month", "week"):
        a, b = _third((last - first).days + 1, mod)
        return first + dt.timedelta(days=a), first + dt.timedelta(days=b), "day"
    return bounds


def _interval(value: str, southern: bool = False) -> Bounds:
    if len(value) <= 3 and value.isdigit():
        span = 10 ** (4 - len(value))
        first = max(int(value) * span, 1)
        last = min(int(value) * span + span - 1, 9999)
        precision = {1: "millennium", 2: "century", 3: "decade"}[len(value)]
        return dt.date(first, 1, 1), dt.date(last, 12, 31), precision
    m = _CALENDAR_RE.fullmatch(value)
    if m is None or int(m["year"]) == 0:
        return None, None, None
    year = int(m["year"])
    if m["time"] or m["part"]:
        day_text = m["day"]
        if not m["month"] or not day_text or day_text == "XX":
            first, last = _months(year, int(m["month"]), int(m["month"])) if m["month"] else _months(year, 1, 12)
            return first, last, "day"
        day = dt.date(year, int(m["month"]), int(day_text))
        if m["part"] == "NI":
            return day, day + dt.timedelta(days=1), "day"
        if m["part"]:
            return day, day, "day"
        return day, day, "minute" if m["minute"] else "hour"
    if m["day"]:
        if m["day"] == "XX":
            first, last = _months(year, int(m["month"]), int(m["month"]))
            return first, last, "day"
        day = dt.date(year, int(m["month"]), int(m["day"]))
        return day, day, "day"
    if m["month"]:
        first, last = _months(year, int(m["month"]), int(m["month"]))
        return first, last, "month"
    if m["week"]:
        monday = dt.date.fromisocalendar(year, int(m["week"]), 1)
        if m["week_day"] == "WE":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "day"
        if m["week_day"]:
            day = monday + dt.timedelta(days=int(m["week_day"]) - 1)
            return day, day, "day"
        return monday, monday + dt.timedelta(days=6), "week"
    if m["season"]:
        first_month, last_month = season_months(m["season"], southern)
        first, last = _months(year, first_month, last_month)
        return first, last, "season"
    if m["quarter"]:
        q = int(m["quarter"])
        first, last = _months(year, 3 * q - 2, 3 * q)
        return first, last, "quarter"
    if m["half"]:
        h = int(m["half"])
        first, last = _months(year, 6 * h - 5, 6 * h)
        return first, last, "quarter"
    if m["unknown"]:  # 1989-WXX, 1989-QX: a week or quarter of a known year
        first, last = _months(year, 1, 12)
        return first, last, {"W": "week", "Q": "quarter", "H": "quarter"}[m["unknown"][0]]
    if "-" in value:  # 2024-XX or 2024-XX-XX: only the year is known
        first, last = _months(year, 1, 12)
        return first, last, "day" if value.count("-") == 2 else "month"
    first, last = _months(year, 1, 12)
    return first, last, "year"
