"""Word tables the grammar is built from: names, numbers, units, holidays.

Everything here is data; ``grammar`` turns the keys into regex alternations and
looks the matched words up again, so adding a word is a one-line change.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from timelinekg.schema.number_words import CARDINAL_WORDS, ORDINAL_WORDS

# fmt: off

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tues": 2, "tue": 2, "wednesday": 3, "wed": 3, "thursday": 4,
    "thurs": 4, "thu": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

# TIMEX3 part-of-day codes
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF", "evening": "EV",
    "evenings": "EV", "night": "NI", "nights": "NI", "nighttime": "NI", "night-time": "NI", "daytime": "DT",
    "midday": "MI",
}

CARDINALS: dict[str, int] = {
    **CARDINAL_WORDS,
    "a": 1, "an": 1,
    "one hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2,
    "couple of": 2, "a pair of": 2,
}

# words that give a quantity without a number: TIMEX3 writes the count as X
VAGUE_QUANTITIES: tuple[str, ...] = (
    "a few", "few", "several", "some", "many", "a number of", "numerous", "countless", "the",
    "a couple more", "a matter of", "multiple",
)

# "the nineties": the decade digit within the speech time's century
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
}

# days of a month are ordinals up to the 31st; "last" counts from the end
ORDINALS: dict[str, int] = {**{word: n for word, n in ORDINAL_WORDS.items() if n <= 31}, "last": -1}

# unit word -> (TIMEX3 duration letter, counted in the time part "PT")
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False),
    "weekend": ("WE", False), "fortnight": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "season": ("S", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False),
    "millennium": ("ML", False),
}

UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "weekends": "weekend", "fortnights": "fortnight", "months": "month",
    "quarters": "quarter", "seasons": "season", "years": "year", "decades": "decade",
    "centuries": "century", "millennia": "millennium", "hrs": "hour", "hr": "hour", "mins": "minute",
    "min": "minute", "yrs": "year",
}

# Fixed-date holidays: name -> (month, day, part of day or "")
HOLIDAYS: dict[str, tuple[int, int, str]] = {
    "new year's day": (1, 1, ""), "new year's eve": (12, 31, ""), "christmas day": (12, 25, ""),
    "christmas eve": (12, 24, ""), "christmas night": (12, 24, "NI"), "christmas": (12, 25, ""),
    "boxing day": (12, 26, ""), "valentine's day": (2, 14, ""), "halloween": (10, 31, ""),
    "independence day": (7, 4, ""), "bastille day": (7, 14, ""), "armistice day": (11, 11, ""),
    "veterans day": (11, 11, ""), "st. patrick's day": (3, 17, ""), "may day": (5, 1, ""),
    "juneteenth": (6, 19, ""),  # the US federal holiday since 2021 (5 U.S.C. 6103), the package's name its long form
}

# Feasts of other calendars and other nations' named days, from the `holidays` package's tables
# (scripts/learn_holiday_dates.py): name -> month and day, every year ("*") or by year (lunar and lunisolar feasts);
# matched only as written, capitalised
def _learned_holidays() -> dict[str, dict[str, tuple[int, int]]]:
    table: dict[str, dict[str, tuple[int, int]]] = {}
    text = Path(__file__).with_name("learned_holidays.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, year, month_day = line.split("\t")
            month, day = month_day.split("-")
            table.setdefault(name, {})[year] = (int(month), int(day))
    return table


LEARNED_HOLIDAYS: dict[str, dict[str, tuple[int, int]]] = _learned_holidays()

# US days whose names other nations give to days of their own ("Ukraine's Independence Day" is 24 August, "Kenya's
# election day" no November Tuesday, Canada's Thanksgiving is in October): read only when no other nation owns them
NATIONAL_DAY_NAMES: frozenset[str] = frozenset({
    "independence day", "election day", "labor day", "memorial day", "thanksgiving", "thanksgiving day",
    "mother's day", "father's day", "veterans day", "presidents' day", "presidents day", "columbus day",
})
# the words before such a day that keep it the US day
US_OWNERS: frozenset[str] = frozenset({"u.s.", "us", "america", "american", "states", "u.s.a."})

# Holidays on the n-th weekday of a month: name -> (month, ISO weekday, n; -1 is the last one)
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving day": (11, 4, 4), "thanksgiving": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
    "martin luther king day": (1, 1, 3), "presidents' day": (2, 1, 3), "presidents day": (2, 1, 3),
    "columbus day": (10, 1, 2), "election day": (11, 2, 0),  # 0: the Tuesday after the first Monday
}

# days counted from Easter Sunday: name -> (days after it, python-dateutil's method: 3 Western, 2 Orthodox); matched
# only capitalised, as names ("a good Friday for the club" is no such day)
EASTER_DAYS: dict[str, tuple[int, Literal[2, 3]]] = {
    "Easter": (0, 3), "Easter Sunday": (0, 3), "Easter Day": (0, 3), "Easter Monday": (1, 3),
    "Good Friday": (-2, 3), "Holy Saturday": (-1, 3), "Maundy Thursday": (-3, 3), "Holy Thursday": (-3, 3),
    "Palm Sunday": (-7, 3), "Ash Wednesday": (-46, 3), "Shrove Tuesday": (-47, 3), "Ascension Day": (39, 3),
    "Pentecost": (49, 3), "Pentecost Sunday": (49, 3), "Whit Sunday": (49, 3), "Whitsunday": (49, 3),
    "Whitsun": (49, 3), "Whit Monday": (50, 3), "Orthodox Easter": (0, 2), "Orthodox Easter Sunday": (0, 2),
}
# the one-word feasts, which also name things ("Easter eggs", "Easter Island"), count only before no other word but
# these of the days around them
EASTER_SEASON_NOUNS: frozenset[str] = frozenset({
    "weekend", "holiday", "holidays", "break", "week", "morning", "evening", "night", "service", "services", "vigil",
})

# US shopping and giving days named after Thanksgiving: name -> days after it (round eleven, timex_news class);
# matched only capitalised, as names ("a black Friday for the club" is no such day)
THANKSGIVING_DAYS: dict[str, int] = {
    "Black Friday": 1, "Small Business Saturday": 2, "Cyber Monday": 4, "Giving Tuesday": 5, "GivingTuesday": 5,
}

# Words whose value needs no arithmetic (TimeML leaves the preposition out: "in recent weeks" -> "recent weeks")
DEICTIC: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "the present": "PRESENT_REF", "present-day": "PRESENT_REF",
    "these days": "PRESENT_REF", "present day": "PRESENT_REF", "the time being": "PRESENT_REF",
    "recent": "PAST_REF", "current": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF", "former": "PAST_REF", "recent years": "PAST_REF",
    "recent weeks": "PAST_REF", "recent months": "PAST_REF", "recent days": "PAST_REF",
    "recent times": "PAST_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the coming years": "FUTURE_REF", "the coming weeks": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "the coming days": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "a later date": "FUTURE_REF",
}

# Adjectives that WikiWars marks as PAST_REF/FUTURE_REF but news corpora mostly leave untagged ("current" is
# tagged PRESENT_REF in 10 of 17 uses in the tbaq dev part, so it counts in news too; "annually" is a SET in
# WikiWars, 2 of 6 times in tbaq)
NARRATIVE_ONLY: frozenset[str] = frozenset({"former", "formerly", "future", "recent", "annually"})

# (word -> day offset from the anchor, part of day)
RELATIVE_DAYS: dict[str, tuple[int, str]] = {
    "today": (0, ""), "yesterday": (-1, ""), "tomorrow": (1, ""), "tonight": (0, "NI"),
    "this morning": (0, "MO"), "this afternoon": (0, "AF"), "this evening": (0, "EV"),
    "last night": (-1, "NI"), "yesterday morning": (-1, "MO"), "yesterday afternoon": (-1, "AF"),
    "yesterday evening": (-1, "EV"), "tomorrow morning": (1, "MO"), "tomorrow afternoon": (1, "AF"),
    "tomorrow evening": (1, "EV"), "tomorrow night": (1, "NI"), "the day before yesterday": (-2, ""),
    "the day after tomorrow": (2, ""), "overnight": (-1, "NI"), "last evening": (-1, "EV"),
}

# frequency words -> (TIMEX3 SET value); "everyday" in one word is the adjective "ordinary" ("everyday life", "an
# everyday matter"), no frequency, and is left out; the adjectives "annual" and "quarterly" name reports and
# meetings rather than a recurrence, and TimeBank/AQUAINT and MEANTIME leave them untagged (1 of 21)
SET_WORDS: dict[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
    "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "every day": "P1D",
    "each day": "P1D", "per day": "P1D", "a day": "P1D", "every week": "P1W", "each week": "P1W",
    "per week": "P1W", "a week": "P1W", "every month": "P1M", "each month": "P1M", "per month": "P1M",
    "a month": "P1M", "every year": "P1Y", "each year": "P1Y", "per year": "P1Y", "a year": "P1Y",
    "per annum": "P1Y", "every hour": "PT1H", "per hour": "PT1H", "an hour": "PT1H", "every night": "P1D",
    "each night": "P1D", "a night": "P1D",
}

# words before a point that say where in the period it lies -> TIMEX3 mod
POSITION_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "beginning of": "START", "start of": "START", "the dawn of": "START", "the outset of": "START",
    "the first days of": "START", "early in": "START", "the early part of": "START", "late": "END",
    "the end of": "END", "end of": "END", "the close of": "END", "the last days of": "END",
    "the latter part of": "END", "late in": "END", "the late part of": "END", "mid": "MID", "mid-": "MID",
    "end-": "END",
    "middle": "MID", "the middle of": "MID", "middle of": "MID", "the mid": "MID", "the rest of": "END",
    "the remainder of": "END", "the turn of": "END",
    # not a position but an approximation, written in the same place: "ca. 466 BC", "circa 1200" (WikiWars 2 of 2)
    "circa": "APPROX", "ca.": "APPROX",
}

# the first or last days, weeks or months of a named month or year are its start or end, one expression with it
# ("the final days of 1997", "the first weeks of January", "the closing months of 1944"), as "the last days of";
# one pattern (grammar.POSITION_MOD) rather than forty more words, which every rule with a position would try
PERIOD_EDGE = (
    r"the\s+(?:first|opening|early|last|final|closing|waning|dying)\s+(?:few\s+)?(?:days|weeks|months)\s+of"
    r"|the\s+(?:last|final|closing)\s+week\s+of"
)
PERIOD_EDGE_MODS: dict[str, str] = {
    "first": "START", "opening": "START", "early": "START",
    "last": "END", "final": "END", "closing": "END", "waning": "END", "dying": "END",
}

# Things measured in units of time that are amounts rather than periods: stocks ("a year's supply of grain", "90 days
# of oil reserves", "reserves worth three months of imports") and recorded content ("75 hours of video", "ten hours
# of battery life").  A count of units before one of them is no duration (round fifteen: MEANTIME Apple leaves "75
# hours of video" unmarked, 1 of 1).  The length of an event ("three days of talks", "two days of music and dance",
# tbaq P2D) stays one, and so does pay: the tbaq dev part leaves "six months of base pay" unmarked (1 of 1) but the
# own set timex_news2 marks "16 weeks of severance pay" (1 of 1), too few to choose.
AMOUNT_NOUNS: tuple[str, ...] = (
    "supply", "supplies", "stock", "stocks", "stockpile", "reserves", "inventory", "rations", "food", "water",
    "fuel", "oil", "imports", "output",
    "video", "videos", "footage", "recordings", "recording", "audio", "tape", "tapes", "programming",
    "playback", "battery life", "talk time",
)

# words before a quantity -> TIMEX3 mod
QUANTITY_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "just under": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "just": "", "only": "", "barely": "LESS_THAN", "just over": "MORE_THAN", "up to": "EQUAL_OR_LESS",
    "well over": "MORE_THAN",
    # a negated bound turns round: "no more than two weeks" is at most two weeks
    "no more than": "EQUAL_OR_LESS", "not more than": "EQUAL_OR_LESS", "no longer than": "EQUAL_OR_LESS",
    "no less than": "EQUAL_OR_MORE", "not less than": "EQUAL_OR_MORE", "no fewer than": "EQUAL_OR_MORE",
}

# quantity words that news annotators leave outside the expression ("only [14 days]", "about [five hours]": in the
# tbaq dev part "just" 0 of 4 times inside, "only" 0 of 3, "about" 2 of 9, "barely" 0 of 1; MEANTIME "just" 0 of 1);
# narratives keep them inside as WikiWars does ("just" 3 of 4, "only" 5 of 8, "about" 3 of 3)
NEWS_OUTSIDE_QUANTITY_WORDS: tuple[str, ...] = ("just", "only", "about", "barely")

# direction words news annotators leave outside a length ("[13 days] after the bombing", "[the day] before the
# vote": tbaq dev part "after" 14 of 14 times outside, "before" 8 of 8, MEANTIME 3 of 3), while "ago" and "earlier"
# stay inside (64 of 66); narratives keep them inside as WikiWars does ("before" 5 of 6)
NEWS_OUTSIDE_DIRECTION_WORDS: tuple[str, ...] = ("after", "before")

# words after an expression that hedge it -> TIMEX3 mod ("the next year or so", "1994 or later", "1990 and beyond")
HEDGES: dict[str, str] = {
    "or so": "APPROX", "or later": "ON_OR_AFTER", "and beyond": "ON_OR_AFTER", "or earlier": "ON_OR_BEFORE",
}

# a timetable told in the simple present looks ahead: "the offer expires Friday", "the session opens in January"
SCHEDULE_VERBS: tuple[str, ...] = (
    "takes effect", "take effect", "goes into effect", "comes into force", "expires", "begins", "starts",
    "opens", "reopens", "resumes", "convenes", "reconvenes", "restarts", "kicks off", "takes place", "arrives",
    "departs", "gets under way", "gets underway", "goes ahead", "goes on sale", "go on sale", "goes on trial",
    "go on trial", "goes on display", "go on display",
)

# capitalised words before a weekday that name one particular day ("Black Monday", "Good Friday", "Super Tuesday")
NAMED_DAY_WORDS: tuple[str, ...] = (
    "black", "bloody", "super", "good", "holy", "ash", "easter", "palm", "maundy", "cyber", "whit", "fat", "blue",
)

# words that signal the governing verb refers to the future
FUTURE_CUES: tuple[str, ...] = (
    "will", "'ll", "’ll", "shall", "going to", "set to", "set for", "due to", "is due", "are due", "scheduled",
    "planned", "plans", "plan to", "expected", "expects", "expect", "anticipate", "anticipates", "predict",
    "predicts", "intend",
    "aims to", "aim to", "hopes to", "hope to", "is to", "are to", "to be", "upcoming", "next", "would",
    "intends", "will be", "should", "won't", "until", "till", "coming", "slated", "poised to", *SCHEDULE_VERBS,
)

# the few cues that put a bare weekday ahead of the DCT: news weekdays are otherwise the DCT's own day or the
# days before it (in TimeBank/AQUAINT 97% of bare weekdays are), so weaker cues ("would", "until") are ignored
FIRM_FUTURE_CUES: tuple[str, ...] = (
    "will", "'ll", "’ll", "shall", "going to", "set to", "set for", "due to", "is due", "are due", "scheduled", "next",
    "is to", "are to", "to be held", "upcoming", "won't", "plans to", "plan to", "coming", "planned to",
    "as early as", "as soon as", "slated", "expected to", "poised to", *SCHEDULE_VERBS,
)

# irregular past forms (regular ones are matched as "-ed") that mark the clause as past
PAST_CUES: tuple[str, ...] = (
    "was", "were", "had", "did", "said", "told", "took", "came", "went", "began", "fell", "rose", "made",
    "gave", "saw", "met", "won", "lost", "left", "held", "spoke", "sold", "bought", "paid", "led", "ran",
    "grew", "hit", "cut", "set", "put", "quit", "brought", "thought", "became", "began", "broke", "chose",
    "drew", "drove", "flew", "forgot", "got", "knew", "meant", "sent", "shot", "stood", "struck", "taught",
    "threw", "understood", "wrote", "ago", "last", "earlier", "previously",
    "found", "kept", "felt", "heard", "built", "spent", "lent", "fought", "caught", "sought", "swore", "tore",
    "woke", "rode", "froze", "stole", "forgave", "hid", "shook", "stuck", "swept", "wept", "slept", "dealt",
    "laid", "withdrew", "blew", "overthrew", "upheld", "withheld", "sat", "sank", "undertook", "arose", "dug",
    "fled", "sped", "ate", "drank", "sang", "rang", "swam", "overcame", "oversaw", "underwent", "forbade",
    "awoke", "bore", "slid", "strove", "wound", "spun", "stank", "struck", "sprang", "foresaw", "mistook",
)

# words before a bare "May" or "March" that make it the month, not the verb
BARE_MONTH_CUES: frozenset[str] = frozenset({
    "in", "of", "by", "until", "till", "since", "from", "to", "through", "throughout", "during", "and",
    "or", "early", "late", "mid", "before", "after", "last", "next", "this", "that", "each", "every", "end",
    "beginning", "middle", "between", "the", "for", "around", "about", "into", "circa",
})

# words after a holiday's name that keep it the day itself ("Christmas was quiet", "Christmas in Rome"); any other
# word after it is a noun it modifies ("the Christmas offensive", "Christmas sales"), naming the season around it
HOLIDAY_NOT_MODIFIER: frozenset[str] = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "in", "on", "at", "by", "for", "of", "to", "from", "with", "as",
    "is", "was", "were", "are", "be", "been", "will", "would", "could", "should", "may", "might", "can", "has",
    "have", "had", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "when", "while",
    "after", "before", "since", "until", "till", "through", "there", "then", "his", "her", "its", "their", "our",
    "my", "your", "than", "so", "if", "because", "though", "although", "not", "also", "approached", "approaches",
    "comes", "came", "fell", "falls", "arrived", "arrives",
})

# words before a bare plural unit ("weeks") that make it a duration
DURATION_CUES: frozenset[str] = frozenset({
    "for", "within", "in", "over", "after", "took", "take", "takes", "lasted", "lasting", "last", "spent",
    "spend", "than", "of", "during", "about", "and", "only", "just", "nearly", "almost",
})

# words before a bare three-digit number that make it a year in a story set BC
YEAR_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "by", "from", "until", "till", "since", "to", "between", "after", "before", "during", "circa",
    "c",
})

# what follows a count, never a year (matched as word prefixes) ("1500 troops", "2000 km")
QUANTITY_NOUNS: tuple[str, ...] = (
    "%", "percent", "per cent", "km", "kilomet", "miles", "mile", "men", "troops", "soldiers", "people", "tons",
    "tonnes", "feet", "foot", "metres", "meters", "casualties", "dead", "killed", "wounded", "prisoners",
    "guns", "tanks", "aircraft", "planes", "ships", "vessels", "units", "rifles", "horses", "acres",
    "square", "civilians", "members", "employees", "workers", "dollars", "pounds", "songs", "tracks",
    "stores", "copies", "points", "votes", "seats", "cases", "deaths", "refugees", "volunteers", "officers",
    "sailors", "marines", "cavalry", "infantry", "strong", "MHz", "GB", "MB", "mm",
)

# common time words that a capital letter inside a sentence turns into part of a name: "USA Today", "VOA Today",
# "China Daily", "the Weekly Standard", ABC's "This Week", "Monday Night Football" (the tbaq dev part marks 0 of 2
# such uses); holiday names ("New Year's Day") are matched by their own rule and keep their capitals
TITLE_CASE_NAME_WORDS: frozenset[str] = frozenset({
    "today", "tonight", "tomorrow", "yesterday", "daily", "weekly", "monthly", "week", "month", "morning",
    "night", "evening", "afternoon",
})

# a newspaper named by its weekday: "the Sunday Times", "the Sunday Telegraph", "the Mail on Sunday"
PUBLICATION_NOUNS: tuple[str, ...] = (
    "Times", "Telegraph", "Mirror", "Express", "Post", "Herald", "Tribune", "Independent", "Observer", "Mail",
    "Star", "Sport", "Age", "Business", "Journal", "Gazette", "Chronicle",
)

# relative words -> step in their unit ("last week" is one week back)
RELATIVE_STEPS: dict[str, int] = {
    "this": 0, "current": 0, "same": 0, "that": 0, "that same": 0, "this same": 0, "the same": 0,
    "last": -1, "previous": -1, "prior": -1, "preceding": -1, "past": -1, "recent": -1, "latest": -1,
    "next": 1, "following": 1, "coming": 1, "subsequent": 1, "succeeding": 1, "upcoming": 1,
}

# relative words that point back to the last mentioned date; the others count from the speech time
ANAPHORIC: frozenset[str] = frozenset({
    "same", "that", "that same", "this same", "the same", "previous", "following", "prior", "preceding",
    "subsequent", "succeeding",
})

# fmt: on


@dataclass(frozen=True)
class LearnedWord:
    """How news annotators treat a reference or frequency phrase (``learned_words.tsv``)."""

    seen: int
    marked: int
    values: Counter[str]

    def clear_majority(self) -> bool | None:
        """True when annotators mark the phrase in clearly more than half of its uses, False when in clearly
        fewer, None when the counts cannot tell (the 95 % Wilson interval of the share holds one half)."""
        return clear_majority(self.marked, self.seen - self.marked)

    def rarely_marked(self) -> bool:
        """Seen in enough uses (``CONTEXT_MIN_SEEN``) and marked in too few of them for a tag to pay: at most
        ``BREAK_EVEN`` of them."""
        return self.seen >= CONTEXT_MIN_SEEN and self.marked <= BREAK_EVEN * self.seen


def clear_majority(yes: int, no: int) -> bool | None:
    """True when ``yes`` is clearly the larger share of ``yes + no`` uses, False when clearly the smaller, None
    when the counts cannot tell: fewer than ``LEARNED_MIN_SEEN`` uses, or a 95 % Wilson interval holding one half."""
    seen = yes + no
    if seen < LEARNED_MIN_SEEN:
        return None
    share = yes / seen
    z2 = 1.96**2
    centre = (share + z2 / (2 * seen)) / (1 + z2 / seen)
    spread = (1.96 / (1 + z2 / seen)) * math.sqrt(share * (1 - share) / seen + z2 / (4 * seen**2))
    if centre - spread > 0.5:
        return True
    if centre + spread < 0.5:
        return False
    return None


# fewer uses than this in the tbaq dev part are too few to judge a phrase by
LEARNED_MIN_SEEN = 5

# Where a reference word stands decides whether annotators mark it: "until now", "for now", "in the future"
# are marked where a sentence-opening "Now ..." or "the future of ..." often is not.  The word before the phrase
# names the context when it is one of these; a phrase opening its sentence is "opening", any other "inside".
CONTEXT_WORDS: frozenset[str] = frozenset(
    {"in", "into", "for", "until", "till", "to", "from", "by", "of", "at", "since", "right", "than", "and", "the"}
)
_WORD_BEFORE = re.compile(r"([\w'’]+)\W*$")
_OPENING_BEFORE = re.compile(r"(?:[.!?:;]['\"`\s]*|\n\s*\n\s*|``\s*|\"\s*)$")


def preceding_word(text: str, start: int) -> str:
    """The word before ``start`` in lower case, across any punctuation between ("for years", "now, in May")."""
    match = _WORD_BEFORE.search(text[max(0, start - 20) : start].rstrip())
    return match.group(1).lower() if match else ""


def word_context(text: str, start: int) -> str:
    """The context class of a phrase starting at ``start``: "opening" at the start of a sentence or quotation,
    else "after WORD" for a word of ``CONTEXT_WORDS`` right before it (``preceding_word``, which the grammar's
    guards read too), else "inside" (``learned_words.tsv`` rows "PHRASE | CONTEXT")."""
    window = text[max(0, start - 24) : start]
    if not window.strip() or _OPENING_BEFORE.search(window):
        return "opening"
    before = preceding_word(text, start)
    return "after " + before if before in CONTEXT_WORDS else "inside"


# a comma right after a reference word sets it off as a sentence adverb ("Currently, the group ..."), a use
# annotators mark less often than the same word inside a clause ("the group currently holds ...")
_COMMA_AFTER = re.compile(r"[ \t]*,")


def word_contexts(text: str, start: int, end: int) -> tuple[str, ...]:
    """The context classes of a phrase at ``start:end``: its ``word_context`` and, when a comma follows it,
    "before ," (``learned_words.tsv`` rows "PHRASE | CONTEXT")."""
    before = word_context(text, start)
    return (before, "before ,") if _COMMA_AFTER.match(text, end) else (before,)


# a phrase in a context seen this often in the tbaq dev part is left untagged when its rate is below break-even
CONTEXT_MIN_SEEN = 3

# Value F1 is 2 x right values / (predicted + gold), so one more tag raises it only when it is right more often
# than value F1 / 2 of the time: about 0.4 at the tagger's 80-odd.  A context whose marked share is no higher
# than that (before counting the values that would still be wrong) costs more than it brings.
BREAK_EVEN = 0.4


# "later in the day", "early in the week": counted by unit in learned_words.tsv (part_of_unit_row)
PART_OF_UNIT = re.compile(r"(?:later|earlier|late|early)\s+in\s+the\s+(?P<unit>day|week|month|year)", re.IGNORECASE)


def part_of_unit_row(unit: str) -> str:
    """The ``learned_words.tsv`` row counting "later/earlier/late/early in the UNIT"."""
    return f"EARLY/LATE in the {unit.lower()}"


# the learned_words.tsv rows counting plural units without a count ("for years"), by the word before them
BARE_UNITS_ROW = "UNITS"


def context_row(phrase: str, context: str) -> str:
    """The ``learned_words.tsv`` row counting ``phrase`` in one context ("now | after until")."""
    return f"{phrase} | {context}"


@cache
def learned_words() -> dict[str, LearnedWord]:
    """The counts ``scripts/learn_timex_words.py`` took from the tbaq dev part, by phrase."""
    table: dict[str, LearnedWord] = {}
    text = (Path(__file__).with_name("learned_words.tsv")).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        phrase, seen, marked, values = [*line.split("\t"), ""][:4]
        table[phrase] = LearnedWord(int(seen), int(marked), _counts(values))
    return table


# the learned_words.tsv row that counts rates ("$2 million a year", "four flights a week")
RATE_ROW = "NUMBER a UNIT"


def news_tags_rates() -> bool:
    """Whether news annotators mark a rate after an amount or a count: only when the tbaq dev part shows a clear
    majority of the rates marked (``learned_words.tsv`` row ``RATE_ROW``)."""
    learned = learned_words().get(RATE_ROW)
    return learned is not None and learned.clear_majority() is True


@cache
def learned_values() -> dict[tuple[str, str], Counter[str]]:
    """The value conventions ``scripts/learn_timex_values.py`` counted in the tbaq dev part, by (decision, key)."""
    table: dict[tuple[str, str], Counter[str]] = {}
    text = (Path(__file__).with_name("learned_values.tsv")).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        decision, key, outcomes = [*line.split("\t"), ""][:3]
        table[(decision, key)] = _counts(outcomes)
    return table


def _counts(items: str) -> Counter[str]:
    """ "PAST_REF:3,P9Y:2" -> Counter({"PAST_REF": 3, "P9Y": 2})"""
    counts: Counter[str] = Counter()
    for item in filter(None, items.split(",")):
        name, _, count = item.rpartition(":")
        counts[name] = int(count)
    return counts
