"""Dates of events: bounds from the temporal expressions, relations and tense (order in docs/extraction.md)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from timelinekg.nlp.extract.arguments import DOUBLE_QUOTE_CHARS
from timelinekg.nlp.extract.candidate import (
    ADDRESS_TYPES,
    AFTER_WORDS,
    BEFORE_WORDS,
    DEATH_NOUNS,
    DEATH_VERBS,
    DECISION_NOUNS,
    DECISION_PREPOSITIONS,
    ISSUED_TEXTS,
    MODALS,
    ORDER_VERBS,
    Candidate,
    FinderBase,
    _child,
    _children,
    enacting_clause_signer,
    first_conjunct,
)
from timelinekg.nlp.extract.nlp import RUN_IN_HEADING_ENDS, RUN_IN_HEADING_WORDS, children_of, tokens_in, written_text
from timelinekg.nlp.extract.reference import reference_form
from timelinekg.nlp.timex.lexicon import CARDINALS
from timelinekg.schema.merge import SPEECH_TYPES, act_of_word
from timelinekg.schema.number_words import ORDINAL_WORDS

# the acts of speaking ("other", which holds any act the lexicon cannot name, is none)
SPEECH_ACT_TYPES = SPEECH_TYPES - {"other"}
_VAGUE_WINDOW = re.compile(
    r"\b(?:recent|past|last|previous)\s+(?:few\s+|several\s+|couple\s+of\s+|(?P<n>\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+)?(?P<unit>day|week|month|year)s\b",
    re.IGNORECASE,
)
UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
WINDOW_DAYS = {"day": 7, "week": 28, "month": 92, "year": 366}
_FISCAL = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:financial|fiscal)\s+year", re.IGNORECASE)
_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial)\b|\bFY", re.IGNORECASE)
_ANAPHORIC = re.compile(
    r"\b(?:later|earlier|afterwards?|the\s+(?:next|following|previous|preceding)\s+(?:day|week|month|year|morning|night)"
    r"|the\s+(?:day|night)\s+(?:before|after))\b",
    re.IGNORECASE,
)
_OF_THAT_DAY = re.compile(
    r"^(?:(?P<night>overnight|that\s+night)|that\s+(?:morning|afternoon|evening)|later\s+that\s+(?:day|morning|evening))$",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_PAST_WEEKDAY = re.compile(r"(?:last|past|previous|this past)\b", re.IGNORECASE)
_EARLY_HOURS = re.compile(
    r"\b(?:(?:[0-9]|1[01])(?::[0-5][0-9])?\s*a\.?m\b|early\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+morning|before\s+dawn|overnight)",
    re.IGNORECASE,
)
# the colon or dash after a day that opens a line of a list ("- Sunday: ...", "* 3 May - "), and the list's bullets
_LISTED_DAY_END = re.compile(r"\s*(?::|\s[-–—])\s+")
LIST_BULLETS = frozenset({"", "-", "*", "+", "•", "–", "—"})
# what follows a clock time that stamps a line of live coverage: a dash or a colon, after the stamp's bold or
# italic marks when the page is Markdown ("**12:20** - Police detained")
_STAMP_END = re.compile(r"[*_]*\s*(?:local\s+time|GMT|UTC|[A-Z]{3,4})?[*_]*\s*[-–—:|]\s")
# "the same day", "that same evening": a day told before, or the one of the event "as" names after it
_SAME_TIME = re.compile(
    r"^(?:on\s+)?(?:the|that)\s+(?:very\s+)?same\s+(?:day|morning|afternoon|evening|night)$", re.IGNORECASE
)
# verbs that tell a state going on, not an act done ("remained closed", "stayed shut")
LASTING_VERBS = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})
_EARLIER_THIS = re.compile(r"^earlier\s+this\s+(?:week|month|year)$", re.IGNORECASE)
# "Wednesday of the following week": a day the tagger already counted from the day told before it
_WEEKDAY_OF_A_WEEK_TOLD = re.compile(r"^\w+day\s+(?:of\s+)?the\s+(?:next|following|previous|preceding)\s+week$", re.I)


def _counts_from_a_day_told(text: str) -> bool:
    """Whether an expression ("a day later", "the next morning") counts from the last date the text gave, which the
    tagger does not know; not "earlier this month" (from the report) nor a weekday of a week named so."""
    return (
        _ANAPHORIC.search(text) is not None
        and not _EARLIER_THIS.match(text)
        and not _WEEKDAY_OF_A_WEEK_TOLD.match(text)
    )


# a month (and day) without a year or a word that moves it ("next", "last")
_BARE_MONTH = re.compile(
    r"^(?:(?:early|late|mid|in|on|the|of|\d{1,2}(?:st|nd|rd|th)?)[\s-]+)*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$",
    re.IGNORECASE,
)
# a span of minutes or hours ("within an hour", "two hours later", "minutes later")
_HOURS_SPAN = re.compile(r"^PT(?P<n>\d+|X)(?P<unit>[HM])$")
# an act told as taking effect the moment it was made known
_IMMEDIATE_EFFECT = re.compile(
    r"\b(?:with\s+immediate\s+effect|effective\s+immediately|with\s+effect\s+from\s+today)\b", re.IGNORECASE
)
_LATER_END = re.compile(r"\b(?:later|afterwards?)$", re.IGNORECASE)
# what charges or credits someone with an act names it in a gerund: "accused of killing", "jailed for stealing"
ACT_CHARGING_PREPOSITIONS = frozenset({"of", "for", "with"})
# a time of day in figures and nothing else (see clock_only); the tagger's _CLOCK_ONLY (timex/__init__.py) differs
# on purpose: it also takes "noon" and "midnight" as a range's ends, where "midnight" here begins the report's day
_CLOCK_ONLY = re.compile(
    r"^(?:at\s+)?(?:about\s+|around\s+)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|\d{4}\s*(?:GMT|UTC|local\s+time))$",
    re.I,
)
# a time of day in words, with no day: "eleven at night", "ten o'clock at night", "half past nine in the evening"
# (what the tagger counts on the report's day, like "at 10.50 p.m."); not "midnight", which begins the report's day
# ("the strike began at midnight")
_CLOCK_IN_WORDS = re.compile(
    r"^(?:at\s+)?(?:about\s+|around\s+)?(?:(?:half|a\s+quarter|quarter)\s+(?:past|to)\s+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"(?:\s+o'clock)?(?:\s+(?:at\s+night|in\s+the\s+(?:evening|morning|afternoon)))?$",
    re.I,
)


def _part_of_a_named_day(timex: Any) -> bool:
    """ "on the afternoon of 2 November", "on Sunday evening": a time the text gives with its day, which "the
    following morning" after it counts from as a date does; not a clock alone, which the tagger puts on the report's
    day."""
    return (
        timex.type == "TIME"
        and timex.earliest is not None
        and timex.earliest == timex.latest
        and not clock_only(timex.text)
    )


def state_one_act_began(verb: Any) -> bool:
    """ "The bridge has been closed since Tuesday", "which had been suspended since 3 May": a passive perfect of one
    thing tells the state the act left it in, which began with the act; not a count of acts over the span ("dozens
    have been arrested since Monday"), nor a change that runs on ("prices have risen since March")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.lower_ == "been" for c in children_of(verb)):
        return False
    perfect = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    if not subjects or not perfect & {"has", "had", "'s"}:
        return False
    subject = subjects[0]
    if subject.tag_ == "WDT":  # "which has been closed": what the relative clause is about
        subject = verb.head if verb.dep_ == "relcl" else subject
    return subject.tag_ in ("NN", "NNP", "WDT") and not any(c.dep_ in ("nummod", "conj") for c in children_of(subject))


def clock_only(text: str) -> bool:
    """A time of day and nothing else ("at 8.30pm", "2030 GMT", "eleven at night"): the tagger puts it on the
    report's day, which the article may have been published the morning after."""
    return bool(_CLOCK_ONLY.match(text) or _CLOCK_IN_WORDS.match(text))


# a time these words introduce ends a state or a pause ("until Wednesday", "through May"): not the act's day
STATE_END_WORDS = frozenset({"until", "till", "til", "through", "thru", "untill"})
# of those, the words that are also a verb's particle ("pushed the bill through", "the reform was voted through")
PARTICLE_USES = frozenset({"through", "thru"})
# the word that opens a span of time and the words that join its two ends: "between 2008 and 2012", "from May to July"
RANGE_OPENERS = {"between": frozenset({"and"}), "from": frozenset({"to", "until", "through", "till", "-", "–"})}
HAVE_FORMS = frozenset({"have", "has", "had", "having", "'ve", "'d"})
FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "wo"})
CONTINUING_WORDS = frozenset({"also", "later", "further", "again", "too", "then"})
# "and later freed them": a conjunct told as a step after the first verb's, not in the time put before both
LATER_STEP_WORDS = frozenset({"later", "then", "afterwards", "afterward", "subsequently", "eventually", "finally"})
# "closed the square on Thursday while nurses protested", "as the governor convened", "when police evicted":
# a clause these words hang on a dated main clause happened then too
SIMULTANEOUS_MARKS = frozenset({"as", "while", "when", "whilst"})
NEWS_DAYS = 7  # how far before the report a named day still says what day the article's news is of
# how the parser hangs the act a vote decided on the vote: "voted to impeach", "voted on Tuesday to impeach"
DECIDED_ACT_DEPS = ("xcomp", "advcl")
# Verbs whose act is the news even when what they commit to has not happened yet ("agreed to merge", "decided to
# close the plant", "opted to close"); general language, unlike "plan", "hope", "want", which commit to nothing.
# A past day the sentence hangs on their "to" clause is the commitment's, as for a vote.
COMMITMENT_VERBS = frozenset({"agree", "decide", "resolve", "opt", "choose", "elect", "consent"})
# what is agreed on as an occasion still to come ("agreed to meet on Tuesday", "decided to hold a referendum on
# Sunday"): its day is the occasion's, whichever way the tagger turned the weekday, never the agreement's
AGREED_OCCASION_TYPES = frozenset({"consultation", "communication", "meeting", "election"})
OCCASION_NOUNS = {"campaign", "rally", "debate", "interview", "speech", "ceremony", "hearing", "broadcast", "podcast"}
# what a body's perfect does in answer to the incident its article reports: opens an inquiry, informs, asks for help,
# starts proceedings
ANSWERING_TYPES = frozenset({"investigation", "communication", "appeal", "legal"})
# how a window from the incident a perfect answers is named in the words of its time frame
ANSWER_TO_THE_INCIDENT = "the answer to"
# how a window from the day of an act that another ended is named in the words of its time frame
END_OF_THE_ACT = "the end of"
# what ends an act that lasts: "lifted the blockade", "the strike was called off", "ended their occupation"
ENDING_VERBS = frozenset({"lift", "end", "halt", "call", "break", "disperse"})
# what tells an act as done the moment its cause came ("had immediately informed the authorities")
AT_ONCE_WORDS = frozenset({"immediately", "promptly", "instantly", "swiftly", "straightaway", "forthwith"})
# how far before the report a day may set the time frame of the narration around it (temporal focus)
FOCUS_DAYS = 3
# how many sentences of narration back the day that set the time frame may be named
FOCUS_SENTENCES = 3
# how many sentences telling no event (a greeting, a clock, a speaker's label) may open a body before its lead
LEAD_PREAMBLE_SENTENCES = 2
# how a window from the lead's present perfect is named in the words of its time frame: a window the tense implies,
# no day the text gives, which the article's undated reports of the same kind are not anchored to
LEAD_PERFECT = "the lead's present perfect"
# what makes a present perfect tell a state, a history or a count of times rather than the news just happened
# ("has long been", "have risen since March", "has been arrested three times", "has so far refused")
# (years and decades only as a span the clause has lasted, "for years", "over the decades", "years of": not a
# sentence's or a person's count of them, "jailed for twelve years", "to 18 years in prison")
_PERFECT_OF_BACKGROUND = re.compile(
    r"\b(?:since|long|ever|never|already|so\s+far|repeatedly|previously|times|for\s+(?:years|decades|months|weeks)"
    r"|in\s+(?:recent|the\s+past)|(?:for|in|over|after)\s+(?:the\s+|many\s+|several\s+)?(?:years|decades)"
    r"|(?:years|decades)\s+of|again)\b",
    re.IGNORECASE,
)
# words that move a clause out of the narration's time frame: background, an earlier occasion, a lasting state
_OFF_FOCUS = re.compile(
    r"\b(?:previously|earlier|before|ago|already|once|formerly|since|until|last\s+(?:year|month|week)|in\s+the\s+past"
    r"|used\s+to|for\s+(?:years|decades|months)|years|decades|again|history|first\s+time)\b",
    re.IGNORECASE,
)
# how old an episode's day may be for the act told next to be of that day: a weekly's fortnight is news, an attack
# six weeks before the report is background ("Gunmen stormed a hotel on May 2. Police arrested four suspects ...")
EPISODE_REACH_DAYS = 28
# words that move the next act of an episode to a later day than the one the sentence before gave it
_LATER_IN_THE_EPISODE = re.compile(
    r"\b(?:later|afterwards?|subsequently|eventually|ultimately|in\s+the\s+end|in\s+time)\b", re.IGNORECASE
)
# how an event noun is what a verb narrates: its subject, object or complement
NARRATED_NOUN_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd"})
# "placed under house arrest", "went into hiding": the verb's own act; "resigned after a strike", "arrested over
# the attack", "coincides with the capture" relate another event, which has its own time
NARRATED_NOUN_PREPOSITIONS = frozenset({"under", "into", "in", "on", "at", "to"})
# "The arrest took place on Monday", "the release came on Tuesday": verbs that say only that their subject happened
HAPPENING_FORMS = {
    form: lemma
    for lemma, forms in {
        "come": ("come", "came", "comes"),
        "happen": ("happen", "happened", "happens"),
        "occur": ("occur", "occurred", "occurs"),
        "take": ("take", "took", "takes", "taken"),
        "unfold": ("unfold", "unfolded", "unfolds"),
    }.items()
    for form in forms
}
RENAMING_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "his", "her"})
# "coincides with", "came after", "follows ... following", "amid": what relates the verb's subject event to another
RELATING_PREPOSITIONS = frozenset({"with", "after", "following", "amid", "amidst"})
# "at the scene", "on the spot": where an incident happened, while it happened or right after
SCENE_NOUNS = frozenset({"scene", "spot"})
# what has a scene: an incident the article tells
INCIDENT_TYPES = frozenset({"attack", "disaster", "mass-violence", "military", "protest", "coercion"})
# "on the day of the crash", "the morning after the blast", "the night before the vote": a day, or a part of one,
# told by the event it names, and how many days from that event's day it is (the night runs into the next day)
DAY_WORDS = frozenset({"day", "morning", "afternoon", "evening", "night"})
DAY_OF = dict.fromkeys(DAY_WORDS, (0, 0))
DAY_AFTER = {"day": (1, 1), "morning": (1, 1), "afternoon": (0, 1), "evening": (0, 1), "night": (0, 1)}
DAY_BEFORE = {"day": (-1, -1), "morning": (-1, 0), "afternoon": (-1, 0), "evening": (-1, -1), "night": (-1, 0)}
# what says an event noun's own participant is a new one, so no act told before: "the arrest of a third suspect"
NEW_PARTICIPANT_WORDS = frozenset({"a", "an", "another", "other", "second", "third", "fourth", "further", "new"})
DURATION = re.compile(r"^P(?:T(?P<hours>\d+|X)H|T(?P<minutes>\d+|X)M|(?P<n>\d+|X)(?P<unit>[DWMY]))$")


