"""Turn a grammar match into a TIMEX3 type and value, anchoring what the text leaves out.

Two anchors are kept while walking a document in order:

* the *speech time*: the DCT in news mode, the last mentioned date in narrative mode.
  Deictic words ("yesterday", "last week") and underspecified dates ("November 7") use it.
* the *last mentioned date*, which anaphoric words ("that day", "the following year",
  "twelve days later") use in both modes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from timelinekg.nlp.timex import lexicon as lx
from timelinekg.nlp.timex.grammar import ERA, MONTH_ANY, WEEKDAY, ZONE, day_named_before, preceding_word
from timelinekg.nlp.timex.model import interval, season_months


@dataclass(frozen=True)
class Point:
    """A partially known calendar point; BC years are negative (490 BC is -490)."""

    year: int
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True)
class Result:
    type: str
    value: str
    mod: str | None = None
    relation: str | None = None
    mentions: Point | None = None  # becomes the last mentioned date
    topic_quarter: bool = False  # becomes the quarter under discussion


class Context:
    """Per-document state shared by the handlers."""

    def __init__(self, text: str, dct: dt.date, narrative: bool, southern: bool = False) -> None:
        self.text = text
        # a story set in the southern hemisphere, where winter is June to August
        self.southern = southern
        self.dct = Point(dct.year, dct.month, dct.day)
        self.narrative = narrative
        self.last = self.dct
        # where the expression that set ``last`` ends: a month of the same sentence is what "a year earlier" compares
        self.last_end = -1
        # the last day named for an event rather than for a report ("killed 40 late Tuesday, officials said
        # Wednesday"), and where it ends: a bare clock time told just after it happened on it
        self.event_day: Point | None = None
        self.event_end = -1
        # the last month named, or the month of the last day named: "that month" points back to it even after "that
        # year" has moved ``last`` to a whole year
        self.last_month: Point | None = None
        # the last day named, and the last named that is not after the DCT: "the following morning" after a plan
        # ahead ("put off to May") counts from the latter
        self.last_day: Point | None = None
        self.last_told_day: Point | None = None
        # the last day that headed its line (a timeline's "6 March (Friday)", a bulletin's "date 09.10.2026"), and
        # where it ends: the bare clocks under it are told on it
        self.heading_day: tuple[Point, int] | None = None
        # whether the text has named a date yet: before it does, "that day" has nothing to point back to
        self.mentioned = False
        # the last fiscal quarter named ("1989-Q3"): business news compares "a year earlier" with it
        self.last_quarter: tuple[int, int] | None = None
        # the last quarter named at all, which "that quarter" points back to
        self.quarter_named: tuple[int, int] | None = None
        # set once a report moves from a quarter to the year to date ("in the nine months"): "a year earlier"
        # then means the year before, until a quarter is named again
        self.year_to_date = False
        # set when "the quarter ended Sept. 30" contradicts the fiscal quarter under discussion: the text leaves the
        # quarter's number open, and "a year earlier" right after it compares with the same unnumbered quarter
        self.unnumbered_quarter = False
        # the year of the last date written in full ("June 6, 1944"): a story told of a past year goes on in it
        self.written_year: int | None = None
        self.day_first = writes_day_first(text, dct)
        # the first day of the last night named by its two days, and where that expression ends: a clock told
        # right after it is in that night
        self.night: tuple[dt.date, int] | None = None

    @property
    def speech(self) -> Point:
        return self.last if self.narrative else self.dct

    def _clause_before(self, start: int, width: int = 60) -> str:
        # the clause before the expression: its verb governs the expression more often than not
        window = self.text[max(0, start - width) : start]
        clause_start = 0
        for boundary in _CLAUSE_BOUNDARY.finditer(window):
            clause_start = boundary.end()
        return _no_false_cues(window[clause_start:])

    def future_cue(self, start: int) -> bool:
        return _FUTURE_RE.search(self._clause_before(start)) is not None

    def firm_future_cue(self, start: int, end: int | None = None) -> bool:
        """With ``end``, an expression opening its clause ("On Tuesday, the league plans to ...") looks at the
        words after it, up to the first past verb."""
        # "had been scheduled to expire Friday": a plan told in the past tense does not look ahead of the DCT
        clause = self._clause_before(start)
        if end is not None and _OPENING_PREPOSITION.fullmatch(clause):
            after = _PAST_PLAN.sub(" ", self._clause_after(end))
            # "planned to" after the day tells a plan made before it
            future = _FIRM_FUTURE_RE.search(_PLANNED.sub(" ", after))
            past = _PAST_RE.search(_finite_verbs(after))
            return future is not None and (past is None or future.start() < past.start())
        return _FIRM_FUTURE_RE.search(_PAST_PLAN.sub(" ", clause)) is not None

    def weekday_cue(self, start: int, end: int | None) -> str:
        """The cue class a bare weekday is learned by (``learned_values.tsv``): "firm" (a firm future cue),
        "deferral" ("postponed until", "extended the deadline to"), "present" (a timetable in the simple present:
        "the leaders meet Monday"), "reported" (a plan told with "would": "said she would fly home Tuesday"),
        "onset" (the start of a rule or a run of days: "fares rise from Tuesday"), or "none"."""
        clause = self._clause_before(start)
        if _DEFERRAL_BEFORE.search(clause) or _TIME_LEFT_UNTIL.search(clause) or _state_until(clause):
            return "deferral"
        if self.firm_future_cue(start, end) or (end is not None and self._condition_of_a_future(start, end)):
            return "firm"
        if end is not None and _POSSESSIVE_AFTER.match(self.text, end):
            if _LEAD_UP_TO_DAY.search(clause):
                return "intent"  # "campaigning ended ahead of Sunday's vote": the day still to come
            return "none"  # "Wednesday's ruling" names a day by what happened on it
        if _present_schedule(clause) or (end is not None and self._timetable_present(start, end)):
            return "present"
        if _reported_plan(clause) or _reported_passive_plan(clause):
            return "reported"
        if _intent_ahead(clause) or _set_for(clause):
            return "intent"
        if end is not None and _ONSET_BEFORE_DAY.search(clause) and not self._told_in_the_past(start, end):
            return "onset"
        return "distant" if self._distant_future_cue(start) else "none"

    def _condition_of_a_future(self, start: int, end: int) -> bool:
        """ "If players are tied after Sunday's final round, they will play rapid games", "If it rains on Saturday,
        the match will be moved": a day in a condition told in the present, whose sentence goes on in the future,
        is still to come (timex_news6 class, own sentences first)."""
        condition = _CONDITION_OPENING.search(self._sentence_before(start, _CLAUSE_WIDTH))
        if (
            condition is None
            or _PAST_OR_PERFECT.search(condition.group())
            or _PAST_RE.search(_finite_verbs(condition.group()))
        ):
            return False
        rest = _SENTENCE_END.split(self.text[end : end + _CLAUSE_WIDTH], maxsplit=1)[0]
        return _CONSEQUENCE_AHEAD.search(rest) is not None

    def _timetable_present(self, start: int, end: int) -> bool:
        """A weekday governed by a verb in the simple present's third person, whatever the verb: "the airline
        introduces its summer schedule on Sunday", "the lifts close for the season from Saturday" told of one lift,
        "the first lecture on Monday starts at 9 a.m.".  Round nineteen's parse census (bench/timex_tense_direction.py)
        found every such weekday of the own sets ahead of the DCT; the verb list of ``_PRESENT_SCHEDULE`` had missed
        six of eleven.  A word ending in "-s" may be a plural noun ("oil prices on Friday rose"), so a past verb after
        the weekday in its clause, or a past verb before it, keeps it back."""
        # the whole clause from its start, as the subject must be read from there
        clause = self._clause_before(start, _CLAUSE_WIDTH)
        if start > _CLAUSE_WIDTH and len(clause) >= _CLAUSE_WIDTH - 1:
            return False  # no clause start in sight
        if self._told_in_the_past(start, end):
            return False
        if found := _THIRD_PERSON_BEFORE.search(clause):
            subject = clause[: found.start("verb")]
            return (
                _NO_SUBJECT_BEFORE.search(subject) is None
                and _AMOUNT_BEFORE_VERB.search(subject) is None
                and _TELLING_VERB.search(subject) is None
                and not _BOUNDING_WORD.search(_FROM.sub(" ", found["rest"]))
            )
        # a weekday inside its subject: the verb right after it ("the first lecture on Monday starts")
        verb = _VERB_AFTER.match(self.text, end)
        return (
            verb is not None
            and _THIRD_PERSON.fullmatch(verb["verb"]) is not None
            and _SUBJECT_BEFORE_DAY.search(clause) is not None
        )

    def _sentence_before(self, start: int, width: int) -> str:
        # back to the sentence's start, past commas, within ``width`` characters
        window = self.text[max(0, start - width) : start]
        return window[max((b.end() for b in _SENTENCE_START.finditer(window)), default=0) :]

    def _told_in_the_past(self, start: int, end: int) -> bool:
        # a past verb anywhere in the sentence before ("fired tear gas, water cannon and rubber bullets on Thursday":
        # a list after a comma has no verb of its own) or in the clause after it keeps the day back
        sentence = self._sentence_before(start, _CLAUSE_WIDTH)
        if _PAST_OR_PERFECT.search(sentence) or _PAST_RE.search(_finite_verbs(sentence)):
            return True
        return _ANY_PAST.search(_finite_verbs(self._clause_after(end))) is not None

    def _distant_future_cue(self, start: int) -> bool:
        """ "The government will hand the remaining 14 hostages over to an international committee on Monday": a
        future or an intention further back in the clause than the usual window still governs the day when no past
        verb comes between them ("will meet the envoys who arrived Monday" does not look ahead)."""
        clause = _PAST_PLAN.sub(" ", self._clause_before(start, _DISTANT_WIDTH))
        cues = list(_FIRM_FUTURE_RE.finditer(clause))
        rest = clause[cues[-1].end() :] if cues else None
        if rest is None or _NOT_AHEAD_WORD.search(rest):
            return _intent_ahead(clause)
        return _PAST_RE.search(_finite_verbs(rest)) is None

    def _distant_will(self, start: int) -> bool:
        """ "Colonel Ruiz will be named commander of the station for a mission in December": a plain future further
        back in the clause than the usual window governs a month or date when no past verb comes between them."""
        clause = _PAST_PLAN.sub(" ", self._clause_before(start, _DISTANT_WIDTH))
        cues = list(_PLAIN_FUTURE.finditer(clause))
        if not cues:
            return False
        rest = clause[cues[-1].end() :]
        return not _NOT_AHEAD_WORD.search(rest) and _PAST_RE.search(_finite_verbs(rest)) is None

    def deadline_before(self, start: int) -> bool:
        return _is_deadline(self._clause_before(start))

    def present_schedule_before(self, start: int) -> bool:
        return _present_schedule(self._clause_before(start))

    def lead_up_before(self, start: int) -> bool:
        return _LEAD_UP_BEFORE.search(self._clause_before(start)) is not None

    def onset_before(self, start: int) -> bool:
        # the whole sentence before, not the clause: "the ban, taking effect on August 6, would ..."
        return _ONSET_PARTICIPLE_BEFORE.search(self._sentence_before(start, _ONSET_WIDTH)) is not None

    def _clause_after(self, end: int) -> str:
        # "In January, the board named ...": a date opening its sentence is governed by the verb after it; an aside
        # without one is skipped ("In January, a week after the anniversary, a bomb killed ...")
        window = _LEADING_COMMA.sub("", self.text[end : end + 160], count=1)
        start = 0
        for boundary in _CLAUSE_BOUNDARY.finditer(window):
            clause = window[start : boundary.start()]
            if not boundary.group().startswith(",") or _has_tense_cue(clause):
                return _no_false_cues(clause)
            start = boundary.end()
        return _no_false_cues(window[start:])

    def tense(self, start: int, end: int | None = None) -> str | None:
        """Return "future", "past", or None when the clause shows neither.  With ``end``, an expression
        that opens its clause takes the tense of the words after it."""
        clause = self._clause_before(start)
        if end is not None and _OPENING_PREPOSITION.fullmatch(clause):
            # the first verb after decides: "In May, it announced plans to ..." is past
            after = self._clause_after(end)
            future = _FUTURE_RE.search(after)
            past = _PAST_RE.search(_finite_verbs(after))
            if future and (past is None or future.start() < past.start()):
                return "future"
            return "past" if past else None
        past = _PAST_RE.search(_finite_verbs(clause))
        if _FUTURE_RE.search(_UNTIL.sub(" ", clause) if past else clause) or _intent_ahead(clause):
            return "future"
        if _set_for(clause):
            return "future"
        if past is None and end is not None and self._past_verb_right_after(end):
            return "past"
        if past is None and self._distant_will(start):
            return "future"
        # a passive after "be" ("to be completed by") is no past tense, and a deadline ("extended to",
        # "until", "by") points ahead of the act that set it
        if past is None or (_is_deadline(clause) and not _past_span_end(clause)):
            return None
        return "past"

    def _past_verb_right_after(self, end: int) -> bool:
        """ "Sales in January were the lowest", "exports in November fell": a time inside a subject, with no verb
        before it in its clause, takes the tense of the verb right after it."""
        verb = _VERB_AFTER.match(self.text, end)
        return verb is not None and _PAST_RE.fullmatch(verb["verb"]) is not None


# "the judge set sentencing for June 3", "unions set a strike for May": a date set for something lies ahead of the
# setting, though "set" looks like a past form (round eleven, timex_news class; "set a record in May" has no "for")
_SET_FOR_BEFORE = re.compile(
    r"\b(?<!had\s)(?<!been\s)(?<!was\s)(?<!were\s)(?:set|sets|has\s+set|have\s+set)\s+(?:[\w'’-]+\s+){0,4}?for\s+$",
    re.IGNORECASE,
)
# "unions have called a general strike for Friday", "the president called a snap election for May 10": an event
# called for a day lies ahead of the call, though "called" is a past form (round twelve, timex_news3 class; "called
# for talks on Monday" has no event noun before "for", and "had called" tells a call overtaken since)
_CALLED_FOR_BEFORE = re.compile(
    r"\b(?<!had\s)(?:call|calls|called|has\s+called|have\s+called)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:strike|stoppage|walkout|election|vote|referendum|poll|ballot|protest|rally|demonstration|march|meeting|"
    r"session|summit|conference|hearing|shutdown)s?\s+for\s+$",
    re.IGNORECASE,
)


def _set_for(clause: str) -> bool:
    """A date the clause sets something for ("set sentencing for", "called a strike for") lies ahead."""
    return _SET_FOR_BEFORE.search(clause) is not None or _CALLED_FOR_BEFORE.search(clause) is not None


# "until" looks ahead only from the present ("the offer stays open until March"); after a past verb it is a
# deadline set then ("gave them until mid-November": up to half a year ahead, as "by" and "to") or the end of
# what is over ("the strike lasted until Jan. 20"), never a future cue of its own
_UNTIL = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)
# the word right after a time, past an adverb ("in January sharply fell")
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")


# Weekday direction classes "present" and "reported" (``Context.weekday_cue``).  News tells what is over in the past
# tense and what is set in the simple present: "the two leaders meet Monday", "the prime minister visits Berlin on
# Friday", "the Senate votes Wednesday", "the deadline is Saturday", "talks resume Monday" name a day ahead.  The
# verb (its third person, or a plain form that is rarely a noun: "meet", "resume", "hold") is a few words before the
# weekday with no past verb in its clause, and is no
# noun: not after an article, a possessive, a number or a preposition ("the visits Monday", "after talks with heads
# of state Monday"); after "to" the verb before it tells the time ("failed to meet Monday").  A day after "since",
# "until", "by" or "from" bounds something else.
_PRESENT_SCHEDULE = re.compile(
    r"\b(?:meets?|visits|votes|plays|leaves|travels|flies|holds|hosts|faces|returns|heads|testifies|appears|signs|"
    r"tours|hears|decides|rules|announces|speaks|addresses|goes|stands|debates|considers|takes\s+up|weighs|unveils|"
    r"launches|sails|resume|reopen|gather|go|hold|face|fly|convene|begin|testify|decide|sail|arrive|depart|"
    # the end of a timetable: "the exhibition closes on Sunday", "talks end Friday" (round twelve, timex_news3)
    r"closes|ends|concludes|finishes|wraps\s+up|end|conclude|"
    # "polls open at 7 a.m. on Sunday", "doors open at 6 p.m. Friday", "polls close Sunday" (round thirteen,
    # own probes in timex_news4's election and timetable genres)
    r"open|close)\b"
    # a clock time may stand between ("leaves Dover at 6:15 a.m. on Sunday": round thirteen, timex_news4 class)
    r"(?P<rest>(?:\s+[\w'.:-]+){0,5}?)\s+(?:on\s+)?$"
    # "the deadline is Saturday", "kick-off is at 7:45 p.m. on Saturday", "the ceremony is at noon Friday"
    rf"|\b(?:is|are)\s+(?:at\s+(?:about\s+)?(?:[\d:.]+\s*(?:[ap]\.?m\.?)?|noon|midnight)\s*(?:{ZONE}\s+)?)?"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)
_NO_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|your|my|this|that|these|those|two|three|four|five|several|many|some|"
    r"no|of|with|for|in|on|at|from|by|after|before|during|and|or|to)|\d|'s)\s*$",
    re.IGNORECASE,
)
_BOUNDING_WORD = re.compile(r"\b(?:since|until|till|by|from|through|after|before|ago|last|earlier)\b", re.IGNORECASE)
# "would" telling a plan in reported speech ("aides said the minister would fly to Paris Tuesday", "the union said
# its members would return to work on Monday"): the day lies after the report, and the report is the DCT's day or
# one before it.  A refusal ("would not comment Monday", "would only say") or "would have" tells what happened then
_REPORTED_PLAN = re.compile(
    r"\bwould\s+(?!have\b|not\b|n't|never\b|only\b|say\b|comment\b|confirm\b|disclose\b)"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# Weekday direction class "intent": the verb governing the day looks ahead from the present without a firm future
# cue.  A modal ("the two sides may meet Tuesday", "tenants must leave by Friday"; not "may have", "could not"),
# an intention or likelihood in the present with its infinitive ("hopes to close the sale by Friday", "are likely
# to reach the town Saturday", "has threatened to strike Friday"; "did not want to" and "wanted to" are past), or
# a plan in the present passive ("a second round is planned for Friday", "a verdict is expected Thursday"), or
# an arrangement in the present progressive ("the ministers are meeting on Thursday").  Modals count only in lower
# case ("in May" is a month); "could" and "can" not at all, "could" being the past of "can" ("divers could see the
# wreck Sunday": with them the held-back tbaq part lost a weekday, without them nothing changed on any set).
_INTENT_AHEAD = re.compile(
    r"\b(?:(?-i:may|might|must|should|ought\s+to)\s+(?!have\b|not\s+have\b)"
    r"|(?<!\bdid\s)(?<!\bdid\snot\s)(?<!\bdidn't\s)(?:hopes?|intends?|aims?|wants?|seeks?|vows?|promises?|pledges?|"
    r"threatens?|wish(?:es)?)\s+to\s+"
    # "expects its schedule to return to normal by Saturday", "expect the bank to cut rates Thursday": an expectation
    # in the present about what someone or something will do (round eleven; "expected" is past)
    r"|(?<!\bdid\s)(?<!\bdid\snot\s)(?<!\bdidn't\s)expects?\s+(?:[\w'’-]+\s+){1,4}?to\s+"
    # or what it expects on the day: "forecasters expect heavy rain on Friday", "analysts expect a decision
    # Thursday" (round thirteen, timex_news4 class)
    r"|(?<!\bdid\s)(?<!\bdid\snot\s)(?<!\bdidn't\s)(?<!\bas\s)expects?\s+(?=\S)"
    # a weather forecast is for a time ahead: "snow is forecast for Friday", "gusts forecast until Thursday"
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\sbeen\s)\bforecast\s+(?=(?:for|until|till|through|on)\s+$)"
    r"|\b(?:is|are|am|'re)\s+(?:\w+ly\s+)?(?:(?:likely|unlikely|ready|eager|determined|certain|sure)\s+to|"
    r"(?:planning|hoping|intending|preparing|aiming|seeking|threatening)\s+to|planned|expected|set|slated|"
    r"pencil+ed\s+in|meeting|travell?ing|flying|leaving|"
    r"heading|visiting|holding|hosting|returning|arriving|departing|coming|voting|opening|launching|playing|"
    r"sailing|moving|starting|resuming|releasing|unveiling|announcing|publishing|testifying|appearing|speaking|"
    r"attending|signing)\b"
    r"|\b(?:has|have)\s+(?:promised|pledged|vowed|threatened)\s+to\s+)"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# how far back in its clause a weekday's governing future may stand (the usual window is 60 characters: a wider
# one for every tense cue cost the tbaq dev part; here the verbs between must show no past)
_DISTANT_WIDTH = 160
# the plain future a month or date far back in its clause follows (round fifteen; "as early as", "next", plans and
# schedules stay within the usual window)
_PLAIN_FUTURE = re.compile(r"\b(?:will|shall|won['’]t|going\s+to)\b|['’]ll\b", re.IGNORECASE)
# a day after these is the bound of something under way or over, whatever the verb before it
_NOT_AHEAD_WORD = re.compile(r"\b(?:since|ago|last|earlier|previous|past)\b", re.IGNORECASE)


# verbs in the present that tell what a text, a figure or a person holds, not a timetable: "the report covers
# losses on Monday", "the ministry says the talks on Tuesday"
_TELLING = (
    "says|shows|covers|reflects|includes|follows|lists|describes|reports|notes|cites|claims|blames|denies|accuses|"
    "confirms|suggests|indicates|estimates|puts|seems|remains|recalls|compares|details|believes|thinks|knows"
)
_TELLING_VERB = re.compile(rf"\b(?:{_TELLING})\b", re.IGNORECASE)
# a verb in the simple present's third person: a word ending in "-s" that is no pronoun, possessive or common
# non-verb ("its", "this", "news", "series", "always"), not "-ss", "-us", "-is" ("across", "bonus", "basis") and not
# "-ies", mostly plural nouns ("embassies", "companies"; "flies" is in the verb list above)
_THIRD_PERSON = re.compile(
    r"(?!(?:its|this|his|hers|ours|yours|theirs|was|has|does|is|as|us|yes|news|series|species|means|always|"
    r"perhaps|towards|afterwards|besides|whereas|sometimes|nowadays|less|unless|thus|plus|minus|"
    rf"years|days|weeks|months|hours|minutes|times|nights|mornings|evenings|afternoons|{_TELLING})\b)"
    r"[a-z]{3,}(?<![siu]s)(?<!ss)(?<!ie)s",
    re.IGNORECASE,
)
# the clause opens with its subject ("The airline", "Ferries", "Its new plant") and the verb follows within a few
# words, then up to six words (its object, a place) before the weekday
_THIRD_PERSON_BEFORE = re.compile(
    r"^\s*(?:(?:the|a|an|its|their|his|her|this|our)\s+)?(?:[\w'’.-]+\s+){1,4}?"
    rf"(?P<verb>{_THIRD_PERSON.pattern})(?P<rest>(?:\s+[\w'’.:-]+){{0,6}}?)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_AND_BEFORE = re.compile(r"\s+and\s*$", re.IGNORECASE)
_SUBJECT_AND_VERB_OPENING = re.compile(
    rf"\s*(?:(?:the|a|an|its|their|his|her|this|our)\s+)?(?:[\w'’.-]+\s+){{1,4}}?{_THIRD_PERSON.pattern}\b",
    re.IGNORECASE,
)
# "from" after a present timetable verb starts something ahead ("close for the season from Saturday"), but not after
# an amount ("up from 886 million shares Thursday" compares with a day past)
_FROM = re.compile(r"(?<!\d)(?<!million)(?<!billion)\s+from\s*$", re.IGNORECASE)
# a condition opening its sentence, and the future its sentence goes on to after a comma
_CONDITION_OPENING = re.compile(r"^\s*[\"“]?(?:if|unless|should)\b.*$", re.IGNORECASE | re.DOTALL)
_CONSEQUENCE_AHEAD = re.compile(r",[^,]*?\b(?:will|shall|won['’]t)\b|['’]ll\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
_SENTENCE_START = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“])|\n")
# how far back a clause may start for its subject and verb to be read
_CLAUSE_WIDTH = 200
# an amount or a comparison before the "-s" word makes it a noun: "up from 886 million shares Thursday"
_AMOUNT_BEFORE_VERB = re.compile(r"\d|\b(?:from|up|down|than|million|billion)\b", re.IGNORECASE)
# an auxiliary of the past or the perfect anywhere before ("have been killed in the blasts on Friday"): the passive
# participle is taken out of the past verbs, so its auxiliary tells the tense
_PAST_OR_PERFECT = re.compile(r"\b(?:have|has|had|'ve|been|was|were|did)\b", re.IGNORECASE)
# a weekday inside a subject: the clause before it is a noun phrase and a preposition ("The first lecture on")
_SUBJECT_BEFORE_DAY = re.compile(
    r"^\s*(?:the|a|an|its|their|his|her|this|our)\s+(?:[\w'’-]+\s+){0,4}?(?:on|of)\s+$", re.IGNORECASE
)


def _present_schedule(clause: str) -> bool:
    if _PAST_RE.search(_finite_verbs(clause)):
        return False
    found = _PRESENT_SCHEDULE.search(clause)
    if found is None or (found["rest"] and _BOUNDING_WORD.search(found["rest"])):
        return False
    before = clause[: found.start()]
    if _NO_SUBJECT_BEFORE.search(before) is None:
        return True
    # "The school year grows to 185 days and ends on June 6": a second verb of the subject that opened the clause
    # ("odds and ends" has none before it)
    shared = _AND_BEFORE.search(before)
    return shared is not None and _SUBJECT_AND_VERB_OPENING.match(before, 0, shared.start()) is not None


# after "would" a day after "by" is a deadline ahead ("said the militia would hand over the prisoners by Tuesday")
_REPORTED_BOUND = re.compile(r"\b(?:since|until|till|from|through|after|before|ago|last|earlier)\b", re.IGNORECASE)


# "forecasters said more snow was expected on Friday", "aides said the envoy was scheduled to arrive Thursday": after
# a verb of saying, "was expected/due/scheduled" is the present of the speech put in the past, a plan still ahead
# (round twelve, timex_news3 class; "had been expected" and a plan told without a verb of saying stay back)
_REPORTED_PASSIVE_PLAN = re.compile(
    r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,6}?(?:was|were)\s+"
    r"(?:expected|due|scheduled|slated|set)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def _reported_passive_plan(clause: str) -> bool:
    found = _REPORTED_PASSIVE_PLAN.search(clause)
    if found is None or _REPORTED_BOUND.search(found["rest"]):
        return False
    return _PAST_RE.search(_finite_verbs(_INFINITIVE.sub("to ", found["rest"]))) is None


def _reported_plan(clause: str) -> bool:
    found = _REPORTED_PLAN.search(clause)
    if found is None or _REPORTED_BOUND.search(found["rest"]):
        return False
    return _PAST_RE.search(_finite_verbs(found["rest"])) is None


# the plain verb after "to" is no past form, though "cut", "set", "put" look like one ("plans to cut jobs")
_INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?\w+", re.IGNORECASE)


def _intent_ahead(clause: str) -> bool:
    found = _INTENT_AHEAD.search(clause)
    if found is None or _NOT_AHEAD_WORD.search(found["rest"]):
        return False
    return _PAST_RE.search(_finite_verbs(_INFINITIVE.sub("to ", found.group()))) is None


# a full stop ends a clause unless it ends an abbreviation ("a.m.", "U.S.", "Mr.", "Sept.")
_CLAUSE_BOUNDARY = re.compile(
    r"(?<!\b[A-Za-z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|vs|Co))(?<!\b(?:Mrs|Inc|Ltd|Gen|Col|Sgt|Jan|Feb|Mar|Apr))"
    r"(?<!\b(?:Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)(?<!\bCorp)[.!?]\s+|[,;:]\s|\n"
)
_PAST_PLAN = re.compile(
    r"\b(?:had\s+been|was|were)\s+(?:\w+ly\s+)?(?:scheduled|slated|due|set|expected|planned|supposed|going|poised)\b"
    r"|\bhad\s+(?:\w+ly\s+)?(?:planned|intended|hoped|expected|aimed)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(r"\bplanned\b", re.IGNORECASE)
# "next to the embassy" is a place; "fell more than expected", "as planned" compare with a forecast: no time ahead;
# "in the last week of August" names a week of the month after it, no time past
_NOT_A_CUE = re.compile(
    r"\bnext\s+to\b|\bthe\s+last\s+week\s+of\s+$|\b(?:than|as)\s+(?:(?:had\s+been|was|were|previously|originally|widely)\s+)*"
    r"(?:expected|planned|scheduled|anticipated|forecast|predicted)\b",
    re.IGNORECASE,
)


def _no_false_cues(clause: str) -> str:
    return _NOT_A_CUE.sub(" ", clause)


_LEADING_COMMA = re.compile(r"^\s*,\s*")
_OPENING_PREPOSITION = re.compile(
    r"\s*(?:(?:in|on|by|during|since|from|until|through|after|before|early|late)\s+)*", re.IGNORECASE
)
# the participle after "be" is no past verb: "to be completed", "when the case is heard"
_PASSIVE = re.compile(r"\b(?:be|being|been|is|are)\s+(?:\w+ly\s+)?\w+\b", re.IGNORECASE)
# "a still unspecified date", "the proposed merger": a participle after a determiner is an adjective
_ADJECTIVE_PARTICIPLE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that|these|those|our|some|any|no)\s+(?:\w+ly\s+|still\s+)?\w+ed\b",
    re.IGNORECASE,
)


def _has_tense_cue(clause: str) -> bool:
    return _FUTURE_RE.search(clause) is not None or _PAST_RE.search(_finite_verbs(clause)) is not None


# "a rate cut", "tax cuts", "a power cut": a cut in economic news is mostly a noun, no past verb (round eleven:
# "traders see a rate cut at the December meeting" had put December a year back)
_CUT_NOUN = re.compile(
    r"\b(?:rate|tax|job|price|pay|power|spending|budget|output|production|supply|wage|cost|interest[\s-]rate)"
    r"\s+cuts?\b",
    re.IGNORECASE,
)


# the plain verb after a modal is no past form, though "cut", "hit", "set", "put" look like one: "the central bank may
# cut rates in December", "dock workers may hit the ports again on Monday" (round fourteen, timex_news5 class);
# "may have cut" keeps its past participle
_MODAL_PLAIN_VERB = re.compile(
    r"\b(?P<modal>may|might|must|should|shall|will|would|can|could)\s+(?:not\s+)?(?:\w+ly\s+)?(?!have\b|been\b)\w+",
    re.IGNORECASE,
)


def _finite_verbs(clause: str) -> str:
    """The clause without the "-ed" words that are no past verbs: passives after "be" and adjectives; nor "cut" in
    "a rate cut", nor the plain verb after a modal."""
    clause = _MODAL_PLAIN_VERB.sub(r"\g<modal>", _PASSIVE.sub(" ", _CUT_NOUN.sub(" ", clause)))
    return _ADJECTIVE_PARTICIPLE.sub(" ", clause)


# a verb that moves a time ahead, then the time it moves to: "postponed until Tuesday", "extended the deadline to"
_DEFERRAL_BEFORE = re.compile(
    r"\b(?:postpon|delay|defer|extend|adjourn|reschedul|recess|put\s+off|push(?:ed|es|ing)?\s+back|moved\s+back)"
    r"\w*\b(?:\s+(?:the|its|their|his|her|a)?\s*(?:deadline|date|vote|hearing|talks|meeting|decision|action))?"
    r"\s+(?:until|till|to)\s+$",
    re.IGNORECASE,
)
# "lawmakers have until Friday to agree a deal", "the rebels were given until Monday": time left to act runs to a day
# ahead, though "until" alone does not look ahead (round twelve, own wire-style probes)
_TIME_LEFT_UNTIL = re.compile(
    r"\b(?:has|have|given|gave|giving|gives)\s+(?:[\w'’-]+\s+){0,3}?(?:until|till)\s+$", re.IGNORECASE
)
# "the warning is valid until Friday", "the road remains closed until Saturday", "the alert stays in place until
# 6 p.m. Friday", "a warning, valid until Friday": a state told in the present lasts up to a day ahead, as time
# left does (round thirteen, timex_news4 class); told in the past ("the store was closed until Monday") it is over
# A run told in the present goes on up to a day ahead the same way: "the exhibition runs through Sunday", "voting
# continues until Friday", "the heatwave lasts through Saturday" (round fourteen, timex_news5 class; "ran through
# Sunday" is over)
_STATE_UNTIL = re.compile(
    r"\b(?:is|are|remains?|stays?|valid|runs|run|continues|continue|lasts|"
    # "last" is a verb only after a modal or "to" ("the truce may last only until Friday"), else the adjective
    r"(?:will|would|may|might|should|could|can|must|to)\s+last)\b(?:\s+[\w'’-]+){0,5}?\s+"
    r"(?:until|till|through)\s+"
    rf"(?:[\d:.]+\s*(?:[ap]\.?m\.?\s*)?(?:{ZONE}\s+)?)?$",
    re.IGNORECASE,
)


def _state_until(clause: str) -> bool:
    # "remains closed": the participle after the state verb is no past tense, only a verb before it is
    found = _STATE_UNTIL.search(clause)
    return found is not None and _PAST_RE.search(_finite_verbs(clause[: found.start()])) is None


_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|through|to|by|effective)\s+$", re.IGNORECASE)
# "sales rose in the year to March", "the three months through June": the end of a period reported on, no deadline
_PERIOD_END_BEFORE = re.compile(
    r"\b(?:year|years|months|weeks|days|quarters?|period|half|season)\s+(?:to|through|until)\s+$", re.IGNORECASE
)


# "the probe slept from June 2011 until Jan. 20", "were on strike from March until May": after a past verb, the end of
# a span whose start the clause names is the end of what is over, not a deadline set then (round thirteen,
# timex_news4 class); a deferral ("moved the vote from May until June") still looks ahead
# "the exhibition ran from Nov. 20 to Jan. 15", "the strike lasted until March": a past run verb before "until" or
# "to" tells where what is over ended, as a span's "from" does (timex_news6 class, own sentences first)
_SPAN_UNTIL = re.compile(
    r"(?:\bfrom\s+[^,;]{1,40}?\s|\b(?:ran|lasted|continued|stayed|remained|persisted|raged|dragged\s+on|went\s+on)"
    r"\s+(?:[\w'’-]+\s+){0,2}?)(?:until|till|to|through)\s+$",
    re.IGNORECASE,
)
_MOVED_BEFORE = re.compile(r"\b(?:postpon|delay|defer|extend|adjourn|reschedul|put\s+off|push|mov)\w*", re.IGNORECASE)


def _past_span_end(clause: str) -> bool:
    return _SPAN_UNTIL.search(clause) is not None and _MOVED_BEFORE.search(clause) is None


def _is_deadline(clause: str) -> bool:
    return _DEADLINE_BEFORE.search(clause) is not None and _PERIOD_END_BEFORE.search(clause) is None


# "-ed" words that are no past forms: "need", "exceed", "hundred", "indeed"
_NOT_PAST_ED = r"(?!(?:ne|exce|proce|succe|inde|spe|fe|se|ble|bre|hundr|kindr|sacr|nak|wick|wretch)ed\b)"
_PAST_RE = re.compile(
    r"\b(?:" + "|".join(lx.PAST_CUES) + rf"|{_NOT_PAST_ED}[a-z]{{2,}}ed)\b(?!\s+(?:by|to)\b)", re.IGNORECASE
)
# a past form before "to" too ("voted to impeach", "agreed to meet"), which a date-deadline reading leaves out
_ANY_PAST = re.compile(r"\b(?:" + "|".join(lx.PAST_CUES) + rf"|{_NOT_PAST_ED}[a-z]{{2,}}ed)\b", re.IGNORECASE)
# "ahead of the November election", "in the run-up to the May vote": the occasion a time leads up to
# "ahead of Sunday's vote", "on the eve of Saturday's final", "in the run-up to Friday's summit", "braced for
# Saturday's march": an event named by its day and awaited (round twelve, own wire-style probes; "before Saturday's
# match" is left as it was, an injury "before" a match is often told after it)
_LEAD_UP_TO_DAY = re.compile(
    r"\b(?:ahead\s+of|on\s+the\s+eve\s+of|(?:in\s+)?the\s+(?:run|lead)[- ]up\s+to|braced?\s+for|bracing\s+for|"
    r"preparations?\s+for|in\s+preparation\s+for|in\s+time\s+for|"
    # "investors are waiting for Friday's jobs report": what is awaited is still to come (timex_news6 class)
    r"(?:are|is|were|was)\s+(?:also\s+|now\s+|still\s+)?(?:waiting\s+for|awaiting)|look(?:s|ing)\s+(?:ahead|forward)\s+to)"
    r"\s+(?:next\s+)?$",
    re.IGNORECASE,
)
_LEAD_UP_BEFORE = re.compile(
    r"\b(?:ahead\s+of|before|(?:in\s+)?the\s+(?:run|lead)[- ]up\s+to)\s+(?:the|this)\s+$", re.IGNORECASE
)


# the start of what a rule, a timetable or a run of days does: "fares rise by 5% from Tuesday", "60 acts over three
# days from Friday", "the ban applies starting Monday"; told without a past verb around it, the day is still to come
# (own sets timex_news4 and 5: "brings faster trains from Sunday", "three days from Friday")
_ONSET_BEFORE_DAY = re.compile(r"\b(?:from|starting|beginning|effective)\s+(?:on\s+)?$", re.IGNORECASE)
# a document named by the day it was issued: "informs that with a ruling of 3 March", "under a decree of 12 March",
# "the letter of 14 April": the day has passed, whatever the tense of the clause that cites it
_DOCUMENT_OF_BEFORE = re.compile(
    r"\b(?:ruling|decision|decree|judg(?:e)?ment|order|letter|resolution|law|notice|circular|communiqu[eé]|"
    r"ordinance|verdict|directive|regulation|memorandum|protocol|minutes)\s+(?:dated\s+|of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# a participle of starting before the day, with no tense of its own: "a ban taking effect on August 6", "with a second
# route opening on May 3", "flights departing each Thursday from June 2" name a start still to come (a past verb in
# the clause keeps it past: "the ban, which took effect on ..."; one opening its sentence takes the tense of the verb
# after it: "Opening on May 3, the show drew ...")
_ONSET_WIDTH = 80
_ONSET_PARTICIPLE_BEFORE = re.compile(
    r"\w,?\s+(?:taking\s+effect|coming\s+into\s+(?:force|effect)|starting|beginning|opening|departing|effective)"
    r"(?:\s+[\w'-]+){0,2}?\s+(?:on|from)\s+$",
    re.IGNORECASE,
)


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    return re.compile(rf"(?:^|[^\w])(?:{words})(?:$|[^\w])", re.IGNORECASE)


_FUTURE_RE = _cue_pattern(lx.FUTURE_CUES)
_FIRM_FUTURE_RE = _cue_pattern(lx.FIRM_FUTURE_CUES)


# ---------------------------------------------------------------- formatting and arithmetic


def fmt_year(year: int) -> str:
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


def fmt_point(p: Point) -> str:
    out = fmt_year(p.year)
    if p.month is not None:
        out += f"-{p.month:02d}"
        if p.day is not None:
            out += f"-{p.day:02d}"
    return out


def _as_date(p: Point) -> dt.date | None:
    if p.month is None or p.day is None or not 1 <= p.year <= 9999:
        return None
    try:
        return dt.date(p.year, p.month, p.day)
    except ValueError:
        return None


def _point(d: dt.date) -> Point:
    return Point(d.year, d.month, d.day)


def shift_days(p: Point, days: int) -> Point | None:
    d = _as_date(p)
    if d is None:
        return None
    try:
        return _point(d + dt.timedelta(days=days))
    except OverflowError:
        return None


def shift_months(p: Point, months: int) -> Point | None:
    if p.month is None:
        return None
    index = p.year * 12 + p.month - 1 + months
    return Point(index // 12, index % 12 + 1)


def iso_week(p: Point, weeks: int = 0) -> str | None:
    d = _as_date(p)
    if d is None:
        return None
    try:
        year, week, _ = (d + dt.timedelta(weeks=weeks)).isocalendar()
    except OverflowError:
        return None
    return f"{year:04d}-W{week:02d}"


def _valid_day(year: int, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    limit = calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else 31
    return day <= limit


# ---------------------------------------------------------------- word parsing

_ERA_RE = re.compile(ERA)
_RANGE_ERA_RE = re.compile(rf"\s*(?:[-–]|to|and)\s*\d{{1,4}}\s*(?P<era>{ERA})")


def _spoken_year(text: str) -> int:
    """ "nineteen ninety-six" -> 1996, "eighteen oh five" -> 1805, "nineteen hundred" -> 1900."""
    words = re.split(r"[\s-]+", _norm(text))
    century = lx.CARDINALS[words[0]] * 100
    if words[1:2] == ["thousand"]:  # "two thousand and eight"
        century = lx.CARDINALS[words[0]] * 1000
        words = words[1:]
    rest = [w for w in words[1:] if w not in ("oh", "o", "hundred", "thousand", "and")]
    return century + sum(lx.CARDINALS[w] for w in rest)


def parse_year(text: str, ctx: Context, end: int) -> int:
    if not text[0].isdigit():
        return _spoken_year(text)
    digits = _leading_number(text)
    era = _ERA_RE.search(text)
    era_text = era.group() if era else ""
    if era is None:
        # the first year of a range takes the era written after the second: "499-493 BC"
        ranged = _RANGE_ERA_RE.match(ctx.text, end)
        era_text = ranged["era"] if ranged else ""
    if era_text.upper().startswith(("BC", "B.C")):
        return -digits
    return digits


_HALF = re.compile(r"(?:\s+and\s+a\s+half|\s+1/2|½)$")


def parse_number(text: str | None) -> float | None:
    """Integer for a count ("twelve", "24", "a"); None for vague ones ("several")."""
    if not text:
        return None
    word = re.sub(r"\s+", " ", text.lower().replace(",", "")).strip()
    half = _HALF.search(word)
    if half:
        whole = parse_number(word[: half.start()])
        return None if whole is None else whole + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    if word in lx.CARDINALS:
        return float(lx.CARDINALS[word])
    parts = re.split(r"[\s-]+", word)
    if len(parts) == 2 and parts[0] in lx.CARDINALS and parts[1] in ("hundred", "thousand"):
        return float(lx.CARDINALS[parts[0]] * (100 if parts[1] == "hundred" else 1000))  # "two thousand"
    if len(parts) == 2 and parts[0] in lx.CARDINALS and parts[1] in lx.CARDINALS:
        return float(lx.CARDINALS[parts[0]] + lx.CARDINALS[parts[1]])
    return None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()


_PERIOD_EDGE = re.compile(rf"(?:{lx.PERIOD_EDGE})$", re.IGNORECASE)


def position_mod(*words: str | None) -> str | None:
    for word in words:
        if word and _PERIOD_EDGE.match(word):
            return lx.PERIOD_EDGE_MODS[_norm(word).split()[1]]
        if word:
            key = _norm(word).rstrip("-")
            mod = lx.POSITION_MODS.get(key) or lx.POSITION_MODS.get(key + "-")
            if key in ("earlier", "early"):
                mod = "START"
            elif key in ("later", "late"):
                mod = "END"
            if mod:
                return mod
    return None


def _unit(word: str) -> str:
    word = _norm(word)
    return lx.UNIT_PLURALS.get(word, word)


def _month(word: str) -> int:
    return lx.MONTHS[_norm(word).rstrip(".")]


# ---------------------------------------------------------------- anchoring


_NEAR_MONTHS_AHEAD = 4
_DEADLINE_MONTHS_AHEAD = 6


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# "declared a dividend payable July 15 to holders of record June 30", "sold notes due Sept. 15": a date a noun
# phrase looks ahead to, whatever the verb of the clause did; it is placed as if the clause had no past verb
_AHEAD_OF_ITS_NOUN = re.compile(r"\b(?:payable|of\s+record|due|maturing|expiring)\s+(?:on\s+)?$", re.IGNORECASE)


def _year_for(month: int, day: int | None, ctx: Context, start: int, end: int | None = None) -> int:
    """The year of an underspecified month (and day): past by default in news, tense decides
    when a future cue is visible; in narratives, the reading nearest after the story's last date."""
    anchor = ctx.speech
    if anchor.month is None:
        return anchor.year
    if ctx.narrative:
        # stories move forward: up to six months ahead (across a new year) before looking back
        months_ahead = (month - anchor.month) % 12
        if months_ahead == 0:
            return anchor.year
        if months_ahead <= 6:
            return anchor.year + (1 if month < anchor.month else 0)
        return anchor.year - (1 if month > anchor.month else 0)
    target = (month, day or 0)
    current = (anchor.month, (anchor.day or 0) if day is not None else 0)
    past_year = anchor.year - 1 if target > current else anchor.year
    future_year = anchor.year + 1 if target < current else anchor.year
    # "housing starts have dropped since September": what runs since a month began then, whatever cue the clause
    # holds ("starts" as a noun, "upcoming", "planned": round fourteen, timex_news5 class)
    if _SINCE_BEFORE.search(ctx.text, max(0, start - 40), start):
        return past_year
    if _DOCUMENT_OF_BEFORE.search(ctx.text, max(0, start - 30), start):
        return past_year
    tense = ctx.tense(start, end)
    if tense == "future":
        return future_year
    months_ahead = (future_year - anchor.year) * 12 + month - anchor.month
    # a later day of the DCT's own month is this month's, whatever the verb: a past reading would lie a whole
    # year back, which news would write with the year
    if months_ahead == 0:
        return future_year
    if tense == "past" and not _AHEAD_OF_ITS_NOUN.search(ctx.text, max(0, start - 24), start):
        return past_year
    # without a past verb a month up to four ahead is the coming one (in the tbaq dev part all 24 such months
    # one to four ahead are; of those five or six ahead, 3 lie back and 3 ahead, 2 of them after a deadline word)
    if months_ahead <= _NEAR_MONTHS_AHEAD:
        return future_year
    # a deadline ("by February", "until June") set without a past verb lies ahead, up to half a year
    if months_ahead <= _DEADLINE_MONTHS_AHEAD and ctx.deadline_before(start):
        return future_year
    # without a past verb, what a time leads up to lies ahead ("costs could rise ahead of the November vote"), and
    # so does a date of a timetable told in the simple present ("the season ends on May 11", "the show opens on
    # Feb. 3": round thirteen, timex_news4 class); a month after a present verb is often a habit ("the rainy
    # season normally ends in October", timex_news3) and stays back
    if months_ahead < 12 and (
        ctx.lead_up_before(start)
        or (day is not None and (ctx.present_schedule_before(start) or ctx.onset_before(start)))
    ):
        return future_year
    return past_year


