"""Pure-Python TIMEX3 tagger: find temporal expressions and normalise them against a DCT.

    >>> import datetime
    >>> [t.value for t in tag("Trump took the call on November 7.", datetime.date(2024, 11, 10))]
    ['2024-11-07']

``tag`` walks the text with the regex rules of ``grammar``, keeps the longest
match at each place, then resolves the matches in document order (``resolve``)
so that narrative mode can anchor each date to the previous one.  See
docs/timex.md for the conventions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from xml.sax.saxutils import escape, quoteattr

from timelinekg.nlp.timex import grammar, phrases, resolve
from timelinekg.nlp.timex import lexicon as lx
from timelinekg.nlp.timex.grammar import CALENDAR_DAY, anchored_matches
from timelinekg.nlp.timex.model import Timex, interval, is_season, is_timex3_value
from timelinekg.nlp.timex.resolve import SENTENCE_BREAK, Context, Point, Result, is_report_day

__all__ = ["MODES", "Timex", "find_dateline", "tag", "to_timeml"]

MODES = ("news", "narrative")

# on equal length the rule listed first wins: the phrase rules that must beat the grammar's come first
RULES = (*phrases.FIRST, *grammar.RULES, *phrases.LAST)
HANDLERS = {**resolve.HANDLERS, **phrases.HANDLERS}

# A time followed by its day ("at 11 a.m. on 11 November") takes that day
# between a clock time and the day it belongs to: a zone, "local time" ("New York time"), a comma, "on", or the time
# in another zone in brackets ("10:35 a.m. (0735 GMT) Friday")
_TIME_THEN_DAY = re.compile(
    rf"\s*(?:{grammar.ZONE}\s*|(?:\w+\s+){{0,2}}time\s+)?(?:\(\s*[\d:.]+\s*(?:[ap]\.?m\.?\s*)?{grammar.ZONE}\s*\)\s*)?"
    r"(?:,|on|of|\()?\s*(?:on\s+)?$",
    re.IGNORECASE,
)


_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
# the rule that names the quarter under discussion; "the quarter", "the 1988 quarter" and "a year
# earlier" only point back at it
_NAMING_QUARTERS = frozenset({"quarter"})

# the day a clock time takes: a calendar day, or the day of a part of the day ("at 21:47 on the evening of
# Saturday the 16th": "the evening" already carries Saturday's date)
_PART_OF_DAY = r"T(?:MO|AF|EV|NI|DT)"
_DAY_OF_FOLLOWING = re.compile(rf"\d{{4}}-\d{{2}}-\d{{2}}(?:{_PART_OF_DAY})?$")
_PART_OF_DAY_VALUE = re.compile(rf"{_PART_OF_DAY}$")
# the longest filler allowed between them: " local time (0400 GMT) on " is 26 characters
_CLOCK_TO_DAY_REACH = 32

_TIME_BESIDE_DAY = re.compile(rf"\s*(?:{grammar.ZONE}\s*)?,?\s*")

Candidate = tuple[int, int, int, re.Match[str]]  # start, end, rule index, match


def _candidates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    windows: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    for index, rule in enumerate(RULES):
        for m in anchored_matches(rule, text, windows):
            if m.end() > m.start() and (rule.guard is None or rule.guard(m, text)):
                found.append((m.start(), m.end(), index, m))
    return found


def _longest_first(text: str, found: list[Candidate]) -> list[Candidate]:
    # longest match wins; on equal length the rule listed first in RULES wins
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken = bytearray(len(text) + 1)
    chosen = []
    for start, end, index, m in found:
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, index, m))
    chosen.sort()
    return chosen


# a year-to-date period in a results report ("the first nine months", "the latest six months")
_YEAR_TO_DATE = re.compile(r"(?:the\s+)?(?:first\s+|latest\s+|past\s+)?(?:nine|six|9|6)\s+months\b", re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "-–,"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "-–,"):
        end -= 1
    return start, end


_NEWS_OUTSIDE_BEFORE = re.compile(r"(?:" + "|".join(lx.NEWS_OUTSIDE_QUANTITY_WORDS) + r")\s+(?=\S)", re.IGNORECASE)
_NOTHING_FOLLOWS = re.compile(r"\s*(?:[,.;:!?)\]]|$)")
_NEWS_OUTSIDE_AFTER = re.compile(r"\s+(?:" + "|".join(lx.NEWS_OUTSIDE_DIRECTION_WORDS) + r")$", re.IGNORECASE)


# "in [weeks] before the shooting", "in the [years] that followed": news leaves "the" outside a bare plural
# unit (tbaq dev part 5 of 7); narratives keep it (WikiWars 6 of 6)
_THE_BARE_PLURAL = re.compile(r"the\s+(?=(?:" + "|".join(lx.UNIT_PLURALS) + r")$)", re.IGNORECASE)


_HEDGE_AFTER = re.compile(r"\s+(?P<hedge>" + "|".join(h.replace(" ", r"\s+") for h in lx.HEDGES) + r")(?![\w-])", re.I)


def _norm_space(words: str) -> str:
    return " ".join(words.lower().split())


def _skip_outside_words(text: str, start: int, end: int) -> tuple[int, int]:
    """News spans leave out a leading "just", "only", "about", the "the" of a bare plural unit, and a trailing
    "after", "before" (see ``lexicon.NEWS_OUTSIDE_QUANTITY_WORDS`` and ``NEWS_OUTSIDE_DIRECTION_WORDS``)."""
    trailing = _NEWS_OUTSIDE_AFTER.search(text, start, end)
    # only a preposition goes outside: "two days after [the vote]"; an adverb stays in: "The day after, ..."
    if trailing and trailing.start() > start and not _NOTHING_FOLLOWS.match(text, end):
        end = trailing.start()
    leading = _NEWS_OUTSIDE_BEFORE.match(text, start, end) or _THE_BARE_PLURAL.match(text, start, end)
    if leading:
        start = leading.end()
    return start, end


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip(" \t-,.") and not text[end:line_end].strip(" \t-,.")


_LINE_HEAD = re.compile(r"[ \t\-–—*•]*")
_HEADING_LENGTH = 60


def _heads_its_line(text: str, start: int, end: int) -> bool:
    """Whether a date opens its line ("6 March (Friday)", "- Jul 13: ...", "22/04 05:20 - ...") or stands in a line
    too short for a paragraph ("Notice No. 4, date 09.10.2026, hour 18:30"): a heading the lines under it are
    told on."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _LINE_HEAD.fullmatch(text, line_start, start) is not None:
        return _HEADING_AFTER.match(text, end) is not None
    line = text[line_start:line_end].rstrip()
    return len(line) <= _HEADING_LENGTH and not line.endswith((".", "!", "?", '"'))


