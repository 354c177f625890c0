"""Who is who in one article: entity mentions resolved to canonical actors.

* Titles are stripped and kept ("U.S. President-elect Donald Trump" -> Donald Trump, title kept).
* A surname or a short company name ("Trump", "the Post") resolves to the full name seen in the article;
  the short form is emitted as an alias, so the store's alias index also finds it from other articles.
* Spellings of one person resolve by rules over name parts (``schema.names``): particles ("al-Assad",
  "Assad"), transliterations (Sergei/Sergey), a given name left out ("Lai Ching-te" for "William Lai
  Ching-te"), an East Asian surname alone ("Lai").  An acronym resolves to the body whose initials it is, and a
  short name the article gives a body in parentheses ("the Kenya Deposit Insurance Corporation (KDIC)") to that
  body, whose alias it becomes.
* Widely known names and their aliases also come from the alias data file.
* A government body ("the defence ministry", "Defense Ministry") is an organisation of its country,
  named with it ("Russia Defence Ministry"), one spelling for defence/defense.  So is any state body the
  lexicon lists (``state_bodies``: armed forces, police, courts, parliaments, juntas, central banks) that the
  text ties to a country ("Chile's navy", "the Peruvian Navy" -> "Chile navy", "Peru Navy"): the actor keeps
  its country (``ActorRef.country``), which the event names beside it.
* Timezones, airports and places are never organisations.
* A capital city used as a speaker or addressee stands for its country's government ("Moscow said"
  -> Russia); as a location it stays a place (decided by the caller, which knows the role).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from timelinekg.nlp.extract.lexicon import Lexicon
from timelinekg.nlp.extract.nlp import children_of, token_indexes, tokens_in
from timelinekg.nlp.extract.places import Gazetteer, PlaceRef
from timelinekg.schema import names
from timelinekg.schema.identity import name_key

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT"}
LOCATION_LABELS = {"GPE", "LOC", "FAC"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
# a live blog's entry stamp the recogniser took into a name ("11:00 - Tens of thousands"): a time, then a dash
_ENTRY_STAMPED = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—|:]", re.IGNORECASE)
_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z][A-Za-z]*$")  # iPod, iPhone, eBay
_MODEL = re.compile(r"^(?:\d[\w.]*|[A-Z]\d\w*|X|XL|S|C|(?i:pro|mini|max|plus|nano|touch|shuffle|classic|air))$")
_MODEL_CODE = re.compile(r"^[A-Z]{0,2}\d{2,4}[A-Za-z]{0,3}$")
# an aircraft's or a ship's model: "C-130", "KC-135", "A400M", "Mi-17", "Su-25", "CH-47F"
CRAFT_CODE = re.compile(r"^[A-Z][A-Za-z]{0,2}-?\d{1,4}[A-Z]{0,3}$")
# "EST", "GMT", "UTC", "MSK", "Eastern Time", "Central European Summer Time", "local time"
_TIMEZONE = re.compile(r"^(?:[A-Z]{1,4}T|UTC|GMT|MSK|(?:[A-Z][a-z]+ )*(?:Standard |Daylight |Summer )?Time)$")
# ("the Elm Street Bridge was closed", "the Halley Research Base": a bridge, a base or an airfield is where, not who)
_FACILITY = re.compile(
    r"\b(?:airport|airbase|air base|station|terminal|harbou?r|port|bridge|base|aerodrome|airfield|tunnel)$",
    re.IGNORECASE,
)
# Government bodies: the words that make an organisation part of a country's state.
_GOVERNMENT_BODY = re.compile(
    r"^(?:(?:ministry|department|office) of (?:the )?[\w ]+|[\w ]+ (?:ministry|department))$", re.IGNORECASE
)
# a ministry or department written out in the text, capitalised ("Ministry of Health", "Department of Land and Water")
# a body's name with the city it sits in, as the recogniser may take it: "Ministry of Defence in Kyiv"
_SEATED = re.compile(r"^(?P<body>.+?) (?:in|at) (?P<seat>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)$")
_WRITTEN_GOVERNMENT_BODY = re.compile(
    r"\b(?:Ministry|Department|Office) of (?:[A-Z]\w+|and|of|for|the)(?: (?:[A-Z]\w+|and|of|for))*"
)
_SPELLINGS = (("defense", "defence"), ("ministry of defence", "defence ministry"))
# the form of state a country's full name opens with, which a body's name may carry before the country ("of the
# Republic of Ecuador", "of the People's Republic of China", "of the Kingdom of Morocco")
_FORM_OF_STATE = re.compile(
    r"\b(?:the )?(?:[A-Z][\w'’]* )*"
    r"(?:Republic|Kingdom|Federation|Commonwealth|Principality|Sultanate|Emirate|State) of (?:the )?(?=[A-Z])"
)
# "Beatles ' Apple Corps" as the recogniser writes it, "Acme's Widget Store"
_INNER_POSSESSIVE = re.compile(r"^(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*) ?['’]s? (?P<owned>\S.*)$")
# "the East police district": a compass word that begins a body's name in lower case, which the recogniser took alone
COMPASS_NAMES = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})
_MOUNTAIN = re.compile(r"^(?:Mount|Mt\.?) [A-Z][a-z]+$")
# the words for a kind of body, which name one only with their owner ("the Ombudsman's Office")
_BODY_KIND_WORDS = frozenset(
    {"office", "chamber", "court", "council", "ministry", "department", "agency", "bureau", "secretariat", "service"}
)
# the one military rank that also begins the names of bodies and firms ("General Assembly", "General Motors")
BODY_NAME_RANKS = frozenset({"general"})
# words that make a rank of a rank ("Detective Sergeant", "Chief Superintendent", "Deputy Commander")
RANK_PREFIXES = frozenset({"chief", "deputy", "detective", "assistant", "senior", "acting"})
MAX_RANK_WORDS = 4  # "senior chief petty officer"
# what the recogniser tells is no body's short name in parentheses: the town, person or people beside its name
NOT_SHORT_NAMES = frozenset({"GPE", "LOC", "FAC", "PERSON", "NORP", "DATE", "TIME"})
# a body's short name: an acronym ("KDIC", "CBK") or one capitalised word ("Fenafuth", "Seprona")
_SHORT_NAME = re.compile(r"^(?:[A-Z][A-Za-z&]{1,11}|[A-Z](?:\.?[A-Z]){1,5}\.?)$")
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z]+)?$")  # a capitalised word that can be part of a name
# the lower-case words inside a family name ("van der Merwe", "de la Cruz", "bin Salman", "von der Leyen");
# "do" and "della" join a name in running text, but stay out of names.PARTICLES, which drops its words when
# names are compared, because "Do" and "Della" are also names of their own
NAME_PARTICLES = names.PARTICLES | {"do", "della"}
PRONOUNS_PERSON = {"he", "him", "his", "she", "her"}
PRONOUNS_GROUP = {"it", "its", "they", "them", "their"}
THIRD_PERSON_PRONOUNS = frozenset(PRONOUNS_PERSON | PRONOUNS_GROUP)


# the recogniser's labels a surname alone may carry ("Costa said" as a person, an organisation or a product)
SURNAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT"})


# the role of a state body's country in what the body does: a query for the country finds the act, but the one who
# arrested, sentenced or said it is the body ("Portuguese police arrested ...": Portugal arrested no one itself)
COUNTRY_ROLE = "participant"


@dataclass
class ActorRef:
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    title: str | None = None
    wikidata: str | None = None
    titles: list[str] = field(default_factory=list)
    country: str | None = None  # the country a state body belongs to ("Chile navy" -> Chile)

    def __post_init__(self) -> None:
        if self.title and self.title not in self.titles:
            self.titles.append(self.title)


@dataclass
class Mention:
    start: int  # token indices
    end: int
    label: str
    text: str


class ArticleActors:
    """Resolves mentions within one article, remembering full names for later short forms."""

    def __init__(self, doc: Any, lexicon: Lexicon, places: Gazetteer) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.places = places
        self.by_part: dict[str, ActorRef] = {}
        self.by_first: dict[str, ActorRef] = {}  # "Steve" -> Steve Jobs, while only one person has that name
        self.by_name: dict[str, ActorRef] = {}
        self.by_first_word: dict[str, ActorRef] = {}  # "Halvorsen" -> Halvorsen Aerospace
        self._ambiguous_first_words: set[str] = set()
        self.by_head: dict[str, ActorRef] = {}  # "iTunes" -> "iTunes store", once the article has named the store
        self.mentions: dict[int, Mention] = {}  # token index -> mention covering it
        self.by_surname: dict[str, ActorRef] = {}  # surname skeleton -> the one person with it
        self._ambiguous_first: set[str] = set()
        self._ambiguous_surnames: set[str] = set()
        # read once for the whole article: each ``Doc.ents`` builds every entity's span anew, and nothing changes
        # the entities once the pipeline has run
        self.speaker_labels = _speaker_labels(doc)
        self.entities = _whole_names_before_short_names(
            ent
            for ent in doc.ents
            if not _names_a_flag(doc, ent.end) and not any(i in self.speaker_labels for i in range(ent.start, ent.end))
        )
        self._collect_mentions()
        self.mention_texts = {m.text for m in self.mentions.values()}
        # short names the article gives a body in parentheses ("the Ghana Deposit Protection Corporation (GDPC)"):
        # short name -> the body's full name, and the full name's key -> the short name
        self.introduced_short_names = self._short_names_in_parentheses()
        self.short_name_of = {name_key(full): short for short, full in self.introduced_short_names.items()}
        self.acronyms = self._acronyms() | self.introduced_short_names
        self._home_country: str | bool | None = False  # not looked up yet
        self.bodies_by_kind: dict[str, set[str]] = {}  # "police" -> {"Ghana police"}: the state bodies named so far

    # -- mentions ------------------------------------------------------------------------------------------
    def _given_names_before(self, start: int) -> int:
        """ "Governor Ana Maria Lopes" recognised as "Maria Lopes": the capitalised names between a title and
        the name the recogniser found are the person's given names (at most two)."""
        doc = self.doc
        first = start
        while (
            first > 0
            and start - first < 2
            and doc[first - 1].tag_ == "NNP"
            and doc[first - 1].text[:1].isupper()
            and doc[first - 1].text.isalpha()
            and doc[first - 1].lower_ not in self.lexicon.titles
            and doc[first - 1].ent_type_ in ("", "PERSON")
        ):
            first -= 1
        return first if first < start and first > 0 and doc[first - 1].lower_ in self.lexicon.titles else start

    def _collect_mentions(self) -> None:
        doc = self.doc
        cut = (self._cut_at_craft(_cut_at_lower_case_of(_cut_at_amount(whole))) for whole in self.entities)
        for ent in (part for whole in cut for part in _cut_at_clause_verb(whole)):
            if (
                ent.label_ in ACTOR_LABELS
                and not _ENTRY_STAMPED.match(ent.text)
                and not self._events_named(ent)
                and not _compass_of_a_name(ent)
            ):
                named = self._rank_before_a_name(ent) or self._name_after_an_occupation(ent)
                if named is not None:
                    for i in range(named.start, named.end):
                        self.mentions.setdefault(i, named)
                    continue
                start = ent.start
                # "the Washington Post": keep "the" out of the name, but spaCy sometimes includes it
                if doc[start].lower_ == "the" and ent.end - start > 1:
                    start += 1
                while ent.label_ == "ORG" and ent.end - start > 1 and _common_noun_before_a_name(doc[start]):
                    start += 1  # "our partner bank Farrow Holdings": what the body is, then its name
                label = ent.label_
                if label == "PERSON" and _corporate_name(doc[start : ent.end]):
                    label = "ORG"  # "Tervo Shipyards", "Korvan Airways": no person's name ends so
                if label != "PERSON" and self._ranked_person(doc[start : ent.end]):
                    label = "PERSON"  # "Rear Admiral Ingrid Dahl" read as a body
                if label == "PERSON" and _seat_of_a_court(ent) and self.places.is_known(ent.text):
                    label = "GPE"  # "a judge of Lyon", "a criminal court of Porto": where it sits, no person
                if label == "PERSON":
                    start = self._rank_begun_before(start, ent.end)
                    start = self._given_names_before(start)
                mention = Mention(start, ent.end, label, self._owned_body(ent, doc[start : ent.end].text))
                for i in range(start, ent.end):
                    self.mentions[i] = mention
        for token in doc:
            if token.i in self.mentions:
                continue
            if (
                token.tag_ == "NNP"
                and token.text[:1].isupper()
                and not _names_a_flag(doc, token.i + 1)
                and self.places.is_prominent(token.text)
                and (token.i + 1 >= len(doc) or doc[token.i + 1].tag_ != "NNP")
            ):
                mention = Mention(token.i, token.i + 1, "GPE", token.text)  # a place the recogniser missed
                self.mentions[token.i] = mention
                continue
            if _CAMEL.match(token.text) or (token.tag_ == "NNP" and self.lexicon.known_actor(token.text)):
                end = token.i + 1
                while (
                    end < len(doc)
                    and end - token.i < 4
                    and end not in self.mentions
                    and (
                        _MODEL.match(doc[end].text)
                        or (end > token.i + 1 and not doc[end - 1].whitespace_ and doc[end].text.isalnum())
                    )
                ):
                    end += 1  # "iPhone 4", "iPod nano", "iPhone 3G" (which the tokenizer splits as "3", "G")
                text = doc[token.i : end].text
                known = self.lexicon.known_actor(text)
                if known is None and end - token.i > 1 and self.lexicon.known_actor(token.text):
                    # "iPhone 3GS" when only "iPhone" is known: still a product of its own
                    pass
                mention = Mention(token.i, end, "PRODUCT", text)
                for i in range(token.i, end):
                    self.mentions[i] = mention
        # a known multi-word name the NER split or missed ("iPhone 4" as ORG + CARDINAL)
        for i, mention in list(self.mentions.items()):
            if i != mention.start or mention.end >= len(doc):
                continue
            end = mention.end
            while (
                end < len(doc)
                and end - mention.end < 3
                and (_MODEL.match(doc[end].text) or (end > mention.end and not doc[end - 1].whitespace_))
            ):
                end += 1
            grown_text = doc[mention.start : end].text
            # a mention the model made of white space alone ("the \n Putin") has no first word
            named_product = mention.label == "PRODUCT" or any(_CAMEL.match(word) for word in mention.text.split()[:1])
            model_of_maker = (
                mention.label == "ORG"
                and end == mention.end + 1
                and _MODEL_CODE.match(doc[mention.end].text) is not None
                and not _amount_at(doc, mention.end)
            )
            if end > mention.end and (named_product or model_of_maker or self.lexicon.known_actor(grown_text)):
                # "Boeing 787", "Airbus A380": a maker's name and a model code name a product
                label = "PRODUCT" if model_of_maker else mention.label
                grown = Mention(mention.start, end, label, grown_text)
                for j in range(grown.start, grown.end):
                    self.mentions[j] = grown
        self._bodies_named_by_an_adjective()
        self._people_by_apposition()
        self._people_named_like_places()
        self._people_across_particles()

    def _cut_at_craft(self, ent: Any) -> Any:
        """ "A Portuguese Air Force C-295 flew her home", "a Royal Navy Merlin picked them up": the recogniser runs a
        force's name on into its aircraft or ship, a model code or one more singular name after the force's own
        word; the force, whose craft it is, is the actor ("Air Force One", a code, too). Not "Navy SEALs", "Army
        Rangers": its people are a unit of it."""
        if ent.label_ != "ORG" or len(ent) < 2:
            return ent
        end = ent.end
        if len(ent) > 2 and CRAFT_CODE.match(ent[-2].text) and _NAME_WORD.match(ent[-1].text):
            end -= 2  # "C-130 Hercules"
        elif CRAFT_CODE.match(ent[-1].text) or ent[-1].like_num:
            end -= 1
        elif ent[-1].tag_ == "NNP" and _NAME_WORD.match(ent[-1].text) and ent[-1].lower_ not in names.BODY_HEADS:
            force = ent.doc[ent.start : ent.end - 1]
            last_two = " ".join(t.lower_ for t in force[-2:])
            if not (self.is_state_body(force[-1].lower_) or (len(force) > 1 and self.is_state_body(last_two))):
                return ent
            end -= 1
        kept = [t.lower_ for t in ent[: end - ent.start]]
        pairs = [f"{a} {b}" for a, b in itertools.pairwise(kept)]
        if end == ent.end or not kept or not any(map(self.is_state_body, [*kept, *pairs])):
            return ent  # only a force's craft: "Kenya Airways 737" stays as the recogniser read it
        return type(ent)(ent.doc, ent.start, end, label=ent.label)

    def _events_named(self, ent: Any) -> bool:
        """ "Kidnappings remain a fact of life", "Hijackings rose": a plural event noun opening a sentence, which
        the recogniser may take for a company's name, names events of a kind, no actor."""
        if len(ent) != 1 or ent[0].tag_ != "NNS":
            return False
        lemma = self.lexicon.lemma(ent[0])
        return lemma != ent[0].lower_ and (lemma in self.lexicon.nouns or lemma in self.lexicon.learned_nouns)

    def _owned_body(self, ent: Any, text: str) -> str:
        """ "China's commerce ministry": a government body whose own phrase names its country belongs to that
        country, whatever other country the article names more; the name carries it ("China commerce ministry")."""
        if ent.label_ != "ORG" or not (_GOVERNMENT_BODY.match(text) or self.is_state_body(text)):
            return text  # "Chile's navy", where the recogniser took only "navy" for a body, is Chile's too
        for owner in children_of(ent.root):
            if owner.dep_ == "poss" and owner.i < ent.start:
                country = self.country(owner.text)
                if country is not None:
                    return f"{country.name} {text}"
        # "the Central Bank of Kenya", "the Ministry of Foreign Affairs of the Republic of Indonesia", which the
        # recogniser splits into a body and a place
        for of in children_of(ent.root):
            named = [o for o in children_of(of) if o.dep_ == "pobj"] if of.dep_ == "prep" and of.lower_ == "of" else []
            if of.i < ent.end or len(named) != 1:
                continue
            place = [t for t in named[0].subtree if t.ent_type_ == "GPE"]
            written = ent.doc[place[0].i : place[-1].i + 1].text if place else ""
            country = self.country(_FORM_OF_STATE.sub("", written)) if written else None
            if country is not None and country.kind == "country":
                return f"{country.name} {text}" if self.is_state_body(text) else f"{text} of {country.name}"
        return text

    def _bodies_named_by_an_adjective(self) -> None:
        """ "Islamic State", "Islamic Jihad": a religious or political adjective that is no nationality, then a
        capitalised noun, is one body's name, though the recogniser split it or took only the adjective."""
        doc = self.doc
        for i, mention in list(self.mentions.items()):
            if i != mention.start or mention.label != "NORP" or mention.end >= len(doc):
                continue
            if name_key(mention.text) in self.lexicon.demonyms or self.places.country(mention.text) is not None:
                continue
            end = mention.end
            while (
                end < len(doc)
                and doc[end].tag_ == "NNP"
                and _NAME_WORD.match(doc[end].text)
                and doc[end].lower_ not in self.lexicon.titles  # "Democratic President Joe Biden"
            ):
                following = self.mentions.get(end)
                if following is not None and following.label != "ORG":
                    break
                end = following.end if following is not None else end + 1
            if end == mention.end:
                continue
            body = Mention(mention.start, end, "ORG", doc[mention.start : end].text)
            for j in range(body.start, body.end):
                self.mentions[j] = body

    def _people_across_particles(self) -> None:
        """ "Johan van der Merwe", "Maria de la Cruz": the recogniser often splits a name at its lower-case
        particles into two people ("Johan van" and "Merwe"); a person's name, particles, then a person's name
        are one name."""
        doc = self.doc
        for i, first in sorted(self.mentions.items()):
            if i != first.start or first.label != "PERSON" or self.mentions.get(i) is not first:
                continue
            end = first.end
            while end < len(doc) and doc[end].text in NAME_PARTICLES:
                end += 1
            second = self.mentions.get(end)
            joined = end > first.end or doc[first.end - 1].text in NAME_PARTICLES
            # the family name after the particles is sometimes taken for a body ("Linde")
            named = second is not None and (
                second.label == "PERSON" or (second.label == "ORG" and second.end - second.start == 1)
            )
            if second is None or second is first or not named or not joined:
                continue
            person = Mention(first.start, second.end, "PERSON", doc[first.start : second.end].text)
            for j in range(person.start, person.end):
                self.mentions[j] = person

    def _people_by_apposition(self) -> None:
        """A name followed by an age or by "who" ("Kambanda, 61, ...", "Mwapi, who ruled ...") is a person,
        though the recogniser took it for a product or body, or missed it: only people have ages and "who"."""
        doc = self.doc
        for i in token_indexes(doc, "ORTH", [","]):
            if i == 0 or i + 1 >= len(doc):
                continue
            after = doc[i + 1]
            aged = _age_after(doc, i)
            if not aged and after.lower_ != "who":
                continue
            named = self.mentions.get(i - 1)
            if named is not None:
                if named.end != i or named.label == "PERSON" or named.label in LOCATION_LABELS:
                    continue  # a place with "who" after it is the place's people, not a name
                start = named.start
            else:
                start = i
                while (
                    start > 0
                    and i - start < 4
                    and _NAME_WORD.match(doc[start - 1].text)
                    and doc[start - 1].tag_ == "NNP"
                ):
                    start -= 1
                if start == i or self.places.is_known(doc[start:i].text):
                    continue
            person = Mention(start, i, "PERSON", doc[start:i].text)
            for j in range(start, i):
                self.mentions[j] = person

    def _people_named_like_places(self) -> None:
        """openlist3 class i: "Mayor Helen Park", "Helen Park, the mayor,", "Helen Park, 34,": a name of two words or
        more the recogniser took for a place ("Park", "Hill", "Lake" end many surnames) is a person's when a title
        stands before it or a title or an age in apposition after it, and the gazetteer knows no place so named."""
        doc = self.doc
        for i, mention in list(self.mentions.items()):
            if i != mention.start or mention.label not in LOCATION_LABELS or mention.end - mention.start < 2:
                continue
            if self.places.is_known(mention.text):
                continue
            root = doc[mention.start : mention.end].root
            titled = mention.start > 0 and doc[mention.start - 1].lower_ in self.lexicon.titles
            role = any(c.dep_ == "appos" and c.lower_ in self.lexicon.titles for c in children_of(root))
            aged = mention.end < len(doc) and doc[mention.end].text == "," and _age_after(doc, mention.end)
            if titled or role or aged:
                person = Mention(mention.start, mention.end, "PERSON", mention.text)
                for j in range(mention.start, mention.end):
                    self.mentions[j] = person

    def _short_names_in_parentheses(self) -> dict[str, str]:
        """A body's short name given in parentheses right after its full name ("the Kenya Deposit Insurance
        Corporation (KDIC)", "the National Autonomous Football Federation of Honduras (Fenafuth)"): the article
        says they are one, whatever the initials (a legal form left out, a name in another language)."""
        doc = self.doc
        found: dict[str, str] = {}
        for ent in self.entities:
            if ent.label_ != "ORG":
                continue
            text, end = ent.text, ent.end
            if " (" in text and not text.endswith(")"):
                # the recogniser took the opening parenthesis into the name: "Federation of Honduras (Fenafuth"
                text, _, short = text.partition(" (")
                closed = end < len(doc) and doc[end].text == ")"
                label = doc[end - 1].ent_type_ if closed else ""
            else:
                closed = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
                short, label = (doc[end + 1].text, doc[end + 1].ent_type_) if closed else ("", "")
            # the name as written, titles and nationality kept: ``actor`` reads it as it reads the name itself
            name = re.sub(r"^[Tt]he\s+", "", text.strip())
            if closed and label not in NOT_SHORT_NAMES and self._short_name_of(short, name):
                found.setdefault(short, name)
        return found

    def _short_name_of(self, short: str, name: str) -> bool:
        """Whether ``short``, in parentheses after the body ``name``, is a short name of it: not the town or the
        person beside it ("Halden Freight (Mombasa)"), nor its legal form."""
        if not _SHORT_NAME.match(short) or len(name.split()) < 2 or name_key(short) == name_key(name):
            return False
        return short.casefold().strip(".") not in names.LEGAL_FORMS and not self.places.is_known(short)

    def _acronyms(self) -> dict[str, str]:
        """Initials -> the body's full name, for every multi-word organisation the article names."""
        found: dict[str, str] = {}
        for ent in self.entities:
            if ent.label_ == "ORG":
                name, _ = self.clean(ent.text)
                initials = names.acronym(name)
                if initials:
                    found.setdefault(initials, name)
        return found

    def home_country(self) -> str | None:
        """The country the article names most, for a body it names without one ("the defence ministry")."""
        if self._home_country is False:
            counts: dict[str, int] = {}
            for ent in self.entities:
                if _foreign_firm(ent) or _names_a_region(ent):
                    continue
                name = self._country_named_by(ent)
                if name:
                    counts[name] = counts.get(name, 0) + 1
            self._home_country = max(counts, key=lambda c: counts[c]) if counts else None
        return self._home_country if isinstance(self._home_country, str) else None

    def _country_named_by(self, ent: Any) -> str | None:
        """The country an entity names for ``home_country``: a country by its name; a nationality, whatever the
        recogniser tagged it ("Ghanaian", the lexicon's irregular "Malagasy", "Mauritian" taken for a place or a
        person); a capital ("PORT LOUIS, Feb 3", "in Rome", "Antananarivo" taken for a body) and a region of one
        country ("Sicily"), which name the home country as its name does. A capital taken for a person may be
        one ("Victoria"), so it counts only as a nationality."""
        if ent.label_ == "GPE":
            country = self.country(ent.text)
            if country is not None:
                return country.name
        if ent.label_ == "PERSON":
            # a person's name may be a country's or a capital's ("Jordan", "Victoria"): only a nationality counts
            nationality = self.places.demonym_country(ent.text)
            if nationality is not None and name_key(nationality.name) == name_key(ent.text):
                nationality = None
            return self.lexicon.demonyms.get(name_key(ent.text)) or (nationality.name if nationality else None)
        if ent.label_ not in ("GPE", "NORP", "ORG", "LOC"):
            return None
        named = self.country_of_word(ent.text)
        if named is not None:
            return named
        code = self.places.region_country(ent.text) if ent.label_ in ("GPE", "LOC") else None
        country = self.places.by_code.get(code) if code else None
        return self.places.capital_of(ent.text) or (country.name if country is not None else None)

    def _government_body(self, name: str, title: str | None) -> ActorRef:
        """ "Russian Defense Ministry", "the defence ministry" -> "Russia Defence Ministry", an organisation; "the
        Ministry of Health of Peru" is Peru's whatever country the article names most, and "the Department of Labor
        of New York State" a body of a place that is no country, of no country's state."""
        name, seat = self._without_seat(name)
        words = name.split()
        country = None
        owned, of, owner = _FORM_OF_STATE.sub("", name).rpartition(" of ")
        if of and _GOVERNMENT_BODY.match(owned):
            named = self.country(owner)
            if named is not None and named.kind == "country":
                country, words = named.name, owned.split()
            elif self.places.is_known(owner) or self.places.region(owner) is not None:
                return self.remember(ActorRef(name, "organisation"))
        if title and country is None:
            country = self.lexicon.demonyms.get(name_key(title.split()[-1]))
        if country is None and words and self.country(words[0]) is not None:
            country = self.country(words[0]).name  # type: ignore[union-attr]
            words = words[1:]
        body = " ".join(words).lower()
        for old, new in _SPELLINGS:
            body = body.replace(old, new)
        body = body.title()
        country = country or seat or self._seats.get(name_key(name)) or self.home_country()
        if country is None:
            return self.remember(ActorRef(body, "organisation", {name} if name != body else set()))
        return self.state_body(country, body, {name})

    def _without_seat(self, name: str) -> tuple[str, str | None]:
        """ "Ministry of Defence in Kyiv" -> ("Ministry of Defence", "Ukraine"): the seat the recogniser took into a
        body's name, and its country; the name unchanged when its tail names no place of a known country."""
        found = _SEATED.match(name)
        country = self._seat_country(found["seat"]) if found else None
        return (found["body"], country) if found and country else (name, None)

    def _seat_country(self, place: str) -> str | None:
        """The country of a body's seat: a country named, a capital's, or a town's that lies in one country."""
        named = self.country(place)
        if named is not None:
            return named.name if named.kind == "country" else None
        code = self.places.town_country(place)
        country = self.places.by_code.get(code) if code else None
        return country.name if country is not None else None

    @cached_property
    def _seats(self) -> dict[str, str]:
        """A ministry's name -> the country of the seat the article names with it ("The Ministry of Foreign Affairs
        in Belmopan", "Phnom Penh's Ministry of Commerce"): a body the article names without its country sits in
        the city written beside it, which tells its country better than the country the article names most (a
        story of one country's traders may well quote its neighbour's ministry)."""
        found: dict[str, str] = {}
        for ent in self.entities:
            if ent.label_ != "ORG":
                continue
            for child in children_of(ent.root):
                if child.dep_ == "poss":
                    seat = [t for t in tokens_in(self.doc[child.left_edge.i : child.i + 1]) if t.dep_ != "case"]
                elif child.dep_ == "prep" and child.lower_ in ("in", "at"):
                    objects = [c for c in children_of(child) if c.dep_ == "pobj"]
                    seat = tokens_in(self.doc[objects[0].left_edge.i : objects[0].i + 1]) if objects else []
                else:
                    continue
                place = " ".join(t.text for t in seat)
                # a town the recogniser took for a place; a capital whatever it took it for ("Buenos Aires'" a person)
                if not seat or not (
                    all(t.ent_type_ in LOCATION_LABELS for t in seat) or self.places.capital_of(place) is not None
                ):
                    continue
                country = self._seat_country(place)
                # the body's words without the seat and its "'s" or "in", inside the entity or not
                outside = range(child.left_edge.i, child.right_edge.i + 1)
                body = self.clean(" ".join(t.text for t in ent if t.i not in outside))[0]
                if country and _GOVERNMENT_BODY.match(_FORM_OF_STATE.sub("", body)):
                    found.setdefault(name_key(body), country)
        return found

    def country_of_word(self, word: str) -> str | None:
        """The country a name or an adjective of nationality names ("Chile", "Chilean"), if any."""
        demonym = self.lexicon.demonyms.get(name_key(word))
        if demonym is not None:
            return demonym
        named = self.country(word) or self.places.demonym_country(word)
        return named.name if named is not None and named.kind == "country" else None

    def with_country(self, actor: ActorRef | None) -> list[ActorRef]:
        """An actor and, for a state body, its country: the event names both ("Chile navy" and Chile), so that a
        query for the country finds what its body did; the country takes part in the act (``COUNTRY_ROLE``), the
        body does it."""
        if actor is None:
            return []
        if actor.country is None:
            return [actor]
        return [actor, self.remember(ActorRef(actor.country, "country"))]

    def of_the_state(self, actor: ActorRef) -> bool:
        """Whether ``actor`` is a body of a country's state: one named with its country ("Chile navy"), a ministry or
        a department, after its country's name or not ("Nepal Ministry of Home Affairs", "the Justice Department",
        "DOC")."""
        if actor.kind != "organisation":
            return False
        if actor.country is not None:
            return True
        # "DOC" after "the Department of Conservation": a short form keeps the full name among its aliases, or is
        # the initials of a body the article names
        expanded = self._acronyms().get(actor.name) or self._government_body_initialled(actor.name)
        for name in (actor.name, *actor.aliases, *([expanded] if expanded else [])):
            words = name.split()
            if any(_GOVERNMENT_BODY.match(" ".join(words[cut:])) for cut in range(min(len(words), 3))):
                return True
        return False

    def _government_body_initialled(self, short: str) -> str | None:
        """The ministry or department the article writes out whose initials ``short`` is, with or without those of
        its small words ("DOC", "MoH"): found in the text, where the recogniser may have left it inside a title
        ("Department of Conservation operations manager Karen Whitlock says")."""
        if not names.is_acronym(short.replace("o", "O")):
            return None
        for found in _WRITTEN_GOVERNMENT_BODY.finditer(self.doc.text):
            words = found.group(0).split()
            # the capitalised words may run on past the name ("Department of Conservation Golden Bay")
            for end in range(3, len(words) + 1):
                body = " ".join(words[:end])
                if short.casefold() in {
                    "".join(word[0] for word in words[:end]).casefold(),
                    (names.acronym(body) or "").casefold(),
                }:
                    return body
        return None

    def is_state_body(self, words: str) -> bool:
        """Whether ``words`` name a country's own institution by its kind ("navy", "Central Bank")."""
        return words.casefold() in self.lexicon.state_bodies

    def state_body(self, country: str, body: str, aliases: set[str] | None = None) -> ActorRef:
        """A country's institution, an organisation linked to the country: named by the nationality the article
        first wrote it with ("Portuguese police", as reports and readers name it), else "<Country> <body>" ("Chile
        navy"); the other written forms and "<Country> <body>" are its aliases, so that "Portugal's police" in this
        article or another one is the same body."""
        written = aliases or set()
        canonical = f"{country} {body}"
        known = self.by_name.get(name_key(canonical))
        name = known.name if known is not None else self._by_nationality(country, body, written) or canonical
        self.bodies_by_kind.setdefault(body.casefold(), set()).add(name)
        actor = self.remember(ActorRef(name, "organisation", (written | {canonical}) - {name}, country=country))
        self.by_name.setdefault(name_key(canonical), actor)
        return actor

    def _by_nationality(self, country: str, body: str, written: set[str]) -> str | None:
        """ "Portuguese police" of the written "portuguese police": the body's name with the adjective of nationality
        it was written with (one word or two, "South African"), capitalised; None when it was written otherwise."""
        for spelling in sorted(written):
            words = re.sub(r"^[Tt]he\s+", "", spelling).split()
            for cut in (2, 1):
                adjective = " ".join(word[:1].upper() + word[1:] for word in words[:cut])
                if len(words) <= cut or " ".join(words[cut:]).casefold() != body.casefold():
                    continue
                # an adjective of nationality, not the country's own name or initials ("U.S. Coast Guard")
                if (
                    adjective.replace(" ", "").isalpha()
                    and self.country(adjective) is None
                    and self.country_of_word(adjective) == country
                ):
                    return f"{adjective} {body}"
        return None

    def only_state_body(self, body: str) -> ActorRef | None:
        """Leftover class 5: "the police" after "the Ghanaian police": a bare body of a kind the article has named
        for exactly one country so far is that country's."""
        named = self.bodies_by_kind.get(body.casefold(), set())
        if not named:
            # "the ministry" after "the Ministry of Agriculture" or "the health ministry": the one body of the kind
            named = {
                name
                for kind, names_ in self.bodies_by_kind.items()
                if _head_of_kind(kind) == body.casefold()
                for name in names_
            }
        if len(named) != 1:
            return None
        # another body of the kind whose country was not read ("the Togolese police") makes it two
        ending = f" {body.casefold()}"
        others = [a for a in self.by_name.values() if a.name.casefold().endswith(ending) and a.name not in named]
        return None if others else self.by_name.get(name_key(next(iter(named))))

    def body_named_by_head(self, head: str, before: int) -> ActorRef | None:
        """ "the union" after "the Zimbabwe Cricket Union", "the council" after "the Council of Europe": a bare
        head noun names again the one body the article named before ``before`` whose name that noun heads (the
        word before "of", else the last word, legal forms aside); with two such bodies it names neither."""
        found: dict[str, ActorRef] = {}
        for ent in self.entities:
            if ent.label_ != "ORG" or ent.start >= before:
                continue
            words = self.clean(ent.text)[0].split()
            end = words.index("of") if "of" in words[1:] else len(words)
            while end > 1 and words[end - 1].casefold().strip(",.") in names.LEGAL_FORMS:
                end -= 1
            if len(words) < 2 or end < 1 or words[end - 1].casefold() != head:
                continue
            actor = self.actor(ent.text, "ORG")
            if actor is not None and actor.kind == "organisation":
                found[actor.name] = actor
        return next(iter(found.values())) if len(found) == 1 else None

    def _named_state_body(self, name: str, title: str | None) -> ActorRef | None:
        """ "the Peruvian Navy", "Pakistan Army", "the Central Bank of Kenya": a state body the recogniser named
        with its country's demonym or name is that country's; "the Royal Navy", "the Free Syrian Army" are bodies
        of their own (their names hold more than a listed body's words)."""
        country = None
        body = name
        if title:
            demonyms = [self.lexicon.demonyms.get(name_key(word)) for word in title.split()]
            country = demonyms[-1] if demonyms and all(demonyms) else None
        words = name.split()
        for cut in (2, 1):
            if country is None and len(words) > cut:
                country = self.country_of_word(" ".join(words[:cut]))
                body = " ".join(words[cut:]) if country else body
        owned, of, owner = name.rpartition(" of ")
        if country is None and of and owned:
            # "the Central Bank of Kenya", "the Supreme Court of Pakistan"
            country, body = self.country_of_word(owner), owned
        if country is None or not self.is_state_body(body):
            return None
        return self.state_body(country, body, {f"{title} {name}" if title else name})

    def mention_at(self, token: Any) -> Mention | None:
        return self.mentions.get(token.i)

    def country(self, name: str) -> PlaceRef | None:
        """The country ``name`` names in this article: a name two countries share ("Congo") is the one the
        article's other places lie in."""
        return self.places.country_by_clues(name, self.place_clues)

    @cached_property
    def place_clues(self) -> list[str]:
        """The place names of the article, what tells which of two countries of one name it means."""
        return [ent.text for ent in self.entities if ent.label_ in LOCATION_LABELS]

    # -- names ---------------------------------------------------------------------------------------------
    def clean(self, text: str) -> tuple[str, str | None]:
        """The name without a leading "the", possessive or title; and the title, if any."""
        text = _POSSESSIVE.sub("", text.strip()).strip()
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        title_words: list[str] = []
        while len(words) > 1:
            lowered = words[0].lower().strip(",")
            pair = f"{lowered} {words[1].lower()}" if len(words) > 2 else None
            if pair and pair in self.lexicon.titles:
                title_words += words[:2]
                words = words[2:]
            elif lowered in self.lexicon.titles or name_key(words[0]) in self.lexicon.demonyms:
                title_words.append(words[0])
                words = words[1:]
            else:
                break
        return " ".join(words), (" ".join(title_words) or None)

    def rank_length(self, words: list[str]) -> int:
        """How many of ``words`` (as written) open with a rank of armed forces or police: "Sergeant First Class",
        "Rear Admiral", "Detective Chief Inspector"; the longest rank wins, 0 when none opens them."""
        lowered = [w.lower().strip(",") for w in words]
        start = 0
        while True:
            for end in range(min(len(lowered), start + MAX_RANK_WORDS), start, -1):
                if " ".join(lowered[start:end]) in self.lexicon.ranks:
                    return end
            if start >= len(lowered) or lowered[start] not in RANK_PREFIXES:
                return 0
            start += 1  # "Detective Chief Inspector", "Deputy Commander": the prefixes of a rank

    def _without_rank(self, name: str) -> tuple[str, str | None]:
        """ "Staff Sergeant Laura Kim" -> ("Laura Kim", "Staff Sergeant"): a person's rank is a title, so that the
        same person named "Sergeant Kim" or "Ms Kim" is one; a name that is only a rank stays as it is."""
        words = name.split()
        cut = self.rank_length(words)
        if 0 < cut < len(words) and words[cut][:1].isupper():
            return " ".join(words[cut:]), " ".join(words[:cut])
        return name, None

    def _rank_begun_before(self, start: int, end: int) -> int:
        """ "Sergeant First Class Ana Ruiz" recognised as "First Class Ana Ruiz": a rank that begins before the
        name and runs into it is the person's title, taken in so that it comes off whole."""
        doc = self.doc
        for back in range(1, MAX_RANK_WORDS):
            if start - back < 0:
                break
            cut = self.rank_length([t.text for t in doc[start - back : end]])
            if back < cut < end - start + back:
                return start - back
        return start

    def _ranked_person(self, span: Any) -> bool:
        """ "Rear Admiral Ingrid Dahl", which the recogniser may read as a body: a rank, then a given name and a
        family name (two or three capitalised words, none a body's, a firm's or a place's word). "Major League
        Baseball", "General Motors", "General Dynamics Land Systems" stay bodies."""
        words = [t.text for t in span]
        cut = self.rank_length(words)
        rest = words[cut:]
        if (
            not cut
            or not 2 <= len(rest) <= 3
            or not all(_capitalised_word(t) or _NAME_WORD.match(t.text) for t in span[cut:])
        ):
            return False
        if any(t.tag_ != "NNP" for t in span[cut:]):
            return False  # "General Dynamics Land Systems": a plural ends a firm's name, never a person's
        lowered = {w.lower() for w in rest}
        return not lowered & self._body_words() and not any(self.places.is_known(w) for w in rest)

    def _rank_before_a_name(self, ent: Any) -> Mention | None:
        """ "Sergeant First Class Ana Ruiz" read as a body "Sergeant First" (and a person "Ana Ruiz" or none): words
        of a rank that run on into a capitalised name are the person's title, no actor of their own; the rank and
        the name (at most three words) are one person."""
        doc = self.doc
        words = [t.text for t in doc[ent.start : min(len(doc), ent.start + MAX_RANK_WORDS + 2)]]
        cut = self.rank_length(words)
        end = ent.start + cut
        if not (cut > 0 and end >= ent.end and end < len(doc) and _capitalised_word(doc[end])):
            return None
        name_end = end
        while name_end < len(doc) and name_end - end < 3 and _capitalised_word(doc[name_end]):
            name_end += 1
        return Mention(ent.start, name_end, "PERSON", doc[ent.start : name_end].text)

    def _name_after_an_occupation(self, ent: Any) -> Mention | None:
        """ "Historian Luu Doan Huynh notes", "Swimmer Lukas Brandt has been suspended": a sentence that opens with
        a person's occupation before their name, which the recogniser, misled by the capital, reads as a body, a
        people and a place, or keeps in the person's name. The occupation is no part of the name: the two or three
        capitalised words after it are the person (none a body's or a firm's word: "Farmer Brothers Coffee")."""
        doc = self.doc
        opening = ent.sent.start
        occupation = doc[opening]
        lowered = occupation.lower_
        if (
            not _capitalised_word(occupation)
            or lowered in self.lexicon.titles
            or self.rank_length([occupation.text])
            or self.lexicon.actor_noun_kind(lowered) != "group"
        ):
            return None
        end, words = opening + 1, 0
        while end < len(doc) and words < 3:
            if doc[end].tag_ == "NNP" and _NAME_WORD.match(doc[end].text):
                words += 1
            elif not (doc[end].tag_ == "HYPH" and not doc[end - 1].whitespace_ and not doc[end].whitespace_):
                break  # "Jean-Paul": the hyphen of a given name
            end += 1
        if not 2 <= words <= 3 or ent.end > end or (end < len(doc) and doc[end].tag_ == "NNP"):
            return None
        if {t.lower_ for t in doc[opening + 1 : end]} & self._body_words():
            return None
        return Mention(opening + 1, end, "PERSON", doc[opening + 1 : end].text)

    def _body_words(self) -> frozenset[str] | set[str]:
        """The words of a body's or a firm's name, which no person's name has."""
        return names.BODY_HEADS | names.LEGAL_FORMS | set(self.lexicon.unnamed_actors) | self.lexicon.named_heads

    def remember(self, actor: ActorRef) -> ActorRef:
        """The article's one actor of that name (the first one named so, or another spelling of it); a short
        name the article gave it in parentheses is one of its aliases, so that other articles naming the body
        only by it find it in the store."""
        remembered = self._remember(actor)
        for spelling in (remembered.name, *remembered.aliases):
            short = self.short_name_of.get(name_key(spelling))
            if short is not None:
                remembered.aliases.add(short)
        return remembered

    def _remember(self, actor: ActorRef) -> ActorRef:
        key = name_key(actor.name)
        known = self.by_name.get(key)
        if known is not None:
            known.aliases |= actor.aliases
            if actor.title and actor.title not in known.titles:
                known.titles.append(actor.title)
            # the current role, not a past one ("Then-President") when the text gives both
            current = [t for t in known.titles if not t.lower().startswith(("then", "former", "ex-", "late"))]
            known.title = (current or known.titles)[-1] if known.titles else None
            return known
        if actor.kind == "person":
            same = next(
                (
                    known
                    for known in self.by_name.values()
                    if known.kind == "person" and names.same_person(known.name, actor.name)
                ),
                None,
            )
            if same is not None:
                # another spelling of a person already named: the first full name stays canonical
                same.aliases |= actor.aliases | {actor.name}
                self.by_name[key] = same
                return same
        if actor.kind == "organisation":
            # "the State Council Press Office" and "the Press Office": one body, named once with its parent
            short = names.body_without_parent(actor.name)
            same = self.by_name.get(name_key(short)) if short is not None else None
            if same is None:
                same = next(
                    (
                        known
                        for known in self.by_name.values()
                        if known.kind == "organisation" and name_key(names.body_without_parent(known.name) or "") == key
                    ),
                    None,
                )
            if same is not None and same.kind == "organisation":
                same.aliases |= actor.aliases | {actor.name}
                self.by_name[key] = same
                return same
        if actor.kind in ("product", "organisation") and " " in key:
            words = key.split()
            fuller = next(
                (
                    known
                    for known_key, known in self.by_name.items()
                    if known.kind == actor.kind
                    and known_key.startswith(words[0] + " ")
                    and names.same_body_words(known_key.split(), words)
                ),
                None,
            )
            if fuller is not None:
                # "the iTunes Music Store" and "the iTunes Store", "Acme Holdings Inc." and "Acme Inc.": the
                # first name stays canonical, the other is an alias
                fuller.aliases |= actor.aliases | {actor.name}
                self.by_name[key] = fuller
                return fuller
        self.by_name[key] = actor
        parts = actor.name.split()
        if len(parts) > 1 and actor.kind in ("person", "organisation"):
            self.by_part.setdefault(name_key(parts[-1]), actor)
        if (
            len(parts) > 1
            and actor.kind == "organisation"
            and parts[0][:1].isupper()
            # "Israeli" is a nationality, not the short name of the "Israeli Navy"; "Chile" not of the "Chile navy"
            and name_key(parts[0]) not in self.lexicon.demonyms
            and actor.country is None
        ):
            # "Halvorsen" for "Halvorsen Aerospace", "Ford" for "Ford Motor": a company's first word, while no
            # other body of the article starts with it ("Apple" for Apple Corps and Apple Computer is neither)
            first = name_key(parts[0])
            if self.by_first_word.get(first, actor) is not actor:
                self._ambiguous_first_words.add(first)
            self.by_first_word[first] = actor
        if len(parts) > 1 and actor.kind == "product" and _MODEL_CODE.match(parts[-1]):
            self.by_part.setdefault(name_key(parts[-1]), actor)  # "the A380" after "Airbus A380"
        if len(parts) > 1 and actor.kind == "person":
            for surname in names.family_name_keys(actor.name):
                if surname in self.by_surname and self.by_surname[surname] is not actor:
                    self._ambiguous_surnames.add(surname)
                self.by_surname[surname] = actor
            for surname in self._ambiguous_surnames:
                self.by_surname.pop(surname, None)
        if len(parts) > 1 and actor.kind == "person":
            first = name_key(parts[0])
            if first in self.by_first and self.by_first[first] is not actor:
                self._ambiguous_first.add(first)
            self.by_first[first] = actor
            for name in self._ambiguous_first:
                self.by_first.pop(name, None)
        return actor

    def _place_named(self, name: str) -> bool:
        """An organisation the recogniser names after a place is that place ("Moscow said", "Texas sued")
        when the place is one news speaks for: a country, region, capital or large city. A company named
        after a small town ("Nokia", "Toyota", "Orange") stays a company."""
        return self.places.is_prominent(name) or self.places.country(name) is not None

    def actor(self, text: str, label: str, title: str | None = None) -> ActorRef | None:
        name, stripped_title = self.clean(text)
        if label == "PERSON":
            name, rank = self._without_rank(name)
            if rank:
                stripped_title = f"{stripped_title} {rank}" if stripped_title else rank
        if label == "PERSON" and names.is_acronym(name) and len(name.replace(".", "")) > 2:
            label = "ORG"  # "the GDPC said": initials of three letters or more name a body, not a person
        if label == "ORG":
            state_body = self._named_state_body(name, stripped_title)
            if state_body is not None:
                return state_body
        if label == "ORG" and stripped_title is not None and self._nationality_in_name(stripped_title, name):
            name, stripped_title = f"{stripped_title} {name}", None
        if label == "ORG" and stripped_title is not None and stripped_title.casefold() in BODY_NAME_RANKS:
            # "General Electric", "the General Assembly", "the General Administration of Customs": a rank that
            # begins a body's name is part of it, not a title of whoever the rest names
            name, stripped_title = f"{stripped_title} {name}", None
        title = title or stripped_title
        if not name or not any(c.isalpha() for c in name):
            return None
        if label == "ORG":
            name = self._without_leader(name)
        owned = _INNER_POSSESSIVE.match(name)
        if owned and _collective_possessive(owned["owner"]):
            owned = None  # "the Farmers' People's Union", "the Kurdistan Workers' Party": one name, no owner in it
        if owned and owned["owned"].lower() in _BODY_KIND_WORDS:
            # "the Ombudsman's Office", "the Auditor General's Department": a word for a kind of body names none by
            # itself; its owner is what names it
            name, owned = f"{owned['owner']} {owned['owned']}", None
        if owned and label != "PERSON" and owned["owned"][:1].isupper():
            # "the Beatles' Apple Corps", "Acme's Widget Store": the possessed body or product, which the
            # possessor only qualifies; "Beatles Apple Corps" stays a way to find it
            found = self.actor(owned["owned"], label)
            if found is not None:
                found.aliases |= {name, f"{owned['owner']} {owned['owned']}"} - {found.name}
            return found
        if label != "PERSON" and _CAMEL.match(name) and name.endswith("s") and name[:-1] in self.mention_texts:
            name = name[:-1]  # "iPods" when the article also names the "iPod"
        if _TIMEZONE.match(name) or (label != "PERSON" and _FACILITY.search(name)):
            return None  # "EST", "Eastern Time", "Ben Gurion Airport": not actors
        if label != "PERSON" and _MOUNTAIN.match(name):
            return None  # "Mount Fairview shipped its first ore": a mountain is where a mine is, whose owner acts
        if label == "ORG" and self._place_named(name) and not self.lexicon.known_actor(name):
            country = self.country(name)
            return self.remember(ActorRef(country.name, "country")) if country else None
        short = name.replace(".", "")
        introduced = name in self.introduced_short_names
        if (names.is_acronym(name) or introduced) and short in self.acronyms and not self.lexicon.known_actor(name):
            found = self.actor(self.acronyms[short], "ORG")
            if found is not None:
                found.aliases.add(name)
            return found
        if label == "ORG" and _GOVERNMENT_BODY.match(_FORM_OF_STATE.sub("", name)):
            return self._government_body(name, stripped_title)
        words = name.split()
        if label == "PERSON" and len(words) > 2:
            # "Steve Jobs Apple Computer": the recogniser ran a name into the company after it
            for cut in range(2, len(words)):
                tail = self.lexicon.known_actor(" ".join(words[cut:]))
                if tail is not None and tail.kind != "person":
                    name = " ".join(words[:cut])
                    break
        known = self.lexicon.known_actor(name) or self.lexicon.known_actor(text)
        legal_name = names.without_legal_form(name) if label in ("ORG", "PRODUCT") and known is None else name
        if legal_name != name:
            # "General Motors Corp." is General Motors: the legal form is an alias, not the name
            found = self.actor(legal_name, label, title)
            if found is not None:
                found.aliases.add(name)
            return found
        if known is None and _CAMEL.match(name) and name.endswith("s"):
            known = self.lexicon.known_actor(name[:-1])  # "iPods"
        if known is not None:
            aliases = {name} if name_key(name) != name_key(known.name) else set()
            return self.remember(ActorRef(known.name, known.kind, aliases, title, known.wikidata))
        key = name_key(name)
        if key in self.by_head and label != "PERSON" and not self.places.is_known(name):
            return self.by_head[key]  # "Apple's iTunes held 19 percent" after "the iTunes store"
        if key in self.by_name:
            return self.remember(ActorRef(self.by_name[key].name, self.by_name[key].kind, set(), title))
        if len(name.split()) == 1 and key in self.by_part:
            full = self.by_part[key]
            return self.remember(ActorRef(full.name, full.kind, {name}, title))
        if (
            len(name.split()) == 1
            and label in ("ORG", "PRODUCT", "NORP", "PERSON")  # the recogniser often takes "Halvorsen" for a person
            and key in self.by_first_word
            and key not in self._ambiguous_first_words
        ):
            full = self.by_first_word[key]
            return self.remember(ActorRef(full.name, full.kind, {name}, title))
        if len(name.split()) == 1 and key in self.by_first and label == "PERSON":
            full = self.by_first[key]
            return self.remember(ActorRef(full.name, full.kind, set(), title))
        part_keys = names.keys(name)
        # the recogniser may take a surname alone for a product or a group ("Bongo had won"): the article's one
        # person of that surname is meant
        if len(part_keys) == 1 and part_keys[0] in self.by_surname and label in SURNAME_LABELS:
            full = self.by_surname[part_keys[0]]  # "Assad" for "Bashar al-Assad", "Lai" for "Lai Ching-te"
            return self.remember(ActorRef(full.name, full.kind, {name}, title))
        surname = self.lexicon.known_surname(name) if len(name.split()) == 1 and label in ("PERSON", "ORG") else None
        if surname is not None:
            return self.remember(ActorRef(surname.name, surname.kind, {name}, title, surname.wikidata))
        country = self.country(name)
        if country is not None:
            return self.remember(ActorRef(country.name, "country"))
        if label == "NORP":
            demonym = self.lexicon.demonyms.get(key)
            return self.remember(ActorRef(demonym, "country")) if demonym else None
        if label == "PERSON":
            kind = "person"
        elif label == "PRODUCT" or _CAMEL.match(name.split()[0]):
            kind = "product"
        elif label in ("ORG",):
            kind = "organisation"
        elif label in LOCATION_LABELS:
            kind = "other"
        else:
            kind = "other"
        return self.remember(ActorRef(name, kind, set(), title))

    def _without_leader(self, name: str) -> str:
        """ "the Farmers' Union of John Smith": a party the recogniser ran into its leader's name, when the
        article names that person elsewhere ("Smith said"); "the Union of Concerned Scientists" stays whole."""
        head, of, tail = name.rpartition(" of ")
        words = tail.split()
        if not of or not head or not 1 < len(words) <= 3 or not all(_NAME_WORD.match(w) for w in words):
            return name
        people = {m.text.split()[-1] for m in self.mentions.values() if m.label == "PERSON"}
        if words[-1] in people or (self._named_alone(words[-1]) and not self.places.is_known(words[-1])):
            self.remember(ActorRef(tail, "person"))  # the leader, whom "Smith said" then names
            return head
        return name

    def _named_alone(self, word: str) -> bool:
        """Whether the text names someone by this word alone, a capitalised word with no name word beside it
        ("Smith said"): a surname, after the full name."""
        doc = self.doc
        return any(
            (i == 0 or not doc[i - 1].text[:1].isupper() or doc[i - 1].is_sent_start)
            and (i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper())
            and (i < 2 or doc[i - 1].lower_ != "of")
            for i in token_indexes(doc, "ORTH", [word])
        )

    def company_by_first_word(self, word: str) -> ActorRef | None:
        """ "Brantis" after "Brantis Foods": the one body of the article whose name starts with the word, which the
        recogniser took for a nationality or left untagged."""
        key = name_key(word)
        if key in self._ambiguous_first_words:
            return None
        return self.by_first_word.get(key)

    def _nationality_in_name(self, adjectives: str, name: str) -> bool:
        """ "the Italian Space Agency", "the Pakistani Taliban", "British Airways": a nationality the recogniser
        names a body with is part of the body's name (a person's "Russian President" is a title).  Not a state's
        own office ("the Russian Defence Ministry", named with its country), nor a body known without it."""
        words = adjectives.split()
        if not all(name_key(word) in self.lexicon.demonyms for word in words):
            return False
        return not _GOVERNMENT_BODY.match(name) and self.lexicon.known_actor(name) is None

    def with_head(self, named: ActorRef, head: str) -> ActorRef:
        """ "the iTunes store" -> "iTunes store", found by "iTunes" too; a name that already ends in the head
        ("iTunes Store") is itself."""
        if name_key(named.name).endswith(" " + head):
            return named
        body = self.remember(ActorRef(f"{named.name} {head}", named.kind, {named.name}))
        self.by_head[name_key(named.name)] = body
        return body

    def person_title(self, mention: Mention) -> str | None:
        """The words before a name that describe it: "U.S. President-elect" in "U.S. President-elect Donald Trump"."""
        doc = self.doc
        root = doc[mention.start : mention.end].root
        left = [c for c in root.lefts if c.i < mention.start and c.dep_ in ("compound", "amod", "nmod", "punct")]
        if not left:
            return None
        first = min(c.left_edge.i for c in left)
        words = doc[first : mention.start].text.strip(" ,")
        lowered = words.lower()
        if any(title in lowered for title in self.lexicon.titles):
            return str(words)
        return None

    def by_title(self, phrase: str) -> ActorRef | None:
        """ "the president-elect" -> the actor introduced with that title in this article."""
        phrase = phrase.lower().replace(" - ", "-").strip()
        for determiner in ("the ", "its ", "their "):  # "its chairman": the company's, whom the article named
            if phrase.startswith(determiner):
                phrase = phrase[len(determiner) :]
        if not phrase or phrase not in self.lexicon.titles:
            return None
        found = [
            a for a in self.by_name.values() if any(t.lower().replace(" - ", "-").endswith(phrase) for t in a.titles)
        ]
        return found[0] if len(found) == 1 else None


