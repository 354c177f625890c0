"""The extractor's data files: event triggers and actor aliases, plus the user's own additions.

Both files live beside this module (``lexicon/triggers.yaml`` and ``lexicon/aliases.yaml``).  Users
extend them without touching the package: every file named in ``$TIMELINEKG_ALIASES`` (separated by
the OS path separator) and ``~/.config/timelinekg/aliases.yaml`` is read after the packaged one, in
that order, and may hold the same sections as either packaged file (``actors``, ``titles``,
``demonyms``, ``group_nouns``, ``verbs``, ``nouns``, ``light_verbs``).  Later files win.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Container, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from timelinekg.errors import ValidationError
from timelinekg.nlp.extract.nlp import children_of
from timelinekg.schema.event_types import BY_CODE
from timelinekg.schema.identity import name_key

HERE = Path(__file__).parent / "lexicon"
USER_FILE = Path("~/.config/timelinekg/aliases.yaml")
ENV_VARIABLE = "TIMELINEKG_ALIASES"
# the prefixes English makes verbs with from irregular ones ("uphold", "withdraw", "overrun", "undertake", "rebuild")
VERB_PREFIXES = ("up", "with", "over", "under", "out", "re", "fore", "mis", "be")
LEMMAS_KEPT = 100_000  # (word, tag) pairs whose lemma is kept: a day of news has far fewer


@dataclass(frozen=True)
class Trigger:
    type: str
    reporting: bool = False
    by_object: tuple[tuple[str, str], ...] = ()
    by_preposition: tuple[tuple[str, str], ...] = ()
    by_subject: tuple[tuple[str, str], ...] = ()  # "the airport closed" is not "the shares closed"
    by_particle: tuple[tuple[str, str], ...] = ()  # "struck down the law" is a ruling, not an attack
    # a noun's sense told by a word its sentence names: "the rally restarted with a stage from Atar" is a race
    by_sentence: tuple[tuple[str, str], ...] = ()
    without_object: str | None = None  # "thousands demonstrated" (no object) is a protest
    needs_object: bool = False
    needs_complement: bool = False
    passive_only: bool = False
    state: bool = False
    learned: bool = False  # from the annotated news (learned_triggers.tsv): an event only when the text dates it
    with_complement: str | None = None  # the type when it takes a complement ("called it a leap")
    needs_particle: bool = False  # an event only with one of its particles ("stepped down", not "stepped")
    needs_listed_object: bool = False  # an event only with one of its by_object words ("took control", not "took")
    # an event only when done by one of its by_subject words: "coast guards boarded the trawler" seized it, where
    # "passengers boarded the ferry" only travelled
    needs_listed_subject: bool = False
    # a support pair that holds only of listed subjects ("the dam gave way", "the convoy reached"): the subject
    # names the event's thing, so it is news though no actor takes part
    stands_alone: bool = False
    # a change of an amount ("shares jumped", "prices rose"): no event when people are what moved ("the senators
    # rose", "passengers jumped into the river")
    amount_moves: bool = False
    # leaving or joining a body one belongs to: an event only when the object is an organisation or one of its
    # by_object words ("left the cabinet", "joined Siemens"), not a place, a vehicle or people ("left the port")
    needs_member_object: bool = False

    def type_in_context(self, subject: str | None, particle: str | None, has_object: bool) -> str | None:
        """The type its subject or particle decides, if they do ("the court struck down", "shares closed")."""
        for word, code in self.by_particle:
            if word == particle:
                return code
        for word, code in self.by_subject:
            if word == subject:
                return code
        if not has_object and self.without_object:
            return self.without_object
        return None

    def type_for_object(self, lemma: str | None) -> str:
        if lemma is not None:
            for word, code in self.by_object:
                if word == lemma:
                    return code
        return self.type


@dataclass(frozen=True)
class KnownActor:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass
class Lexicon:
    verbs: dict[str, Trigger] = field(default_factory=dict)
    nouns: dict[str, Trigger] = field(default_factory=dict)
    light_verbs: set[str] = field(default_factory=set)
    # nouns that name an event only as the object of some verbs ("took control", not "lost control")
    light_objects: dict[str, dict[str, str]] = field(default_factory=dict)
    # support constructions: (verb with its particle, object noun or "into orbit") -> type ("hiked duties")
    support: dict[tuple[str, str], str] = field(default_factory=dict)
    # support pairs that hold only of these subjects ("the dam gave way", not "fears gave way to relief"), each with
    # the type it gives its pair, when rows bind one pair to subjects of different kinds ("a convoy reached the town"
    # is a delivery, "the slick reached the coast" a disaster)
    support_subjects: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    # support pairs a row lists with no subjects: they hold of any doer, and a row binding them to subjects only
    # retypes them for those ("the government declared an emergency" restricts people, "the crew declared an
    # emergency" is a flight in trouble)
    support_open: set[tuple[str, str]] = field(default_factory=set)
    # support pairs that are news with no doer named, when the text dates or places them ("the herd was culled")
    support_alone: set[tuple[str, str]] = field(default_factory=set)
    # support pairs whose object holds only bare or someone's ("from office", "of his post"), not with an article
    # ("from the office" is a room)
    support_bare: set[tuple[str, str]] = field(default_factory=set)
    # verbs (with their particle) whose object, when it names an act, is the event ("staged a march",
    # "handed down a sentence"), and those whose any deverbal object is one ("carried out a devaluation")
    event_object_verbs: set[str] = field(default_factory=set)
    deverbal_object_verbs: set[str] = field(default_factory=set)
    # nouns annotated as events in news (learned_event_nouns.tsv): events only as such an object
    learned_nouns: set[str] = field(default_factory=set)
    # verbs annotated as events in news nearly every time they occur (learned_triggers.tsv), whatever the hand
    # rows say of them: an event when the text dates it, where a hand row's conditions do not hold ("filed for
    # receivership" has no object a "file" row asks for) or where a general verb acts on people ("reached the men")
    learned_verbs: set[str] = field(default_factory=set)
    earlier_adverbs: set[str] = field(default_factory=set)
    # "has repeatedly denied", "have long argued": a stance held over time, not one occasion
    habitual_adverbs: set[str] = field(default_factory=set)
    patient_verbs: set[str] = field(default_factory=set)
    regarding_verbs: set[str] = field(default_factory=set)
    irrealis_governors: set[str] = field(default_factory=set)
    schedule_governors: set[str] = field(default_factory=set)
    # "wants an election", "demanded a recount", "called for a strike": what is wished is not what happened
    wish_governors: set[str] = field(default_factory=set)
    wish_for_governors: set[str] = field(default_factory=set)
    states: dict[str, Trigger] = field(default_factory=dict)
    # "hail ruined the crop": verbs of destruction whose subject, a force of nature, makes them a disaster, and
    # those that destroy only with "away" ("floods washed away the bridge")
    destruction_verbs: set[str] = field(default_factory=set)
    sweeping_verbs: set[str] = field(default_factory=set)
    descriptions: dict[str, str] = field(default_factory=dict)  # head noun -> actor kind
    # measures on trade (triggers.yaml, trade_measures): the verbs that restrict it, what is traded, the papers trade
    # runs on, and the measures as nouns ("the export ban")
    trade_restricting: set[str] = field(default_factory=set)
    traded: set[str] = field(default_factory=set)
    trade_papers: set[str] = field(default_factory=set)
    trade_measures: set[str] = field(default_factory=set)
    traders: set[str] = field(default_factory=set)  # firms whose own trade halted is their business
    trade_taking: set[str] = field(default_factory=set)  # verbs that put a measure in place ("announced", "imposed")
    # the issue of trade's papers as a noun ("the registration of"); verbs of selling, which a state body that stops
    # them restricts trade with; what a firm halts its trade on when the halt is the state's measure ("orders")
    trade_issuing: set[str] = field(default_factory=set)
    trade_selling: set[str] = field(default_factory=set)
    trade_orders: set[str] = field(default_factory=set)
    irregular: dict[str, str] = field(default_factory=dict)  # "said" -> "say"
    _verb_forms: dict[str, str] = field(default_factory=dict)
    _known_verbs: frozenset[str] = frozenset()  # every verb lemma the lexicon names, for prefixed irregular forms
    _surnames: dict[str, KnownActor] = field(default_factory=dict)
    _noun_forms: dict[str, str] = field(default_factory=dict)
    _lemmas: dict[tuple[int, int], str] = field(default_factory=dict)  # (word id, tag id) -> lemma

    @cached_property
    def support_phrases(self) -> frozenset[str]:
        """The verbs (with their particles) of the support rows: only they can make a support pair."""
        return frozenset(verb for verb, _ in self.support)

    @cached_property
    def one_word_support_verbs(self) -> frozenset[str]:
        """The one-word verbs of the support rows ("dissolve" of "dissolved parliament"), for nouns made from them."""
        return frozenset(verb for verb in self.support_phrases if " " not in verb)

    @cached_property
    def protest_subjects(self) -> frozenset[str]:
        """Who a verb's row makes a protest when they do it ("workers", "nurses" of "strike"): people who act as a
        side of their own, also against the body they work for."""
        return frozenset(
            word for trigger in self.verbs.values() for word, kind in trigger.by_subject if kind == "protest"
        )

    @cached_property
    def people_phrases(self) -> frozenset[str]:
        """The support verbs whose rows take any noun naming people ("@people") for object."""
        return frozenset(verb for verb, noun in self.support if noun == "@people")

    def phrasal_sense(self, verb: Any) -> str | None:
        """The listed verb that WordNet says the verb with its particle means ("called off" -> "cancel", "fell in"
        -> "collapse"), when the verb's own hand row would read it in the bare verb's sense (a call) and names no
        type for that particle; or None.  A verb with no hand row is left as it was: the rows of the one-word
        verbs are written for their news senses ("advance" of troops, "expel" of people), which "moved on" or
        "threw out the case" do not have."""
        particle = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), None)
        if particle is None:
            return None
        lemma = self.lemma(verb)
        row = self.verbs.get(lemma)
        if row is None or row.learned or any(word == particle for word, _ in row.by_particle):
            return None
        synonym = self.phrasal_verbs.get(f"{lemma} {particle}")
        return synonym if synonym != lemma else None

    def lemma(self, token: Any) -> str:
        """The dictionary form of a token, as far as the lexicon cares: its own verbs' and nouns'
        inflections map to them, other words stay as they are (lower-cased)."""
        # asked about the same tokens again and again, and spaCy decodes a token's strings anew on each access: the
        # answer is kept by the ids of the word and its tag
        key = (token.lower, token.tag)
        found = self._lemmas.get(key)
        if found is None:
            if len(self._lemmas) >= LEMMAS_KEPT:
                self._lemmas.clear()
            found = self._lemmas[key] = self._lemma(str(token.lower_), token.tag_)
        return found

    def verb_trigger(self, token: Any) -> Trigger | None:
        """The lexicon's entry for the verb ``token`` is a form of, if it lists that verb."""
        return self.verbs.get(self.lemma(token))

    def reporting_verb(self, token: Any) -> bool:
        """Whether ``token`` is a form of a verb of saying the lexicon lists ("said", "told", "announced")."""
        trigger = self.verb_trigger(token)
        return trigger is not None and trigger.reporting

    def _lemma(self, word: str, tag: str) -> str:
        if tag in ("VBD", "VBN") and word in PAST_HOMOGRAPHS:
            return PAST_HOMOGRAPHS[word]
        if tag.startswith("VB"):
            return self.irregular.get(word) or self._verb_forms.get(word) or self._prefixed_irregular(word) or word
        if tag.startswith("NN"):
            return self._noun_forms.get(word) or self._hyphenless_noun(word) or word
        return word

    def _prefixed_irregular(self, word: str) -> str | None:
        """ "upheld" is "uphold", "withdrew" "withdraw", "overran" "overrun": an irregular form after a verb prefix is
        the prefixed verb, when the lexicon knows that verb."""
        for prefix in VERB_PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix) + 2:
                base = self.irregular.get(word[len(prefix) :])
                if base is not None and prefix + base in self._known_verbs:
                    return prefix + base
        return None

    def _hyphenless_noun(self, word: str) -> str | None:
        """ "walk-out" is the lexicon's "walkout", "stand-offs" its "standoff"."""
        return self._noun_forms.get(word.replace("-", "")) if "-" in word else None

    def event_noun_lemma(self, word: str) -> str | None:
        """The event noun a word written with a hyphen is a form of ("pile-ups", "walk-out"), or None."""
        lemma = self._noun_forms.get(word) or self._hyphenless_noun(word)
        return lemma if lemma in self.nouns or lemma in self.learned_nouns else None

    def index_forms(self) -> None:
        """Derive the regular inflections of every word the lexicon lists (found -> founded, ship -> shipped)."""
        self._lemmas.clear()  # lemmas found before are kept no longer
        verbs = {
            *self.verbs,
            *self.states,
            *self.light_verbs,
            *self.patient_verbs,
            *self.regarding_verbs,
            *self.irrealis_governors,
            *self.schedule_governors,
            *self.wish_governors,
            *self.wish_for_governors,
            *self.destruction_verbs,
            *self.sweeping_verbs,
            *self.irregular.values(),
            *(verb.split()[0] for verb, _ in self.support),
            *(verb.split()[0] for verb in self.event_object_verbs),
        }
        self._known_verbs = frozenset(verbs)
        for lemma in sorted(verbs):
            for form in _verb_inflections(lemma):
                self._verb_forms.setdefault(form, lemma)
        nouns = {
            *self.nouns,
            *self.descriptions,
            *self.group_nouns,
            *self.unnamed_actors,
            *self.learned_actor_nouns,
            "version",
            "model",
            "edition",
            *COUNTING_NOUNS,
            "drone",
            "missile",
            "rocket",
        }
        nouns.update(noun for _, noun in self.support if " " not in noun)
        nouns.update(self.traded | self.trade_papers | self.trade_measures | self.traders)
        nouns.update(self.learned_nouns)
        for trigger in (*self.verbs.values(), *self.nouns.values()):
            nouns.update(word for word, _ in (*trigger.by_object, *trigger.by_subject))
        for lemma in sorted(nouns):
            for form in _noun_inflections(lemma):
                self._noun_forms.setdefault(form, lemma)

    actors: dict[str, KnownActor] = field(default_factory=dict)  # name_key(alias or name) -> actor
    titles: set[str] = field(default_factory=set)  # lower-case
    # ranks of armed forces and police, lower-case ("staff sergeant"): titles of a person only, since they also
    # begin the names of bodies and places ("Major League", "General Motors"); WordNet's, and the abbreviations
    ranks: set[str] = field(default_factory=set)
    relational_titles: set[str] = field(default_factory=set)
    demonyms: dict[str, str] = field(default_factory=dict)  # name_key(adjective) -> country
    group_nouns: set[str] = field(default_factory=set)
    state_bodies: set[str] = field(default_factory=set)  # "navy", "central bank": a country's own institutions
    # words that tell an accidental explosion from a bombing: sites, causes, weapons, attackers (triggers.yaml)
    blast_clues: dict[str, set[str]] = field(default_factory=dict)
    measure_states: set[str] = field(default_factory=set)  # "held 19 percent": a state only of an amount
    named_heads: set[str] = field(default_factory=set)  # "the Nikkei average", "the iTunes store": a name's own body
    unnamed_actors: dict[str, str] = field(default_factory=dict)  # "police" -> organisation, "farmers" -> group
    not_unnamed_actors: set[str] = field(default_factory=set)  # WordNet's people and bodies news uses otherwise
    bystanders: set[str] = field(default_factory=set)  # "witnesses", "residents": who speak for no one
    bare_unnamed_actors: set[str] = field(default_factory=set)  # "the defence" acts, "air defences" do not
    not_business_heads: set[str] = field(default_factory=set)  # "hospital", "union": no "the company"
    learned_actor_nouns: dict[str, str] = field(default_factory=dict)  # WordNet's: "docker" -> group
    kin_groups: set[str] = field(default_factory=set)  # WordNet's groups of kin: "family", "clan" (also groups above)
    # WordNet's phrasal verbs read as the listed verb of their sense: "call off" -> "cancel", "fall in" -> "collapse"
    phrasal_verbs: dict[str, str] = field(default_factory=dict)
    outlet_words: set[str] = field(default_factory=set)  # words that make an organisation a news outlet
    newsroom_roles: set[str] = field(default_factory=set)  # an outlet's own people: "our correspondent"
    custody_verbs: set[str] = field(default_factory=set)  # "arrest", "detain": taking someone into custody
    arresting_forces: set[str] = field(default_factory=set)  # "police", "gendarmerie": who takes them
    # an act of authority's verb -> the words of the bodies that do it: "ban" -> {"federation", "court", ...}
    authority_bodies: dict[str, set[str]] = field(default_factory=dict)
    representative_words: set[str] = field(default_factory=set)  # "strike" of "the strike committee"
    stand_alone: set[str] = field(default_factory=set)  # verbs that are news without an actor

    def actor_noun_kind(self, word: str) -> str | None:
        """The kind of actor a common noun names ("police" -> organisation, "docker" -> group), from the hand table
        first, then WordNet's learned one; None for a noun that names no one."""
        return self.unnamed_actors.get(word) or self.learned_actor_nouns.get(word)

    def known_actor(self, name: str) -> KnownActor | None:
        return self.actors.get(name_key(name))

    def known_surname(self, name: str) -> KnownActor | None:
        """The one known person with this surname ("Zelenskiy" alone, in an article that never names him
        in full), so that articles agree on the actor; None when no one or several are."""
        if not self._surnames:
            counts: dict[str, list[KnownActor]] = {}
            for actor in {a.name: a for a in self.actors.values() if a.kind == "person"}.values():
                counts.setdefault(name_key(actor.name.split()[-1]), []).append(actor)
            self._surnames.update({k: v[0] for k, v in counts.items() if len(v) == 1})
        return self._surnames.get(name_key(name))


