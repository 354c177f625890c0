"""Denials, corrections and confirmations in an article, and the events they answer.

"The government denied that Lind had met Kovac", "spokesman Holm said no such meeting took place",
"the ministry dismissed the report as fabricated": a statement that disputes another report is an event
of its own (type ``denial`` or ``correction``, under ``statement``) and is linked to the event it
disputes (``Event.disputes``); "a mediator confirmed that they met" is a ``confirmation`` linked by
``Event.confirms``.  What the statement says happened (or did not) describes the event it answers: its
type ("the meeting"), the people in it, and its date when one is given.  A denial does not report what
it denies, so those words make no event of their own; a confirmation does report what it confirms.

The words are general language, in the ``disputes`` section of ``lexicon/triggers.yaml``.

The answered event is looked for first in the same article (:func:`link_in_article`), then, at ingest,
among the events the store already holds (``graph/claim_links.py``), with :func:`answered_event`:
a compatible type, shared people, overlapping dates, reported before the statement.  What the
statement says of the answered event is kept on it as attributes, so that the link can be found again
when the article's events are merged with stored ones:

* ``claim_type``: the type of the event it names ("no such meeting": ``meeting``);
* ``claim_at``: where this article itself reports that event (the character offset of its quote);
* ``claim_earliest``/``claim_latest``: the dates the statement (or the article's report of the event)
  gives the answered event;
* ``disputed_earliest``/``disputed_latest``: the date a correction disputes ("on Friday, not Thursday
  as reported": Thursday), the corrected date being the one the statement's own event carries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from timelinekg.nlp.extract.actors import ActorRef
from timelinekg.nlp.extract.candidate import (
    Candidate,
    FinderBase,
    a_call_to_readers,
    announced_with_feeling,
    heading_word,
    negated,
    present_of_a_future_time_clause,
    said_nothing,
    the_writers_reporter,
    told_by_the_papers_error,
    told_in_general,
)
from timelinekg.nlp.extract.lexicon import HERE, parse_yaml
from timelinekg.nlp.extract.nlp import children_of, tokens_in
from timelinekg.schema.event_types import compatible
from timelinekg.schema.model import Event, overlaps

DISPUTE_TYPES = ("denial", "correction")
CONFIRMATION = "confirmation"
LINK_TYPES = (*DISPUTE_TYPES, CONFIRMATION)
CLAIM_TYPE, CLAIM_AT = "claim_type", "claim_at"
DISPUTED_EARLIEST, DISPUTED_LATEST = "disputed_earliest", "disputed_latest"
CLAIM_EARLIEST, CLAIM_LATEST = "claim_earliest", "claim_latest"
ANSWERS = "answers"  # "disputes" or "confirms": which link the statement makes
# An event answered without a date of its own is looked for among reports this recent.
RECENT_DAYS = 60


@dataclass(frozen=True)
class DisputeWords:
    deny_verbs: dict[str, str]
    report_verbs: dict[str, str]
    confirm_verbs: dict[str, str]
    nouns: dict[str, str]
    report_nouns: frozenset[str]
    falsity: frozenset[str]
    happen_verbs: frozenset[str]
    part_nouns: frozenset[str]
    date_contrasts: tuple[str, ...]


@lru_cache(maxsize=1)
def dispute_words() -> DisputeWords:
    data = parse_yaml((HERE / "triggers.yaml").read_text(encoding="utf-8")).get("disputes") or {}

    def table(key: str) -> dict[str, str]:
        return {str(k).lower(): str(v) for k, v in (data.get(key) or {}).items()}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return DisputeWords(
        table("deny_verbs"),
        table("report_verbs"),
        table("confirm_verbs"),
        table("nouns"),
        words("report_nouns"),
        words("falsity"),
        words("happen_verbs"),
        words("part_nouns"),
        tuple(str(w).lower() for w in data.get("date_contrasts") or ()),
    )


@dataclass
class Claim:
    """A statement that answers another report: what it says of the event it answers."""

    statement: Candidate
    answers: str  # "disputes" or "confirms"
    claim_type: str | None = None
    actors: list[ActorRef] = field(default_factory=list)
    earliest: dt.date | None = None  # the dates the statement gives the answered event, if any
    latest: dt.date | None = None
    disputed: tuple[dt.date | None, dt.date | None] | None = None  # a corrected date: the one disputed


class ClaimFinder:
    """Finds the statements of one article that dispute or confirm other reports."""

    def __init__(self, finder: FinderBase) -> None:
        self.finder = finder
        self.lexicon = finder.lexicon
        self.words = dispute_words()

    def find(self, found: list[tuple[Candidate, Any]]) -> tuple[list[tuple[Candidate, Any]], list[Claim]]:
        """The candidates to keep (a denial's content dropped, corrections added) and the claims."""
        claims: list[Claim] = []
        dropped: set[int] = set()
        added: list[tuple[Candidate, Any]] = []
        found = found + self._left_out(found)
        found.sort(key=lambda pair: pair[0].trigger.i)
        by_sentence: dict[int, list[Candidate]] = {}
        for candidate, _ in found:
            by_sentence.setdefault(candidate.sentence_index, []).append(candidate)
        for candidate, _ in found:
            if id(candidate) in dropped:
                continue
            said = [t for a in candidate.anchors for t in _said_part(a)]
            # computed once per candidate: a long sentence has many neighbours, each asking the same question
            said_at = {t.i for t in said}
            neighbours = by_sentence[candidate.sentence_index]
            scope = [c for c in neighbours if c is not candidate and _governs(candidate, c, said_at)]
            claim = self._claim(candidate, said, scope)
            if claim is None:
                continue
            self._describe(claim, scope)
            if candidate.lexeme.learned and not (claim.actors or scope):
                continue
            if claim.answers == "disputes" and claim.disputed is None:
                dropped.update(id(c) for c in scope)  # what a denial denies is not reported by it
                known = {a.name for a, _ in candidate.participants}
                candidate.participants.extend((a, "subject") for a in claim.actors if a.name not in known)
            self._date_on_publication(candidate)
            claims.append(claim)
        self._share_actors(claims)
        for index, candidates in by_sentence.items():
            if any(c.type in LINK_TYPES or id(c) in {id(x.statement) for x in claims} for c in candidates):
                continue
            correction = self._date_correction(candidates)
            if correction is not None:
                sentence = next(s for c, s in found if c.sentence_index == index)
                added.append((correction.statement, sentence))
                claims.append(correction)
        kept = [(c, s) for c, s in found if id(c) not in dropped]
        claimed = {id(c.statement) for c in claims}
        # a statement the finder left out (no speaker it knew) is kept only when it answers something
        kept = [(c, s) for c, s in kept if not getattr(c, "left_out", False) or id(c) in claimed]
        return kept + added, claims

    def _left_out(self, found: list[tuple[Candidate, Any]]) -> list[tuple[Candidate, Any]]:
        """Dispute and confirmation words the finder kept no event for ("Lind's office denied reports of
        the call": an office it does not know as an actor), as candidates to try."""
        from timelinekg.nlp.extract.lexicon import Trigger

        words = self.words
        taken = {a.i for c, _ in found for a in c.anchors} | self.finder.background
        extra: list[tuple[Candidate, Any]] = []
        for index, sentence in enumerate(self.finder.sentences):
            if sentence.start_char < self.finder.body_start:
                continue
            for token in tokens_in(sentence):
                if token.i in taken or token.dep_ in ("amod", "compound"):
                    continue
                lemma = self.lexicon.lemma(token)
                verb = token.tag_.startswith("VB") and (
                    lemma in words.deny_verbs or lemma in words.report_verbs or lemma in words.confirm_verbs
                )
                noun = token.tag_.startswith("NN") and self._noun(token) in words.nouns
                if not (verb or noun) or negated(token):
                    continue
                if said_nothing(token) or told_in_general(token) or announced_with_feeling(token, lemma):
                    continue
                if present_of_a_future_time_clause(token):
                    continue  # "will stay closed until the auditors have verified the accounts": still to come
                if verb and lemma in words.confirm_verbs and the_writers_reporter(self.finder.outlet_speaking(token)):
                    continue  # "Our reporter confirms the handover has taken place": the outlet's report, its source
                if heading_word(token) or told_by_the_papers_error(token) or a_call_to_readers(token):
                    # "CORRECTION:", "an earlier version of this story said": the paper's own note; "Tips and
                    # corrections: reply to this email": its call to readers
                    continue
                finding = verb and self._finding(token)
                kind = "investigation" if finding else "statement"
                candidate = Candidate(token, kind, Trigger(type=kind), [token], sentence_index=index)
                # "a forensic examination confirmed that she had died": the examination's finding, with no speaker
                # to name and kept all the same; a statement left out is kept only when it answers something
                candidate.left_out = not finding  # type: ignore[attr-defined]
                self.finder._arguments(candidate)  # type: ignore[attr-defined]
                extra.append((candidate, sentence))
        return extra

    def _finding(self, verb: Any) -> bool:
        """Whether the verb's subject makes its confirming a finding ("an autopsy confirmed", "tests confirmed")."""
        lexeme = self.lexicon.verb_trigger(verb)
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if lexeme is None or subject is None:
            return False
        return lexeme.type_in_context(self.lexicon.lemma(subject), None, True) == "investigation"

    @staticmethod
    def _share_actors(claims: list[Claim]) -> None:
        """ "No such meeting took place," a spokesman said: the meeting an earlier sentence's denial named."""
        for index, claim in enumerate(claims):
            if claim.actors or claim.answers != "disputes":
                continue
            earlier = next(
                (
                    c
                    for c in reversed(claims[:index])
                    if c.actors and (not claim.claim_type or not c.claim_type or c.claim_type == claim.claim_type)
                ),
                None,
            )
            if earlier is not None:
                claim.actors = list(earlier.actors)
                claim.claim_type = claim.claim_type or earlier.claim_type
                known = {a.name for a, _ in claim.statement.participants}
                claim.statement.participants.extend((a, "subject") for a in claim.actors if a.name not in known)

    # -- which statements answer another report ---------------------------------------------------------
    def _claim(self, candidate: Candidate, said: list[Any], scope: list[Candidate]) -> Claim | None:
        """``said``: what the candidate's words say; ``scope``: the sentence's events told inside it."""
        words, trigger = self.words, candidate.trigger
        lemma = self.lexicon.lemma(trigger)
        is_verb = trigger.tag_.startswith("VB")
        anchors = {a.i for a in candidate.anchors}
        # "called the report fabricated": the light verb says it of the noun
        subtree = [t for t in said if t.i not in anchors]
        if is_verb and lemma in words.deny_verbs:
            return self._disputing(candidate, words.deny_verbs[lemma], subtree, scope)
        if not is_verb and self._noun(trigger) in words.nouns:
            kind = words.nouns[self._noun(trigger)]
            if kind == CONFIRMATION:
                return self._confirming(candidate, subtree, scope)
            return self._disputing(candidate, kind, subtree, scope)
        if is_verb and lemma in words.report_verbs:
            objects = [c for c in children_of(trigger) if c.dep_ in ("dobj", "nsubjpass")]
            if any(self._reported(o) for o in objects) or self._says_false(subtree):
                return self._disputing(candidate, words.report_verbs[lemma], subtree, scope)
            return None
        if is_verb and lemma in words.confirm_verbs and candidate.type == "statement":
            # "acknowledged defeat" is a concession (a support pair typed it), not a confirmation of a loss
            return self._confirming(candidate, subtree, scope)
        if candidate.type == "statement" and (self._no_such_event(subtree) or self._says_false([trigger, *subtree])):
            return self._disputing(candidate, "denial", subtree, scope)
        return None

    def _disputing(self, candidate: Candidate, kind: str, subtree: list[Any], scope: list[Candidate]) -> Claim:
        """A denial of an event or a report becomes a ``denial``; of a part in one ("denied any
        involvement") it keeps its type (a rejection), and disputes the event all the same."""
        about_event = scope or any(self._reported(t) or self._event_noun(t) for t in subtree)
        parts = [t for t in subtree if self.lexicon.lemma(t) in self.words.part_nouns]
        # "denied that the government had any role in the court's decision": the events named are what the part
        # is in, so the statement denies a part, not that the decision was taken
        within_a_part = {t.i for part in parts for t in (part.head, *part.subtree)}  # "had any role in ..." too
        part_only = bool(parts) and all(c.trigger.i in within_a_part for c in scope)
        if about_event and not part_only:
            candidate.type = kind
        return Claim(candidate, "disputes")

    def _confirming(self, candidate: Candidate, subtree: list[Any], scope: list[Candidate]) -> Claim | None:
        """ "confirmed the call", "confirmed that they met": only a confirmation of something that happened
        ("confirmed that the US would support" is a statement of intent)."""
        happened = [c for c in scope if c.type not in ("statement", *LINK_TYPES)]
        named = [t for t in subtree if t.dep_ in ("dobj", "nsubjpass") and (self._event_noun(t) or self._reported(t))]
        # "acknowledged that he had met her": a past event the finder made no node of
        past = [t for t in subtree if t.dep_ == "ccomp" and t.tag_ in ("VBD", "VBN") and self._event_word(t)]
        if not happened and not named and not past:
            return None
        candidate.type = CONFIRMATION
        return Claim(candidate, "confirms")

    def _reported(self, token: Any) -> bool:
        return token.tag_.startswith("NN") and self._noun(token) in self.words.report_nouns

    def _noun(self, token: Any) -> str:
        """A noun's singular, as far as these words need ("claims", "allegations", "denials")."""
        lemma = self.lexicon.lemma(token)
        if token.tag_ == "NNS" and lemma.endswith("s") and lemma not in self.lexicon.nouns:
            return lemma[:-1]
        return lemma

    def _event_noun(self, token: Any) -> str | None:
        """The type of an event noun ("the call", "such meeting"), not a report or a statement."""
        if not token.tag_.startswith("NN"):
            return None
        lexeme = self.lexicon.nouns.get(self.lexicon.lemma(token)) or self.lexicon.nouns.get(self._noun(token))
        if lexeme is None or lexeme.type == "statement" or self._reported(token):
            return None
        return lexeme.type

    def _says_false(self, subtree: list[Any]) -> bool:
        """ "called the report fabricated", "dismissed it as false", "the account is untrue"."""
        falsity = self.words.falsity
        # "the fault lies near the border": where something is, no lie told
        return any(t.lower_ in falsity and not self._lies_somewhere(t) for t in subtree) and any(
            self._reported(t) or self._event_noun(t) or t.lower_ in ("it", "this", "that") for t in subtree
        )

    @staticmethod
    def _lies_somewhere(token: Any) -> bool:
        """ "the break lies 200 km up the line", "the problem lies in the software": the verb "lie", no "lies"."""
        return token.tag_.startswith("VB") and token.lower_ in ("lie", "lies", "lying")

    def _no_such_event(self, subtree: list[Any]) -> bool:
        """ "no such meeting took place", "the call did not happen", "never occurred"."""
        for token in subtree:
            if not token.tag_.startswith("VB") or self.lexicon.lemma(token) not in self.words.happen_verbs:
                continue
            lemma = self.lexicon.lemma(token)
            if lemma == "take" and not any(c.lower_ == "place" for c in children_of(token)):
                continue
            subject = next((c for c in children_of(token) if c.dep_ in ("nsubj", "nsubjpass")), None)
            negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(token))
            none_such = subject is not None and any(c.lower_ in ("no", "such") for c in children_of(subject))
            if subject is not None and (negated or none_such) and self._event_noun(subject):
                return True
        return False

    # -- what the answered event is ----------------------------------------------------------------------
    def _describe(self, claim: Claim, scope: list[Candidate]) -> None:
        told = [c for c in scope if c.type not in ("statement", *LINK_TYPES)]
        said = _said_part(claim.statement.trigger)
        if told:
            claim.claim_type = told[0].type
        else:
            claim.claim_type = next((kind for t in said if (kind := self._event_word(t))), None)
        seen = {a.name for a, role in claim.statement.participants if role != "subject"}
        for candidate in told or scope:
            for actor, _ in candidate.participants:
                if actor.name not in seen:
                    seen.add(actor.name)
                    claim.actors.append(actor)
            if candidate.basis in ("timex", "relation") and claim.earliest is None:
                claim.earliest, claim.latest = candidate.earliest, candidate.latest
        # the people named in what it says, when the finder made no event of it ("the report that Kovac met")
        for token in said:
            mention = self.finder.actors.mention_at(token)
            if mention is None or mention.start != token.i or self.finder._is_location(mention):
                continue
            named = self.finder.actors.actor(mention.text, mention.label)
            if named is not None and named.name not in seen and named.kind != "place":
                seen.add(named.name)
                claim.actors.append(named)

    def _event_word(self, token: Any) -> str | None:
        """The type of an event word in what a statement says: a noun ("the call") or a verb ("met")."""
        if token.tag_.startswith("VB"):
            lexeme = self.lexicon.verb_trigger(token)
            if lexeme is None or lexeme.reporting or lexeme.type in ("statement", *LINK_TYPES) or lexeme.learned:
                return None
            return lexeme.type
        return self._event_noun(token)

    def _date_on_publication(self, candidate: Candidate) -> None:
        """A denial with no date of its own was made when it was reported, as "said" is."""
        if candidate.dated:
            return
        verb = candidate.verb
        if verb.dep_ in ("ROOT", "conj") or candidate.trigger.tag_.startswith("NN"):
            day = self.finder.published
            candidate.set_dates(day, day, "day", "publication")

    def _date_correction(self, candidates: list[Candidate]) -> Claim | None:
        """ "The call took place on Friday, not Thursday as reported": a correction of the event's date.

        The sentence's own event keeps the date it gives (Friday); a ``correction``, made on publication,
        disputes the event reported for the other date (Thursday)."""
        told = [c for c in candidates if c.type not in ("statement", *LINK_TYPES) and c.dated]
        if not told:
            return None
        event = told[0]
        sentence = self.finder.sentence(event.trigger)
        text = self.finder.text
        for timex in self.finder.timexes:
            if not sentence.start_char <= timex.start < sentence.end_char or timex.latest is None:
                continue
            before = text[sentence.start_char : timex.start].rstrip(" ,").lower()
            if not any(
                before.endswith(" " + word) or before.endswith("," + word) for word in self.words.date_contrasts
            ):
                continue
            if timex.earliest == event.earliest and timex.latest == event.latest:
                continue  # the event was dated by the very date the sentence rejects: nothing sure to keep
            statement = Candidate(
                event.trigger,
                "correction",
                event.lexeme,
                list(event.anchors),
                participants=[(a, "subject") for a, _ in event.participants],
                sentence_index=event.sentence_index,
            )
            day = self.finder.published
            statement.set_dates(day, day, "day", "publication")
            claim = Claim(statement, "disputes", event.type, [a for a, _ in event.participants])
            claim.disputed = (timex.earliest, timex.latest)
            return claim
        return None