# The last words of company names, which no person's name ends with: general language, for the names of companies
# the recogniser takes for people ("Tervo Shipyards", "Andina Mining", "Korvan Airways").
CORPORATE_WORDS = frozenset(
    {
        "airlines",
        "airways",
        "bancorp",
        "bank",
        "biosciences",
        "breweries",
        "brewing",
        "capital",
        "chemicals",
        "corp",
        "corporation",
        "electronics",
        "energy",
        "enterprises",
        "foods",
        "group",
        "holdings",
        "industries",
        "insurance",
        "investments",
        "laboratories",
        "logistics",
        "minerals",
        "mining",
        "motors",
        "partners",
        "pharma",
        "pharmaceuticals",
        "resources",
        "retail",
        "semiconductor",
        "semiconductors",
        "shipbuilding",
        "shipping",
        "shipyards",
        "steel",
        "stores",
        "systems",
        "technologies",
        "telecom",
        "telecommunications",
        "textiles",
        "therapeutics",
        "utilities",
    }
)


# Plural nouns of people whose possessive is a word of a body's name ("People's Party", "Workers' Union",
# "Farmers' Alliance", "Women's League"), not the owner of a body named after it.
COLLECTIVE_NAME_WORDS = frozenset(
    {"people", "peoples", "workers", "women", "farmers", "citizens", "veterans", "students", "teachers", "employers",
     "journalists", "children", "miners", "soldiers", "nations"}
)  # fmt: skip