# what follows a date that heads its line: a colon or dash, a bracket, the line's end, or the hour
_HEADING_AFTER = re.compile(r"[ \t]*(?:[:—–(\-]|\n|$|,?[ \t]*~?\d{1,2}[:.]\d\d)")


_TITLE_CASE_WORD = re.compile(r"(?-i:[A-Z][a-z]+)")
_WORD = re.compile(r"[A-Za-z]+")
_PUBLICATION_AFTER = re.compile(r"\s+(?-i:" + "|".join(lx.PUBLICATION_NOUNS) + r")\b")
_PUBLICATION_BEFORE = re.compile(r"(?-i:Mail)\s+on\s+$")


# a headline is one short line
_HEADLINE_MAX = 160


def _in_a_headline(text: str, start: int) -> bool:
    """The line is a short one in title case without a full stop, as a headline is ("Apple Unveils New Phone
    Today"): most of its words of four letters or more start with a capital."""
    before = text.rfind("\n", max(0, start - _HEADLINE_MAX), start)
    after = text.find("\n", start, start + _HEADLINE_MAX)
    if (before < 0 and start > _HEADLINE_MAX) or (after < 0 and len(text) > start + _HEADLINE_MAX):
        return False
    line = text[before + 1 : len(text) if after < 0 else after].rstrip()
    words = [w for w in _WORD.findall(line) if len(w) >= 4]
    titled = len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words)
    return titled and not line.endswith((".", "?", "!", '"', "'"))


# "the 2014 Winter Olympics", "the Summer Games", "the Arab Spring", "the Spring Festival": a capitalised season
# beside another capitalised word names an event, not a season of a year (round twelve, own probes of 2010s news).
# News only: WikiWars marks "the Spring Offensive" with the season (1918-SP)
_CAPITALISED_AFTER = re.compile(r"[ \t]+(?-i:[A-Z][a-z]+)\b")
_CAPITALISED_BEFORE = re.compile(r"\b(?P<word>(?-i:[A-Z][a-z]+))[ \t]+$")
_NO_NAME_BEFORE = frozenset(
    {"the", "this", "last", "next", "early", "late", "mid", "in", "by", "since", "until", "during", "each", "every"}
)


