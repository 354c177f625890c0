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
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from timelinekg.nlp.extract.actors import (
    LOCATION_LABELS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    ActorRef,
    ArticleActors,
    Mention,
)
from timelinekg.nlp.extract.lexicon import Lexicon, Trigger
from timelinekg.nlp.extract.places import Gazetteer, PlaceRef
from timelinekg.schema.identity import name_key

MODALS = {"would", "could", "may", "might", "will", "shall", "should", "can", "must", "'ll", "wo", "ca"}
IRREALIS_DETS = {"any", "no", "every", "each"}
IRREALIS_ADJECTIVES = {"further", "future", "possible", "potential", "next", "upcoming", "planned", "proposed"}
AFTER_WORDS = {"after", "following"}
BEFORE_WORDS = {"before", "ahead", "prior"}
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "from", "into", "over", "around"}
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
_VAGUE_WINDOW = re.compile(
    r"\b(?:recent|past|last|previous)\s+(?:few\s+|several\s+|couple\s+of\s+)?"
    r"(day|week|month|year)s\b",
    re.IGNORECASE,
)
WINDOW_DAYS = {"day": 7, "week": 28, "month": 92, "year": 366}
_FISCAL = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:financial|fiscal)\s+year", re.IGNORECASE)
_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial)\b|\bFY", re.IGNORECASE)
DURATION = re.compile(r"^P(?:T(?P<hours>\d+|X)H|T(?P<minutes>\d+|X)M|(?P<n>\d+|X)(?P<unit>[DWMY]))$")


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
    fallback: dt.date | None = None  # the publication date, if nothing in the article dates it better

    @property
    def verb(self) -> Any:
        return self.anchors[-1]

    def set_dates(self, earliest: dt.date | None, latest: dt.date | None, precision: str, basis: str) -> None:
        self.earliest, self.latest, self.precision, self.basis = earliest, latest, precision, basis
        self.dated = earliest is not None and latest is not None


