"""Rules for phrases whose extent and type, rather than arithmetic, are the hard part: reference plurals ("in
recent quarters", "coming years"), recurrences ("twice a week", "each spring") and rates
("$2 million a year").

The rules are kept apart from ``grammar.RULES`` so that ``tag`` can rank them: ``FIRST`` win ties against the
grammar's rules of equal length, ``LAST`` lose them.  Their handlers join ``resolve.HANDLERS`` in ``HANDLERS``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from timelinekg.nlp.timex import grammar, resolve
from timelinekg.nlp.timex import lexicon as lx
from timelinekg.nlp.timex.grammar import (
    CLOCK_BEFORE,
    MONTH_FULL,
    NUMBER,
    RATE_BEFORE,
    SEASON,
    UNIT,
    Rule,
    _alternation,
    _compile,
    literal_anchor,
)
from timelinekg.nlp.timex.model import Timex
from timelinekg.nlp.timex.resolve import (
    Context,
    Point,
    Result,
    _as_date,
    _duration_value,
    _nearest_century,
    _norm,
    _unit,
    clock_time,
    fmt_year,
    parse_number,
    position_mod,
)

Handler = Callable[[re.Match[str], Context], Result | None]


# "recent quarters", "coming years", "future quarters": a reference word before any plural unit
REFERENCE_WORDS: dict[str, str] = {"recent": "PAST_REF", "coming": "FUTURE_REF", "future": "FUTURE_REF"}


def reference_row(word: str) -> str:
    """The ``learned_words.tsv`` row that counts "<word> <any plural unit>"."""
    return f"{word} UNITS"


def _reference_plural(m: re.Match[str], ctx: Context) -> Result | None:
    """A past or future reference, or a length of unknown count, whichever news annotators gave the phrases of
    this word more often (``learned_words.tsv``; a tie goes to the length, as for "recent weeks")."""
    word = _norm(m["ref"])
    unit = _unit(m["unit"])
    table = lx.learned_words()
    # a phrase with values counted on its own ("recent years") follows them, the others their word's
    own = table.get(_norm(m.group()).removeprefix("the "))
    learned = own if own is not None and own.values else table.get(reference_row(word))
    if learned is not None and not ctx.narrative:
        references = learned.values[REFERENCE_WORDS[word]]
        lengths = sum(n for kind, n in learned.values.items() if kind.startswith("P") and kind != "PAST_REF")
        if references > lengths:
            return Result("DATE", REFERENCE_WORDS[word])
    return _duration_value(None, unit, None)


def _frequency(m: re.Match[str], ctx: Context) -> Result | None:
    """ "twice a week", "three times a year", "once every two months": TimeML gives the period as the SET's value
    (and the count as its ``freq``, which the record does not keep)."""
    unit = _unit(m["unit"])
    count = 1.0
    if m["every_num"]:
        parsed = parse_number(m["every_num"])
        if parsed is None:
            return None
        count = parsed
    return Result("SET", _duration_value(count, unit, None).value)


def _every_named(m: re.Match[str], ctx: Context) -> Result | None:
    """ "each spring", "every January": the season or month of every year."""
    if m["season"]:
        return Result("SET", f"XXXX-{lx.SEASONS[_norm(m['season'])]}")
    return Result("SET", f"XXXX-{lx.MONTHS[_norm(m['month'])]:02d}")


_CLOCK_WORDS: dict[str, int] = {w: n for w, n in lx.CARDINALS.items() if 1 <= n <= 12 and " " not in w and len(w) > 2}
# the part of the day that makes a bare hour one after noon
_AFTER_NOON = frozenset({"afternoon", "evening", "night"})


# a bare hour is one only after a word that takes a time ("at 4 in the morning"; "page 3 in the morning edition"
# is not)


def _clock_part_ok(m: re.Match[str], text: str) -> bool:
    return bool(m["oclock"] or m["minute"]) or CLOCK_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None


# a twenty-four-hour clock written as four digits is a time only with its zone or "hours" after it ("at 2130 GMT",
# "at 1900 hours", "2100 local time"); an alternate time in brackets after the local one ("(1542 GMT)") stays
# untagged, as the join of a time with its day reads it
_ZONE_CLOCK_BEFORE = re.compile(r"\(\s*$")


def _zone_clock_ok(m: re.Match[str], text: str) -> bool:
    if m["hrs"] and CLOCK_BEFORE.search(text, max(0, m.start() - 24), m.start()) is None:
        return False  # "worked 1200 hours" is a count; "at 1900 hours" a time
    return _ZONE_CLOCK_BEFORE.search(text, max(0, m.start() - 3), m.start()) is None


def _zone_clock(m: re.Match[str], ctx: Context) -> Result | None:
    # a bare clock time like any other: right after the event's day it is on that day ("reached orbit on Tuesday.
    # The first signal came at 2140 GMT"; round thirteen, timex_news4 class)
    return clock_time(int(m["hour"]), int(m["minute"]), ctx, (m.start(), m.end()))


_WEEK_STEPS = {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1}


def _weekday_of_week(m: re.Match[str], ctx: Context) -> Result | None:
    """ "Tuesday last week", "Monday of next week", "Friday the following week": that weekday of the week named,
    counted from the speech time ("the following/previous week" from the day last mentioned)."""
    rel = _norm(m["rel"]).removeprefix("the ")
    day = _as_date(ctx.last if m["rel"].lower().startswith("the") else ctx.speech)
    if day is None:
        return None
    monday = day - dt.timedelta(days=day.isoweekday() - 1) + dt.timedelta(weeks=_WEEK_STEPS[rel])
    target = monday + dt.timedelta(days=lx.WEEKDAYS[_norm(m["weekday"])] - 1)
    point = resolve.Point(target.year, target.month, target.day)
    return Result("DATE", target.isoformat(), mentions=point)


def _weeks_from_weekday(m: re.Match[str], ctx: Context) -> Result | None:
    """ "a week ago Monday", "two weeks from Friday": whole weeks counted back from the latest such weekday (the
    speech day included) or on from the coming one; one expression, a day (round thirteen, timex_news4 class; the
    tagger read "a week ago" as a week and the weekday as the last one)."""
    weeks = parse_number(m["num"])
    day = _as_date(ctx.speech)
    if weeks is None or not weeks.is_integer() or day is None:
        return None
    delta = lx.WEEKDAYS[_norm(m["weekday"])] - day.isoweekday()
    if _norm(m["dir"]) == "ago":
        target = day + dt.timedelta(days=delta if delta <= 0 else delta - 7, weeks=-weeks)
    else:
        target = day + dt.timedelta(days=delta if delta >= 0 else delta + 7, weeks=weeks)
    point = resolve.Point(target.year, target.month, target.day)
    return Result("DATE", target.isoformat(), mentions=point)


def _clock_part(m: re.Match[str], ctx: Context) -> Result | None:
    """ "4 in the morning", "seven o'clock", "10:30 at night": an hour the words place in the day."""
    hour_text = _norm(m["hour"])
    hour = int(hour_text) if hour_text.isdigit() else _CLOCK_WORDS[hour_text]
    minute = int(m["minute"] or 0)
    part = _norm(m["part"] or m["part2"] or ("night" if m["night"] or m["night2"] else ""))
    if hour > 12 and part:
        return None  # "14 in the morning" is no clock time
    if part in _AFTER_NOON and hour < 12 and not (part == "night" and hour < 5):
        hour += 12
    elif part == "morning" and hour == 12:
        hour = 0
    return clock_time(hour, minute, ctx, (m.start(), m.end()))


_MINUTE_WORDS: dict[str, int] = {w: n for w, n in lx.CARDINALS.items() if 1 <= n <= 29 and " " not in w and len(w) > 2}
# a clock told in words counts minutes by fives ("twenty past four", "a quarter to ten"), or names them ("seven
# minutes past nine"); "from three to seven" is a range of numbers
_SPOKEN_MINUTES = (
    r"a\s+quarter|quarter|half|(?:twenty[\s-]+)?five|ten|twenty"
    rf"|(?P<counted>(?:twenty[\s-]+)?(?:{_alternation(w for w, n in _MINUTE_WORDS.items() if n < 20)})|[1-5]?\d)"
    r"\s+minutes?"
)
# an afternoon or evening named after the clock ("twenty past four yesterday afternoon") puts it after noon
_AFTERNOON_AFTER = re.compile(
    r"\s+(?:(?:yesterday|today|tomorrow|this|that|on\s+\w+)\s+)?(?:afternoon|evening)\b", re.IGNORECASE
)


_RANGE_OPENING_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def _spoken_clock_ok(m: re.Match[str], text: str) -> bool:
    if _norm(m["minutes"]) == "half" and _norm(m["dir"]) != "past":
        return False
    if _norm(m["dir"]) == "to" and _RANGE_OPENING_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return False  # "the talks ran from ten to twelve": two hours, no clock
    return bool(m["part"] or m["night"]) or CLOCK_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None


def _spoken_clock(m: re.Match[str], ctx: Context) -> Result | None:
    """ "at twenty past four", "a quarter to ten", "half past seven in the evening", "twenty to midnight": the hour
    and the minutes told as speech tells them (probe34 class, own sentences first)."""
    minutes_text = re.sub(r"[\s-]+", " ", _norm(m["minutes"])).removeprefix("a ").removesuffix(" minutes")
    minutes_text = minutes_text.removesuffix(" minute")
    if minutes_text in ("quarter", "half"):
        minutes = 15 if minutes_text == "quarter" else 30
    elif minutes_text.isdigit():
        minutes = int(minutes_text)
    else:
        minutes = sum(_MINUTE_WORDS[word] for word in minutes_text.split())
    hour_text = _norm(m["hour"])
    hour = {"midnight": 0, "noon": 12}.get(hour_text)
    if hour is None:
        hour = int(hour_text) if hour_text.isdigit() else _CLOCK_WORDS[hour_text]
        part = _norm(m["part"] or ("night" if m["night"] else ""))
        if (part in _AFTER_NOON or _AFTERNOON_AFTER.match(ctx.text, m.end())) and hour < 12:
            hour += 12
    if not 1 <= minutes <= 59 or hour > 23:
        return None
    if _norm(m["dir"]) == "to":
        hour, minutes = (hour - 1) % 24, 60 - minutes
    return clock_time(hour, minutes, ctx, (m.start(), m.end()))


# "a quarter-century ago" points at a time; "its quarter-century low" uses the length as an adjective
_AFTER_PART_CENTURY = re.compile(r"\s+(?:ago|earlier|later|before|after)\b|(?<=-century)\s+[a-z]", re.IGNORECASE)


def _part_century_ok(m: re.Match[str], text: str) -> bool:
    return _AFTER_PART_CENTURY.match(text, m.end()) is None


def _part_century(m: re.Match[str], ctx: Context) -> Result | None:
    """ "a quarter century", "the last half-century": 25 and 50 years, not a quarter of the current year."""
    years = 25 if _norm(m["part"]) == "quarter" else 50
    return Result("DURATION", f"P{years}Y")


def _new_year(m: re.Match[str], ctx: Context) -> Result | None:
    """ "talks resume in the new year": the year about to begin, said in its second half, else the year just begun
    (round fourteen, timex_news5 class)."""
    if ctx.narrative:
        return None  # WikiWars leaves a story's "the new year" unmarked
    speech = ctx.speech
    year = speech.year + (1 if speech.month is not None and speech.month >= 7 else 0)
    return Result("DATE", fmt_year(year), mentions=Point(year))


def _past_weekend(m: re.Match[str], ctx: Context) -> Result | None:
    """ "this past weekend": the last weekend that ended before the speech day."""
    day = _as_date(ctx.speech)
    if day is None:
        return Result("DATE", "XXXX-WXX-WE")
    sunday = day - dt.timedelta(days=day.isoweekday() % 7 or 7)
    year, week, _ = sunday.isocalendar()
    return Result("DATE", f"{year:04d}-W{week:02d}-WE")


# "last" counts from the month's end (round fourteen, timex_news5 class: "the last week of September")
_WEEK_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}
_INNER_RULES = {rule.name: rule for rule in grammar.RULES}
_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")


def _resolve_inner(names: tuple[str, ...], ctx: Context, start: int, end: int) -> Result | None:
    """The grammar's own reading of the words from ``start`` to ``end``, by the first of its rules ``names``
    that covers exactly them."""
    for name in names:
        inner = _INNER_RULES[name].pattern.match(ctx.text, start, end)
        if inner is not None and inner.end() == end:
            return resolve.HANDLERS[name](inner, ctx)
    return None


def _month_of_tail(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The year and month the words of the match's ``tail`` group name ("of March", "of next month", "in June 2027"),
    as the grammar's own month rules read them."""
    result = _resolve_inner(("month_year", "month", "relative_unit"), ctx, m.start("tail"), m.end())
    value = _MONTH_VALUE.fullmatch(result.value) if result else None
    return (int(value[1]), int(value[2])) if value else None


