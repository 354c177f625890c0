"""Regular-expression grammar: every rule is one compiled pattern plus an optional guard.

Rules may overlap; ``tag`` keeps the longest match at each place.  The patterns
are assembled from the word tables in ``lexicon`` so that each rule is a single
regex pass over the text instead of a loop over tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from timelinekg.nlp.timex import lexicon as lx


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so that "the end of" wins over "the"; spaces match any run of whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    escaped = (re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ordered)
    return "(?:" + "|".join(escaped) + ")"


def _trie_alternation(words: Iterable[str]) -> str:
    """The words as one pattern that shares their common starts ("Eid al-Adha|Eid al-Fitr" is "Eid al\\-(?:Adha|
    Fitr)"): a long list of names is tried letter by letter, not name by name, at each capital of a text.  Spaces
    match any run of whitespace, an apostrophe either form."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = []
        for char in sorted(node, key=lambda c: (c == "", c)):  # the end of a word last: the longest name wins
            if char == "":
                branches.append("")
                continue
            head = r"\s+" if char == " " else "['’]" if char == "'" else re.escape(char)
            branches.append(head + pattern(node[char]))
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(trie)


# Python's case-blind matching also takes the long s for "s", the kelvin sign for "k", and the dotless i and the
# dotted capital I for "i" (the other forms of the ASCII letters, found by trying every character against each)
_CASE_FOLDS = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}


def _any_case(*words: str) -> str:
    """The words in any mix of cases, letter by letter: what a case-blind pattern matches, scanned as fast as
    plain letters."""
    return "|".join(
        "".join(f"[{_CASE_FOLDS.get(c, c + c.upper())}]" if c.isalpha() else re.escape(c) for c in word)
        for word in words
    )


def _any_case_alternation(words: Iterable[str]) -> str:
    """``_alternation`` of the words in any mix of cases, letter by letter."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(_any_case(word).replace(r"\ ", r"\s+").replace("'", "['’]") for word in ordered) + ")"


def _case_forms(words: Iterable[str]) -> str:
    """Month and weekday names only count when capitalised ("may" is a verb, "march" a noun)."""
    forms = {f for w in words for f in (w.capitalize(), w.upper())}
    return "(?-i:" + _alternation(forms) + ")"


_FULL_MONTHS = [m for m in lx.MONTHS if len(m) > 3 and m != "sept"] + ["may"]
_ABBREV_MONTHS = [m for m in lx.MONTHS if m not in _FULL_MONTHS]
MONTH_FULL = _case_forms(_FULL_MONTHS)
# abbreviations count only when a day number follows, so "Mar" or "Dec" in names stay untagged
MONTH_ANY = rf"(?:{MONTH_FULL}|{_case_forms(_ABBREV_MONTHS)}\.?(?=\s*\d))"
WEEKDAY = _case_forms(w for w in lx.WEEKDAYS if len(w) > 4)
# after a day number an abbreviation is a month whatever follows ("walked out on 14 Sep over pay")
MONTH_AFTER_DAY = rf"(?:{MONTH_FULL}|{_case_forms(_ABBREV_MONTHS)}\.?(?![\w-]))"
# "Wed 3 Jun", "Sat, 7 Feb": an abbreviated weekday counts only before a day and month it names
_WEEKDAY_ABBREVIATION = _case_forms(w for w in lx.WEEKDAYS if len(w) <= 4)
SEASON = _alternation(lx.SEASONS)
DAY_PART = _alternation(lx.DAY_PARTS)
ERA = r"(?-i:BCE|BC|B\.C\.?|AD|A\.D\.?|CE)(?!\w)"
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|"
    r"eight|nine)|" + _alternation(k for k in lx.CARDINALS if k not in ("a", "an")) + ")"
)
NUMBER = (
    rf"(?:(?:\d+(?:\.\d+)?|\d{{1,3}}(?:,\d{{3}})+|(?:{_NUMBER_WORD}|an?)(?:[\s-]+(?:hundred|thousand)(?![\w-]))?)"
    rf"(?:\s+and\s+a\s+half|\s+1/2|½)?"
    rf"|{_alternation(lx.VAGUE_QUANTITIES)})"
)
UNIT = _alternation([*lx.UNITS, *lx.UNIT_PLURALS])
POSITION_MOD = f"(?:{lx.PERIOD_EDGE}|{_alternation(lx.POSITION_MODS)})"
QUANTITY_MOD = _alternation(lx.QUANTITY_MODS)
# "the last century" is the one before the speech time's (relative_unit), not a numbered century
ORDINAL_WORD = _alternation(k for k, n in lx.ORDINALS.items() if n > 0)
RELATIVE_YEAR = r"(?P<rel_year>that|the\s+same|the\s+following|the\s+next|the\s+previous|this|last|next)\s+year"


_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# a year read out as broadcast transcripts write it: "nineteen ninety-six", "nineteen oh five"
SPOKEN_YEAR = (
    rf"(?:seventeen|eighteen|nineteen)[\s-]+(?:{_TENS_WORD}(?:[\s-]+{_UNITS_WORD})?|{_TEENS_WORD}|"
    rf"(?:oh|o)[\s-]+{_UNITS_WORD}|hundred)"
    # "the year two thousand (and eight)": only after "year", since "two thousand" alone is mostly a count
    rf"|(?<=year\s)two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{_TEENS_WORD}|{_TENS_WORD}(?:[\s-]+{_UNITS_WORD})?"
    rf"|{_UNITS_WORD}))?"
)


def _year(name: str) -> str:
    """A four-digit year, or a shorter one that carries an era ("490 BC"), or a spoken one."""
    return (
        rf"(?P<{name}>\d{{4}}(?!\d)(?:\s*(?P<{name}_era>{ERA}))?|\d{{1,4}}\s*(?P<{name}_era2>{ERA})"
        rf"|\d{{3,4}}(?=\s*(?:[-–]|to|and)\s*\d{{1,4}}\s*{ERA})|{SPOKEN_YEAR})"
    )


_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
CALENDAR_DAY = (
    rf"(?:(?P<weekday>{WEEKDAY}|{_WEEKDAY_ABBREVIATION}\.?(?=\s*,?\s+(?:{MONTH_ANY}\s+)?\d))\s*,?\s+(?:the\s+)?)?"
    rf"(?:(?P<month>{MONTH_ANY})\s+(?:the\s+)?(?P<day>{_DAY})(?:(?:\s*,\s*|\s+)(?:of\s+)?{_year('year')})?"
    rf"|(?P<day2>{_DAY})\s+(?:of\s+)?(?P<month2>{MONTH_AFTER_DAY})(?:\s*,?\s*{_year('year2')})?)"
    rf"(?:\s*,?\s+(?:of\s+)?{RELATIVE_YEAR})?"
)

_QUANTITY_NOUNS = _alternation(lx.QUANTITY_NOUNS)
# an article before a length used as an adjective belongs to the noun, not to the length: "a [five year] low",
# "the [two day] rally", "a [month-long] strike" (outside in the tbaq dev part 30 of 30, WikiWars 12 of 12)
# -- unless the noun is itself a length: "a three-year period", "a one-year term" are one expression (tbaq dev
# part 2 of 3, WikiWars 3 of 3)
_SINGULAR_UNIT = _alternation(lx.UNITS)
_PERIOD_NOUN = r"(?:period|term|span|stretch|stint|interval)(?![\w-])"
_NOT_ADJECTIVAL = (
    rf"(?![\w.]+-{UNIT}\b(?!\s+{_PERIOD_NOUN}))"
    rf"(?!(?:\d+|{_NUMBER_WORD})\s+{_SINGULAR_UNIT}\s+(?!ago|earlier|later|before|after|and|{_PERIOD_NOUN})[a-z])"
    rf"(?!{UNIT}-long)"
)
_NOT_ARTICLE_OF_ADJECTIVE = rf"(?!(?:an?|the)\s+{UNIT}-long)"
# a part of one unit counted as a length: "half a century", "a half hour", "a quarter-century", "a quarter of a
# century"; "quarter" takes an article only after "of", so that "the quarter a year ago" stays a quarter
FRACTION_OF = (
    rf"(?P<fraction>half\s+(?=an?\s)|(?:an?\s+)?(?:half|quarter)[\s-]+(?={_SINGULAR_UNIT}(?![\w-]))"
    r"|(?:an?\s+)?quarter\s+of\s+(?=an?\s))"
)
# which days a count counts: "eight trading days", "ten business days" are eight and ten days
_COUNTED_DAYS = r"(?:trading|business|working|calendar|school)(?=\s+days?\b)"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    guard: Callable[[re.Match[str], str], bool] | None = None
    # a cheap pattern for a word every match of the rule contains; the rule is then only run in windows
    # around its occurrences (``anchored_matches``), not tried at every character of the text
    anchor: re.Pattern[str] | None = None


def _anchor(body: str) -> re.Pattern[str]:
    # not inside a word, but possibly glued to a number ("24hrs", "1990s"); ``body`` spells out its cases
    return re.compile(rf"(?<![^\W\d_])(?:{body})")


def literal_anchor(*pieces: str) -> re.Pattern[str]:
    """A search for plain strings, lower case and upper case: the regex engine scans for literal alternatives many
    times faster than for ``_anchor``'s case-blind word starts.  A piece is a word's tail without its first
    letter ("orning" for "morning", "Morning" and "MORNING"); the rule's own pattern checks the whole word."""
    variants = dict.fromkeys(v for piece in pieces for v in (piece, piece.upper()))
    return re.compile("|".join(re.escape(v) for v in variants))


