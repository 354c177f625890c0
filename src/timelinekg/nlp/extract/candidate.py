"""What the parts of event finding share: the candidate event, the parsed article, and parse helpers.

The finder is split by job (``triggers``, ``arguments``, ``event_places``, ``dating``); each part is a
mixin over :class:`FinderBase`, which holds the article and the lookups every part needs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from timelinekg.nlp.extract.actors import (
    LOCATION_LABELS,
    ActorRef,
    ArticleActors,
    Mention,
)
from timelinekg.nlp.extract.lexicon import Lexicon, Trigger
from timelinekg.nlp.extract.places import Gazetteer, PlaceRef

FUTURE_AUXILIARIES = {"will", "'ll", "’ll", "shall"}
MODALS = {"would", "could", "may", "might", "will", "shall", "should", "can", "must", "'ll", "wo", "ca"}
IRREALIS_DETS = {"any", "no", "every", "each"}
IRREALIS_ADJECTIVES = {"further", "future", "possible", "potential", "next", "upcoming", "planned", "proposed"}
AFTER_WORDS = {"after", "following"}
BEFORE_WORDS = {"before", "ahead", "prior"}
# "off the coast": where ships and planes come to grief
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "from", "into", "over", "around", "off"}
FORCE_TYPES = {"attack", "military", "mass-violence", "coercion", "force-posture"}
ADDRESS_TYPES = {
    "communication",
    "statement",
    "consultation",
    "meeting",
    "diplomatic-cooperation",
    "appeal",
    "disapproval",
    "threat",
    "demand",
}


@dataclass
class Candidate:
    trigger: Any  # the token naming the event
    type: str
    lexeme: Trigger
    anchors: list[Any]  # trigger plus the light verb that carries it
    participants: list[tuple[ActorRef, str]] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    earliest: dt.date | None = None
    latest: dt.date | None = None
    precision: str = "unknown"
    basis: str = "open"
    dated: bool = False
    sentence_index: int = 0
    conjunct_of: Candidate | None = None  # "spoken with Putin and discussed the war": the first conjunct
    reported_by: str | None = None  # the news outlet the text credits ("the Associated Press reported")
    fallback: dt.date | None = None  # the publication date, if nothing in the article dates it better
    report_only: bool = False  # a speaker's other statement is dated, this one is not: only its report bounds it
    planned: bool = False  # scheduled by the text ("will go on sale", "slated for release"), not yet happened
    caption: bool = False  # told in a photo caption ("X (left) listens as Y speaks ... in July 2018")
    # the day that sets the time frame of its narration and the words naming it, for an undated past event
    focus: tuple[dt.date, str] | None = None

    @property
    def verb(self) -> Any:
        return self.anchors[-1]

    def set_dates(self, earliest: dt.date | None, latest: dt.date | None, precision: str, basis: str) -> None:
        self.earliest, self.latest, self.precision, self.basis = earliest, latest, precision, basis
        self.dated = earliest is not None and latest is not None


class FinderBase:
    """The parsed article and what every part of the finder looks things up in."""

    doc: Any
    published: dt.date
    body_start: int
    lexicon: Lexicon
    gazetteer: Gazetteer
    actors: ArticleActors
    timexes: list[Any]
    background: set[int]  # triggers of what was said as a stance, not an occasion ("has repeatedly denied")
    text: str
    sentences: list[Any]
    _sentence_of: list[int]
    _by_sentence: dict[int, list[Mention]]
    place_refs: dict[str, PlaceRef]
    context_countries: list[str]
    last_person: ActorRef | None
    last_group: ActorRef | None
    last_thing: ActorRef | None
    last_plural: ActorRef | None  # the plural or collective main subject a "they" of the next sentence is
    last_body: ActorRef | None  # the single body, country or product main subject an "it" of the next one is
    recent: dict[str, ActorRef]
    fuller_groups: dict[str, ActorRef]  # head noun -> the group last described with it ("army officers")
    products: list[ActorRef]

    def sentence(self, token: Any) -> Any:
        return self.sentences[self._sentence_of[token.i]]

    def _sentence_mentions(self, token: Any) -> list[Mention]:
        """The mentions of the token's sentence, in order (indexed once per sentence)."""
        sentence = self.sentence(token)
        found = self._by_sentence.get(sentence.start)
        if found is None:
            found = [
                m
                for i in range(sentence.start, sentence.end)
                if (m := self.actors.mentions.get(i)) is not None and m.start == i
            ]
            self._by_sentence[sentence.start] = found
        return found

    def _is_location(self, mention: Mention) -> bool:
        if mention.label in LOCATION_LABELS:
            return True
        # the small model often calls a city a person ("Kyiv")
        return mention.label == "PERSON" and len(mention.text.split()) == 1 and self.gazetteer.is_known(mention.text)

    def _places(self, candidate: Candidate) -> list[PlaceRef]:
        raise NotImplementedError  # event_places.EventPlaces


def _child(token: Any, dep: str) -> Any:
    return next((c for c in token.children if c.dep_ == dep), None)


def _children(token: Any, dep: str) -> list[Any]:
    return [c for c in token.children if c.dep_ == dep]
