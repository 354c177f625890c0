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
import re
from typing import Any

from timelinekg.nlp.extract.actors import (
    ActorRef,
    ArticleActors,
    Mention,
)
from timelinekg.nlp.extract.arguments import ArgumentFinder, quoting_verb
from timelinekg.nlp.extract.candidate import (
    ADDRESS_TYPES,
    DEATH_VERBS,
    Candidate,
    _child,
    _children,
    counted_from_another_time,
    first_conjunct,
    the_writers_reporter,
)
from timelinekg.nlp.extract.dating import SCHEDULE_PARTICIPLES, EventDater, told_as_past
from timelinekg.nlp.extract.event_places import EventPlaces
from timelinekg.nlp.extract.lexicon import Lexicon, currency_nouns
from timelinekg.nlp.extract.nlp import children_of, parsed_text, token_indexes
from timelinekg.nlp.extract.places import Gazetteer, PlaceRef
from timelinekg.nlp.extract.triggers import HELD_VERBS, NATURAL_FORCES, SPEAKERS_OWN, TriggerFinder

__all__ = ["Candidate", "EventFinder"]

DEFINITE_WORDS = {"the", "this", "that", "its", "their", "his", "her"}
# Kinds of news that are events even without an actor: disasters, attacks, protests, arrests, votes.
# what an outlet does when it reports: says, or confirms ("state television confirmed the strike")
OUTLET_SPEECH = frozenset({"statement", "confirmation"})
# "five other countries since 2020": what a trend is told of (counted, not named), and over how long a span
COUNTED_PLACES = frozenset({"country", "nation", "state", "city", "town", "village", "province", "region", "district"})
SEVERAL = frozenset({"other", "several", "many", "numerous", "multiple", "various", "some", "dozen", "dozens"})
TREND_DAYS = 7
# "in the first nine months of 2026", "so far this year", "in 2025": a span longer than the months a news story's act
# takes, over which a count of people or cases adds up many acts
TALLY_DAYS = 62
# what a statistic counts besides people and events: a disease's cases and the dead
TALLIED_CASES = frozenset({"case", "death", "fatality", "casualty", "infection"})
# what a body suffered, when it is told as what someone died of
HARM_NOUNS = frozenset({"injuries", "injury", "wounds", "wound", "burns", "burn", "trauma"})
COUNTED_HEADS = frozenset({"dozens", "hundreds", "scores", "thousands", "several", "many", "both"})
UNAGENTIVE_TYPES = {"disaster", "attack", "mass-violence", "military", "protest", "coercion", "election"}