# how far a match may reach before and after its anchor word: prefixes ("more than two and a half", "the
# first days of") and suffixes ("of the fiscal year 1999") are far shorter
ANCHOR_BEFORE = 120
ANCHOR_AFTER = 120


def anchored_matches(
    rule: Rule, text: str, windows: dict[re.Pattern[str], list[tuple[int, int]]] | None = None
) -> Iterable[re.Match[str]]:
    """The rule's matches, found by scanning only merged windows around its anchor words.  A window ends on
    whitespace, so the word-boundary lookaheads see what they would in the whole text.  ``windows`` keeps each
    anchor's windows in ``text`` for the next rule with the same anchor (several rules share one)."""
    if rule.anchor is None:
        yield from rule.pattern.finditer(text)
        return
    found = windows.get(rule.anchor) if windows is not None else None
    if found is None:
        found = anchor_windows(rule.anchor, text)
        if windows is not None:
            windows[rule.anchor] = found
    for start, end in found:
        yield from rule.pattern.finditer(text, start, end)


def anchor_windows(anchor: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The (start, end) of the merged windows around the anchor's occurrences in ``text``, in order."""
    windows = []
    length = len(text)
    window_start = window_end = -1
    for hit in anchor.finditer(text):
        start = max(0, hit.start() - ANCHOR_BEFORE)
        if start > window_end >= 0:
            windows.append((window_start, window_end))
            window_start = -1
        if window_start < 0:
            window_start = start
        window_end = _whitespace_at_or_after(text, min(length, hit.end() + ANCHOR_AFTER))
    if window_start >= 0:
        windows.append((window_start, window_end))
    return windows


def _whitespace_at_or_after(text: str, position: int) -> int:
    found = _WHITESPACE.search(text, position)
    return found.start() if found else len(text)


_WHITESPACE = re.compile(r"\s")


def _compile(body: str) -> re.Pattern[str]:
    # whole words only; a possessive ("Monday's", "three days'") still ends the expression.  The body is
    # grouped so that the word boundaries hold for every alternative of a rule, not its first and last only
    return re.compile(rf"(?<![\w'’])(?:{body})(?!\w)(?!['’](?!s\b)\w)", re.IGNORECASE)


# the word before a match, across punctuation ("for years", "In May, ..."): one definition for the rules'
# guards and for the learned contexts (lexicon.word_context)
preceding_word = lx.preceding_word


# "May" and "March" are also a modal and a verb; they need a preposition-like neighbour when bare
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})


# April, June and August are also given names: "August Busch" is a person
_NAME_MONTHS = frozenset({"april", "june", "august"})
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")


_WORD_AFTER = re.compile(r"\s+(?P<word>[A-Za-z]+)")


def _feast_day_not_a_name(m: re.Match[str], text: str, group: str) -> bool:
    """ "the Good Friday Agreement", "the Easter Rising", "Easter Island", "Easter eggs": a feast's name that names
    something else (a capitalised word after it; after a one-word feast, any word but a day's own nouns)."""
    if m["year"]:
        return True
    after = _WORD_AFTER.match(text, m.end())
    if after is None:
        return True
    word = after["word"]
    if word[0].isupper():
        return False
    return " " in m[group] or word.lower() in lx.EASTER_SEASON_NOUNS or not word.islower() or word in _FUNCTION_AFTER


# words after a one-word feast that end its phrase ("before Easter and after it", "at Easter in Rome")
_FUNCTION_AFTER = frozenset(
    {"and", "or", "but", "in", "at", "on", "to", "with", "when", "as", "the", "a", "this", "last", "next", "for", "of"}
)


# a month range: "May-August 1950", "April-May"
_MONTH_RANGE_AFTER = re.compile(rf"\s*[-–/]\s*{MONTH_FULL}")
_MONTH_RANGE_BEFORE = re.compile(rf"{MONTH_FULL}\s*[-–/]\s*$")
# "the March of the Mothers", "the March to Versailles": a procession, not the month ("the March figures" is one)
_PROCESSION_AFTER = re.compile(r"\s+(?:of|to|on|through|from|across|into|along)\s+(?![\d'’])|\s*[.;!?]")


# "the wettest May on record", "its driest March in 50 years", "the busiest May": a superlative after a determiner
# ranks the month among others like it (round thirteen, timex_news4 class of weather and sales news)
# nouns that end in "est" ("the interest", "the protest", "the harvest") are no superlatives
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our|this|a)\s+"
    r"(?!(?-i:(?:[a-z]*(?:interest|arrest|unrest|forest|uest|ntest|otest|vest|nifest|digest|suggest|chest|behest)"
    r"|test|rest|nest|pest|west|zest|jest|crest)\s))(?-i:[a-z]{2,}est)\s+$",
    re.IGNORECASE,
)


# "to report March figures", "May sales rose": a month before the figures it names (timex_news6 class)
_FIGURES_AFTER = re.compile(
    r"\s+(?:figures|sales|data|numbers|statistics|results|readings?|payrolls|exports|imports|output|inflation|"
    r"deliveries|orders|production|jobs\s+report|retail\s+sales|trade\s+figures|trade\s+data)\b",
    re.IGNORECASE,
)


_DAY_NUMBER_AFTER = re.compile(r"\s+(?:[0-3]?\d)(?:st|nd|rd|th)?(?![\d:./])")


def _bare_month_ok(m: re.Match[str], text: str) -> bool:
    month = m["month"].lower()
    if m["rel"] and _DAY_NUMBER_AFTER.match(text, m.end()):
        return False  # "on the same April 24": the day, which the calendar-day rule reads
    if m["pmod"] or m["rel"] or m["deictic"]:
        return True
    if month in _AMBIGUOUS_MONTHS:
        if (
            _MONTH_RANGE_AFTER.match(text, m.end())
            or _MONTH_RANGE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or _SUPERLATIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            or _FIGURES_AFTER.match(text, m.end())
        ):
            return True
        before = preceding_word(text, m.start())
        if before == "the" and month == "march" and _PROCESSION_AFTER.match(text, m.end()):
            return False
        return before in lx.BARE_MONTH_CUES
    if month in _NAME_MONTHS and _CAPITALISED_NEXT.match(text, m.end()):
        return preceding_word(text, m.start()) in lx.BARE_MONTH_CUES
    return True


_AMOUNT_BEFORE = re.compile(
    r"(?:\$|£|€|¥|#|no\.|number|about|around|some|over|nearly|almost|than|approximately|roughly|only|just|"
    r"total\s+of|all|to|of|and)\s*$",
    re.IGNORECASE,
)
# whole words: "nearly 1900 applicants" does not end in "early"
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|of|since|by|until|till|from|to|during|before|after|early|late|mid|the|and|year|fiscal|summer|"
    r"winter|spring|autumn|fall|through|between|circa|c\.|around|about|as|for|on|at|into|"
    # "no earlier than 2016", "later than 2020": a bound in time ("more than 2000" stays a count)
    r"(?:earlier|later|sooner)\s+than)|,|\()\s*-?$",
    re.IGNORECASE,
)
# "about 1200 adults", "some 1500-1600 pilgrims": a number (or a range of them) an approximating word puts before a
# plural noun is a count, unless a time word comes first ("in about 1990 farmers left"); the approximating words
# also come before years ("around 1975"), so the noun after decides
_APPROXIMATE_BEFORE = re.compile(
    r"(?<!\w)(?:about|around|some|nearly|almost|approximately|roughly|over|up\s+to|more\s+than|fewer\s+than|"
    r"less\s+than)\s+$",
    re.IGNORECASE,
)
_TIME_WORD_BEFORE_APPROXIMATE = re.compile(
    r"(?<!\w)(?:in|since|by|until|till|from|during|before|after|circa|to|between)\s+\S+(?:\s+than)?\s+$",
    re.IGNORECASE,
)
_PLURAL_NOUN_AFTER = re.compile(
    r"\s+(?!(?:years|months|weeks|days|hours|decades|centuries|minutes|seconds)\b)[a-z]{2,}s\b"
)
_SPACED_GROUP_BEFORE = re.compile(r"(?<![\d,.])\d{3} $")
_NUMBER_RUN = re.compile(r"[\d\-–./]*")


def _year_groups_ok(text: str, start: int, end: int) -> bool:
    """A year written inside a run of digit groups is one only as half of a year range ("1998-99",
    "1975-1976", "1990/91"): phone, serial and lot numbers have other groups."""
    left = start
    while left > 0 and (text[left - 1].isdigit() or text[left - 1] in "-–./"):
        left -= 1
    run = text[left : _NUMBER_RUN.match(text, end).end()].strip("-–./")  # type: ignore[union-attr]
    groups = [g for g in re.split(r"[-–./]", run) if g]
    if len(groups) <= 1:
        return True
    if len(groups) > 2 or "." in run:
        return False
    other = groups[1] if run.startswith(text[start:end]) else groups[0]
    return len(other) == 2 or (len(other) == 4 and 1000 <= int(other) <= 2199)