class EventDater(FinderBase):
    """Dates the candidate events of an article."""

    _news_sentences: frozenset[int] = frozenset()  # where the candidates' triggers stand: sentences telling news

    def _after_its_report(self, day: dt.date, owner: Candidate) -> bool:
        """A day after the report for an act its verb tells as done: no day of that act (the day after it may be,
        abroad: "collapsed at 3:30 a.m. on Sunday" in a Saturday report from another time zone)."""
        return day > self.published + dt.timedelta(days=1) and _past_verb(owner.trigger) and not owner.planned

    def _date(self, candidates: list[Candidate]) -> None:
        self.clause_days: dict[int, tuple[dt.date, dt.date]] = {}
        self._news_sentences = frozenset(self.sentence(c.trigger).start for c in candidates)
        self._entries: dict[int, tuple[int, dt.date, dt.date, str]] | None = None
        self._listed_entries: frozenset[int] = frozenset()
        self._headings: list[tuple[int, dt.date]] | None = None
        anchor_of: dict[int, Candidate] = {}
        for candidate in candidates:
            for token in candidate.anchors:
                anchor_of.setdefault(token.i, candidate)
        owned: dict[int, list[Any]] = {}
        relations: list[tuple[Any, Candidate, Any]] = []
        # "A day after the blast, the road was still shut on Tuesday": (time, its tokens, whether only if alone)
        clause_relations: list[tuple[Any, Any, bool]] = []
        windows: dict[int, tuple[dt.date, dt.date]] = {}
        previous: Any = None  # the last date the text gave, which "a day later" counts from
        range_ends: set[int] = set()  # the start of "2012" in "between 2008 and 2012": part of the range before it
        hours_of_named: list[tuple[Candidate, Any]] = []  # "within hours of the announcement": (act, noun)
        same_day_of_named: list[tuple[Candidate, Any]] = []  # "the same evening as the verdict": (act, noun)
        for timex in self.timexes:
            span = self.timex_span(timex)
            if span is None or len(span) == 0 or timex.start in range_ends:
                continue
            if timex.type == "DURATION" and self._hours_after_a_time(timex, span):
                # "Police arrested two of them within an hour", "two hours later": the day of the time given
                owner = self._owner(span.root, anchor_of)
                day = self._last_day_before(timex, span)
                named = _named_event_of(span)
                if owner is not None and named is not None and not owner.planned and told_as_past(owner.trigger):
                    hours_of_named.append((owner, named))  # counted from that event once the dates are known
                if owner is not None and day is not None and not owner.planned and told_as_past(owner.trigger):
                    # a deadline ("must reply within 48 hours") is no time the act was done at
                    owned.setdefault(id(owner), []).append(self._hours_from(day, timex, span, owner))
                continue
            if timex.relation in ("after", "before") and timex.type == "DURATION":
                owner = self._owner(span.root, anchor_of) or _event_of_marked_clause(span.root, anchor_of)
                if owner is not None:
                    relations.append((timex, owner, span))
                if owner is None or _marks_its_own_clause(span, owner):
                    clause_relations.append((timex, span, False))  # counted from the clause's day once it is known
                elif _measures_the_mark_of(span, owner):
                    # its day only if it joins no event of the article: it may name one told with a date of its own
                    clause_relations.append((timex, span, True))
                continue
            if timex.earliest is None or timex.latest is None:
                window = _VAGUE_WINDOW.search(timex.text)
                if window and not timex.value[:1].isdigit():
                    unit = window["unit"].lower()
                    count = window["n"] and (
                        int(window["n"]) if window["n"].isdigit() else _NUMBERS[window["n"].lower()]
                    )
                    days = count * UNIT_DAYS[unit] if count else WINDOW_DAYS[unit]  # "the last three years"
                    windows[self.sentence(span.root).start] = (self.published - dt.timedelta(days=days), self.published)
                    owner = self._owner(span.root, anchor_of)
                    if owner is not None:
                        owned.setdefault(id(owner), []).append(
                            _Bounds(self.published - dt.timedelta(days=days), self.published, "unknown", 99)
                        )
                continue
            same_as = _same_day_as(span) if _SAME_TIME.match(timex.text) else None
            if same_as is not None:
                # "The same evening as the verdict, the association suspended the group": that event's day, not the
                # day the text gave last
                owner = self._owner(span.root, anchor_of)
                if owner is not None and not owner.planned:
                    same_day_of_named.append((owner, same_as))
                continue
            if _SAME_TIME.match(timex.text) and previous is not None and previous.earliest == previous.latest:
                # "arrested them on Tuesday. They were still held yesterday. The board suspended the firm the same
                # day": the day of the last act told (Tuesday), where the tagger counts from any date (yesterday)
                timex = replace(timex, earliest=previous.earliest, latest=previous.latest, precision="day")
            if timex.type == "TIME" and _attributive(span) and not self._time_of_an_act(span):
                continue  # "cut its overnight lending rate": a kind of rate, no time of the event
            if _to_the_day(span):
                continue  # "ten years to the day after": "exactly", no day of its own
            if self._day_named_by_event(span.root) is not None:
                continue  # "the morning after the blast": counted from the blast's day below, not the tagger's
            if _scheduled_day(span) and timex.latest is not None and timex.latest <= self.published:
                continue  # "the summit, originally scheduled for Wednesday, was held on Friday": a past plan's day
            if _plan_day_of_called_off(span):
                continue  # "next week's strike has been called off": the plan's day, not the calling off's
            if self._new_time_of_put_off(span):
                continue  # "the trial was adjourned to May": when the trial is now due, ahead of the adjourning
            if self._converted_time(timex):
                # "at 11.30 p.m. (0430 GMT on Monday)": the local time told first says the day; the tagger gives it
                # the local day (the zone's moved back or on when the two clocks lie across midnight)
                continue
            if timex.earliest is not None and timex.earliest == timex.latest:
                for told in _clauses_of_a_dated_antecedent(span, anchor_of):
                    # "the note of 12 May, in which it declared the envoy persona non grata": what the note did was
                    # done on its day (far from the clause's verb, so a time of the clause's own wins)
                    owned.setdefault(id(told), []).append(
                        _Bounds(timex.earliest, timex.latest, "day", ANTECEDENT_DAY_DISTANCE)
                    )
            for told in _when_clauses(span, anchor_of):
                # "a wave of arrests in January, when police detained 40 people": the clause's time is January
                at = self._month_behind(timex, told)
                if at.earliest is not None and at.latest is not None:
                    owned.setdefault(id(told), []).append(_Bounds(at.earliest, at.latest, at.precision or "day", 0))
            # "earlier this month" counts from the report ("this"), not from the last date the text gave
            anaphoric = _counts_from_a_day_told(timex.text)
            owner = self._owner(span.root, anchor_of)
            owner = self._argument_event(span, owner, anchor_of) or owner
            # "The hostages were freed. The release came on Tuesday": the day of the event named again
            renamed = self._renamed(span, candidates)
            if renamed is not None and owner is None:
                owner = renamed
            elif renamed is not None and owner is not None and _names_clause_subject(owner, span):
                # a noun the lexicon knows is an event itself, which the back-reference rules join to the one
                # told, once it is of that kind ("their release" of the hostages freed: no product's)
                owner.type = renamed.type
            if owner is None and anaphoric:
                counted = self._counted_day(timex, previous or self._report_day_before(timex, span))
                if counted is not None and self._introduced_by(span) not in STATE_END_WORDS:
                    # "struck down the budget on March 3. The farmers answered the next morning ... broke it up two
                    # days later": the next count goes on from the day this one gave, and so does its clause (not
                    # "the road stayed shut until the next morning": when a state ended, no act's day)
                    previous = counted
                    verb = _clause_verb(span.root)
                    if verb is not None:
                        self.clause_days.setdefault(verb.i, (counted.earliest, counted.latest))
                continue
            if owner is None:
                if not anaphoric and timex.type in ("DATE", "TIME"):
                    if (
                        (timex.type == "DATE" or _part_of_a_named_day(timex))
                        and not any(_describes_a_participant(t, anchor_of) for t in span.root.ancestors)
                        and not _told_as_lasting(span.root)
                    ):
                        # (not "The dam, completed in 1961, collapsed in the night": no night of 1961)
                        previous = timex  # "in 1984 the first Macintosh was released": the date "later" counts from
                    if timex.earliest == timex.latest and self._introduced_by(span) not in STATE_END_WORDS:
                        # "The agency on Sunday stressed its role as the president convened ...": the day of a
                        # clause that is no event itself, for the clauses that hang on it
                        verb = _clause_verb(span.root)
                        if verb is not None:
                            self.clause_days.setdefault(verb.i, (timex.earliest, timex.latest))
                continue
            if self._in_comparison(span, owner):
                continue  # "the biggest strike since the war began in 2022": not when this one happened
            if self._baseline(span, owner):
                continue  # "down from 45 a year earlier", "compared with March 2023": the yardstick's time
            if anaphoric:
                # "said a day later": later than the last date the text gave, not than the report
                shifted = self._after_reference(timex, previous or self._report_day_before(timex, span))
                if shifted is None:
                    continue
                earliest, latest, precision = shifted
                owned.setdefault(id(owner), []).append(_Bounds(earliest, latest, precision, 0))
                previous = self._counted_day(timex, previous or self._report_day_before(timex, span)) or previous
                continue
            of_that_day = self._of_the_day_told(timex, previous)
            if of_that_day is not None and self._after_its_report(of_that_day[0], owner):
                continue  # "talks next Monday. The mayor spent the morning ...": not that Monday's morning
            if of_that_day is not None:
                distance = min(abs(span.root.i - a.i) for a in owner.anchors)
                owned.setdefault(id(owner), []).append(_Bounds(*of_that_day, distance))
                continue
            if self._entry_stamp(timex) and self._day_named_beside(timex, owner):
                continue  # "08:40 - Culling was completed on Saturday evening": the entry's own day, not its stamp's
            timex = self._month_behind(timex, owner)
            if not _told_as_lasting(span.root) and not (timex.type == "TIME" and clock_only(timex.text)):
                # (a clock alone names no day: the tagger put it on the report's, "at 05:00 the following morning"
                # counts from the day told before it)
                previous = timex
            timex = self._weekday_ahead(timex, span)
            if (
                timex.type == "TIME"
                and timex.latest == self.published
                and clock_only(timex.text)
                and not self._present(owner.verb)
                and not self._entry_stamp(timex)
                and not self._still_so_since(span, owner)
            ):
                # "at 8.30pm" in an article of the next morning: that evening or the report's day, unless the
                # article's news is of an earlier day still
                earliest = min(self._news_day(), self.published - dt.timedelta(days=1))
                timex = replace(timex, earliest=earliest, precision="unknown")
                conjunct_day = self._day_of_first_conjunct(owner.verb)
                if conjunct_day is not None:
                    # "closed the channel at 7:40 a.m. on Friday and reopened it at 4:40 p.m.": that day, or the
                    # next when the clock went past midnight
                    latest = min(conjunct_day + dt.timedelta(days=1), self.published)
                    timex = replace(timex, earliest=conjunct_day, latest=latest)
                else:
                    day_named_before = self._last_day_before(timex, span)
                    if day_named_before == self.published and not _evening_clock(timex):
                        # "Shares fell 41% on Tuesday ... Greyfin published its report at 9.30 a.m." in Tuesday's
                        # wire: a clock right after the text names the report's own day is of that day (an evening
                        # one, "the blast went off shortly after 6 p.m.", may still be of the evening before)
                        timex = replace(timex, earliest=self.published, latest=self.published, precision="day")
            if _FISCAL.match(self.text, timex.end) or _FISCAL_WORD.search(timex.text):
                continue  # "the first quarter of the financial year": a company's calendar, not ours
            distance = min(abs(span.root.i - a.i) for a in owner.anchors)
            earliest, latest, precision = timex.earliest, timex.latest, timex.precision or "day"
            if _EARLIER_THIS.match(timex.text) and earliest <= self.published:
                # "earlier this month": some day from the month's first to the report (the tagger keeps the
                # first third, as for "early this month")
                latest, precision = self.published, "unknown"
            before_word = self._introduced_by(span)
            if before_word in STATE_END_WORDS:
                continue  # "suspended the search until Wednesday": when the suspension ends, not when it began
            range_end = self._range_end(timex, before_word)
            if range_end is not None:
                # "sold the policies between 2008 and 2012", "ran the plant from 2003 to 2007": some time in the
                # whole span, not in its first year
                range_ends.add(range_end.start)
                if range_end.latest < earliest:
                    # "between March and June 2019": the first end takes the year the second gives
                    earliest = _years_on(earliest, range_end.latest.year - earliest.year)
                latest, precision = max(range_end.latest, earliest), "unknown"
            if before_word == "by" and latest <= self.published:
                owner.set_dates(None, latest, "unknown", "timex")  # "had withdrawn by Sunday": no later than it
                owner.dated = False
                continue
            since = before_word == "since" or self._since_phrase(span, owner)
            if since and earliest > self.published and not _YEAR.search(timex.text):
                # "its shares have fallen since January" in December: the January before, not the next one
                earliest, latest = _years_on(earliest, -1), _years_on(latest, -1)
            if since and before_word == "since" and earliest == latest and state_one_act_began(owner.verb):
                pass  # "has been closed to all traffic since 3 November": closed on that day, shut ever since
            elif (timex.mod in ("LESS_THAN", "EQUAL_OR_LESS") or since) and latest <= self.published:
                # "less than two weeks ago", "have seized power in five countries since 2020": since then
                latest, precision = self.published, "unknown"
            elif timex.mod in ("MORE_THAN", "EQUAL_OR_MORE") and latest <= self.published:
                owner.set_dates(None, latest, "unknown", "timex")  # "more than a year ago": before then
                owner.dated = False
                continue
            if self._after_its_report(earliest, owner):
                continue  # "talks next Monday. The mayor spent the morning ...": the tagger's count, not the act's day
            if self._done_by_tonight(timex, owner):
                latest = self.published
            owned.setdefault(id(owner), []).append(_Bounds(earliest, latest, precision, distance))
        for candidate in candidates:
            bounds = owned.get(id(candidate))
            if bounds:
                # one expression inside another ("June 2010 ... June 7"): the precise one; else the nearest
                nested = [b for b in bounds if all(o.earliest <= b.earliest and b.latest <= o.latest for o in bounds)]
                best = nested[0] if nested else min(bounds, key=lambda b: (b.distance, b.latest - b.earliest))
                candidate.set_dates(
                    best.earliest, best.latest, best.precision, "timex" if best.precision != "unknown" else "window"
                )
        self._date_anniversaries(candidates)
        # "In a July 16 press conference Jobs said": during a dated event
        for candidate in candidates:
            if not candidate.dated and self._since_daybreak(candidate):
                candidate.set_dates(self.published, self.published, "day", "timex")
        for candidate in candidates:
            if not candidate.dated:
                self._during(candidate, anchor_of)
        for candidate in candidates:
            if not candidate.dated:
                self._by_dated_decision(candidate, anchor_of)
        for candidate in candidates:
            if not candidate.dated:
                self._decided_with_its_act(candidate, anchor_of)
        for candidate in candidates:
            if not candidate.dated:
                self._simultaneous(candidate, anchor_of)
        for candidate in candidates:
            if not candidate.dated:
                self._carried_by_a_dated_text(candidate, anchor_of)
        for candidate in candidates:
            if not candidate.dated:
                self._going_on_from(candidate, anchor_of)
        for candidate in candidates:
            if not candidate.dated:
                self._enacted_when_signed(candidate, anchor_of)
        for candidate in candidates:
            if not candidate.dated:
                self._at_the_clauses_time(candidate, anchor_of)
        for candidate in candidates:
            if not candidate.dated:
                self._at_the_scene(candidate, candidates)
        for candidate in candidates:
            if not candidate.dated and candidate.earliest is None:
                self._in_the_fronted_time(candidate, anchor_of)  # for a conjunct that joins no event of the first
        for candidate in candidates:
            if not candidate.dated and candidate.earliest is None and candidate.days_if_alone is None:
                self._in_the_trailing_time(candidate, anchor_of)  # for a first verb that joins no event of the last
        for candidate in candidates:
            if not candidate.dated and candidate.earliest is None:
                self._early_hours_of_the_clauses_day(candidate, anchor_of)
        for candidate in candidates:
            if not candidate.dated and candidate.earliest is None:
                # "On Wednesday they took over the palace and blocked the highway, cutting the road link": the
                # participle of a conjunct the time put first has just dated
                self._simultaneous(candidate, anchor_of)
        # "ahead of the November 5 election, Trump claimed": before a dated event, so not today
        for candidate in candidates:
            if not candidate.dated:
                self._prepositional_relation(candidate, anchor_of)
        for candidate in candidates:
            if not candidate.dated and candidate.latest is None and not candidate.planned:
                self._in_dated_entry(candidate)
        # what the article says holds now holds on its publication date (or its report's date)
        yesterday = self.published - dt.timedelta(days=1)
        past_days = [(start, root) for start, day, root in self._explicit_days() if day < yesterday]
        for candidate in candidates:
            if candidate.dated or not self._present(candidate.verb):
                continue
            if self._historical_present(candidate, past_days):
                continue  # historical present: "Trump (left) listens as Putin speaks ... in July 2018"
            if _referred_back_by_carrier(candidate):
                continue  # "This retaliatory attack coincides with ...": the attack told before, not one today
            if _habitual(candidate.verb):
                continue  # "Police often detain journalists", "crashes are common": what happens, on no one day
            day = self._report_date(candidate, anchor_of) or self.published
            candidate.set_dates(day, day, "day", "present")
        # reporting verbs in a main clause take the publication date, unless the article dates this
        # speaker's statement itself ("Jobs said yesterday"): then the others join that one
        dated_speakers = {
            (c.type, a.name)
            for c in candidates
            if c.dated and c.basis == "timex"
            for a, role in c.participants
            if role == "agent"
        }
        news_day = self._news_day()
        for candidate in candidates:
            if not candidate.dated and candidate.latest is None and _at_an_earlier_time(candidate.verb):
                # "police said at the time": said when the event told happened, not on the report's day
                self._said_back_then(candidate, candidates)
        for candidate in candidates:
            if not candidate.dated and candidate.latest is None and self._reports_today(candidate, anchor_of):
                speakers = {(candidate.type, a.name) for a, role in candidate.participants if role == "agent"}
                if speakers & dated_speakers:
                    # unless it joins that dated statement: the day the article gives for what this speaker
                    # did in its news ("Jobs said yesterday ... Jobs also said"), else the report's
                    speakers_day = self._speakers_news_day(candidate, candidates)
                    if speakers_day is not None and self._in_an_issued_text(candidate.verb):
                        # "Nordvik said on Wednesday it was recalling ... Nordvik said in a statement": the statement
                        # that speaker's dated words of the news were put out in, which the occasions join
                        # (extract.__init__)
                        continue
                    candidate.fallback = speakers_day or self.published
                    if speakers_day is not None and speakers_day != self.published and not self._continues(candidate):
                        # should it stay its own statement, the text gives it no day: its report bounds it
                        precision = "reported" if told_as_past(candidate.trigger) else "unknown"
                        candidate.set_dates(None, self.published, precision, "report")
                        candidate.report_only = True
                    continue
                if news_day < self.published:
                    # an article whose latest news is of an earlier day ("sworn in on Monday", published
                    # Tuesday): what it quotes was said between that day and the report
                    candidate.set_dates(news_day, self.published, "unknown", "publication")
                elif news_day > self.published:
                    # its news is already of the next day where it happened ("at 2 a.m. on Wednesday" in a
                    # Tuesday article): said on the report's day or, there, the next
                    candidate.set_dates(self.published, news_day, "unknown", "publication")
                else:
                    candidate.set_dates(self.published, self.published, "day", "publication")
        for timex, span, if_alone in clause_relations:
            self._counted_from_clause_day(timex, span, anchor_of, if_alone)
        for _ in range(3):
            for timex, owner, span in relations:
                self._relate(timex, owner, span, anchor_of)
            for candidate in candidates:
                if not candidate.dated:
                    self._prepositional_relation(candidate, anchor_of)
        for owner, noun in hours_of_named:
            self._hours_of_named_event(owner, noun, candidates)
        for owner, noun in same_day_of_named:
            # only the event told by the same word: a kind ("the verdict" after a conviction) may as well be a later
            # act of that kind (an appeal filed since), and a wrong day is worse than the report's bound
            word = self.lexicon.lemma(noun)
            same_word = [
                c
                for c in candidates
                if c.dated
                and c is not owner
                and c.trigger.i < noun.i
                and c.earliest == c.latest
                and c.precision == "day"
                and self.lexicon.lemma(c.trigger) in (word, word[:-3] if word.endswith("ing") else word)
            ]
            day = max(same_word, key=lambda c: c.trigger.i).earliest if same_word else None
            if day is not None and day <= self.published and not owner.dated:
                owner.set_dates(day, day, "day", "relation")
        for candidate in candidates:
            if candidate.earliest is None and not candidate.planned:
                # "two days after their arrest by the agency" with "The agency detained the two men on Monday":
                # an event noun that names an act the article dates happened on that act's day
                act = self._act_named(candidate.trigger, candidate, candidates)
                if act is not None and act.earliest is not None and act.earliest <= self.published:
                    candidate.named_act = act
                    candidate.days_if_alone = act.earliest, act.earliest, "day"
        for token in self.doc:
            self._date_by_day_of_named(token, candidates, anchor_of)
        for candidate in candidates:
            if not candidate.dated and candidate.latest is None:
                self._done_by_dated_event(candidate, anchor_of)
        for candidate in candidates:
            if not candidate.dated and candidate.latest is None:
                self._date_on_the_eve(candidate, candidates)
        for candidate in candidates:
            if candidate.earliest is not None and candidate.earliest == candidate.latest:
                continue
            day = self._day_of_heading_entry(candidate)
            if day is not None and (candidate.earliest or day) <= day <= (candidate.latest or day):
                # "Update - Sunday 15 March, 17:30 UTC" over "Two exchanges have frozen the funds": what the entry
                # tells as just done was done by the time its stamp gives, on that day (within the window another
                # clause left it, "after a fire on Friday night")
                candidate.set_dates(day, day, "day", "entry")
        for candidate in candidates:
            if not candidate.dated and candidate.latest is None and self._done_in_stamped_entry(candidate):
                # "12:20 - It's a conviction. The judge has found him guilty": an entry of live coverage tells
                # what has just happened, on the report's day
                candidate.set_dates(self.published, self.published, "day", "entry")
        for candidate in candidates:
            if candidate.dated or candidate.earliest is not None or candidate.latest is not None:
                continue
            if self._from_the_first_conjuncts_day(candidate, anchor_of):
                continue
            reporter = self._reporter_of_immediate_act(candidate, anchor_of)
            if reporter is not None and reporter.earliest is not None and reporter.latest is not None:
                # "told the exchange that its auditor had resigned with immediate effect": done as it was told, or
                # the day before when told on the report's own day (its news cycle); unless it joins an act of
                # the article dated on its own ("the board accepted his resignation on Monday evening")
                earliest = reporter.earliest - dt.timedelta(days=1 if reporter.earliest == self.published else 0)
                candidate.days_if_alone = earliest, reporter.latest, "day" if earliest == reporter.latest else "unknown"
            said_day = self._perfect_in_dated_report(candidate, anchor_of)
            if said_day is not None:
                # just done when said: a statement the text dates before its report ("said late on Tuesday" in a
                # Wednesday story) tells that day's act; one of the report's own day ("today announced that its
                # chief has resigned", "says it has blocked") sums up its news cycle, the day before included
                earliest = said_day if said_day < self.published else said_day - dt.timedelta(days=1)
                candidate.set_dates(earliest, said_day, "day" if earliest == said_day else "unknown", "report")
                continue
            told_day = self._part_of_the_told_day(candidate)
            if told_day is not None:
                candidate.set_dates(*told_day, "relation")
                continue
            sentence_window = windows.get(self.sentence(candidate.trigger).start)
            latest = self._report_date(candidate, anchor_of) or self.published
            if sentence_window is not None and sentence_window[0] <= latest:
                candidate.set_dates(sentence_window[0], latest, "unknown", "window")
            elif told_as_past(candidate.trigger):
                # it happened, and on or before the day it was reported: bounded by the report
                candidate.set_dates(None, latest, "reported", "report")
                if not self._speaker_dated_elsewhere(candidate, candidates):
                    candidate.focus = self._focus(candidate, latest) or self._perfect_of_the_lead(candidate, latest)
                    episode_day = None if candidate.focus else self._day_of_the_episode_told_before(candidate, latest)
                    if episode_day is not None and candidate.days_if_alone is None:
                        candidate.days_if_alone = episode_day, episode_day, "day"
                if candidate.focus is None and candidate.days_if_alone is None:
                    # whichever occasion a speaker told it on, an answer to the incident came after it
                    candidate.focus = self._perfect_answering_the_incident(
                        candidate, latest, candidates
                    ) or self._end_of_a_named_act(candidate, latest, candidates)
            else:
                # told in the present ("Putin speaks at a press conference", a photo caption) or as
                # a plan: the report does not say it had happened by then, so the bound stays open
                candidate.set_dates(None, latest, "unknown", "report")

    def _date_anniversaries(self, candidates: list[Candidate]) -> None:
        """ "laid flowers on Saturday, ten years to the day after the ferry sank", "marked the first anniversary
        of the bombing on Saturday": the commemoration is now, the event it remembers that many years before (a
        day named for the remembering is not the remembered event's). "To the day" gives the very day; an
        anniversary is marked on the day or the days around it."""
        for candidate in candidates:
            found = self._remembered_by(candidate.trigger)
            if found is None or (
                candidate.latest is not None and candidate.dated and _years_on(candidate.latest, 1) < self.published
            ):
                continue  # "the anniversary of the May 1996 massacre": the text dates it itself
            years, exact = found
            reference = self._commemoration_day(candidate.trigger.sent)
            earliest, latest = _years_on(reference[0], -years), _years_on(reference[1], -years)
            if exact and earliest == latest:
                candidate.set_dates(earliest, latest, "day", "relation")
            elif exact:
                candidate.set_dates(earliest, latest, "unknown", "relation")
            else:
                slack = dt.timedelta(days=ANNIVERSARY_SLACK_DAYS)
                candidate.set_dates(earliest - slack, latest + slack, "unknown", "relation")

    def _remembered_by(self, trigger: Any) -> tuple[int, bool] | None:
        """How many years before the commemoration the trigger's event was and whether to the day; None when no
        "N years to the day after" or "Nth anniversary of" in its sentence governs it."""
        for word in tokens_in(trigger.sent):
            if word.lower_ in ("anniversary", "anniversaries"):
                years = _anniversary_years(word)
                remembered = [c for c in children_of(word) if c.lower_ == "of"]
                if years and any(trigger in of.subtree for of in remembered):
                    return years, False
            elif word.i < trigger.i and word.lower_ in ("after", "since"):
                years = _years_to_the_day(word)
                if years and not any(t.lower_ in (",", ";") for t in word.doc[word.i : trigger.i]):
                    return years, True
        return None

    def _commemoration_day(self, sentence: Any) -> tuple[dt.date, dt.date]:
        """The day of the remembering: a recent day the sentence names (a day the parse hung on the remembered
        event's words too: "marked the anniversary of the bombing on Saturday"), else the days the article's
        news is of, to the report."""
        for timex in self.timexes:
            span = self.timex_span(timex)
            if span is None or len(span) == 0 or span.root.sent != sentence or timex.type not in ("DATE", "TIME"):
                continue
            day = timex.earliest
            if day is None or day != timex.latest or _to_the_day(span) or self._dateline(timex):
                continue
            if self.published - dt.timedelta(days=NEWS_DAYS) <= day <= self.published:
                return day, day
        return min(self._news_day(), self.published), self.published

    def _converted_time(self, timex: Any) -> bool:
        """Whether the expression sits in brackets that restate a clock time just told in another zone ("struck at
        10:40 p.m. (0340 GMT Monday)"): where it happened, it was still the day of the local time."""
        opening = self.text.rfind("(", max(0, timex.start - 40), timex.start)
        closing = self.text.find(")", timex.end, timex.end + 40)
        if opening < 0 or closing < 0 or ")" in self.text[opening : timex.start]:
            return False
        inside = self.text[opening + 1 : closing]
        return bool(_ZONE.search(inside)) and bool(_CLOCK_BEFORE.search(self.text[max(0, opening - 40) : opening]))

    def _told_before(self, noun: Any, candidates: Iterable[Candidate]) -> Candidate | None:
        """The last event before a definite noun, dated to one day, that the noun names again: the same word ("the
        attack" after "attacked", "the sinking" after "sank", "his arrest") or a kind it names ("the disaster" after
        a dam burst; "the blast" or "the crash" after an attack or a disaster, as the text tells either)."""
        if not any(
            c.dep_ in ("det", "poss") and c.lower_ in RENAMING_DETERMINERS | {"my", "our"} for c in children_of(noun)
        ):
            return None  # "after a blast": not one told before
        word = self.lexicon.lemma(noun)
        stem = word[:-3] if word.endswith("ing") else word
        kinds = self._kinds_named(noun)
        if kinds & INCIDENT_TYPES:
            kinds |= {"attack", "disaster"}
        told = [
            c
            for c in candidates
            if c.dated
            and c.trigger.i < noun.i
            and c.earliest == c.latest
            and c.precision == "day"
            and (
                self.lexicon.lemma(c.trigger) in (word, stem)
                or c.type in kinds
                # "his death" after "died": a toll's death or an office holder's, whichever type it took
                or (word in DEATH_NOUNS and self.lexicon.lemma(c.trigger) in DEATH_VERBS)
            )
        ]
        return max(told, key=lambda c: c.trigger.i) if told else None

    def _day_named_by_event(self, token: Any) -> tuple[str, Any] | None:
        """ "on the day of the crash", "the morning after the blast", "the night before the vote": the word that
        relates the day to an event ("of", "after", "before") and the event's noun, when ``token`` is that day."""
        if token.lower_ not in DAY_WORDS or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)):
            return None
        if token.i + 1 >= len(token.doc):
            return None
        relation = token.doc[token.i + 1]
        if relation.lower_ not in ("of", "after", "before") or (
            relation.head.i not in (token.i, token.head.i) and token.head.i != relation.i
        ):
            return None  # "after" may hang on the day or on the verb beside it, or the day on "after"
        noun = _child(relation, "pobj")
        if noun is None or not noun.tag_.startswith("NN") or noun.ent_type_ in ("DATE", "TIME"):
            return None
        return (relation.lower_, noun) if self._names_an_event(noun) else None

    def _date_by_day_of_named(self, token: Any, candidates: list[Candidate], anchor_of: dict[int, Candidate]) -> None:
        """ "Police sealed the port on the day of the explosion", "the morning after the blast", "the night before the
        vote": the day the article gives the event named, or the one after or before it; with no such day the phrase
        gives none (its report bounds the act), never the day the tagger counts from the report."""
        found = self._day_named_by_event(token)
        if found is None:
            return
        owner = self._owner(token, anchor_of)
        if owner is None or owner.planned or (owner.earliest is not None and owner.basis != "publication"):
            return
        relation, noun = found
        day = self._day_of_event_noun(noun, owner, candidates, anchor_of)
        if day is None:
            return
        first, last = {"of": DAY_OF, "after": DAY_AFTER, "before": DAY_BEFORE}[relation][token.lower_]
        earliest, latest = day + dt.timedelta(days=first), min(day + dt.timedelta(days=last), self.published)
        if earliest <= latest:
            owner.set_dates(earliest, latest, "day" if earliest == latest else "unknown", "relation")

    def _day_of_event_noun(
        self, noun: Any, owner: Candidate, candidates: list[Candidate], anchor_of: dict[int, Candidate]
    ) -> dt.date | None:
        """The one day of the event a noun names: its own ("the day after Monday's crash"), else that of the act it
        names again (as "two days after the blast" counts from it)."""
        told = self._told_before(noun, candidates)
        if told is not None and told is not owner:
            return told.earliest
        named = anchor_of.get(noun.i)
        if named is not None and named is not owner:
            if named.dated and named.earliest == named.latest and named.precision not in ("unknown", "reported"):
                return named.earliest
            if named.days_if_alone is not None and named.days_if_alone[0] == named.days_if_alone[1]:
                return named.days_if_alone[0]
            if named.earliest is not None:
                return None  # a window: no one day to count from
        act = self._act_named(noun, named, candidates)
        return None if act is None else act.earliest

    def _act_named(self, noun: Any, named: Candidate | None, candidates: list[Candidate]) -> Candidate | None:
        """The day of the act a definite or possessive event noun names again ("their arrest" after or before
        "detained the two men on Monday", "the crash" and "crashed on October 17"): told by the same word, or one
        its type says is the same act ("detained", "arrest"); dated to one day by the text.  Told before: the
        nearest such act, unless an undated one of its kind comes between (that one may be meant).  Told only
        after (a lead names what its body dates): the one day they all have, or that of the acts whose subject
        or object agrees in number with the noun's possessive pronoun ("their arrest": the two men's, not the
        Latvian's)."""
        if not noun.tag_.startswith("NN") or reference_form(noun) is None:
            return None
        for prep in children_of(noun):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for patient in _children(prep, "pobj"):
                    if any(c.lower_ in NEW_PARTICIPANT_WORDS or c.like_num for c in children_of(patient)):
                        return None  # "the arrest of a third suspect": another act of that kind
        word = self.lexicon.lemma(noun)
        stem = word[:-3] if word.endswith("ing") else word
        kinds = {named.type} if named is not None else self._kinds_named(noun)

        def kin(other: Candidate) -> bool:
            if self.lexicon.lemma(other.trigger) in (word, stem):
                return True
            act = act_of_word(other.type, other.trigger.lower_)
            return other.type in kinds and act is not None and act == act_of_word(other.type, noun.lower_)

        told = [c for c in candidates if c is not named and c.trigger.i != noun.i and not c.planned and kin(c)]
        one_day = [
            c
            for c in told
            if c.dated
            and c.basis in ("timex", "relation")
            and c.earliest == c.latest
            and c.precision not in ("unknown", "reported")
        ]
        before = [c for c in told if c.trigger.i < noun.i]
        if before:
            nearest = max(before, key=lambda c: c.trigger.i)
            return nearest if nearest in one_day else None
        after = [c for c in one_day if c.trigger.i > noun.i]
        if len({c.earliest for c in after}) > 1:
            after = [c for c in after if _agrees_with_possessor(noun, c)]
        return after[0] if len({c.earliest for c in after}) == 1 else None

    def _date_on_the_eve(self, candidate: Candidate, candidates: list[Candidate]) -> None:
        """ "On the eve of the summit, police arrested 31 activists": the day before the day the text gives the
        summit; when it gives none, the report bounds it (not the time frame of the narration, which is the
        summit's)."""
        noun = _eve_of(candidate.verb)
        if noun is None:
            return
        day = self._day_of_named(noun, candidates)
        if day is not None and day - dt.timedelta(days=1) <= self.published:
            candidate.set_dates(day - dt.timedelta(days=1), day - dt.timedelta(days=1), "day", "relation")
        elif told_as_past(candidate.trigger):
            candidate.set_dates(None, self.published, "reported", "report")

    def _day_of_named(self, noun: Any, candidates: list[Candidate]) -> dt.date | None:
        """The day of the event a definite noun names again: an event told and dated before, else the day of the
        clause that named it before ("opened a summit on Thursday")."""
        told = self._told_before(noun, candidates)
        if told is not None:
            return told.earliest
        for token in reversed(noun.doc[: noun.i]):
            if token.lower_ == noun.lower_ and token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
                verb = token.head.head if token.dep_ == "pobj" else token.head
                days = self.clause_days.get(verb.i)
                if days is not None and days[0] == days[1]:
                    return days[0]
        return None

    def _said_back_then(self, candidate: Candidate, candidates: list[Candidate]) -> None:
        """ "Gunmen stopped the bus on Monday evening, police said at the time": from the day of the event its
        sentence tells to the report; with no such day, its report bounds it."""
        sentence = candidate.trigger.sent
        days = [
            other.earliest
            for other in candidates
            if other is not candidate
            and other.dated
            and other.trigger.sent == sentence
            and other.earliest is not None
            and other.earliest < self.published
        ]
        if days:
            candidate.set_dates(min(days), self.published, "unknown", "relation")
        else:
            candidate.set_dates(None, self.published, "reported", "report")
            candidate.report_only = True

    def _speaker_dated_elsewhere(self, candidate: Candidate, candidates: list[Candidate]) -> bool:
        """What a speaker said, when the article dates another of their statements: which occasion it was said
        on is the speech rules' question (one occasion, or the report's bound), not the narration's."""
        if candidate.type not in ADDRESS_TYPES:
            return False
        agents = {a.name for a, role in candidate.participants if role == "agent"}
        return any(
            c is not candidate
            and c.dated
            # "as the premier convened the summit" is dated only by the clause it hangs on: no occasion the text dates
            and c.basis == "timex"
            and c.type in ADDRESS_TYPES
            and agents & {a.name for a, role in c.participants if role == "agent"}
            for c in candidates
        )

    def _focus(self, candidate: Candidate, latest: dt.date) -> tuple[dt.date, str] | None:
        """The day that sets the time frame of an undated past event's narration (``_narration_frame``), once it is
        no later than the day a state the act began lasts "until" ("closed the highway until Wednesday": closed
        before Wednesday, so in the frame of a Sunday, but not of a Thursday)."""
        ends = self._lasting_until(self.sentence(candidate.trigger), latest)
        frame = self._narration_frame(candidate, latest, frozenset(i for i, _ in ends))
        if frame is not None and any(frame[0] > day for _, day in ends):
            return None
        return frame

    def _perfect_of_the_lead(self, candidate: Candidate, latest: dt.date) -> tuple[dt.date, str] | None:
        """ "Five people have been killed after a gondola cabin fell at a ski resort": the lead's main clause in the
        present perfect tells the article's news as just happened, so on the report's day or the one before it (a
        window from the day before, like the narration's frame; not pinned to a day the text did not give). Only
        the lead, only its main clauses, no time of its own, no word of background ("has long been", "since")."""
        verb = candidate.verb
        if candidate.trigger.i != verb.i and candidate.trigger.dep_ == "nsubj":
            # "A landslide has buried 40 homes": an event noun as the perfect's subject is the news its verb tells
            verb = candidate.trigger.head
        elif candidate.trigger.i != verb.i:
            return None
        if verb.tag_ != "VBN":
            return None
        auxiliaries = [c.lower_ for c in children_of(verb) if c.dep_ == "aux"]
        if not any(a in ("has", "have", "'ve", "'s") for a in auxiliaries) or any(a in MODALS for a in auxiliaries):
            return None
        if self._embedded_but_for_attribution(verb) or any(c.dep_ == "neg" for c in children_of(verb)):
            return None
        sentence = self.sentence(candidate.trigger)
        if not self._lead_sentence(sentence):
            return None
        asides = _asides(sentence, candidate.trigger)
        said_day = self._day_of_attribution_only(sentence, verb, asides)
        if said_day is None:
            return None  # a date in the lead: the narration's frame, or another time, not the news's
        if latest < said_day or _PERFECT_OF_BACKGROUND.search(_main_text(sentence, asides)):
            return None
        perfect = " ".join(c.text for c in children_of(verb) if c.dep_ in ("aux", "auxpass")) + " " + verb.text
        return said_day - dt.timedelta(days=1), f"{LEAD_PERFECT} {perfect!r}"

    def _end_of_a_named_act(
        self, candidate: Candidate, latest: dt.date, candidates: list[Candidate]
    ) -> tuple[dt.date, str] | None:
        """ "Truck drivers blocked the border crossing on 13 August. The blockade was lifted after talks": what ends
        an act the article dated and names again by a definite noun ("the blockade", "the strike", "their siege")
        came on or after that act's day (a window to the report: how long it lasted the text does not say).  Only
        an act of these weeks (``EPISODE_REACH_DAYS``), no time of its own, no word of background."""
        verb = candidate.verb
        if candidate.trigger.i != verb.i or self.lexicon.lemma(verb) not in ENDING_VERBS:
            return None
        if self.lexicon.lemma(verb) == "call" and not any(c.lower_ == "off" for c in children_of(verb)):
            return None
        sentence = self.sentence(candidate.trigger)
        asides = _asides(sentence, candidate.trigger)
        if _OFF_FOCUS.search(_main_text(sentence, asides)) or self._own_time(verb, sentence, asides):
            return None
        for noun in children_of(verb):
            if noun.dep_ not in ("dobj", "nsubjpass"):
                continue
            ended = self._told_before(noun, candidates)
            day = ended.earliest if ended is not None else None
            if day is not None and latest - dt.timedelta(days=EPISODE_REACH_DAYS) <= day <= latest:
                return day, f"{END_OF_THE_ACT} {noun.text!r}"
        return None

    def _own_time(self, verb: Any, sentence: Any, asides: frozenset[int]) -> bool:
        """Whether a time of the sentence hangs in the clause of ``verb`` ("said on Wednesday that it had informed":
        the saying's time is not the informing's)."""
        own_clause = {t.i for t in verb.subtree}
        return any(
            span is None or not len(span) or span.root.i in own_clause
            for _, span in self._times_outside(sentence, asides)
        )

    def _perfect_answering_the_incident(
        self, candidate: Candidate, latest: dt.date, candidates: list[Candidate]
    ) -> tuple[dt.date, str] | None:
        """ "A ship sank off Mauritius on September 14. The ministry has informed the Indian Ocean Commission": a
        perfect of the body that opens an inquiry, informs, asks for help or starts proceedings answers the incident
        the article dated before it, so it came on or after that day (a window to the report, not a day the text did
        not give).  Only the perfect ("has informed"; a simple past or "had informed" may tell any earlier act),
        only an incident of these weeks (``EPISODE_REACH_DAYS``), no time of its own, no word of background
        ("previously", "since", "three times")."""
        verb = candidate.verb
        if candidate.trigger.i != verb.i and candidate.trigger.dep_ == "dobj":
            verb = candidate.trigger.head  # "Prosecutors have started criminal proceedings": the noun the perfect does
        elif candidate.trigger.i != verb.i:
            return None
        if candidate.type not in ANSWERING_TYPES or verb.tag_ != "VBN":
            return None
        auxiliaries = [c.lower_ for c in children_of(verb) if c.dep_ == "aux"]
        if any(a in MODALS for a in auxiliaries) or any(c.dep_ == "neg" for c in children_of(verb)):
            return None
        if any(a in ("has", "have", "'ve", "'s") for a in auxiliaries):
            told_of = _clause_verb(verb.head) if _about_a_participant(verb) else None
            if self._embedded_but_for_attribution(verb) and (
                # the participant of a clause that tells the news, not one an analyst's guess names in passing ("could
                # hurt its talks with the European Union, which has urged ...")
                told_of is None
                or self._embedded_but_for_attribution(told_of)
                or any(c.dep_ == "aux" and c.lower_ in MODALS for c in children_of(told_of))
            ):
                return None
        elif "had" not in auxiliaries or not any(c.lower_ in AT_ONCE_WORDS for c in children_of(verb)):
            # "said on Wednesday that it had immediately informed the coast guard": a pluperfect only when told
            # as done at once, which puts it right after the incident, not at any time before the saying
            return None
        sentence = self.sentence(candidate.trigger)
        asides = _asides(sentence, candidate.trigger)
        main_text = _main_text(sentence, asides)
        if _PERFECT_OF_BACKGROUND.search(main_text) or _OFF_FOCUS.search(main_text):
            return None
        if self._own_time(verb, sentence, asides):
            return None  # a time of its own ("said on Wednesday" is the saying's, which bounds it from above)
        reach = latest - dt.timedelta(days=EPISODE_REACH_DAYS)
        incidents = [
            (c.earliest, c.trigger.i, c.trigger.text)
            for c in candidates
            # an act the narration tells as done, not a statement nor a present ("today identifies the object")
            if c.dated
            and c.precision == "day"
            and c.type not in ADDRESS_TYPES
            # "The recall follows the fire in Jurong West on 8 March": a happening named with its own past day
            and (_past_by_its_tags(c.trigger) or (c.basis == "timex" and not c.trigger.tag_.startswith("VB")))
            and c.trigger.i < sentence.start
            and c.trigger.idx >= self.body_start
            and c.earliest is not None
            and reach <= c.earliest <= latest
        ]
        if not incidents:
            return None
        day, _, words = min(incidents)
        return day, f"{ANSWER_TO_THE_INCIDENT} {words!r}"

    def _day_of_attribution_only(self, sentence: Any, verb: Any, asides: frozenset[int]) -> dt.date | None:
        """The day the lead's perfect was told as just done on: the report's, or the day its attribution names
        ("A mudslide has buried a village, officials said on Monday": the perfect is of the saying's moment).  None
        when an outlet tells it, when the lead names another time outside its relative clauses, or a time of these days
        inside them (an old one describes a participant: "over a fire that killed 31 workers in 2023")."""
        head = verb.head
        attribution = (
            {t.i for t in head.subtree} - {t.i for t in verb.subtree}
            if verb.dep_ == "ccomp" and head.i > verb.i and self.lexicon.reporting_verb(head)
            else set()
        )
        if attribution and self.outlet_speaking(head):
            return None  # "X has spoken with Y, the newspaper reported": an outlet's finding may be of any age
        said_days = set()
        for timex in self._timexes_in(sentence):
            if timex.earliest is None:
                continue
            span = self.timex_span(timex)
            if span is None or len(span) == 0:
                return None
            if span.root.i in asides:
                if timex.latest is not None and timex.latest >= self.published - dt.timedelta(days=NEWS_DAYS):
                    return None  # "has condemned the coup, where soldiers seized power on Wednesday": these days' news
                continue  # an old time describes a participant ("over a fire that killed 31 workers in 2023")
            if span.root.i not in attribution or timex.earliest != timex.latest or timex.latest > self.published:
                return None
            said_days.add(timex.latest)
        if len(said_days) > 1:
            return None
        return said_days.pop() if said_days else self.published

    def _embedded_but_for_attribution(self, verb: Any) -> bool:
        """Whether ``verb`` heads a clause under another, other than the whole sentence said by a source named after
        it ("A landslide has buried 40 homes, officials said": wire leads attribute their news so)."""
        head = verb.head
        attributed = (
            verb.dep_ == "ccomp" and head.i > verb.i and head.head.i == head.i and self.lexicon.reporting_verb(head)
        )
        return not attributed and self._embedded(verb)

    def _lead_sentence(self, sentence: Any) -> bool:
        """Whether a sentence is the article's lead: the first of its body that tells news.  A broadcast opens with a
        greeting, a clock or a speaker's label ("Good evening.", "PRESENTER: It's one o'clock GMT."): sentences that
        tell no event come before the lead, not in its place (at most ``LEAD_PREAMBLE_SENTENCES`` of them)."""
        if sentence.start_char < self.body_start:
            return False
        index = self._sentence_of[sentence.start]
        preamble = [s for s in self.sentences[:index] if s.end_char > self.body_start]
        # (a sentence in the past that tells no event is the scene of the news, "Buses stood idle in the depots":
        # the lead itself, not its preamble)
        return len(preamble) <= LEAD_PREAMBLE_SENTENCES and not any(
            s.start in self._news_sentences or any(t.tag_ in ("VBD", "VBN") for t in s) for s in preamble
        )

    def _lasting_until(self, sentence: Any, latest: dt.date) -> list[tuple[int, dt.date]]:
        """The tokens of the phrases of a sentence that say until when a state lasts ("until Wednesday", "till
        Friday morning"), with that day, when the day is one of the article's news or later: it ends what the act
        began, so it is no other time the act is set in (a state that ended long before, "until 2019", is)."""
        found = []
        for timex in self._timexes_in(sentence):
            if timex.earliest is None:
                continue
            span = self.timex_span(timex)
            if span is None or len(span) == 0 or self._introduced_by(span) not in STATE_END_WORDS:
                continue
            day = timex.earliest
            if _WEEKDAY.search(timex.text) and timex.earliest == timex.latest and day < latest:
                day += dt.timedelta(days=7)  # "closed the highway until Wednesday" on a Monday: the coming one
            if day < latest - dt.timedelta(days=FOCUS_DAYS):
                continue
            until = [span.start - 1] if span[0].lower_ not in STATE_END_WORDS else []
            found += [(i, day) for i in [*until, *range(span.start, span.end)]]
        return found

    def _narration_frame(
        self, candidate: Candidate, latest: dt.date, lasting: frozenset[int] = frozenset()
    ) -> tuple[dt.date, str] | None:
        """The day that sets the time frame of an undated past event's narration, and the words that say it.

        News narrates its day in the simple past: "Troops stormed the station on Tuesday. Two guards were
        wounded" puts the wounding on Tuesday too (the reference time of the discourse goes on until something
        moves it).  Only a narrating clause takes it: simple past (no "had", "has"), no word of background or an
        earlier occasion ("previously", "since", "last year", "again"), no date of its own, and a day of the
        article's news (a day, at most ``FOCUS_DAYS`` before the report) named in its own sentence or the
        sentence before.  The event is then known from that day to its report, not pinned
        to the day: a window (precision ``unknown``, basis ``focus``), never a day the text did not give."""
        verb = self._narrating(candidate.trigger)
        if verb is None:
            return None
        sentence = self.sentence(candidate.trigger)
        # "The governor, who took office in 2011, was placed under arrest": a clause describing a participant has
        # its own time, which is not the narrated event's
        asides = _asides(sentence, candidate.trigger) | lasting | self._planned_times(sentence, verb, latest)
        if _OFF_FOCUS.search(_main_text(sentence, asides)):
            return None
        own = self._days_in(sentence, latest, asides)
        if own is None:
            return None  # a date of another time in its own sentence: that frame, not the news day's
        if not own:
            earlier_aside = self._earlier_aside_day(sentence, latest, asides)
            if earlier_aside is not None:
                return earlier_aside
        if own:
            # "Putin said today that the men who attacked ...": the day of another clause is that clause's
            clauses = {_clause_verb(day_root) for _, _, day_root in own}
            return own[0][:2] if clauses <= _coordinated(verb) else None
        # the frame a day set goes on through the sentences that narrate on in the simple past ("Soldiers seized
        # the broadcaster on Tuesday. 'We have ended the regime,' an officer declared. The president was placed
        # under house arrest"); a sentence of background, of another time or not narrated leaves it (a paragraph
        # break does not: news paragraphs are a sentence or two of one narration)
        index = self._sentence_of[sentence.start]
        for back in range(1, FOCUS_SENTENCES + 1):
            if index - back < 0:
                return None
            previous = self.sentences[index - back]
            asides = _asides(previous, None) | self._nominal_times(previous, latest)
            earlier = self._days_in(previous, latest, asides)
            if earlier is None:
                return None
            earlier = earlier or self._lead_news_days(previous, latest)
            if earlier:
                # the sentence that names the day sets the frame, whatever else it says of other times
                return earlier[-1][:2]
            if _OFF_FOCUS.search(_main_text(previous, asides)) or self._narrating(previous.root) is None:
                return None  # a background sentence before it: the narration's time frame was left
        return None

    def _day_of_the_episode_told_before(self, candidate: Candidate, latest: dt.date) -> dt.date | None:
        """ "Fire broke out in a warehouse on the night of March 4. Firefighters rescued eleven workers": the sentence
        right after one that narrates an episode on a day, in the same paragraph, telling the next act of it in the
        simple past with no time of its own and no word of background, tells an act of that day.  Only for a day
        older than the narration's frame reaches (``FOCUS_DAYS``), whose window up to the report would be too wide to
        say anything; only the main line of both sentences (a pluperfect, a present, a clause of a participant, a
        quote or a new paragraph leaves the episode)."""
        verb = self._narrating(candidate.trigger)
        if verb is None or self._embedded(verb):
            return None
        sentence = self.sentence(candidate.trigger)
        index = self._sentence_of[sentence.start]
        if index == 0 or sentence.start_char < self.body_start:
            return None
        previous = self.sentences[index - 1]
        told_before = self.text[previous.start_char : sentence.start_char]
        if "\n" in told_before[len(told_before.rstrip()) :] or any(
            q in sentence.text + previous.text for q in DOUBLE_QUOTE_CHARS
        ):
            return None  # a new paragraph, or quoted words: not the reporter's narration going on
        asides = _asides(sentence, candidate.trigger)
        main_text = _main_text(sentence, asides)
        if (
            _OFF_FOCUS.search(main_text)
            or _LATER_IN_THE_EPISODE.search(main_text)
            or any(
                timex.type != "DURATION" or _clause_verb(span.root) in _coordinated(verb)
                for timex, span in self._times_outside(sentence, asides)
                if span is not None and len(span)
            )
        ):
            # background, a later day, or a time of its own: another episode, or this one's own day (but for the span
            # of what it asks, "ordered the ministry to rule within four weeks")
            return None
        previous_asides = _asides(previous, None)
        if _OFF_FOCUS.search(_main_text(previous, previous_asides)):
            return None
        days = set()
        for timex, span in self._times_outside(previous, previous_asides):
            if timex.type == "DURATION":
                continue  # "after nine hours of talks": a span, which names no other day
            told = _clause_verb(span.root) if span is not None and len(span) else None
            if (
                timex.earliest is None
                or timex.earliest != timex.latest
                or self._dateline(timex)
                or told is None
                or self._embedded(told)
                or self._narrating(told) is None
            ):
                return None
            days.add(timex.earliest)
        if len(days) != 1:
            return None
        day = days.pop()
        if day < latest - dt.timedelta(days=EPISODE_REACH_DAYS):
            return None  # an episode this old is background the report recalls; its next act came any time since
        return day if day < latest - dt.timedelta(days=FOCUS_DAYS) else None

    def _times_outside(self, sentence: Any, asides: frozenset[int]) -> list[tuple[Any, Any]]:
        """The time expressions of a sentence, with their tokens, but for a clock alone (a time of the day the
        narration is on) and those in its ``asides`` ("the driver, who is now under house arrest")."""
        found = []
        for timex in self._timexes_in(sentence):
            if _CLOCK_ONLY.match(timex.text):
                continue
            span = self.timex_span(timex)
            if span is not None and len(span) and span.root.i in asides:
                continue
            found.append((timex, span))
        return found

    def _nominal_times(self, sentence: Any, latest: dt.date) -> frozenset[int]:
        """The tokens of the times other than a day of the news that describe a thing a sentence names, with the
        preposition that hangs them on it ("contracts between 2020 and 2022", "its biggest one-day jump since March
        2025"): that thing's time, not the time of the narration the sentence goes on with (a day of the news,
        wherever the parser hung it, is that time)."""
        found: set[int] = set()
        for timex in self._timexes_in(sentence):
            day = timex.earliest
            if day is not None and day == timex.latest and latest - dt.timedelta(days=FOCUS_DAYS) <= day <= latest:
                continue
            span = self.timex_span(timex)
            if span is None or len(span) == 0:
                continue
            root = span.root
            while root.dep_ == "conj" and root.head.i < root.i:
                root = root.head  # "between 2017 and 2021"
            prep = root.head
            if root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.tag_ in ("NN", "NNS"):
                found |= {prep.i, *(t.i for t in span)}
        return frozenset(found)

    def _planned_times(self, sentence: Any, verb: Any, latest: dt.date) -> frozenset[int]:
        """The tokens of the times after the report in the clause of a verb that tells a past act ("demanded that the
        contract be debated next week", "demanded a new vote next month"): the time of what is asked or planned,
        which says nothing of when the act was done."""
        found: set[int] = set()
        for timex in self._timexes_in(sentence):
            if timex.earliest is None:
                continue
            span = self.timex_span(timex)
            if span is None or len(span) == 0 or timex.earliest <= latest:
                continue
            if verb.i in {t.i for t in span.root.ancestors}:
                found |= {t.i for t in span}
        return frozenset(found)

    def _lead_news_days(self, sentence: Any, latest: dt.date) -> list[tuple[dt.date, str, Any]]:
        """The days of the news the article's lead names in a clause about its people ("Families who fled when the
        dam burst on Sunday remain in shelters"), when its main clause names none: the lead
        tells when the news happened, wherever it puts the day, and the narration after it is set in that day.
        Only the lead: a later sentence's clause describes a participant, with a time of its own."""
        if not self._lead_sentence(sentence):
            return []
        return self._days_in(sentence, latest) or []

    def _earlier_aside_day(self, sentence: Any, latest: dt.date, asides: frozenset[int]) -> tuple[dt.date, str] | None:
        """ "Police fired tear gas to disperse supporters who had gathered on Tuesday morning": a relative clause in
        the past perfect tells what came before the narrated event, so the day of the news it names is the frame
        the narration is set in (a lower bound; "who died on Tuesday" may be later and sets nothing)."""
        if not asides:
            return None
        days = self._days_in(sentence, latest)
        if not days:
            return None
        for _day, _words, root in days:
            verb = _clause_verb(root)
            if root.i not in asides or verb is None:
                return None
            if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in children_of(verb)):
                return None
        return days[0][0], days[0][1]

    def _days_in(
        self, sentence: Any, latest: dt.date, asides: frozenset[int] = frozenset()
    ) -> list[tuple[dt.date, str, Any]] | None:
        """The days of the article's news a sentence names (outside its ``asides``), in order; None when it
        names any other time."""
        days = []
        for timex in self._timexes_in(sentence):
            if timex.type not in ("DATE", "TIME"):
                continue
            if _CLOCK_ONLY.match(timex.text) and timex.type == "TIME" and not self._entry_stamp(timex):
                continue  # "at 8.30pm": a time of some day, which sets no day
            span = self.timex_span(timex)
            if span is not None and len(span) and span.root.i in asides:
                continue
            if span is not None and len(span) and _SAME_TIME.match(timex.text) and _same_day_as(span) is not None:
                return None  # "the same day as the vote": that event's day, which this sentence does not give
            timex = self._weekday_ahead(timex, span) if span is not None and len(span) else timex
            day = timex.earliest
            if (
                day is None
                or day != timex.latest
                or not latest - dt.timedelta(days=FOCUS_DAYS) <= day <= latest
                or bool(_ANAPHORIC.search(timex.text))
                or self._dateline(timex)
                or (span is not None and len(span) and self._introduced_by(span) in STATE_END_WORDS | BEFORE_WORDS)
            ):
                return None
            days.append((day, timex.text, span.root if span is not None and len(span) else sentence.root))
        return days

    def _narrating(self, trigger: Any) -> Any:
        """The verb of the main line of narration that tells the event in the simple past: "stormed", "were
        captured", "placed under house arrest" (a noun the verb acts on); None for "had stormed", "has
        captured", a present, a verbless fragment, a noun that only describes a participant ("the leaders of
        the coup") and a clause that describes one ("the men who attacked").  The tagger's tags decide (no
        attribute ruler runs)."""
        verb = trigger
        while not verb.tag_.startswith("VB"):
            head = verb.head
            if head.i == verb.i:
                return None
            if (
                verb.dep_ == "pobj"
                and head.dep_ == "prep"
                and head.lower_ in NARRATED_NOUN_PREPOSITIONS
                and head.head.tag_.startswith("VB")
            ):
                verb = head.head
            elif verb.dep_ in NARRATED_NOUN_DEPS and head.tag_.startswith("VB"):
                verb = head
            else:
                return None
        if verb.dep_ in ("relcl", "acl", "amod", "advcl", "pcomp", "xcomp", "csubj") and not _clause_of_its_time(verb):
            return None
        auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("had", "has", "have", "'d", "’d", "'s", "’s") or a.tag_ == "MD" for a in auxiliaries):
            return None
        if verb.tag_ == "VBD" or (
            verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxiliaries)
        ):
            return verb
        if _past_progressive(verb, auxiliaries):
            return verb
        return None

    def _speakers_news_day(self, candidate: Candidate, candidates: list[Candidate]) -> dt.date | None:
        """The day of the speaker's nearest event the text dates to one day of the article's news (the week
        before the report), the one told before this statement first: what else they said was said then.
        An older dated event ("promised in 2019") is another occasion and dates nothing here."""
        agents = {a.name for a, role in candidate.participants if role == "agent"}
        week_before = self.published - dt.timedelta(days=NEWS_DAYS)
        days = [
            (c.trigger.i > candidate.trigger.i, abs(c.trigger.i - candidate.trigger.i), c.earliest)
            for c in candidates
            if c is not candidate
            and c.dated
            and c.basis == "timex"
            and c.precision == "day"
            and c.earliest is not None
            and c.earliest == c.latest
            and week_before <= c.earliest <= self.published
            and any(role == "agent" and a.name in agents for a, role in c.participants)
        ]
        return min(days)[2] if days else None

    def _news_day(self) -> dt.date:
        """The latest day within the week before the report that the article names ("on Monday",
        "yesterday"), or the report's own day: the day its news is of."""
        week_before = self.published - dt.timedelta(days=NEWS_DAYS)
        days = [
            t.latest
            for t in self.timexes
            if t.type == "DATE" and t.latest is not None and t.earliest == t.latest
            if week_before <= t.latest <= self.published
            and t.start >= self.body_start
            and not self._dateline(t)
            and not self._plans_day(t)
        ]
        # "at 3:30 a.m. on Sunday" in a Saturday article: its news already runs into the next day there
        moved = [(t, self._ahead_of_report(t)) for t in self.timexes if t.type == "DATE" and t.start >= self.body_start]
        ahead = [m.latest for t, m in moved if m is not t]
        return max(days + ahead, default=self.published)

    def _plans_day(self, timex: Any) -> bool:
        """ "a bond sale, scheduled for Thursday": the day of a plan, not a day the news is of."""
        span = self.timex_span(timex)
        return span is not None and len(span) > 0 and _scheduled_day(span)

    def _continues(self, candidate: Candidate) -> bool:
        """ "Voss also said", "later in the hearing she told", "he added": the same occasion goes on."""
        verb = candidate.verb
        return self.lexicon.lemma(verb) == "add" or any(
            t.lower_ in CONTINUING_WORDS for t in children_of(verb) if t.dep_ in ("advmod", "prep", "npadvmod")
        )

    def _range_end(self, timex: Any, before_word: str) -> Any:
        """The later end of a span "between X and Y" or "from X to Y" that ``timex`` opens, or None."""
        if before_word not in RANGE_OPENERS:
            return None
        for later in self.timexes:
            if later.start <= timex.end or later.latest is None:
                continue
            joiner = self.text[timex.end : later.start].strip().lower()
            return later if joiner in RANGE_OPENERS[before_word] else None
        return None

    def _introduced_by(self, span: Any) -> str:
        """The preposition right before a time expression, or one the tagger kept inside it."""
        first = span[0].lower_
        if first in STATE_END_WORDS or first in ("by", "since"):
            return str(first)
        if span.start == 0:
            return ""
        before = self.doc[span.start - 1]
        if before.lower_ in PARTICLE_USES and span.root.head.i != before.i and not _children(before, "pobj"):
            return ""  # "was voted through earlier this month": the verb's particle, which governs no time
        return str(before.lower_)

    def _new_time_of_put_off(self, span: Any) -> bool:
        """ "their case has been postponed to May", "adjourned the hearing until 3 June", "the vote was pushed back to
        July", "rescheduled for Thursday": the time a put-off event is now due (or, after "from", was due), which the
        putting off came before; so no time of that act, and no month to move back a year because the verb is past."""
        first = span[0]
        if first.lower_ in PUT_OFF_TIME_WORDS:
            preposition = first
        elif span.root.dep_ == "pobj" and span.root.head.lower_ in PUT_OFF_TIME_WORDS:
            preposition = span.root.head
        else:
            return False
        head = preposition.head
        if head.dep_ in ("advmod", "prt") and head.lower_ in PUT_OFF_PARTICLES and head.head.i != head.i:
            head = head.head  # "pushed back to July": the parser hangs "to" on the particle
        word = self.lexicon.lemma(head)
        if head.tag_.startswith("NN"):
            return word in PUT_OFF_NOUNS  # "the adjournment of the trial to June"
        if not head.tag_.startswith("VB"):
            return False
        particles = {
            c.lower_ for c in children_of(head) if c.dep_ in ("prt", "advmod") and c.lower_ in PUT_OFF_PARTICLES
        }
        return word in PUT_OFF_VERBS or any(f"{word} {particle}" in PUT_OFF_VERBS for particle in particles)

    def _ahead_of_report(self, timex: Any) -> Any:
        """The timex as the article means it: "at 3:30 a.m. on Sunday" in a Saturday article is the next day."""
        span = self.timex_span(timex)
        return timex if span is None or len(span) == 0 else self._weekday_ahead(timex, span)

    def _entry_stamp(self, timex: Any) -> bool:
        """A clock time that opens a line and stamps it ("- 14:05 - Commandos entered the cabin", "10.41: The plane
        landed"): an entry of live coverage, of the report's own day (unlike "at 8.30pm" in a morning report)."""
        line_start = self.text.rfind("\n", 0, timex.start) + 1
        if self.text[line_start : timex.start].strip(" \t-*•–—"):
            return False
        if _STAMP_END.match(self.text, timex.end):
            return True
        # "**23:40** Signed. The union and the company have signed": a clock set alone in bold or italics opens
        # the entry with no dash or colon after it
        written = written_text(self.doc)
        opening = written[line_start : timex.start].strip(" \t")
        return opening in ("*", "**", "***", "_", "__") and written.startswith(opening[::-1], timex.end)

    def _day_named_beside(self, stamp: Any, owner: Candidate) -> bool:
        """Whether the sentence of ``owner``, whose line ``stamp`` opens, names a date of its own."""
        sentence = self.sentence(owner.verb)
        return any(
            other is not stamp
            and sentence.start_char <= other.start < sentence.end_char
            and other.type in ("DATE", "TIME")
            and other.earliest is not None
            and not self._entry_stamp(other)
            for other in self.timexes
        )

    def _done_in_stamped_entry(self, candidate: Candidate) -> bool:
        """An act told as just done (simple past or present perfect, in a main clause) in an entry of live
        coverage whose line opens with a clock stamp ("13:05 - The ministry has summoned the ambassador"), in
        any sentence of the entry, its source named after it or not ("..., the conciliator's office says"); not what
        someone said happened, nor a past perfect's background."""
        if candidate.planned or not _just_done(candidate.verb) or self._embedded_but_for_attribution(candidate.verb):
            return False
        sentence = self.sentence(candidate.trigger)
        entry_start = self.text.rfind("\n", 0, sentence.start_char) + 1
        stamped = any(
            entry_start <= timex.start < entry_start + ENTRY_STAMP_REACH and self._entry_stamp(timex)
            for timex in self.timexes
            if timex.type == "TIME"
        )
        # "08:40 - Culling was completed on Saturday evening. Staff put down all 212 cattle": an entry that went
        # back to an earlier day goes on telling that day
        return stamped and not any(
            entry_start + ENTRY_STAMP_REACH <= timex.start < sentence.start_char
            and timex.earliest is not None
            and timex.earliest < self.published
            for timex in self.timexes
        )

    def _heading_stamps(self) -> list[tuple[int, dt.date]]:
        """The lines of a live page that only stamp the entry below them ("Update - Sunday 15 March, 17:30 UTC",
        "Posted: Friday 3 April, 23:10"): (where the line ends, its day), for a page with at least
        ``MIN_HEADING_STAMPS`` of them (one date alone on a line is the article's dateline, ``_dateline``)."""
        if self._headings is not None:
            return self._headings
        found: dict[int, dt.date] = {}
        for timex in self.timexes:
            if timex.type != "DATE" or timex.earliest is None or timex.earliest != timex.latest:
                continue
            if timex.earliest > self.published:
                continue
            line_start = self.text.rfind("\n", 0, timex.start) + 1
            line_end = self.text.find("\n", timex.end)
            line_end = len(self.text) if line_end < 0 else line_end
            line = self.text[line_start:line_end]
            for other in self.timexes:
                if line_start <= other.start and other.end <= line_end:
                    line = line.replace(other.text, " ")
            if _HEADING_STAMP_REST.fullmatch(line):
                found.setdefault(line_end, timex.earliest)
        self._headings = sorted(found.items()) if len(found) >= MIN_HEADING_STAMPS else []
        return self._headings

    def _day_of_heading_entry(self, candidate: Candidate) -> dt.date | None:
        """The day of the stamp line heading the entry that tells ``candidate`` as just done in a main clause of the
        present perfect ("have frozen", "has been restored"): not a plan, a past perfect, a clause under another,
        nor a simple past, which an entry may tell of an earlier night."""
        verb = candidate.verb
        if candidate.planned or verb.tag_ != "VBN" or not _just_done(verb) or self._embedded(verb):
            return None
        if candidate.trigger.i != verb.i and candidate.trigger.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            return None
        at = self.sentence(candidate.trigger).start_char
        above = [(end, day) for end, day in self._heading_stamps() if end <= at]
        return above[-1][1] if above else None

    def _entry_days(self) -> dict[int, tuple[int, dt.date, dt.date, str]]:
        """A timeline's dated entries: {line start: (where the stamp's bold ends, earliest, latest, precision)} for
        every line that opens with a date in bold or italics ("**Aug. 3, 2025** - The senate passes the bill",
        "**Yesterday** - ...", "*Friday, 9 May, 8 p.m. (18:00 GMT)*: ..."); a clock time alone is a live blog's
        stamp, of the report's own day (``_done_in_stamped_entry``)."""
        if self._entries is not None:
            return self._entries
        self._entries = {}
        listed: dict[int, tuple[int, dt.date, dt.date, str]] = {}
        text = written_text(self.doc)  # the marks as written: a Markdown file is parsed with them blanked
        for timex in self.timexes:
            line_start = text.rfind("\n", 0, timex.start) + 1
            if line_start in self._entries or timex.earliest is None or timex.latest is None:
                continue
            opening = text[line_start : timex.start].lstrip(" \t")
            heading_words = opening.lstrip("*_")
            marks = opening[: len(opening) - len(heading_words)]
            if timex.type not in ("DATE", "TIME") or clock_only(timex.text):
                continue
            if not opening or (opening[-1].isspace() and opening.strip() in LIST_BULLETS):
                # (a bullet is set off by a space, "* 2 March - ...", where bold marks touch their words)
                stamp_end = _LISTED_DAY_END.match(text, timex.end)
                if stamp_end and timex.latest <= self.published:
                    listed.setdefault(
                        line_start, (stamp_end.end(), timex.earliest, timex.latest, timex.precision or "day")
                    )
                continue
            if not marks:
                continue
            if marks[::-1] in heading_words or len(heading_words.split()) > RUN_IN_HEADING_WORDS:
                continue  # a date in the paragraph after its heading, or in a long bold sentence
            line_end = text.find("\n", timex.start)
            line_end = len(text) if line_end < 0 else line_end
            close = text.find(marks[::-1], timex.start, line_end)
            if close < 0 or timex.latest > self.published:
                continue
            # a run-in heading's date ("**Police report filed [18 Mar 2026].** The university has handed ...")
            # dates its paragraph as a timeline's date in bold does: a heading that ends as one
            heading_end = text[close - 1 : close] + text[close + len(marks) : line_end].lstrip()[:1]
            if heading_words and not any(stop in heading_end for stop in RUN_IN_HEADING_ENDS):
                continue
            precision = timex.precision or "day"
            self._entries[line_start] = (close + len(marks), timex.earliest, timex.latest, precision)
        if len(listed) >= MIN_HEADING_STAMPS:
            # "- Sunday: Belize sends a protest note ...", "- 3 May - the court rules": a recap listed day by day,
            # whose days stand alone before a colon or a dash as the bold ones do
            self._listed_entries = frozenset(set(listed) - set(self._entries))
            self._entries = listed | self._entries
        return self._entries

    def _in_dated_entry(self, candidate: Candidate) -> None:
        """What a timeline's entry tells with no time of its own happened on the entry's date ("**Nov. 4** - The
        court announces that it has annulled the vote"): the entry's present is the historical one of a
        chronology, not the report's day."""
        if not candidate.trigger.tag_.startswith("VB"):
            return  # a noun in passing ("under the investment treaty"): dated only where the text dates it
        sentence = self.sentence(candidate.trigger)
        line_start = self.text.rfind("\n", 0, sentence.start_char) + 1
        entry = self._entry_days().get(line_start)
        if entry is None:
            # the parser may begin the entry's sentence at the stamp's closing marks
            entry = self._entry_days().get(self.text.rfind("\n", 0, candidate.trigger.idx) + 1)
        if entry is None or candidate.trigger.idx < entry[0]:
            return
        if line_start in self._listed_entries and sentence.start_char > entry[0]:
            # "- Tuesday: a court charges them. The bail was deposited on Thursday, their lawyer says": a plain
            # list's day opens its first sentence only; what follows may be the report's present
            return
        _, earliest, latest, precision = entry
        candidate.set_dates(earliest, latest, precision if earliest == latest else "unknown", "timex")

    def _dateline(self, timex: Any) -> bool:
        """A line that is only a date ("July 17, 2010"): when the article was written, not what its news is of."""
        line_start = self.text.rfind("\n", 0, timex.start) + 1
        line_end = self.text.find("\n", timex.end)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        return not line.replace(timex.text, "", 1).strip(" ,.-–—:|\t")

    def _historical_present(self, candidate: Candidate, past_days: list[tuple[int, int]]) -> bool:
        """A present verb in a sentence that names an earlier day tells that day's news (a caption), unless the
        day is inside what the verb reports ("X claims that Y broke an agreement reached in 1991": the claim
        is made now, the agreement is old)."""
        verb = candidate.verb
        start = self.sentence(verb).start
        reported = {t.i for c in children_of(verb) if c.dep_ == "ccomp" for t in c.subtree}
        return any(day_start == start and root not in reported for day_start, root in past_days)

    def _explicit_days(self) -> list[tuple[int, dt.date, int]]:
        found = []
        for timex in self.timexes:
            if timex.latest is None or timex.type not in ("DATE", "TIME"):
                continue
            span = self.timex_span(timex)
            if span is not None and len(span):
                found.append((self.sentence(span.root).start, timex.latest, span.root.i))
        return found

    def _still_so_since(self, span: Any, owner: Candidate) -> bool:
        """ "has been shut since 5 a.m.": a state that still holds, begun at a clock time, began within the day the
        report tells of (not the evening before, as "at 8.30pm" in a morning paper may be)."""
        verb = owner.verb
        perfect = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
        return (
            self._introduced_by(span) == "since"
            and bool(perfect & {"has", "have", "'s", "'ve"})
            and state_one_act_began(verb)
        )

    def _present(self, verb: Any) -> bool:
        """Present simple or progressive, without perfect or modal auxiliaries."""
        if not verb.tag_.startswith("VB"):
            return False
        auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ in ("VBZ", "VBP"):
            return not auxiliaries
        if verb.tag_ in ("VBG", "VBN") and auxiliaries:
            return all(a.lower_ in ("is", "are", "am", "'s", "'re", "’s", "’re", "re") for a in auxiliaries)
        return False

    def _names_an_event(self, noun: Any) -> bool:
        """A word the lexicon knows as an event noun ("talks", "vote"), though not one of this text's events: "the
        collapse of Tuesday's talks" collapsed on the talks' day."""
        return noun.lower_ in self.lexicon.nouns or self.lexicon.lemma(noun) in self.lexicon.nouns

    def _owner(self, token: Any, anchor_of: dict[int, Candidate]) -> Candidate | None:
        if _names_an_edition(token, anchor_of):
            return None
        if _names_its_noun(token, anchor_of) and not self._names_an_event(token.head):
            return None
        current = _trailing_report_clause(token) or token
        for _ in range(12):
            if current.i in anchor_of:
                return _object_of_its_verb(anchor_of[current.i], current, anchor_of)
            means = _means_event(current, anchor_of)
            if means is not None:
                return means
            if current.head.i == current.i:
                return None
            if _time_set_off_from_present_relative(current, token):
                # "Hackers struck the health unit, which runs hospitals in three towns, in the early hours of
                # Monday": what the relative clause says holds now; the time set off after it is the main act's
                current = current.head
                continue
            if current.dep_ in ("relcl", "advcl") and _before_relative_pronoun(token, current):
                # "ratified a treaty with Poland late on Wednesday that settles ...": a phrase before "that" is
                # no part of the relative clause, whatever the parser hung it on
                current = current.head
                continue
            if _describes_a_participant(current, anchor_of):
                # "The museum, founded in 1890, was closed in 2024": a participle that describes a participant
                # tells that participant's time, not the act's
                return None
            if current.dep_ == "xcomp" and current.head.i in anchor_of and self._ordered(current):
                # "ordered a diplomat to leave the country on Wednesday": the order's day, the leaving no event
                current = current.head
                continue
            if (
                current.tag_.startswith("VB")
                and current.dep_ in ("conj", "advcl", "xcomp")
                and (
                    current.dep_ != "advcl"
                    or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(current))
                )
            ):
                # "fought cancer in 2004 and took leave in 2009": the date is the other verb's; but a
                # participle ("..., forcing the closure of airports on November 10") shares the main time
                return None
            if (
                current.dep_ == "ccomp"
                and current.tag_ == "JJ"
                and not any(c.dep_ in ("cop", "aux") for c in children_of(current))
            ):
                # "found him guilty on Monday", "declared the vote void on Monday": the parser's clause of a verdict's
                # adjective has no verb and no time of its own
                current = current.head
                continue
            if current.dep_ in ("ccomp", "relcl", "parataxis") or _content_clause_of_a_noun(current):
                # "said in September he would ...": a time phrase before the clause's subject is the verb's; "said in a
                # statement that the road would reopen next week": the time of what a text says is not the text's
                subject = next((c for c in children_of(current) if c.dep_ in ("nsubj", "nsubjpass")), None)
                preceding = subject is not None and token.i < subject.i and token.i > current.head.i
                if not (preceding and current.head.i in anchor_of):
                    return None
            current = current.head
        return None

    def _ordered(self, clause: Any) -> bool:
        """Whether a "to" clause tells what an order commanded ("ordered the firm to halt production")."""
        return self.lexicon.lemma(clause.head) in ORDER_VERBS and _to_infinitive(clause)

    def _argument_event(self, span: Any, owner: Candidate | None, anchor_of: dict[int, Candidate]) -> Candidate | None:
        """The event noun a date right after it belongs to, when the parser hung the date on a verb that tells no
        event of its own: "the raid coincides with the navy's capture of a tanker in the strait on Saturday" (the
        capture was on Saturday; "coincides" only carries the attack's time), "the offensive follows the
        militia's capture of a town on Monday", "tensions rose after the arrest of the leader on Tuesday".  Not
        when the verb is an event itself ("police arrested him after the shooting on Monday": the arrest's day),
        nor a date before the noun ("the attack came on Saturday after the seizure")."""
        verb = _verb_of_time_phrase(span.root)
        if verb is None:
            return None
        carried = anchor_of.get(verb.i)
        if carried is not None and (carried.trigger.i == verb.i or not carried.trigger.tag_.startswith("NN")):
            return None  # the verb is the event ("arrested", "launched"): the date is its own
        if carried is None and owner is not None:
            return None
        found = None
        for child in children_of(verb):
            if not verb.i < child.i < span.start:
                continue
            noun = child if child.dep_ == "dobj" else None
            if child.dep_ == "prep" and child.lower_ in RELATING_PREPOSITIONS:
                noun = _child(child, "pobj")
            event = anchor_of.get(noun.i) if noun is not None else None
            if event is not None and event is not carried and event.trigger.tag_.startswith("NN"):
                found = event
        return found

    def _renamed(self, span: Any, candidates: list[Candidate]) -> Candidate | None:
        """The event of the sentence before that a definite noun names again to give its day: "Rebels freed two
        aid workers. The release came on Tuesday after weeks of talks", "Soldiers detained the president. The
        arrest took place on Monday".  Only for a verb that says nothing but that the subject happened
        (``HAPPENING_FORMS``), a noun that can name that kind of event, and one such event before it."""
        verb = _clause_verb(span.root)
        if verb is None:
            return None
        lemma = HAPPENING_FORMS.get(verb.lower_)
        if lemma is None or (lemma == "take" and not any(c.lower_ == "place" for c in children_of(verb))):
            return None
        noun = _child(verb, "nsubj")
        if noun is None or not noun.tag_.startswith("NN") or noun.i > span.root.i:
            return None
        if not any(c.dep_ in ("det", "poss") and c.lower_ in RENAMING_DETERMINERS for c in children_of(noun)):
            return None  # "a release came": not one told before
        index = self._sentence_of[verb.i]
        kinds = self._kinds_named(noun)
        told = [
            c
            for c in candidates
            if c.sentence_index == index - 1
            and not c.dated
            and (self.lexicon.lemma(c.trigger) == self.lexicon.lemma(noun) or c.type in kinds)
        ]
        return told[0] if len(told) == 1 else None

    def _happening_told_before(self, owner: Candidate, anchor_of: dict[int, Candidate]) -> Candidate | None:
        """p14fix class 3: "Officers searched the minister's home this morning. The search comes a day after
        officers arrested his driver": "comes" only says that the search, told and dated before, happened; the
        search is what the act after "after" is counted back from."""
        verb = owner.verb
        if verb.dep_ == "advcl":
            verb = verb.head  # the span hangs on the act after "after", whose clause hangs on "comes"
        if HAPPENING_FORMS.get(verb.lower_) != "come":
            return None
        noun = _child(verb, "nsubj")
        if noun is None or not noun.tag_.startswith("NN"):
            return None
        return self._told_before(noun, {id(c): c for c in anchor_of.values()}.values())

    def _hours_of_named_event(self, owner: Candidate, noun: Any, candidates: list[Candidate]) -> None:
        """p14fix class 3: "filed an appeal within hours of the announcement": the hours count from the event the
        noun names again (the announcement told before), not from the last date the text gave (yesterday's ruling
        told in between): its day, or the next when it came late in it."""
        told = self._told_before(noun, candidates)
        if told is None or told is owner or told.earliest is None:
            return
        last = min(told.earliest + dt.timedelta(days=1), max(self.published, told.earliest))
        owner.set_dates(told.earliest, last, "day" if last == told.earliest else "unknown", "relation")

    def _time_of_an_act(self, span: Any) -> bool:
        """p14fix class 3: "arrested 23 suspects in overnight raids", "killed in overnight clashes": "overnight" on a
        noun of an act dates that act (and the one it is done in) like "overnight" alone; unlike "overnight rate"."""
        head = span.root.head
        return span.root.lower_ == "overnight" and self.lexicon.lemma(head) in self.lexicon.nouns

    def _kinds_named(self, noun: Any) -> set[str]:
        """The kinds of event a noun can name, as a noun or as the verb of that word ("release": of hostages, a
        yield; of a product, a launch)."""
        word = self.lexicon.lemma(noun)
        kinds: set[str] = set()
        for lexeme in (self.lexicon.nouns.get(word), self.lexicon.verbs.get(word)):
            if lexeme is not None:
                kinds.add(lexeme.type)
                kinds.update(code for _, code in (*lexeme.by_object, *lexeme.by_subject))
        return kinds

    def _reports_today(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> bool:
        if not candidate.lexeme.reporting:
            return False
        if not any(role == "agent" for _, role in candidate.participants):
            return False
        verb = candidate.verb
        for token in verb.subtree:
            if token.lower_ in self.lexicon.earlier_adverbs and token.head.i == verb.i:
                return False
        bounding = BEFORE_WORDS | {"since", "until"}
        if any(c.dep_ == "prep" and c.lower_ in bounding for c in children_of(verb)):
            return False
        if any(self._occasion(c) for c in children_of(verb) if c.dep_ == "prep"):
            return False  # "During the campaign, the candidate said": said then, not on the report's day
        if any(
            c.dep_ == "mark" and c.lower_ in AFTER_WORDS | BEFORE_WORDS | {"since", "until", "when"}
            for c in children_of(verb)
        ):
            return False
        if (
            verb.tag_ == "VBN"
            and _child(verb, "aux") is not None
            and any(a.lower_ == "had" for a in children_of(verb) if a.dep_ == "aux")
        ):
            return False
        return self._report_date(candidate, anchor_of) is None and not self._embedded(verb)

    def _in_an_issued_text(self, verb: Any) -> bool:
        """ "said in a statement", "in a communique": said in a text its issuer put out."""
        return any(
            self.lexicon.lemma(pobj) in ISSUED_TEXTS
            for prep in _children(verb, "prep")
            if prep.lower_ == "in"
            for pobj in _children(prep, "pobj")
        )

    def _occasion(self, prep: Any) -> bool:
        """ "during the campaign", "at a rally", "in an interview": an occasion the text does not date."""
        if prep.lower_ in ("during", "throughout"):
            return True
        if prep.lower_ not in ("in", "at"):
            return False
        # "said in a statement", "in a communique": a text its issuer put out for the news, not an occasion of
        # its own time (one the text dates, "in a statement on Tuesday", is dated by that)
        return any(
            (self.lexicon.lemma(pobj) in self.lexicon.nouns or pobj.lower_ in OCCASION_NOUNS)
            and self.lexicon.lemma(pobj) not in ISSUED_TEXTS
            for pobj in _children(prep, "pobj")
        )

    def _in_comparison(self, span: Any, owner: Candidate) -> bool:
        """A date inside "since ..." that measures a superlative or a first ("the biggest strike since the
        war began in 2022") dates what the since-clause says, never the event it is compared with."""
        current = span.root
        for _ in range(6):
            if current.head.i == current.i:
                return False
            marker = current.lower_ == "since" or any(
                c.dep_ == "mark" and c.lower_ == "since" for c in children_of(current)
            )
            if marker:
                clause = {t.i for t in current.subtree}
                if any(anchor.i in clause for anchor in owner.anchors):
                    # "since Russia launched its invasion in February 2022": the invasion's date; but a word
                    # only learned to be an event ("since the war began") is the yardstick, not news
                    return owner.lexeme.learned
                governor = current.head
                for token in (governor, governor.head):
                    if any(
                        c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "last", "only") for c in children_of(token)
                    ):
                        return True
                    if token.tag_ in ("JJS", "RBS"):
                        return True
                return False
            current = current.head
        return False

    def _since_phrase(self, span: Any, owner: Candidate) -> bool:
        """ "has lost half its value since its peak in October 2007": the date of what "since" names starts a
        span that runs to the report; it is not when the loss happened."""
        anchors = {a.i for a in owner.anchors}
        current = span.root
        for _ in range(4):
            if current.i in anchors or current.head.i == current.i:
                break
            if current.lower_ == "since" and current.dep_ == "prep" and current.head.i in anchors:
                return True
            current = current.head
        # the parser often hangs "in October 2007" on the verb: a date right after a since-phrase is still its own
        before = span.start - 2 if span.start >= 2 and self.doc[span.start - 1].dep_ == "prep" else span.start - 1
        if before < 0:
            return False
        return any(
            t.lower_ == "since" and t.head.i in anchors and before in {s.i for s in t.subtree}
            for t in self.doc[max(0, before - 8) : before + 1]
        )

    def _baseline(self, span: Any, owner: Candidate) -> bool:
        """A date inside the yardstick of a change ("delivered 38 jets in August, down from 45 a year earlier",
        "sales rose 5 percent compared with March 2023", "fell to $3 billion from $4 billion a year ago",
        "more than in 2022") dates the yardstick, not the event. "From" is a yardstick after "up" or "down",
        after a verb of change, or before an amount; "returned from exile in 1996" is not one."""
        anchors = {a.i for a in owner.anchors}
        current = span.root
        for _ in range(6):
            if current.i in anchors or current.head.i == current.i:
                return False
            word = current.lower_
            if word in ("than", "versus", "vs", "vs.") or self.lexicon.lemma(current) in ("compare", "compared"):
                return True
            if word == "from" and current.dep_ == "prep":
                governor = current.head
                amount = any(t.like_num or t.tag_ == "$" for t in current.subtree if t.i < span.start)
                change = governor.lower_ in ("up", "down") or (
                    governor.i in anchors and owner.type == "business" and amount
                )
                if change or (amount and governor.i not in anchors and governor.tag_ in ("RB", "RBR", "JJR")):
                    return True
            current = current.head
        return False

    def _of_the_day_told(self, timex: Any, reference: Any) -> tuple[dt.date, dt.date, str] | None:
        """ "A storm cut power on Tuesday. Crews restored it overnight": the tagger reads "overnight" and "that
        evening" from the report's day; after a sentence that set an earlier day they are that day's (its night
        runs into the next day)."""
        found = _OF_THAT_DAY.match(timex.text)
        if found is None or reference is None or reference.earliest is None:
            return None
        day = reference.earliest
        if reference.latest != day or day >= self.published or (reference.precision or "day") != "day":
            return None
        if found["night"]:
            return day, min(day + dt.timedelta(days=1), self.published), "unknown"
        return day, day, "day"

    def _report_day_before(self, timex: Any, span: Any) -> Any:
        """What "a day earlier", "the previous day" count back from when the text gave no date before them: the
        report's own day ("The assembly voted a day earlier to set up an inquiry" opening a Saturday paper tells
        Friday's vote); None for a count forward, which cannot run past the report, and for "the day before the
        vote", a relation to the event it names."""
        shift = _anaphoric_shift(timex.text)
        if shift is None or shift[0] > 0:
            return None
        following = span.doc[span.end] if span.end < len(span.doc) else None
        if following is not None and following.pos_ in ("DET", "NOUN", "PROPN", "NUM", "PRON"):
            return None
        return replace(timex, earliest=self.published, latest=self.published, precision="day")

    def _after_reference(self, timex: Any, reference: Any) -> tuple[dt.date, dt.date, str] | None:
        """ "a day later" after "in 2024", "one year later" after "in 1984": counted from the last date the text
        gave (the tagger counts from the report), no finer than that date allows."""
        if reference is None or reference.earliest is None or reference.latest is None:
            return None
        shift = _anaphoric_shift(timex.text)
        if shift is None:
            return None
        count, unit = shift
        reference_precision = reference.precision or "day"
        if unit in ("year", "month"):
            months = count * (12 if unit == "year" else 1)
            first = _add_months(reference.earliest, months)
            if unit == "year" and reference_precision in ("year", "month", "day"):
                earliest, latest, precision = dt.date(first.year, 1, 1), dt.date(first.year, 12, 31), "year"
            elif unit == "month" and reference_precision in ("month", "day"):
                earliest = first.replace(day=1)
                latest, precision = _add_months(earliest, 1) - dt.timedelta(days=1), "month"
            else:
                earliest = first
                latest, precision = _add_months(reference.latest, months), "unknown"
        else:
            delta = dt.timedelta(days=count * (7 if unit == "week" else 1))
            earliest, latest = reference.earliest + delta, reference.latest + delta
            # a day after some day in 2024 is no finer than that
            precision = "day" if reference_precision == "day" and earliest == latest else "unknown"
        if earliest > self.published:
            return None
        return earliest, min(latest, self.published), precision

    def _counted_day(self, timex: Any, reference: Any) -> Any:
        """The one day a relative time ("the next morning", "two days later") names counted from ``reference``, as a
        time later relative times count from in turn; None when it names no single day."""
        shifted = self._after_reference(timex, reference)
        if shifted is None or shifted[0] != shifted[1] or shifted[2] != "day":
            return None
        return replace(timex, earliest=shifted[0], latest=shifted[1], precision="day")

    def _weekday_ahead(self, timex: Any, span: Any) -> Any:
        """ "struck at 3:30 a.m. on Sunday" in an article dated Saturday: the publisher's Saturday was
        already Sunday where it happened (a past event on the day after the report is only possible across
        time zones, and only early in that day); a bare "on Sunday" stays the Sunday before."""
        named_day = _WEEKDAY.search(timex.text) or (timex.type == "TIME" and _WEEKDAY.search(span.sent.text))
        if timex.latest is None or timex.earliest != timex.latest or not named_day:
            return timex
        if _PAST_WEEKDAY.match(timex.text):
            return timex  # "reported sores last Tuesday; ... a curfew began at 6 a.m. on Friday": the text says before
        ahead = timex.latest + dt.timedelta(days=7)
        if ahead != self.published + dt.timedelta(days=1):
            return timex
        sentence = self.sentence(span.root).text
        day = named_day.group(0).lower()
        # "questioned on Friday and freed on Saturday morning": another day's morning says nothing of Friday's hour
        if not any(
            (_WEEKDAY.search(clue.group(0)) or named_day).group(0).lower() == day
            for clue in _EARLY_HOURS.finditer(sentence)
        ):
            return timex
        return replace(timex, earliest=ahead, latest=ahead)

    def _month_behind(self, timex: Any, owner: Candidate) -> Any:
        """ "Rebels killed 12 soldiers, including a commander, in March" in a November article: the tagger places a
        month it sees no past verb for (here cut off by the commas) up to four months ahead, as news tells plans;
        an event the parse shows as done happened in the March before the report."""
        if timex.earliest is None or timex.latest is None or timex.earliest <= self.published:
            return timex
        if not _BARE_MONTH.match(timex.text) or timex.latest > _years_on(self.published, 1):
            return timex
        if (timex.earliest.year, timex.earliest.month) == (self.published.year, self.published.month):
            return timex  # a later day of the report's own month: news would give another year
        if owner.planned or not self._told_done(owner):
            return timex
        return replace(timex, earliest=_years_on(timex.earliest, -1), latest=_years_on(timex.latest, -1))

    def _told_done(self, candidate: Candidate) -> bool:
        """Whether the clause tells the event as done: a simple past ("killed"), a past perfect or passive
        ("had fled", "was jailed"), or an act someone is charged or credited with ("is accused of killing",
        "were jailed for stealing"); not a plan, a modal or a present."""
        verb = candidate.verb if candidate.verb.tag_.startswith("VB") else _clause_verb(candidate.trigger)
        if verb is None:
            return False
        auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ in ("MD", "TO") for a in auxiliaries):
            return False
        if (verb.dep_ == "pcomp" and _charged_act(verb.head)) or any(_charged_act(c) for c in children_of(verb)):
            return True
        if verb.tag_ == "VBD":
            return True
        return verb.tag_ == "VBN" and any(a.tag_ == "VBD" or a.lower_ in HAVE_FORMS for a in auxiliaries)

    def _hours_after_a_time(self, timex: Any, span: Any) -> bool:
        """ "within an hour", "two hours later", "minutes later": a span of the day of the time told before."""
        found = _HOURS_SPAN.match(timex.value)
        if found is None or (found["unit"] == "H" and found["n"].isdigit() and int(found["n"]) > 72):
            return False
        return bool(_LATER_END.search(timex.text)) or self._introduced_by(span) == "within"

    def _last_day_before(self, timex: Any, span: Any) -> dt.date | None:
        """The day of the last date or time the text gave before the expression, in its sentence or the few
        before (a time the narration goes on from): "14:05 - Commandos stormed the cabin. The hijacker was
        arrested within two minutes"."""
        index = self._sentence_of[span.root.i]
        for other in reversed(self.timexes):
            if other.end > timex.start or other.type not in ("DATE", "TIME"):
                continue
            if other.earliest is None or other.earliest != other.latest or self._dateline(other):
                continue
            other_span = self.timex_span(other)
            if other_span is None or len(other_span) == 0:
                continue
            if self._narration_sentences_between(self._sentence_of[other_span.root.i], index) > FOCUS_SENTENCES:
                return None
            if _counts_from_a_day_told(other.text):
                return None  # "a day later": counted from yet another date
            if other.type == "TIME" and _CLOCK_ONLY.match(other.text) and not self._entry_stamp(other):
                return None  # "had left port at about 8 p.m.": the evening before the report, or its own
            return other.earliest if other.earliest <= self.published else None
        return None

    def _narration_sentences_between(self, first: int, last: int) -> int:
        """How many sentences after sentence ``first``, up to ``last``, narrate: a speaker's quoted words ("'We are
        in contact with the owner. Our priority is their return,' the minister told reporters. Hours later, the
        ministry suspended ...") interrupt the narration without moving its time, and a piece with no verb is no
        sentence of it (a title's abbreviation, "Secretary Ma. Teresa Cruz", cut one in two)."""
        return sum(1 for index in range(first + 1, last + 1) if index == last or self._narrates(index))

    def _narrates(self, index: int) -> bool:
        """Whether a sentence is the reporter's own narration: not quoted words, and with a verb."""
        return not self._quoted(index) and any(t.pos_ in ("VERB", "AUX") for t in self.sentences[index])

    def _quoted(self, index: int) -> bool:
        """Whether a sentence opens a quotation or opens inside one that its paragraph opened before it."""
        sentence = self.sentences[index]
        if sentence.text.lstrip()[:1] in DOUBLE_QUOTE_CHARS:
            return True
        paragraph_start = self.text.rfind("\n", 0, sentence.start_char) + 1
        return sum(self.text.count(q, paragraph_start, sentence.start_char) for q in DOUBLE_QUOTE_CHARS) % 2 == 1

    def _hours_from(self, day: dt.date, timex: Any, span: Any, owner: Candidate) -> _Bounds:
        found = _HOURS_SPAN.match(timex.value)
        assert found is not None
        hours = int(found["n"]) if found["n"].isdigit() and found["unit"] == "H" else 0
        latest = min(day + dt.timedelta(days=-(-hours // 24) if hours > 12 else 0), self.published)
        distance = min(abs(span.root.i - a.i) for a in owner.anchors)
        return _Bounds(day, latest, "day" if latest == day else "unknown", distance)

    def _main_of_subordinate(self, owner: Candidate, span: Any, anchor_of: dict[int, Candidate]) -> Candidate | None:
        """ "Students marched on Thursday, three days after police shot a student": the parser hangs the count on
        the clause "after" introduces, whose event is the one counted back from the main clause's."""
        verb = owner.verb
        hung_on = span.root.head
        if hung_on.dep_ == "mark":
            hung_on = hung_on.head  # "two days before rebels attacked": the count hangs on "before"
        if hung_on.i != verb.i or verb.dep_ != "advcl":
            return None
        if not any(c.dep_ == "mark" and c.lower_ in AFTER_WORDS | BEFORE_WORDS for c in children_of(verb)):
            return None
        head = verb.head
        while head.i not in anchor_of and head.dep_ == "xcomp" and head.head.tag_.startswith("VB"):
            # "ordered the agency to release its stocks, two days after Vietnam froze exports": the infinitive is
            # no event of its own, the count is from the verb that governs it
            head = head.head
        main = anchor_of.get(head.i) or self._event_told_before(_child_of(verb.head, "nsubj"), anchor_of)
        return main if main is not owner else None

    def _event_told_before(self, noun: Any, anchor_of: dict[int, Candidate]) -> Candidate | None:
        """ "The strike came two days after the Senate approved the reform": a definite event noun that is no
        event of its own here names the event the text told before with that noun, which the count is from."""
        if (
            noun is None
            or not noun.tag_.startswith("NN")
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children_of(noun))
        ):
            return None
        lemma = self.lexicon.lemma(noun)
        if lemma not in self.lexicon.nouns:
            return None
        told = [
            c
            for c in {id(c): c for c in anchor_of.values()}.values()
            if c.trigger.i < noun.i and c.trigger.tag_.startswith("NN") and self.lexicon.lemma(c.trigger) == lemma
        ]
        return max(told, key=lambda c: c.trigger.i) if told else None

    def _embedded(self, verb: Any) -> bool:
        current = verb
        for _ in range(8):
            if current.head.i == current.i:
                return False
            if current.dep_ in ("ccomp", "relcl", "advcl", "xcomp", "pcomp", "acl"):
                return True
            current = current.head
        return False

    def _report_date(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> dt.date | None:
        """The latest date of the reporting event whose complement holds this event, if it is dated."""
        current = candidate.verb
        for _ in range(8):
            if current.head.i == current.i:
                return None
            if current.dep_ == "ccomp" and current.head.i in anchor_of:
                reporter = anchor_of[current.head.i]
                if reporter.dated and reporter.type == "statement":
                    return reporter.latest
            current = current.head
        return None

    def _reporter_of_immediate_act(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> Candidate | None:
        """The dated statement whose complement tells an act that took effect at once ("announced that the minister
        had resigned with immediate effect", "said it has suspended trading, effective immediately"): the act is
        of the statement's time, whatever its tense."""
        verb = candidate.verb
        if candidate.trigger.i != verb.i or candidate.planned:
            return None
        if not _IMMEDIATE_EFFECT.search(self.text, verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)):
            return None
        reporter = _reporting_act(verb, anchor_of)
        if reporter is None:
            return None
        dated = reporter.dated and reporter.earliest is not None and reporter.latest is not None
        return reporter if dated and reporter.type == "statement" else None

    def _perfect_in_dated_report(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> dt.date | None:
        """The day of the statement whose quoted words tell this act in the present perfect ("'We have arrested
        the two suspects,' a spokesman said on Tuesday", "'Chile has recalled its ambassador,' the ministry said"):
        the speaker's perfect tells the act as just done when it was said, so it is of that day (or the one
        before). A past perfect ("had seized"), a simple past or a reporter's own words may be of any day
        before; a statement not of one day gives none (selfnews5 class 2)."""
        verb = candidate.verb
        if candidate.trigger.i != verb.i or verb.tag_ != "VBN":
            return None
        auxiliaries = [c.lower_ for c in children_of(verb) if c.dep_ == "aux"]
        if not any(a in ("has", "have", "'ve", "'s") for a in auxiliaries) or any(
            a == "had" or a in MODALS for a in auxiliaries
        ):
            return None
        if any(token.ent_type_ in ("DATE", "TIME") for token in verb.subtree):
            return None  # "have voted ... in a referendum held on Saturday": its clause has a time of its own
        if not _quoted_clause(verb):
            # "Trump has spoken with Putin by phone, the Post reported": a report's perfect is the reporter's
            # and may tell an act of days before; only a speaker's own words are of the moment they were said
            return None
        reporter = _reporting_act(verb, anchor_of)
        if reporter is not None and reporter.dated and reporter.type == "statement":
            return reporter.latest if reporter.earliest == reporter.latest else None
        return None

    def _relate(self, timex: Any, owner: Candidate, span: Any, anchor_of: dict[int, Candidate]) -> None:
        """ "a day after speaking with X": the event after "after" came one day before the owner."""
        owner = self._main_of_subordinate(owner, span, anchor_of) or owner
        if not owner.dated:
            owner = self._happening_told_before(owner, anchor_of) or owner
        if not owner.dated:
            self._counted_from_told(timex, owner, span, anchor_of)
            return
        word = (
            span[-1]
            if span[-1].lower_ in AFTER_WORDS | BEFORE_WORDS
            else (span.doc[span.end] if span.end < len(span.doc) else None)
        )
        if word is None:
            return
        dependent = None
        for child in children_of(word):
            if child.dep_ in ("pcomp", "pobj") and child.i in anchor_of:
                dependent = anchor_of[child.i]
        if dependent is None and word.dep_ == "mark" and word.head.i in anchor_of and word.head.i > word.i:
            # "three days after a criminal court of the capital ordered its intervention": the clause "after" opens,
            # however long its subject
            dependent = anchor_of[word.head.i]
        if dependent is None:
            for token in span.doc[span.end : min(len(span.doc), span.end + 6)]:
                if (
                    token.dep_ in ("advcl", "pcomp")
                    and token.i in anchor_of
                    and any(c.i == word.i for c in children_of(token))
                ):
                    dependent = anchor_of[token.i]
                    break
        if dependent is None or dependent.dated or dependent is owner:
            return
        shift = _duration(timex.value)
        if shift is None:
            return
        days, exact, precision = shift
        if timex.mod:
            # "less than a week after the coup": some day in that week, not the day a week before; "more than a
            # week", "about a week": no day
            if timex.mod not in ("LESS_THAN", "EQUAL_OR_LESS"):
                return
            exact = False
        assert owner.earliest is not None and owner.latest is not None
        sign = -1 if timex.relation == "after" else 1
        if precision in ("month", "year") and days and exact is False and timex.value[1:-1].isdigit():
            # "one year after launching the iPhone": that year (or month), no finer
            count = int(timex.value[1:-1])
            months = count * (12 if precision == "year" else 1) * sign
            first = _add_months(owner.earliest, months)
            if precision == "year":
                dependent.set_dates(dt.date(first.year, 1, 1), dt.date(first.year, 12, 31), "year", "relation")
            else:
                dependent.set_dates(
                    first.replace(day=1),
                    _add_months(first.replace(day=1), 1) - dt.timedelta(days=1),
                    "month",
                    "relation",
                )
            return
        if exact:
            delta = dt.timedelta(days=days)
            earliest = owner.earliest + sign * delta
            latest = owner.latest + sign * delta
            dependent.set_dates(
                earliest, latest, precision if owner.precision == "day" else owner.precision, "relation"
            )
        elif sign < 0:
            dependent.set_dates(owner.earliest - dt.timedelta(days=days), owner.latest, "day", "relation")
        else:
            dependent.set_dates(owner.earliest, owner.latest + dt.timedelta(days=days), "day", "relation")

    def _in_the_fronted_time(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "On Tuesday morning the opposition MPs rose together and left the chamber": a time put before the
        subject sets the time of the whole sentence, so of a verb conjoined with the first, with no subject or time
        of its own, too, or the act a noun names that it does ("cut off the regional offices and ordered an
        inquiry"); not "later", "then": a step after it; a time after the first verb may be its alone: "arrested him
        on Monday and charged him")."""
        verb = candidate.verb
        if not _done_by_its_verb(candidate) or verb.dep_ != "conj" or candidate.planned:
            return
        if not (verb.tag_ == "VBD" or _past_passive(verb)):
            return  # "set off on foot and were detained on the highway": a past passive is a past act too
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in children_of(verb)):
            return
        if any(c.dep_ == "advmod" and c.lower_ in LATER_STEP_WORDS for c in children_of(verb)):
            return
        # "boarded the tanker, anchored off Crete, and detained its master": the parser may join the conjunct to a
        # participle in between; the first verb holds the subject and the time
        head = first_conjunct(verb)
        first = anchor_of.get(head.i)
        subject = _child(head, "nsubj") or _child(head, "nsubjpass")
        if subject is None:
            return
        if first is None:
            # "At 09:40 on Friday a helicopter crew spotted the buggy and landed beside it": a first verb that tells
            # no event still has the day of its clause
            told = self.clause_days.get(head.i)
            if told is None or told[0] != told[1] or told[1] > self.published:
                return
            days: tuple[dt.date, dt.date, str] | None = (told[0], told[1], "day")
        elif not first.dated or first.basis != "timex" or first.planned:
            return
        else:
            assert first.earliest is not None and first.latest is not None
            days = None
        sentence = self.sentence(verb)
        for timex in self._timexes_in(sentence):
            span = self.timex_span(timex)
            if span is None or len(span) == 0 or span.end > subject.left_edge.i:
                continue
            clause = _clause_verb(span.root)
            if clause is not None and clause.i == head.i:
                if days is not None:
                    candidate.set_dates(*days, "relation")
                elif first is not None and first.earliest is not None and first.latest is not None:
                    candidate.days_if_alone = first.earliest, first.latest, first.precision
                return

    def _in_the_trailing_time(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "the Company suspended operations and closed the factory on 2026/03/05", "Soldiers surrounded the village
        and burned the granaries on Saturday": a time that ends a run of past verbs sharing one subject, none with a
        time of its own, is the time of the whole run, which the parser hangs on the last verb only (not when the
        last is told as a step after, "and later charged them on Monday")."""
        verb = candidate.verb
        if not _done_by_its_verb(candidate) or candidate.planned or verb.dep_ == "conj":
            return
        if not (verb.tag_ == "VBD" or _past_passive(verb)):
            return
        conjuncts = [c for c in children_of(verb) if c.dep_ == "conj" and c.tag_.startswith("VB") and c.i > verb.i]
        if not conjuncts:
            return
        last = conjuncts[-1]
        if any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") or (c.dep_ == "advmod" and c.lower_ in LATER_STEP_WORDS)
            for c in children_of(last)
        ):
            return
        told = anchor_of.get(last.i)
        day = _dated_day(told, candidate)
        if day is None or told is None or told.planned or day[1] > self.published:
            return
        clause_end = max(t.i for t in last.subtree)
        for timex in self._timexes_in(self.sentence(verb)):
            span = self.timex_span(timex)
            if span is None or len(span) == 0 or span.start >= clause_end + 1:
                continue
            clause = _clause_verb(span.root)
            if clause is None:
                continue
            if clause.i == verb.i or (clause.i in {c.i for c in conjuncts} and clause.i != last.i):
                return  # a time of an earlier verb of the run: each has its own
            if clause.i == last.i and span.start < last.i:
                return  # "and on Monday closed the factory": the last verb's own time, put before it
        candidate.days_if_alone = day[0], day[1], "day"

    def _early_hours_of_the_clauses_day(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "Nurses went back to pen and paper yesterday after a ransomware attack in the early hours knocked out
        every system": "the early hours" with no day named are those of the day the clause it hangs on gives (by
        "after", "as", "when"), which the tagger does not read as a time."""
        clause = _clause_verb(candidate.trigger)
        if clause is None or candidate.planned or not told_as_past(candidate.trigger):
            return
        if not any(_early_hours(c) for word in {candidate.trigger, clause} for c in children_of(word)):
            return
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in AFTER_WORDS | SIMULTANEOUS_MARKS for c in children_of(clause)
        ):
            return
        main = clause.head
        day = _dated_day(anchor_of.get(main.i), candidate) or self.clause_days.get(main.i)
        if day is not None and day[0] == day[1] <= self.published:
            candidate.set_dates(day[0], day[0], "day", "relation")

    def _from_the_first_conjuncts_day(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> bool:
        """ "Officers boarded the trawler this morning and arrested three fishermen" (or "made three arrests"), "the
        board decided at its session of 4 March to fine the bank, and ordered corrective measures": a past conjunct
        with no subject or time of its own was done on the first verb's day or after it, by the report (not only by
        the report: the sentence gives its first day); whether it was done later ("arrested him on Monday and charged
        him") is left open.  Only when the first verb tells no event: else the conjunct may join that one
        (test_s18_dates6)."""
        verb = candidate.verb
        if not _done_by_its_verb(candidate) or not told_as_past(verb):
            return False
        if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)):
            return False  # (the parser reads some past conjuncts as participles: "boarded it and arrested two")
        if verb.head.i in anchor_of:
            return False  # the first verb's own event, which the merge rule may join it to, has that day
        day = self._day_of_first_conjunct(verb)
        if day is None and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
            day = self._day_of_the_occasion(verb.head, anchor_of)
        if day is None or day > self.published:
            return False
        candidate.set_dates(day, self.published, "day" if day == self.published else "unknown", "relation")
        return True

    def _day_of_the_occasion(self, verb: Any, anchor_of: dict[int, Candidate]) -> dt.date | None:
        """The one day of the dated event a verb tells was done at or during ("decided at its session of 4 March")."""
        for preposition in _children(verb, "prep"):
            if preposition.lower_ not in ("at", "during"):
                continue
            for pobj in _children(preposition, "pobj"):
                occasion = anchor_of.get(pobj.i)
                if (
                    occasion is not None
                    and occasion.dated
                    and occasion.basis == "timex"
                    and occasion.earliest == occasion.latest
                    and occasion.precision == "day"
                ):
                    return occasion.earliest
                for clause in _children(pobj, "acl"):  # "at its session held on 4 March"
                    days = self.clause_days.get(clause.i)
                    if days is not None and days[0] == days[1]:
                        return days[0]
        return None

    def _day_of_first_conjunct(self, verb: Any) -> dt.date | None:
        """The one day a time phrase of the first verb names, when ``verb`` is its conjunct with no subject of its
        own ("closed the channel on Friday and reopened it ..."): the act goes on from that day."""
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
            return None
        first = verb.head
        days = set()
        for timex in self.timexes:
            if timex.type not in ("DATE", "TIME") or timex.earliest is None or timex.earliest != timex.latest:
                continue
            if clock_only(timex.text):
                continue  # a clock time alone names no day of its own
            span = self.timex_span(timex)
            if span is None or len(span) == 0 or not first.i < span.root.i < verb.i:
                continue
            clause_verb = _clause_verb(span.root)
            if clause_verb is not None and clause_verb.i == first.i and timex.earliest <= self.published:
                days.add(timex.earliest)
        return days.pop() if len(days) == 1 else None

    def _done_by_dated_event(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "three days after the collapse of the bridge killed at least 26 people", "the blast on Monday injured 40
        workers": what an event told by its noun did as the verb's subject it did when it happened, so on its day (a
        day of the text, or one its relations give)."""
        verb = candidate.verb
        if candidate.trigger.i != verb.i or candidate.planned or not told_as_past(candidate.trigger):
            return
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in children_of(verb)):
            return  # "the storm had flooded the valley": some time before, not the storm's day for certain
        subjects = _children(verb, "nsubj")
        if not subjects and verb.i > 0 and verb.dep_ == "advcl":
            # "three days after the collapse of the bridge killed 26 people": the parser hangs the noun on "after"
            # and leaves the verb that follows it without a subject
            before = verb.doc[verb.i - 1]
            while before.head.i != before.i and not (before.dep_ == "pobj" and before.head.lower_ in AFTER_WORDS):
                before = before.head
            if before.dep_ == "pobj" and before.right_edge.i == verb.i - 1:
                subjects = [before]
        for subject in subjects:
            cause = anchor_of.get(subject.i)
            if (
                cause is None
                or cause is candidate
                or not cause.dated
                or not cause.trigger.tag_.startswith("NN")
                or cause.earliest is None
                or cause.latest is None
                or cause.precision != "day"
                or cause.earliest != cause.latest
                # "a tornado damaged a church on Monday": the noun's own time phrase, and one happening the undated
                # verb tells again; it folds into the noun's event rather than standing beside it
                or (cause.basis == "timex" and self.sentence(cause.trigger).start == self.sentence(verb).start)
            ):
                continue
            candidate.set_dates(cause.earliest, cause.latest, cause.precision, "relation")
            return

    def _during(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        for anchor in candidate.anchors:
            for child in children_of(anchor):
                if child.dep_ != "prep" or child.lower_ not in ("in", "at", "during", "on"):
                    continue
                for pobj in _children(child, "pobj"):
                    # "Monday's crash, in which eleven passengers were killed": during the event "which" stands for
                    antecedent = anchor.head if anchor.dep_ == "relcl" and pobj.tag_ == "WDT" else pobj
                    other = anchor_of.get(antecedent.i)
                    if other is not None and other is not candidate and other.dated and other.basis == "timex":
                        candidate.set_dates(other.earliest, other.latest, other.precision, "relation")
                        return

    def _by_dated_decision(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "By a decision of its board taken at its session of 3 March, the bank has revoked the licence", "under a
        decree of 12 May, the government has dissolved the council": an act done by a dated decision was done on
        the decision's day (an official statement tells the act in the perfect, with no date of its own)."""
        for child in children_of(candidate.verb):
            if child.dep_ != "prep" or child.lower_ not in DECISION_PREPOSITIONS:
                continue
            for pobj in _children(child, "pobj"):
                other = anchor_of.get(pobj.i)
                if (
                    self.lexicon.lemma(pobj) in DECISION_NOUNS
                    and other is not None
                    and other is not candidate
                    and other.dated
                    and other.basis == "timex"
                ):
                    candidate.set_dates(other.earliest, other.latest, other.precision, "relation")
                    return

    def _decided_with_its_act(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "The assembly voted on Tuesday to impeach the governor", "voted 38 to 9 to impeach him on June 16": a vote
        to do something does it then (an impeachment, a repeal), so the vote and the act it decided share the one
        day the sentence gives, whichever of the two verbs the parser hung it on.  An agreement or decision told
        in the past ("agreed to buy Wexley on Monday") takes the clause's day when that day has gone by."""
        verb = candidate.verb
        lemma = self.lexicon.lemma(verb)
        # a day between the two verbs makes the parser read the infinitive as a clause of purpose ("voted on
        # Tuesday to remove"): the same decided act
        if verb.dep_ in DECIDED_ACT_DEPS and self.lexicon.lemma(verb.head) == "vote":
            partners = [verb.head]
        elif lemma == "vote" or (
            lemma in COMMITMENT_VERBS and told_as_past(verb) and candidate.type not in AGREED_OCCASION_TYPES
        ):
            partners = [c for c in children_of(verb) if c.dep_ in DECIDED_ACT_DEPS and _to_infinitive(c)]
        else:
            return
        for partner in partners:
            other = anchor_of.get(partner.i)
            if other is not None and other is not candidate and other.dated and other.basis == "timex":
                candidate.set_dates(other.earliest, other.latest, other.precision, "relation")
                return
            day = self.clause_days.get(partner.i)  # "voted to remove the speaker on Monday": no event of its own
            if other is None and day is not None and (lemma == "vote" or day[1] <= self.published):
                # "agreed to buy Wexley on Monday", a Monday gone by: the agreement's day; a day still to come is
                # when the act agreed on is due ("agreed to complete the sale on November 30")
                candidate.set_dates(day[0], day[1], "day", "relation")
                return

    def _carried_by_a_dated_text(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "Belize on Sunday sent a formal note of protest to Guatemala", "On 30 March the ministry received a letter
        of complaint": the act a note, a letter or a notice is "of" is made by sending it, so on the day the text
        gives the sending or the receiving (a verb whose object, or subject told in the passive, is that text)."""
        noun = candidate.trigger
        if candidate.planned or not noun.tag_.startswith("NN") or noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return
        carrier = noun.head.head
        if self.lexicon.lemma(carrier) not in CARRIER_TEXTS or carrier.dep_ not in ("dobj", "nsubjpass"):
            return
        verb = carrier.head
        if not verb.tag_.startswith("VB") or not told_as_past(verb):
            return
        day = _dated_day(anchor_of.get(verb.i), candidate) or self.clause_days.get(verb.i)
        if day is not None and day[0] == day[1] <= self.published:
            candidate.set_dates(day[0], day[0], "day", "relation")

    def _simultaneous(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "The police closed the square on Thursday while nurses protested": the clause's day is the main
        clause's, when the text dates that one itself."""
        means = _gerund_of_means(candidate.verb)
        verb = means or _participial_adjunct(candidate.verb)
        if verb is None:
            verb = candidate.verb
            if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBN"):
                return
            if not _simultaneous_clause(verb):
                return
        head = verb.head.head if means is not None else verb.head
        for _ in range(4):
            if head.i in anchor_of or head.i in self.clause_days or head.head.i == head.i:
                break
            # "boiled over on Wednesday, when drivers parked their lorries across the road, demanding ...": a clause
            # of the same time that is no event passes its main clause's time on to what hangs on it
            same_time = head.dep_ == "advcl" and _simultaneous_clause(head)
            if means is None and _speech_of_the_speaker(candidate, head, anchor_of):
                # "said the army would stay, dismissing calls for a withdrawal": the parse hangs the participle on
                # the words reported, but a speech act with no subject of its own is the speaker's, done as he spoke
                head = head.head
                break
            if not same_time and (
                head.tag_ not in ("VBG", "VB") or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(head))
            ):
                break
            # "its role in helping Israel ... as Biden convened": a clause hung on a verb with no subject or
            # time of its own hangs on the clause that verb belongs to
            above = _clause_verb(head.head)
            if above is None:
                break
            head = above
        # "occupied the rectorate on Thursday and blocked the boulevard, cutting ...": one subject's acts, whose
        # time the first verb holds
        while (
            head.dep_ == "conj"
            and head.i not in anchor_of
            and head.i not in self.clause_days
            and not any(
                c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "advmod" and c.lower_ in LATER_STEP_WORDS)
                for c in children_of(head)
            )
        ):
            head = head.head
        main = anchor_of.get(head.i)
        if main is None:
            day = self.clause_days.get(head.i)
            if day is not None:
                candidate.set_dates(day[0], day[1], "day", "relation")
            return
        if main is not candidate and not main.dated and main.days_if_alone is not None:
            # "took over the palace on Wednesday and blocked the highway, cutting the road link": the conjunct's
            # day, should it stay an act of its own, is that of what it was done in
            candidate.days_if_alone = main.days_if_alone
            return
        if main is candidate or not main.dated or main.basis not in ("timex", "relation"):
            return
        if main.earliest is None or main.earliest != main.latest:
            return
        candidate.set_dates(main.earliest, main.latest, main.precision, "relation")

    def _done_by_tonight(self, timex: Any, owner: Candidate) -> bool:
        """ "Police have arrested two men tonight": the night of the report's day runs past midnight, yet what the
        report tells as done was done by then, on its day; a plan for tonight keeps the whole night."""
        return (
            "tonight" in timex.text.lower()  # not "spent the night": a stay may run past midnight
            and str(timex.value).endswith("TNI")
            and timex.earliest == self.published
            and not owner.planned
            and told_as_past(owner.trigger)
        )

    def _part_of_the_told_day(self, candidate: Candidate) -> tuple[dt.date, dt.date, str] | None:
        """ "Rangers set a trap on Thursday 6 August. A ranger darted the leopard at dawn": a part of a day the
        tagger gives no day ("at dawn", "at first light", "by nightfall") in a clause told in the past, right after
        a sentence naming the day of the news, is of that day; dawn after an evening or a night may be the next
        day's.  None when its own sentence names a time or the sentence before names no one day."""
        if candidate.planned or not told_as_past(candidate.trigger):
            return None
        part = next(
            (
                noun
                for head in {candidate.verb, candidate.trigger}
                for prep in children_of(head)
                if prep.dep_ == "prep" and prep.lower_ in DAY_PART_PREPOSITIONS
                for noun in children_of(prep)
                if noun.dep_ == "pobj" and (_daybreak(noun) or noun.lower_ in NIGHTFALL_WORDS)
            ),
            None,
        )
        if part is None:
            return None
        sentence = self.sentence(candidate.trigger)
        index = self._sentence_of[sentence.start]
        if index == 0 or any(
            sentence.start_char <= t.start < sentence.end_char and t.earliest is not None for t in self.timexes
        ):
            return None
        previous = self.sentences[index - 1]
        days = [
            t
            for t in self.timexes
            if previous.start_char <= t.start < previous.end_char
            and t.type in ("DATE", "TIME")
            and t.earliest is not None
            and t.earliest == t.latest
            and t.earliest <= self.published
        ]
        if not days:
            return None
        told = days[-1]
        day = told.earliest
        assert day is not None
        evening = str(told.value).endswith(("TEV", "TNI")) or bool(_EVENING_WORDS.search(told.text))
        if _daybreak(part) and evening and day < self.published:
            return day, day + dt.timedelta(days=1), "unknown"
        return day, day, "day"

    def _since_daybreak(self, candidate: Candidate) -> bool:
        """ "Drivers have blockaded the crossing since dawn", "on strike since first light": what has gone on since
        the start of a day no other word names began on the report's day (the tagger dates no bare "dawn")."""
        heads = {a.i for a in candidate.anchors} | {candidate.verb.i}
        for word in tokens_in(candidate.trigger.sent):
            if word.lower_ != "since" or word.head.i not in heads:
                continue
            for start in children_of(word):
                if start.dep_ == "pobj" and _daybreak(start):
                    return True
        return False

    def _going_on_from(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "Investigators searched her office earlier this month, seizing computers": a participle with no
        subject or mark of its own, after its clause, tells what was done in the same act, at its time."""
        verb = candidate.verb
        if verb.i != candidate.trigger.i or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
            return  # "defying calls for cheaper credit": the calls, a noun under the participle, are older
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in children_of(verb)):
            return
        main = anchor_of.get(verb.head.i)
        if main is None or main is candidate or not main.dated or main.basis not in ("timex", "window"):
            return
        candidate.set_dates(main.earliest, main.latest, main.precision, "relation")

    def _enacted_when_signed(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "signed a decree on Friday that nationalised two companies": what the text does, it does when signed."""
        signer = enacting_clause_signer(candidate.verb)
        main = anchor_of.get(signer.i) if signer is not None else None
        if main is None or main is candidate or not main.dated or main.basis not in ("timex", "window"):
            return
        candidate.set_dates(main.earliest, main.latest, main.precision, "relation")

    def _at_the_clauses_time(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "Gunmen shot the mayor as he left a meeting late on Friday": the main clause happened at the time of
        its "as/when/while" clause, so a day only that clause names dates the main event too."""
        for clause in children_of(candidate.verb):
            if clause.dep_ != "advcl" or clause.tag_ not in ("VBD", "VBN"):
                continue
            if not _simultaneous_clause(clause):
                continue
            # the day the clause names, or the day of the clause's verb when it is an event itself
            day = self.clause_days.get(clause.i) or _dated_day(anchor_of.get(clause.i), candidate)
            if day is None:
                day = self._clause_noun_day(clause, candidate, anchor_of)
            if day is not None:
                candidate.set_dates(day[0], day[1], "day", "relation")
                return

    def _at_the_scene(self, candidate: Candidate, candidates: list[Candidate]) -> None:
        """ "Police arrested a man at the scene", "officers detained him on the spot": done where and when the
        incident the article last dated to a day happened (an attack, a disaster, a clash), so on its day."""
        if not told_as_past(candidate.trigger):
            return
        places = [
            pobj
            for anchor in candidate.anchors
            for prep in children_of(anchor)
            if prep.dep_ == "prep" and prep.lower_ in ("at", "on")
            for pobj in _children(prep, "pobj")
        ]
        if not any(pobj.lower_ in SCENE_NOUNS and _definite(pobj) for pobj in places):
            return
        incidents = [
            c
            for c in candidates
            if c is not candidate
            and c.trigger.i < candidate.trigger.i
            and c.type in INCIDENT_TYPES
            and _dated_day(c, candidate) is not None
        ]
        # typed34: a death ("died in hospital yesterday") is where the dead were, not the incident's scene
        incidents = [c for c in incidents if self.lexicon.lemma(c.trigger) not in DEATH_VERBS] or incidents
        if incidents:
            day = _dated_day(incidents[-1], candidate)
            assert day is not None
            candidate.set_dates(day[0], day[1], "day", "relation")

    def _clause_noun_day(
        self, clause: Any, candidate: Candidate, anchor_of: dict[int, Candidate]
    ) -> tuple[dt.date, dt.date] | None:
        """ "as he left a rally in the city late on Saturday": the parser may give the day to the event noun the
        clause's verb governs; the clause happened then, and so did the main event."""
        for token in clause.subtree:
            if token.i == clause.i or token.dep_ not in ("dobj", "pobj"):
                continue
            day = _dated_day(anchor_of.get(token.i), candidate)
            if day is not None:
                return day
        return None

    def _counted_from_told(self, timex: Any, owner: Candidate, span: Any, anchor_of: dict[int, Candidate]) -> None:
        """ "Hours after the blast, the army halted all training", "Two days after his arrest, he was freed", "a day
        before the vote": the owner came that long after (before) an event the text told and dated before, which
        the noun after "after" names again ("the blast" for "a shell exploded")."""
        word = (
            span[-1]
            if span[-1].lower_ in AFTER_WORDS | BEFORE_WORDS
            else (span.doc[span.end] if span.end < len(span.doc) else None)
        )
        if word is None or word.lower_ not in AFTER_WORDS | BEFORE_WORDS or owner.planned:
            return
        noun = _child(word, "pobj")
        if noun is None or not noun.tag_.startswith("NN"):
            return
        day = _dated_day(anchor_of.get(noun.i), owner)
        if day is None:
            told = self._told_before(noun, {id(c): c for c in anchor_of.values()}.values())
            day = (told.earliest, told.earliest) if told is not None and told.earliest is not None else None
        found = DURATION.match(timex.value)
        if day is None or found is None:
            return
        sign = 1 if word.lower_ in AFTER_WORDS else -1
        if found["hours"] or found["minutes"]:
            # "hours after": that day, or the next when the event came late in it
            later = day[0] + dt.timedelta(days=sign if found["hours"] else 0)
            first, last = sorted((day[0], min(later, self.published)))
            owner.set_dates(first, last, "day" if first == last else "unknown", "relation")
            return
        if found["n"] == "X" or found["unit"] not in ("D", "W"):
            return  # "days after", "months after": too loose to give a day
        shifted = day[0] + sign * dt.timedelta(days=int(found["n"]) * (7 if found["unit"] == "W" else 1))
        if shifted <= self.published:
            owner.set_dates(shifted, shifted, "day", "relation")

    def _counted_from_clause_day(
        self, timex: Any, span: Any, anchor_of: dict[int, Candidate], if_alone: bool = False
    ) -> None:
        """ "A day after the explosion, firefighters were still at the site on Tuesday", "Two days after troops
        stormed the palace, the capital is calm": a follow-up's clause that is no event itself still has a day (its
        own date, or the report's for the present), and the event after "after" came that long before it."""
        word = (
            span[-1]
            if span[-1].lower_ in AFTER_WORDS | BEFORE_WORDS
            else (span.doc[span.end] if span.end < len(span.doc) else None)
        )
        if word is None or word.lower_ not in AFTER_WORDS:
            return
        dependent: Candidate | None
        if word.dep_ == "mark" and word.head.i in anchor_of:
            # "A day after troops stormed the palace, the capital was calm": the clause "after" opens is the event
            dependent, clause = anchor_of[word.head.i], _clause_verb(word.head.head)
        else:
            dependent, clause = _dependent_event(word, anchor_of), _clause_verb(span.root)
        if dependent is None or dependent.dated or clause is None or clause.i == dependent.trigger.i:
            return
        day = next((self.clause_days[v.i] for v in _same_clause_verbs(clause) if v.i in self.clause_days), None)
        day = day or _dated_day(anchor_of.get(clause.i), dependent)
        if day is None and self._present(clause):
            day = (self.published, self.published)
        found = DURATION.match(timex.value)
        if day is None or day[0] != day[1] or found is None:
            return
        if timex.mod:
            return  # "less than a week after the coup", "about a day after": no one day to count to
        if found["hours"] or found["minutes"]:
            # "hours after the bombing": that day, or the one before when the event came late in it
            earliest = day[0] - dt.timedelta(days=1 if found["hours"] else 0)
            precision = "day" if earliest == day[0] else "unknown"
            if if_alone:
                dependent.days_if_alone = earliest, day[0], precision
            else:
                dependent.set_dates(earliest, day[0], precision, "relation")
            return
        if found["n"] == "X" or found["unit"] not in ("D", "W"):
            return  # "days after", "months after": too loose to give a day
        shifted = day[0] - dt.timedelta(days=int(found["n"]) * (7 if found["unit"] == "W" else 1))
        if if_alone:
            dependent.days_if_alone = shifted, shifted, "day"
        else:
            dependent.set_dates(shifted, shifted, "day", "relation")

    def _prepositional_relation(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "ahead of the election", "before congratulating him on November 7", "on the campaign trail
        ahead of the November 5 election"."""
        verb = candidate.verb
        modifiers = [c for c in children_of(verb) if c.dep_ in ("prep", "advmod")]
        for prep in list(modifiers):
            for pobj in _children(prep, "pobj"):
                modifiers += [c for c in children_of(pobj) if c.dep_ in ("prep", "advmod") and c.lower_ in BEFORE_WORDS]
        for child in modifiers:
            word = child.lower_
            target = child
            if word in ("ahead", "prior"):
                target = next((c for c in children_of(child) if c.dep_ == "prep"), child)
            other = None
            for grandchild in children_of(target):
                if grandchild.dep_ in ("pobj", "pcomp") and grandchild.i in anchor_of:
                    other = anchor_of[grandchild.i]
            if other is None or other is candidate or not other.dated:
                continue
            if word in BEFORE_WORDS and other.latest is not None:
                candidate.set_dates(None, other.latest, "unknown", "relation")
                candidate.dated = False
                return
            if word in AFTER_WORDS and self._since_a_news_day(candidate, other, anchor_of):
                return
        for clause in _children(verb, "advcl"):
            other = anchor_of.get(clause.i)
            after = any(c.dep_ == "mark" and c.lower_ in AFTER_WORDS for c in children_of(clause))
            if after and other is not None and other is not candidate and other.dated:
                self._since_a_news_day(candidate, other, anchor_of)
                return

    def _since_a_news_day(self, candidate: Candidate, other: Candidate, anchor_of: dict[int, Candidate]) -> bool:
        """ "The government has closed all universities after police broke up a march on Thursday": done after a
        dated event of the article's news and by the report, so between the two (a window, no day the text did not
        give); an event long before ("after the 2019 election") bounds nothing a scorer or a merge can use."""
        if candidate.earliest is not None or other.earliest is None or not told_as_past(candidate.trigger):
            return False
        latest = self._report_date(candidate, anchor_of) or self.published
        if not latest - dt.timedelta(days=FOCUS_DAYS) <= other.earliest <= latest:
            return False
        candidate.set_dates(other.earliest, latest, "day" if other.earliest == latest else "unknown", "relation")
        candidate.dated = False
        return True


_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "several": 0,
    "few": 0,
    "some": 0,
}
_SHIFT = re.compile(
    r"\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|some)\s+(?P<unit>day|week|month|year)s?\s+"
    r"(?P<dir>later|earlier|after|before|afterwards?)\b"
    r"|\bthe\s+(?P<which>next|following|previous|preceding)\s+(?P<unit2>day|week|month|year|morning|night)\b"
    r"|\bthe\s+(?:day|night)\s+(?P<dir2>before|after)\b",
    re.IGNORECASE,
)


# participles that give the day an event named by a noun was meant for
SCHEDULE_PARTICIPLES = frozenset(
    {"planned", "scheduled", "set", "slated", "due", "earmarked", "pencilled", "penciled", "timetabled", "fixed"}
)


def _scheduled_day(span: Any) -> bool:
    """ "a launch planned for Wednesday", "the vote, scheduled for Tuesday": the day of the plan, which says nothing
    of whether or when the event happened."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "for":
        return False
    participle = prep.head
    return participle.lower_ in SCHEDULE_PARTICIPLES and participle.dep_ in ("acl", "amod", "relcl", "advcl")


def _eve_of(verb: Any) -> Any:
    """The noun of "on the eve of the summit" hung on the verb (or on its object), else None."""
    for token in verb.subtree:
        if token.lower_ == "eve" and token.dep_ == "pobj" and token.head.lower_ == "on":
            for of in children_of(token):
                if of.lower_ == "of":
                    return next((c for c in children_of(of) if c.dep_ == "pobj" and c.tag_.startswith("NN")), None)
    return None


_BACK_THEN = re.compile(r"\b(?:at\s+(?:the|that)\s+time|back\s+then)\b", re.IGNORECASE)


def _at_an_earlier_time(verb: Any) -> bool:
    """ "said at the time", "at that time, the army said", "denied the allegations back then": an occasion before
    the report, in the verb's own clause (not in what it reports; "at the same time" is now)."""
    if not verb.tag_.startswith("VB"):
        return False
    reported = {t.i for c in children_of(verb) if c.dep_ in ("ccomp", "xcomp", "advcl", "conj") for t in c.subtree}
    words = " ".join(t.text for t in verb.subtree if t.i not in reported)
    return _BACK_THEN.search(words) is not None


# a time zone a wire restates a local time in
_ZONE = re.compile(r"\b(?:GMT|UTC|[A-Z]{1,3}[SD]?T)\b")
# a clock time just before the brackets: "at 11.30 p.m.", "10:40 pm local time", "at 2300"
_CLOCK_BEFORE = re.compile(
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}[.:]\d{2}|\b\d{4}\s*(?:hours|hrs|h))"
    r"(?:\s+local\s+time)?\s*$",
    re.IGNORECASE,
)
# an anniversary is marked on its day or a weekend or so around it
ANNIVERSARY_SLACK_DAYS = 3
_ORDINAL_DIGITS = re.compile(r"^(?P<n>\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
_TO_THE_DAY = re.compile(
    r"\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty(?:-\w+)?)\s+years?\s+to\s+the\s+day\s*$",
    re.IGNORECASE,
)


def _to_the_day(span: Any) -> bool:
    """ "ten years to the day after the sinking": "the day" here says "exactly", it is no date."""
    doc = span.doc
    return (
        span.text.lower() == "the day"
        and span.start > 0
        and doc[span.start - 1].lower_ == "to"
        and span.end < len(doc)
        and doc[span.end].lower_ in ("after", "since", "before")
    )


def _count_word(word: str) -> int:
    word = word.lower()
    if word.isdigit():
        return int(word)
    tens, _, unit = word.partition("-")
    return CARDINALS.get(tens, 0) + (CARDINALS.get(unit, 0) if unit else 0)


def _years_to_the_day(word: Any) -> int:
    """The years of "N years to the day" just before "after"/"since" (0 when not so)."""
    if word.lower_ not in ("after", "since"):
        return 0
    before = word.doc[max(0, word.i - 8) : word.i].text
    found = _TO_THE_DAY.search(before)
    return _count_word(found["n"]) if found else 0


def _anniversary_years(noun: Any) -> int:
    """ "the 30th anniversary", "the first anniversary", "its tenth anniversary": the ordinal's number."""
    for child in children_of(noun):
        word = child.lower_
        digits = _ORDINAL_DIGITS.match(word)
        if digits:
            return int(digits["n"])
        if word in ORDINAL_WORDS:
            return ORDINAL_WORDS.get(_hyphenated_with_tens(child) + word, ORDINAL_WORDS[word])
    return 0


def _hyphenated_with_tens(word: Any) -> str:
    """ "twenty-" when the tokenizer split "twenty-third" into three tokens and ``word`` is the last, else ""."""
    doc = word.doc
    if word.i >= 2 and doc[word.i - 1].text == "-" and CARDINALS.get(doc[word.i - 2].lower_, 0) >= 20:
        return str(doc[word.i - 2].lower_) + "-"
    return ""


# how often something happens, which a present tense tells as a habit or a state of things, not as today's news
FREQUENCY_ADVERBS = frozenset(
    {
        "often", "usually", "regularly", "frequently", "routinely", "sometimes", "rarely", "seldom", "always",
        "repeatedly", "typically", "generally", "commonly", "occasionally", "periodically", "annually", "normally",
        "never",
    }
)  # fmt: skip
FREQUENT_STATES = frozenset({"common", "frequent", "rare", "routine", "widespread", "commonplace", "regular", "usual"})
_EVERY_UNIT = re.compile(r"\b(?:every|each|per|a)\s+(?:single\s+)?(?:day|night|week|month|year|season|summer|winter)\b")


def _habitual(verb: Any) -> bool:
    """ "Bandits kidnap hundreds of people every year", "Police often detain journalists", "Strikes by doctors are
    frequent": a present that tells a habit or how common something is (a frequency word, "every year", or a
    copula's "common"/"frequent"), on no one day."""
    for child in children_of(verb):
        word = child.lower_
        if child.dep_ == "advmod" and word in FREQUENCY_ADVERBS:
            return True
        if child.dep_ in ("acomp", "attr") and (
            word in FREQUENT_STATES or any(c.lower_ in FREQUENT_STATES for c in children_of(child) if c.dep_ == "amod")
        ):
            return True  # "are common", "are a regular occurrence"
        if child.dep_ in ("npadvmod", "advmod", "prep", "pobj") and _EVERY_UNIT.search(
            " ".join(t.lower_ for t in child.subtree)
        ):
            return True
    return False


def _agrees_with_possessor(noun: Any, told: Candidate) -> bool:
    """Whether the act ``told`` was done to (or, when the noun names its object with "of", by) as many as the
    possessive pronoun of ``noun`` says ("their arrest": "detained the two men", not "detained a 45-year-old man";
    "his arrest": the businessman's); no pronoun, no agreement to ask."""
    pronoun = next((c.lower_ for c in children_of(noun) if c.dep_ == "poss"), None)
    if pronoun not in ("their", "his", "her"):
        return False
    arguments = [c for c in children_of(told.verb) if c.tag_.startswith("NN") or c.tag_ == "PRP"]
    patients = [c for c in arguments if c.dep_ in ("dobj", "nsubjpass")]
    agents = [c for c in arguments if c.dep_ == "nsubj"]
    of_object = any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun))
    said = agents if of_object or not patients else patients
    plural = pronoun == "their"
    return any(
        (c.tag_ in ("NNS", "NNPS") or c.lower_ in ("they", "them") or any(d.dep_ == "conj" for d in children_of(c)))
        == plural
        for c in said
    )


def _early_hours(prep: Any) -> bool:
    """ "in the early hours", with no day named ("of Monday" makes it a time the tagger reads)."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    hours = _child(prep, "pobj")
    return (
        hours is not None
        and hours.lower_ == "hours"
        and any(c.dep_ == "amod" and c.lower_ in ("early", "small", "wee") for c in children_of(hours))
        and not any(c.dep_ == "prep" for c in children_of(hours))
    )


def _dated_day(other: Candidate | None, candidate: Candidate | None) -> tuple[dt.date, dt.date] | None:
    """The one day the text gives another event, which a clause at the same time shares."""
    if other is None or other is candidate or not other.dated or other.basis != "timex":
        return None
    if other.earliest is None or other.earliest != other.latest:
        return None
    return other.earliest, other.earliest


def _marks_its_own_clause(span: Any, owner: Candidate) -> bool:
    """ "A day after troops stormed the palace": the duration hangs on the verb "after" opens, not on the clause's."""
    return (
        any(c.dep_ == "mark" and c.lower_ in AFTER_WORDS for c in children_of(owner.verb))
        and span.root.head.i == owner.verb.i
    )


def _measures_the_mark_of(span: Any, owner: Candidate) -> bool:
    """ "resigned this afternoon, two days after the court struck down the law": the duration hangs on the "after"
    that opens the owner's clause, so the owner is the event counted back, not the one counted from."""
    head = span.root.head
    return head.dep_ == "mark" and head.lower_ in AFTER_WORDS and head.i == span.end and head.head.i == owner.verb.i


def _done_by_its_verb(candidate: Candidate) -> bool:
    """Whether the candidate's verb tells its act: the trigger itself ("arrested three men") or the verb whose object
    names it ("launched an inquiry", "made four arrests")."""
    trigger, verb = candidate.trigger, candidate.verb
    return bool(trigger.i == verb.i or (trigger.dep_ == "dobj" and trigger.head.i == verb.i))


def _same_clause_verbs(verb: Any) -> list[Any]:
    """The verb and those that complete it ("were still unable to leave on Thursday": were, leave), whose date is
    the clause's."""
    verbs = [verb]
    for token in verbs:
        verbs += [c for c in children_of(token) if c.dep_ in ("xcomp", "acomp") and len(verbs) < 6]
    return verbs


def _dependent_event(word: Any, anchor_of: dict[int, Candidate]) -> Candidate | None:
    """The event named after "after": its noun ("after the blast") or its clause ("after troops stormed")."""
    for child in children_of(word):
        if child.dep_ in ("pcomp", "pobj") and child.i in anchor_of:
            return anchor_of[child.i]
    for token in word.doc[word.i + 1 : min(len(word.doc), word.i + 8)]:
        if token.dep_ in ("advcl", "pcomp") and token.i in anchor_of and any(c.i == word.i for c in children_of(token)):
            return anchor_of[token.i]
    return None


def _charged_act(prep: Any) -> bool:
    """A preposition that names, in a gerund, the act a verb charges or credits someone with ("accused of
    killing", "jailed for stealing", "charged with smuggling"): an act done before."""
    if prep.dep_ != "prep" or prep.lower_ not in ACT_CHARGING_PREPOSITIONS or not prep.head.tag_.startswith("VB"):
        return False
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in children_of(prep))


def _event_of_marked_clause(token: Any, anchor_of: dict[int, Candidate]) -> Candidate | None:
    """The event of the clause whose "after" or "before" a count hangs on ("two days before rebels attacked")."""
    mark = token.head
    if mark.dep_ != "mark" or mark.lower_ not in AFTER_WORDS | BEFORE_WORDS:
        return None
    return anchor_of.get(mark.head.i)


def _time_set_off_from_present_relative(verb: Any, token: Any) -> bool:
    """Whether ``token`` is a time phrase the parser hung on the verb of a relative clause in the simple present
    ("which runs hospitals", "who heads the board") although a comma sets it off after the clause's own words: a
    clause of what holds now has no past day of its own, so the phrase ends the clause the relative hangs on."""
    if verb.dep_ not in ("relcl", "advcl") or verb.tag_ not in ("VBZ", "VBP") or token.i < verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in children_of(verb)):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in children_of(verb)):
        return False
    phrase = token
    while phrase.i != verb.i and phrase.head.i != phrase.i:
        # the phrase may hang on the clause's last noun ("which prints banknotes for three countries, early on
        # Wednesday"): any phrase of the chain up to the verb that a comma opens and that ends the clause
        if phrase.dep_ in ("prep", "npadvmod", "tmod"):
            words = verb.doc[verb.i + 1 : phrase.left_edge.i]
            if (
                len(words) > 1
                and words[-1].text == ","
                and phrase.right_edge.i == verb.right_edge.i
                and not any(t.tag_.startswith("VB") for t in words)
            ):
                return True
        phrase = phrase.head
    return False