def _age_after(doc: Any, comma: int) -> bool:
    """ "Kambanda, 61, ...": an age in apposition after the comma at ``comma``."""
    after = doc[comma + 1] if comma + 1 < len(doc) else None
    return (
        after is not None
        and after.text.isdigit()
        and 1 <= int(after.text) <= 120
        and comma + 2 < len(doc)
        and doc[comma + 2].text == ","
    )


def _common_noun_before_a_name(token: Any) -> bool:
    """A lower-case common noun the recogniser took into the start of a body's name ("bank", "exchange"), before
    the capitalised words of the name."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.tag_ in ("NN", "NNS")
        and token.is_alpha
        and token.is_lower
        and following is not None
        and following.text[:1].isupper()
    )


def _collective_possessive(owner: str) -> bool:
    """Whether a possessive inside a name is one of a body's own words ("the National People's Congress")."""
    return owner.split()[-1].casefold() in COLLECTIVE_NAME_WORDS


def _corporate_name(span: Any) -> bool:
    return len(span) > 1 and span[-1].lower_ in CORPORATE_WORDS and span[-1].text[:1].isupper()


# words after a number that make it an amount: "12 million euros", "40 percent", "300 jobs"
_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "thousand", "hundred", "percent", "per", "%", "bn", "m"})
_AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