def _week_of_month(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the first week of March", "the third week of next month", "the last week of September": the ISO week
    holding the middle day of the month's n-th seven days (March 4 for the first week), or of its last seven."""
    named = _month_of_tail(m, ctx)
    if named is None:
        return None
    (year, month), n = named, _WEEK_ORDINALS[_norm(m["ord"])]
    if n < 0:
        day = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=4)
    else:
        day = dt.date(year, month, 7 * (n - 1) + 4)
    year, week, _ = day.isocalendar()
    return Result("DATE", f"{year:04d}-W{week:02d}")


_WEEKDAY_ORDINALS = {**_WEEK_ORDINALS, "final": -1, "fifth": 5, "5th": 5}


def _weekday_of_month(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the first Sunday of April", "the last Friday of next month": the day the calendar gives, in the year the
    month would take; none when the month has no such day (a fifth Friday of February)."""
    named = _month_of_tail(m, ctx)
    if named is None:
        return None
    year, month = named
    day = resolve._nth_weekday(year, month, lx.WEEKDAYS[_norm(m["weekday"])], _WEEKDAY_ORDINALS[_norm(m["ord"])])
    if day.month != month:
        return None
    return Result("DATE", day.isoformat())


def _early_late_day(m: re.Match[str], ctx: Context) -> Result | None:
    """ "late yesterday", "early today": the day, its part kept in the mod."""
    result = _resolve_inner(("relative_day",), ctx, m.start("day"), m.end())
    return replace(result, mod=position_mod(m["pmod"])) if result else None


def _long_adjective(m: re.Match[str], ctx: Context) -> Result | None:
    """ "a weeklong visit", "yearlong talks": one unit."""
    return _duration_value(1.0, _norm(m["unit"]), None)


# between the parts of one length: "two years and three months", "one year, seven months"
_LENGTH_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)
_LENGTH_PARTS = re.compile(
    r"P(?:(?P<Y>\d+)Y)?(?:(?P<MO>\d+)M)?(?:(?P<D>\d+)D)?(?:T(?:(?P<H>\d+)H)?(?:(?P<MI>\d+)M)?(?:(?P<S>\d+)S)?)?"
)
_LENGTH_ORDER = ("Y", "MO", "D", "H", "MI", "S")


def _length_parts(value: str) -> dict[str, str] | None:
    found = _LENGTH_PARTS.fullmatch(value)
    if found is None or value in ("P", "PT"):
        return None
    return {unit: count for unit, count in found.groupdict().items() if count is not None}


def join_length_parts(text: str, timexes: list[Timex], build: Callable[[int, int, Result], Timex]) -> list[Timex]:
    """ "two years and three months" is one length, P2Y3M, when each part counts a smaller unit than the one
    before it; "two or three days" and "two years and 200 days" stay apart."""
    out: list[Timex] = []
    for timex in timexes:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.type == timex.type == "DURATION"
            and not timex.mod
            and _LENGTH_JOIN.fullmatch(text, previous.end, timex.start)
        ):
            first, second = _length_parts(previous.value), _length_parts(timex.value)
            if (
                first
                and second
                and _LENGTH_ORDER.index(max(first, key=_LENGTH_ORDER.index))
                < _LENGTH_ORDER.index(min(second, key=_LENGTH_ORDER.index))
            ):
                parts = {**first, **second}
                date = "".join(f"{parts[u]}{u[0]}" for u in ("Y", "MO", "D") if u in parts)
                clock = "".join(f"{parts[u]}{u[0]}" for u in ("H", "MI", "S") if u in parts)
                value = "P" + date + (f"T{clock}" if clock else "")
                out[-1] = build(previous.start, timex.end, Result("DURATION", value, previous.mod, previous.relation))
                continue
        out.append(timex)
    return out


_OR_AND = re.compile(r"\s+(?:and|or)\s+", re.IGNORECASE)
_PLURAL_UNIT_END = re.compile(rf"(?:{_alternation(lx.UNIT_PLURALS)})$", re.IGNORECASE)


def join_coordinated_units(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "in recent weeks and months", "the past days and weeks": a plural unit without a count joined by "and" or
    "or" to a phrase ending in a plural unit shares its reference, and news writes the whole as one expression
    (the tbaq dev part 1 of 1, "weeks and months"); the joined phrase keeps the first one's value."""
    out: list[Timex] = []
    for timex in timexes:
        previous = out[-1] if out else None
        if (
            previous is not None
            and timex.type == "DURATION"
            and timex.text.lower() in lx.UNIT_PLURALS
            and ("X" in previous.value or previous.value.endswith("_REF"))  # no count: "two years and months"
            and _PLURAL_UNIT_END.search(previous.text)
            and _OR_AND.fullmatch(text, previous.end, timex.start)
        ):
            out[-1] = replace(previous, end=timex.end, text=text[previous.start : timex.end])
            continue
        out.append(timex)
    return out


def _half_year(m: re.Match[str], ctx: Context) -> Result | None:
    """ "H1 2009", "H2 2010": a half of a named year."""
    return Result("DATE", f"{int(m['year']):04d}-H{m['half']}")


# Company reports and financial news write a quarter or half with its (fiscal) year as a code: "3Q25", "1H25",
# "2H 2025", "Q1'25", "Q2 FY26", "H1 FY26", "Q4 Fiscal 2025" (round eleven, timex_news class).  A code counts only
# with its year ("a 4Q battery", "a 2H pencil" are none); "Q3" alone and "H1 2025" have rules of their own.
PERIOD_CODE = (
    r"(?-i:(?:(?P<qa>[1-4])Q|(?P<ha>[12])H)"
    r"(?:(?P<glued>\d\d)(?![\w'’])|\s?['’](?P<apos>\d\d)(?![\w'’])|\s+FY\s?(?P<fy>\d\d)(?![\w'’])"
    r"|\s+(?:(?:FY|(?i:fiscal))\s?)?(?P<full>(?:19|20)\d\d)(?!\d))"
    r"|(?:Q(?P<qb>[1-4])|H(?P<hb>[12]))"
    r"(?:\s?['’](?P<apos2>\d\d)(?![\w'’])|\s+FY\s?(?P<fy2>\d\d)(?![\w'’])"
    r"|\s+(?:FY\s?|(?i:fiscal)\s+)(?P<full2>(?:19|20)\d\d)(?!\d)))"
)


def _period_code(m: re.Match[str], ctx: Context) -> Result | None:
    """ "3Q25" is 2025-Q3, "1H25" 2025-H1: the two-digit year in the century nearest the DCT."""
    letter = "Q" if (m["qa"] or m["qb"]) else "H"
    number = m["qa"] or m["qb"] or m["ha"] or m["hb"]
    full = m["full"] or m["full2"]
    two_digits = m["glued"] or m["apos"] or m["fy"] or m["apos2"] or m["fy2"]
    year = int(full) if full else _nearest_century(int(two_digits), ctx.speech.year)
    return Result("DATE", f"{year:04d}-{letter}{number}")


def _rate(m: re.Match[str], ctx: Context) -> Result | None:
    """A rate is a frequency.  Narratives mark it (WikiWars 2 of 2); news annotators only when the tbaq dev part
    shows a clear majority of the rates they meet marked (``lexicon.news_tags_rates``; it shows 2 of 10)."""
    if not ctx.narrative and not lx.news_tags_rates():
        return None
    return Result("SET", lx.SET_WORDS[_norm(m["set"])])


_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_QUARTER_ORDINAL = _alternation(_QUARTER_ORDINALS)
# "usually conducted in the second and fourth quarters": a habit recurs every year, so its quarters are a SET
_HABITUAL_BEFORE = re.compile(
    r"\b(?:usually|typically|normally|generally|traditionally|always|often|tends?\s+to)\b[^.;!?]*$", re.IGNORECASE
)
_ORDINAL_AND_BEFORE = re.compile(rf"\b(?:{_QUARTER_ORDINAL})\s+(?:and|or)\s+$", re.IGNORECASE)


def _after_ordinal_and(m: re.Match[str], text: str) -> bool:
    return _ORDINAL_AND_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None


def _coordinated_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the second and fourth quarters": two expressions, "second" and "fourth quarters" (TimeML's spans); each
    is that quarter, of the year named after them or the latest begun, and recurs (a SET) in a habit."""
    number = _QUARTER_ORDINALS[_norm(m["ordinal"] or m["ordinal2"])]
    if _HABITUAL_BEFORE.search(ctx.text, max(0, m.start() - 120), m.start()):
        return Result("SET", f"XXXX-Q{number}")
    # the first of the pair takes the year named after the second ("the first and second quarters of 1988")
    shared = _YEAR_OF_AFTER.match(ctx.text, m.end())
    year_text = m["year"] or (shared["year"] if shared else None)
    year = int(year_text) if year_text else resolve._latest_begun(number, 4, ctx, m)
    return Result("DATE", f"{year:04d}-Q{number}")


_YEAR_OF_AFTER = re.compile(r"(?:\s+(?:and|or)\s+\w+\s+quarters)?\s+of\s+(?P<year>(?:19|20)\d\d)(?!\d)")
_YEAR_VALUE = re.compile(r"\d{4}")


def _half_by_quarters(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the first two quarters of 1990", "the last two quarters of next year": a half of a named year, H1 or H2
    (the tbaq dev part gives the one such phrase as 1990-H1; without a year it stays a length, P2Q)."""
    result = _resolve_inner(("year", "relative_unit"), ctx, m.start("tail"), m.end())
    year = _YEAR_VALUE.fullmatch(result.value) if result else None
    if year is None:
        return None
    half = 1 if _norm(m["which"]) == "first" else 2
    return Result("DATE", f"{year.group()}-H{half}")


# "twice as high a dividend this year as last", "sales this month than last": the unit of the "this UNIT" just
# before is understood after "last" (the tbaq dev part marks its one use, 1988 for "this year as last")
_ELLIPTICAL_THIS_BEFORE = re.compile(
    r"\bthis\s+(?P<unit>year|month|week|quarter)\b[^.;!?]{0,60}?\b(?:as|than|from|with|over)\s+$", re.IGNORECASE
)


def _elliptical_last_ok(m: re.Match[str], text: str) -> bool:
    return _ELLIPTICAL_THIS_BEFORE.search(text, max(0, m.start() - 90), m.start()) is not None


def _elliptical_last(m: re.Match[str], ctx: Context) -> Result | None:
    before = _ELLIPTICAL_THIS_BEFORE.search(ctx.text, max(0, m.start() - 90), m.start())
    return _previous_unit(_norm(before["unit"]), ctx) if before else None


def _previous_unit(unit: str, ctx: Context) -> Result | None:
    """The calendar unit before the speech time's: last year, last month, last week, last quarter."""
    day = _as_date(ctx.speech)
    if day is None:
        return None
    if unit == "year":
        return Result("DATE", f"{day.year - 1:04d}")
    if unit == "month":
        first = day.replace(day=1) - dt.timedelta(days=1)
        return Result("DATE", f"{first.year:04d}-{first.month:02d}")
    if unit == "quarter":
        index = day.year * 4 + (day.month - 1) // 3 - 1
        return Result("DATE", f"{index // 4:04d}-Q{index % 4 + 1}")
    year, week, _ = (day - dt.timedelta(days=7)).isocalendar()
    return Result("DATE", f"{year:04d}-W{week:02d}")


def _two_units_away(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the year before last", "the week after next": two units of the calendar back or ahead of the speech
    time's (not "the year" counted from the day last named)."""
    day = _as_date(ctx.speech)
    if day is None:
        return None
    step = -2 if _norm(m["dir"]) == "before last" else 2
    unit = _norm(m["unit"])
    if unit == "year":
        return Result("DATE", f"{day.year + step:04d}")
    if unit == "month":
        index = day.year * 12 + day.month - 1 + step
        return Result("DATE", f"{index // 12:04d}-{index % 12 + 1:02d}")
    year, week, _ = (day + dt.timedelta(weeks=step)).isocalendar()
    return Result("DATE", f"{year:04d}-W{week:02d}")


def _year_ago_length(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the year-earlier nine months": the running year's length, a year back, is one expression whose value is
    the length (the tbaq dev part gives it so; "the year-ago quarter" and "period" have rules of their own)."""
    return _duration_value(parse_number(m["num"]), _unit(m["unit"]), None)


# month names and abbreviations for "the April-June quarter", "Jan-Mar"; a span ends in March, June, September or
# December
_MONTH_OR_ABBREVIATION = grammar._case_forms(lx.MONTHS)
_SPAN_ENDS = ("Ma", "Ju", "Se", "De")


FIRST: tuple[Rule, ...] = (
    Rule(
        "weeks_from_weekday",
        _compile(
            rf"(?P<num>{NUMBER})\s+weeks?\s+(?P<dir>ago|from)\s+(?:(?:last|this|next)\s+)?"
            rf"(?P<weekday>{grammar.WEEKDAY})(?![\w'’-])"
        ),
        anchor=literal_anchor("week"),
    ),
    Rule(
        "weekday_of_week",
        _compile(
            rf"(?P<weekday>{grammar.WEEKDAY})\s+(?:of\s+)?(?P<rel>last|next|this|the\s+(?:following|previous))\s+"
            r"week(?![\w-])"
        ),
        anchor=literal_anchor("week"),
    ),
    Rule(
        "zone_clock",
        _compile(
            r"(?<![\w.,$-])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:(?:GMT|UTC)(?![\w-])|local\s+time\b"
            r"|(?P<hrs>hrs|hours)\b)"
        ),
        _zone_clock_ok,
        anchor=literal_anchor("GMT", "UTC", "gmt", "utc", "Gmt", "Utc", "ocal time", "hrs", "hours"),
    ),
    Rule(
        "two_units_away",
        _compile(r"(?:the\s+)?(?P<unit>year|month|week)\s+(?P<dir>before\s+last|after\s+next)(?!\s+\w+day\b)"),
        anchor=literal_anchor("last", "next"),
    ),
    Rule(
        "coordinated_quarter",
        _compile(
            rf"(?P<ordinal>{_QUARTER_ORDINAL})(?=\s+(?:and|or)\s+(?:{_QUARTER_ORDINAL})\s+quarters\b)"
            rf"|(?P<ordinal2>{_QUARTER_ORDINAL})\s+quarters(?:\s+of\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
        ),
        lambda m, text: m["ordinal"] is not None or _after_ordinal_and(m, text),
        anchor=literal_anchor("quarters"),
    ),
    Rule(
        "half_by_quarters",
        _compile(
            r"(?:the\s+)?(?P<which>first|last|final|second)\s+two\s+quarters\s+of\s+"
            r"(?P<tail>(?:19|20)\d\d(?!\d)|(?:this|last|next)\s+year)"
        ),
        anchor=literal_anchor("quarters"),
    ),
    Rule(
        "year_ago_length",
        _compile(
            rf"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year-(?:earlier|ago)\s+(?:first\s+)?"
            rf"(?P<num>{NUMBER})\s+(?P<unit>months|weeks)"
        ),
        anchor=literal_anchor("ear-earlier", "ear-ago"),
    ),
    Rule("period_code", _compile(PERIOD_CODE), anchor=re.compile(r"[1-4]Q|[12]H|Q[1-4]|H[12]")),
    Rule(
        "half_year",
        _compile(r"(?-i:H(?P<half>[12]))\s*,?\s*(?P<year>(?:19|20)\d\d)(?!\d)"),
        anchor=literal_anchor("H1", "H2"),
    ),
    Rule(
        "early_late_day",
        _compile(r"(?P<pmod>early|late)\s+(?P<day>today|yesterday|tomorrow)"),
        anchor=literal_anchor("oday", "esterday", "omorrow"),
    ),
    Rule(
        "week_of_month",
        _compile(
            rf"(?:the\s+)?(?P<ord>{_alternation(_WEEK_ORDINALS)})\s+week\s+of\s+(?P<tail>(?:(?:this|next|last)\s+month)"
            rf"|{MONTH_FULL}(?:\s*,?\s*\d{{4}}(?!\d))?)"
        ),
        anchor=literal_anchor("eek"),
    ),
    # "from the 13th to the 15th century", "the 18th and 19th centuries": the first ordinal of a pair of centuries is
    # a century too (timex_news6 class)
    Rule(
        "century_of_a_pair",
        _compile(
            # the century rule's groups, read by its handler; a pair has no mod of its own ahead of it
            rf"(?P<pmod>(?!))?(?:the\s+)?(?:(?P<pmod2>early|mid|late)[\s-]+)?"
            rf"(?:(?P<century>\d{{1,2}})(?:st|nd|rd|th)|(?P<century_word>{grammar.ORDINAL_WORD}))"
            rf"(?=\s*(?:to|and|or|through|[-–])\s*(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:\d{{1,2}}(?:st|nd|rd|th)|{grammar.ORDINAL_WORD})"
            rf"[\s-]+centur(?:y|ies)(?:\s*(?P<era>{grammar.ERA}))?)"
        ),
        anchor=literal_anchor("entur"),
    ),
    Rule(
        "weekday_of_month",
        _compile(
            rf"(?:the\s+)?(?P<ord>{_alternation(_WEEKDAY_ORDINALS)})\s+(?P<weekday>{grammar.WEEKDAY})\s+(?:of|in)\s+"
            rf"(?P<tail>(?:(?:this|next|last)\s+month)|{MONTH_FULL}(?:\s*,?\s*\d{{4}}(?!\d))?)"
        ),
        anchor=literal_anchor("day of", "day in"),
    ),
    Rule(
        "part_century",
        _compile(
            r"(?:(?:the|a|an)\s+)?(?:(?:last|past|next|first|previous|coming)\s+)?(?P<part>quarter|half)[\s-]+century"
        ),
        _part_century_ok,
        anchor=literal_anchor("entury"),
    ),
    Rule("past_weekend", _compile(r"(?:(?:this|the)\s+)?past\s+weekend"), anchor=literal_anchor("eekend")),
    # lower case: "the New Year" is the holiday
    Rule(
        "new_year",
        _compile(r"the\s+new\s+year(?![\w'’-])"),
        lambda m, text: "new" in m.group(),
        anchor=literal_anchor("new year"),
    ),
    Rule(
        "month_quarter",
        _compile(r"(?:the\s+)?(?P<month>March|June|Sept(?:ember)?|Dec(?:ember)?|Mar)\.?[\s-]+quarter(?![\w-])"),
        anchor=literal_anchor("uarter"),
    ),
    Rule(
        "month_span",
        _compile(
            rf"(?:the\s+)?(?<![\w-])(?P<first>{_MONTH_OR_ABBREVIATION})\.?\s*[-–]\s*(?P<last>{_MONTH_OR_ABBREVIATION})"
            r"(?![\w-])(?:\s+(?P<noun>quarter|period|half)(?![\w-]))?(?:\s+of)?(?:\s*,?\s*(?P<year>[12]\d{3})(?!\d))?"
        ),
        lambda m, text: _span_parts(m) is not None,
        # the last month of a calendar quarter or half: March, June, September or December
        anchor=literal_anchor(
            *(f"{dash}{space}{start}" for dash in "-–" for space in ("", " ") for start in _SPAN_ENDS)
        ),
    ),
    Rule(
        "clock_part",
        _compile(
            rf"(?P<hour>[01]?\d|2[0-3]|{_alternation(_CLOCK_WORDS)})(?::(?P<minute>[0-5]\d))?\s+"
            r"(?:(?P<oclock>o['’]clock)(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening)|\s+(?P<night>at\s+night))?"
            r"|in\s+the\s+(?P<part2>morning|afternoon|evening)|(?P<night2>at\s+night))"
        ),
        _clock_part_ok,
        anchor=literal_anchor("clock", "orning", "fternoon", "vening", "night", "Night"),
    ),
    Rule(
        "spoken_clock",
        _compile(
            rf"(?P<minutes>{_SPOKEN_MINUTES})\s+(?P<dir>past|to|after)\s+"
            rf"(?P<hour>midnight|noon|1[0-2]|[1-9]|{_alternation(_CLOCK_WORDS)})(?![\w-])"
            r"(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening)|\s+(?P<night>at\s+night))?"
        ),
        _spoken_clock_ok,
        anchor=literal_anchor("ast", "fter", " to "),
    ),
    Rule(
        "frequency",
        _compile(
            rf"(?:once|twice|thrice|(?:{NUMBER})\s+times)\s+(?:a|an|per|every|each)\s+"
            rf"(?:(?P<every_num>{NUMBER})\s+)?(?P<unit>{UNIT})"
        ),
        anchor=literal_anchor("once", "Once", "wice", "hrice", "imes"),
    ),
    Rule(
        "every_named",
        # "every other summer", "every second March" recur too (TIMEX3 has no period for the skip)
        _compile(rf"(?:every|each)\s+(?:(?:other|second|third)\s+)?(?:(?P<season>{SEASON})|(?P<month>{MONTH_FULL}))"),
        anchor=literal_anchor("very", "ach"),
    ),
    Rule(
        "reference_plural",
        _compile(rf"(?:the\s+)?(?P<ref>{_alternation(REFERENCE_WORDS)})\s+(?P<unit>{_alternation(lx.UNIT_PLURALS)})"),
        anchor=literal_anchor(*(word[1:] for word in REFERENCE_WORDS)),
    ),
)

LAST: tuple[Rule, ...] = (
    Rule(
        "elliptical_last",
        _compile(r"last(?=\s*(?:[.,;:!?]|$))"),
        _elliptical_last_ok,
        anchor=literal_anchor("last"),
    ),
    Rule(
        "long_adjective",
        _compile(r"(?P<unit>day|night|week|month|year)long"),
        anchor=literal_anchor("long"),
    ),
    Rule(
        "rate",
        _compile(r"(?P<set>a\s+(?:day|week|month|year|night)|an\s+hour)"),
        lambda m, text: RATE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) is not None,
    ),
)


# "the April-June quarter", "the October-December period", "January-June 2014": two months joined by a dash
# that span a calendar quarter or half name it, as results are written in Japanese, Indian and British business
# news (round fifteen, own probes; no such span in the tbaq dev part)


def _span_parts(m: re.Match[str]) -> tuple[str, int] | None:
    """("Q", n) or ("H", n) when the two months span calendar quarter or half n (and the noun, if any, agrees)."""
    first, last = resolve._month(m["first"]), resolve._month(m["last"])
    noun = (m["noun"] or "").lower()
    if last == first + 2 and first % 3 == 1 and noun != "half":
        return "Q", (first + 2) // 3
    if last == first + 5 and first in (1, 7) and noun != "quarter":
        return "H", 1 if first == 1 else 2
    return None


def _month_span(m: re.Match[str], ctx: Context) -> Result | None:
    parts = _span_parts(m)
    if parts is None:
        return None
    letter, number = parts
    last = resolve._month(m["last"])
    year = int(m["year"]) if m["year"] else resolve._year_for(last, None, ctx, m.start(), m.end())
    result = Result("DATE", f"{fmt_year(year)}-{letter}{number}")
    if letter == "H" or ctx.narrative:
        return result
    return resolve._as_topic(result, m, ctx, m["year"] is not None)


def _month_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    """ "Sales in the June quarter rose 35 percent", "the December quarter": the calendar quarter that ends in the
    month, in the year the month itself would take (round twelve, own probes of 2000s business news)."""
    month = resolve._month(m["month"])
    year = resolve._year_for(month, None, ctx, m.start(), m.end())
    result = Result("DATE", resolve._quarter_value(year, (month - 1) // 3 + 1))
    return result if ctx.narrative else resolve._as_topic(result, m, ctx, False)


HANDLERS: dict[str, Handler] = {
    "month_quarter": _month_quarter,
    "month_span": _month_span,
    "year_ago_length": _year_ago_length,
    "half_by_quarters": _half_by_quarters,
    "two_units_away": _two_units_away,
    "coordinated_quarter": _coordinated_quarter,
    "elliptical_last": _elliptical_last,
    "reference_plural": _reference_plural,
    "frequency": _frequency,
    "half_year": _half_year,
    "period_code": _period_code,
    "long_adjective": _long_adjective,
    "early_late_day": _early_late_day,
    "week_of_month": _week_of_month,
    "weekday_of_month": _weekday_of_month,
    "century_of_a_pair": resolve.HANDLERS["century"],
    "part_century": _part_century,
    "zone_clock": _zone_clock,
    "weekday_of_week": _weekday_of_week,
    "weeks_from_weekday": _weeks_from_weekday,
    "past_weekend": _past_weekend,
    "new_year": _new_year,
    "clock_part": _clock_part,
    "spoken_clock": _spoken_clock,
    "every_named": _every_named,
    "rate": _rate,
}