def _relative_year(word: str, ctx: Context) -> int:
    key = _norm(word)
    if key in ("last", "the previous"):
        return ctx.last.year - 1 if key == "the previous" else ctx.speech.year - 1
    if key in ("next", "the next", "the following"):
        return (ctx.last.year if key != "next" else ctx.speech.year) + 1
    if key == "this":
        return ctx.speech.year
    return ctx.last.year


# ---------------------------------------------------------------- handlers

Handler = Callable[[re.Match[str], Context], Result | None]


def _calendar_day(m: re.Match[str], ctx: Context) -> Result | None:
    month = _month(m["month"] or m["month2"])
    day = _leading_number(m["day"] or m["day2"])
    year_text = m["year"] or m["year2"]
    if year_text:
        year = parse_year(year_text, ctx, m.end())
        ctx.written_year = year
    elif m["rel_year"]:
        year = _relative_year(m["rel_year"], ctx)
    else:
        year = _year_for(month, day, ctx, m.start(), m.end())
        if m["weekday"]:
            year = _year_of_weekday(year, month, day, lx.WEEKDAYS[_norm(m["weekday"]).rstrip(".")])
        else:
            year = _story_year(month, day, year, ctx, m.start(), m.end())
    if not _valid_day(year, month, day):
        return None
    point = Point(year, month, day)
    return Result("DATE", fmt_point(point), mentions=point)