_VOWELS = set("aeiou")


def _verb_inflections(lemma: str) -> list[str]:
    forms = [lemma]
    if lemma.endswith("e"):
        forms += [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms += [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms += [lemma + "es", lemma + "ed", lemma + "ing"]
    else:
        forms += [lemma + "s", lemma + "ed", lemma + "ing"]
        if (
            len(lemma) > 2
            and lemma[-1] not in _VOWELS | {"w", "x", "y"}
            and lemma[-2] in _VOWELS
            and (lemma[-3] not in _VOWELS or lemma[-4:-2] == "qu")  # "qu" is a consonant: acquit -> acquitted
        ):
            forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]  # ship -> shipped, shipping
    return forms


def _noun_inflections(lemma: str) -> list[str]:
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return [lemma, lemma[:-1] + "ies"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es"]
    return [lemma, lemma + "s"]


_TYPE_MAPS = ("by_object", "by_preposition", "by_subject", "by_particle", "by_sentence")


def _trigger(entry: Any, where: str) -> Trigger:
    if isinstance(entry, str):
        entry = {"type": entry}
    if not isinstance(entry, dict) or "type" not in entry:
        raise ValidationError(f"a trigger needs a type, got {entry!r}", path=where)
    for key in _TYPE_MAPS:
        for word in entry.get(key) or {}:
            if isinstance(word, bool):  # YAML 1.1 reads a bare on/off/yes/no as a boolean
                raise ValidationError(f"quote the word {word!r} under {key} (a bare on/off/yes/no)", path=where)
    codes = [
        entry["type"],
        *[code for key in _TYPE_MAPS for code in (entry.get(key) or {}).values()],
        *([entry["without_object"]] if entry.get("without_object") else []),
    ]
    for code in codes:
        if code not in BY_CODE:
            raise ValidationError(f"unknown event type {code!r} in the trigger lexicon", path=where)
    return Trigger(
        type=entry["type"],
        reporting=bool(entry.get("reporting")),
        by_object=tuple((str(k), str(v)) for k, v in (entry.get("by_object") or {}).items()),
        by_preposition=tuple((str(k), str(v)) for k, v in (entry.get("by_preposition") or {}).items()),
        by_subject=tuple((str(k), str(v)) for k, v in (entry.get("by_subject") or {}).items()),
        by_particle=tuple((str(k), str(v)) for k, v in (entry.get("by_particle") or {}).items()),
        by_sentence=tuple((str(k), str(v)) for k, v in (entry.get("by_sentence") or {}).items()),
        without_object=entry.get("without_object"),
        needs_object=bool(entry.get("needs_object")),
        needs_complement=bool(entry.get("needs_complement")),
        passive_only=bool(entry.get("passive_only")),
        with_complement=entry.get("with_complement"),
        needs_particle=bool(entry.get("needs_particle")),
        needs_listed_object=bool(entry.get("needs_listed_object")),
        needs_listed_subject=bool(entry.get("needs_listed_subject")),
        stands_alone=bool(entry.get("stands_alone")),  # news with no doer when dated or placed (a bank run)
        amount_moves=bool(entry.get("amount_moves")),
        needs_member_object=bool(entry.get("needs_member_object")),
    )


def _merge_support(lexicon: Lexicon, rows: dict[str, Any], where: str) -> None:
    """Each row crosses a class of support verbs with a class of object nouns: every pair names an event."""
    for name, row in rows.items():
        code = str((row or {}).get("type"))
        if code not in BY_CODE:
            raise ValidationError(f"unknown event type {code!r} in support row {name!r}", path=where)
        for verb in row.get("verbs") or ():
            for noun in row.get("objects") or ():
                pair = (str(verb).lower(), str(noun).lower())
                if not row.get("subjects"):
                    lexicon.support_open.add(pair)
                    lexicon.support[pair] = code
                elif pair not in lexicon.support_open:
                    lexicon.support[pair] = code
                if row.get("subjects"):
                    subjects = {str(s).lower() for s in row["subjects"]}
                    lexicon.support_subjects.setdefault(pair, {}).update(dict.fromkeys(subjects, code))
                if row.get("bare"):
                    lexicon.support_bare.add(pair)
                if row.get("stands_alone"):
                    lexicon.support_alone.add(pair)


def _merge_trade_measures(lexicon: Lexicon, section: dict[str, Any]) -> None:
    """Measures on trade: each restricting verb with each traded thing for object is a restrictive measure
    ("halted exports", "froze new deals"), each easing verb with a measure for object a concession ("lifted the
    ban", "eased the curb"), as support rows are."""
    words = {key: {str(w).lower() for w in section.get(key) or ()} for key in TRADE_MEASURE_KEYS}
    lexicon.trade_restricting.update(words["restricting"])
    lexicon.traded.update(words["traded"])
    lexicon.trade_papers.update(words["papers"])
    lexicon.trade_measures.update(words["measures"])
    lexicon.traders.update(words["traders"])
    lexicon.trade_taking.update(words["taking"])
    lexicon.trade_issuing.update(words["issuing"])
    lexicon.trade_selling.update(words["selling"])
    lexicon.trade_orders.update(words["orders"])
    for verb in words["restricting"]:
        for noun in words["traded"]:
            lexicon.support[(verb, noun)] = TRADE_RESTRICTION
    for verb in words["easing"]:
        for noun in words["measures"]:
            lexicon.support[(verb, noun)] = TRADE_EASING


TRADE_MEASURE_KEYS = (
    "restricting",
    "easing",
    "traded",
    "papers",
    "issuing",
    "selling",
    "measures",
    "traders",
    "taking",
    "orders",
)
# nouns that count what they come with ("a dozen", "a wave of drones"): the thing counted is what is acted on
COUNTING_NOUNS = ("dozen", "hundred", "thousand", "number", "wave", "barrage", "swarm")
TRADE_RESTRICTION = "reduce-relations"  # CAMEO 163: embargo, boycott or sanctions
TRADE_EASING = "yield"  # CAMEO 0863: ease an embargo or sanctions


def _merge(lexicon: Lexicon, data: dict[str, Any], where: str) -> None:
    for lemma, entry in (data.get("verbs") or {}).items():
        lexicon.verbs[str(lemma).lower()] = _trigger(entry, where)
    for lemma, entry in (data.get("nouns") or {}).items():
        lexicon.nouns[str(lemma).lower()] = _trigger(entry, where)
    lexicon.light_verbs.update(str(v).lower() for v in data.get("light_verbs") or ())
    for lemma, by_verb in (data.get("light_objects") or {}).items():
        for verb, code in by_verb.items():
            if code not in BY_CODE:
                raise ValidationError(f"unknown event type {code!r} in the trigger lexicon", path=where)
            lexicon.light_objects.setdefault(str(lemma).lower(), {})[str(verb).lower()] = str(code)
    _merge_support(lexicon, data.get("support") or {}, where)
    _merge_trade_measures(lexicon, data.get("trade_measures") or {})
    lexicon.event_object_verbs.update(str(v).lower() for v in data.get("event_object_verbs") or ())
    lexicon.deverbal_object_verbs.update(str(v).lower() for v in data.get("deverbal_object_verbs") or ())
    lexicon.earlier_adverbs.update(str(v).lower() for v in data.get("earlier_adverbs") or ())
    lexicon.habitual_adverbs.update(str(v).lower() for v in data.get("habitual_adverbs") or ())
    lexicon.patient_verbs.update(str(v).lower() for v in data.get("patient_verbs") or ())
    lexicon.regarding_verbs.update(str(v).lower() for v in data.get("regarding_verbs") or ())
    lexicon.irrealis_governors.update(str(v).lower() for v in data.get("irrealis_governors") or ())
    lexicon.schedule_governors.update(str(v).lower() for v in data.get("schedule_governors") or ())
    lexicon.wish_governors.update(str(v).lower() for v in data.get("wish_governors") or ())
    lexicon.wish_for_governors.update(str(v).lower() for v in data.get("wish_for_governors") or ())
    lexicon.destruction_verbs.update(str(v).lower() for v in data.get("destruction_verbs") or ())
    lexicon.sweeping_verbs.update(str(v).lower() for v in data.get("sweeping_verbs") or ())
    for lemma in data.get("states") or ():
        lexicon.states[str(lemma).lower()] = Trigger(type="other", state=True)
    for noun, kind in (data.get("descriptions") or {}).items():
        lexicon.descriptions[str(noun).lower()] = str(kind)
    for form, lemma in (data.get("irregular") or {}).items():
        lexicon.irregular[str(form).lower()] = str(lemma).lower()
    for name, entry in (data.get("actors") or {}).items():
        entry = entry or {}
        actor = KnownActor(
            name=str(name),
            kind=str(entry.get("kind", "other")),
            aliases=tuple(str(a) for a in entry.get("aliases") or ()),
            wikidata=entry.get("wikidata"),
        )
        for alias in (actor.name, *actor.aliases):
            lexicon.actors[name_key(alias)] = actor
    lexicon.titles.update(str(t).lower() for t in data.get("titles") or ())
    lexicon.relational_titles.update(str(t).lower() for t in data.get("relational_titles") or ())
    lexicon.ranks.update(str(t).lower() for t in data.get("ranks") or ())
    for adjective, country in (data.get("demonyms") or {}).items():
        lexicon.demonyms[name_key(str(adjective))] = str(country)
    lexicon.group_nouns.update(str(n).lower() for n in data.get("group_nouns") or ())
    lexicon.state_bodies.update(str(n).lower() for n in data.get("state_bodies") or ())
    for kind, nouns in (data.get("unnamed_actors") or {}).items():
        for noun in nouns or ():
            lexicon.unnamed_actors[str(noun).lower()] = str(kind)
    lexicon.not_unnamed_actors.update(str(n).lower() for n in data.get("not_unnamed_actors") or ())
    lexicon.bystanders.update(str(n).lower() for n in data.get("bystanders") or ())
    for noun in data.get("bare_unnamed_actors") or ():
        lexicon.bare_unnamed_actors.add(str(noun).lower())
        lexicon.unnamed_actors.setdefault(str(noun).lower(), "organisation")
    lexicon.not_business_heads.update(str(n).lower() for n in data.get("not_business_heads") or ())
    lexicon.outlet_words.update(str(w).lower() for w in data.get("outlet_words") or ())
    lexicon.newsroom_roles.update(str(w).lower() for w in data.get("newsroom_roles") or ())
    lexicon.custody_verbs.update(str(w).lower() for w in data.get("custody_verbs") or ())
    lexicon.arresting_forces.update(str(w).lower() for w in data.get("arresting_forces") or ())
    lexicon.representative_words.update(str(w).lower() for w in data.get("representative_words") or ())
    for act in data.get("authority_acts") or ():
        for verb in act.get("verbs") or ():
            lexicon.authority_bodies.setdefault(str(verb).lower(), set()).update(
                str(w).lower() for w in act.get("bodies") or ()
            )
    lexicon.stand_alone.update(str(w).lower() for w in data.get("stand_alone") or ())
    lexicon.named_heads.update(str(w).lower() for w in data.get("named_heads") or ())
    lexicon.measure_states.update(str(w).lower() for w in data.get("measure_states") or ())
    for clue, words in (data.get("blast_clues") or {}).items():
        lexicon.blast_clues.setdefault(str(clue), set()).update(str(w).lower() for w in words or ())


# past forms spelt like another verb's base: "found" in the past is "find" ("founded" is the past of "found"), so
# "searchers found a grave" is no founding
PAST_HOMOGRAPHS = {"found": "find"}
LEARNED_FILE = "learned_triggers.tsv"
# what the learned list adds: words annotators marked as events this often, and this large a share of the time
LEARNED_MIN_EVENTS = 8
LEARNED_MIN_SHARE = 0.6
# the share of its occurrences a verb must be annotated an event to stand in for a hand row that does not fit
LEARNED_FALLBACK_SHARE = 0.9
# verbs that, whatever their share, tell where news came from or how things are, never an act of their own
LEARNED_NOT_ACTS = {"quote", "become", "express", "allow", "ensure", "assume", "retain", "locate", "mark", "aim"}
# semantically light or general verbs: events in TimeML's sense, too vague for a timeline of their own
LEARNED_STOP = {
    "be",
    "do",
    "get",
    "go",
    "come",
    "become",
    "see",
    "find",
    "keep",
    "put",
    "look",
    "seem",
    "think",
    "know",
    "want",
    "need",
    "give",
    "take",
    "make",
    "use",
    "show",
    "bring",
    "set",
    "turn",
    "work",
    "place",
    "run",
    "play",
    "head",
    "draw",
    "pick",
    "result",
    "involve",
    "require",
    "allow",
    "ensure",
    "mark",
    "back",
    "share",
    "aim",
    "apply",
    "cause",
    "create",
    "change",
    "serve",
    "read",
    "perform",
    "move",
    "stay",
    "wait",
    "lead",
    "reach",
    "provide",
    "receive",
    "express",
    "assume",
    "retain",
    "offset",
    "prove",
    "locate",
    "clear",
    "link",
    "design",
    "develop",
    "support",
    "protect",
    "quote",
}


def _learned_rows(path: Path, what: str) -> Iterator[list[str]]:
    """The tab-separated rows of a file a learning script wrote, without its comment lines."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ValidationError(f"cannot read {what}: {error}", path=str(path)) from None
    return (line.split("\t") for line in lines if line.strip() and not line.startswith("#"))


def _merge_learned(lexicon: Lexicon, path: Path) -> None:
    """Fill the gaps of the hand-written lexicon from the annotated news (scripts/learn_triggers.py): a
    reporting verb it does not list reports a statement (with a complement: "according to" is not one), and
    a word that is an event most of the time it occurs is an event of type ``other`` when the text dates it."""
    # a hand row for the noun does not stand for the verb of an act ("an unauthorised transfer" listed, "the patients
    # were transferred" still learned)
    known_verbs = {
        *lexicon.verbs,
        *lexicon.states,
        *lexicon.light_verbs,
        *lexicon.irrealis_governors,
        *lexicon.patient_verbs,
        *lexicon.regarding_verbs,
        *lexicon.descriptions,
        *lexicon.unnamed_actors,
        *LEARNED_STOP,
    }
    known = known_verbs | set(lexicon.nouns)
    for row in _learned_rows(path, "the learned triggers"):
        lemma, pos, events, _, share, cls = row[:6]
        if (
            pos == "V"
            and cls == "OCCURRENCE"
            and int(events) >= LEARNED_MIN_EVENTS
            and float(share) >= LEARNED_FALLBACK_SHARE
            and lemma not in LEARNED_NOT_ACTS
        ):
            lexicon.learned_verbs.add(lemma)
        listed = lemma in (known_verbs if pos == "V" and cls == "OCCURRENCE" else known)
        if listed or int(events) < LEARNED_MIN_EVENTS or float(share) < LEARNED_MIN_SHARE:
            continue
        table = lexicon.verbs if pos == "V" else lexicon.nouns
        if cls == "REPORTING" and pos == "V":
            table[lemma] = Trigger(type="statement", reporting=True, needs_complement=True, learned=True)
        elif cls == "OCCURRENCE":
            table[lemma] = Trigger(type="other", learned=True)


LEARNED_NOUNS_FILE = "learned_event_nouns.tsv"
# nouns annotators mark as events that are too general to be one on a timeline ("made use of", "made a move")
LEARNED_NOUN_STOP = {
    "use",
    "act",
    "action",
    "effort",
    "change",
    "move",
    "help",
    "start",
    "attempt",
    "handling",
    "involvement",
    "planning",
    "finding",
    "projection",
    "forecast",
    "placement",
    "lighting",
    "drain",
    "call",
    "offer",
    "return",
    "close",
    "buy",
    "shift",
    "spread",
    "stop",
    "race",
    "rain",
    "ploy",
    "initiative",
    "proceeding",
    "discount",
    "discounting",
    "selling",
    "improvement",
    "increase",
    "decline",
    "drop",
    "growth",
    "rise",
    "outflow",
    "erosion",
    "arrangement",
    "creation",
    "introduction",
    "journey",
    "trip",
    "entry",
    "debate",
    "discussion",
    "criticism",
    "cooperation",
    "assistance",
    "violence",
    "tragedy",
    "crisis",
    "conflict",
}


def _merge_learned_nouns(lexicon: Lexicon, path: Path) -> None:
    """The nouns annotators marked as events (scripts/learn_event_nouns.py), less the too general ones."""
    for row in _learned_rows(path, "the learned event nouns"):
        lemma = row[0]
        if lemma not in LEARNED_NOUN_STOP:
            lexicon.learned_nouns.add(lemma)


LEARNED_ACTORS_FILE = "learned_actor_nouns.tsv"
KIN_KIND = "kin"  # learned_actor_nouns.tsv's kind of a group of kin
LEARNED_PHRASAL_FILE = "learned_phrasal_verbs.tsv"
LEARNED_RANKS_FILE = "learned_ranks.tsv"


def _merge_learned_ranks(lexicon: Lexicon, path: Path) -> None:
    """WordNet's ranks of armed forces and police (scripts/learn_ranks.py): "Staff Sergeant", "Rear Admiral"."""
    lexicon.ranks.update(row[0] for row in _learned_rows(path, "the learned ranks"))


def _merge_learned_actor_nouns(lexicon: Lexicon, path: Path) -> None:
    """WordNet's people and bodies (scripts/learn_actor_nouns.py), for the unnamed actors the hand list is silent
    on ("dockers walked out", "shipowners sued": a trade or a story the list never met).  A word the lexicon knows
    as an event, a state or a description stays one ("hack", "player")."""
    events = {
        *lexicon.verbs,
        *lexicon.nouns,
        *lexicon.states,
        *lexicon.descriptions,
        *lexicon.learned_nouns,
    }
    for row in _learned_rows(path, "the learned actor nouns"):
        noun, kind = row[0], row[1]
        if noun not in events and noun not in lexicon.not_unnamed_actors and noun not in lexicon.unnamed_actors:
            if kind == KIN_KIND:
                # a group of kin acts as a group of people does ("the families blocked the road")
                lexicon.kin_groups.add(noun)
                kind = "group"
            lexicon.learned_actor_nouns[noun] = kind


def _merge_learned_phrasal_verbs(lexicon: Lexicon, path: Path) -> None:
    """WordNet's phrasal verbs whose sense a one-word verb names (scripts/learn_phrasal_verbs.py), each with the
    first of those verbs the lexicon lists ("call off" -> "cancel"); those with none listed are no event here."""
    for row in _learned_rows(path, "the learned phrasal verbs"):
        listed = next((verb for verb in row[1].split(",") if verb in lexicon.verbs), None)
        if listed is not None:
            lexicon.phrasal_verbs[row[0]] = listed


# deverbal suffixes and what may replace them to give the verb: devaluation -> devalue, expulsion -> expel,
# closure -> close, withdrawal -> withdraw, sentencing -> sentence, appointment -> appoint
DERIVATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ification", ("ify",)),
    ("ulsion", ("el",)),
    ("olution", ("olve",)),  # dissolution -> dissolve, resolution -> resolve
    ("ension", ("end",)),
    ("ission", ("it",)),
    ("ision", ("ide",)),
    ("usion", ("ude",)),
    ("osion", ("ode",)),
    ("asion", ("ade",)),
    ("uction", ("uce",)),
    ("ation", ("ate", "e", "")),
    ("ition", ("ite", "")),
    ("ion", ("", "e")),
    ("ment", ("",)),
    ("ure", ("e", "")),
    ("ance", ("",)),
    ("ence", ("e",)),
    ("ing", ("", "e")),
    ("al", ("", "e")),
)
DEVERBAL_SUFFIXES = ("tion", "sion", "ment", "ure", "ance", "ence", "al")


def derived_verb(noun: str, verbs: Container[str]) -> str | None:
    """The lexicon verb a noun is, or is derived from by a regular suffix ("march", "devaluation")."""
    if noun in verbs:
        return noun
    for suffix, replacements in DERIVATIONS:
        if not noun.endswith(suffix) or len(noun) - len(suffix) < 3:
            continue
        stem = noun[: -len(suffix)]
        for replacement in replacements:
            for candidate in (stem + replacement, stem[:-1] + replacement if stem[-1:] == stem[-2:-1] else ""):
                if candidate in verbs:
                    return candidate
    return None


# libyaml's parser when PyYAML was built with it: the same data as the pure-Python safe loader, eight times
# faster (the trigger file is read at the start of every load and in every worker, about a third of a second)
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load``, through libyaml when it is there."""
    return yaml.load(text, Loader=_YAML_LOADER)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = parse_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise ValidationError(f"cannot read the lexicon: {error}", path=str(path)) from None
    if not isinstance(data, dict):
        raise ValidationError("a lexicon file should be a mapping", path=str(path))
    return data


def user_files() -> list[Path]:
    paths = [Path(p) for p in os.environ.get(ENV_VARIABLE, "").split(os.pathsep) if p]
    home_file = USER_FILE.expanduser()
    if home_file.is_file():
        paths.append(home_file)
    return paths


@lru_cache(maxsize=4)
def _load(extra: tuple[Path, ...]) -> Lexicon:
    lexicon = Lexicon()
    for path in (HERE / "triggers.yaml", HERE / "aliases.yaml", *extra):
        _merge(lexicon, _read(path), str(path))
    _merge_learned(lexicon, HERE / LEARNED_FILE)
    _merge_learned_nouns(lexicon, HERE / LEARNED_NOUNS_FILE)
    _merge_learned_actor_nouns(lexicon, HERE / LEARNED_ACTORS_FILE)
    _merge_learned_ranks(lexicon, HERE / LEARNED_RANKS_FILE)
    _merge_learned_phrasal_verbs(lexicon, HERE / LEARNED_PHRASAL_FILE)
    lexicon.index_forms()
    return lexicon


def load_lexicon() -> Lexicon:
    """The packaged lexicon plus the user's files, read once per process (per set of user files)."""
    return _load(tuple(user_files()))


# words of pycountry's currency names that are no currency said alone ("Bond Markets Unit European Unit of Account")
_NOT_CURRENCIES = frozenset({"account", "purposes", "involved", "fomento", "previsional", "omani", "uruguayo", "oro"})


@functools.cache
def currency_nouns() -> frozenset[str]:
    """The nouns that name a currency ("cedi", "rand", "pound", "yen"): the last word of pycountry's names."""
    import pycountry

    words = {c.name.split()[-1].lower() for c in pycountry.currencies}
    return frozenset(w for w in words if w.isalpha() and w not in _NOT_CURRENCIES) | {"currency"}