def _amount_at(doc: Any, i: int) -> bool:
    """ "fined Halvex Bank 12 million euros", "charged Brenna Foods 40 percent more": a number right after a
    company's name that starts an amount is what the verb gives or takes, not a model of the company's ("Boeing
    787")."""
    if doc[i].ent_type_ in _AMOUNT_LABELS:
        return True
    return i + 1 < len(doc) and doc[i + 1].lower_ in _AMOUNT_WORDS


# firms a nationality is told of ("the Mexican company X", "a Chilean bidder"): a story's foreign party, no sign
# of whose country the story's own bodies are
_FIRM_NOUNS = frozenset(
    {"company", "firm", "group", "bidder", "investor", "miner", "maker", "consortium", "operator", "developer"}
)
_FIRM_NOUNS |= {f"{noun}s" for noun in _FIRM_NOUNS} | {"companies"}


def _compass_of_a_name(ent: Any) -> bool:
    """Whether the entity is a compass word alone that begins a longer name ("the East police district said")."""
    root = ent.root
    return (
        len(ent) == 1
        and root.lower_ in COMPASS_NAMES
        and root.dep_ == "compound"
        and root.head.i > root.i
        and root.head.is_lower
    )


def _head_of_kind(kind: str) -> str:
    """The word a kind of state body is named by alone: "ministry" of "ministry of agriculture" and of "health
    ministry"."""
    owned, of, _ = kind.partition(" of ")
    return owned if of else kind.split()[-1]