_RANGE_WITH_ERA = re.compile(rf"\s*(?:[-–]|to|and)\s*\d{{1,4}}\s*{ERA}")
_QUANTITY_AFTER = re.compile(rf"\s*-?\s*{_QUANTITY_NOUNS}", re.IGNORECASE)
# The time zone abbreviations of the IANA tz database (test_openlist3_classes checks the list against it), the
# generic American zones news writes ("9:30 a.m. ET"), Singapore's and the military "Z": written in capitals only,
# so that a word after a clock time ("at 5 pm and Friday's ...") is never taken for one
ZONE_ABBREVIATIONS = frozenset(
    {
        *("ACDT", "ACST", "ADT", "AEDT", "AEST", "AKDT", "AKST", "AST", "AWST", "BST", "CAT", "CDT", "CEST", "CET"),
        *("CST", "EAT", "EDT", "EEST", "EET", "EST", "GMT", "HDT", "HKT", "HST", "IDT", "IST", "JST", "KST", "MDT"),
        *("MEST", "MET", "MSK", "MST", "NDT", "NST", "NZDT", "NZST", "PDT", "PKT", "PST", "SAST", "SST", "UTC", "WAT"),
        *("WEST", "WET", "WIB", "WIT", "WITA"),
        *("ET", "CT", "MT", "PT", "SGT", "Z"),
    }
)
ZONE = r"(?-i:" + "|".join(sorted(ZONE_ABBREVIATIONS, key=lambda z: (-len(z), z))) + r")(?![\w-])"
# "(1542 GMT)", "at 2130 local time": four digits before a time zone are a twenty-four-hour clock, not a year
_ZONE_AFTER = re.compile(rf"\s*(?:{ZONE}|local\s+time\b|hrs\b|hours\b)", re.IGNORECASE)


# a noun that a number names one of ("Flight 2013 from Paris", "Highway 2000", "Room 1204", "Resolution 1973"): the
# number is an identifier, not a year (round twelve, own probes of wire stories)
_IDENTIFIER_NOUN_BEFORE = re.compile(
    r"\b(?-i:Flight|Route|Highway|Interstate|Room|Apartment|Suite|Bus|Train|Gate|Terminal|Platform|Pier|Unit|"
    r"Resolution|Amendment|Article|Section|Chapter|Paragraph|Model|Number|No\.|Nos\.|Case|Ward|Precinct|Batch)"
    r"\s+$"
)


# "over 2015-2017", "about 1998-99": the start of a year range after a quantity word is a year, as its end is
# ("over 2000-3000 people" is no range of years: the end lies too far)
_YEAR_RANGE_AFTER = re.compile(r"[-–/](?P<end>\d{4}|\d\d)(?!\d)")
_YEAR_RANGE_SPAN = 30


def _year_range_follows(text: str, end: int, first: int) -> bool:
    found = _YEAR_RANGE_AFTER.match(text, end)
    if found is None:
        return False
    last = found["end"]
    if len(last) == 2:
        return int(last) > first % 100 or (first % 100 == 99 and last == "00")
    return 0 < int(last) - first <= _YEAR_RANGE_SPAN


def _approximate_count(text: str, start: int, end: int) -> bool:
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in "-–"):
        start -= 1
    end = _NUMBER_RUN.match(text, end).end()  # type: ignore[union-attr]
    first = text[start : start + 4]
    if first.isdigit() and _year_range_follows(text, start + 4, int(first)):
        return False  # "about 1971-2000 levels": a span of years
    before = text[max(0, start - 40) : start]
    return bool(
        _APPROXIMATE_BEFORE.search(before)
        and not _TIME_WORD_BEFORE_APPROXIMATE.search(before)
        and _PLURAL_NOUN_AFTER.match(text, end)
    )


# "In 1998 people voted", "Since 1990 workers have ...": a sentence opened by a time preposition and a number of a
# year's size tells when, even before a noun that usually follows a count; a unit of measure after the number keeps it
# a quantity ("In 2000 km of track ...")
_TIME_PREPOSITION_OPENING = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:In|Since|Until|Till|During)\s+$")
_MEASURE_AFTER = re.compile(
    r"\s*-?\s*(?:%|percent|per\s+cent|km|kilomet|miles?\b|tons|tonnes|feet|foot|metres|meters|acres|square|"
    r"dollars|pounds|points|strong|MHz|GB|MB|mm)",
    re.IGNORECASE,
)


def _year_opens_sentence(text: str, start: int, end: int) -> bool:
    return bool(_TIME_PREPOSITION_OPENING.search(text[max(0, start - 12) : start])) and not _MEASURE_AFTER.match(
        text, end
    )


# a year is not said to be "at": a number there is a level or a price ("closed at 1840", "stood at 2013 on Friday")
# unless it modifies the noun after it ("at 2008 prices", "at 1990 levels", "at 1999's end")
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
_NOUN_AFTER_YEAR = re.compile(
    r"['’]s\b|-?\s*(?!(?:on|in|at|and|or|but|after|before|with|by|for|to|from|of|as|when|while|the|a|an|than|"
    r"points?|percent|per|up|down|last|this|yesterday|today)\b)[a-z]",
)


def _year_ok(m: re.Match[str], text: str) -> bool:
    """A bare four-digit number is a year unless it looks like a count or a quantity."""
    if m["year"] is None:  # "fiscal '89"
        return True
    if m["year_era"] or m["year_era2"] or _RANGE_WITH_ERA.match(text, m.end()):
        return True
    if not m["year"][0].isdigit():
        return True
    value = int(m["year"][:4])
    if not 1000 <= value <= 2199:
        return False
    if _ZONE_AFTER.match(text, m.end()):
        return False
    if _QUANTITY_AFTER.match(text, m.end()) and not _year_opens_sentence(text, m.start(), m.end()):
        return False
    if _approximate_count(text, m.start(), m.end()):
        return False
    before = text[max(0, m.start() - 25) : m.start()]
    if (
        _AMOUNT_BEFORE.search(before)
        and not _YEAR_CONTEXT_BEFORE.search(before)
        and not _year_range_follows(text, m.end(), value)
    ):
        return False
    if _SPACED_GROUP_BEFORE.search(before) or not _year_groups_ok(text, m.start(), m.end()):
        return False  # a group of a phone or serial number: "555-1234", "402 232 1805", "7007-1586-10"
    if _IDENTIFIER_NOUN_BEFORE.search(before):
        return False  # "Flight 2013", "Highway 2000", "Room 1204": a number naming a thing
    if _AT_BEFORE.search(text, max(0, m.start("year") - 4), m.start("year")) and not _NOUN_AFTER_YEAR.match(
        text, m.end("year")
    ):
        return False  # "the index closed at 1840, down 12 points": a level; "at 2008 prices" stays a year
    after = text[m.end() : m.end() + 3]
    return not re.match(r"[.,]\d|\s*[%$]", after)


# "temperatures in the 90s", "highs in the 80s", "the humidity in the 70s": a bare "the 90s" in a sentence about
# measures is a range of numbers, not a decade
_MEASURE_NEAR = re.compile(
    r"\b(?:temperatures?|degrees?|Fahrenheit|Celsius|highs?|lows?|humidity|heat|percent|mph|points?|scores?|"
    r"yields?|prices?|readings?)\b|°|%",
    re.IGNORECASE,
)


def _decade_ok(m: re.Match[str], text: str) -> bool:
    if m["bare_decade"] is None or m["pmod2"] or m["pmod"]:
        return True  # "the 1990s", "'90s", "the late 80s" (round six)
    sentence_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 120, 0)
    sentence_end = min((i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
    return not _MEASURE_NEAR.search(text, sentence_start, min(sentence_end, m.end() + 120))


# the words after a bare season that keep it the time of year ("winter was mild", "in spring and summer"); any other
# lower-case word is the noun it classifies
_SEASON_AS_TIME_AFTER = re.compile(
    r"\s+(?:is|was|were|are|will|would|has|had|have|came|comes|began|begins|ended|ends|arrived|arrives|and|or|but|"
    r"when|as|in|on|at|of|for|to|with|by|from|after|before|than|that|this|there|here|too|again|ahead|months?|"
    r"weeks?|days?)\b"
)
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def _season_ok(m: re.Match[str], text: str) -> bool:
    """A season with nothing of its own (no article, year, relative or position word) is the time of year unless a
    noun follows it: "a winter storm", "summer camps", "spring floods" are kinds of storm, camp and flood.  A "fall"
    is the season only with such a word of its own; a year before it ("the 2019 summer camps") does not make a
    classifying season a time."""
    if m["year_before"] and _LOWER_WORD_AFTER.match(text, m.end()) and not _SEASON_AS_TIME_AFTER.match(text, m.end()):
        return False
    if m["the"] or m["year"] or m["short_year"] or m["rel"] or m["rel_year"] or m["pmod"] or m["pmod2"]:
        return True
    if m["season"].lower() == "fall":
        return False
    after = m.end()
    return not _LOWER_WORD_AFTER.match(text, after) or _SEASON_AS_TIME_AFTER.match(text, after) is not None


_YEAR_NUMBER = re.compile(r"1\d{3}|2[01]\d{2}")


def _names_a_year_part(m: re.Match[str]) -> bool:
    """ "the 1988 quarter", "the 1989 second quarter" name a part of a year, not 1988 quarters."""
    return bool(_YEAR_NUMBER.fullmatch(m["num"] or "")) and m["unit"].lower().startswith(("quarter", "second", "half"))


# abbreviations listed among the plurals that name one unit ("1 hr", "5 min" are counted, "for hr" is not)
_SINGULAR_ABBREVIATIONS = frozenset({"hr", "min"})
_YEAR_AND_DASH_BEFORE = re.compile(r"\d{4}\s*[-–/]$")
_SHORT_YEAR_AND_DASH_BEFORE = re.compile(r"(?<![\d.,$])(?P<year>\d\d)\s*[-–/]$")


def _follows_its_year_before(number: str, text: str, start: int) -> bool:
    """A two-digit count right after another two-digit number and a dash that it follows by one ("89-90") is the
    second of two years written short."""
    before = _SHORT_YEAR_AND_DASH_BEFORE.search(text, max(0, start - 5), start)
    return (
        before is not None and len(number) == 2 and number.isdigit() and int(number) == (int(before["year"]) + 1) % 100
    )


_FRACTION_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_WORD_AND_HYPHEN_BEFORE = re.compile(r"[A-Za-z]-$")
# "two years later than planned", "a week earlier than expected": a comparison by a length, no date counted
_COMPARISON_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)


def _shifted_ok(m: re.Match[str], text: str) -> bool:
    counted = bool(m["num"] or m["fraction"]) or m["unit"].lower().endswith("s")
    return counted and not _names_a_year_part(m) and not _COMPARISON_AFTER.match(text, m.end())


# "its quarter-century low", "a half-day session": a hyphened part of a calendar unit before a noun describes the
# noun, as the part_century rule reads it; "a half-hour program" keeps its length
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _fraction_describes_noun(m: re.Match[str], text: str) -> bool:
    fraction = m["fraction"] or ""
    unit = m["unit"].lower()
    is_time = lx.UNITS[lx.UNIT_PLURALS.get(unit, unit)][1]
    return fraction.endswith("-") and not is_time and bool(_NOUN_AFTER.match(text, m.end()))


_WORD_COUNTS = {w for w in lx.CARDINALS if " " not in w and lx.CARDINALS[w] >= 2}


def parse_count(number: str | None) -> bool:
    """Whether a count word names two or more ("six", "twenty", "12"): "a" and "some" do not."""
    word = (number or "").lower()
    return word.isdigit() or word in _WORD_COUNTS or bool(re.fullmatch(r"[a-z]+-[a-z]+", word))


# what a rate's "a year", "a night" follows: an amount or a count of things ("$1.76 a year", "four flights a week")
RATE_BEFORE = re.compile(
    r"(?:miles|km|kilometres|kilometers|\)|\d|dollars|a\s+share|cents|million|billion|thousand|hundred|"
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands))\S*"
    # "2 million visitors a year", "44 inches of snow a year", "two million barrels of oil a day"
    r"(?:\s+(?:million|billion|thousand|hundred))?\s+[a-z]+s(?:\s+of\s+[a-z]+)?"
    # "7 percent a year", "3.5% a year" (round twelve, timex_news3 class)
    r"|%|\bper\s?cent)\s*$",
    re.IGNORECASE,
)