SPEAKER_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "npadvmod", "advmod", "agent", "cc", "conj"}


def _said_part(trigger: Any) -> list[Any]:
    """What a statement says, without who says it or when ("the ministry on Wednesday denied [that ...]")."""
    said: list[Any] = []
    for child in children_of(trigger):
        if child.dep_ in SPEAKER_DEPS or (child.dep_ == "prep" and child.lower_ not in ("of", "about", "as")):
            continue  # "before the attack, Biden confirmed": when it was said, not what
        if child.dep_ in ("poss", "det", "amod"):
            continue
        said.extend(child.subtree)
    return said


def _governs(statement: Candidate, other: Candidate, said: set[int]) -> bool:
    """Whether ``other`` is told inside what ``statement`` says (``said``: "denied that [they met]")."""
    return any(anchor.i in said for anchor in other.anchors if anchor not in statement.anchors)


# -- links -----------------------------------------------------------------------------------------------


def claim_attributes(claim: Claim) -> tuple[tuple[str, Any], ...]:
    """What the statement's event keeps of the claim, for linking it again after merging."""
    found: list[tuple[str, Any]] = [(ANSWERS, claim.answers)]
    if claim.claim_type:
        found.append((CLAIM_TYPE, claim.claim_type))
    found.extend(_bounds(CLAIM_EARLIEST, CLAIM_LATEST, (claim.earliest, claim.latest)))
    if claim.disputed is not None:
        found.extend(_bounds(DISPUTED_EARLIEST, DISPUTED_LATEST, claim.disputed))
    return tuple(found)


