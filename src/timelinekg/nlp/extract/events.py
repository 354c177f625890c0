"""Events from one parsed article: triggers, arguments from the dependency parse, and honest dates.

Dating, in order (docs/extraction.md):

1. a temporal expression the trigger governs (its own clause, or the light verb carrying an event noun);
2. a relation to another dated event ("a day after speaking with X", "hours after Zelenskiy said",
   "in a July 16 press conference", "ahead of the November 5 election": an upper bound only);
3. the present tense holds on the publication date (not in a sentence that names a past date);
4. for a reporting verb ("said", "told") in a main clause with nothing else to go on, the publication
   date: news reports what was said that day (``date_basis`` says so);
5. otherwise the bounds say what is known: it happened before the report (``latest``), ``earliest`` open
   unless the sentence gives a vague window ("in recent weeks"), precision ``unknown``.  ``between``
   leaves such events out unless asked (``--include-undated``).

Irrealis events (negated, modal, future, infinitive "to escalate") are not events and are skipped.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from timelinekg.nlp.extract.actors import (
    ActorRef,
    ArticleActors,
    Mention,
)
from timelinekg.nlp.extract.arguments import ArgumentFinder
from timelinekg.nlp.extract.candidate import Candidate
from timelinekg.nlp.extract.dating import EventDater
from timelinekg.nlp.extract.event_places import EventPlaces
from timelinekg.nlp.extract.lexicon import Lexicon
from timelinekg.nlp.extract.places import Gazetteer, PlaceRef
from timelinekg.nlp.extract.triggers import TriggerFinder

__all__ = ["Candidate", "EventFinder"]


class EventFinder(TriggerFinder, ArgumentFinder, EventPlaces, EventDater):
    """Finds and dates the events of one parsed article."""

    def __init__(
        self, doc: Any, published: dt.date, body_start: int, lexicon: Lexicon, places: Gazetteer, timexes: list[Any]
    ) -> None:
        self.doc = doc
        self.published = published
        self.body_start = body_start
        self.lexicon = lexicon
        self.gazetteer = places
        self.actors = ArticleActors(doc, lexicon, places)
        self.timexes = timexes
        self.place_refs: dict[str, PlaceRef] = {}
        self.context_countries = self._context_countries()
        self.last_person: ActorRef | None = None
        self.last_group: ActorRef | None = None
        self.last_thing: ActorRef | None = None  # the last organisation or product in subject position
        self.recent: dict[str, ActorRef] = {}  # kind -> the last actor of that kind in an argument
        self.products: list[ActorRef] = []
        self._by_sentence: dict[int, list[Mention]] = {}
        self.text = doc.text  # Doc.text joins every token on each access
        # token.sent walks the whole document each time: index the sentences once
        self.sentences = list(doc.sents)
        self._sentence_of = [0] * len(doc)
        for number, sentence in enumerate(self.sentences):
            self._sentence_of[sentence.start : sentence.end] = [number] * (sentence.end - sentence.start)

    # -- entry point ---------------------------------------------------------------------------------------
    def find(self) -> list[tuple[Candidate, Any]]:
        self._register_full_names()
        found: list[tuple[Candidate, Any]] = []
        for index, sentence in enumerate(self.sentences):
            if sentence.start_char < self.body_start or _is_headline(sentence):
                continue
            candidates = self._candidates(sentence)
            by_verb = {c.verb.i: c for c in candidates}
            for candidate in candidates:
                candidate.sentence_index = index
                verb = candidate.verb
                if verb.dep_ == "conj" and verb.head.i in by_verb:
                    candidate.conjunct_of = by_verb[verb.head.i]
                self._arguments(candidate)
            self._track_salience(sentence)
            # a state ("iPhone 4 has a new frame") is worth a node only when it describes a thing
            candidates = [
                c
                for c in candidates
                if c.participants
                and (
                    not c.lexeme.state
                    or any(
                        actor.kind in ("product", "organisation") and role == "agent" for actor, role in c.participants
                    )
                )
            ]
            found.extend((c, sentence) for c in candidates)
        self._date([c for c, _ in found])
        return found

    def _register_full_names(self) -> None:
        seen: set[int] = set()
        for mention in self.actors.mentions.values():
            if id(mention) in seen or mention.label not in ("PERSON", "ORG") or mention.end - mention.start < 2:
                continue
            seen.add(id(mention))
            self.actors.actor(mention.text, mention.label, self.actors.person_title(mention))

    def _context_countries(self) -> list[str]:
        counts: Counter[str] = Counter()
        for ent in self.doc.ents:
            if ent.label_ in ("GPE", "NORP"):
                country = self.gazetteer.country(ent.text) or self.gazetteer.country(
                    self.lexicon.demonyms.get(ent.text.lower(), "") or "-"
                )
                if country is not None and country.country_code:
                    counts[country.country_code] += 1
        return [code for code, _ in counts.most_common()]

    # -- triggers ------------------------------------------------------------------------------------------


def _is_headline(sentence: Any) -> bool:
    """ "SEE ALSO: ..." links and headings: no closing punctuation, nearly every word capitalised."""
    text = sentence.text.strip()
    if not text or text[-1] in ".!?\"”'":
        return False
    if text.upper().startswith("SEE ALSO"):
        return True
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 3:
        return True
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised / len(words) > 0.6