def _same_day_as(span: Any) -> Any:
    """The event noun "the same day" is told against ("the same evening as the verdict", "on the same day as the
    vote"), or None."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "as":
        return None
    noun = next((t for t in doc[span.end + 1 : span.end + 4] if t.tag_.startswith("NN")), None)
    return noun


def _before_relative_pronoun(token: Any, clause: Any) -> bool:
    """Whether a word comes before the relative pronoun ("that", "which", "who") that opens a relative clause."""
    pronoun = next((c for c in children_of(clause) if c.tag_ in ("WDT", "WP", "WP$") and c.i < clause.i), None)
    return pronoun is not None and token.i < pronoun.i


def _object_of_its_verb(found: Candidate, token: Any, anchor_of: dict[int, Candidate]) -> Candidate:
    """The event a time phrase hung on a noun is of: the verb's, when the noun is the verb's object and names
    an act of the verb's own kind ("ratified a treaty with Croatia late on Wednesday": the ratifying, not a
    treaty of that day); "condemned the attack on Monday" keeps the attack's."""
    if found.trigger.i != token.i or not token.tag_.startswith("NN") or token.dep_ != "dobj":
        return found
    verb_event = anchor_of.get(token.head.i)
    if verb_event is None or verb_event is found or verb_event.type != found.type:
        return found
    return verb_event