class EventFinder(TriggerFinder, ArgumentFinder, EventPlaces, EventDater):
    """Finds and dates the events of one parsed article."""

    def __init__(
        self,
        doc: Any,
        published: dt.date,
        body_start: int,
        lexicon: Lexicon,
        places: Gazetteer,
        timexes: list[Any],
        publisher: str = "",
        title: str = "",
    ) -> None:
        self.doc = doc
        self.publisher = publisher  # who writes the article: the "we" of its own words
        self.title = title  # the headline, which the text may not repeat
        self.published = published
        self.body_start = body_start
        self.lexicon = lexicon
        self.gazetteer = places
        self.actors = ArticleActors(doc, lexicon, places)
        self.timexes = timexes
        self._timex_spans = {}
        self.background: set[int] = set()
        self.place_refs: dict[str, PlaceRef] = {}
        self.struck: list[list[PlaceRef]] = []  # the places of the story's disasters, as they are placed
        self.placed_at_seat: set[int] = set()
        self.context_countries = self._context_countries()
        self.last_person: ActorRef | None = None
        self.last_group: ActorRef | None = None
        self.last_thing: ActorRef | None = None  # the last organisation or product in subject position
        self.last_plural: ActorRef | None = None  # the last main subject a "they" can stand for
        self.last_body: ActorRef | None = None  # the last main subject an "it" can stand for
        self.recent: dict[str, ActorRef] = {}  # kind -> the last actor of that kind in an argument
        self.fuller_groups: dict[str, ActorRef] = {}  # "officer" -> "Malian army officers", for "the officers"
        self.kinds_told: dict[str, str] = {}  # "strike" -> protest after "nurses went on strike", for "the strike"
        self.types_told: set[str] = set()  # protest after "nurses walked out", for "the strike" in the next sentence
        self.descriptors: dict[str, ActorRef] = {}  # "drugmaker" -> the company introduced as "a drugmaker"
        self.named_bodies: list[ActorRef] = []  # the organisations named so far, in order, for "the bank"
        self.named_institutions: list[ActorRef] = []  # "the Copernicus hospital": names no business, for "the company"
        self.products: list[ActorRef] = []
        self.craft_owners: dict[str, ActorRef] = {}  # "hercules" -> "Chilean Air Force", for "the aircraft" after it
        self._by_sentence: dict[int, list[Mention]] = {}
        self.text = parsed_text(doc)
        # token.sent walks the whole document each time: index the sentences once
        self.sentences = list(doc.sents)
        self._sentence_of = [0] * len(doc)
        for number, sentence in enumerate(self.sentences):
            self._sentence_of[sentence.start : sentence.end] = [number] * (sentence.end - sentence.start)

    # -- entry point ---------------------------------------------------------------------------------------
    def find(self) -> list[tuple[Candidate, Any]]:
        self._register_full_names()
        found: list[tuple[Candidate, Any]] = []
        reported: set[str] = set()  # who the article has already told as saying or reporting something
        for index, sentence in enumerate(self.sentences):
            if sentence.start_char < self.body_start:
                continue
            text = self.text[sentence.start_char : sentence.end_char]  # Span.text joins its tokens anew each time
            if _is_headline(text) or _retracted_version(text):
                continue
            candidates = self._candidates(sentence)
            by_verb = {c.verb.i: c for c in candidates}
            caption = _is_caption(text)
            for candidate in candidates:
                candidate.sentence_index = index
                candidate.caption = caption
                verb = candidate.verb
                if verb.dep_ == "conj" and verb.head.i in by_verb:
                    candidate.conjunct_of = by_verb[verb.head.i]
                self._arguments(candidate)
            for candidate in candidates:
                # "a launch planned for Wednesday was called off": the day of a plan, not of a launch done
                candidate.planned = candidate.planned or _scheduled_by_participle(candidate.trigger)
            candidates = self._without_provenance(candidates)
            candidates = self._without_relays(candidates)
            background = [c for c in candidates if self._background_statement(c)]
            self.background.update(c.trigger.i for c in background)
            candidates = [c for c in candidates if c not in background]
            candidates = [c for c in candidates if not self._report_retold(c, reported)]
            reported.update(
                actor.name
                for c in candidates
                if c.type == "statement" and c.trigger.tag_.startswith("VB")
                for actor, role in c.participants
                if role == "agent"
            )
            self._track_salience(sentence)
            for candidate in candidates:
                if _killed_by_no_one_named(candidate, self.lexicon) and _a_disaster_story_so_far(found):
                    # "A plane crashed into a warehouse. The three passengers were killed.": its toll, no attack
                    candidate.type = "disaster"
                if self._people_died(candidate):
                    candidate.type = self._toll_type(candidate, found)
                    # the dead are whom the disaster or the ambush befell, not who did it
                    candidate.participants = [
                        (actor, "target" if role == "agent" else role) for actor, role in candidate.participants
                    ]
            # a state ("iPhone 4 has a new frame") is worth a node only when it describes a thing, not when a
            # speaker tells their own ("we have cones and signs and barriers", a body's spokesman says)
            candidates = [
                c
                for c in candidates
                if (c.participants or self._stands_alone(c, sentence))
                and (
                    not c.lexeme.state
                    or (
                        any(
                            actor.kind in ("product", "organisation") and role == "agent"
                            for actor, role in c.participants
                        )
                        and not any(s.dep_ == "nsubj" and s.lower_ in SPEAKERS_OWN for s in children_of(c.trigger))
                    )
                )
            ]
            found.extend((c, sentence) for c in candidates)
        self._date([c for c, _ in found])
        self._date_by_it_happened(found)
        for candidate, _ in found:
            if self._scheduled_present(candidate):
                candidate.planned = True
        # a follow-up the text does not place happens where the story does (needs the dates: background is not)
        self._place_from_article([c for c, _ in found])
        # a word learned from annotated news is worth a node when the text dates it ("signed on June 3"), if only
        # from a time it cannot place ("rescued them three days after they disappeared")
        kept = [
            (c, s)
            for c, s in found
            if (not c.lexeme.learned or c.basis in ("timex", "relation") or counted_from_another_time(c.trigger))
            # a caption describes a picture; only the history it dates is news ("a meeting in Helsinki in 2018")
            and (not c.caption or c.basis == "timex")
            # a scheduled event is worth a node only when the text dates it after the report
            and (not c.planned or (c.basis == "timex" and c.earliest is not None and c.earliest > self.published))
            and not self._trend(c)
            and not self._tally(c)
            and not self._a_bystanders_word(c, found)
            # "an election" named in passing is news only when the text gives its date ("an election on Sunday")
            and (not c.indefinite or c.basis == "timex")
        ]
        return _without_reports_of_own_acts(kept)

    def _scheduled_present(self, candidate: Candidate) -> bool:
        """ "Ministers meet their counterparts in Riga on Thursday", "the court rules on Monday" in a report of the
        Wednesday before: a present tense the text dates after the report tells a schedule, not what was done."""
        verb = candidate.trigger
        return (
            not candidate.planned
            and verb.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass") for c in children_of(verb))
            and candidate.basis == "timex"
            and candidate.earliest is not None
            and candidate.earliest > self.published
        )

    def _trend(self, candidate: Candidate) -> bool:
        """Background over a span about several places ("where the military have seized power in five other
        countries since 2020", "armies have toppled governments in several states"): one verb for many events,
        each of its own place and day, none of them the story's, so no event.  What the text dates to a day or a
        week is news however many places it names ("gunmen attacked churches in three villages on Sunday")."""
        earliest, latest = candidate.earliest, candidate.latest
        if candidate.dated and earliest is not None and latest is not None and (latest - earliest).days <= TREND_DAYS:
            return False
        # "seized power in four countries": the place may hang on the verb's object
        heads = [*candidate.anchors, *(c for a in candidate.anchors for c in children_of(a) if c.dep_ == "dobj")]
        for anchor in heads:
            for prep in children_of(anchor):
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "across", "throughout"):
                    continue
                for place in children_of(prep):
                    if place.dep_ == "pobj" and self._several_places(place):
                        return True
        return False

    def _a_bystanders_word(self, candidate: Candidate, found: list[tuple[Candidate, Any]]) -> bool:
        """ "said Ana Ruiz, who lives two blocks away", "said Tom Berg, an analyst at a think tank", "witnesses said",
        "residents described being woken by a roar": what someone who speaks for no office, body or side of the
        story says is a source of the events it tells, no act of the story's (what a minister, the police, a
        company, a party's lawyer or one the story tells acting says is one)."""
        if candidate.type != "statement" or not candidate.lexeme.reporting:
            return False
        speaker = _child(candidate.trigger, "nsubj")
        if speaker is None or not self._speaks_for_no_one(speaker):
            return False
        agents = [actor for actor, role in candidate.participants if role == "agent"]
        if speaker.tag_ == "NNP" and any(actor.kind != "person" for actor in agents):
            return False  # "Ursus Viva, a wildlife group based in Brasov, said": a body
        names = {actor.name for actor in agents}
        # "Sophorn told police she had bought the alcohol": one the story tells acting speaks as a side of it; and one
        # the story names by an office anywhere ("Nasrin Akter Lipi, president of the alliance") speaks for it
        return not any(
            actor.name in names and (other.type != "statement" or actor.titles)
            for other, _ in found
            for actor, _ in other.participants
        )

    def _speaks_for_no_one(self, speaker: Any) -> bool:
        """A witness, a resident, a relative, a commentator: a word of `bystanders`, or a name told only by what its
        bearer does or is ("who lives nearby", "whose son died", "41, a bank clerk", "an economist at a think tank");
        not one told by whom they speak for ("his lawyer", "an official at the Health Ministry", "Captain Ricardo
        Pereyra")."""
        if any(c.dep_ == "poss" for c in children_of(speaker)):
            return False
        if speaker.tag_ in ("NN", "NNS"):
            return self.lexicon.lemma(speaker) in self.lexicon.bystanders
        if speaker.tag_ != "NNP" or any(self._an_office(c) for c in children_of(speaker) if c.dep_ == "compound"):
            return False
        if token_indexes(speaker.doc, "ORTH", (speaker.text,))[0] < speaker.sent.start:
            return False  # "Andino, who was in Zurich on Monday, said": one the story told of before is a side of it
        appositions = [c for c in children_of(speaker) if c.dep_ in ("appos", "relcl")]
        descriptions = [*appositions, *(conjunct for c in appositions for conjunct in c.conjuncts)]
        return bool(descriptions) and all(self._a_private_description(d) for d in descriptions)

    def _an_office(self, word: Any) -> bool:
        return self.lexicon.lemma(word) in self.lexicon.titles or word.lower_.rstrip(".") in self.lexicon.ranks

    def _a_private_description(self, description: Any) -> bool:
        """ "who lives two blocks away", "41", "a skier from Krakow", "a bank clerk", "an analyst at a brokerage": no
        office and no body spoken for ("a member of the coordination headquarters", "one of the spokesmen")."""
        if description.dep_ == "relcl" or (description.like_num and not _children(description, "prep")):
            return True  # "who lives nearby", an age ("one of the spokesmen" is counted among some)
        if self.lexicon.lemma(description) in self.lexicon.bystanders:
            return True
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(description)):
            return False  # "the province's health director", "head of logistics at ...": an office
        speaks_for = any(prep.lower_ in ("at", "of", "for", "with") for prep in _children(description, "prep"))
        return not speaks_for and not self._an_office(description)

    def _tally(self, candidate: Candidate) -> bool:
        """ "In the first six months of 2026, 212 pedestrians were killed in road accidents", "the ministry recorded
        1,240 dengue cases in the whole of 2025", "so far this year 37 miners have died": people or cases counted over a
        span of many months are a statistic that adds up many acts of many days, none of them the story's (what the
        text dates to a day, a week or a month is news however many it counts: "gunmen killed 12 villagers on
        Saturday")."""
        earliest, latest = candidate.earliest, candidate.latest
        if not candidate.dated or earliest is None or latest is None or (latest - earliest).days <= TALLY_DAYS:
            return False
        # "killed in road accidents": the trigger may be the accidents, the verb that counts them one of its anchors
        anchors = {candidate.trigger, *candidate.anchors}
        if any(self._one_event_named(anchor) for anchor in anchors):
            return False
        return any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.tag_ == "NNS" and _counted(c) and self._people_or_cases(c)
            for anchor in anchors
            for c in children_of(anchor)
        )

    def _people_or_cases(self, noun: Any) -> bool:
        """ "212 pedestrians", "1,240 dengue cases", "dozens of attacks": what a statistic counts; not "two plants",
        "40 products", "seven decades" or "350 million crowns", which one act may close, recall, end or set aside."""
        lemma = self.lexicon.lemma(noun)
        people = self.lexicon.actor_noun_kind(lemma)
        return people in ("group", "person") or lemma in self.lexicon.nouns or lemma in TALLIED_CASES

    def _one_event_named(self, word: Any) -> bool:
        """ "a magnitude 7.5 quake killed more than 4,000 people in 2018", "the fire that killed 31 workers in 2023",
        "died in a crush at the stadium in 2022", "killed in fighting in the same area in 2022": one event, however
        many it harmed and however loosely the text dates it."""
        if word.tag_ in ("NN", "VBG") and word.pos_ == "NOUN":
            return True
        if word.dep_ == "relcl" and word.head.tag_ == "NN":
            return True
        # "floods killed 300 people in 2024", "last year lightning killed eleven people": the event or the force of
        # nature that did it names one disaster, told by its toll
        subject = _child(word, "nsubj")
        if subject is not None and (
            self.lexicon.lemma(subject) in self.lexicon.nouns or self.lexicon.lemma(subject) in NATURAL_FORCES
        ):
            return True
        harmed_in = [
            o for prep in _children(word, "prep") if prep.lower_ in ("in", "during") for o in _children(prep, "pobj")
        ]
        return any(noun.tag_ in ("NN", "VBG") and self.lexicon.lemma(noun) in self.lexicon.nouns for noun in harmed_in)

    def _several_places(self, noun: Any) -> bool:
        """ "five other countries", "several states", "a dozen cities": places counted, not named."""
        word = noun.lower_
        singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        if noun.tag_ != "NNS" or singular not in COUNTED_PLACES:
            return False
        return any(
            c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.lower_ in SEVERAL) for c in children_of(noun)
        )

    def _without_provenance(self, candidates: list[Candidate]) -> list[Candidate]:
        """ "the Associated Press reported", "two officials told CBS News": an outlet's report is the source
        of the events it reports, not an event; they keep its name and lose it as a participant."""
        outlets = {
            actor.name
            for c in candidates
            if c.lexeme.reporting or c.type in OUTLET_SPEECH
            for actor, _ in c.participants
            if self._is_outlet(actor)
        }
        kept = [c for c in candidates if not self._outlet_speaks(c) or self._sole_witness_report(c, candidates)]
        if len(kept) < len(candidates):
            outlets.add(next(self._outlet_phrase(c) for c in candidates if self._outlet_speaks(c)))
            candidates = kept
        if not outlets:
            return candidates
        kept = []
        for candidate in candidates:
            if any(actor.name in outlets for actor, _ in candidate.participants) and (
                candidate.lexeme.reporting or candidate.type in OUTLET_SPEECH
            ):
                if self._own_date(candidate):
                    kept.append(candidate)  # a dated report ("the Post reported on November 10") is news
                continue
            candidate.participants = [(a, r) for a, r in candidate.participants if a.name not in outlets]
            candidate.reported_by = sorted(outlets)[0]
            kept.append(candidate)
        return kept

    def _without_relays(self, candidates: list[Candidate]) -> list[Candidate]:
        """ "Officials said the minister told his counterpart...", " 'The general reported to the president...,' the
        ministry said": what the second speaker said is the news; the first speaker only passes it on, so it is
        the source of that speech (role ``source``), not a statement of its own on another subject."""
        relayed: dict[int, Candidate] = {}
        for relay in candidates:
            if not _is_speech(relay) or not relay.lexeme.reporting or not relay.verb.tag_.startswith("VB"):
                continue
            speakers = {actor.name for actor, role in relay.participants if role == "agent"}
            if not speakers:
                # "a vet reported sores last Tuesday; laboratory tests confirmed the disease on Thursday": a verb of
                # saying with no one saying it passes nothing on
                continue
            for inner in candidates:
                inner_speakers = {actor.name for actor, role in inner.participants if role == "agent"}
                if (
                    inner is relay
                    or not _is_speech(inner)
                    or not inner.lexeme.reporting  # "claims the store violates an agreement": a claim about an act
                    or not inner.verb.tag_.startswith("VB")
                    or not inner_speakers
                    or inner_speakers & speakers
                    or not _passes_on(relay.verb, inner.verb)
                ):
                    continue
                relayed[id(relay)] = inner
                break
        if not relayed:
            return candidates
        for relay in candidates:
            if id(relay) not in relayed:
                continue
            inner = relayed[id(relay)]
            named = {actor.name for actor, _ in inner.participants}
            inner.participants.extend(
                (actor, "source") for actor, role in relay.participants if role == "agent" and actor.name not in named
            )
        return [c for c in candidates if id(c) not in relayed]

    def _sole_witness_report(self, candidate: Candidate, candidates: list[Candidate]) -> bool:
        """ "Our reporter on the water confirms the handover has taken place": what the writer's own reporter saw
        and tells no event of its own (no trigger in what is told), so the report is kept for it, with the reporter
        as its source (role ``source``, as a relay's speaker), not its doer."""
        phrase = self._outlet_phrase(candidate)
        if not the_writers_reporter(phrase):
            return False
        told = {t.i for c in children_of(candidate.verb) if c.dep_ in ("ccomp", "dobj") for t in c.subtree}
        if any(other.verb.i in told for other in candidates if other is not candidate):
            return False
        candidate.participants = [(a, "source" if r == "agent" else r) for a, r in candidate.participants]
        return True

    def _outlet_speaks(self, candidate: Candidate) -> bool:
        """ "the Reuters and AFP news agencies reported", "state media said", "Al Jazeera's correspondent,
        reporting from Kenya, said": the outlet or its reporter is the source."""
        if not (candidate.lexeme.reporting or candidate.type in OUTLET_SPEECH) or self._own_date(candidate):
            return False
        if quoting_verb(candidate.verb) is not None and any(
            role == "agent" and actor.kind not in ("group", "other") for actor, role in candidate.participants
        ):
            return False  # "the agency quoted the minister as saying": the minister's statement, passed on
        return bool(self._outlet_phrase(candidate))

    def _outlet_phrase(self, candidate: Candidate) -> str:
        # "the agency quoted sources as saying": the outlet is the subject of the quoting verb
        return self.outlet_speaking(quoting_verb(candidate.verb) or candidate.verb)

    def _own_date(self, candidate: Candidate, dated: bool = False) -> bool:
        """Whether a temporal expression modifies the trigger's own clause ("told the BBC on November 9");
        ``dated``: one that names a date ("on Tuesday", not "hours after")."""
        sentence = self.sentence(candidate.verb)
        for timex in self.timexes:
            if not sentence.start_char <= timex.start < sentence.end_char or (dated and timex.earliest is None):
                continue
            span = self.timex_span(timex)
            current = span.root if span is not None and len(span) else None
            for _ in range(4):
                if current is None or current.dep_ in ("ccomp", "relcl", "advcl", "ROOT"):
                    break
                current = current.head
                if current in candidate.anchors:
                    return True
        return False

    def _is_outlet(self, actor: ActorRef) -> bool:
        if actor.kind != "organisation":
            return False
        words = self.lexicon.outlet_words
        lower = actor.name.lower()
        return lower in words or any(word in words for word in lower.replace(".", "").split())

    def _background_statement(self, candidate: Candidate) -> bool:
        """ "The company has repeatedly denied wrongdoing", "officials have long argued", "Trump has previously
        indicated": a stance held over time, not an occasion, unless the text dates it."""
        from timelinekg.schema.merge import SPEECH_TYPES

        if not (candidate.lexeme.reporting or candidate.type in SPEECH_TYPES) or candidate.type == "other":
            return False
        verb = candidate.verb
        if not verb.tag_.startswith("VB"):
            return False
        habitual = any(
            c.dep_ in ("advmod", "npadvmod") and c.lower_ in self.lexicon.habitual_adverbs for c in children_of(verb)
        )
        return habitual and not self._own_date(candidate)

    def _report_retold(self, candidate: Candidate, reported: set[str]) -> bool:
        """ "The Post reported on November 10 ..." and later "The Washington Post report on the call came hours
        after ...": a definite noun for a report whose speaker the article has already told reporting is
        that report again, not another one (unless it has a date of its own: "in a statement on Tuesday")."""
        trigger = candidate.trigger
        if candidate.type != "statement" or not trigger.tag_.startswith("NN"):
            return False
        agents = {actor.name for actor, role in candidate.participants if role == "agent"}
        definite = any(
            c.dep_ in ("det", "poss", "compound") and (c.lower_ in DEFINITE_WORDS or c.dep_ != "det")
            for c in children_of(trigger)
        )
        return definite and bool(agents) and agents <= reported and not self._own_date(candidate, dated=True)

    def _date_by_it_happened(self, found: list[tuple[Candidate, Any]]) -> None:
        """ "Police searched the home of a reporter. It happened early this morning.": a sentence whose only news is
        when "it" happened dates the undated event the sentence before told (broadcast and local copy tell the act
        first and its time after)."""
        told_in: dict[int, list[Candidate]] = {}
        for candidate, _ in found:
            told_in.setdefault(candidate.sentence_index, []).append(candidate)
        for index, sentence in enumerate(self.sentences):
            day = self._when_it_happened(sentence)
            if day is None:
                continue
            # the nearest sentence before that tells any event, across lines with none ("Here is our correspondent.",
            # a speaker's tag); its one undated event is what "it" is
            for back in range(index - 1, max(index - 5, -1), -1):
                told = told_in.get(back, [])
                if not told:
                    continue
                undated = [c for c in told if c.earliest is None and not c.planned]
                if len(undated) == 1 and told_as_past(undated[0].trigger):
                    undated[0].set_dates(day[0], day[1], day[2], "timex")
                break

    def _when_it_happened(self, sentence: Any) -> tuple[dt.date, dt.date, str] | None:
        """The day of "It happened early this morning", "It took place on Sunday night", "This occurred on Friday"."""
        root = sentence.root
        # "It happened on Sunday, officials said": the clause a report carries
        root = next((c for c in children_of(root) if c.dep_ == "ccomp" and c.i < root.i), root)
        took_place = root.lower_ == "took" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in children_of(root))
        if root.lower_ not in ("happened", "occurred") and not took_place:
            return None
        if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in children_of(root)):
            return None
        days = [
            t
            for t in self.timexes
            if sentence.start_char <= t.start < sentence.end_char and t.earliest is not None and t.earliest == t.latest
        ]
        if len(days) != 1:
            return None
        return days[0].earliest, days[0].latest, days[0].precision or "day"

    def _people_died(self, candidate: Candidate) -> bool:
        """ "Two children died in hospital on Sunday", "at least 30 people perished", "two of the youngest died": deaths
        told by a count are a toll, news though the lexicon knows no actor in "children" or "guests", and no
        personnel change (that is one named person dying in office)."""
        if candidate.type != "personnel" or self.lexicon.lemma(candidate.trigger) not in DEATH_VERBS:
            return False
        if _died_of_harm(candidate.trigger):
            return True  # "died of her injuries in hospital": a casualty, whoever she was
        subject = next((c for c in children_of(candidate.trigger) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and candidate.trigger.dep_ == "relcl":
            subject = candidate.trigger.head  # "a nurse who died in hospital": the nurse
        if subject is None:
            return False
        # types19 class 1: "Mongolians died in street unrest", "villagers died": many dead, no one leaving an office
        many = subject.tag_ in ("NNS", "NNPS") and subject.lower_ not in self.lexicon.titles
        return (
            many
            or _counted(subject)
            or self._one_more_of_the_dead(subject)
            or self._one_of_the_dead(subject)
            or self._someone_of_no_office(subject)
            or self._named_by_a_kind_of_no_office(subject)
        )

    def _named_by_a_kind_of_no_office(self, name: Any) -> bool:
        """typed34 class 3: "Tomasz Wierzbicki, the bicycle courier who was struck by a car, died in hospital": a
        name whose apposition is a kind that holds no office (not "Ana Duarte, the former prime minister")."""
        if name.tag_ != "NNP":
            return False
        return any(c.dep_ == "appos" and self._someone_of_no_office(c) for c in children_of(name))

    def _someone_of_no_office(self, noun: Any) -> bool:
        """ "the passenger died in hospital", "the driver died at the scene": one person told by a kind that holds no
        office (not "the governor", "the coach", "the chief executive of the bank") dies, and leaves no post."""
        if noun.tag_ != "NN" or noun.lower_ in self.lexicon.titles:
            return False
        if any(c.lower_ in self.lexicon.titles for c in children_of(noun) if c.dep_ in ("compound", "amod")):
            return False
        lemma = self.lexicon.lemma(noun)
        return (self.lexicon.unnamed_actors.get(lemma) or self.lexicon.unnamed_actors.get(noun.lower_)) != "person"

    def _one_of_the_dead(self, name: Any) -> bool:
        """types21: "four people died ..., among them Ana Lopes, 71, who died in hospital on Tuesday": one of a toll
        named with her age and no title (not "former president Joao Silva, 88, died")."""
        if name.tag_ != "NNP" or not any(c.dep_ == "appos" and c.like_num for c in children_of(name)):
            return False
        return not any(t.lower_ in self.lexicon.titles for t in name.subtree if t.i < name.i)

    def _one_more_of_the_dead(self, noun: Any) -> bool:
        """ "another injured worker died in hospital", "a 12-year-old girl died at a hospital": one unnamed person
        told by a kind, with "a" or "another", is one of a toll; no office holder ("a former minister" is a title)."""
        if noun.tag_ != "NN" or noun.lower_ in self.lexicon.titles or noun.i in self.actors.mentions:
            return False
        return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in children_of(noun))

    def _toll_type(self, candidate: Candidate, found: list[tuple[Candidate, Any]]) -> str:
        """A toll is of the event it was taken in ("died in an ambush": an attack), of the one who dealt the wounds
        ("died of wounds inflicted by a boar"), or of the attack the article told before ("she died of her injuries"
        after a mauling), else a disaster."""
        for prep in children_of(candidate.trigger):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
                noun = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
                lexeme = self.lexicon.nouns.get(self.lexicon.lemma(noun)) if noun is not None else None
                if lexeme is not None and lexeme.type not in ("statement", "other"):
                    return lexeme.type
        if _wounds_dealt(candidate.trigger) or _an_attack_story_so_far(found):
            return "attack"
        return "disaster"

    def _stands_alone(self, candidate: Candidate, sentence: Any) -> bool:
        """ "A magnitude 6 earthquake struck western Peru on Monday": news though no one did it, when the
        text says where or when."""
        stands_alone = (
            candidate.lexeme.stands_alone
            or self._held(candidate)
            or _let_go(candidate)
            or (
                candidate.trigger.tag_.startswith("VB")
                # "the match was called off": the verb of its phrase's sense ("cancel") is the one listed
                and (self.lexicon.phrasal_sense(candidate.trigger) or self.lexicon.lemma(candidate.trigger))
                in self.lexicon.stand_alone
            )
            or self._currency_moved(candidate)
        )
        if (candidate.type not in UNAGENTIVE_TYPES and not stands_alone) or candidate.lexeme.state:
            return False
        if candidate.places:
            return True
        return self.dates_its_sentence(sentence)

    def _currency_moved(self, candidate: Candidate) -> bool:
        """clusters3 class 4: "the cedi fell to a record low", "Egypt's pound plunged 20 percent": a currency's move
        is market news though no company is named, as "shares fell" is."""
        if candidate.type != "business" or not candidate.trigger.tag_.startswith("VB"):
            return False
        subject = next((c for c in children_of(candidate.trigger) if c.dep_ == "nsubj"), None)
        return subject is not None and self.lexicon.lemma(subject) in currency_nouns()

    def _held(self, candidate: Candidate) -> bool:
        """ "Funeral prayers were held at a garrison on Monday", "mourners held a vigil": a gathering that was
        held is news though the text names no one who held it."""
        return any(
            anchor.tag_.startswith("NN")
            and anchor.dep_ in ("nsubjpass", "dobj")
            and self.lexicon.lemma(anchor.head) in HELD_VERBS
            for anchor in candidate.anchors
        )

    def _register_full_names(self) -> None:
        seen: set[int] = set()
        for mention in self.actors.mentions.values():
            if id(mention) in seen or mention.label not in ("PERSON", "ORG") or mention.end - mention.start < 2:
                continue
            seen.add(id(mention))
            self.actors.actor(mention.text, mention.label, self.actors.person_title(mention))

    # -- triggers ------------------------------------------------------------------------------------------


def _killed_by_no_one_named(candidate: Candidate, lexicon: Lexicon) -> bool:
    """ "The three passengers were killed", "two guards were killed instantly": an attack read from a passive
    "killed" that names no killer, nor a weapon or attack it was done by or in."""
    verb = candidate.trigger
    if candidate.type != "attack" or lexicon.lemma(verb) != "kill" or _child(verb, "auxpass") is None:
        return False
    return not any(
        c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in", "during", "with") for c in children_of(verb)
    )


def _a_disaster_story_so_far(found: list[tuple[Candidate, Any]]) -> bool:
    """Whether the article has so far told a disaster and no attack or fighting."""
    kinds = {c.type for c, _ in found}
    return "disaster" in kinds and not kinds & {"attack", "military", "mass-violence"}


def _an_attack_story_so_far(found: list[tuple[Candidate, Any]]) -> bool:
    """Whether the article has so far told an attack and no disaster."""
    kinds = {c.type for c, _ in found}
    return "attack" in kinds and "disaster" not in kinds


def _wounds_dealt(verb: Any) -> bool:
    """ "died of wounds inflicted by a wolf", "died of injuries caused by the gunmen": harm someone dealt, no
    accident."""
    for harm in _harm_died_of(verb):
        dealt = [c for c in children_of(harm) if c.dep_ == "acl" and c.lower_ in ("inflicted", "dealt")]
        if any(c.dep_ == "agent" for d in dealt for c in children_of(d)):
            return True
    return False


def _counted(noun: Any) -> bool:
    """ "two children", "at least 30 people", "dozens of guests", "two of the youngest", "a ninth worker": people
    told by how many."""
    if noun.tag_ == "CD" or noun.lower_ in COUNTED_HEADS:
        return True
    if noun.tag_ == "NN" and any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in children_of(noun)):
        return True  # "a ninth worker died": one more of the dead, counted by its place in the toll (clusters3 class 5)
    # "four crew", "two staff": a collective noun counted in the singular
    counted_singular = noun.tag_ == "NN" and any(
        c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in children_of(noun)
    )
    return counted_singular or (
        noun.tag_ == "NNS" and any(c.dep_ == "nummod" or c.lower_ in SEVERAL for c in children_of(noun))
    )