def _bounds(earliest_key: str, latest_key: str, bounds: tuple[dt.date | None, dt.date | None]) -> list[tuple[str, str]]:
    keys = (earliest_key, latest_key)
    return [(key, day.isoformat()) for key, day in zip(keys, bounds, strict=True) if day is not None]


def answers(event: Event) -> str | None:
    """ "disputes" or "confirms" for an extracted statement that answers another report, else None."""
    value = event.attribute(ANSWERS)
    return str(value) if value in ("disputes", "confirms") else None


def with_link(event: Event, *targets: Event) -> Event:
    """``event`` answering ``targets`` (its links replaced)."""
    ids = tuple(dict.fromkeys(t.id for t in targets))
    if answers(event) == "confirms":
        return event.with_changes(confirms=ids)
    return event.with_changes(disputes=ids)


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _dates(event: Event, earliest_key: str, latest_key: str) -> tuple[dt.date | None, dt.date | None] | None:
    earliest, latest = _day(event.attribute(earliest_key)), _day(event.attribute(latest_key))
    return (earliest, latest) if earliest is not None or latest is not None else None


def answered_event(
    statement: Event, options: Iterable[Event], *, said_on: dt.date | None, in_article: bool = False
) -> Event | None:
    """The event ``statement`` answers, among ``options``, or None when none fits.

    It must be another kind of event than a denial or confirmation, of a type compatible with the one the
    statement names, share a person with those it names (in the same article, with no one named, the
    article's most reported event before it will do: "Ukraine denied any involvement"), overlap the date
    it gives (for a correction: the date it disputes), and not start after the statement was made.
    """
    claim_type = statement.attribute(CLAIM_TYPE)
    named = {p.actor_id for p in statement.participants if p.role == "subject"}
    speakers = {p.actor_id for p in statement.participants if p.role != "subject"}
    # a correction names the date it disputes; otherwise the date the statement gives, if any
    dates = _dates(statement, DISPUTED_EARLIEST, DISPUTED_LATEST) or _dates(statement, CLAIM_EARLIEST, CLAIM_LATEST)
    here = min((m.start for m in statement.mentions if m.start is not None), default=None)
    best: tuple[tuple[Any, ...], Event] | None = None
    for option in options:
        if option.id == statement.id or option.type in LINK_TYPES or answers(option) is not None:
            continue
        if claim_type and not compatible(str(claim_type), option.type):
            continue
        if not claim_type and option.type == "statement":
            continue  # a denial of a report names the event reported, not the reporting
        if said_on is not None and option.earliest is not None and option.earliest > said_on:
            continue
        if dates is not None and not overlaps(dates[0], dates[1], option.earliest, option.latest):
            continue
        actors = set(option.actor_ids)
        shared = len(named & actors)
        if named and not shared:
            continue
        if not named and not in_article:
            continue  # across articles, only the people named tell which event it is
        starts = [m.start for m in option.mentions if m.start is not None]
        before = here is not None and bool(starts) and min(starts) < here
        # with nothing named ("denied any involvement"), the article's lead story: its first event
        lead = -min(starts, default=0) if in_article and not named and not claim_type else 0
        score = (
            claim_type == option.type,
            shared,
            len(speakers & actors),
            before,
            lead,
            len(option.mentions),
            option.latest or dt.date.min,
            -min((abs(s - here) for s in starts), default=0) if here is not None else 0,
        )
        if best is None or score > best[0]:
            best = (score, option)
    return best[1] if best else None


def link_in_article(events: Sequence[Event], source_id: str) -> list[Event]:
    """Link each statement answering another report to the event of this article it answers, if any;
    ``claim_at`` notes where the article tells that event, to find it again once merged with others."""
    result = list(events)
    for index, event in enumerate(result):
        if answers(event) is None:
            continue
        said_on = event.latest
        others = [e for e in result if any(m.source_id == source_id for m in e.mentions)]
        target = answered_event(event, others, said_on=said_on, in_article=True)
        if target is None:
            continue
        attributes = dict(event.attributes)
        attributes[CLAIM_AT] = min((m.start or 0) for m in target.mentions if m.source_id == source_id)
        attributes.setdefault(CLAIM_TYPE, target.type)  # one sentence may tell several events
        if target.earliest is not None and CLAIM_EARLIEST not in attributes and DISPUTED_EARLIEST not in attributes:
            attributes.update(_bounds(CLAIM_EARLIEST, CLAIM_LATEST, (target.earliest, target.latest)))
        result[index] = with_link(event, target).with_changes(attributes=tuple(sorted(attributes.items())))
    return result