def _named_event_of(span: Any) -> Any:
    """The noun of "within hours of the announcement", "minutes of the ruling" (None without one)."""
    of = next((c for c in children_of(span.root) if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = _child(of, "pobj") if of is not None else None
    return noun if noun is not None and noun.tag_.startswith("NN") else None


def _definite(noun: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(noun))


def _attributive(span: Any) -> bool:
    """A one-word time of day that modifies a noun ("overnight rate", "overnight stay") names a kind of thing,
    not when something happened (unlike a day or month: "the October vote" is that month's)."""
    root = span.root
    return len(span) == 1 and root.dep_ in ("amod", "compound", "nmod") and root.head.tag_.startswith("NN")


def _simultaneous_clause(verb: Any) -> bool:
    """An adverbial clause that tells what went on at the same time ("as he left", "while guards changed
    shifts"), not before it ("as the floods had destroyed") nor a plan ("when they would")."""
    # (the parse has no lemmas: the lexicon's own tables give them, so the auxiliaries are matched as written)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in HAVE_FORMS | FUTURE_AUXILIARIES for c in children_of(verb)):
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in SIMULTANEOUS_MARKS for c in children_of(verb))


def _describes_a_participant(verb: Any, anchor_of: dict[int, Candidate]) -> bool:
    """A participle set off by a comma that describes a participant noun which is no event ("The museum, founded in
    1890, ..."); not one that tells which thing is meant ("fell ill after a meal served on Saturday")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.i not in anchor_of
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
    )


def _participial_adjunct(verb: Any) -> Any:
    """The participle clause a verb is, or is coordinated in, when it hangs on a main clause with no subject, mark
    or auxiliary of its own ("disrupted the session on Sunday, demanding his resignation", "sat there on Saturday
    night, playing cards and passing round jugs of wine"): what the main clause's subject did then; None for
    "having campaigned for years" (before it) and "after leaving", "since taking office" (related, not at once)."""
    clause = verb.head if verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG" else verb
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or not clause.head.tag_.startswith("VB"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in children_of(clause)):
        return None
    return clause


def _content_clause_of_a_noun(verb: Any) -> bool:
    """ "a statement that the road would reopen", "reports that the engineer had left": a "that" clause telling what
    the noun says (the parse hangs it as the noun's clause, where it is no relative clause)."""
    noun = verb.head
    if verb.dep_ != "acl" or not noun.tag_.startswith("NN"):
        return False
    that = next((c for c in children_of(verb) if c.lower_ == "that" and c.i < verb.i), None)
    if that is None:
        return False
    # "said in a statement that the employee had left in April": right after the text a verb was said in, "that"
    # opens what it says, though the parse may read it as the object of a relative clause ("had left" it)
    said_in = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.tag_.startswith("VB")
    return bool(that.dep_ == "mark" or (said_in and that.i == noun.i + 1))


def _about_a_participant(verb: Any) -> bool:
    """A relative clause set off by a comma that tells what a participant did ("lodged with the cybercrime unit,
    which has opened an investigation"): an act of its own, not a description that picks the participant out."""
    pronoun = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        verb.dep_ == "relcl"
        and pronoun is not None
        and pronoun.lower_ in ("which", "who")
        and pronoun.i > 0
        and verb.doc[pronoun.i - 1].text == ","
    )


def _speech_of_the_speaker(candidate: Candidate, clause: Any, anchor_of: dict[int, Candidate]) -> bool:
    """Whether ``candidate``, a participle hung on ``clause``, is a speech act and ``clause`` the words another
    candidate, a speech act, reports, and no event itself ("said Stockholm would keep its embassy open, rejecting
    demands to close it")."""
    speaker = anchor_of.get(clause.head.i)
    return (
        candidate.type in SPEECH_ACT_TYPES
        and clause.dep_ == "ccomp"
        and clause.i not in anchor_of
        and speaker is not None
        and speaker is not candidate
        and speaker.type in SPEECH_ACT_TYPES
    )


def _gerund_of_means(verb: Any) -> Any:
    """The gerund a verb is when it tells the means its main clause's act was done by, with no subject of its own
    ("reacted on Monday by dismissing the director", "answered the next morning by walking into the palace"): done
    then; None for "after suspending", "before leaving", "since taking office" (another time)."""
    prep = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and prep.tag_ == "VBG":
        verb, prep = prep, prep.head  # "by walking into the palace and parking lorries across the road"
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ != "by":
        return None
    if not prep.head.tag_.startswith("VB") or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in children_of(verb)):
        return None
    return verb


def _clause_of_its_time(verb: Any) -> bool:
    """ "Smoke could be seen as a depot exploded", "production halted when guards arrested the leaders": a clause of
    the same time ("as", "when", "while") in the simple past tells an act done at the time its main clause is set in,
    whatever that clause is (a sight, a state); not one hung on a plan or a wish ("would resign when the troops
    left", "vowed to stay until ...": the main clause's time is still to come)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or not _simultaneous_clause(verb):
        return False
    head = verb.head
    marks = {c.lower_ for c in children_of(verb) if c.dep_ in ("mark", "advmod")}
    if not (marks & {"when"} or (marks & {"as"} and verb.i > head.i)):
        return False  # "While the group claimed it, the president ...": a contrast; "As prices rose, ...": a cause
    if head.tag_ in ("VBZ", "VBP") or (head.tag_ == "VB" and not any(c.dep_ == "aux" for c in children_of(head))):
        return False  # "police say it happened as ...": not set in the past the clause tells
    return not any(
        c.dep_ in ("aux", "auxpass")
        and c.lower_ in ("will", "would", "shall", "should", "to", "'ll", "’ll", "'d", "’d")
        for c in children_of(head)
    )


def _evening_clock(timex: Any) -> bool:
    """Whether a time of day is in the evening or the night ("at 6 p.m.", "23:47"), or of no hour the value shows."""
    found = re.search(r"T(\d\d):", str(timex.value))
    return found is None or int(found.group(1)) >= EVENING_STARTS


# the hour from which a clock told on a report's day may be of the evening before, when the report came out
EVENING_STARTS = 18


def _past_passive(verb: Any) -> bool:
    """ "were detained", "was struck": a participle with a past form of "be" as its only auxiliary."""
    auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and len(auxiliaries) == 1
        and auxiliaries[0].dep_ == "auxpass"
        and auxiliaries[0].lower_ in ("was", "were")
    )


def _past_progressive(verb: Any, auxiliaries: list[Any]) -> bool:
    """ "Troops were regrouping in a nearby town", "the train was travelling at speed": what went on at the time the
    narration is set in, which it goes on telling (not "had been fighting": the perfect is before it)."""
    return verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.lower_ in ("was", "were") for a in auxiliaries)


def _coordinated(verb: Any) -> set[Any]:
    """A verb and the verbs conjoined with it ("stormed the station and seized the tower"): one clause's time."""
    first = first_conjunct(verb)
    return {first} | {t for t in first.subtree if t.dep_ == "conj" and t.tag_.startswith("VB")}


def _referred_back_by_carrier(candidate: Candidate) -> bool:
    """A definite event noun whose verb only carries its time ("this attack coincides with", "the strike comes
    after"): the present of that verb is the writer's, the noun names an event the story already told."""
    trigger, verb = candidate.trigger, candidate.verb
    if verb.i == trigger.i or not trigger.tag_.startswith("NN") or trigger.dep_ != "nsubj" or trigger.head.i != verb.i:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in children_of(trigger))