def _season_in_a_name(text: str, m: re.Match[str]) -> bool:
    start, end = m.start("season"), m.end("season")
    word = text[start:end]
    if m["year"] or m["short_year"] or not word[:1].isupper() or _in_a_headline(text, start):
        return False
    after = _CAPITALISED_AFTER.match(text, end)
    if after and after.group().strip().lower() not in lx.MONTHS:
        return True
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    return (
        before is not None
        and before["word"].lower() not in _NO_NAME_BEFORE
        and not _opens_a_sentence(text, before.start("word"))
    )


def _opens_a_sentence(text: str, start: int) -> bool:
    # a line's first word opens a sentence too: a dateline or a heading above it need not end with a full stop;
    # so does the first word of a line in bold or italics ("**Yesterday** - ...", a timeline's dated entry)
    window = text[max(0, start - _HEADLINE_MAX) : start]
    line_before = window[window.rfind("\n") + 1 :] if "\n" in window or start <= _HEADLINE_MAX else window
    return lx.word_context(text, start) == "opening" or not line_before.strip().strip("*_")


def _part_of_a_name(text: str, start: int, end: int, rule: str) -> bool:
    """A time word written with a capital inside a sentence ("USA Today", "China Daily", "This Week" on ABC), or a
    weekday naming a newspaper ("the Sunday Times", "the Mail on Sunday"), is part of a name, not a time; a
    headline's capitals say nothing."""
    if rule == "holiday":
        return False
    if rule == "weekday" and (
        _PUBLICATION_AFTER.match(text, end) or _PUBLICATION_BEFORE.search(text, max(0, start - 10), start)
    ):
        return not _in_a_headline(text, start)
    for word in _WORD.finditer(text, start, end):
        capitalised = word.group().lower() in lx.TITLE_CASE_NAME_WORDS and _TITLE_CASE_WORD.fullmatch(word.group())
        if capitalised and (word.start() > start or not _opens_a_sentence(text, start)):
            return not _in_a_headline(text, start)
    return False


