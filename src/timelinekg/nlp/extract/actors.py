"""Who is who in one article: entity mentions resolved to canonical actors.

* Titles are stripped and kept ("U.S. President-elect Donald Trump" -> Donald Trump, title kept).
* A surname or a short company name ("Trump", "the Post") resolves to the full name seen in the article;
  the short form is emitted as an alias, so the store's alias index also finds it from other articles.
* Aliases and transliterations come from the alias data file (Zelensky, Zelenskyy -> Volodymyr Zelenskiy).
* A capital city used as a speaker or addressee stands for its country's government ("Moscow said"
  -> Russia); as a location it stays a place (decided by the caller, which knows the role).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from timelinekg.nlp.extract.lexicon import Lexicon
from timelinekg.nlp.extract.places import Gazetteer
from timelinekg.schema.identity import name_key

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT"}
LOCATION_LABELS = {"GPE", "LOC", "FAC"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z][A-Za-z]*$")  # iPod, iPhone, eBay
_MODEL = re.compile(r"^(?:\d[\w.]*|[A-Z]\d\w*|X|XL|S|C|(?i:pro|mini|max|plus|nano|touch|shuffle|classic|air))$")
_MODEL_CODE = re.compile(r"^[A-Z]{0,2}\d{2,4}[A-Za-z]{0,3}$")
PRONOUNS_PERSON = {"he", "him", "his", "she", "her"}
PRONOUNS_GROUP = {"it", "its", "they", "them", "their"}


@dataclass
class ActorRef:
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    title: str | None = None
    wikidata: str | None = None
    titles: list[str] = field(default_factory=list)

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
        self.mentions: dict[int, Mention] = {}  # token index -> mention covering it
        self._ambiguous_first: set[str] = set()
        self._collect_mentions()

    # -- mentions ------------------------------------------------------------------------------------------
    def _collect_mentions(self) -> None:
        doc = self.doc
        for ent in doc.ents:
            if ent.label_ in ACTOR_LABELS:
                start = ent.start
                # "the Washington Post": keep "the" out of the name, but spaCy sometimes includes it
                if doc[start].lower_ == "the" and ent.end - start > 1:
                    start += 1
                mention = Mention(start, ent.end, ent.label_, doc[start : ent.end].text)
                for i in range(start, ent.end):
                    self.mentions[i] = mention
        for token in doc:
            if token.i in self.mentions:
                continue
            if (
                token.tag_ == "NNP"
                and token.text[:1].isupper()
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
            named_product = mention.label == "PRODUCT" or _CAMEL.match(mention.text.split()[0]) is not None
            model_of_maker = (
                mention.label == "ORG"
                and end == mention.end + 1
                and _MODEL_CODE.match(doc[mention.end].text) is not None
            )
            if end > mention.end and (named_product or model_of_maker or self.lexicon.known_actor(grown_text)):
                # "Boeing 787", "Airbus A380": a maker's name and a model code name a product
                label = "PRODUCT" if model_of_maker else mention.label
                grown = Mention(mention.start, end, label, grown_text)
                for j in range(grown.start, grown.end):
                    self.mentions[j] = grown

    def mention_at(self, token: Any) -> Mention | None:
        return self.mentions.get(token.i)

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

    def remember(self, actor: ActorRef) -> ActorRef:
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
        self.by_name[key] = actor
        parts = actor.name.split()
        if len(parts) > 1 and actor.kind in ("person", "organisation"):
            self.by_part.setdefault(name_key(parts[-1]), actor)
        if len(parts) > 1 and actor.kind == "person":
            first = name_key(parts[0])
            if first in self.by_first and self.by_first[first] is not actor:
                self._ambiguous_first.add(first)
            self.by_first[first] = actor
            for name in self._ambiguous_first:
                self.by_first.pop(name, None)
        return actor

    def actor(self, text: str, label: str, title: str | None = None) -> ActorRef | None:
        name, stripped_title = self.clean(text)
        title = title or stripped_title
        if not name or not any(c.isalpha() for c in name):
            return None
        words = name.split()
        if label == "PERSON" and len(words) > 2:
            # "Steve Jobs Apple Computer": the recogniser ran a name into the company after it
            for cut in range(2, len(words)):
                tail = self.lexicon.known_actor(" ".join(words[cut:]))
                if tail is not None and tail.kind != "person":
                    name = " ".join(words[:cut])
                    break
        known = self.lexicon.known_actor(name) or self.lexicon.known_actor(text)
        if known is None and _CAMEL.match(name) and name.endswith("s"):
            known = self.lexicon.known_actor(name[:-1])  # "iPods"
        if known is not None:
            aliases = {name} if name_key(name) != name_key(known.name) else set()
            return self.remember(ActorRef(known.name, known.kind, aliases, title, known.wikidata))
        key = name_key(name)
        if key in self.by_name:
            return self.remember(ActorRef(self.by_name[key].name, self.by_name[key].kind, set(), title))
        if len(name.split()) == 1 and key in self.by_part:
            full = self.by_part[key]
            return self.remember(ActorRef(full.name, full.kind, {name}, title))
        if len(name.split()) == 1 and key in self.by_first and label == "PERSON":
            full = self.by_first[key]
            return self.remember(ActorRef(full.name, full.kind, set(), title))
        surname = self.lexicon.known_surname(name) if len(name.split()) == 1 and label in ("PERSON", "ORG") else None
        if surname is not None:
            return self.remember(ActorRef(surname.name, surname.kind, {name}, title, surname.wikidata))
        country = self.places.country(name)
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
        if phrase.startswith("the "):
            phrase = phrase[4:]
        if not phrase or phrase not in self.lexicon.titles:
            return None
        found = [
            a for a in self.by_name.values() if any(t.lower().replace(" - ", "-").endswith(phrase) for t in a.titles)
        ]
        return found[0] if len(found) == 1 else None