def _reporting_act(verb: Any, anchor_of: dict[int, Candidate]) -> Candidate | None:
    """The act whose reported clause holds ``verb`` ("X had resigned", the exchange was told): the nearest clausal
    complement up the tree that hangs on an event's anchor."""
    current = verb
    for _ in range(8):
        if current.head.i == current.i:
            return None
        if current.dep_ == "ccomp" and current.head.i in anchor_of:
            return anchor_of[current.head.i]
        current = current.head
    return None


def _asides(sentence: Any, keep: Any) -> frozenset[int]:
    """The tokens of the relative clauses of a sentence ("who took over in 2009", "where the military have
    seized power in five other countries since 2020"), but not one that tells ``keep``: what describes a
    participant or a place, with its own time, not the narration's."""
    found: set[int] = set()
    for token in tokens_in(sentence):
        if token.dep_ == "relcl" and token.i not in found:
            clause = {t.i for t in token.subtree}
            if keep is None or keep.i not in clause:
                found |= clause
    return frozenset(found)


def _main_text(sentence: Any, asides: frozenset[int]) -> str:
    return "".join(t.text_with_ws for t in tokens_in(sentence) if t.i not in asides)


def _names_clause_subject(candidate: Candidate, span: Any) -> bool:
    """Whether the candidate is the subject noun of the clause the time expression is in."""
    trigger = candidate.trigger
    return bool(trigger.dep_ == "nsubj" and trigger.head == _clause_verb(span.root))