def _is_rate(m: re.Match[str], text: str) -> bool:
    """ "a year" after an amount is a frequency ("$2 million a year"), which the rate rule reads."""
    if m["num"] or m["rel"] or m["qmod"] or (m["article"] or "").lower() not in ("a", "an"):
        return False
    return RATE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) is not None


# "two second-hand jets", "four second-rate hotels": "second" joined to a word by a hyphen is the ordinal of a
# compound adjective, not the unit (round twelve, timex_news3 class); "30-second" puts the hyphen before the unit
_ORDINAL_COMPOUND_AFTER = re.compile(r"-(?!long\b|old\b)[a-z]", re.IGNORECASE)


# "might one day be shown", "hopes to one day run it": "one day" between a modal or "to" and its verb means some
# day, no length (tbaq leaves "the hope he one day follow" unmarked; timex_news6 class)
_SOMEDAY_BEFORE = frozenset({"will", "would", "could", "might", "may", "can", "should", "must", "shall", "to", "ll"})
_NO_VERB_AFTER = re.compile(
    r"\s*(?:[^\w\s]|$|(?:in|of|at|on|for|and|or|but|after|before|later|earlier|ago|from|with|to|per|a|an|the|off|"
    r"only|more|less|each|every|behind|ahead|late|early)\b)",
    re.IGNORECASE,
)


def _means_some_day(m: re.Match[str], text: str) -> bool:
    return (
        m.group().lower() == "one day"
        and lx.preceding_word(text, m.start()) in _SOMEDAY_BEFORE
        and not _NO_VERB_AFTER.match(text, m.end())
    )


# the words a clock is told after (a bare number with "hours" after them is a clock: "at 1900 hours")
CLOCK_BEFORE = re.compile(
    r"(?:\b(?:at|around|about|by|until|till|from|before|after|since|to|past|as\s+of)"
    # "at about 2200hrs", "from around 0600 hours": a clock told roughly
    r"(?:\s+(?:about|around|approximately|roughly))?)\s+$",
    re.IGNORECASE,
)
_FOUR_DIGIT_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


def _four_digit_clock(m: re.Match[str], text: str) -> bool:
    """ "at about 2200hrs": the clock, not 2,200 hours ("worked 1600 hours" stays a length)."""
    if m["unit"].lower() not in ("hrs", "hr", "hours") or not _FOUR_DIGIT_CLOCK.fullmatch(m["num"] or ""):
        return False
    return CLOCK_BEFORE.search(text, max(0, m.start("num") - 24), m.start("num")) is not None


def _duration_ok(m: re.Match[str], text: str) -> bool:
    unit = m["unit"].lower()
    if _four_digit_clock(m, text):
        return False
    if _is_rate(m, text) or _means_some_day(m, text):
        return False
    if unit == "second" and _ORDINAL_COMPOUND_AFTER.match(text, m.end()):
        return False
    if _names_a_year_part(m) or _fraction_describes_noun(m, text):
        return False
    if m["num"] and _YEAR_AND_DASH_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return False  # "the 2012-13 season" names the second year of a range, not thirteen seasons
    if m["num"] and _follows_its_year_before(m["num"], text, m.start()):
        return False  # "the 89-90 season", "the 98/99 school year": two years written short, not ninety seasons
    if unit.startswith(("quarter", "season")) and not (m["num"] or "").isdigit() and not (m["rel"] and m["num"]):
        # "a quarter of the vote" and "three quarters of the shares" are fractions; "six consecutive quarters",
        # "for two quarters" count quarters of a year
        counted = parse_count(m["num"]) and unit in lx.UNIT_PLURALS and not _FRACTION_AFTER.match(text, m.end())
        if not counted:
            return False
    plural = unit in lx.UNIT_PLURALS and unit not in _SINGULAR_ABBREVIATIONS
    if (m["rel"] or "").lower() in ("last", "next") and not m["article"] and not m["num"] and not plural:
        return False  # "just last month", "up 5% over last year": the month or year before, a date
    if m["num"] or m["rel"] or m["fraction"] or (m["article"] or "").lower() in ("a", "an"):
        number = (m["num"] or "").lower()
        if number == "the" and not m["rel"]:
            return False
        if number in ("some", "the") and not plural:
            return False
        article = (m["article"] or "").lower()
        return not (unit in ("second", "seconds") and (number in ("a", "an", "the") or article in ("a", "an")))
    if m["adjective"] and m["adjective"].startswith("-"):
        return True  # "month-long", "years-long"
    if not plural:
        return False
    if m["adjective"] or m["qmod"]:
        return True
    if _WORD_AND_HYPHEN_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return False  # "after-hours trading", "off-hours": a compound with a bare plural unit names no length
    # a bare plural ("weeks") is a duration only after a word that takes one
    return preceding_word(text, m.start()) in lx.DURATION_CUES


# a capitalised word that makes a weekday the name of one particular day ("Black Monday", "Good Friday",
# "Super Tuesday"): not the weekday nearest the speech time
_NAMED_DAY_BEFORE = re.compile(r"(?-i:" + "|".join(w.capitalize() for w in lx.NAMED_DAY_WORDS) + r")\s+$")


_HIGH_BEFORE = re.compile(r"high\s+$", re.IGNORECASE)


# what follows a clock with a dot: a time zone (in capitals), "hours", a part of the day or a day
_CLOCK_CUE = (
    r"(?-i:[A-Z]{2,5})\b(?!\s*[-–]?\s*\d)|hrs?\b|hours\b|h\b|local\s+time|in\s+the\s+(?:morning|afternoon|evening)"
    rf"|at\s+night|(?:this|that|on\s+(?:a\s+)?)?\s*(?:{WEEKDAY}|morning|afternoon|evening)\b"
)
# "ended on 12.02.2026 at 06.00, when ...", "on Monday at 7.30": a day told right before "at" makes the dotted
# number after it that day's clock
_DAY_THEN_AT = re.compile(
    rf"(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}\s+{MONTH_ANY}\.?(?:\s+\d{{4}})?|{MONTH_ANY}\.?\s+\d{{1,2}}"
    rf"(?:,\s*\d{{4}})?|{WEEKDAY}|today|yesterday|tomorrow)\s*,?\s+at\s+$",
    re.IGNORECASE,
)
_MONEY_AFTER = re.compile(
    r"\s*(?:euros?|cents?|pence|yen|yuan|rupees?|rand|naira|pesos?|francs?|a\s+share|per\s+share)\b", re.IGNORECASE
)
_PRICE_VERB_BEFORE = re.compile(
    r"\b(?:closed|closing|opened|opening|ended|ending|finished|settled|stood|traded|trading|priced|valued|fixed|"
    r"peaked|bottomed)\s+(?:\w+\s+)?at\s+(?:around\s+|about\s+)?$",
    re.IGNORECASE,
)
# the words a clock with a dot is told after ("at", "around", "until" ...), which a price or a share is rarely
_CLOCK_PREPOSITIONS = frozenset(
    {"at", "around", "about", "approximately", "roughly", "from", "until", "till", "by", "before", "after", "since"}
)