# the words after a nationality that make it a region's name ("the Somali region", "the Kurdish region")
REGION_AFTER_NATIONALITY = frozenset({"region", "regions", "province", "zone"})


def _names_a_region(ent: Any) -> bool:
    """ "the Somali region" of Ethiopia: a nationality before a region word names the region, not its country."""
    doc = ent.doc
    return ent.label_ == "NORP" and ent.end < len(doc) and doc[ent.end].lower_ in REGION_AFTER_NATIONALITY


def _seat_of_a_court(ent: Any) -> bool:
    """Whether a name is the "of" phrase of a court or a judge ("a judge of Lyon")."""
    root = ent.root
    return bool(
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in ("court", "tribunal", "judge", "judges")
    )


def _foreign_firm(ent: Any) -> bool:
    """Whether a nationality names a firm's ("The Mexican company Rojo Salud ..."): no country the story is set in."""
    return ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound") and ent.root.head.lower_ in _FIRM_NOUNS


# "the Panama-flagged tanker", "a Malta-registered ship": the state a vessel is registered in
_FLAG_WORDS = frozenset({"flagged", "registered", "flag"})


def _names_a_flag(doc: Any, end: int) -> bool:
    """Whether the name ending at ``end`` is a vessel's flag ("the Panama-flagged tanker"): the state it is
    registered in, for its papers only; neither who acts in the story nor where anything happens."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _FLAG_WORDS


# the longest speaker label of a transcript ("PRESENTER:", "SECOND CALLER:")
_LABEL_WORDS = 3


def _speaker_labels(doc: Any) -> frozenset[int]:
    """The tokens of a transcript's speaker labels ("PRESENTER: It's one o'clock", "REPORTER: Thank you"): a word or
    two in capitals that open a line and end in a colon name who speaks next, a role in the broadcast, no actor of
    what the line tells (the recogniser often takes them for a body, the parser for a subject)."""
    found: set[int] = set()
    for colon in token_indexes(doc, "ORTH", [":"]):
        start = colon
        while start > 0 and colon - start < _LABEL_WORDS and doc[start - 1].text.isupper() and doc[start - 1].is_alpha:
            start -= 1
        opens_a_line = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
        if start < colon and opens_a_line:
            found.update(range(start, colon))
    return frozenset(found)


def _capitalised_word(token: Any) -> bool:
    """A word of letters (any alphabet's: "Martín", "Øyvind") written with a capital and then small letters."""
    return bool(token.is_alpha and token.text[:1].isupper() and token.text[1:].islower())


def _cut_at_amount(ent: Any) -> Any:
    """ "fined Ortega Cement 5 million euros" read as one organisation "Ortega Cement 5 million": a name ends
    before a number that starts an amount."""
    for token in ent[1:]:
        if token.like_num and _amount_at(token.doc, token.i):
            return type(ent)(ent.doc, ent.start, token.i, label=ent.label)
    return ent


def _whole_names_before_short_names(ents: Iterable[Any]) -> tuple[Any, ...]:
    """The entities, a long name the recogniser split at an "and" made whole again by the short name in parentheses
    after it (see ``_grown_to_its_short_name``); the part it had taken for a name of its own is no entity then."""
    found = list(ents)
    grown = [_grown_to_its_short_name(ent) for ent in found]
    wholes = [(new.start, new.end) for old, new in zip(found, grown, strict=True) if new is not old]
    return tuple(
        ent
        for ent in grown
        if not any(
            start <= ent.start and ent.end <= end and (ent.start, ent.end) != (start, end) for start, end in wholes
        )
    )


def _grown_to_its_short_name(ent: Any) -> Any:
    """ "Nigeria's National Agency for Food and Drug Administration and Control (NAFDAC)", "the Sri Lanka Tea
    Growers and Exporters Association (SLTGEA)": the recogniser splits a long name at an "and" ("Control (NAFDAC",
    "Sri Lanka Tea Growers"); the short name in parentheses, the initials of the whole, tells where the name begins
    and ends. A name the recogniser read whole stays as it read it."""
    doc = ent.doc
    if ent.label_ != "ORG":
        return ent
    opening = next((t.i for t in ent if t.text == "("), None)
    if opening is None:
        opening = ent.end
        while opening < ent.end + 8 and opening < len(doc) and _in_a_long_name(doc[opening]):
            opening += 1
    if not (opening + 2 < len(doc) and doc[opening].text == "(" and doc[opening + 2].text == ")"):
        return ent
    short = doc[opening + 1].text
    if opening <= ent.start or not names.is_acronym(short):
        return ent
    start = ent.start
    while names.acronym(doc[start:opening].text) != short:
        if start == 0 or ent.start - start >= 12 or not _in_a_long_name(doc[start - 1]):
            return ent
        start -= 1
    while doc[start].is_lower:
        start += 1  # "the", a small word no name begins with
    if start >= ent.start and opening <= ent.end:
        return ent  # whole already: what the recogniser ran into the parenthesis is read as before
    return type(ent)(doc, start, opening, label=ent.label)


def _in_a_long_name(word: Any) -> bool:
    """Whether ``word`` may be part of a body's long name: a capitalised word or a small word initials skip."""
    return (word.is_alpha and word.text[:1].isupper()) or word.lower_ in names.ACRONYM_SKIPS


def _cut_at_lower_case_of(ent: Any) -> Any:
    """ "notified the Bank of Estonia of the breach" read as one body "Bank of Estonia of the breach": a name's
    "of" phrase is capitalised ("Union of Concerned Scientists"), so a capitalised name ends before an "of", a
    determiner and lower-case words only; and before an "of" and a day written in figures ("the judgment of the
    Electoral Tribunal of the State of Oaxaca of 23/06/2026"): the date of the act, not the body's."""
    for token in ent[1:-1]:
        if token.lower_ != "of" or not ent.doc[token.i - 1].text[:1].isupper():
            continue
        rest = ent.doc[token.i + 2 : ent.end]
        described = ent.doc[token.i + 1].tag_ in ("DT", "PRP$") and all(t.is_lower or not t.is_alpha for t in rest)
        if described or _NUMERIC_DAY.fullmatch(ent.doc[token.i + 1 : ent.end].text):
            return type(ent)(ent.doc, ent.start, token.i, label=ent.label)
    return ent


# a day in figures: "23/06/2026", "02.05.2026", "2026-06-23"
_NUMERIC_DAY = re.compile(r"\d{1,4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,4}")


def _cut_at_clause_verb(ent: Any) -> list[Any]:
    """ "the transport ministry grounded Nusa Air's jets" read as one organisation: a name never holds the verb
    of its clause (a finite verb with its subject), so the name ends before it and another may start after it."""
    for token in ent[1:-1]:
        if token.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(token)):
            parts = [(ent.start, token.i), (token.i + 1, ent.end)]
            return [type(ent)(ent.doc, start, end, label=ent.label) for start, end in parts if end > start]
    return [ent]