def _died_of_harm(verb: Any) -> bool:
    """ "died of his wounds", "died from her injuries", "succumbed to burns": a death from harm done to the body."""
    return bool(_harm_died_of(verb))


def _harm_died_of(verb: Any) -> list[Any]:
    """The wounds of "died of his wounds", also when the parser hangs them on a date before ("died on Sunday of
    wounds")."""
    heads = [verb, *(o for p in children_of(verb) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj")]
    preps = [c for head in heads for c in children_of(head) if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    return [c for prep in preps for c in children_of(prep) if c.dep_ == "pobj" and c.lower_ in HARM_NOUNS]


def _let_go(candidate: Candidate) -> bool:
    """ "Three engineers were freed on Sunday", "the pupils were released late on Saturday": captives let go are
    news though the text names no one who freed them, nor anyone the lexicon knows for people."""
    trigger = candidate.trigger
    return bool(
        candidate.type == "yield" and trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(trigger))
    )


def _without_reports_of_own_acts(found: list[tuple[Candidate, Any]]) -> list[tuple[Candidate, Any]]:
    """ "Frescomar says it cleared its shelves on Thursday evening", "the ferry company said it had cancelled all
    sailings on Monday": a speaker telling its own act, dated, tells the act, of which it is the doer; the saying is
    no event beside it (the act's quote is the source). A claim about someone else's act ("residents say the
    soldiers burned the market") stays a statement, which may confirm or dispute that act."""
    acts = [c for c, _ in found if not _is_speech(c) and c.verb.dep_ in ("ccomp", "conj")]
    told: set[int] = set()
    for statement, _ in found:
        verb = statement.verb
        # a finite saying: "criticised the budget, saying it cut rail spending" tells what was said in doing it
        if not _is_speech(statement) or not statement.lexeme.reporting or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            continue
        speakers = {actor.name for actor, role in statement.participants if role == "agent"}
        for act in acts:
            own = act.verb if act.verb.dep_ == "ccomp" else first_conjunct(act.verb)
            if own.dep_ != "ccomp" or own.head.i != verb.i:
                continue
            subject = next((c for c in children_of(own) if c.dep_ == "nsubj"), None)
            doers = {actor.name for actor, role in act.participants if role == "agent"}
            # only an act the text dates stands for a saying it does not date: "the utility said in a statement that
            # it had acted within the rules" keeps the saying, the one anchored in time, and "the yard said on Friday
            # that it won an order last week" both, an announcement of its own day and the act
            # (a day the act is bounded by alone, "had arrested 216 people by Tuesday night", anchors it less)
            stands_for_it = act.basis == "timex" and act.earliest is not None and statement.basis != "timex"
            if subject is None or not _the_speakers_own(subject) or not (speakers & doers) or not stands_for_it:
                continue
            # "the coast guard said on Tuesday it had rescued 12 fishermen": a day told before the act's subject
            # dates the saying, wherever the parser hung it
            if not any(t.ent_type_ in ("DATE", "TIME") and verb.i < t.i < subject.i for t in own.subtree):
                told.add(id(statement))
    return [(c, s) for c, s in found if id(c) not in told]


def _the_speakers_own(subject: Any) -> bool:
    """ "it", "they", and a body's own people or craft ("its divers", "one of its patrol boats"): a subject that
    tells of the speaker itself."""
    if subject.tag_ == "CD":
        subject = next(
            (o for p in children_of(subject) if p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"), subject
        )
    return subject.tag_ == "PRP" or any(c.dep_ == "poss" and c.lower_ == "its" for c in children_of(subject))


def _is_speech(candidate: Candidate) -> bool:
    from timelinekg.schema.merge import SPEECH_TYPES

    return (candidate.lexeme.reporting or candidate.type in SPEECH_TYPES or candidate.type in ADDRESS_TYPES) and (
        candidate.type != "other"
    )


def _passes_on(relay: Any, inner: Any) -> bool:
    """Whether the reporting verb ``relay`` governs the speech verb ``inner`` ("said [he told her]") or is tacked
    onto a quote whose verb it is ("'... reported to the president,' it said")."""
    if inner.head.i == relay.i and inner.dep_ == "ccomp":
        return True
    return bool(relay.head.i == inner.i and relay.dep_ == "parataxis" and relay.i > inner.i)


# "(left)", "(R)", "(second from right)", "(file photo)", "(pictured)": a photo's caption, whose verbs are in
# the historical present ("X listens as Y speaks") and describe the picture, not the news
_CAPTION_MARK = re.compile(
    r"\((?:left|right|cent(?:er|re)|front|rear|top|bottom|[lrc]|(?:second|third) from (?:left|right)|pictured"
    r"|file(?: photo| picture)?)\)|^(?:file photo|file picture|pictured|photo)\b",
    re.IGNORECASE,
)


def _is_caption(sentence: str) -> bool:
    return _CAPTION_MARK.search(sentence.strip()) is not None


# what the verb says of the scheduled event: it did not happen then
CALLING_OFF = frozenset(
    {"cancelled", "canceled", "postponed", "delayed", "suspended", "scrapped", "abandoned", "called", "put", "pushed",
     "scrubbed", "aborted", "deferred", "shelved"}
)  # fmt: skip


def _scheduled_by_participle(noun: Any) -> bool:
    """ "a launch planned for Wednesday was called off", "the vote, scheduled for Tuesday, was postponed": an event
    noun on a schedule that the sentence calls off, which did not happen (the cancellation may be news)."""
    if not noun.tag_.startswith("NN") or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.lower_ not in CALLING_OFF:
        return False
    return any(
        child.dep_ in ("acl", "amod", "relcl")
        and child.lower_ in SCHEDULE_PARTICIPLES
        and any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in children_of(child))
        for child in children_of(noun)
    )


# a correction note telling what an earlier version of the story said: what it retracts, never an event or a date
_RETRACTED_VERSION = re.compile(
    r"\b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version(?:\s+of\s+(?:this|the)\s+(?:story|article|report"
    r"|post|item|piece|page|dispatch))?(?:,)?\s+(?:\w+ly\s+)?(?:said|stated|reported|misstated|gave|described|named"
    r"|wrote|misidentified|referred|quoted|misquoted|put|had)\b",
    re.IGNORECASE,
)


def _retracted_version(sentence: str) -> bool:
    """ "An earlier version of this story said the blast happened on Tuesday": the day the correction withdraws."""
    return _RETRACTED_VERSION.search(sentence) is not None


def _is_headline(sentence: str) -> bool:
    """ "SEE ALSO: ..." links and headings: no closing punctuation, nearly every word capitalised."""
    text = sentence.strip()
    if not text or text[-1] in ".!?\"”'":
        return False
    if text.upper().startswith("SEE ALSO"):
        return True
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 3:
        return True
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised / len(words) > 0.6