def _time_ok(m: re.Match[str], text: str) -> bool:
    if m["h_hour"] is not None or m["mil_hour"] is not None:
        return preceding_word(text, m.start()) in _CLOCK_PREPOSITIONS
    if m["dot_hour"] is not None:
        # "closed at 9.45 on Thursday": a price a share closed at
        return (
            preceding_word(text, m.start()) in _CLOCK_PREPOSITIONS
            and not _PRICE_VERB_BEFORE.search(text, max(0, m.start() - 40), m.start())
            and (
                m["dot_cue"] is not None
                or (
                    _DAY_THEN_AT.search(text, max(0, m.start() - 40), m.start()) is not None
                    and not _MEASURE_AFTER.match(text, m.end())
                    and not _MONEY_AFTER.match(text, m.end())
                )
            )
        )
    if m["named"] and _HIGH_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False  # "High Noon", "high noon comes today": the showdown, not twelve o'clock
    if m["hour"] is not None and int(m["hour"]) > 24:
        return False
    if m["hour"] is not None and not m["ampm"] and not m["hrs"]:
        # "10:57" is a time, but "2:1" or a score like "3:2" is not; require two minute digits
        return len(m["minute"] or "") == 2
    return True


# between the two days of a range or pair written with one month: "March 5-9", "April 24 and 25", "5 to 9 March"
_DAY_JOIN = r"\s*(?:[-–]|\s(?:and|or|to|through)\s)\s*"
_MONTH_DAY_JOINED = re.compile(rf"{MONTH_ANY}\s+(?P<first>{_DAY}){_DAY_JOIN}$", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"\d+")


def _day_number(day: str) -> int:
    return int(_LEADING_NUMBER.match(day).group())  # type: ignore[union-attr]


def _day_range_tail_ok(m: re.Match[str], text: str) -> bool:
    """The second day of a pair follows the first ("April 24 and 25"): "on March 3 and 2 others" is a count."""
    head = _MONTH_DAY_JOINED.search(text[max(0, m.start() - 24) : m.start()])
    if head is None or _QUANTITY_AFTER.match(text, m.end()):
        return False
    return _day_number(head["first"]) < _day_number(m["day"])


def _day_range_head_ok(m: re.Match[str], text: str) -> bool:
    return _day_number(m["day"]) < _day_number(m["second"])


# an old newswire year in two digits after a month or "fiscal" ("Oct. '87", "March '91", "fiscal '89"): one
# expression with its month, in the century nearest the DCT
_SHORT_YEAR = r"(?P<short_year>['’]\d\d)(?![\w'’])"


def _short_year_ok(m: re.Match[str], text: str) -> bool:
    # "in '99" is a year, "iLife '11" is a product version
    word = preceding_word(text, m.start())
    return not word or word in lx.BARE_MONTH_CUES or word in lx.MONTHS or word in lx.SEASONS


def _range_short_year_ok(m: re.Match[str], text: str) -> bool:
    """ "1998-99" and "1999-00" end a range; "1998-03" or "2001-12" is a year and a month."""
    first, second = int(m["first"]) % 100, int(m["short_year"])
    return second > first or (first == 99 and second == 0)


# the words an ordinal day ("on the 3rd") may run into without being the ordinal of a noun
_AFTER_ORDINAL_DAY = (
    # "signed on the 3rd by the mayor" (a passive's agent; not "the 2nd by-election")
    r"(?:and|or|but|when|while|as|after|before|at|in|to|until|till|through|with|because|if|following|amid|despite"
    r"|by(?!-))"
)


# "On Monday the seventh the Authority put out an alert": a determiner after the ordinal opens the clause, as the
# ordinal of a noun would have the noun there
_DETERMINER_AFTER_DAY = r"(?:the|a|an|its|his|her|their|our|this|that|these|those)"


# the nouns an ordinal after a weekday may count, the ordinal of a round of something rather than a day
_COUNTED_AFTER_WEEKDAY = (
    r"anniversary|round|time|day|week|stage|leg|edition|session|reading|phase|wave|consecutive|straight|place"
)


def _day_only_ok(m: re.Match[str], text: str) -> bool:
    return text[max(0, m.start() - 3) : m.start()].lower() == "on "


# a month and day written with a slash and no year ("through 5/16", "by 3/14"), as US news and notices write them:
# only after a word that takes a date, and never a fraction ("cut by 1/2", "3/4 of", "a 2/3 majority"), a score or
# a group of a longer number ("24/7" has no month 24)
# "since 9/11", "after 9/11", "the 9/11 and 7/7 attacks" name events, so "since", "after", "before" and a bare
# "and" are no cue; "and" closing "between" is ("between 3/2 and 3/16")
_SLASH_DAY_BEFORE = re.compile(
    r"(?:\b(?:on|by|through|thru|until|till|from|to|starting|beginning|ending|ended|effective|between|as\s+of|dated)"
    rf"|{WEEKDAY}\.?,?|\bbetween\s+\d{{1,2}}/\d{{1,2}}\s+and)\s+$",
    re.IGNORECASE,
)
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 8})
_SLASH_DAY_AFTER = re.compile(r"\s*(?:of\b|[-/%]|[.,]\d|th\b)", re.IGNORECASE)


# a weekday or a relative day right before numbers decides which of them is the day: "on Tuesday (2/6)",
# "yesterday (3/24)", "on Thursday 19/03", "Sunday (10/5/2026)", as Indonesian, US and European reports write them
_DAY_NAMED_BEFORE_NUMBERS = re.compile(
    rf"(?:(?P<weekday>{WEEKDAY})|(?P<relative_day>(?i:yesterday|today|tomorrow)))\s*,?\s*\(?\s*$"
)


def day_named_before(text: str, start: int) -> re.Match[str] | None:
    """The weekday or relative day right before the numbers at ``start``, with its group ``weekday`` or
    ``relative_day``, if one is there."""
    return _DAY_NAMED_BEFORE_NUMBERS.search(text, max(0, start - 16), start)


def _month_slash_day_ok(m: re.Match[str], text: str) -> bool:
    month, day = int(m["sd_month"]), int(m["sd_day"])
    named_day = day_named_before(text, m.start()) is not None
    if month > 12 and not named_day and not _CLOCK_AFTER_DAY.match(text, m.end()):
        return False
    if month < day and day in _FRACTION_DENOMINATORS and not named_day:
        return False
    if text[max(0, m.start() - 1) : m.start()] in ("/", "-", ".", ",", "$"):
        return False
    if _SLASH_DAY_AFTER.match(text, m.end()):
        return False
    if _CLOCK_AFTER_DAY.match(text, m.end()):
        return min(month, day) <= 12  # "14/09 06:40 - Bridge closed": an alert's day and hour
    return named_day or _SLASH_DAY_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None


_CLOCK_AFTER_DAY = re.compile(r"[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d\b")