def tag(text: str, dct: dt.date, mode: str = "news", *, southern: bool = False) -> list[Timex]:
    """Every temporal expression in ``text``, normalised against ``dct``.

    ``mode`` is "news" (underspecified dates anchor to the DCT) or "narrative"
    (they anchor to the last date the text mentioned).  ``southern`` tells a story set in the southern
    hemisphere: its seasons are placed in their own months ("last winter" in a Chilean story told in October
    is June to August, not the December to February before).
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    if not text:
        return []
    context = Context(text, dct, narrative=mode == "narrative", southern=southern)
    timexes: list[Timex] = []
    for start, end, index, m in _longest_first(text, _candidates(text)):
        rule = RULES[index]
        if _part_of_a_name(text, start, end, rule.name):
            continue
        if not context.narrative and rule.name == "season" and _season_in_a_name(text, m):
            continue
        try:
            result = HANDLERS[rule.name](m, context)
        except (ValueError, OverflowError, KeyError, AttributeError):
            result = None
        if result is None or not is_timex3_value(result.value):
            continue
        start, end = _trim(text, start, end)
        if not context.narrative:
            start, end = _skip_outside_words(text, start, end)
        if start >= end:
            continue
        hedge = _HEDGE_AFTER.match(text, end)
        if hedge:
            # "the next year or so", "1994 or later": the hedge is part of the expression (tbaq dev part 4 of 4)
            end, result = hedge.end(), replace(result, mod=result.mod or lx.HEDGES[_norm_space(hedge["hedge"])])
        if result.mentions is not None:
            context.last = result.mentions
            if result.mentions.month is not None:
                context.last_month = Point(result.mentions.year, result.mentions.month)
            if result.mentions.day is not None:
                context.last_day = result.mentions
                if not resolve.ahead_of_the_dct(result.mentions, context):
                    context.last_told_day = result.mentions
            context.last_end = end
            _remember_event_day(context, result.mentions, start, end)
            if result.mentions.day is not None and _heads_its_line(text, start, end):
                context.heading_day = (result.mentions, end)
            # a dateline is the story's date, not an event in it: "that day" cannot point back to it
            context.mentioned = context.mentioned or not _alone_on_line(text, start, end)
        quarter = _QUARTER_VALUE.fullmatch(result.value)
        if rule.name == "the_quarter" and result.value.endswith("-QX"):
            context.unnumbered_quarter = True
        elif quarter:
            context.unnumbered_quarter = False
        if quarter:
            context.quarter_named = (int(quarter[1]), int(quarter[2]))
            if result.topic_quarter or (context.narrative and rule.name in _NAMING_QUARTERS):
                context.last_quarter = (int(quarter[1]), int(quarter[2]))
            context.year_to_date = False
        elif result.type == "DURATION" and _YEAR_TO_DATE.match(text, start, end):
            # "for the nine months, net rose ...": the figures now compare running years, not quarters
            context.year_to_date = True
        elif result.value == "P3M" and not context.narrative:
            reported = resolve.quarter_ended_after(context, end)
            if reported is not None:
                # "net income for the three months ended Sept. 30 rose ... from a year earlier": a report on
                # that calendar quarter, which "a year earlier" and "the quarter" then point back at
                context.quarter_named = context.last_quarter = reported
                context.year_to_date = False
        timexes.append(_build(text, start, end, result))
    joined = _join_day_before_after(text, _clocks_restated_with_day(text, _attach_times_to_days(text, timexes)))
    joined = phrases.join_length_parts(text, joined, lambda start, end, result: _build(text, start, end, result))
    if not context.narrative:
        joined = phrases.join_coordinated_units(text, joined)
    joined = _times_take_day_before(text, joined)
    if not context.narrative:
        joined = _time_ranges_share_day(text, joined, dct.isoformat())
        joined = _opening_day_holds_times(text, joined, dct.isoformat())
    ordered = _order_ranges(text, joined, dct)
    return [_in_southern_months(timex) for timex in ordered] if southern else ordered


def _in_southern_months(timex: Timex) -> Timex:
    """A season's bounds in the southern hemisphere's months; its value names the season as written."""
    if not is_season(timex.value):
        return timex
    earliest, latest, precision = interval(timex.value, timex.mod, southern=True)
    return replace(timex, earliest=earliest, latest=latest, precision=precision)


def _remember_event_day(context: Context, mentioned: Point, start: int, end: int) -> None:
    """The day an event was named for, which a bare clock time told after it falls on: the first date a sentence
    names, as a wire lead tells its event first ("launched the probe on Friday, two days after a launch planned for
    Wednesday"); a report's day ("officials said Wednesday") is not one, and a date of another precision ends it."""
    if is_report_day(context.text, start, end):
        return
    if context.event_end >= 0 and not SENTENCE_BREAK.search(context.text, context.event_end, start):
        return
    context.event_day = mentioned if mentioned.day is not None else None
    context.event_end = end


def _build(text: str, start: int, end: int, result: Result) -> Timex:
    earliest = latest = None
    precision = None
    if result.type in ("DATE", "TIME"):
        earliest, latest, precision = interval(result.value, result.mod)
    return Timex(
        start, end, text[start:end], result.type, result.value, earliest, latest, precision, result.mod, result.relation
    )


# a joined expression, and whether it took in the expression after it
Joined = tuple[Timex, bool]


def _join_neighbours(timexes: list[Timex], join: Callable[[Timex, Timex], Joined | None]) -> list[Timex]:
    """Walk the expressions in order; ``join`` may rewrite one using the expression right after it."""
    out: list[Timex] = []
    index = 0
    while index < len(timexes):
        timex = timexes[index]
        joined = join(timex, timexes[index + 1]) if index + 1 < len(timexes) else None
        out.append(joined[0] if joined else timex)
        index += 2 if joined and joined[1] else 1
    return out


def _attach_times_to_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time takes the day written after it; with only a time zone or a comma between them
    ("10 p.m. EST Tuesday", "noon, Nov. 6") the two are one expression, as TimeML marks them."""

    def join(timex: Timex, following: Timex, parts_only: bool = False) -> Joined | None:
        if not (
            timex.type == "TIME"
            and "T" in timex.value
            and (not parts_only or _PART_OF_DAY_VALUE.search(timex.value))
            and _DAY_OF_FOLLOWING.match(following.value)
            and following.start - timex.end <= _CLOCK_TO_DAY_REACH
            and _TIME_THEN_DAY.match(text[timex.end : following.start])
        ):
            return None
        value = following.value[:10] + timex.value[timex.value.index("T") :]
        # a named day ("Tuesday", "Nov. 6") joins; "today" stays its own expression
        joined = bool(following.text[:1].isupper() and _TIME_BESIDE_DAY.fullmatch(text[timex.end : following.start]))
        end = following.end if joined else timex.end
        return _build(text, timex.start, end, Result("TIME", value, timex.mod, timex.relation)), joined

    # a part of the day takes its day first, so that a clock before it finds the day there ("at 21:47 on the
    # evening of Saturday")
    with_parts_placed = _join_neighbours(timexes, lambda timex, following: join(timex, following, parts_only=True))
    return _join_neighbours(with_parts_placed, join)


# a clock told again in another zone, in brackets with the other zone's day: "at 9 p.m. (0100 GMT Friday)", "at 4 in
# the morning (4 a.m. EDT Thursday)"
_BRACKET_OPENING = rf"\s*(?:{grammar.ZONE}\s*|(?:\w+\s+){{0,2}}time\s+)?\(\s*"
_BRACKET_OPENS = re.compile(_BRACKET_OPENING, re.IGNORECASE)
_BRACKET_CLOCK_BEFORE_DAY = re.compile(
    _BRACKET_OPENING + r"(?P<clock>(?P<hour>\d{1,2})(?:[:.]?(?P<minute>\d\d))?(?:\s*(?P<half>[ap])\.?\s?m\b\.?)?)"
    rf"\s*{grammar.ZONE}\s*,?\s*(?:on\s+)?",
    re.IGNORECASE,
)
_BRACKET_CLOSES = re.compile(r"\s*\)")
_CLOCK_IN_PART_OF_DAY = re.compile(
    r"[\d:.]+\s*(?:o['’]clock\s+)?in\s+the\s+(?:morning|afternoon|evening|night)", re.IGNORECASE
)
_ZONED_DAY_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
# the zones in use lie from twelve hours behind GMT to fourteen ahead
_ZONE_AHEAD_AT_MOST = 14 * 60
_MINUTES_A_DAY = 24 * 60


def _bracket_clock_minutes(found: re.Match[str]) -> int | None:
    hour, minute = int(found["hour"]), int(found["minute"] or 0)
    if found["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = resolve.hour_of_day(hour, found["half"].lower() + "m")
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def _clocks_restated_with_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """The bracket's day belongs to the other zone's clock, so the two are one expression there, and the local clock
    before it, written without a day, lies on the day the difference between the two clocks gives: "2 a.m. (1900
    GMT Sunday)" is Monday's 2 a.m., "9 p.m. (0100 GMT Friday)" Thursday's 9 p.m.  Left alone, the local clock took
    the DCT's date and the bracket's weekday was resolved as if bare."""
    out = list(timexes)
    for index in range(len(out) - 1):
        clock, following = out[index], out[index + 1]
        if not (clock.type == "TIME" and _CLOCK_VALUE.match(clock.value)):
            continue
        other = _other_zones_moment(text, clock, following)
        if other is None:
            continue
        moment, start = other
        out[index + 1] = _build(text, start, following.end, Result("TIME", moment.strftime("%Y-%m-%dT%H:%M")))
        if _CLOCK_ONLY.fullmatch(clock.text) or _CLOCK_IN_PART_OF_DAY.fullmatch(clock.text):
            own = dt.time.fromisoformat(clock.value[11:16])
            ahead = (own.hour * 60 + own.minute - moment.hour * 60 - moment.minute) % _MINUTES_A_DAY
            if ahead > _ZONE_AHEAD_AT_MOST:
                ahead -= _MINUTES_A_DAY
            local_day = (moment + dt.timedelta(minutes=ahead)).date().isoformat()
            out[index] = _build(
                text, clock.start, clock.end, Result("TIME", local_day + clock.value[10:], clock.mod, clock.relation)
            )
    return out


def _other_zones_moment(text: str, clock: Timex, following: Timex) -> tuple[dt.datetime, int] | None:
    """The moment a bracket after ``clock`` restates it at, and where its expression starts: a clock and zone before
    a day ("(0100 GMT Friday)"), or one expression the tagger already joined ("(4 a.m. EDT Thursday)")."""
    if not _BRACKET_CLOSES.match(text, following.end):
        return None
    if _ISO_DAY.fullmatch(following.value):
        between = _BRACKET_CLOCK_BEFORE_DAY.fullmatch(text, clock.end, following.start)
        minutes = _bracket_clock_minutes(between) if between else None
        if between is None or minutes is None:
            return None
        return dt.datetime.fromisoformat(following.value) + dt.timedelta(minutes=minutes), between.start("clock")
    if (
        following.type == "TIME"
        and _ZONED_DAY_CLOCK.fullmatch(following.value)
        and _BRACKET_OPENS.fullmatch(text, clock.end, following.start)
    ):
        return dt.datetime.fromisoformat(following.value[:16]), following.start
    return None


# between a day and the clock time after it: "Tuesday at 8 p.m.", "on March 3, at about 2:30 p.m."
_DAY_THEN_TIME = re.compile(
    r"\s*,?\s*(?:(?:at|by|until|till|from|before|after|around|about|shortly\s+(?:before|after))\s+)?"
    r"(?:(?:about|around|approximately|roughly)\s+)?",
    re.IGNORECASE,
)


def _times_take_day_before(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time right after a named day is on that day ("Tuesday at 8 p.m."), not on the speech day; TimeML
    keeps the two expressions apart."""
    out = list(timexes)
    for i in range(1, len(out)):
        day, time = out[i - 1], out[i]
        if (
            time.type == "TIME"
            and "T" in time.value
            and time.value[:1].isdigit()
            and day.type == "DATE"
            and _ISO_DAY.fullmatch(day.value)
            and time.value[:10] != day.value
            and time.start - day.end <= 30
            and _DAY_THEN_TIME.fullmatch(text, day.end, time.start)
            and not _took_day_after(text, time, out[i + 1] if i + 1 < len(out) else None)
        ):
            value = day.value + time.value[time.value.index("T") :]
            out[i] = _build(text, time.start, time.end, Result("TIME", value, time.mod, time.relation))
    return out