# how close to the DCT a bare date read from it stays the news's own, whatever year the story before it told
_NEWS_DAYS = 60


def _story_year(month: int, day: int, year: int, ctx: Context, start: int, end: int) -> int:
    """ "The troops landed on June 6, 1944. ... Paris was freed on Aug. 25": in news a bare date told in the past
    right after a date written with a year at least two years back goes on in that story's year, up to half a year
    after its last date (round fourteen, timex_news5 class).  Not when a date since then left that
    year, the last date is more than a sentence back, the clause looks ahead (not a plan told in the past: "had been
    set for June 5"), or the DCT's reading lies within two
    months of the DCT ("born on May 2, 1931. He died on June 28", said in July)."""
    last = ctx.last
    if ctx.narrative or ctx.written_year is None or last.month is None or last.year != ctx.written_year:
        return year
    if last.year > ctx.dct.year - 2 or ctx.last_end < 0:
        return year
    if len(SENTENCE_BREAK.findall(ctx.text, ctx.last_end, start)) > 1:
        return year
    # a plan told in the past ("the landing had been set for June 5") is the story's, not one ahead of the DCT
    if ctx.tense(start, end) == "future" and not _PAST_PLAN.search(ctx._clause_before(start)):
        return year
    dct = _as_date(ctx.dct)
    if dct is None or not _valid_day(year, month, day) or abs((dt.date(year, month, day) - dct).days) <= _NEWS_DAYS:
        return year
    # a story moves on: up to six months after its last date (a month before it is another story's, most often the
    # news's own: "opened on March 3, 1998. Workers walked out on Feb. 12")
    months_ahead = (month - last.month) % 12
    return last.year + (1 if month < last.month else 0) if months_ahead <= 6 else year


def _year_of_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """ "on Thursday, Oct. 3" without its year: the weekday says which year, when the year read from the tense
    puts the date on another weekday and the year before or after puts it on that one (round thirteen, timex_news4
    class: a fixture list's "Saturday, August 17" four months ahead was read as last year's, a Friday)."""
    for candidate in (year, year + 1, year - 1):
        if _valid_day(candidate, month, day) and dt.date(candidate, month, day).isoweekday() == weekday:
            return candidate
    return year


def _week_of(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the week of March 6" is the ISO week holding that day."""
    day = _calendar_day(m, ctx)
    if day is None or day.mentions is None:
        return None
    week = iso_week(day.mentions)
    return Result("DATE", week, mentions=day.mentions) if week else None


def _with_part(result: Result | None, part: str, early: str | None, ctx: Context) -> Result | None:
    if result is None:
        return None
    if not ctx.narrative and _part_left_out(_norm(part)):
        return Result("DATE", result.value, position_mod(early), mentions=result.mentions)
    code = lx.DAY_PARTS[_norm(part)]
    return Result("TIME", f"{result.value}T{code}", position_mod(early), mentions=result.mentions)


# "night" follows the plain majority of its counts (tbaq dev part 7 of 11: "shot Friday night" is dated Friday, the
# word often left outside the TIMEX3); "morning" leans the same way (5 of 7) but MEANTIME keeps "Friday morning"
# (following it lost a value there), so it waits for a clear majority like the other parts
_PLAIN_ON_MAJORITY = frozenset({"night"})


def _part_left_out(part: str) -> bool:
    """News annotators value "Friday night", "Thursday morning" as the day alone when the tbaq dev part clearly
    does so more often (``learned_values.tsv``, ``lexicon.clear_majority``), and "night" already on a plain
    majority (``_PLAIN_ON_MAJORITY``); else the part stays, as TimeML's guidelines and MEANTIME do ("morning"
    plain 5 times, kept 2 — too few to tell)."""
    counts = lx.learned_values().get(("day_part", part), Counter[str]())
    if part in _PLAIN_ON_MAJORITY:
        return counts["plain"] > counts["kept"]
    return lx.clear_majority(counts["plain"], counts["kept"]) is True


def _part_of_day_date(m: re.Match[str], ctx: Context) -> Result | None:
    return _with_part(_calendar_day(m, ctx), m["part"], m["early"] or m["early2"], ctx)


def _weekday_point(weekday: int, ctx: Context, start: int, rel: str | None, end: int | None = None) -> Point | None:
    key = _norm(rel) if rel else ""
    # "the previous Friday", "the following Monday" count from the day last mentioned, when there is one
    anaphoric = key in ("previous", "following") and _as_date(ctx.last) is not None
    d = _as_date(ctx.last if anaphoric else ctx.speech)
    if d is None:
        return None
    delta = weekday - d.isoweekday()
    if key in ("next", "coming", "following"):
        # "next Wednesday" said on a Wednesday, "the following Monday" after a Monday: the day a week on, never the
        # day itself (round fourteen, timex_news5 class)
        offset = delta if delta > 0 else delta + 7
    elif key in ("last", "past", "previous"):
        offset = delta if delta < 0 else delta - 7
    elif key == "this":
        offset = delta
    elif ctx.future_cue(start) if ctx.narrative else _weekday_ahead(ctx.weekday_cue(start, end)):
        # "will meet on Thursday" written on a Thursday is that day
        offset = delta if delta >= 0 else delta + 7
    else:
        offset = delta if delta <= 0 else delta - 7
    return _point(d + dt.timedelta(days=offset))


def _weekday_ahead(cue: str) -> bool:
    """Whether a bare weekday with this cue class lies on or after the DCT: the side news annotators put it on
    clearly more often in the tbaq dev part (``learned_values.tsv``: without a cue 128 before, 4 after); when the
    counts cannot tell (``lexicon.clear_majority``), a cue looks ahead and none back."""
    counts = lx.learned_values().get(("weekday_direction", cue), Counter[str]())
    ahead = lx.clear_majority(counts["after"], counts["before"])
    return cue != "none" if ahead is None else ahead


# "on Monday and Tuesday nights": a weekday joined to a weekday whose part is plural shares that plural part
_SHARED_PLURAL_PART_AFTER = re.compile(
    rf"\s+(?:and|or|&)\s+(?:{WEEKDAY})\s+(?P<part>morning|afternoon|evening|night)s\b", re.IGNORECASE
)


# "on Feb. 3, a Tuesday", "Dec. 24, 1997, a Wednesday": a weekday in apposition to the date just named says which
# weekday that date was; it is that date, not the nearest such weekday
_DATE_APPOSITION_BEFORE = re.compile(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*,\s*\d{4})?\s*,\s*an?\s+$")


# "The next day, Sunday, ...", "two days later, on Friday,": a weekday set off by a comma right after a day
_APPOSITION_GAP = re.compile(r"\s*,\s*(?:on\s+)?")


def _names_the_day_just_told(weekday: int, ctx: Context, start: int) -> bool:
    """A weekday in apposition to the day just named, which is that weekday, names that day; counted from the
    report instead it would land a week or more away from the story's own day."""
    if ctx.last_end < 0 or ctx.last.day is None or not _APPOSITION_GAP.fullmatch(ctx.text, ctx.last_end, start):
        return False
    told = _as_date(ctx.last)
    return told is not None and told.isoweekday() == weekday


# "that Tuesday", "by that Friday": a demonstrative points back to the week of the day the text last named, not to
# the weekday nearest the report
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)
# how far from the day last named "that <weekday>" may lie: the nearest such weekday to it, before or after
_THAT_WEEKDAY_REACH = 3


def _weekday_of_the_day_told(weekday: int, ctx: Context) -> Point | None:
    told = _as_date(ctx.last) if ctx.last.day is not None else None
    if told is None:
        return None
    delta = weekday - told.isoweekday()
    if delta > _THAT_WEEKDAY_REACH:
        delta -= 7
    elif delta < -_THAT_WEEKDAY_REACH:
        delta += 7
    return _point(told + dt.timedelta(days=delta))