def _verb_of_time_phrase(token: Any) -> Any:
    """The verb a time phrase hangs on ("... on Monday" through its preposition, "... Monday" directly), if
    the parser hung it on a verb."""
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        verb = token.head.head
    elif token.dep_ in ("npadvmod", "tmod"):
        verb = token.head
    else:
        return None
    return verb if verb.tag_.startswith("VB") else None


def _trailing_report_clause(token: Any) -> Any:
    """The reported clause a time phrase ends, when the parser hung it on the attribution that follows: "an air
    strike killed 23 civilians, including nine children, on Tuesday, a local group said" (the strike's day; the
    group's saying comes after its subject, "a group said on Wednesday").  Only a phrase after the whole clause
    and before the reporter's subject."""
    verb = _verb_of_time_phrase(token)
    if verb is None:
        return None
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    clause = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < verb.i), None)
    if subject is None or clause is None or not token.i < subject.i:
        return None
    if clause.right_edge.i >= token.i:
        return None
    if any(t.lower_ == ";" for t in token.doc[clause.right_edge.i + 1 : token.i]):
        # "the league banned the club; on Thursday a judge sent five into custody": a semicolon closes the first
        # clause (which the parser may hang on the second verb as its object); the time after it opens the next
        return None
    return clause


def _told_as_lasting(token: Any) -> bool:
    """Whether a time phrase dates a state that went on then ("were still being held yesterday", "remained closed
    on Friday"), which "the same day" or "a day later" after it do not count from: they count from acts."""
    verb = _clause_verb(token)
    if verb is None:
        return False
    return verb.lower_ in LASTING_VERBS or any(c.dep_ == "advmod" and c.lower_ == "still" for c in children_of(verb))