def _took_day_after(text: str, time: Timex, following: Timex | None) -> bool:
    """ "from Aug. 1 until 5 p.m. on Aug. 30": the time already took the day written after it, which the day before
    the range word does not override (round thirteen, timex_news4 class)."""
    return (
        following is not None
        and following.value == time.value[:10]
        and _TIME_THEN_DAY.match(text[time.end : following.start]) is not None
    )


# a clock time alone, which news places on the DCT unless a day is written beside it; unlike clock_only() in
# extract/dating.py it takes "noon" and "midnight" (a range's end the tagger left on the DCT, whatever it names)
_CLOCK_ONLY = re.compile(
    rf"(?:(?:about|around|approximately)\s+)?[\d:.]+\s*(?:[ap]\.?\s?m\b\.?)?\s*(?:{grammar.ZONE}|local\s+time)?"
    r"|noon|midnight|midday",
    re.IGNORECASE,
)
# two clock times, not a part of the day: "08:40 - Overnight, ..." in a live blog is no range
_CLOCK_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T\d")
_TIME_RANGE_JOIN = re.compile(r"\s*[-–]\s*|\s+(?:to|and|until|till|through|thru)\s+", re.IGNORECASE)


def _time_ranges_share_day(text: str, timexes: list[Timex], dct: str) -> list[Timex]:
    """ "between 8 p.m. and 10 p.m. ET on Thanksgiving Day", "on Tuesday from 9 a.m. to 5 p.m.": the two clock
    times of a range lie on the one day written beside either of them; the one left on the DCT takes it."""
    out = list(timexes)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if not (
            first.type == second.type == "TIME"
            and _CLOCK_VALUE.match(first.value)
            and _CLOCK_VALUE.match(second.value)
            and first.value[:10] != second.value[:10]
            and _TIME_RANGE_JOIN.fullmatch(text, first.end, second.start)
        ):
            continue
        for bare, placed, index in ((first, second, i), (second, first, i + 1)):
            if bare.value[:10] == dct and _CLOCK_ONLY.fullmatch(bare.text):
                value = placed.value[:10] + bare.value[10:]
                out[index] = _build(text, bare.start, bare.end, Result("TIME", value, bare.mod, bare.relation))
                break
    return out