class EventFinder:
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
    def _candidates(self, sentence: Any) -> list[Candidate]:
        out: list[Candidate] = []
        carried: set[int] = set()
        for token in sentence:
            tag = token.tag_
            if tag.startswith("VB"):
                if token.dep_ in ("aux", "auxpass"):
                    continue
                lemma = self.lexicon.lemma(token)
                lexeme = self.lexicon.verbs.get(lemma) or self.lexicon.states.get(lemma)
                dobj = _child(token, "dobj")
                noun = self._event_noun(dobj) if dobj is not None else None
                if noun is not None and (lexeme is None or self.lexicon.lemma(token) in self.lexicon.light_verbs):
                    # "took the call", "launched its invasion": the noun is the event, the verb carries it
                    noun_lexeme = self.lexicon.nouns[self.lexicon.lemma(noun)]
                    kind = lexeme.type_for_object(self.lexicon.lemma(noun)) if lexeme else noun_lexeme.type
                    if kind == "other" or (lexeme and kind == lexeme.type and noun_lexeme.type != kind):
                        kind = noun_lexeme.type
                    if not self._irrealis(token) and not self._irrealis_noun(noun):
                        out.append(Candidate(noun, kind, noun_lexeme, [noun, token]))
                    carried.add(noun.i)
                    continue
                if lexeme is None or (self._irrealis(token) and not (lexeme.passive_only and token.tag_ == "VBN")):
                    continue  # "Jobs, born in San Francisco on February 24, 1955, ..." is still a birth
                if (
                    lexeme.needs_object
                    and dobj is None
                    and _child(token, "dative") is None
                    and _child(token, "nsubjpass") is None
                ):
                    continue
                if (
                    lexeme.passive_only
                    and _child(token, "auxpass") is None
                    and not (token.tag_ == "VBN" and token.dep_ in ("acl", "amod"))
                ):
                    continue
                if lexeme.needs_complement and _child(token, "ccomp") is None:
                    continue
                kind = lexeme.type_for_object(self._object_lemma(dobj))
                prepositions = {c.lower_ for c in token.children if c.dep_ == "prep"}
                kind = next((code for word, code in lexeme.by_preposition if word in prepositions), kind)
                if lexeme.with_complement and any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in token.children):
                    # "called it the hottest thing going": says something, like "said"
                    kind = lexeme.with_complement
                    lexeme = Trigger(type=kind, reporting=True)
                out.append(Candidate(token, kind, lexeme, [token]))
            elif tag.startswith("NN") and token.i not in carried:
                if token.i in self.actors.mentions and self.actors.mentions[token.i].label != "EVENT":
                    continue
                found_lexeme = self.lexicon.nouns.get(self.lexicon.lemma(token))
                if found_lexeme is None:
                    continue
                noun_lexeme = found_lexeme
                head = token.head if token.dep_ == "compound" else token
                if head is not token and (head.i in carried or self._event_noun(head) is not None):
                    continue
                if self._irrealis_noun(head) or self._carrier(head) is not None:
                    continue
                anchors = [head] if head is token else [token, head]
                carrier = self._subject_carrier(head)
                if carrier is not None:
                    anchors.append(carrier)
                out.append(Candidate(token, noun_lexeme.type, noun_lexeme, anchors))
        return out

    def _event_noun(self, token: Any) -> Any:
        if token is None or not token.tag_.startswith("NN"):
            return None
        if token.i in self.actors.mentions:
            return None
        if self.lexicon.lemma(token) in self.lexicon.nouns:
            return token
        compound = next(
            (c for c in token.children if c.dep_ == "compound" and self.lexicon.lemma(c) in self.lexicon.nouns), None
        )
        return compound

    def _carrier(self, noun: Any) -> Any:
        """The light verb whose object this noun is, if any (it then came out with the verb)."""
        if noun.dep_ == "dobj" and noun.head.tag_.startswith("VB"):
            verb = noun.head
            lemma = self.lexicon.lemma(verb)
            if lemma in self.lexicon.light_verbs or lemma not in self.lexicon.verbs:
                return verb
        return None

    def _subject_carrier(self, noun: Any) -> Any:
        """ "The report came hours after ...": a verb that says nothing but when its subject event was."""
        if noun.dep_ == "nsubj" and noun.head.tag_.startswith("VB"):
            verb = noun.head
            if self.lexicon.lemma(verb) not in self.lexicon.verbs:
                return verb
        return None

    def _object_lemma(self, dobj: Any) -> str | None:
        if dobj is None:
            return None
        of = next((c for c in dobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        quantities = ("dozen", "hundred", "thousand", "number", "wave", "barrage", "swarm")
        if of is not None and self.lexicon.lemma(dobj) in quantities:
            pobj = _child(of, "pobj")
            if pobj is not None:
                return self.lexicon.lemma(pobj)
        return self.lexicon.lemma(dobj)

    def _irrealis(self, verb: Any) -> bool:
        current = verb
        for _ in range(4):
            for child in current.children:
                if child.dep_ == "neg":
                    return True
                if child.dep_ == "aux" and (child.lower_ in MODALS or (child.tag_ == "TO" and current.dep_ != "xcomp")):
                    return True  # an infinitive complement is decided by its governor, below
                if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                    return True
            if verb.dep_ in ("amod",) or (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG")):
                return True
            # the subject and tense of "and discussed" are its first conjunct's, unless it has its own
            # ("has not yet mentioned why, but said ...")
            if current.dep_ == "conj" and current.head.tag_.startswith("VB") and current.tag_ in ("VB", "VBG"):
                current = current.head
                continue
            if current.dep_ == "xcomp":
                governor = current.head
                return (
                    not governor.tag_.startswith("VB")
                    or self.lexicon.lemma(governor) in self.lexicon.irrealis_governors
                    or self._irrealis(governor)
                )
            if current.dep_ == "pcomp" and current.head.lower_ == "without":
                return True
            break
        return False

    def _irrealis_noun(self, noun: Any) -> bool:
        for child in noun.children:
            if child.dep_ == "det" and child.lower_ in IRREALIS_DETS:
                return True
            if child.dep_ == "amod" and child.lower_ in IRREALIS_ADJECTIVES:
                return True
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "for"
            and noun.head.head.tag_.startswith("VB")
            and self.lexicon.lemma(noun.head.head) in self.lexicon.irrealis_governors - {"be", "have", "use", "make"}
        ):
            return True  # "slated for a release on June 24": planned, not happened
        carrier = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        return carrier is not None and carrier.tag_.startswith("VB") and self._irrealis(carrier)

    # -- arguments -----------------------------------------------------------------------------------------
    def _arguments(self, candidate: Candidate) -> None:
        seen: set[str] = set()

        def add(actor: ActorRef | None, role: str) -> None:
            if actor is not None and actor.name not in seen:
                seen.add(actor.name)
                candidate.participants.append((actor, role))

        kind = candidate.type
        object_role = (
            "target"
            if kind in FORCE_TYPES or kind in ("legal", "disapproval", "threat", "demand")
            else ("recipient" if kind in ADDRESS_TYPES else "subject")
        )
        subject_role = "agent"
        verbs = [a for a in candidate.anchors if a.tag_.startswith("VB")]
        if any(self.lexicon.lemma(a) in self.lexicon.patient_verbs for a in verbs):
            subject_role = "target"  # "survived an assassination attempt"
        for anchor in candidate.anchors:
            if (
                anchor.tag_.startswith("VB")
                and not candidate.trigger.tag_.startswith("VB")
                and any(c in candidate.anchors for c in anchor.children if c.dep_ == "nsubj")
            ):
                continue
            if anchor.tag_.startswith("VB"):
                for subject in self._subjects(anchor):
                    for actor in self._actors_at(subject, speaker=True):
                        add(actor, subject_role)
                passive = _child(anchor, "auxpass") is not None
                for child in anchor.children:
                    dep = child.dep_
                    if dep == "agent":
                        for pobj in _children(child, "pobj"):
                            for actor in self._actors_at(pobj, speaker=True):
                                add(actor, "agent")
                    elif dep in ("nsubjpass",) and passive:
                        for actor in self._actors_at(child, speaker=kind in ADDRESS_TYPES):
                            add(actor, object_role if kind != "product-launch" else "subject")
                    elif dep in ("dobj", "dative") and child is not candidate.trigger:
                        for actor in self._object_actors(child, addressee=kind in ADDRESS_TYPES):
                            add(actor, object_role if dep == "dobj" else "recipient")
                    elif dep == "prep":
                        self._prepositional(child, kind, add)
                if candidate.lexeme.reporting or kind == "statement":
                    for actor in self._reported(anchor):
                        add(actor, "subject")
            else:
                for child in anchor.children:
                    modifier = self.actors.mention_at(child)
                    if child.dep_ == "compound" and modifier is not None and self._is_location(modifier):
                        continue  # "a U.S. release": where, not who
                    if child.dep_ in ("poss", "compound") and child is not candidate.trigger:
                        for actor in self._actors_at(child, speaker=True):
                            add(
                                actor,
                                "agent" if child.dep_ == "poss" or kind in ("statement", "election") else "participant",
                            )
                    elif child.dep_ == "prep":
                        preposition = child.lower_
                        if preposition == "of":
                            for pobj in _children(child, "pobj"):
                                for actor in self._actors_at(pobj, speaker=False):
                                    add(actor, "target" if kind in FORCE_TYPES else "subject")
                        elif preposition == "by":
                            for pobj in _children(child, "pobj"):
                                for actor in self._actors_at(pobj, speaker=True):
                                    add(actor, "agent")
                        else:
                            self._prepositional(child, kind, add)
        if not candidate.participants and not candidate.trigger.tag_.startswith("VB"):
            for subject in self._governing_subjects(candidate.anchors[-1]):
                for actor in self._actors_at(subject, speaker=True):
                    add(actor, "participant")
        # places
        for place in self._places(candidate):
            if place.name not in {p.name for p in candidate.places}:
                candidate.places.append(place)
        if kind in FORCE_TYPES:
            for actor, role in candidate.participants:
                if role == "target" and actor.kind == "country":
                    country = self.gazetteer.country(actor.name)
                    if country is not None and country.name not in {p.name for p in candidate.places}:
                        candidate.places.append(country)

    def _prepositional(self, prep: Any, kind: str, add: Any) -> None:
        preposition = prep.lower_
        role = None
        if preposition in ("with", "between"):
            role = "recipient" if kind in ("communication",) else "participant"
        elif preposition == "to" and kind in ADDRESS_TYPES:
            role = "recipient"
        elif preposition in ("against",) or (preposition in ("at", "on") and kind in FORCE_TYPES):
            role = "target"
        if role is None:
            return
        for pobj in _children(prep, "pobj"):
            for actor in self._actors_at(pobj, speaker=role != "target" or kind not in FORCE_TYPES):
                add(actor, role)

    def _subjects(self, verb: Any) -> list[Any]:
        current = verb
        for _ in range(6):
            subjects = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
            if subjects:
                # "Trump ally Bryan Lanza told": two subject heads, keep the named ones
                return subjects
            passive_subject = _child(current, "nsubjpass")
            if passive_subject is not None:
                # "Apple was started by Jobs in 1976, and launched the store in 2003": the conjunct's subject
                return [] if current is verb else [passive_subject]
            if current.dep_ == "acl" and current.head.tag_.startswith("NN"):
                return [current.head]  # "Jobs, born in San Francisco on February 24, 1955, ..."
            if current.dep_ == "xcomp" and _child(current.head, "dobj") is not None:
                return [_child(current.head, "dobj")]  # object control: "prompting Apple Corps to file suit"
            if current.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl") or (
                current.dep_ == "pobj" and current.head.dep_ == "prep"
            ):
                through_preposition = current.dep_ == "pcomp" and current.head.lower_ in ("in", "for", "of")
                current = current.head
                while current.dep_ in ("prep", "pobj", "npadvmod", "pcomp") and not current.tag_.startswith("VB"):
                    current = current.head
                if through_preposition and current.tag_.startswith("VB"):
                    # object control: "praised X for surviving", "praised X's courage in surviving"
                    dobj = _child(current, "dobj")
                    if dobj is not None:
                        if self._actor_at(dobj, speaker=True) is not None:
                            return [dobj]
                        possessor = _child(dobj, "poss")
                        if possessor is not None:
                            return [possessor]
                continue
            if current.dep_ == "prep":
                current = current.head
                continue
            break
        return []

    def _governing_subjects(self, token: Any) -> list[Any]:
        """Subjects of the clause chain an argument-less event noun sits in (captions, "ahead of the election")."""
        found: list[Any] = []
        current = token
        for _ in range(10):
            if current.dep_ == "ROOT" or current.head is current:
                found += [c for c in current.children if c.dep_ == "nsubj"]
                break
            if current.dep_ in ("ccomp", "relcl"):
                break
            current = current.head
            if current.tag_.startswith("VB"):
                found += [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        return found

    def _reported(self, verb: Any) -> list[ActorRef]:
        """Who a statement is about: the named people, organisations and products of its complement."""
        out: list[ActorRef] = []
        for child in verb.children:
            if child.dep_ not in ("ccomp", "xcomp"):
                continue
            for token in child.subtree:
                mention = self.actors.mention_at(token)
                if mention is None or token.i != mention.start:
                    continue
                if mention.label == "NORP":
                    continue
                head = self.doc[mention.start : mention.end].root
                argument = head.dep_ in ("nsubj", "nsubjpass", "dobj")
                if self._is_location(mention) and not argument:
                    continue
                actor = self._resolve_mention(mention, speaker=argument)
                if actor is not None:
                    out.append(actor)
        return out

    def _object_actors(self, token: Any, addressee: bool) -> list[ActorRef]:
        found = self._actors_at(token, speaker=addressee)
        if found:
            return found
        # "dozens of drones targeting X", "the town of X": look one step further
        for child in token.children:
            if child.dep_ == "appos":
                found += self._actors_at(child, speaker=addressee)
        return found

    def _actors_at(self, token: Any, speaker: bool) -> list[ActorRef]:
        """The actors a noun phrase names: an entity, a pronoun, "the president-elect", "Russian forces";
        with its conjuncts ("Trump and Putin")."""
        out: list[ActorRef] = []
        for head in [token, *[c for c in token.children if c.dep_ == "conj"]]:
            actor = self._actor_at(head, speaker)
            if actor is not None:
                out.append(actor)
        return out

    def _actor_at(self, token: Any, speaker: bool) -> ActorRef | None:
        mention = self.actors.mention_at(token)
        if mention is None:
            # "Trump ally Bryan Lanza": the head noun "ally" with the name as a compound or apposition
            for child in token.children:
                if child.dep_ in ("appos",) and self.actors.mention_at(child) is not None:
                    mention = self.actors.mention_at(child)
                    break
        if mention is None and token.lower_ in self.lexicon.titles - self.lexicon.relational_titles:
            # "Apple CEO Steve Jobs ...", "the company CEO, Steve Jobs": the title's person
            for child in token.children:
                found = self.actors.mention_at(child) if child.dep_ in ("compound", "appos", "conj") else None
                if found is not None and found.label == "PERSON":
                    mention = found
                    break
        if mention is None and token.tag_.startswith("NN") and token.text[:1].isupper():
            # "Jobs" or "Steve" alone, which the recogniser did not tag: a person the article named in full
            known = self.actors.by_part.get(name_key(token.text)) or self.actors.by_first.get(name_key(token.text))
            if known is not None:
                return known
        if mention is None and token.tag_.startswith("NN") and token.lower_ not in self.lexicon.titles:
            # "iPod players", "the iTunes store": a named product or company modifying a common noun
            for child in token.children:
                found = self.actors.mention_at(child) if child.dep_ == "compound" else None
                if found is not None and found.label in ("ORG", "PRODUCT"):
                    mention = found
        if mention is not None and mention.label == "PRODUCT" and mention.end - mention.start == 1:
            # "the 3G iPhone" is the iPhone 3G, when that product is known
            variant = "".join(c.text for c in token.children if c.dep_ in ("compound", "nummod") and c.i < token.i)
            model = self.lexicon.known_actor(f"{mention.text} {variant}") if variant else None
            if model is not None:
                return self.actors.actor(model.name, "PRODUCT")
        if mention is not None:
            # "The newest iPhone, iPhone 4": the apposition names the model
            for child in token.children:
                specific = self.actors.mention_at(child) if child.dep_ == "appos" else None
                if specific is not None and specific is not mention and specific.text.startswith(mention.text):
                    mention = specific
                    break
            return self._resolve_mention(mention, speaker)
        lower = token.lower_
        if lower in PRONOUNS_PERSON:
            # "Trump claimed he would ...": the nearest person before it in the sentence, else the last one
            earlier = [m for m in self._sentence_mentions(token) if m.start < token.i and m.label == "PERSON"]
            if earlier:
                return self._resolve_mention(earlier[-1], speaker=True)
            return self.last_person
        if lower in ("we", "our", "us"):
            return self.last_group  # a spokesperson's "we": the organisation last in the news
        if lower in PRONOUNS_GROUP and token.tag_ in ("PRP", "PRP$"):
            # an earlier subject of the same sentence ("Moscow saying that it had captured"), else the last one
            earlier = [
                m
                for m in self._sentence_mentions(token)
                if m.start < token.i
                and m.label in ("ORG", "GPE", "PRODUCT")
                and self.doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass")
            ]
            if earlier:
                return self._resolve_mention(earlier[-1], speaker=True)
            return self.last_thing
        if token.tag_.startswith("NN") and self.lexicon.lemma(token) in ("version", "model", "edition"):
            # "a 3G version of its iPhone" is the iPhone 3G, when that product is known
            modifier = next((c for c in token.children if c.dep_ in ("compound", "nummod", "amod")), None)
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = _child(of, "pobj") if of is not None else None
            product = self._actor_at(pobj, speaker) if pobj is not None else None
            if modifier is not None and product is not None:
                modifier_text = self.doc[modifier.left_edge.i : modifier.i + 1].text.replace(" ", "")
                model = self.lexicon.known_actor(f"{product.name} {modifier_text}")
                if model is not None:
                    return self.actors.actor(model.name, "PRODUCT")
        if token.tag_.startswith("NN"):
            if lower in self.lexicon.group_nouns:
                for child in token.children:
                    if child.dep_ in ("amod", "compound", "poss"):
                        country = self.lexicon.demonyms.get(child.lower_) or self.lexicon.demonyms.get(
                            name_key(child.text)
                        )
                        if country is None and self.gazetteer.country(child.text):
                            country = self.gazetteer.country(child.text).name  # type: ignore[union-attr]
                        if country:
                            return self.actors.remember(ActorRef(country, "country"))
            if any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in token.children):
                phrase = self.doc[token.left_edge.i : token.i + 1].text
                titled = self.actors.by_title(phrase)
                if titled is not None:
                    return titled
                kind = self.lexicon.descriptions.get(self.lexicon.lemma(token))
                if kind is not None:
                    return self.recent.get(kind)
        return None

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

    def _resolve_mention(self, mention: Mention, speaker: bool) -> ActorRef | None:
        if self._is_location(mention) and mention.label == "PERSON":
            mention = Mention(mention.start, mention.end, "GPE", mention.text)
        if mention.label in LOCATION_LABELS:
            country = self.gazetteer.capital_of(mention.text) if speaker else None
            if country is not None and self.lexicon.known_actor(mention.text) is None:
                return self.actors.remember(ActorRef(country, "country", set()))
        if mention.label in LOCATION_LABELS and not speaker and not self.gazetteer.country(mention.text):
            known = self.lexicon.known_actor(mention.text)
            if known is None:
                return None
        if mention.label == "NORP" and not self.lexicon.demonyms.get(name_key(mention.text)):
            return None
        title = self.actors.person_title(mention) if mention.label == "PERSON" else None
        actor = self.actors.actor(mention.text, mention.label, title)
        if actor is not None and actor.kind == "product":
            if mention.start > 0 and self.doc[mention.start - 1].lower_ == "new":
                # "the new iPhone" after "iPhone 4": the model the article is about
                newer = [p for p in self.products if p.name.startswith(actor.name + " ")]
                if newer:
                    return newer[-1]
            self.products.append(actor)
        if actor is not None:
            self.recent[actor.kind] = actor
        return actor

    def _track_salience(self, sentence: Any) -> None:
        for token in sentence:
            mention = self.actors.mention_at(token)
            if mention is not None and token.i == mention.start and not self._is_location(mention):
                self._resolve_mention(mention, speaker=True)  # "the store", "the company" refer to these
        for token in sentence:
            if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ not in PRONOUNS_PERSON | PRONOUNS_GROUP:
                found = self._actors_at(token, speaker=True)
                if not found:
                    continue
                actor = found[0]
                if actor.kind == "person":
                    self.last_person = actor
                elif actor.kind in ("organisation", "country", "group", "product"):
                    self.last_thing = actor
                    if actor.kind != "product":
                        self.last_group = actor

    # -- places --------------------------------------------------------------------------------------------
    def _places(self, candidate: Candidate) -> list[PlaceRef]:
        out: list[PlaceRef] = []
        stack = [(a, 0) for a in candidate.anchors]
        visited: set[int] = set()
        while stack:
            token, depth = stack.pop()
            if token.i in visited or depth > 6:
                continue
            visited.add(token.i)
            for child in token.children:
                dep = child.dep_
                if dep in (
                    "ccomp",
                    "advcl",
                    "relcl",
                    "parataxis",
                    "csubj",
                    "nsubj",
                    "nsubjpass",
                    "agent",
                    "conj",
                    "mark",
                    "punct",
                ):
                    continue
                if child is not candidate.trigger and child.i != token.i and self._is_other_event(child, candidate):
                    continue
                mention = self.actors.mention_at(child)
                if (
                    mention is not None
                    and mention.label in LOCATION_LABELS | {"PERSON"}
                    and child.i == self.doc[mention.start : mention.end].root.i
                ):
                    located = self._located(child, dep, token)
                    if located:
                        place = self._place(mention, child)
                        if place is not None:
                            out.append(place)
                if candidate.type not in FORCE_TYPES and not (
                    (dep == "prep" and token in candidate.anchors) or (dep in ("pobj", "appos") and depth <= 1)
                ):
                    continue  # "discussed the war in Ukraine" happened wherever the talk was, not in Ukraine
                if dep in ("prep", "pobj", "dobj", "appos", "acl", "compound", "npadvmod", "poss", "attr", "oprd"):
                    stack.append((child, depth + 1))
        return out

    def _is_other_event(self, token: Any, candidate: Candidate) -> bool:
        if token in candidate.anchors:
            return False
        if token.tag_.startswith("VB"):
            return self.lexicon.lemma(token) in self.lexicon.verbs
        return False

    def _located(self, token: Any, dep: str, head: Any) -> bool:
        if dep == "pobj":
            return head.lower_ in LOCATIVE_PREPOSITIONS or head.lower_ in ("of", "on", "to", "toward", "towards")
        return dep in ("appos", "dobj", "compound", "poss")

    def _place(self, mention: Mention, token: Any) -> PlaceRef | None:
        name, _ = self.actors.clean(mention.text)
        if not name:
            return None
        alias = self.lexicon.known_actor(name)
        if alias is not None and alias.kind == "country" and self.gazetteer.country(alias.name) is not None:
            name = alias.name  # "U.S." is the United States
        if mention.label == "PERSON" and not self.gazetteer.is_known(name):
            return None
        known = self.gazetteer.resolve(name, self.context_countries)
        if known is None:
            if mention.label not in LOCATION_LABELS:
                return None
            known = PlaceRef(name, self._kind_from_text(token), parent=self._parent_from_text(token))
        else:
            # "Donetsk region": the region named after its city
            if known.kind == "city" and self._next_word(token) in ("region", "oblast", "province", "state"):
                known = PlaceRef(name, "region", parent=known.parent, country_code=known.country_code)
        if known.parent:
            self._parent_ref(known.parent)
        self.place_refs[known.name] = known
        return known

    def _parent_ref(self, name: str) -> None:
        if name not in self.place_refs:
            parent = self.gazetteer.resolve(name, self.context_countries) or PlaceRef(name, "other")
            self.place_refs[name] = parent
            if parent.parent:
                self._parent_ref(parent.parent)

    def _next_word(self, token: Any) -> str:
        following = token.nbor(1) if token.i + 1 < len(self.doc) else None
        return following.lower_ if following is not None else ""

    def _kind_from_text(self, token: Any) -> str:
        # "the town of Voltchenka": the noun it names
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            noun: str = token.head.head.lower_
            if noun in ("town", "village", "city", "region", "settlement", "district", "province"):
                return {"village": "town", "settlement": "town", "district": "region", "province": "region"}.get(
                    noun, noun
                )
        if self._next_word(token) in ("region", "oblast", "province"):
            return "region"
        return "other"

    def _parent_from_text(self, token: Any) -> str | None:
        """ "Voltchenka in Ukraine's eastern Donetsk region": the place the text puts it in."""
        holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "near"):
                for pobj in _children(prep, "pobj"):
                    for candidate in [
                        *[c for c in pobj.children if c.dep_ == "compound"],
                        pobj,
                        *[c for c in pobj.children if c.dep_ == "poss"],
                    ]:
                        mention = self.actors.mention_at(candidate)
                        if mention is not None and mention.label in LOCATION_LABELS:
                            place = self._place(mention, candidate)
                            if place is not None:
                                return place.name
        return None

    # -- dates ---------------------------------------------------------------------------------------------
    def _date(self, candidates: list[Candidate]) -> None:
        anchor_of: dict[int, Candidate] = {}
        for candidate in candidates:
            for token in candidate.anchors:
                anchor_of.setdefault(token.i, candidate)
        owned: dict[int, list[Any]] = {}
        relations: list[tuple[Any, Candidate, Any]] = []
        windows: dict[int, tuple[dt.date, dt.date]] = {}
        for timex in self.timexes:
            span = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if timex.relation in ("after", "before") and timex.type == "DURATION":
                owner = self._owner(span.root, anchor_of)
                if owner is not None:
                    relations.append((timex, owner, span))
                continue
            if timex.earliest is None or timex.latest is None:
                window = _VAGUE_WINDOW.search(timex.text)
                if window and not timex.value[:1].isdigit():
                    days = WINDOW_DAYS[window.group(1).lower()]
                    windows[self.sentence(span.root).start] = (self.published - dt.timedelta(days=days), self.published)
                    owner = self._owner(span.root, anchor_of)
                    if owner is not None:
                        owned.setdefault(id(owner), []).append(
                            _Bounds(self.published - dt.timedelta(days=days), self.published, "unknown", 99)
                        )
                continue
            owner = self._owner(span.root, anchor_of)
            if owner is None:
                continue
            if _FISCAL.match(self.text, timex.end) or _FISCAL_WORD.search(timex.text):
                continue  # "the first quarter of the financial year": a company's calendar, not ours
            distance = min(abs(span.root.i - a.i) for a in owner.anchors)
            earliest, latest, precision = timex.earliest, timex.latest, timex.precision or "day"
            if timex.mod in ("LESS_THAN", "EQUAL_OR_LESS") and latest <= self.published:
                # "less than two weeks ago": since then, not in that week
                latest, precision = self.published, "unknown"
            elif timex.mod in ("MORE_THAN", "EQUAL_OR_MORE") and latest <= self.published:
                owner.set_dates(None, latest, "unknown", "timex")  # "more than a year ago": before then
                owner.dated = False
                continue
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
        # "In a July 16 press conference Jobs said": during a dated event
        for candidate in candidates:
            if not candidate.dated:
                self._during(candidate, anchor_of)
        # "ahead of the November 5 election, Trump claimed": before a dated event, so not today
        for candidate in candidates:
            if not candidate.dated:
                self._prepositional_relation(candidate, anchor_of)
        # what the article says holds now holds on its publication date (or its report's date)
        yesterday = self.published - dt.timedelta(days=1)
        past_sentences = {start for start, day in self._explicit_days() if day < yesterday}
        for candidate in candidates:
            if candidate.dated or not self._present(candidate.verb):
                continue
            if self.sentence(candidate.verb).start in past_sentences:
                continue  # historical present: "Trump (left) listens as Putin speaks ... in July 2018"
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
        for candidate in candidates:
            if not candidate.dated and candidate.latest is None and self._reports_today(candidate, anchor_of):
                speakers = {(candidate.type, a.name) for a, role in candidate.participants if role == "agent"}
                if speakers & dated_speakers:
                    candidate.fallback = self.published  # unless it joins that dated statement
                    continue
                candidate.set_dates(self.published, self.published, "day", "publication")
        for _ in range(3):
            for timex, owner, span in relations:
                self._relate(timex, owner, span, anchor_of)
            for candidate in candidates:
                if not candidate.dated:
                    self._prepositional_relation(candidate, anchor_of)
        for candidate in candidates:
            if candidate.dated or candidate.earliest is not None or candidate.latest is not None:
                continue
            sentence_window = windows.get(self.sentence(candidate.trigger).start)
            latest = self._report_date(candidate, anchor_of) or self.published
            if sentence_window is not None and sentence_window[0] <= latest:
                candidate.set_dates(sentence_window[0], latest, "unknown", "window")
            else:
                candidate.set_dates(None, latest, "unknown", "open")

    def _explicit_days(self) -> list[tuple[int, dt.date]]:
        found = []
        for timex in self.timexes:
            if timex.latest is None or timex.type not in ("DATE", "TIME"):
                continue
            span = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is not None and len(span):
                found.append((self.sentence(span.root).start, timex.latest))
        return found

    def _present(self, verb: Any) -> bool:
        """Present simple or progressive, without perfect or modal auxiliaries."""
        if not verb.tag_.startswith("VB"):
            return False
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ in ("VBZ", "VBP"):
            return not auxiliaries
        if verb.tag_ in ("VBG", "VBN") and auxiliaries:
            return all(a.lower_ in ("is", "are", "am", "'s", "'re", "’s", "’re", "re") for a in auxiliaries)
        return False

    def _owner(self, token: Any, anchor_of: dict[int, Candidate]) -> Candidate | None:
        current = token
        for _ in range(12):
            if current.i in anchor_of:
                return anchor_of[current.i]
            if current.head is current:
                return None
            if (
                current.tag_.startswith("VB")
                and current.dep_ in ("conj", "advcl", "xcomp")
                and (current.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in current.children))
            ):
                # "fought cancer in 2004 and took leave in 2009": the date is the other verb's; but a
                # participle ("..., forcing the closure of airports on November 10") shares the main time
                return None
            if current.dep_ in ("ccomp", "relcl", "parataxis"):
                # "said in September he would ...": a time phrase before the clause's subject is the verb's
                subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                preceding = subject is not None and token.i < subject.i and token.i > current.head.i
                if not (preceding and current.head.i in anchor_of):
                    return None
            current = current.head
        return None

    def _reports_today(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> bool:
        if not candidate.lexeme.reporting:
            return False
        if not any(role == "agent" for _, role in candidate.participants):
            return False
        verb = candidate.verb
        for token in verb.subtree:
            if token.lower_ in self.lexicon.earlier_adverbs and token.head is verb:
                return False
        bounding = BEFORE_WORDS | {"since", "until"}
        if any(c.dep_ == "prep" and c.lower_ in bounding for c in verb.children):
            return False
        if any(
            c.dep_ == "mark" and c.lower_ in AFTER_WORDS | BEFORE_WORDS | {"since", "until", "when"}
            for c in verb.children
        ):
            return False
        if (
            verb.tag_ == "VBN"
            and _child(verb, "aux") is not None
            and any(a.lower_ == "had" for a in verb.children if a.dep_ == "aux")
        ):
            return False
        return self._report_date(candidate, anchor_of) is None and not self._embedded(verb)

    def _embedded(self, verb: Any) -> bool:
        current = verb
        for _ in range(8):
            if current.head is current:
                return False
            if current.dep_ in ("ccomp", "relcl", "advcl", "xcomp", "pcomp", "acl"):
                return True
            current = current.head
        return False

    def _report_date(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> dt.date | None:
        """The latest date of the reporting event whose complement holds this event, if it is dated."""
        current = candidate.verb
        for _ in range(8):
            if current.head is current:
                return None
            if current.dep_ == "ccomp" and current.head.i in anchor_of:
                reporter = anchor_of[current.head.i]
                if reporter.dated and reporter.type == "statement":
                    return reporter.latest
            current = current.head
        return None

    def _relate(self, timex: Any, owner: Candidate, span: Any, anchor_of: dict[int, Candidate]) -> None:
        """ "a day after speaking with X": the event after "after" came one day before the owner."""
        if not owner.dated:
            return
        word = (
            span[-1]
            if span[-1].lower_ in AFTER_WORDS | BEFORE_WORDS
            else (span.doc[span.end] if span.end < len(span.doc) else None)
        )
        if word is None:
            return
        dependent = None
        for child in word.children:
            if child.dep_ in ("pcomp", "pobj") and child.i in anchor_of:
                dependent = anchor_of[child.i]
        if dependent is None:
            for token in span.doc[span.end : min(len(span.doc), span.end + 6)]:
                if (
                    token.dep_ in ("advcl", "pcomp")
                    and token.i in anchor_of
                    and any(c.i == word.i for c in token.children)
                ):
                    dependent = anchor_of[token.i]
                    break
        if dependent is None or dependent.dated or dependent is owner:
            return
        shift = _duration(timex.value)
        if shift is None:
            return
        days, exact, precision = shift
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

    def _during(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        for anchor in candidate.anchors:
            for child in anchor.children:
                if child.dep_ != "prep" or child.lower_ not in ("in", "at", "during", "on"):
                    continue
                for pobj in _children(child, "pobj"):
                    other = anchor_of.get(pobj.i)
                    if other is not None and other is not candidate and other.dated and other.basis == "timex":
                        candidate.set_dates(other.earliest, other.latest, other.precision, "relation")
                        return

    def _prepositional_relation(self, candidate: Candidate, anchor_of: dict[int, Candidate]) -> None:
        """ "ahead of the election", "before congratulating him on November 7", "on the campaign trail
        ahead of the November 5 election"."""
        verb = candidate.verb
        modifiers = [c for c in verb.children if c.dep_ in ("prep", "advmod")]
        for prep in list(modifiers):
            for pobj in _children(prep, "pobj"):
                modifiers += [c for c in pobj.children if c.dep_ in ("prep", "advmod") and c.lower_ in BEFORE_WORDS]
        for child in modifiers:
            word = child.lower_
            target = child
            if word in ("ahead", "prior"):
                target = next((c for c in child.children if c.dep_ == "prep"), child)
            other = None
            for grandchild in target.children:
                if grandchild.dep_ in ("pobj", "pcomp") and grandchild.i in anchor_of:
                    other = anchor_of[grandchild.i]
            if other is None or other is candidate or not other.dated:
                continue
            if word in BEFORE_WORDS and other.latest is not None:
                candidate.set_dates(None, other.latest, "unknown", "relation")
                candidate.dated = False
                return


@dataclass
class _Bounds:
    earliest: dt.date
    latest: dt.date
    precision: str
    distance: int = 0  # tokens from the trigger


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


def _child(token: Any, dep: str) -> Any:
    return next((c for c in token.children if c.dep_ == dep), None)


def _children(token: Any, dep: str) -> list[Any]:
    return [c for c in token.children if c.dep_ == dep]


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