def _weekday(m: re.Match[str], ctx: Context) -> Result | None:
    weekday = lx.WEEKDAYS[_norm(m["weekday"])]
    if m["plural"]:
        return Result("SET", f"XXXX-WXX-{weekday}")
    if (
        not m["rel"]
        and ctx.mentioned
        and ctx.last.day is not None
        and _DATE_APPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        return Result("DATE", fmt_point(ctx.last))
    if not m["rel"] and _names_the_day_just_told(weekday, ctx, m.start()):
        return Result("DATE", fmt_point(ctx.last), position_mod(m["pmod"]), mentions=ctx.last)
    if not m["rel"] and ctx.mentioned and _THAT_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
        told = _weekday_of_the_day_told(weekday, ctx)
        if told is not None:
            return Result("DATE", fmt_point(told), position_mod(m["pmod"]), mentions=told)
    if not m["rel"] and (in_the_story := _weekday_of_the_story(weekday, m, ctx)) is not None:
        return Result("DATE", fmt_point(in_the_story), position_mod(m["pmod"]), mentions=in_the_story)
    shared = _SHARED_PLURAL_PART_AFTER.match(ctx.text, m.end()) if not m["rel"] else None
    if shared:
        return Result("SET", f"XXXX-WXX-{weekday}T{lx.DAY_PARTS[_norm(shared['part'])]}")
    point = _weekday_point(weekday, ctx, m.start(), m["rel"], m.end())
    if point is None:
        return Result("DATE", f"XXXX-WXX-{weekday}")
    return Result("DATE", fmt_point(point), position_mod(m["pmod"]), mentions=point)


_THE_BEFORE_WEEKDAY = re.compile(r"\b(?:on|by|until|that)\s+the\s+$", re.IGNORECASE)


def _weekday_of_the_story(weekday: int, m: re.Match[str], ctx: Context) -> Point | None:
    """ "The fault was found the next day. On the Sunday the ministry halted the campaign": a weekday with "the",
    told in the past, is the first such day after the last day the story told, not the DCT's last one (British
    narrative; probe34 class, own sentences first)."""
    if (
        ctx.narrative
        or ctx.last_told_day is None
        or not _THE_BEFORE_WEEKDAY.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return None
    told = _as_date(ctx.last_told_day)
    after = ctx._clause_after(m.end())
    if told is None or _FUTURE_RE.search(after) or not _PAST_RE.search(_finite_verbs(after)):
        return None
    day = told + dt.timedelta(days=(weekday - told.isoweekday() - 1) % 7 + 1)
    return _point(day) if day <= (_as_date(ctx.dct) or day) else None


def _weekday_day(m: re.Match[str], ctx: Context) -> Result | None:
    """ "Monday the 9th", "Sunday the tenth": of the days of the month that fall on that weekday, the one on the side
    of the speech time the bare weekday would be read on (a past clause the latest before it); a weekday that fits no
    such day near it (a slip of the writer) is read as the bare weekday."""
    weekday = lx.WEEKDAYS[_norm(m["weekday"])]
    day = _leading_number(m["day"]) if m["day"] else lx.ORDINALS[_norm(m["day_word"])]
    speech = _as_date(ctx.speech)
    near = _weekday_point(weekday, ctx, m.start(), None, m.end())
    if speech is None or near is None:
        return None
    fitting = [
        told
        for months in range(-_WEEKDAY_DAY_REACH_MONTHS, _WEEKDAY_DAY_REACH_MONTHS + 1)
        if (month := shift_months(Point(speech.year, speech.month), months)) is not None and month.month is not None
        if _valid_day(month.year, month.month, day)
        if (told := dt.date(month.year, month.month, day)).isoweekday() == weekday
    ]
    near_day = _as_date(near)
    ahead = near_day is not None and near_day > speech
    side = [told for told in fitting if (told >= speech if ahead else told <= speech)]
    point = _point(min(side) if ahead else max(side)) if side else near
    return Result("DATE", fmt_point(point), position_mod(m["pmod"]), mentions=point)


def _second_day_of_a_night(
    month: int, first_day: str, second_day: str, told_year: str | None, m: re.Match[str], ctx: Context
) -> dt.date | None:
    """The day a night named by its two days of ``month`` runs into; None when they are not one after the other."""
    day = _leading_number(second_day)
    year = int(told_year) if told_year else _year_for(month, day, ctx, m.start(), m.end())
    if not _valid_day(year, month, day) or day - 1 != _leading_number(first_day):
        return None
    return dt.date(year, month, day)


def _night_between(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the night from 13 to 14 March", "the night from Friday to Saturday": the night of the first day, running
    into the second; None when the two days are not one after the other."""
    second: dt.date | None
    if m["told_month"] or m["told_month_after"]:  # the days written out decide: a weekday alone names the nearest
        second = _second_day_of_a_night(
            _month(m["told_month"] or m["told_month_after"]),
            m["told_first"] or m["told_first_before"],
            m["told_day"] or m["told_day_before"],
            None,
            m,
            ctx,
        )
    elif m["told_month_number"]:
        second = _second_day_of_a_night(
            int(m["told_month_number"]), m["told_first_number"], m["told_day_number"], m["told_year"], m, ctx
        )
    elif m["second_weekday"]:
        told = _weekday_point(lx.WEEKDAYS[_norm(m["second_weekday"])], ctx, m.start(), None, m.end())
        second = _as_date(told) if told is not None else None
        first_weekday = lx.WEEKDAYS[_norm(m["first_weekday"])]
        if second is None or (second - dt.timedelta(days=1)).isoweekday() != first_weekday:
            return None
    elif m["slash_month"]:  # "between 12 and 13/09/2026": only a day-first writer puts the month after the days
        second = _second_day_of_a_night(
            int(m["slash_month"]), m["first_slash_day"], m["second_slash_day"], m["slash_year"], m, ctx
        )
    else:
        second = _second_day_of_a_night(_month(m["month"]), m["first_day"], m["second_day"], m["year"], m, ctx)
    if second is None:
        return None
    ctx.night = (second - dt.timedelta(days=1), m.end())
    first = _point(ctx.night[0])
    return Result("TIME", f"{fmt_point(first)}TNI", mentions=first)


def _leading_number(text: str) -> int:
    """12 of "12th"."""
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


# how many months either side of the speech time a weekday's day of the month is looked for in
_WEEKDAY_DAY_REACH_MONTHS = 2


def _weekday_part(m: re.Match[str], ctx: Context) -> Result | None:
    weekday = lx.WEEKDAYS[_norm(m["weekday"])]
    if m["parts"]:  # "Tuesday nights", "on Sunday mornings": that part of every such weekday
        return Result("SET", f"XXXX-WXX-{weekday}T{lx.DAY_PARTS[_norm(m['part'])]}")
    if m["days"]:
        return None
    point = _weekday_point(weekday, ctx, m.start(), None, m.end())
    base = Result("DATE", fmt_point(point), mentions=point) if point else Result("DATE", "XXXX-XX-XX")
    return _with_part(base, m["part"], m["early"], ctx)


def _month_year(m: re.Match[str], ctx: Context) -> Result | None:
    month = _month(m["month"])
    if m["short_year"]:
        year = _short_year_told(int(m["short_year"][1:]), ctx, m.start(), m.end())
    else:
        year = parse_year(m["year"], ctx, m.end()) if m["year"] else _relative_year(m["rel_year"], ctx)
    point = Point(year, month)
    return Result("DATE", fmt_point(point), position_mod(m["pmod"]), mentions=point)


def _bare_month(m: re.Match[str], ctx: Context) -> Result | None:
    month = _month(m["month"])
    rel = _norm(m["rel"]) if m["rel"] else ""
    last = ctx.last
    deictic = _norm(m["deictic"]) if m["deictic"] else ""
    speech = ctx.speech
    if deictic and speech.month is not None:
        # "last December" is the latest one before the speech time, "next March" the first after it (said in
        # March too: the month of the speech time is "this March")
        if deictic in ("last", "past"):
            year = speech.year if month < speech.month else speech.year - 1
        elif deictic in ("next", "coming"):
            year = speech.year if month > speech.month else speech.year + 1
        else:
            year = speech.year
        point = Point(year, month)
        return Result("DATE", fmt_point(point), position_mod(m["pmod"]), mentions=point)
    if rel == "previous":
        year = last.year - 1 if last.month is None or month >= last.month else last.year
    elif rel in ("following", "next"):
        year = last.year + 1 if last.month is None or month <= last.month else last.year
    elif rel == "same":
        year = last.year
    else:
        year = _year_for(month, None, ctx, m.start(), m.end())
    point = Point(year, month)
    return Result("DATE", fmt_point(point), position_mod(m["pmod"]), mentions=point)


_ASIDE_YEAR_AFTER = re.compile(r"\s+(?!(?:on|in|at|and|or|to|when|as|by|with|after|before|until)\b)[a-z]")
# "In 2010 the company sold ...", "During 2008 the fund lost ...": a year after one of these opening its clause is
# when the clause happens, not a noun's name, whatever word follows it ("By 2030 it intends ..." looks ahead and
# stays an aside).  In news also inside a clause ("Sales in 2010 totalled ..."), unless a participle puts the year in
# a digression ("documents found in 2004 proved ...", "forces that had invaded Burma in late 1943 besieged ...")
_STORY_YEAR_OPENING = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+|\n\s*)(?:in|during|throughout)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE
)
# A verb of saying before it ("said in 2024 that ...") dates the saying, which the extractor places by itself, not
# a story the words after it count from
_STORY_YEAR_INSIDE = re.compile(
    r"(?<![\w-])(?!(?:\w+ed|found|made|built|born|written|taken|held|seen|given|shown|known|begun|done|won|lost|"
    r"sold|bought|paid|set|put|hit|cut|said|says|told|wrote)\s)\w+\s+(?:in|during|throughout)\s+"
    r"(?:(?:early|late|mid)[\s-]+)?$",
    re.IGNORECASE,
)


def _year_sets_the_story(text: str, start: int, narrative: bool) -> bool:
    before = text[max(0, start - 40) : start]
    return bool(_STORY_YEAR_OPENING.search(before) or (not narrative and _STORY_YEAR_INSIDE.search(before)))


_RANGE_END_BEFORE = re.compile(r"(?:\d\s*[-–]|\bsince)\s*$", re.IGNORECASE)


def _year(m: re.Match[str], ctx: Context) -> Result | None:
    if m["short_year"] or m["fy_year"]:  # "fiscal '89", "FY25"
        digits = m["fy_year"] or m["short_year"][1:]
        year = _nearest_century(int(digits), ctx.speech.year)
        return Result("DATE", fmt_year(year), mentions=Point(year))
    year = parse_year(m["year"], ctx, m.end())
    # "the 1991 agreement" or the end of "1975-1976" names a year without moving the story there
    aside = (
        _ASIDE_YEAR_AFTER.match(ctx.text, m.end()) and not _year_sets_the_story(ctx.text, m.start(), ctx.narrative)
    ) or _RANGE_END_BEFORE.search(ctx.text[max(0, m.start() - 10) : m.start()])
    if aside:
        return Result("DATE", fmt_year(year), position_mod(m["pmod"]))
    return Result("DATE", fmt_year(year), position_mod(m["pmod"]), mentions=Point(year))


def _decade(m: re.Match[str], ctx: Context) -> Result | None:
    if m["decade_word"]:
        if not re.match(r"(?i)the|early|mid|late", m.group()):  # "in his eighties" is an age
            return None
        value = _latest_decade(lx.DECADE_WORDS[_norm(m["decade_word"])], ctx)
    elif m["bare_decade"]:
        value = _latest_decade(int(m["bare_decade"]), ctx)
    elif m["decade"]:
        value = m["decade"].zfill(3)
        if len(m["decade"]) == 3 and m["decade"].endswith("0") and m["decade"] < "200" and not m["era"]:
            # "the 1800s", "the early 1900s" name the century; "the 2000s" is read as the decade
            value = m["decade"][:2]
        if (m["era"] or "").upper().startswith(("BC", "B.C")):
            value = "BC" + value
    else:
        value = _latest_decade(int(m["short_decade"]), ctx)
    return Result("DATE", value, position_mod(m["pmod"], m["pmod2"]))


def _latest_decade(digit: int, ctx: Context) -> str:
    """ "the eighties", "'80s": the latest such decade that has begun by the speech time."""
    year = abs(ctx.speech.year)
    start = year // 100 * 100 + digit * 10
    if start > year:
        start -= 100
    return f"{max(start, 0) // 10:03d}"


def _century(m: re.Match[str], ctx: Context) -> Result | None:
    number = int(m["century"]) if m["century"] else lx.ORDINALS[_norm(m["century_word"])]
    if number < 1:
        return None
    era = m["era"] or ""
    prefix = "BC" if era.upper().startswith(("BC", "B.C")) else ""
    return Result("DATE", f"{prefix}{number - 1:02d}", _century_mod(m["pmod"], m["pmod2"]))


def _century_mod(*words: str | None) -> str | None:
    # "the turn of the 20th century" is its start, the years around 1900, where "the turn of the year" is its end
    if any(word and _norm(word) == "the turn of" for word in words):
        return "START"
    return position_mod(*words)


def _season(m: re.Match[str], ctx: Context) -> Result | None:
    code = lx.SEASONS[_norm(m["season"])]
    if m["year_before"]:
        year = int(m["year_before"])
    elif m["year"]:
        year = parse_year(m["year"], ctx, m.end())
    elif m["rel_year"]:
        year = _relative_year(m["rel_year"], ctx)
    elif m["short_year"]:
        year = _short_year_told(int(m["short_year"][1:]), ctx, m.start(), m.end())
    elif m["rel"] and _norm(m["rel"]) in ("past", "this past", "last"):
        # "this past summer", "last summer" are the latest one that has ended: said in October, this year's; said in
        # July, last year's (and "last winter" said in January the one before the running one).  "Last" waits for
        # the season's end on the sky's calendar: "last summer" said on 5 September is the year before's
        lag = _SEASON_SETTLED_DAYS if _norm(m["rel"]) == "last" else 0
        year = _latest_ended(code, ctx.speech, ctx.southern, lag)
    elif m["rel"] and _norm(m["rel"]) == "this" and not ctx.narrative:
        # "this winter" said in January is the running one, which began in December
        running = _running_season_year(code, _as_date(ctx.speech), ctx.southern)
        year = running if running is not None else ctx.speech.year
    elif m["rel"]:
        rel = _norm(m["rel"])
        base = ctx.last if rel in lx.ANAPHORIC else ctx.speech
        year = base.year + lx.RELATIVE_STEPS.get(rel, 0)
    else:
        anchor = ctx.speech
        year = anchor.year
        if not ctx.narrative and anchor.month is not None:
            # a season is placed as the month it begins in: past by default, the coming one after a future cue
            # ("will open a plant in the summer", said in October) or when it begins up to four months ahead
            # without a past verb ("talks resume in the fall", said in August)
            running = _running_season_year(code, _as_date(anchor), ctx.southern)
            first_month = season_months(code, ctx.southern)[0]
            year = running if running is not None else _year_for(first_month, None, ctx, m.start(), m.end())
    return Result("DATE", f"{fmt_year(year)}-{code}", position_mod(m["pmod"], m["pmod2"]), mentions=Point(year))


def _running_season_year(code: str, day: dt.date | None, southern: bool) -> int | None:
    """The year of the season of ``code`` that ``day`` falls in, if it falls in one ("the summer", said in July, is
    this summer whatever the tense; a winter said in January began the year before)."""
    if day is None:
        return None
    for year in (day.year, day.year - 1):
        first, last = interval(f"{fmt_year(year)}-{code}", southern=southern)[:2]
        if first is not None and last is not None and first <= day <= last:
            return year
    return None


# how long after its last month a season still runs on the astronomical calendar (summer ends about 22 September)
_SEASON_SETTLED_DAYS = 22


def _latest_ended(season: str, anchor: Point, southern: bool, lag: int = 0) -> int:
    """The year of the latest ``season`` that ended ``lag`` days or more before ``anchor`` (winter is named by its
    December)."""
    day = _as_date(anchor)
    if day is None:
        return anchor.year - 1
    for year in (anchor.year, anchor.year - 1):
        latest = interval(f"{fmt_year(year)}-{season}", southern=southern)[1]
        if latest is not None and latest + dt.timedelta(days=lag) < day:
            return year
    return anchor.year - 2


_ORDINAL_PARTS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


# "after a flat second quarter": an indefinite quarter (the article may carry one adjective); in "a third-quarter
# loss" the article belongs to the loss
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|one)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


# "the second half of March", "the first half of the game", "the second half of the 1990s", "the last quarter of
# the 19th century", "the second half of his term": a part of something other than a year ("the third quarter of
# $2 million" is a quarter's figure, "the first half of the fiscal year" and "of its fiscal year" a year's half)
_OF_AFTER = re.compile(
    r"\s+of\s+(?:(?:" + "|".join(sorted(lx.MONTHS, key=len, reverse=True)) + r")\b|the\s+(?!(?:fiscal|financial|"
    r"calendar|current|new|same|previous|next|coming|following|last|this|latest|year)\b)[a-z]|the\s+['’]?\d+['’]?s\b"
    r"|the\s+\d+(?:st|nd|rd|th)\b|(?:this|the|next|last|that)\s+(?:decade|century)\b"
    r"|(?:his|her|its|their|our|my|your)\s+(?!(?:fiscal|financial|calendar|current|next|latest|year)\b))",
    re.IGNORECASE,
)


# "scored twice in the second half", "both goals came in the first half": a half of a match, not of a year (round
# twelve, own wire-style probes); a word of the game anywhere in the sentence tells it
_MATCH_WORD = re.compile(
    r"\b(?:scor(?:e|es|ed|ing)|goals?|penalt(?:y|ies)|half-?time|kick-?off|substitutes?|equali[sz](?:ed|er|ing)|"
    r"touchdowns?|header|striker|midfielder|referee|free[\s-]kick|red\s+card|yellow\s+card)\b",
    re.IGNORECASE,
)


def _half_of_a_match(m: re.Match[str], ctx: Context) -> bool:
    text = ctx.text
    starts = [found.end() for found in SENTENCE_BREAK.finditer(text, max(0, m.start() - 300), m.start())]
    after = SENTENCE_BREAK.search(text, m.end(), m.end() + 300)
    sentence = text[starts[-1] if starts else max(0, m.start() - 300) : after.start() if after else m.end() + 300]
    return _MATCH_WORD.search(sentence) is not None


def _quarter(m: re.Match[str], ctx: Context) -> Result | None:
    if _OF_AFTER.match(ctx.text, m.end()):
        return None
    named_year = m["year"] or m["year3"] or m["fy_of"] or m["rel_year"] or m["the_year"]
    if _norm(m["unit"] or "") == "half" and m["ordinal"] and not named_year and _half_of_a_match(m, ctx):
        return None
    if _norm(m["rel"] or "") == "this" and _norm(m["unit"] or "") == "quarter" and not named_year:
        reported = _reported_quarter(m, ctx)
        if reported is not None:
            return reported
    rel = _norm(m["rel"] or "")
    if _norm(m["unit"] or "") == "quarter" and not named_year and rel in lx.ANAPHORIC:
        # a comparison, not a new topic: the quarter under discussion stays the one reported on
        beside = _quarter_next_to_reported(lx.RELATIVE_STEPS.get(rel, 0), True, ctx)
        if beside is not None:
            return replace(beside, mod=position_mod(m["pmod"]))
    result = _named_quarter(m, ctx)
    if result is None or ctx.narrative:
        return result
    return _as_topic(result, m, ctx, bool(m["year"] or m["year2"] or m["year3"] or m["fy_of"]))


def _as_topic(result: Result, m: re.Match[str], ctx: Context, year_given: bool) -> Result:
    """The quarter a report is about, which "the quarter" and "a year earlier" point back at, is named without
    another year; "the third quarter of 1984" or "after a flat second quarter" is an aside."""
    indefinite = "-" not in m.group() and _INDEFINITE_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    aside = (year_given and not result.value.startswith(fmt_year(ctx.speech.year))) or indefinite
    # results are reported for a quarter that has begun (a fiscal quarter may end later than the calendar's):
    # one still ahead, or not yet over and looked forward to, is an outlook
    first, last, _ = interval(result.value)
    dct = _as_date(ctx.dct)
    if first is None or last is None or dct is None or first > dct or (last >= dct and ctx.future_cue(m.start())):
        aside = True
    return result if aside else replace(result, topic_quarter=True)


def _named_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    if m["qnum"]:
        number = int(m["qnum"])
        if m["year2"]:
            return Result("DATE", _quarter_value(parse_year(m["year2"], ctx, m.end()), number))
        return Result("DATE", f"{fmt_year(_latest_begun(number, 4, ctx, m))}-Q{number}")
    half = _norm(m["unit"]) == "half"
    parts = 2 if half else 4
    letter = "H" if half else "Q"
    if m["year"] or m["year3"]:
        year: int | None = parse_year(m["year"] or m["year3"], ctx, m.end())
    elif m["fy_of"]:
        year = _nearest_century(int(m["fy_of"]), ctx.speech.year)
    elif m["rel_year"]:
        year = _relative_year(m["rel_year"], ctx)
    elif m["the_year"]:
        year = ctx.speech.year
    else:
        year = None
    if m["ordinal"]:
        word = _norm(m["ordinal"])
        number = parts if word in ("final", "latter") else _ORDINAL_PARTS[word]
        if number > parts:
            return None
        if year is None:
            year = _latest_begun(number, parts, ctx, m)
        return Result("DATE", f"{fmt_year(year)}-{letter}{number}", position_mod(m["pmod"]))
    rel = _norm(m["rel"])
    if year is not None and rel == "last":
        return Result("DATE", f"{fmt_year(year)}-{letter}{parts}", position_mod(m["pmod"]))
    anchor = ctx.last if rel in lx.ANAPHORIC else ctx.speech
    if anchor.month is None:
        return None
    index = anchor.year * parts + (anchor.month - 1) * parts // 12 + lx.RELATIVE_STEPS.get(rel, 0)
    return Result("DATE", f"{fmt_year(index // parts)}-{letter}{index % parts + 1}", position_mod(m["pmod"]))


def _latest_begun(number: int, parts: int, ctx: Context, m: re.Match[str]) -> int:
    """The year of a quarter or half named without one: the latest that has begun, unless the verb looks ahead."""
    anchor = ctx.speech
    current = ((anchor.month or 1) - 1) * parts // 12 + 1
    if not ctx.narrative and number > current and ctx.tense(m.start(), m.end()) != "future":
        return anchor.year - 1
    return anchor.year


def _quarter_value(year: int, quarter: int) -> str:
    return f"{fmt_year(year)}-Q{quarter}"


def _year_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the 1988 second quarter", "the 1988 quarter", "the year-ago quarter", "next year's first quarter":
    a named year's quarter, by default the quarter under discussion."""
    if m["year"]:
        year = int(m["year"])
    elif m["rel_year"]:
        year = ctx.speech.year + lx.RELATIVE_STEPS[_norm(m["rel_year"])]
    else:  # year-ago / year-earlier
        if ctx.last_quarter is None and not m["ordinal"]:
            if ctx.quarter_named is not None and _norm(m["unit"]) == "quarter" and not ctx.narrative:
                # "a loss for the quarter ended Dec. 31, against a profit in the year-ago quarter": that quarter
                # a year before, though the text never made it the report's topic
                return Result("DATE", _quarter_value(ctx.quarter_named[0] - 1, ctx.quarter_named[1]))
            return Result("DATE", fmt_year(ctx.speech.year - 1))
        year = (ctx.last_quarter[0] if ctx.last_quarter else ctx.speech.year) - 1
    unit = _norm(m["unit"])
    if m["ordinal"]:
        number = _ORDINAL_PARTS[_norm(m["ordinal"])]
        if unit == "half":
            return Result("DATE", f"{fmt_year(year)}-H{number}") if number <= 2 else None
        named = Result("DATE", _quarter_value(year, number))
        # "this year's third quarter" names the quarter a report is about
        return _as_topic(named, m, ctx, True) if m["rel_year"] and not ctx.narrative else named
    if unit == "half":
        return None
    if ctx.last_quarter is None or (ctx.year_to_date and unit == "period"):
        return Result("DATE", fmt_year(year)) if unit == "period" else Result("DATE", f"{fmt_year(year)}-QX")
    return Result("DATE", _quarter_value(year, ctx.last_quarter[1]))


_FINANCE_NEAR = re.compile(
    r"\b(?:profits?|revenues?|earnings|sales|net|income|loss(?:es)?|results|shares?|dividends?|growth|GDP|"
    r"economy|output|margins?|orders|deliveries|reported|posted)\b",
    re.IGNORECASE,
)


# "the quarter ended Sept. 30", "the quarter ending in December", "the quarter to June 30", "the quarter through
# March": the end names the quarter on the calendar
_QUARTER_END_AFTER = re.compile(
    r"\s+(?:ended|ending|that\s+ended|which\s+ended|to|through)\s+(?:in\s+)?(?P<month>"
    + "|".join(sorted(lx.MONTHS, key=len, reverse=True))
    + r")\b\.?(?:\s+(?P<day>\d{1,2})\b)?",
    re.IGNORECASE,
)


def quarter_ended_after(ctx: Context, end: int) -> tuple[int, int] | None:
    """The calendar quarter (year, number) that "ended Sept. 30" or "to June 30" right after ``end`` closes, when
    the month closes one."""
    ended = _QUARTER_END_AFTER.match(ctx.text, end)
    if ended is None:
        return None
    month = _month(ended["month"])
    if month % 3:
        return None
    day = int(ended["day"]) if ended["day"] else None
    return _year_for(month, day, ctx, ended.start("month"), ended.end()), month // 3


def _the_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the quarter" is the one last named; "the quarter ended Sept. 30" the calendar quarter that ends then."""
    ended = _QUARTER_END_AFTER.match(ctx.text, m.end()) if m.group().lower().endswith("quarter") else None
    if ended is not None and not ctx.narrative:
        month = _month(ended["month"])
        day = int(ended["day"]) if ended["day"] else None
        year = _year_for(month, day, ctx, ended.start("month"), ended.end())
        # the calendar quarter; a fiscal one named before ("the fiscal first quarter") stays the quarter under
        # discussion, as annotators keep its label for "the quarter" and "the 1988 period" after it
        calendar = (month - 1) // 3 + 1
        named = ctx.last_quarter
        if named is not None and named[0] == year and named[1] != calendar and _fiscal_clash_unnumbered():
            # the fiscal label and the calendar disagree on the number (fiscal first quarter ended Sept. 30)
            return Result("DATE", f"{fmt_year(year)}-QX")
        return Result("DATE", _quarter_value(year, calendar))
    if ctx.last_quarter is not None:
        return Result("DATE", _quarter_value(*ctx.last_quarter))
    anchor = ctx.speech
    if ctx.narrative or anchor.month is None or not m.group().lower().startswith("the"):
        return None
    if not _FINANCE_NEAR.search(ctx.text, max(0, m.start() - 120), m.end() + 120):
        return None  # "residents of the quarter": a district, not a fiscal period
    # results are reported once a quarter is over: the latest quarter that has ended, which then is the quarter
    # under discussion ("net income for the quarter ... in the year-ago quarter"; round twelve, own probes)
    index = anchor.year * 4 + (anchor.month - 1) // 3 - 1
    return Result("DATE", _quarter_value(index // 4, index % 4 + 1), topic_quarter=True)


def _fiscal_clash_unnumbered() -> bool:
    """Whether "the quarter ended Sept. 30" after a fiscal quarter of another number is written ``YYYY-QX`` rather
    than as the calendar quarter: the outcome the tbaq dev part gives most often (``learned_values.tsv``, row
    ``quarter_ended_clash``), the calendar quarter on a tie."""
    counts = lx.learned_values().get(("quarter_ended_clash", "fiscal"), Counter[str]())
    return counts["unnumbered"] > max(counts["calendar"], counts["fiscal"], counts["other"])


def _two_year_period(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the 2013-14 fiscal year", "fiscal 2012-13" is the fiscal year named by the year it ends in (as "fiscal 2014"
    names it); "the winter of 2011-12" is the season named by the year it begins in (as a winter is by its
    December).  Two years that do not follow each other are no such year."""
    first_text, second_text = m["y1"] or m["fy1"] or m["sy1"], m["y2"] or m["fy2"] or m["sy2"]
    first = int(first_text)
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second != first + 1 and not (len(second_text) == 2 and second == first + 1 - 100):
        return None
    if m["season"]:
        value = f"{fmt_year(first)}-{lx.SEASONS[_norm(m['season'])]}"
        return Result("DATE", value, mentions=Point(first))
    return Result("DATE", fmt_year(first + 1), mentions=Point(first + 1))


def _full_year(m: re.Match[str], ctx: Context) -> Result | None:
    """ "results for the full year": the year under discussion, a calendar year rather than a length; "the full
    year 2007" names it."""
    return Result("DATE", fmt_year(int(m["year"]) if m["year"] else ctx.last.year))


# "the week ended May 9", "the week to June 6", "the week through Friday, June 13": the day the week ends on
_WEEK_END_AFTER = re.compile(
    r"\s+(?:ended|ending|that\s+ended|to|through)\s+(?:"
    + WEEKDAY
    + r"\s*,?\s+)?(?P<month>"
    + "|".join(sorted(lx.MONTHS, key=len, reverse=True))
    + r")\b\.?\s+(?P<day>\d{1,2})\b",
    re.IGNORECASE,
)


def _the_week(m: re.Match[str], ctx: Context) -> Result | None:
    """ "For the week, the index fell", "the week's busiest session": a week of the report that the text does not
    pin down (the tbaq dev part writes it YYYY-WXX 3 times in 3).  "the week ended May 9" is the week that ends
    then, as "the quarter ended Sept. 30" is that quarter: the ISO week holding the day."""
    ended = _WEEK_END_AFTER.match(ctx.text, m.end())
    if ended is not None:
        month, day = _month(ended["month"]), int(ended["day"])
        year = _year_for(month, day, ctx, ended.start("month"), ended.end())
        week = iso_week(Point(year, month, day)) if _valid_day(year, month, day) else None
        return Result("DATE", week) if week else None
    if ctx.narrative:
        return None
    return Result("DATE", f"{fmt_year(ctx.speech.year)}-WXX")


def _year_ended(m: re.Match[str], ctx: Context) -> Result | None:
    """ "for the year ended March 31": a twelve-month accounting period, a length rather than a calendar year
    (TimeBank marks it P1Y 4 times in 5 in the dev part)."""
    return Result("DURATION", "P1Y")


def _year_end(m: re.Match[str], ctx: Context) -> Result | None:
    """ "by year-end", "around year end": the last day of the speech time's year; "since year-end" looks back
    to the end of the year before."""
    since = _SINCE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) is not None
    year = ctx.speech.year - (1 if since else 0)
    point = Point(year, 12, 31)
    return Result("DATE", fmt_point(point), mentions=point)


def _period_year_back(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the corresponding period last year", "the quarter a year ago": the quarter under discussion, a year
    before; without one, the year before the speech time.  "the same month last year" is the month last named (else
    the speech time's), a year before; the same for a week or a day."""
    if m["unit"]:
        return _same_unit_year_back(_norm(m["unit"]), ctx)
    return _quarter_years_back(ctx, 1) or Result("DATE", fmt_year(ctx.speech.year - 1))


def _same_unit_year_back(unit: str, ctx: Context) -> Result | None:
    base = ctx.last if ctx.last.month is not None and (unit == "month" or ctx.last.day is not None) else ctx.speech
    if base.month is None:
        return None
    if unit == "month":
        point = Point(base.year - 1, base.month)
        return Result("DATE", fmt_point(point))
    if base.day is None:
        return None
    if unit == "week":
        week = iso_week(base, -52)  # the same week of the year before: 52 weeks back
        return Result("DATE", week) if week else None
    if not _valid_day(base.year - 1, base.month, base.day):
        return None  # February 29 has no same day a year before
    return Result("DATE", fmt_point(Point(base.year - 1, base.month, base.day)))


# a sentence ends at a full stop, a question or exclamation mark (a closing quote may follow) before a capital or
# an opening quote, or at a new line
SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])|\n")


def _month_years_back(ctx: Context, years: int, start: int) -> Result | None:
    """ "Home sales in January fell 12 percent from a year earlier": in news a month named earlier in the same
    sentence is what "a year earlier/ago" compares with, as a named quarter is (round twelve, timex_news3 class)."""
    last = ctx.last
    if ctx.narrative or years != 1 or last.month is None or last.day is not None or ctx.last_end < 0:
        return None
    if SENTENCE_BREAK.search(ctx.text, ctx.last_end, start):
        return None  # the month is another sentence's
    return Result("DATE", fmt_point(Point(last.year - years, last.month)))


def _quarter_years_back(ctx: Context, years: int) -> Result | None:
    """In business news "a year earlier" next to a named quarter is that quarter a year before."""
    if ctx.narrative or ctx.last_quarter is None or ctx.year_to_date:
        return None
    year, quarter = ctx.last_quarter
    if ctx.unnumbered_quarter:
        return Result("DATE", f"{fmt_year(year - years)}-QX")
    return Result("DATE", _quarter_value(year - years, quarter))


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n == 0:  # US Election Day: the Tuesday after the first Monday
        return _nth_weekday(year, month, 1, 1) + dt.timedelta(days=1)
    if n < 0:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def _floating_holiday(m: re.Match[str], ctx: Context) -> Result | None:
    if m["easter"]:
        return _easter_day(m, ctx)
    if m["after_thanksgiving"]:
        # "Black Friday", "Cyber Monday": counted in days from Thanksgiving, whose year is chosen as for Thanksgiving
        month, weekday, n = lx.FLOATING_HOLIDAYS["thanksgiving"]
        days_after = lx.THANKSGIVING_DAYS[m["after_thanksgiving"]]
    else:
        if _another_nations_day(_norm(m["holiday"]), ctx, m.start("holiday")):
            return None
        month, weekday, n = lx.FLOATING_HOLIDAYS[_norm(m["holiday"])]
        days_after = 0

    def day_in(year: int) -> dt.date:
        return _nth_weekday(year, month, weekday, n) + dt.timedelta(days=days_after)

    rel = _norm(m["rel"]) if m["rel"] else ""
    speech = _as_date(ctx.speech)
    if m["year"]:
        year = parse_year(m["year"], ctx, m.end())
    elif speech is None:
        year = ctx.speech.year
    elif (by_rel := _year_named_by_rel(rel, speech, day_in)) is not None:
        year = by_rel
    else:
        # the day it falls on this year tells whether it is still ahead ("On Memorial Day they marched" in May)
        this_year = _nth_weekday(speech.year, month, weekday, n).day if 1 <= speech.year <= 9999 else None
        year = _year_for(month, this_year, ctx, m.start(), m.end())
    if not 1 <= year <= 9999:
        return None
    point = _point(day_in(year))
    return Result("DATE", fmt_point(point), mentions=point)


def _year_named_by_rel(rel: str, speech: dt.date, day_in: Callable[[int], dt.date]) -> int | None:
    """The year of a day that comes once a year named "last" (the latest before the speech day) or "next" (the first
    after it); None for any other word."""
    if rel in ("last", "past"):
        return speech.year if day_in(speech.year) < speech else speech.year - 1
    if rel in ("next", "coming"):
        return speech.year if day_in(speech.year) > speech else speech.year + 1
    return None


def _easter_day(m: re.Match[str], ctx: Context) -> Result | None:
    """ "before Easter", "on Good Friday", "Orthodox Easter": the day counted from Easter Sunday of the year the
    tense gives, as a month and day would take it (python-dateutil's Western or Orthodox computus)."""
    from dateutil.easter import easter

    days_after, method = lx.EASTER_DAYS[m["easter"]]

    def day_in(year: int) -> dt.date:
        return easter(year, method) + dt.timedelta(days=days_after)

    return _yearly_day(m, ctx, day_in)


def _learned_holiday(m: re.Match[str], ctx: Context) -> Result | None:
    """ "Eid al-Fitr", "Lunar New Year", "Anzac Day": a day from the `holidays` package's tables, in the year the
    tense gives; a movable feast in a year the tables do not settle (countries keep it days apart) is no day."""
    days = lx.LEARNED_HOLIDAYS[re.sub(r"\s+", " ", m["feast"]).replace("’", "'")]

    def day_in(year: int) -> dt.date:
        month, day = days["*"] if "*" in days else days[str(year)]  # KeyError: no day that year, no value
        return dt.date(year, month, day)

    return _yearly_day(m, ctx, day_in)


def _yearly_day(m: re.Match[str], ctx: Context, day_in: Callable[[int], dt.date]) -> Result | None:
    """A day that comes once a year, in the year written, named by "last"/"next", or that the tense gives, as a
    month and day would take it."""
    speech = _as_date(ctx.speech)
    rel = _norm(m["rel"]) if m["rel"] else ""
    if m["year"]:
        year = parse_year(m["year"], ctx, m.end())
    elif speech is None or not 2 <= speech.year <= 9998:
        return None
    elif (by_rel := _year_named_by_rel(rel, speech, day_in)) is not None:
        year = by_rel
    else:
        this_year = day_in(speech.year)
        tense = ctx.tense(m.start(), m.end())
        if tense == "past" and not _just_ahead_of(this_year, speech, m.start(), ctx):
            # "shops closed on Good Friday" two days before it: last year's (a month's own later day would stay)
            year = speech.year if this_year <= speech else speech.year - 1
        elif tense == "future":
            year = speech.year if this_year >= speech else speech.year + 1
        else:
            year = _year_for(this_year.month, this_year.day, ctx, m.start(), m.end())
    if not 1 <= year <= 9999:
        return None
    point = _point(day_in(year))
    return Result("DATE", fmt_point(point), mentions=point)


_BEFORE_A_DAY = re.compile(r"\b(?:before|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
_DAYS_JUST_AHEAD = 45


def _just_ahead_of(day: dt.date, speech: dt.date, start: int, ctx: Context) -> bool:
    """ "Millions travelled home before Lunar New Year", "prices rose ahead of Easter" said weeks before it: what was
    done in the past led up to this year's feast, still to come."""
    if not 0 < (day - speech).days <= _DAYS_JUST_AHEAD:
        return False
    before = ctx.text[max(0, start - 40) : start]
    return _BEFORE_A_DAY.search(before) is not None or _LEAD_UP_TO_DAY.search(before) is not None


def _weekend(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the weekend" is the latest one begun (news reports on it afterwards); "next weekend" the coming one."""
    speech = _as_date(ctx.speech)
    if speech is None:
        return Result("DATE", "XXXX-WXX-WE")
    rel = _norm(m["rel"])
    on_weekend = speech.isoweekday() >= 6
    if rel in ("next", "coming"):
        step = 1
    elif rel == "this":
        step = 0
    elif rel in ("last", "past"):
        step = -1
    else:
        step = 0 if on_weekend or (not ctx.narrative and _weekend_ahead(m, ctx)) else -1
    week = iso_week(ctx.speech, step)
    return Result("DATE", f"{week}-WE") if week else None


def _weekend_ahead(m: re.Match[str], ctx: Context) -> bool:
    """A weekend named midweek lies ahead when its clause looks ahead: a firm future cue, or any future the tense
    of the clause shows ("may not be restored until the weekend", "forecasters expect rain over the weekend",
    "hope to reopen by the weekend"); told in the past it is the one before ("was cancelled at the weekend")."""
    return ctx.firm_future_cue(m.start()) or ctx.tense(m.start(), m.end()) == "future"


def _day_unknown(base: Point, step: int) -> str:
    """A day counted from a point whose day is unknown: keep what is known of its year and month."""
    if step == 0 and base.month is not None:
        return f"{fmt_point(Point(base.year, base.month))}-XX"
    return f"{fmt_year(base.year)}-XX-XX"


def ahead_of_the_dct(point: Point, ctx: Context) -> bool:
    if point.month is None:
        return point.year > ctx.dct.year
    return (point.year, point.month, point.day or 0) > (ctx.dct.year, ctx.dct.month or 0, ctx.dct.day or 0)


def _counts_from_the_story(anaphoric: bool, step: int, base: Point, m: re.Match[str], ctx: Context) -> bool:
    """ "adjourned it to September. The men were released the following morning", "It will meet again on May 12. The
    session closed at 4 p.m. of the same day": a time still to come is a plan told inside the story, not a time it
    has moved to, so the day counts from the last day the story told."""
    if not anaphoric or not ahead_of_the_dct(base, ctx):
        return False
    return bool(step and base.day is None) or ctx.tense(m.start(), m.end()) == "past"


def _relative_unit(m: re.Match[str], ctx: Context) -> Result | None:
    rel = _norm(m["rel"])
    unit = _norm(m["unit"])
    mod = position_mod(m["pmod"])
    if rel in ("past", "coming", "recent") and unit in lx.UNITS and m["the"]:
        return _duration_value(1.0, unit, mod)
    if (
        rel == "last"
        and unit == "decade"
        and m["the"]
        and _SPAN_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    ):
        return _duration_value(1.0, unit, mod)
    step = lx.RELATIVE_STEPS.get(rel, 0)
    # "next week" counts from the speech time, "the next day" from the day the text last named
    anaphoric = rel in lx.ANAPHORIC or (rel == "next" and _norm(m["the"] or "") == "the")
    base = ctx.last if anaphoric else ctx.speech
    if anaphoric and not step and unit == "day" and not ctx.mentioned:
        # "that day has come", "trades made that day" with no day named before: the day is one the reader knows
        # from the story, not a calendar day, so there is no value to give it (tbaq dev: 2 of 2 such left untagged)
        return None
    if _counts_from_the_story(anaphoric, step, base, m, ctx) and ctx.last_told_day is not None:
        base = ctx.last_told_day
    if anaphoric and step and base.day is None and (unit == "day" or unit in lx.DAY_PARTS):
        # "the next day" after "in 2019": no day to count from, so it stays a day after the event, for the
        # extractor to anchor, rather than a day of the DCT or a guessed day of 2019
        return _duration_value(1.0, "day", mod, "after" if step > 0 else "before")
    if m["month"]:
        month = _month(m["month"])
        year = parse_year(m["year"], ctx, m.end()) if m["year"] else _year_for(month, None, ctx, m.start())
        point = Point(year, month)
        return Result("DATE", fmt_point(point), "END" if rel == "last" else mod, mentions=point)
    if unit in lx.DAY_PARTS:
        day = shift_days(base, step)
        if day is None:
            return Result("TIME", f"XXXX-XX-XXT{lx.DAY_PARTS[unit]}")
        return Result("TIME", f"{fmt_point(day)}T{lx.DAY_PARTS[unit]}", mod, mentions=day)
    if unit == "day":
        day = shift_days(base, step)
        return Result("DATE", fmt_point(day), mod, mentions=day) if day else Result("DATE", _day_unknown(base, step))
    if unit == "weekend" and rel == "this" and _weekend_just_past(m, ctx):
        step = -1
    if unit in ("week", "fortnight", "weekend"):
        week = iso_week(base, step)
        if week is None:
            return Result("DATE", "XXXX-WXX")
        return Result("DATE", week + ("-WE" if unit == "weekend" else ""), mod)
    if unit == "month":
        if anaphoric and not step and base.month is None and ctx.last_month is not None:
            base = ctx.last_month
        month_point = shift_months(base, step)
        if month_point is None:
            return Result("DATE", "XXXX-XX")
        return Result("DATE", fmt_point(month_point), mod, mentions=month_point)
    if unit == "quarter":
        if _norm(m.group()).startswith("that ") and ctx.quarter_named is not None:
            # "Results for that quarter included a charge": the quarter last named, not the DCT's
            year, number = ctx.quarter_named
            return Result("DATE", _quarter_value(year, number), mod)
        reported = _quarter_next_to_reported(step, anaphoric, ctx)
        if reported is not None:
            return reported
        if base.month is None:
            return None
        index = base.year * 4 + (base.month - 1) // 3 + step
        return Result("DATE", f"{fmt_year(index // 4)}-Q{index % 4 + 1}", mod)
    if unit == "year":
        year = base.year + step
        return Result("DATE", fmt_year(year), mod, mentions=Point(year))
    if unit == "decade":
        return Result("DATE", fmt_year(base.year + 10 * step)[:-1], mod)
    if unit == "century":
        return Result("DATE", fmt_year(base.year + 100 * step)[:-2], mod)
    return None


def _weekend_just_past(m: re.Match[str], ctx: Context) -> bool:
    """ "Thousands of runners gathered in the city this weekend", said on a Monday: told in the past early in the
    week, "this weekend" is the one just over, not the coming one (round twelve, own wire-style probes)."""
    if ctx.narrative or ctx.dct.day is None:
        return False
    weekday = dt.date(ctx.dct.year, ctx.dct.month or 1, ctx.dct.day).isoweekday()
    return weekday <= 3 and ctx.tense(m.start(), m.end()) == "past"


def _quarter_next_to_reported(step: int, anaphoric: bool, ctx: Context) -> Result | None:
    """ "Net income rose in the fourth quarter, up from the previous quarter": in a report on a named quarter, "the
    previous/prior/preceding quarter" and "the following quarter" count from that quarter, not from the DCT's (round
    twelve, timex_news3 class); with no quarter named they keep counting from the DCT."""
    if ctx.narrative or not anaphoric or not step or ctx.last_quarter is None:
        return None
    year, number = ctx.last_quarter
    index = year * 4 + number - 1 + step
    return Result("DATE", _quarter_value(index // 4, index % 4 + 1))


def _reported_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    """ "Revenue for the third quarter rose ... This quarter's gain came from ...": in a report on a quarter that has
    ended, "this quarter" told in the past or with a possessive is the quarter reported on (tbaq dev part 1 of 1),
    not the one the DCT falls in; looking ahead ("expects this quarter to be weaker") it stays the current one."""
    if ctx.narrative or ctx.last_quarter is None or ctx.dct.month is None:
        return None
    year, number = ctx.last_quarter
    if (year, number) >= (ctx.dct.year, (ctx.dct.month - 1) // 3 + 1):
        return None
    if not (_POSSESSIVE_AFTER.match(ctx.text, m.end()) or ctx.tense(m.start(), m.end()) == "past"):
        return None
    return Result("DATE", _quarter_value(year, number))


# "over the last decade", "during the last decade": the ten years up to now, a length like "the past decade" (tbaq
# dev part: "over the past decade" P10Y; "in the last decade" is the decade before, 198 in 1998)
_SPAN_PREPOSITION_BEFORE = re.compile(r"\b(?:over|during|throughout|across)\s+$", re.IGNORECASE)


def _unit_containing(base: Point, unit: str, mod: str | None) -> Result | None:
    """The year, month, week, day, decade or century that ``base`` falls in."""
    if unit == "year":
        return Result("DATE", fmt_year(base.year), mod)
    if unit == "month":
        return Result("DATE", fmt_point(Point(base.year, base.month)), mod) if base.month else None
    if unit == "week":
        week = iso_week(base)
        return Result("DATE", week, mod) if week else None
    if unit == "day":
        return Result("DATE", fmt_point(base), mod) if base.day else None
    if unit == "decade":
        return Result("DATE", fmt_year(base.year)[:-1], mod)
    return Result("DATE", fmt_year(base.year)[:-2], mod)


def _news_skips_part_of_unit(m: re.Match[str], ctx: Context) -> bool:
    """ "later in the day", "early in the week": news annotators leave the phrase of this unit untagged in most
    uses when the tbaq dev part says so (``learned_words.tsv`` rows "EARLY/LATE in the UNIT")."""
    if ctx.narrative:
        return False
    found = lx.PART_OF_UNIT.fullmatch(m.group())
    if found is None:
        return False
    learned = lx.learned_words().get(lx.part_of_unit_row(found["unit"]))
    return learned is not None and learned.rarely_marked()


def _position_of_unit(m: re.Match[str], ctx: Context) -> Result | None:
    """Part of the unit holding the speech time: "the beginning of the year", "mid-month" (in news the
    DCT's year or month, in narratives the last mentioned date's)."""
    if _news_skips_part_of_unit(m, ctx):
        return None
    unit = _norm(m["unit"])
    if unit == "century" and _century_mod(m["pmod"]) == "START" and ctx.speech.year > 0:
        # "the turn of the century": the hundred nearest the speech time ("by the turn of the century" said in 1998
        # is 2000, said in 2014 too)
        return Result("DATE", f"{(ctx.speech.year + 50) // 100:02d}", "START")
    return _unit_containing(ctx.speech, unit, position_mod(m["pmod"]))


def _unit_end(m: re.Match[str], ctx: Context) -> Result | None:
    """The end or a later part of the speech time's unit: "month's end", "later in the year"."""
    if _news_skips_part_of_unit(m, ctx):
        return None
    return _unit_containing(ctx.speech, _norm(m["unit"] or m["unit2"]), position_mod(m["pmod"]) or "END")


def _day_range_head(m: re.Match[str], ctx: Context) -> Result | None:
    month = _month(m["month"])
    day = _leading_number(m["day"])
    year = parse_year(m["year"], ctx, m.end()) if m["year"] else _year_for(month, day, ctx, m.start())
    if not _valid_day(year, month, day):
        return None
    point = Point(year, month, day)
    return Result("DATE", fmt_point(point), mentions=point)


def _day_range_tail(m: re.Match[str], ctx: Context) -> Result | None:
    day = _leading_number(m["day"])
    last = ctx.last
    year = parse_year(m["year"], ctx, m.end()) if m["year"] else last.year
    if last.month is None or not _valid_day(year, last.month, day):
        return None
    point = Point(year, last.month, day)
    return Result("DATE", fmt_point(point), mentions=point)


def _short_year(m: re.Match[str], ctx: Context) -> Result | None:
    """'99 takes the century that puts it nearest the anchor year."""
    anchor = ctx.speech.year
    if anchor < 100:
        return None
    year = _short_year_told(int(m["short_year"]), ctx, m.start(), m.end())
    return Result("DATE", fmt_year(year), mentions=Point(year))


def _range_short_year(m: re.Match[str], ctx: Context) -> Result | None:
    """The "99" of "1998-99" is in the first year's century, or the next one after "1999-00"; like the end
    of "1975-1976" it names a year without moving the story there."""
    first = int(m["first"])
    year = first // 100 * 100 + int(m["short_year"])
    if year < first:
        year += 100
    return Result("DATE", fmt_year(year))


def _short_year_told(two_digits: int, ctx: Context, start: int, end: int) -> int:
    """The century nearest the speech time, unless that puts a year told in the past tense ahead of it: "formed
    his trio in '51" (said in 2012) is 1951, not 2051 (round thirteen, timex_news4 class)."""
    year = _nearest_century(two_digits, ctx.speech.year)
    if year > ctx.speech.year and ctx.tense(start, end) == "past":
        return year - 100
    return year


def _nearest_century(two_digits: int, anchor: int) -> int:
    """'95 is the year ending in 95 nearest the anchor year."""
    return min((c * 100 + two_digits for c in (anchor // 100 - 1, anchor // 100)), key=lambda y: abs(y - anchor))


# "Oct. 12, the day before the plunge", "on Monday, the day after the vote": a day named just before, in apposition
_DAY_APPOSITION_BEFORE = re.compile(r"(?:\b\d{1,2}|\b\d{4}|day)\s*,\s*$", re.IGNORECASE)


def _day_before_after(m: re.Match[str], ctx: Context) -> Result | None:
    step = 1 if _norm(m["dir"]) == "after" else -1
    unit = _norm(m["unit"])
    apposition = _DAY_APPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    if unit == "day" and apposition and ctx.last.day is not None and ctx.mentioned:
        # the apposition describes the day just named rather than counting from it
        return Result("DATE", fmt_point(ctx.last))
    if unit == "day":
        day = shift_days(ctx.last, step)
        return Result("DATE", fmt_point(day), mentions=day) if day else Result("DATE", _day_unknown(ctx.last, step))
    if unit == "week":
        return Result("DATE", iso_week(ctx.last, step) or "XXXX-WXX")
    if unit == "month":
        point = shift_months(ctx.last, step)
        return Result("DATE", fmt_point(point) if point else "XXXX-XX")
    return Result("DATE", fmt_year(ctx.last.year + step), mentions=Point(ctx.last.year + step))


# unit -> (next smaller TIMEX3 letter, how many of it in one unit, whether it is a time-part letter)
_FRACTION_UNITS: dict[str, tuple[str, int, bool]] = {
    "year": ("M", 12, False),
    "month": ("D", 30, False),
    "day": ("H", 24, True),
    "hour": ("M", 60, True),
    "minute": ("S", 60, True),
}


_YEARS_IN = {"decade": 10, "century": 100, "millennium": 1000}


def _duration_value(number: float | None, unit: str, mod: str | None, relation: str | None = None) -> Result:
    letter, is_time = lx.UNITS[unit]
    if number is not None and not number.is_integer() and unit == "week":
        return Result("DURATION", f"P{int(number * 7 + 0.5)}D", mod, relation)
    if number is not None and not number.is_integer() and unit in _YEARS_IN:
        # "half a century" is P50Y, "two and a half decades" P25Y
        return Result("DURATION", f"P{round(number * _YEARS_IN[unit])}Y", mod, relation)
    if number is not None and not number.is_integer() and unit in _FRACTION_UNITS:
        # "five and a half years" is P5Y6M, "a minute and a half" PT1M30S: the rest in the next smaller unit
        smaller, factor, smaller_is_time = _FRACTION_UNITS[unit]
        whole, rest = int(number), round((number - int(number)) * factor)
        parts = f"{whole}{letter}" if whole else ""
        if is_time:
            value = f"PT{parts}{rest}{smaller}"
        elif smaller_is_time:
            value = f"P{parts}T{rest}{smaller}"
        else:
            value = f"P{parts}{rest}{smaller}"
        return Result("DURATION", value, mod, relation)
    if number is not None and not number.is_integer():
        number = round(number)
    count: str
    if unit == "decade":
        letter, count = "Y", "X" if number is None else str(int(number) * 10)
    elif unit == "fortnight":
        letter, count = "W", "X" if number is None else str(int(number) * 2)
    elif unit == "season":
        letter, count = "M", "X" if number is None else str(int(number) * 3)
    else:
        count = "X" if number is None else str(int(number))
    value = f"PT{count}{letter}" if is_time else f"P{count}{letter}"
    return Result("DURATION", value, mod, relation)


def _quantity_mod(word: str | None) -> str | None:
    return lx.QUANTITY_MODS.get(_norm(word)) or None if word else None


def _ago_to_the_day(number: float | None, unit: str, day_word: str, ctx: Context) -> Result | None:
    """ "A week ago today", "two months ago yesterday": the day that many units before today (or yesterday), not
    the week or month the count alone names."""
    start = _as_date(ctx.dct)
    if start is None or number is None or not number.is_integer():
        return None
    if day_word == "yesterday":
        start -= dt.timedelta(days=1)
    n = int(number)
    if unit in ("day", "night", "week", "fortnight"):
        day: Point | None = _point(start - dt.timedelta(days=n * {"week": 7, "fortnight": 14}.get(unit, 1)))
    elif unit in ("month", "year"):
        months = start.year * 12 + start.month - 1 - n * (12 if unit == "year" else 1)
        year, month = divmod(months, 12)
        last_day = calendar.monthrange(year, month + 1)[1]
        day = _point(dt.date(year, month + 1, min(start.day, last_day)))
    else:
        return None
    return None if day is None else Result("DATE", fmt_point(day), mentions=day)


def _shifted(m: re.Match[str], ctx: Context) -> Result | None:
    if not ctx.narrative and not (m["num"] or m["qmod"]) and _rare_bare_units_cue(ctx.text, m.start()):
        return None  # "a matter of days before the vote": a bare plural after "of", as the duration rule reads it
    unit = _unit(m["unit"])
    direction = _norm(m["dir"])
    number = parse_number(m["num"])
    if m["fraction"] and number is None and not m["unit"].lower().endswith("s"):
        number = 1.0  # "a quarter century ago"
    number = _with_fraction(number, m)
    if direction in ("after", "before"):
        return _duration_value(number, unit, _quantity_mod(m["qmod"]), direction)
    if direction == "ago" and m["ago_day"]:
        return _ago_to_the_day(number, unit, _norm(m["ago_day"]), ctx)
    if direction == "ago" or direction in ("hence", "from now", "from today"):
        base, sign = ctx.speech, (-1 if direction == "ago" else 1)
    else:
        base, sign = ctx.last, (1 if direction in ("later", "afterwards", "afterward") else -1)
    _, is_time = lx.UNITS[unit]
    if is_time:
        return _duration_value(number, unit, None, "after" if sign > 0 else "before")
    number, unit = _whole_steps(number, unit)
    if number is None or not number.is_integer():
        # a vague count keeps the year it starts from for short steps, and only the direction for long ones
        if unit in ("day", "night", "week", "weekend") and not ctx.narrative:
            # news: "a few days later" qualifies an event, as "three days later" after a year-only mention does
            return _duration_value(None, unit, _quantity_mod(m["qmod"]), "after" if sign > 0 else "before")
        if unit in ("day", "night", "week", "weekend"):
            suffix = "-XX-XX" if unit in ("day", "night") else "-WXX"
            return Result("DATE", fmt_year(base.year) + suffix, _quantity_mod(m["qmod"]))
        if unit in ("month", "quarter", "season"):
            return Result("DATE", ("BC" if base.year < 0 else "") + "XXXX-XX", _quantity_mod(m["qmod"]))
        return Result("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", _quantity_mod(m["qmod"]))
    n = int(number) * sign
    mod = _quantity_mod(m["qmod"])
    if unit in ("day", "night"):
        day = shift_days(base, n)
        if day is None and not ctx.narrative:
            # "a day later" after "in 2024": no day to count from, so the event it qualifies is the anchor;
            # the year mention must not give it a day precision it does not have
            return _duration_value(number, unit, mod, "after" if sign > 0 else "before")
        if day is None:
            return Result("DATE", _day_unknown(base, n), mod)
        return Result("DATE", fmt_point(day), mod, mentions=day if sign > 0 else None)
    if unit in ("week", "fortnight", "weekend"):
        week = iso_week(base, n * (2 if unit == "fortnight" else 1))
        if week is None and not ctx.narrative:
            # "three weeks later" after "in October": no day to count weeks from, so, like a day count after a
            # year, it stays a length after the event it qualifies rather than a week of no known year
            return _duration_value(number, unit, mod, "after" if sign > 0 else "before")
        return Result("DATE", week or "XXXX-WXX", mod)
    if unit in ("month", "quarter", "season"):
        point = shift_months(base, n * (1 if unit == "month" else 3))
        if point is None:
            return Result("DATE", "XXXX-XX", mod)
        return Result("DATE", fmt_point(point), mod, mentions=point if sign > 0 else None)
    if unit == "year" and sign < 0:
        compared = _month_years_back(ctx, -n, m.start()) or _quarter_years_back(ctx, -n)
        if compared is not None:
            return Result(compared.type, compared.value, mod)
    years = n * {"year": 1, "decade": 10, "century": 100, "millennium": 1000}[unit]
    year = base.year + years
    value = fmt_year(year)
    if unit == "decade":
        value = value[:-1]
    elif unit == "century":
        value = value[:-2]
    elif unit == "millennium":
        value = value[:-3]
    return Result("DATE", value, mod, mentions=Point(year) if unit == "year" and sign > 0 else None)


_AGE_AFTER = re.compile(r"[\s-]+old\b", re.IGNORECASE)
# "90 hours of video", "a year's supply", "three months of imports": the count measures an amount (lexicon.AMOUNT_NOUNS)
_AMOUNT_AFTER = re.compile(
    r"(?:['’]s?\s+|\s+(?:worth\s+)?of\s+)(?:[\w-]+\s+){0,2}(?:"
    + "|".join(w.replace(" ", r"\s+") for w in lx.AMOUNT_NOUNS)
    # the noun ends its phrase: "two weeks of water rationing", "three weeks of pay talks" are periods
    + r")(?=\s*(?:[^\w\s]|$)|\s+(?:of|for|and|or|in|on|at|to|from|with|that|which|is|are|was|were|has|have|had|"
    r"can|could|will|would|as|than|per|left|remaining|stored|available)\b)",
    re.IGNORECASE,
)
_WHEN_AFTER = re.compile(r"\s+when\b", re.IGNORECASE)
# a rate after a count of units; "three days a week earlier" is no rate
_RATE_AFTER = re.compile(
    r"\s+(?:a|an)\s+(?:day|week|month|year|hour|night)\b(?!\s+(?:ago|earlier|later|before|after|from)\b)",
    re.IGNORECASE,
)


_TRADING_DAY_WORD = re.compile(r"\b(?:trading|business|working)\b", re.IGNORECASE)
_DAY_STEPS = {"previous": -1, "preceding": -1, "next": 1, "following": 1}


def _next_trading_day(m: re.Match[str], ctx: Context, unit: str) -> Result | None:
    """ "The previous trading day", "the next business day": one day, the working day before or after the day last
    named (else the DCT), stepping over a weekend, not a length (round twelve, own probes of market reports)."""
    step = _DAY_STEPS.get(_norm(m["rel"] or ""))
    if unit != "day" or m["num"] or step is None or _norm(m["article"] or "") != "the":
        return None
    if not _TRADING_DAY_WORD.search(m.group()):
        return None
    day = _as_date(ctx.last) or _as_date(ctx.dct)
    if day is None:
        return None
    day += dt.timedelta(days=step)
    while day.isoweekday() > 5:
        day += dt.timedelta(days=step)
    point = Point(day.year, day.month, day.day)
    return Result("DATE", fmt_point(point), mentions=point)


def _duration(m: re.Match[str], ctx: Context) -> Result | None:
    if _AGE_AFTER.match(ctx.text, m.end()):  # "a 6-year-old boy" gives an age, not a period of time
        return None
    if _AMOUNT_AFTER.match(ctx.text, m.end()):  # "90 hours of video" is an amount, not a period of time
        return None
    if not m["num"] and _WHEN_AFTER.match(ctx.text, m.end()):
        # "if there ever came a day when ...", "a week when prices fell": an occasion, not a length of time
        return None
    if m["num"] and not ctx.narrative and _RATE_AFTER.match(ctx.text, m.end()) and not lx.news_tags_rates():
        return None  # "24 hours a day", "seven days a week": the count is part of a rate, which news leaves out
    unit = _unit(m["unit"])
    trading_day = _next_trading_day(m, ctx, unit)
    if trading_day is not None:
        return trading_day
    number = parse_number(m["num"])
    plural = _norm(m["unit"]) in lx.UNIT_PLURALS
    if plural and not ctx.narrative and _bare_plural_skipped(m, ctx):
        return None
    if not m["num"] and (m["rel"] or m["adjective"] or (m["article"] or "").lower() in ("a", "an")) and not plural:
        number = 1.0  # "the past year" and "a month-long strike" are one, "the coming years" an unknown number
    if m["fraction"] and number is None and not plural:
        number = 1.0  # "a quarter century"
    return _duration_value(_with_fraction(number, m), unit, _quantity_mod(m["qmod"]))


def _with_fraction(number: float | None, m: re.Match[str]) -> float | None:
    """The count with the match's "and a half" added and its "half"/"quarter" of the unit taken: "a year and a
    half" is 1.5, "half a century" 0.5, "a quarter of a century" 0.25 of one."""
    if number is None:
        return None
    if m["half"]:
        number += 0.5
    fraction = (m["fraction"] or "").lower()
    if "half" in fraction:
        number /= 2
    elif "quarter" in fraction:
        number /= 4
    return number


# a part of a unit counted back or on goes in the next smaller unit the calendar steps by: "a year and a half
# ago" is 18 months back (a month), "half a century ago" 50 years (a year), "a week and a half later" 10 days
_SMALLER_STEP = {
    "year": ("month", 12),
    "quarter": ("month", 3),
    "month": ("week", 30 / 7),
    "week": ("day", 7),
    "fortnight": ("day", 14),
    "decade": ("year", 10),
    "century": ("year", 100),
    "millennium": ("year", 1000),
}


def _whole_steps(number: float | None, unit: str) -> tuple[float | None, str]:
    if number is None or number.is_integer() or unit not in _SMALLER_STEP:
        return number, unit
    smaller, factor = _SMALLER_STEP[unit]
    return float(round(number * factor)), smaller


def _bare_plural_skipped(m: re.Match[str], ctx: Context) -> bool:
    """News annotators mostly leave a plural unit without a count untagged after the word before it ("a matter
    of days", "hundreds of years"; ``learned_words.tsv`` rows "UNITS | after WORD", ``LearnedWord.rarely_marked``)."""
    if m["num"] or m["rel"] or m["article"] or m["adjective"] or m["qmod"]:
        return False
    return _rare_bare_units_cue(ctx.text, m.start())


def _rare_bare_units_cue(text: str, start: int) -> bool:
    """The word before a plural unit without a count is one after which the tbaq dev part rarely marks it."""
    cue = preceding_word(text, start)
    learned = lx.learned_words().get(lx.context_row(lx.BARE_UNITS_ROW, f"after {cue}"))
    return learned is not None and learned.rarely_marked()


# a day written right after a clock time, which the clock joins ("midnight Friday", "midnight on June 30")
_DAY_AFTER_CLOCK = re.compile(rf"\s*,?\s*(?:on\s+)?(?:{WEEKDAY}|{MONTH_ANY})\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:from|between|since|starting|beginning|after|past)\s+(?:at\s+)?$", re.IGNORECASE)
# a live blog's entry: a clock time opening the line the expression is on ("23:50 - The dam gave way ...")
_STAMPED_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t*•]*\d{1,2}[:.]\d{2}\b[^\n]*$")
_BEFORE_CLOCK = re.compile(r"\b(?:before|until|till|to)\s+$", re.IGNORECASE)


def _midnight_ending_the_day_before(began: Result, ctx: Context, start: int) -> Result:
    """ "walked out shortly before midnight": the midnight that ended a day, T24:00 of it.  The day is the event's
    day the clock was placed on ("landfall late on Sunday ... shortly before midnight"), or the DCT's own under a
    live blog's time stamp ("23:50 - The dam gave way shortly before midnight"), else the day before the DCT (a
    report of the next morning)."""
    if not began.value[:10].replace("-", "").isdigit():
        return began
    day = _as_date(Point(int(began.value[:4]), int(began.value[5:7]), int(began.value[8:10])))
    if day is None:
        return began
    dct = _as_date(ctx.dct)
    if day == dct and not _STAMPED_LINE_BEFORE.search(ctx.text, max(0, start - 400), start) and day != dt.date.min:
        day -= dt.timedelta(days=1)
    return replace(began, value=f"{day.isoformat()}T24:00")


def _time(m: re.Match[str], ctx: Context) -> Result | None:
    if m["named"]:
        # midnight ends the day it is named with ("expires at midnight Friday", "from 10 p.m. to midnight"): TIMEX3
        # writes it T24:00 of that day, as the tbaq dev part (1 of 1) and the own annotated sets (2 of 2) do; a
        # midnight a time runs from or comes after ("from midnight to 6 a.m.", "since midnight", "shortly after
        # midnight on Wednesday") begins its day, and so does a bare midnight told in the past ("the strike began at
        # midnight": the one that began the DCT's day; "walked out shortly before midnight" ends the day before it)
        hour, minute = (12, 0)
        if _norm(m["named"]) == "midnight":
            hour = 24
            if _FROM_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
                hour = 0
            elif not _DAY_AFTER_CLOCK.match(ctx.text, m.end()) and ctx.tense(m.start(), m.end()) == "past":
                began = clock_time(0, 0, ctx, (m.start(), m.end()))
                if began is None or not _BEFORE_CLOCK.search(ctx.text, max(0, m.start() - 24), m.start()):
                    return began
                return _midnight_ending_the_day_before(began, ctx, m.start())
    elif m["stamp_date"]:
        return Result("TIME", f"{m['stamp_date']}T{m['stamp_hour']}:{m['stamp_minute']}")
    else:
        hour = int(next(h for h in (m["hour"], m["hour2"], m["dot_hour"], m["h_hour"], m["mil_hour"]) if h is not None))
        minute = int(m["minute"] or m["minute2"] or m["dot_minute"] or m["h_minute"] or m["mil_minute"] or 0)
        hour = hour_of_day(hour, _norm(m["ampm"] or m["ampm2"] or "").replace(".", "").replace(" ", ""))
    return clock_time(hour, minute, ctx, (m.start(), m.end()))


def hour_of_day(hour: int, half: str) -> int:
    """The hour on a 24-hour clock of an hour told with "am" or "pm" ("" when told without)."""
    if half == "pm" and hour < 12:
        return hour + 12
    if half == "am" and hour == 12:
        return 0
    return hour


# a day named for the report, not the event: "officials said Wednesday", "police told reporters on Tuesday"
_REPORT_VERB_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|reported|confirmed|added|stated)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# a bare clock time belongs to the event's day only in the sentence right after the day's own: in the same sentence
# it is another event's hour ("began after 11 p.m. Wednesday and flights resumed at 5:40 a.m."), further on the
# story has moved on ("a memo sent late Monday ... Shares rose 6% by 10 a.m.")
_EVENT_DAY_REACH = 600
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t\-–—*•]*$")
_EVENT_DAY_MAX_AGE = 6


# a dateline's date: "TAIPEI, Jan 14 (Agency) - ..." at the head of the lead, the day of the report
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{0,60}\)\s*)?[-–—]\s")
_DATELINE_HEAD = re.compile(r"(?:^|\n)[^\n.!?]{0,60}$")


def is_report_day(text: str, start: int, end: int) -> bool:
    if _REPORT_VERB_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    return (
        _DATELINE_AFTER.match(text, end) is not None
        and _DATELINE_HEAD.search(text, max(0, start - 61), start) is not None
    )


def _event_day_of_clock(ctx: Context, start: int, end: int) -> dt.date | None:
    """ "A quake struck late Tuesday, officials said Wednesday. It hit at 11:47 p.m.": in news a bare clock time
    told in the past right after the day of the event is on that day, not on the DCT (round twelve, timex_news3
    class: wire stories name the event's day and then its hour)."""
    if ctx.narrative or ctx.event_day is None or start - ctx.event_end > _EVENT_DAY_REACH:
        return None
    if _LINE_START_BEFORE.search(ctx.text, max(0, start - 8), start):
        return None  # a live blog's time stamp ("10:30 - Protesters gather ...") is the hour of writing
    if len(SENTENCE_BREAK.findall(ctx.text, ctx.event_end, start)) != 1:
        return None
    day, dct = _as_date(ctx.event_day), _as_date(ctx.dct)
    if day is None or dct is None or not 1 <= (dct - day).days <= _EVENT_DAY_MAX_AGE:
        return None
    return day if ctx.tense(start, end) != "future" else None


# how far under its heading a clock is still told on the heading's day
_HEADING_REACH = 2000


def _heading_day_of_clock(ctx: Context, start: int, end: int) -> dt.date | None:
    """ "7 February (Saturday) / 01:30 - Police start evacuating", "22/04 05:20 - ROAD CLOSED", "Bulletin No. 2, date
    06.02.2026, hour 23:55 / At 23:40 the operator opened the gates": a bare clock under a day that heads its line,
    with no other day named since, is on that day (probe34 class, own sentences first)."""
    if ctx.heading_day is None or ctx.last_day is not ctx.heading_day[0]:
        return None
    if not 0 <= start - ctx.heading_day[1] <= _HEADING_REACH:
        return None
    return _as_date(ctx.heading_day[0])


# how far after a night named by its two days a clock is still told as its hour
_NIGHT_CLOCK_REACH = 40


def _night_of_clock(ctx: Context, hour: int, start: int, end: int) -> dt.date | None:
    """ "In the night from Friday to Saturday (02/03.10.2026), at about 23:40": a clock told in the same clause
    after such a night is on its first day in the evening and on its second after midnight."""
    if ctx.night is None or not 0 <= start - ctx.night[1] <= _NIGHT_CLOCK_REACH:
        return None
    if SENTENCE_BREAK.search(ctx.text, ctx.night[1], start):
        return None
    return ctx.night[0] + dt.timedelta(days=0 if hour >= 12 else 1)


def clock_time(hour: int, minute: int, ctx: Context, span: tuple[int, int] | None = None) -> Result | None:
    """A clock time on the speech day, or with ``span`` (a bare clock time) on the event's day just named."""
    if hour > 24 or minute > 59:
        return None
    told_day = None
    if span:
        told_day = (
            _night_of_clock(ctx, hour, *span) or _heading_day_of_clock(ctx, *span) or _event_day_of_clock(ctx, *span)
        )
    day = told_day or _as_date(ctx.speech)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return Result("TIME", f"{prefix}T{hour:02d}:{minute:02d}")


# "an all-night session", "an all-night vigil": a compound adjective saying how long, no time of any day (round
# twelve, timex_news3 class)
_ALL_BEFORE = re.compile(r"\ball-$", re.IGNORECASE)


def _part_of_day(m: re.Match[str], ctx: Context) -> Result | None:
    code = lx.DAY_PARTS[_norm(m["part"])]
    the = _norm(m["the"]) if m["the"] else ""
    if the in ("each", "every"):
        # "every morning": that part of any day, as TimeML writes it and tbaq writes "Tuesday nights" (XXXX-WXX-2TNI)
        return Result("SET", f"XXXX-XX-XXT{code}")
    step = {"the next": 1, "the following": 1, "the previous": -1}.get(the, 0)
    base = ctx.speech if the == "this" else ctx.last
    mod = position_mod(m["early"])
    if not the and _ALL_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()):
        return None
    if not ctx.narrative and not m["early"] and _part_names_a_kind(the, ctx.text, m.end()):
        # "unpaid night shifts", "a ban on night flights", "workers on the night shift": in news a kind of work or
        # travel, no time (round fourteen, timex_news5 class; the tbaq dev part leaves "night memorial" and "morning
        # talk" out, while WikiWars marks "night attacks" and "daytime flights", so narratives keep them)
        return None
    if not the:  # "at night", "night raids": no particular day
        return Result("TIME", f"XXXX-XX-XXT{code}", mod)
    day = shift_days(base, step) if the != "one" else None
    if day is None and step == 0 and the != "one" and not ctx.narrative:
        # news: "in the afternoon" after "since independence in 1970" is of the speech day; a year or a month told
        # last has no day to give it, and its whole span with a day's precision would be a confident wrong date ("the
        # next morning" after a year counts from a day the text does not give, and stays unknown)
        day = shift_days(ctx.speech, step)
    if day is None:
        return Result("TIME", f"{_day_unknown(base, 1 if the == 'one' else step)}T{code}", mod)
    return Result("TIME", f"{fmt_point(day)}T{code}", mod, mentions=day)


_LOWER_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[a-z]+)\b")
_SHIFT_AFTER = re.compile(r"[ \t]+shifts?\b")


def _part_names_a_kind(the: str, text: str, end: int) -> bool:
    """A bare part of the day before a lower-case noun ("night flights", "night services"), or the shift named by
    one ("the night shift"); "the evening rush", "the morning two gunmen came" still name a time.  A capitalised word
    after it starts a name or a clause ("at night Israeli troops ..."), a preposition a phrase of its own ("at
    night during the storm")."""
    if the == "the":
        return _SHIFT_AFTER.match(text, end) is not None
    following = _LOWER_WORD_AFTER.match(text, end)
    return (
        not the and following is not None and following["word"] not in lx.BARE_MONTH_CUES and _modifies_noun(text, end)
    )


def _news_skips(word: str, text: str = "", start: int = 0, end: int = 0) -> bool:
    """News annotators leave the phrase untagged in most of its uses: the tbaq dev part decides, first by the
    phrase's uses in the same context ("until now", "Currently, ..."; ``lexicon.word_context``) when that
    context was seen often enough, then by all its uses when they show a clear majority either way, else the
    hand-written list of narrative-only words."""
    for context in lx.word_contexts(text, start, end):
        in_context = lx.learned_words().get(lx.context_row(word, context))
        if in_context is not None and in_context.rarely_marked():
            return True
    learned = lx.learned_words().get(word)
    verdict = learned.clear_majority() if learned is not None else None
    return word in lx.NARRATIVE_ONLY if verdict is None else not verdict


# "over the past five sessions", "the past two matches": a count after "the past" of things that are no time unit (a
# time unit would have made the whole a length) is a determiner's, not a reference to the past
_COUNT_OF_THINGS_AFTER = re.compile(
    r"\s+(?:\d+|few|several|couple\s+of|"
    + "|".join(sorted((k for k in lx.CARDINALS if k not in ("a", "an")), key=len, reverse=True))
    + r")[\s-]+[a-z]",
    re.IGNORECASE,
)


def _deictic(m: re.Match[str], ctx: Context) -> Result | None:
    word = _norm(m.group())
    if not ctx.narrative and _news_skips(word, ctx.text, m.start(), m.end()):
        return None
    if word == "the past" and _COUNT_OF_THINGS_AFTER.match(ctx.text, m.end()):
        return None
    unit = word.split()[-1]
    if word.startswith("recent ") and unit in lx.UNIT_PLURALS and not ctx.narrative:
        # "recent weeks": a past reference or weeks of unknown number, whichever news annotators gave more
        # often (learned_words.tsv; a tie goes to the duration)
        learned = lx.learned_words().get(word)
        kinds = learned.values if learned else Counter[str]()
        durations = sum(n for kind, n in kinds.items() if kind.startswith("P") and kind != "PAST_REF")
        if kinds["PAST_REF"] <= durations:
            return _duration_value(None, lx.UNIT_PLURALS[unit], None)
    value = lx.DEICTIC[word]
    if value == "PRESENT_REF" and _THEN_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
        return Result("DATE", "PAST_REF")  # "at the then current price": current at a time gone by
    return Result("DATE", value)


_THEN_BEFORE = re.compile(r"\bthen[\s-]+$", re.IGNORECASE)


def _relative_day(m: re.Match[str], ctx: Context) -> Result | None:
    word = _norm(m.group())
    offset, part = lx.RELATIVE_DAYS[word]
    if word == "overnight" and (
        ctx.tense(m.start()) == "future" or ctx.weekday_cue(m.start(), m.end()) in ("firm", "intent")
    ):
        offset = 0  # "temperatures will drop overnight", "rain is expected overnight": the coming night
    kind = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    if ctx.narrative:  # inside a narrative these are quoted speech, whose own day is unknown
        return Result(kind, f"XXXX-XX-XX{suffix}")
    day = shift_days(ctx.speech, offset)
    if day is None:
        return Result(kind, f"XXXX-XX-XX{suffix}")
    return Result(kind, fmt_point(day) + suffix, mentions=day)


def _set(m: re.Match[str], ctx: Context) -> Result | None:
    word = _norm(m["set"])
    if not ctx.narrative and _news_skips(word, ctx.text, m.start("set"), m.end("set")):
        return None
    return Result("SET", lx.SET_WORDS[word])


# a nation named just before a day's name, as its owner: "Ukraine's", "Kenyan", "the Indian"
_OWNER_BEFORE = re.compile(r"\b(?P<owner>[A-Z][\w.]*?)(?P<possessive>['’]s)?\s+$")
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic")


def _another_nations_day(name: str, ctx: Context, start: int) -> bool:
    """Whether a day that US news names for a US holiday is told as another nation's own ("Ukraine's Independence
    Day", "the Kenyan election day"), whose date the US calendar does not give."""
    if name not in lx.NATIONAL_DAY_NAMES:
        return False
    before = _OWNER_BEFORE.search(ctx.text, max(0, start - 40), start)
    if before is None:
        return False
    owner = before["owner"].lower()
    if owner in lx.US_OWNERS or owner in lx.WEEKDAYS or owner.rstrip(".") in lx.MONTHS:
        return False
    return before["possessive"] is not None or owner.endswith(_DEMONYM_ENDINGS)


def _holiday(m: re.Match[str], ctx: Context) -> Result | None:
    if _another_nations_day(_norm(m["holiday"]), ctx, m.start()):
        return None
    month, day, part = lx.HOLIDAYS[_norm(m["holiday"])]
    year = parse_year(m["year"], ctx, m.end()) if m["year"] else _year_for(month, day, ctx, m.start(), m.end())
    names_its_day = _norm(m["holiday"]).rsplit(" ", 1)[-1] in ("day", "eve")
    if not m["year"] and not part and not names_its_day and _modifies_noun(ctx.text, m.end()):
        # "the Christmas offensive", "Christmas sales" name the season around the holiday, not its day: the
        # holiday's month is the nearest calendar value (WikiWars marks "the Christmas Offensive" so, 6 of 6);
        # "the Christmas Day attack", "a New Year's Eve party" still say the day
        return Result("DATE", fmt_point(Point(year, month)), mentions=Point(year, month))
    point = Point(year, month, day)
    if part:
        return Result("TIME", f"{fmt_point(point)}T{part}", mentions=point)
    return Result("DATE", fmt_point(point), mentions=point)


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")


def _modifies_noun(text: str, end: int) -> bool:
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following[1].lower()
    return not (
        word in lx.HOLIDAY_NOT_MODIFIER or word in lx.UNITS or word in lx.DAY_PARTS or word in lx.MONTHS
    ) and not word.endswith("ed")


# "the 15th of next month", "the 1st of the previous month": which month, counted from which anchor
_REL_MONTH_STEP = {"this": 0, "next": 1, "last": -1, "following": 1, "previous": -1}


def _day_only(m: re.Match[str], ctx: Context) -> Result | None:
    point = _day_of_month(m, ctx)
    return Result("DATE", fmt_point(point), mentions=point) if point else None


def _part_of_ordinal_day(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the night of the 8th", "early on the morning of the 3rd": that day's part, placed as "the 8th" alone."""
    point = _day_of_month(m, ctx)
    return _with_part(Result("DATE", fmt_point(point), mentions=point) if point else None, m["part"], m["early"], ctx)


def _day_of_month(m: re.Match[str], ctx: Context) -> Point | None:
    """ "on the 23rd": a day of the month under discussion.  With no other month named the month is the DCT's,
    and the clause's tense moves it as it moves a bare date (a past verb puts a later day in the month before, a
    future cue an earlier day in the month after): "the attack happened on the 23rd", said on the 10th, was last
    month's."""
    day = _leading_number(m["day"])
    last = ctx.last
    if last.month is None:
        return None
    month_of = Point(last.year, last.month)
    if not ctx.narrative and last.day is None and _before_its_sentence(ctx, m.start()):
        # "The council voted in October. The agreement was signed on the 3rd": a month named alone in an earlier
        # sentence sets the time of that sentence's act; news gives a bare day of the month it is written in
        # (a month meant again would be named with its day, "on 3 October")
        last = ctx.dct
        month_of = Point(last.year, last.month)
    rel_word = m.groupdict().get("rel_month")
    rel = _norm(rel_word) if rel_word else None
    if rel in ("this", "next", "last"):
        month_of = shift_months(Point(ctx.speech.year, ctx.speech.month), _REL_MONTH_STEP[rel]) or month_of
    elif rel is not None:
        month_of = shift_months(month_of, _REL_MONTH_STEP[rel]) or month_of
    elif not ctx.narrative and (last.year, last.month) == (ctx.dct.year, ctx.dct.month) and ctx.dct.day:
        tense = ctx.tense(m.start(), m.end())
        if tense == "past" and day > ctx.dct.day:
            month_of = shift_months(month_of, -1) or month_of
        elif tense == "future" and day < ctx.dct.day:
            month_of = shift_months(month_of, 1) or month_of
    if month_of.month is None or not _valid_day(month_of.year, month_of.month, day):
        return None
    return Point(month_of.year, month_of.month, day)


# how far back the sentence of a bare day is looked for
_SENTENCE_WIDTH = 400


def _before_its_sentence(ctx: Context, start: int) -> bool:
    """Whether the expression that set the month under discussion ended before the sentence ``start`` is in."""
    window_start = max(0, start - _SENTENCE_WIDTH)
    boundaries = [b.end() for b in _SENTENCE_START.finditer(ctx.text, window_start, start)]
    return bool(boundaries) and ctx.last_end < boundaries[-1]


def _every(m: re.Match[str], ctx: Context) -> Result | None:
    if m["weekends"]:
        return Result("SET", "XXXX-WXX-WE")
    if m["weekday"] or m["each_weekday"]:
        return Result("SET", f"XXXX-WXX-{lx.WEEKDAYS[_norm(m['weekday'] or m['each_weekday'])]}")
    unit = _unit(m["unit"])
    number = parse_number(m["num"]) if m["num"] else 1.0
    if number is None:  # "every few years": a recurrence of unknown period
        return Result("SET", _duration_value(None, unit, None).value)
    if m["nth"]:
        number = {"other": 2.0, "second": 2.0, "third": 3.0, "fourth": 4.0}[_norm(m["nth"])]
    duration = _duration_value(number, unit, None)
    return Result("SET", duration.value)


def _year_earlier(m: re.Match[str], ctx: Context) -> Result | None:
    """The unit before the speech time, for "year-earlier" and "month-ago"."""
    unit = _norm(m["unit"])
    base = ctx.speech
    if unit == "year":
        return _quarter_years_back(ctx, 1) or Result("DATE", fmt_year(base.year - 1))
    if unit == "month":
        point = shift_months(base, -1)
        return Result("DATE", fmt_point(point)) if point else None
    if unit == "week":
        week = iso_week(base, -1)
        return Result("DATE", week) if week else None
    day = shift_days(base, -1)
    return Result("DATE", fmt_point(day)) if day else None


def _bc_context_year(m: re.Match[str], ctx: Context) -> Result | None:
    """A bare three-digit year is one only in a story already set BC ("in 490" after "492 BC")."""
    if ctx.last.year >= 0:
        return None
    year = -int(m["year"])
    return Result("DATE", fmt_year(year), position_mod(m["pmod"]), mentions=Point(year))


_SLASHED_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(?:[12]\d{3}|(?<=/)\d\d)(?![/\d]|-\w)")


def writes_day_first(text: str, dct: dt.date | None = None) -> bool:
    """Whether the text's slashed or dashed dates put the day first: one that can only be read so ("23/06/2026",
    "13-08-2026") and none that can only be read month first ("06/23/2026").  A writer keeps one order through a
    text, so the unambiguous ones decide "07/06/2026" too (translated press releases, court notices and police
    reports outside the US).  A notice's own date shows the order as well: "Date of issue: 11/09/2026" on a
    document of 11 September is written day first, on one of 9 November month first."""
    day_first = month_first = False
    for slashed in _SLASHED_DATE.finditer(text):
        first, second = int(slashed[1]), int(slashed[3])
        day_first = day_first or (first > 12 and 1 <= second <= 12)
        month_first = month_first or (second > 12 and 1 <= first <= 12)
        year = slashed[0].rsplit(slashed[2], 1)[-1]
        if dct is not None and first != second and len(year) == 4 and int(year) == dct.year:
            day_first = day_first or (second, first) == (dct.month, dct.day)
            month_first = month_first or (first, second) == (dct.month, dct.day)
    return day_first and not month_first


def _in_the_texts_order(first: int, second: int, ctx: Context) -> tuple[int, int]:
    """Month and day of two numbers written month first, as US news writes them, unless the first can be no month
    or the text writes its dates day first (``writes_day_first``)."""
    if first > 12 or (ctx.day_first and second <= 12):
        return second, first
    return first, second


def _reading_of_the_named_day(
    year: int, month: int, day: int, start: int, ctx: Context, *, year_written: bool = False
) -> tuple[int, int, int]:
    """Of the two readings of numbers a weekday or a relative day names ("on Tuesday (2/6)", "yesterday (3/24)"),
    the one that is that day: 2 June 2026 is a Tuesday, 6 February is not.  Otherwise the reading given."""
    named = day_named_before(ctx.text, start)
    if named is None or day > 12 or month == day:
        return year, month, day

    def names_it(candidate_year: int, candidate_month: int, candidate_day: int) -> bool:
        if not _valid_day(candidate_year, candidate_month, candidate_day):
            return False
        if named["weekday"]:
            weekday = dt.date(candidate_year, candidate_month, candidate_day).isoweekday()
            return weekday == lx.WEEKDAYS[_norm(named["weekday"])]
        offset, _ = lx.RELATIVE_DAYS[_norm(named["relative_day"])]
        return Point(candidate_year, candidate_month, candidate_day) == shift_days(ctx.dct, offset)

    swapped_year = year if year_written else _year_for(day, month, ctx, start, start)
    if not names_it(year, month, day) and names_it(swapped_year, day, month):
        return swapped_year, day, month
    return year, month, day


def _numeric_date(m: re.Match[str], ctx: Context) -> Result | None:
    """2024-11-10, 10.11.2024, or 11/10/2024 read month first as US news writes it, unless the first number is no
    month or the text writes its dates day first; 03/2028 is a month."""
    if m["my_year"]:
        month_point = Point(int(m["my_year"]), int(m["my_month"]))
        return Result("DATE", fmt_point(month_point), mentions=month_point)
    if m["iso_year"]:
        year, month, day = int(m["iso_year"]), int(m["iso_month"]), int(m["iso_day"])
    elif m["dot_year"]:
        year, month, day = int(m["dot_year"]), int(m["dot_month"]), int(m["dot_day"])
    elif m["yf_year"]:
        year, month, day = int(m["yf_year"]), int(m["yf_month"]), int(m["yf_day"])
    elif m["yy_year"]:
        month, day = _in_the_texts_order(int(m["yy_first"]), int(m["yy_second"]), ctx)
        year = _century_nearest(int(m["yy_year"]), ctx)
        if not ctx.day_first and day <= 12 and _past_reading_ahead(year, month, day, m, ctx):
            month, day = day, month  # "reopened on 12/05/26" said in May 2026: 12 May, not a December to come
    else:
        month, day = _in_the_texts_order(int(m["first"]), int(m["second"]), ctx)
        year = int(m["slash_year"])
        year, month, day = _reading_of_the_named_day(year, month, day, m.start(), ctx, year_written=True)
    if not _valid_day(year, month, day):
        return None
    point = Point(year, month, day)
    return Result("DATE", fmt_point(point), mentions=point)


def _past_reading_ahead(year: int, month: int, day: int, m: re.Match[str], ctx: Context) -> bool:
    """Whether numbers read month first give a day after the DCT in a clause told in the past, while read day first
    they give one before it."""
    dct = _as_date(ctx.dct)
    if dct is None or not (_valid_day(year, month, day) and _valid_day(year, day, month)):
        return False
    if ctx.tense(m.start(), m.end()) != "past":
        return False
    return dt.date(year, month, day) > dct >= dt.date(year, day, month)


def _century_nearest(two_digits: int, ctx: Context) -> int:
    """The year a two-digit year names: the one of its three candidate centuries nearest the DCT."""
    century = ctx.dct.year // 100 * 100
    return min(
        (century - 100 + two_digits, century + two_digits, century + 100 + two_digits),
        key=lambda year: abs(year - ctx.dct.year),
    )


def _month_slash_day(m: re.Match[str], ctx: Context) -> Result | None:
    """ "through 5/16": a month and day without a year, placed like "May 16" (or "5 June" in a text that writes
    its dates day first, or when the first number can be no month)."""
    month, day = _in_the_texts_order(int(m["sd_month"]), int(m["sd_day"]), ctx)
    year = _year_for(month, day, ctx, m.start(), m.end())
    year, month, day = _reading_of_the_named_day(year, month, day, m.start(), ctx)
    if not _valid_day(year, month, day):
        return None
    point = Point(year, month, day)
    return Result("DATE", fmt_point(point), mentions=point)


HANDLERS: dict[str, Handler] = {
    "numeric_date": _numeric_date,
    "month_slash_day": _month_slash_day,
    "bc_context_year": _bc_context_year,
    "year_earlier": _year_earlier,
    "year_quarter": _year_quarter,
    "the_quarter": _the_quarter,
    "period_year_back": _period_year_back,
    "full_year": _full_year,
    "two_year_period": _two_year_period,
    "year_ended": _year_ended,
    "the_week": _the_week,
    "year_end": _year_end,
    "floating_holiday": _floating_holiday,
    "learned_holiday": _learned_holiday,
    "weekend": _weekend,
    "week_of": _week_of,
    "every": _every,
    "calendar_day": _calendar_day,
    "part_of_day_date": _part_of_day_date,
    "weekday_part": _weekday_part,
    "month_year": _month_year,
    "month": _bare_month,
    "year": _year,
    "decade": _decade,
    "century": _century,
    "season": _season,
    "quarter": _quarter,
    "relative_unit": _relative_unit,
    "day_before_after": _day_before_after,
    "position_of_unit": _position_of_unit,
    "unit_end": _unit_end,
    "day_range_head": _day_range_head,
    "day_range_tail": _day_range_tail,
    "short_year": _short_year,
    "range_short_year": _range_short_year,
    "shifted": _shifted,
    "duration": _duration,
    "time": _time,
    "part_of_day": _part_of_day,
    "deictic": _deictic,
    "relative_day": _relative_day,
    "set": _set,
    "rate": _set,
    "holiday": _holiday,
    "weekday": _weekday,
    "weekday_day": _weekday_day,
    "night_between": _night_between,
    "day_only": _day_only,
    "part_of_ordinal_day": _part_of_ordinal_day,
}