# a day opening its sentence before a comma: "On Sept. 3, the polls open at 7 a.m.", "On Tuesday, the leaders met ..."
_OPENING_ON_BEFORE = re.compile(r"(?:^|\n|[.!?][\"”’]?\s+)[\"“]?(?:on\s+)?$", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*,")


def _opening_day_holds_times(text: str, timexes: list[Timex], dct: str) -> list[Timex]:
    """ "On Sept. 3, the polls open at 7 a.m. and close at 9 p.m.": a day opening its sentence is the day of all
    it tells, and a bare clock time left on the DCT in that sentence takes it (round thirteen, timex_news4 class;
    a day in mid-sentence need not be: "talks ended Tuesday and markets opened at 9 a.m.")."""
    out = list(timexes)
    opening: Timex | None = None
    for i, timex in enumerate(out):
        if timex.type == "DATE" and _ISO_DAY.fullmatch(timex.value):
            before = text[max(0, timex.start - 12) : timex.start]
            if _OPENING_ON_BEFORE.search(before) and _COMMA_AFTER.match(text, timex.end):
                opening = timex
                continue
        if opening is None or SENTENCE_BREAK.search(text, opening.end, timex.start):
            opening = None
            continue
        if timex.type == "TIME" and timex.value[:10] == dct and _CLOCK_ONLY.fullmatch(timex.text):
            value = opening.value + timex.value[10:]
            out[i] = _build(text, timex.start, timex.end, Result("TIME", value, timex.mod, timex.relation))
    return out


_DAY_BEFORE_AFTER = re.compile(r"(?:the\s+)?(?P<unit>day|week)\s+(?P<dir>before|after)", re.IGNORECASE)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _join_day_before_after(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "the day after Christmas", "the day before last Tuesday's hearing": one expression, counted from the day
    named after it rather than from the day mentioned before."""

    def join(timex: Timex, following: Timex) -> Joined | None:
        # news spans leave a trailing "after"/"before" outside (_skip_outside_words): it sits between the two
        shift = _DAY_BEFORE_AFTER.fullmatch(text[timex.start : following.start].rstrip())
        if shift is None or not _ISO_DAY.fullmatch(following.value):
            return None
        by_day = shift["unit"].lower() == "day"
        days = (1 if by_day else 7) * (1 if shift["dir"].lower() == "after" else -1)
        day = dt.date.fromisoformat(following.value) + dt.timedelta(days=days)
        year, week, _ = day.isocalendar()
        value = day.isoformat() if by_day else f"{year:04d}-W{week:02d}"
        return _build(text, timex.start, following.end, Result("DATE", value)), True

    return _join_neighbours(timexes, join)


_DASH_JOIN = re.compile(r"\s*[-–]\s*")
_RANGE_JOIN = re.compile(r"\s+(?:to|and|through|thru|until|till)\s+", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
# between two clock times "to" and "until" make a range without a "from" before it: "the curfew runs 10 p.m. to 5 a.m."
_CLOCK_RANGE_JOIN = re.compile(r"\s+(?:to|until|till)\s+", re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(r"[A-Za-z]+day", re.IGNORECASE)
_HAS_YEAR = re.compile(r"\d{4}|['’]\d\d")


def _order_ranges(text: str, timexes: list[Timex], dct: dt.date) -> list[Timex]:
    """A range ends after it starts: in "between Monday and Wednesday" or "from November to March" an end
    resolved before its start moves on by a week (a weekday) or a year (a month or a date without year), and a clock
    time by a day."""
    out = list(timexes)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if second.type == "TIME":
            value = _clock_on_next_day(text, first, second)
        elif (one_year := _range_in_one_year(text, first, second, dct)) is not None:
            out[i], out[i + 1] = one_year
            continue
        elif (start := _start_in_the_written_year(text, first, second)) is not None:
            out[i] = start
            continue
        elif (
            first.earliest is None
            or second.latest is None
            or second.latest >= first.earliest
            or second.type != "DATE"
            or _HAS_YEAR.search(second.text)
            or not _is_range(text, first, second)
        ):
            continue
        else:
            value = _later_value(second)
        if value is not None:
            out[i + 1] = _build(text, second.start, second.end, Result(second.type, value, second.mod, second.relation))
    return out


_FOUR_DIGIT_YEAR = re.compile(r"\b\d{4}\b")
_DAY_OR_MONTH_VALUE = re.compile(r"(\d{4})(-\d{2}(?:-\d{2})?)")


def _dated_range_ends(text: str, first: Timex, second: Timex) -> tuple[re.Match[str], re.Match[str]] | None:
    """The year and the rest of the values of a range's two ends ("from Sept. 4 to Sept. 19", "between May and
    October 2000"), when both are dates of a month or a day and the start is written without a year."""
    starts, ends = _DAY_OR_MONTH_VALUE.fullmatch(first.value), _DAY_OR_MONTH_VALUE.fullmatch(second.value)
    if (
        starts is None
        or ends is None
        or first.type != "DATE"
        or second.type != "DATE"
        or _HAS_YEAR.search(first.text)
        or not _is_range(text, first, second)
    ):
        return None
    return starts, ends


def _range_in_one_year(text: str, first: Timex, second: Timex, dct: dt.date) -> tuple[Timex, Timex] | None:
    """ "from Sept. 4 to Sept. 19": the two ends of a range written without years lie in one year, though each was
    read in its own clause (an aside between commas after "would close" put the first a year back); of the two
    years, the one that brings the range nearer the DCT."""
    pair = _dated_range_ends(text, first, second)
    if pair is None or _HAS_YEAR.search(second.text):
        return None
    starts, ends = pair
    if starts[1] == ends[1] or starts[2] > ends[2]:
        return None
    readings = []
    for year in (starts[1], ends[1]):
        begin, end = interval(year + starts[2])[0], interval(year + ends[2])[1]
        if begin is None or end is None:
            return None
        readings.append((min(abs((begin - dct).days), abs((end - dct).days)), year))
    year = min(readings)[1]

    def in_year(timex: Timex, rest: str) -> Timex:
        return _build(text, timex.start, timex.end, Result("DATE", year + rest, timex.mod, timex.relation))

    return in_year(first, starts[2]), in_year(second, ends[2])


def _start_in_the_written_year(text: str, first: Timex, second: Timex) -> Timex | None:
    """ "between May and October 2000", "from March 3 to June 9, 2019": a range's start without a year lies in the
    year written at its end, or the one before when its month comes later in the year (timex_news6 class)."""
    pair = _dated_range_ends(text, first, second)
    if pair is None or not _FOUR_DIGIT_YEAR.search(second.text):
        return None
    starts, ends = pair
    year = int(ends[1]) - (1 if starts[2][:3] > ends[2][:3] else 0)
    if year == int(starts[1]) or year < 1:
        return None
    return _build(text, first.start, first.end, Result("DATE", f"{year:04d}{starts[2]}", first.mod, first.relation))


def _is_range(text: str, first: Timex, second: Timex) -> bool:
    join = text[first.end : second.start]
    if _DASH_JOIN.fullmatch(join):
        return True
    return bool(_RANGE_JOIN.fullmatch(join) and _RANGE_START.search(text[max(0, first.start - 12) : first.start]))


def _clock_on_next_day(text: str, first: Timex, second: Timex) -> str | None:
    """ "from 10 p.m. to 5 a.m.", "22:30-04:30": a range of clock times on one day whose end comes before its start
    runs past midnight; its end, written without a day, lies on the next one."""
    if not (
        first.type == "TIME"
        and _CLOCK_VALUE.match(first.value)
        and _CLOCK_VALUE.match(second.value)
        and first.value[:10] == second.value[:10]
        and second.value < first.value
        and _CLOCK_ONLY.fullmatch(second.text)
        and (_is_range(text, first, second) or _CLOCK_RANGE_JOIN.fullmatch(text, first.end, second.start))
    ):
        return None
    next_day = dt.date.fromisoformat(second.value[:10]) + dt.timedelta(days=1)
    return next_day.isoformat() + second.value[10:]


def _later_value(timex: Timex) -> str | None:
    try:
        if len(timex.value) == 10 and _WEEKDAY_ONLY.fullmatch(timex.text.strip()):
            return (dt.date.fromisoformat(timex.value) + dt.timedelta(days=7)).isoformat()
        if len(timex.value) in (7, 10) and timex.value[:4].isdigit():
            moved = f"{int(timex.value[:4]) + 1:04d}{timex.value[4:]}"
            return moved if interval(moved)[0] is not None else None
    except ValueError:
        return None
    return None


def to_timeml(text: str, timexes: list[Timex]) -> str:
    """``text`` with inline ``<TIMEX3>`` tags, XML-escaped; overlapping spans keep the first."""
    parts: list[str] = []
    position = 0
    for number, timex in enumerate(sorted(timexes, key=lambda t: (t.start, -t.end)), start=1):
        if timex.start < position:
            continue
        parts.append(escape(text[position : timex.start]))
        attributes = f'tid="t{number}" type={quoteattr(timex.type)} value={quoteattr(timex.value)}'
        if timex.mod:
            attributes += f" mod={quoteattr(timex.mod)}"
        parts.append(f"<TIMEX3 {attributes}>{escape(text[timex.start : timex.end])}</TIMEX3>")
        position = timex.end
    parts.append(escape(text[position:]))
    return "".join(parts)


_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DATELINE = re.compile(CALENDAR_DAY, re.IGNORECASE)


def find_dateline(text: str, lines: int = 5) -> dt.date | None:
    """The first full date (with its year) in the opening lines, as news datelines carry."""
    head = "\n".join(text.lstrip().splitlines()[:lines])[:1000]
    candidates: list[tuple[int, dt.date]] = []
    for m in _ISO_DATE.finditer(head):
        try:
            candidates.append((m.start(), dt.date(int(m[1]), int(m[2]), int(m[3]))))
        except ValueError:
            continue
    for m in _DATELINE.finditer(head):
        year_text = m["year"] or m["year2"]
        if not year_text or not year_text[:4].isdigit() or len(year_text.strip()) != 4:
            continue
        timexes = tag(m.group(), dt.date(int(year_text[:4]), 1, 1))
        if timexes and timexes[0].earliest and timexes[0].precision == "day":
            candidates.append((m.start(), timexes[0].earliest))
    return min(candidates)[1] if candidates else None