RULES: tuple[Rule, ...] = (
    Rule("calendar_day", _compile(CALENDAR_DAY)),
    Rule(
        # "in the night from 13 to 14 March", "the night of 3 to 4 May", "the night from Friday to Saturday": one night
        # named by the two days it joins, as European police and court reports write it
        "night_between",
        _compile(
            r"(?:the\s+)?night\s+(?:from|of|between)\s+"
            rf"(?:(?P<first_weekday>{WEEKDAY})\s+(?:to|and|into)\s+(?P<second_weekday>{WEEKDAY})"
            # "..., September 12-13", "(3-4 October)": the two days written out after their weekdays
            rf"(?:(?:,\s*|\s+\(\s*)(?:(?P<told_month>{MONTH_ANY})\s+(?P<told_first>{_DAY})\s*[-–]\s*(?P<told_day>{_DAY})"
            rf"|(?P<told_first_before>{_DAY})\s*[-–]\s*(?P<told_day_before>{_DAY})\s+(?P<told_month_after>{MONTH_ANY})"
            # "(02/03.10.2026)", as Polish and Czech police write the night's two days
            r"|(?P<told_first_number>[0-3]?\d)\s*[-–/]\s*(?P<told_day_number>[0-3]?\d)[./](?P<told_month_number>[01]?\d)"
            r"(?:[./](?P<told_year>[12]\d{3}))?(?![/\d]|\.\d))\)?)?"
            rf"|(?:{WEEKDAY},?\s+)?(?P<first_day>{_DAY})\s+(?:to|and|into|-|–)\s+(?:{WEEKDAY},?\s+)?"
            rf"(?P<second_day>{_DAY})\s+(?P<month>{MONTH_ANY})"
            r"(?:,?\s+(?P<year>[12]\d{3}))?"
            r"|(?P<first_slash_day>[0-3]?\d)\s*(?:to|and|into|-|–)\s*(?P<second_slash_day>[0-3]?\d)"
            r"[/.](?P<slash_month>[01]?\d)(?:[/.](?P<slash_year>[12]\d{3}))?(?![/\d]|\.\d))"
        ),
    ),
    Rule(
        "numeric_date",
        _compile(
            r"(?P<iso_year>[12]\d{3})-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)(?![-\d])"
            # "13-08-2026": dashes join the numbers as slashes do, in the same orders
            r"|(?<![\d-])(?P<first>[01]?\d|[23]\d)(?P<joiner>[/-])(?P<second>[0-3]?\d)(?P=joiner)(?P<slash_year>[12]\d{3})"
            r"(?![/\d]|-\w)"
            # "2026.08.11", "2026/10/02": the year first, then the month, as East Asian, Hungarian and Sri Lankan
            # writers put them (not a path of a web address, nor a version number)
            r"|(?<![\d./])(?<!version\s)(?<!v)(?P<yf_year>[12]\d{3})(?P<yf_joiner>[./])(?P<yf_month>[01]?\d)(?P=yf_joiner)"
            r"(?P<yf_day>[0-3]?\d)(?![\d/]|\.\d)"
            # "12.09.2026": every writer who dots a date puts the day first; Czech, Slovak and Polish offices put a
            # space after each dot ("30. 11. 2026"), the same both times
            r"|(?<![\d.,])(?<!version\s)(?<!v)(?P<dot_day>[0-3]?\d)\.(?P<dot_space> ?)(?P<dot_month>[01]?\d)"
            r"\.(?P=dot_space)(?P<dot_year>[12]\d{3})(?!\d|[.,]\d)"
            # "on 12/05/26", "since 03/11/25": a two-digit year after a day and month written with two digits each, as
            # British, African and South Asian officials write them ("won 6/4/26" is no such date)
            r"|(?<![\d/.-])(?P<yy_first>[0-3]\d)/(?P<yy_second>[01]\d)/(?P<yy_year>\d\d)(?![/\d]|-\w)"
            # "expiry date 03/2028", "valid until 11/2026": a month and year, the month in two digits (a fraction
            # such as "1/2000 of a second" has one)
            r"|(?<![\d/.-])(?P<my_month>0[1-9]|1[0-2])/(?P<my_year>(?:19|20)\d{2})(?![/\d])"
        ),
    ),
    Rule(
        "month_slash_day",
        _compile(r"(?P<sd_month>[12]\d|3[01]|0?[1-9])/(?P<sd_day>[12]\d|3[01]|0?[1-9])(?![/\d])"),
        _month_slash_day_ok,
    ),
    Rule(
        "part_of_day_date",
        _compile(
            rf"(?:(?P<early>early|late)\s+(?:in\s+)?)?(?:(?:the|that)\s+)?(?:(?P<early2>early|late)\s+)?"
            rf"(?P<part>{DAY_PART})(?:\s+hours)?\s+of\s+(?:the\s+)?{CALENDAR_DAY}"
        ),
    ),
    Rule(
        "part_of_ordinal_day",
        _compile(
            rf"(?:(?P<early>early|late)\s+(?:on\s+)?)?(?:the|that)\s+(?P<part>{DAY_PART})\s+of\s+the\s+"
            r"(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
        ),
    ),
    Rule(
        "weekday_part",
        _compile(
            rf"(?:(?P<early>early|late)\s+(?:on\s+)?)?(?P<weekday>{WEEKDAY})(?P<days>s)?\s+"
            r"(?P<part>morning|afternoon|evening|night)(?P<parts>s)?"
        ),
    ),
    Rule(
        "month_year",
        _compile(
            rf"(?:(?P<pmod>{POSITION_MOD})[\s-]*)?(?P<month>{MONTH_FULL}|{_case_forms(_ABBREV_MONTHS)}\.)"
            rf"\s*,?\s*(?:of\s+)?(?:{_year('year')}|{RELATIVE_YEAR}|{_SHORT_YEAR})"
        ),
    ),
    Rule(
        "month",
        _compile(
            rf"(?:(?P<pmod>{POSITION_MOD})[\s-]*)?(?:the\s+(?P<rel>previous|following|next|same)\s+|"
            rf"(?P<deictic>last|next|this|coming|past)\s+)?(?P<month>{MONTH_FULL})"
        ),
        _bare_month_ok,
    ),
    Rule(
        "year",
        _compile(
            rf"(?:(?P<pmod>{POSITION_MOD})[\s-]*)?(?:the\s+year\s+)?(?:(?:fiscal|FY)\s*)?{_year('year')}"
            rf"|(?:fiscal|FY)\s*{_SHORT_YEAR}"
            # "FY25", "FY 26": company reports write the fiscal year in two digits without an apostrophe
            r"|(?-i:FY)\s?(?P<fy_year>\d\d)(?![\w'’])"
        ),
        _year_ok,
    ),
    Rule(
        "decade",
        _compile(
            rf"(?:(?P<pmod>{POSITION_MOD})[\s-]*)?(?:the\s+)?(?:(?P<pmod2>early|mid|late)[\s-]+)?"
            rf"(?:(?P<decade>\d{{2,3}})0['’]?s|['’](?P<short_decade>\d)0s|(?:(?<=early\s)|(?<=early-)|(?<=mid-)|(?<=late\s)|(?<=late-)"
            rf"|(?<=the\s))(?P<bare_decade>[1-9])0s|"
            rf"(?P<decade_word>{_alternation(lx.DECADE_WORDS)}))(?:\s*(?P<era>{ERA}))?"
        ),
        lambda m, text: _decade_ok(m, text),
    ),
    Rule(
        "century",
        _compile(
            rf"(?:(?P<pmod>{POSITION_MOD})[\s-]*)?(?:the\s+)?(?:(?P<pmod2>early|mid|late)[\s-]+)?"
            rf"(?:(?P<century>\d{{1,2}})(?:st|nd|rd|th)|(?P<century_word>{ORDINAL_WORD}))[\s-]+centur(?:y|ies)"
            rf"(?:\s*(?P<era>{ERA}))?"
        ),
    ),
    Rule(
        "season",
        _compile(
            rf"(?:(?P<pmod>{POSITION_MOD})[\s-]*)?(?:(?P<the>the)\s+)?"
            # "the 2019 summer", "the 1998-99 winter": the year written before the season is its year
            r"(?:(?<=the\s)(?P<year_before>[12]\d{3})(?:[-–/](?:\d\d|[12]\d{3}))?\s+)?"
            rf"(?:(?P<rel>this\s+past|this|last|next|"
            rf"previous|following|coming|that|same|past)\s+)?(?:(?P<pmod2>early|late|mid)[\s-]+)?"
            rf"(?P<season>{SEASON})(?:(?:\s+of)?\s*,?\s*(?:{_year('year')}|(?P<short_year>['’]\d\d)(?![\w'’])|"
            rf"{RELATIVE_YEAR}))?(?!\s+of\b)"
        ),
        _season_ok,
    ),
    Rule(
        "quarter",
        _compile(
            rf"(?:(?P<pmod>{POSITION_MOD})[\s-]*)?"
            # "the [third-quarter] loss": before a hyphenated adjective the article is the noun's (tbaq 7 of 7)
            r"(?:the\s+(?!(?:fiscal[\s-]+)?[\w.]+-(?:quarter|half)\b))?(?:fiscal[\s-]+)?"
            r"(?:(?P<ordinal>first|second|third|fourth|final|latter|1st|2nd|3rd|4th)|"
            r"(?P<rel>this|"
            r"last|next|previous|past|current|coming|same|preceding|latest))[\s-]+(?:fiscal\s+|financial\s+|calendar\s+)?"
            # "the second quarter of FY25", "the first half of FY 2026"
            r"(?P<unit>quarter|half)(?:\s+of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+|(?-i:FY)\s?)?(?:"
            + _year("year")
            + "|"
            + RELATIVE_YEAR
            + r"|(?P<the_year>year)|(?:(?<=FY)|(?<=FY\s))(?P<fy_of>\d\d)(?![\w'’]))"
            # "the fourth quarter 2024", "Third Quarter 2025 Results": the year after it without "of" (not a count:
            # "in the third quarter 1,200 jobs went")
            r"|\s*,?\s+(?P<year3>(?:19|20)\d\d)(?![\d,.]\d|\s*%|\w))?"
            r"|(?-i:Q(?P<qnum>[1-4]))(?:\s*,?\s*" + _year("year2") + ")?"
        ),
    ),
    Rule(
        "relative_unit",
        _compile(
            rf"(?:(?P<pmod>{POSITION_MOD}|earlier|later)[\s-]*)?(?:(?P<the>the|that|this)\s+)?"
            r"(?P<rel>this|last|next|past|previous|coming|following|same|current|that|prior|preceding|"
            r"subsequent|succeeding|upcoming|recent|latest|that\s+same|this\s+same|the\s+same)\s+"
            r"(?:(?:fiscal|financial)\s+)?(?P<unit>day|week|weekend|month|year|quarter|decade|century|fortnight|morning|"
            rf"afternoon|evening|night)(?:\s+of\s+(?P<month>{MONTH_FULL})(?:\s*,?\s*{_year('year')})?)?"
        ),
    ),
    Rule(
        "position_of_unit",
        _compile(rf"(?P<pmod>{POSITION_MOD})(?:\s+|(?<=-))(?:the\s+)?(?P<unit>year|month|week|day|decade|century)"),
    ),
    Rule(
        "day_before_after",
        _compile(r"(?P<the>the)\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)"),
    ),
    Rule(
        "shifted",
        _compile(
            rf"(?:(?P<qmod>{QUANTITY_MOD})\s+(?!the\b))?(?:{FRACTION_OF})?(?:(?P<num>{NUMBER})[\s-]+)?"
            rf"(?:more\s+|additional\s+)?(?:{_COUNTED_DAYS}\s+)?"
            rf"(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?\s+(?P<dir>ago|earlier|later|before|after|afterwards?|prior|hence|from\s+(?:now|today)|"
            r"previously|back)"
            # "a week ago today", "a month ago yesterday": that many units before the day named, to the day
            r"(?:(?<=ago)\s+(?P<ago_day>today|yesterday))?"
        ),
        _shifted_ok,
    ),
    Rule(
        "duration",
        _compile(
            # "over a three-year period" is a preposition, "over a year" a quantity
            rf"(?:(?P<qmod>{QUANTITY_MOD})\s+(?!the\b|an?\s+[\w.]+[-\s]{_SINGULAR_UNIT}\s+{_PERIOD_NOUN}))?"
            rf"(?:{FRACTION_OF})?"
            rf"(?:(?P<article>the|a|an)\s+{_NOT_ADJECTIVAL})?"
            # "expected to last three days", "could last weeks": "last" after a modal or "to" is the verb, outside
            r"(?:(?P<rel>past|(?<![Tt]o\s)(?<!will\s)(?<!ould\s)(?<!may\s)(?<!ight\s)(?<!can\s)(?<!must\s)(?<!not\s)"
            r"last|next|first|following|"
            r"coming|previous|final|remaining|preceding|succeeding|ensuing|intervening|subsequent|initial)\s+)?"
            rf"(?:{_NOT_ARTICLE_OF_ADJECTIVE}(?P<num>{NUMBER})(?:[\s-]+|(?<=\d)))?"
            r"(?:(?:more|additional|full|long|brutal|straight|consecutive|whole|"
            # "the past two fiscal years" counts years; "a fiscal year", "the 2025 financial year" name one
            r"(?:fiscal|financial|calendar)(?=\s+(?:years|quarters)\b)|"
            rf"entire|{_COUNTED_DAYS})\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?P<adjective>[\s-]+long)?"
            rf"(?P<period>(?<![sS])\s+{_PERIOD_NOUN})?"
        ),
        _duration_ok,
    ),
    Rule(
        "time",
        _compile(
            r"(?:(?P<hour>[01]?\d|2[0-4])(?::(?P<minute>[0-5]\d))(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?)|"
            r"(?P<hrs>\s*(?:hrs?|hours)\b))?|(?P<hour2>[01]?\d)(?:[.:](?P<minute2>[0-5]\d))?\s*(?P<ampm2>[ap]\.m\.|[ap]m\b)"
            r"|(?P<named>noon|midnight|midday)"
            # "at 10.00 WIB", "at around 7.30 on Sunday", "at 4.25 in the morning": a clock with a dot, as British,
            # Indonesian and Nordic writers set it, only where what follows makes it one (prices and shares are
            # written the same way: "closed at 9.45 euros")
            rf"|(?P<dot_hour>[01]?\d|2[0-3])\.(?P<dot_minute>[0-5]\d)(?![\d.,]?\d)(?P<dot_cue>(?=\s+(?:{_CLOCK_CUE})))?"
            # "at 15h30", "from 9h00": the hour and minutes around an "h", as French, Portuguese and West African
            # writers set a clock (only after a clock's preposition: "a 4h30 flight" is a length)
            r"|(?P<h_hour>[01]?\d|2[0-3])h(?P<h_minute>[0-5]\d)"
            # "at 0600 on Monday": four digits with a leading zero are a military clock after a clock's preposition
            # (a price or count is never written so)
            r"|(?P<mil_hour>0\d)(?P<mil_minute>[0-5]\d)"
            # "2026-03-05T14:00Z", "2026-03-05 14:00:00": a machine's timestamp, the date and the clock in one
            r"|(?P<stamp_date>[12]\d{3}-[01]\d-[0-3]\d)[T\s](?P<stamp_hour>[01]\d|2[0-3]):(?P<stamp_minute>[0-5]\d)"
            r"(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][01]\d:?[0-5]\d)?)"
        ),
        _time_ok,
    ),
    Rule(
        "part_of_day",
        _compile(
            rf"(?:(?P<the>the|that|this|one|each|every|the\s+same|the\s+next|the\s+following|the\s+previous)"
            rf"\s+)?(?:(?P<early>early|late)\s+)?(?P<part>{DAY_PART})"
        ),
        lambda m, text: (
            m["part"].lower() not in ("morning", "afternoon", "evening", "dawn", "dusk", "midday") or bool(m["the"])
        ),
    ),
    Rule(
        "every",
        _compile(
            # "every second Tuesday", "every third year": an ordinal counts the period as "other" does (the weekday
            # first, or "every second" would be taken for a unit)
            rf"(?:every|each)\s+(?:(?:other|second|third|fourth)\s+)?(?P<each_weekday>{WEEKDAY})"
            rf"|(?:every|each)\s+(?:(?P<num>{NUMBER})[\s-]+|(?P<nth>other|second|third|fourth)\s+)?(?P<unit>{UNIT})"
            rf"|(?P<weekday>{WEEKDAY})s|(?P<weekends>weekends)"
        ),
        lambda m, text: (
            (m["weekday"] is None or preceding_word(text, m.start()) in ("on", "every", "most", "some"))
            # "open on weekends", "at weekends"; "two weekends" is a count
            and (m["weekends"] is None or preceding_word(text, m.start()) in ("on", "at", "most", "some", "over"))
        ),
    ),
    Rule(
        "bc_context_year",
        _compile(rf"(?:(?P<pmod>{POSITION_MOD})[\s-]*)?(?P<year>[1-9]\d{{2}})(?![\d,.]\d)"),
        lambda m, text: (
            (preceding_word(text, m.start()) in lx.YEAR_PREPOSITIONS or text[max(0, m.start() - 1) : m.start()] == "(")
            and not _QUANTITY_AFTER.match(text, m.end())
        ),
    ),
    Rule("year_earlier", _compile(r"(?P<unit>year|month|week|day)-(?:earlier|ago)")),
    Rule(
        "year_quarter",
        _compile(
            # "the 1988 second quarter", "1988's fourth quarter"
            r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:(?P<year>[12]\d{3})(?:['’]s)?|(?P<ago>year-ago|"
            r"year-earlier|(?P<rel_year>last|next|this)\s+year['’]s))\s+"
            r"(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal\s+)?(?P<unit>quarter|half|period)"
        ),
    ),
    # "the 2013-14 fiscal year", "fiscal 2012-13", "the winter of 2011-12": one year named by the two calendar years it
    # spans (a range of years, "in 1990-91", stays two)
    Rule(
        "two_year_period",
        _compile(
            r"(?:the\s+)?(?P<y1>[12]\d{3})\s*[-–/]\s*(?P<y2>[12]\d{3}|\d\d)(?!\d)\s+"
            r"(?:fiscal|financial|tax|budget|budgetary)\s+year"
            r"|(?:fiscal|financial)\s+(?:year\s+)?(?P<fy1>[12]\d{3})\s*[-–/]\s*(?P<fy2>[12]\d{3}|\d\d)(?![\d-])"
            rf"|(?:the\s+)?(?P<season>{SEASON})\s+(?:of\s+)?(?P<sy1>[12]\d{{3}})\s*[-–/]\s*(?P<sy2>[12]\d{{3}}|\d\d)(?![\d-])"
        ),
    ),
    Rule("full_year", _compile(r"the\s+full\s+(?:fiscal\s+|calendar\s+)?year(?:\s+(?:of\s+)?(?P<year>\d{4})(?!\d))?")),
    # "the year to March", "the financial year through June 30": the British form of "the year ended"
    Rule(
        "year_ended",
        _compile(
            rf"the\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending)\b|\s+(?:to|through)\s+{MONTH_FULL}(?![\w-]))"
        ),
    ),
    Rule(
        "year_end",
        _compile(r"(?<![\w-])(?:the\s+)?year[\s-]end(?![\w-])"),
    ),
    Rule(
        "period_year_back",
        _compile(
            r"(?:the\s+)?(?:(?:same|corresponding|comparable)\s+(?P<unit>month|week|day)\s+|"
            r"(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+)(?:of\s+)?"
            r"(?:a\s+year\s+(?:ago|earlier)|last\s+year|the\s+previous\s+year)"
        ),
    ),
    Rule(
        "the_quarter",
        _compile(
            # "the quarter-to-quarter comparison": an adjective, not the quarter
            r"(?P<det>the|that|the\s+same)\s+(?:latest\s+)?quarter(?!\s+(?:of|century|mile)\b)(?!-)|the\s+latest\s+period"
        ),
    ),
    Rule("deictic", _compile(_alternation(lx.DEICTIC))),
    Rule("relative_day", _compile(_alternation(lx.RELATIVE_DAYS))),
    Rule("set", _compile(rf"(?P<set>{_alternation(k for k in lx.SET_WORDS if not k.startswith(('a ', 'an ')))})")),
    Rule(
        "floating_holiday",
        _compile(
            rf"(?:(?P<rel>last|next|this|past|coming)\s+)?(?:(?P<holiday>{_alternation(lx.FLOATING_HOLIDAYS)})"
            rf"|(?-i:(?P<after_thanksgiving>{_alternation(lx.THANKSGIVING_DAYS)}))"
            rf"|(?-i:(?P<easter>{_alternation(lx.EASTER_DAYS)}))(?![\w-]))"
            rf"(?:\s*,?\s*{_year('year')})?"
        ),
        lambda m, text: m["easter"] is None or _feast_day_not_a_name(m, text, "easter"),
    ),
    Rule(
        "learned_holiday",
        _compile(
            rf"(?:(?P<rel>last|next|this|past|coming)\s+)?(?-i:(?P<feast>{_trie_alternation(lx.LEARNED_HOLIDAYS)}))(?![\w-])"
            rf"(?:\s*,?\s*{_year('year')})?"
        ),
        lambda m, text: _feast_day_not_a_name(m, text, "feast"),
    ),
    Rule("week_of", _compile(rf"the\s+week\s+of\s+{CALENDAR_DAY}")),
    Rule(
        "the_week",
        _compile(
            r"the\s+week(?=['’]s\b|\s*[,.;]|\s+(?:alone|as\s+a\s+whole)\b"
            # "the week ended May 9": the week that ends on a day named (resolve._WEEK_END_AFTER reads the day)
            rf"|\s+(?:ended|ending|that\s+ended|to|through)\s+(?:{WEEKDAY}\s*,?\s+)?{MONTH_ANY}\s+\d)"
        ),
    ),
    Rule("weekend", _compile(r"(?P<rel>the|this|last|next|past|coming)\s+weekend")),
    Rule(
        "holiday",
        _compile(rf"(?P<holiday>{_alternation(lx.HOLIDAYS)})(?:\s*,?\s*{_year('year')})?"),
    ),
    Rule(
        "weekday",
        _compile(
            r"(?:(?P<pmod>early|late)\s+(?:on\s+)?)?(?:the\s+(?=previous|following|next))?"
            # "following" without "the" is a preposition: "following Saturday's election" names that Saturday
            rf"(?:(?P<rel>last|next|this|coming|past|previous|(?<=\bthe\s)following)\s+)?(?P<weekday>{WEEKDAY})"
            r"(?P<plural>s)?"
        ),
        lambda m, text: not _NAMED_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()),
    ),
    Rule(
        # "on Monday the 9th", "early on Sunday, the tenth": a weekday that names its day of the month, as British
        # and translated news write a day of the current or last month; the day, not the nearest such weekday
        "weekday_day",
        _compile(
            rf"(?:(?P<pmod>early|late)\s+(?:on\s+)?)?(?P<weekday>{WEEKDAY}),?\s+the\s+"
            # after a weekday a written ordinal runs on into any word ("on Monday the 9th off Lesbos") but a noun it
            # counts ("on Friday the 3rd round of talks"); an ordinal word only into a clause, as a bare day does
            rf"(?:(?P<day>{_DAY})(?<=st|nd|rd|th)(?!\s+(?:of|{_COUNTED_AFTER_WEEKDAY})\b)(?!\s*(?:%|\d|(?-i:[A-Z])))"
            rf"|(?P<day_word>{ORDINAL_WORD})(?:(?=\s+(?:{_AFTER_ORDINAL_DAY}|{_DETERMINER_AFTER_DAY})\b)|(?!\s*(?:%|\w))))"
        ),
    ),
    Rule(
        "day_only",
        _compile(
            rf"the\s+(?P<day>{_DAY})"
            # "the 1st of the month", "the 15th of next month": the month named by its relation to the speech time
            r"(?:\s+of\s+(?:the\s+)?(?P<rel_month>this|next|last|following|previous)?\s*month"
            # an ordinal day runs on into a clause ("began on the 3rd and ended on the 9th"); before any other word
            # it is the ordinal of a noun ("the 25th anniversary", "the 11th Circuit")
            rf"|(?<=st|nd|rd|th)(?=\s+{_AFTER_ORDINAL_DAY}\b)|(?!\s*(?:%|\w)))"
        ),
        _day_only_ok,
    ),
    Rule(
        "day_range_head",
        _compile(
            rf"(?P<day>{_DAY})(?={_DAY_JOIN}(?P<second>{_DAY})\s+(?:of\s+)?(?P<month>{MONTH_ANY})"
            rf"(?:\s*,?\s*{_year('year')})?)"
        ),
        _day_range_head_ok,
    ),
    Rule("day_range_tail", _compile(rf"(?P<day>{_DAY})(?:\s*,\s*{_year('year')})?"), _day_range_tail_ok),
    Rule("short_year", _compile(r"['’](?P<short_year>\d\d)(?!['’\w])"), _short_year_ok),
    # the end of a year range written short: "1915-17", "in 2007-08" (WikiWars tags both years, 9 of 9)
    Rule(
        "range_short_year",
        _compile(r"(?<=(?<![\d.,/-])(?P<first>[12]\d{3})[-–])(?P<short_year>\d\d)(?![\d.,/-]\d)(?!-)"),
        _range_short_year_ok,
    ),
    Rule(
        "unit_end",
        _compile(
            r"(?:(?P<unit>year|month|week)['’]s\s+end|(?P<pmod>earlier|later)\s+in\s+the\s+(?P<unit2>year|month|week|day))"
        ),
    ),
)

# the word each costly rule cannot match without (its anchor); rules without one scan the whole text.  Letter by
# letter in any case, not case-blind: a case-blind alternation is scanned several times slower (see _any_case)
_SHIFT_WORDS: tuple[str, ...] = (
    "ago",
    "earlier",
    "later",
    "before",
    "after",
    "afterward",
    "afterwards",
    "prior",
    "hence",
    "now",
)
_SHIFT_WORDS += ("today", "previously", "back")
_RELATIVE_UNITS: tuple[str, ...] = (
    "day",
    "week",
    "month",
    "year",
    "quarter",
    "decade",
    "century",
    "fortnight",
    "morning",
)
_RELATIVE_UNITS += ("afternoon", "evening", "night")
_ANCHORS: dict[str, str] = {
    "duration": _any_case_alternation([*lx.UNITS, *lx.UNIT_PLURALS]) + r"(?!\w)",
    "shifted": "(?:" + _any_case(*_SHIFT_WORDS) + r")(?!\w)",
    "century": _any_case("centur"),
    "season": _any_case_alternation(lx.SEASONS),
    # every match names a fiscal kind of year or a season: the years alone would send the rule through every run of
    # digit groups ("7007-1586-10")
    "two_year_period": _any_case("fiscal", "financial", "tax", "budget") + "|" + _any_case_alternation(lx.SEASONS),
    "decade": r"\d*0['’]?[sS\u017f]|['’]\d0[sS\u017f]|" + _any_case_alternation(lx.DECADE_WORDS),
    "quarter": _any_case("quarter", "half") + "|[qQ][1-4]",
    "relative_unit": _any_case(*_RELATIVE_UNITS),
    "position_of_unit": _any_case("year", "month", "week", "day", "decade", "century"),
    "part_of_day": _any_case_alternation(lx.DAY_PARTS),
    "part_of_day_date": _any_case_alternation(lx.DAY_PARTS),
    "part_of_ordinal_day": _any_case_alternation(lx.DAY_PARTS),
    "every": _any_case("every", "each", "weekends") + r"|\w+" + _any_case("days"),
}
RULES = tuple(replace(rule, anchor=_anchor(_ANCHORS[rule.name])) if rule.name in _ANCHORS else rule for rule in RULES)
# the weekday part's optional "early"/"late" would have the engine try it at every character
RULES = tuple(
    replace(rule, anchor=literal_anchor("orning", "fternoon", "vening", "night", "Night"))
    if rule.name == "weekday_part"
    else rule
    for rule in RULES
)


# Anchors for the rules that scanned the whole text, none of them case-blind (a case-blind alternation is scanned
# many times slower than plain letters).  Month and weekday names count only capitalised or in capitals
# (_case_forms), so the first three letters of a name in those forms start every one; a number has a digit.
_MONTH_START = "|".join(sorted({form(m[:3]) for m in lx.MONTHS for form in (str.capitalize, str.upper)}))
_WEEKDAY_START = "|".join(sorted({form(d[:3]) for d in lx.WEEKDAYS for form in (str.capitalize, str.upper)}))
# the word each of those rules cannot match without
_EXACT_ANCHORS: dict[str, str] = {
    "calendar_day": _MONTH_START,
    "month_year": _MONTH_START,
    "month": _MONTH_START,
    "week_of": _MONTH_START,
    "day_range_head": _MONTH_START,  # the month in its lookahead
    "weekday": _WEEKDAY_START,
    "weekday_day": _WEEKDAY_START,
    "night_between": _any_case("night"),
    "numeric_date": r"\d{4}|\d/\d\d/\d",  # its year, or a two-digit one after two slashes
    "month_slash_day": r"\d/\d",
    "bc_context_year": r"\d{3}",
    "short_year": r"['’]\d\d",
    "range_short_year": r"\d{4}[-–]\d\d",
    "day_only": _any_case("the") + r"\s+\d",
    "day_range_tail": r"\d",
    # three digits, or fewer before an era ("490 BC", "AD 79" is four), an old newswire year in two digits
    # ("fiscal '96", "FY25"), or a spoken year
    "year": r"\d{3}|\d\s*[ABC]|['’]\d\d|FY\s?\d\d|" + _any_case("seventeen", "eighteen", "nineteen", "thousand"),
    # hours and minutes, an hour before "a.m."/"pm", noon, midnight or midday
    "time": r"\d:\d|\d\s*[aApP]|\d\.\d\d(?!\d)|\d[hH]\d|0\d{3}|" + _any_case("noon", "mid"),
    "year_quarter": _any_case("quarter", "half", "period"),
    "the_quarter": _any_case("quarter", "period"),
    "period_year_back": _any_case("year"),
    "full_year": _any_case("year"),
    "year_ended": _any_case("year"),
    "year_end": _any_case("year"),
    "year_earlier": _any_case("earlier", "ago"),
    "unit_end": _any_case("end", "earlier", "later"),
    "the_week": _any_case("week"),
    "weekend": _any_case("weekend"),
    "day_before_after": _any_case("before", "after"),
    "learned_holiday": _trie_alternation(lx.LEARNED_HOLIDAYS),  # the names are matched only as written
}
RULES = tuple(
    replace(rule, anchor=re.compile(_EXACT_ANCHORS[rule.name])) if rule.name in _EXACT_ANCHORS else rule
    for rule in RULES
)