def _clause_verb(token: Any) -> Any:
    """The verb whose clause a word belongs to ("on Sunday" in "The agency on Sunday stressed": stressed)."""
    current = token
    for _ in range(8):
        if current.tag_.startswith("VB"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _anaphoric_shift(text: str) -> tuple[int, str] | None:
    """ "two days later" -> (2, "day"), "the previous year" -> (-1, "year"); None for "later" alone."""
    found = _SHIFT.search(text)
    if found is None:
        return None
    if found["n"]:
        word = found["n"].lower()
        count = int(word) if word.isdigit() else _NUMBERS[word]
        sign = -1 if found["dir"].lower() in ("earlier", "before") else 1
        return (sign * count, found["unit"].lower()) if count else None  # "several days later": unknown
    if found["which"]:
        unit = found["unit2"].lower()
        sign = -1 if found["which"].lower() in ("previous", "preceding") else 1
        return sign, "day" if unit in ("morning", "night") else unit
    return (-1 if found["dir2"].lower() == "before" else 1), "day"


@dataclass
class _Bounds:
    earliest: dt.date
    latest: dt.date
    precision: str
    distance: int = 0  # tokens from the trigger


_YEAR = re.compile(r"\b\d{4}\b")


def _years_on(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` years later (earlier when negative); February 29 becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # February 29
        return day.replace(year=day.year + years, day=28)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _duration(value: str) -> tuple[int, bool, str] | None:
    """Days, whether exact, and precision, for TIMEX3 durations a relation shifts by."""
    found = DURATION.match(value)
    if found is None:
        return None
    if found["hours"] or found["minutes"]:
        return 1, False, "day"
    n, unit = found["n"], found["unit"]
    per = {"D": 1, "W": 7, "M": 31, "Y": 366}[unit]
    if n == "X":
        return per * 3, False, "day"
    precision = {"D": "day", "W": "week", "M": "month", "Y": "year"}[unit]
    return int(n) * per, unit in ("D", "W"), precision


PAST_TAGS = frozenset({"VBD", "VBN"})


# the start of a day told without its day ("since dawn", "since first light", "since early morning")
DAYBREAK_WORDS = frozenset({"dawn", "daybreak", "sunrise", "sunup"})
DAYBREAK_PHRASES = frozenset({("first", "light"), ("early", "morning"), ("early", "hours")})
# the end of a day with no day of its own ("by nightfall"), and how a part of a day is set in one
NIGHTFALL_WORDS = frozenset({"nightfall", "dusk", "sunset", "sundown"})
DAY_PART_PREPOSITIONS = frozenset({"at", "by", "around", "before", "after"})
_EVENING_WORDS = re.compile(r"\b(?:evening|night|overnight|tonight)\b", re.IGNORECASE)


def _daybreak(noun: Any) -> bool:
    """Whether a noun names the start of a day with no day of its own: "dawn", "first light", "early morning"."""
    if any(c.dep_ in ("det", "poss") for c in children_of(noun)):
        return False  # "since the dawn of the republic"
    modifiers = {c.lower_ for c in children_of(noun) if c.dep_ in ("amod", "compound")}
    return noun.lower_ in DAYBREAK_WORDS or any((m, noun.lower_) in DAYBREAK_PHRASES for m in modifiers)


def _quoted_clause(verb: Any) -> bool:
    """Whether the clause of ``verb`` is a direct quotation: it opens right after a quotation mark."""
    start = verb.left_edge.i
    doc = verb.doc
    return any(0 <= i < len(doc) and doc[i].text in OPENING_QUOTE_TOKENS for i in (start - 1, start))


# tokens that can open a quotation, single or double, as written or as the tokenizer spells them (``, ''); unlike
# DOUBLE_QUOTE_CHARS in arguments.py (a parity count over raw text) a closing curly mark is left out: a clause
# right after one is the attribution, not the quotation
OPENING_QUOTE_TOKENS = frozenset({'"', "\u201c", "''", "``", "'", "\u2018"})


def _plan_day_of_called_off(span: Any) -> bool:
    """ "Next week's teachers' strike has been called off", "the union called off Friday's march": a day in the
    possessive before an event noun that the sentence calls off, cancels or puts off is the plan's; the event told
    is the calling off, dated by its own clause or its report (selfnews5 class 6)."""
    root = span.root
    if root.dep_ != "poss":
        return False
    noun = root.head
    while noun.dep_ == "poss" and noun.head.i != noun.i:
        noun = noun.head  # "next week's teachers' strike": the day belongs to the whole phrase
    if not noun.tag_.startswith("NN") or noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "oprd"):
        return False
    verb = noun.head
    particles = {c.lower_ for c in children_of(verb) if c.dep_ == "prt"}
    word = verb.lower_
    return word in CALLING_OFF_VERBS or (word in CALLING_VERBS and "off" in particles)


# verbs that keep a planned event from happening: "cancelled", "postponed", "scrapped" (and "called off", "put off")
CALLING_OFF_VERBS = frozenset(
    f"{stem}{ending}"
    for stem, endings in (
        ("cancel", ("", "s", "led", "ed", "ling", "ing")),
        ("postpone", ("", "s", "d")),
        ("delay", ("", "s", "ed")),
        ("suspend", ("", "s", "ed")),
        ("scrap", ("", "s", "ped")),
        ("abandon", ("", "s", "ed")),
        ("scrub", ("", "s", "bed")),
        ("abort", ("", "s", "ed")),
        ("defer", ("", "s", "red")),
        ("shelve", ("", "s", "d")),
        ("axe", ("", "s", "d")),
    )
    for ending in endings
)
CALLING_VERBS = frozenset({"call", "calls", "called", "calling", "put", "puts", "putting"})
# verbs and nouns that move a planned event to another time, and the words before the time it moves to or from
PUT_OFF_VERBS = frozenset(
    {"postpone", "adjourn", "defer", "delay", "reschedule", "move", "push", "push back", "put off", "put back",
     "bring forward", "move forward", "move up", "set back"}
)  # fmt: skip
# texts that make the act they are "of" by being sent: "a note of protest", "a letter of complaint", "a notice of
# appeal"
CARRIER_TEXTS = frozenset({"note", "letter", "notice", "message", "memorandum", "communique", "communiqué", "cable"})
PUT_OFF_NOUNS = frozenset({"postponement", "adjournment", "deferral", "deferment", "delay", "rescheduling"})
PUT_OFF_PARTICLES = frozenset({"back", "off", "forward", "up"})
PUT_OFF_TIME_WORDS = frozenset({"to", "until", "till", "til", "into", "for", "from"})


def told_as_past(trigger: Any) -> bool:
    """Whether the clause that names the event tells it in the past: its verb, or for an event noun
    ("the earthquake killed ...", "after the vote") the verb that governs it, is past, or has a past
    auxiliary ("did", "had")."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # spaCy makes a new Token per access
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return True  # a headline-like fragment with no verb: the report is all that bounds it
    return verb.tag_ in PAST_TAGS or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ in PAST_TAGS for child in children_of(verb)
    )


def _past_by_its_tags(trigger: Any) -> bool:
    """Whether the verb that tells the event (its own, or the one that governs an event noun) is past by the tagger's
    tags: "sank", "was hit", "the blast killed"; not "today identifies" nor a verbless fragment."""
    verb = trigger
    while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children_of(verb))
    )


# How far into its line a clock time may stand and still stamp the entry ("**13:05 BST** - ", "- 09:40 -").
ENTRY_STAMP_REACH = 8
# a live page stamps its entries with lines of their own: at least this many make one
MIN_HEADING_STAMPS = 2
# what a stamp line holds besides its date and clock: a word for the entry, the zone, punctuation
_HEADING_STAMP_REST = re.compile(
    r"[\s*_#]*(?:(?:update[sd]?|posted|edited|added|latest|entry)\b)?[\s\-–—:|,.*_()]*(?:local\s+time|UTC|GMT|[A-Z]{3,4})?"
    r"[\s\-–—:|,.*_()]*",
    re.IGNORECASE,
)


def _just_done(verb: Any) -> bool:
    """Simple past ("declared") or present perfect ("has summoned", "have been evacuated"): told as done by now;
    not a past perfect ("had cut": background) nor a modal or future."""
    if not getattr(verb, "tag_", "").startswith("VB"):
        return False
    auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("had", "'d", "will", "would", "may", "might", "could", "should", "must") for a in auxiliaries):
        return False
    if verb.tag_ == "VBD":
        return not auxiliaries or all(a.lower_ in ("was", "were") for a in auxiliaries)
    return verb.tag_ == "VBN" and any(a.lower_ in ("has", "have", "'s", "'ve") for a in auxiliaries)


def _past_verb(trigger: Any) -> bool:
    """An act told by its own verb in the simple past ("spent", "invited"), done by the time of its report; not an
    event noun ("the talks, scheduled for next Monday") nor a participle, which may tell what is to come."""
    return bool(getattr(trigger, "tag_", "") == "VBD")


# Nouns of a span of time: "in the 2023 season", "the 2024 fiscal year" date what happened in them.
PERIOD_NOUNS = frozenset(
    {"year", "season", "quarter", "term", "half", "period", "session", "semester", "decade", "summer", "winter",
     "spring", "autumn", "fall", "month", "week"}
)  # fmt: skip


def _names_an_edition(token: Any, anchor_of: dict[int, Candidate]) -> bool:
    """ "conceded defeat in the 2024 presidential campaign", "a veteran of the 2019 talks": a year before a noun
    that is no event of the text says which campaign, not when the act was (the 2004 tsunami, an event noun, is
    dated by it; so is what happened in a season or a year)."""
    if not (token.like_num and len(token.text) == 4 and token.text.isdigit()):
        return False
    head = token.head
    if token.dep_ not in ("nummod", "compound", "amod") or head.i == token.i or not head.tag_.startswith("NN"):
        return False
    return head.i not in anchor_of and head.lower_ not in PERIOD_NOUNS


def _names_its_noun(token: Any, anchor_of: dict[int, Candidate]) -> bool:
    """ "will file a challenge against Sunday's result", "will contest Saturday's count": a day in the possessive says
    which result or count it was, not when the act whose object holds it is done ("Sunday's quake", an event noun,
    and "Sunday's election result", whose compound is one, are dated by it)."""
    if token.dep_ != "poss":
        return False
    head = token.head
    if head.i == token.i or not head.tag_.startswith("NN") or head.i in anchor_of or head.lower_ in PERIOD_NOUNS:
        return False
    return not any(c.dep_ == "compound" and c.i in anchor_of for c in children_of(head))


def _means_event(verb: Any, anchor_of: dict[int, Candidate]) -> Candidate | None:
    """ "brought the country to a halt on Thursday with a general strike", "marked the day with a rally": a verb
    that tells no event of its own holds its date for the event it was done with."""
    if not verb.tag_.startswith("VB"):
        return None
    for prep in children_of(verb):
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for pobj in children_of(prep):
                if pobj.dep_ == "pobj" and pobj.i in anchor_of and anchor_of[pobj.i].trigger.i == pobj.i:
                    return anchor_of[pobj.i]
    return None


def _child_of(token: Any, dep: str) -> Any:
    return next((c for c in children_of(token) if c.dep_ == dep), None)


# a day an antecedent carries counts for its relative clause only when the clause names none nearer
ANTECEDENT_DAY_DISTANCE = 40
# what opens a relative clause telling what a dated paper or day did ("in which", "by which", "whereby")
RELATIVE_OPENERS = frozenset({"in", "by", "on", "under", "through", "with"})
# an antecedent that stands for its date ("the same day on which")
DAY_NOUNS = frozenset({"day", "date", "night", "morning", "evening", "afternoon"})


def _clauses_of_a_dated_antecedent(span: Any, anchor_of: dict[int, Candidate]) -> list[Candidate]:
    """The events of relative clauses opened by "in which", "by which", "whereby" on a noun a day is given to:
    "the ruling of 13 May, by which the court froze the assets", "a letter dated 6 May, in which the ministry
    revoked the licence", "on 4 May, the same day on which Chile granted him asylum". The paper did it, or it
    was done, on that day. The parser may hang the clause on the nearer noun of the verb's next phrase ("delivered
    the note of 12 May to the embassy, in which ..."): the verb's object counts as its antecedent too."""
    root = span.root
    holder = root
    if holder.dep_ == "pobj" and holder.head.dep_ == "prep" and holder.head.lower_ in ("of", "from"):
        holder = holder.head.head  # "the note of 12 May"
    elif holder.dep_ == "npadvmod" and holder.head.lower_ == "dated":
        holder = holder.head.head  # "a letter dated 6 May"
    if not holder.tag_.startswith("NN"):
        return []
    antecedents = [holder] if holder is root else [root, holder]
    # "on 4 May, the same day on which ...": a day noun set beside the date
    antecedents += [t for t in root.doc[span.end : span.end + 4] if t.lower_ in DAY_NOUNS]
    verb = holder.head if holder.dep_ == "dobj" else None
    if verb is not None:
        antecedents += [p for prep in _children(verb, "prep") if prep.i > holder.i for p in _children(prep, "pobj")]
    found = []
    for noun in antecedents:
        for clause in _children(noun, "relcl"):
            if clause.i not in anchor_of or clause.i < root.i:
                continue
            opener = next((c for c in children_of(clause) if c.dep_ == "prep" and c.i < clause.i), None)
            whereby = any(c.lower_ == "whereby" for c in children_of(clause) if c.i < clause.i)
            pronoun = _child(opener, "pobj") if opener is not None else None
            by_which = (
                opener is not None
                and opener.lower_ in RELATIVE_OPENERS
                and pronoun is not None
                and pronoun.lower_ == "which"
            )
            if (whereby or by_which) and anchor_of[clause.i].trigger.i in {t.i for t in clause.subtree}:
                found.append(anchor_of[clause.i])
    return found


def _when_clauses(span: Any, anchor_of: dict[int, Candidate]) -> list[Candidate]:
    """The events of "when" clauses that describe a time ("in January, when police detained 40 people", "since
    March, when the army took the town"): they happened then."""
    clauses = [c for c in children_of(span.root) if c.dep_ in ("relcl", "advcl", "acl") and c.i in anchor_of]
    return [
        anchor_of[c.i]
        for c in clauses
        if any(g.dep_ == "advmod" and g.lower_ == "when" and g.i < c.i for g in children_of(c))
        # the clause's verb, or the event noun it carries ("when a tremor killed three people": the tremor's)
        and anchor_of[c.i].trigger.i in {t.i for t in c.subtree}
    ]


def _to_infinitive(verb: Any) -> bool:
    """ "to impeach", "to strike": a bare verb with its "to"."""
    return bool(verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)))
