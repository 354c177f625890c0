"""What a report says beyond its arguments, for the merge rule (schema/speech.py): the words a statement
reports, the occasion it names, and whether it tells background rather than news.

* ``said``: the content words of a statement's sentence (names, nouns, verbs, adjectives, numbers), without
  the speaker's own name, the reporting verb, the occasion, dates and function words, each cut to a stem
  ("cancelled" / "cancel", "Ukraine" / "Ukrainian") so that two wordings of one claim share them.
* ``occasion``: the occasion the speaking verb sits in: "said in a televised address", "addressing the
  nation, said", "appeared on television and said", "said in a statement", "told reporters".  Not one called
  another ("in an earlier statement", "in a separate post").
* ``background``: an earlier occasion ("has twice before sued", "had previously attacked") or a lasting
  state ("its decades-long dispute", "the long-running feud"): not the dated news it is told beside.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from timelinekg.nlp.extract.nlp import children_of, tokens_in
from timelinekg.schema.speech import ANOTHER, BACKGROUND, HEARING, OCCASION, SAID

# Prior occurrences, not the news: "has twice before sued", "had previously attacked", "formerly ran".
PRIOR_OCCASION = frozenset({"before", "previously", "formerly"})
# "decades-long", "years-long", "long-running", "long-standing", "protracted", "decades-old" (squashed)
_LASTING = re.compile(
    r"^(?:(?:decades?|years?|months?|centur(?:y|ies))(?:long|old)|long(?:running|standing|lasting)|longstanding"
    r"|protracted|lengthy)$"
)
# The occasions speech is made on, in general English: what a report names when it says where it was said.
OCCASION_NOUNS = frozenset(
    {
        "address",
        "speech",
        "statement",
        "conference",
        "briefing",
        "interview",
        "television",
        "broadcast",
        "keynote",
        "remarks",
        "communique",
        "communiqué",
        "declaration",
        "video",
        "hearing",
        "testimony",
    }
)
OCCASION_VERBS = frozenset(
    {"address", "addressing", "addressed", "appear", "appeared", "appearing", "speaking", "spoke", "broadcast"}
)
# "speaking to the nation": an address
AUDIENCES = frozenset({"nation", "country", "people", "parliament", "lawmakers", "supporters", "crowd", "troops"})
MEDIA_NOUNS = frozenset({"tv", "radio", "channel", "airwaves"})
# "told reporters", "told journalists": a press occasion
PRESS = frozenset({"reporters", "journalists", "press"})
# "told the committee", "told MPs", "told senators", "told the court": a hearing, where one is questioned and answers
# (what a witness says there sentence after sentence is one statement, schema/speech.py)
HEARING_AUDIENCES = frozenset(
    {
        "committee",
        "subcommittee",
        "panel",
        "inquiry",
        "commission",
        "hearing",
        "deputies",
        "mps",
        "senators",
        "lawmakers",
        "legislators",
        "congressmen",
        "councillors",
        "councilors",
        "court",
        "jury",
        "tribunal",
    }
)
OTHER_OCCASION = frozenset({"earlier", "separate", "previous", "another", "other", "later", "last", "prior", "first"})
CONTENT_TAGS = ("NN", "VB", "JJ", "CD", "RB")
CLAUSES = frozenset({"acl", "relcl", "ccomp"})
_STEM_LENGTH = 6
_SUFFIXES = ("ians", "ian", "ings", "ing", "ies", "ied", "ed", "es", "s")


def report_attributes(candidate: Any, speech: bool, lexicon: Any) -> tuple[tuple[str, Any], ...]:
    """The attributes above for one candidate event (``speech``: it reports what someone said)."""
    found: list[tuple[str, Any]] = []
    why = background(candidate)
    if why:
        found.append((BACKGROUND, why))
    if speech:
        words = said_words(candidate, lexicon)
        if words:
            found.append((SAID, (words,)))
        named = occasion(candidate)
        if named:
            found.append((OCCASION, (named,)))
    return tuple(found)


def background(candidate: Any) -> str:
    for token in {candidate.trigger, candidate.verb}:
        for child in children_of(token):
            if child.dep_ in ("advmod", "npadvmod") and any(t.lower_ in PRIOR_OCCASION for t in child.subtree):
                return f"an earlier occasion: “{_phrase(child)}”"
            if child.dep_ in ("amod", "compound") and token.tag_.startswith("NN"):
                squashed = re.sub(r"[\s\-‐–]", "", _phrase(child).lower())
                if _LASTING.match(squashed):
                    return f"a lasting state: “{_phrase(child)}”"
    return ""


def occasion(candidate: Any) -> str:
    """The occasion the speaking verb sits in, or ''."""
    found = _occasion_phrase(candidate)
    return found[1] if found else ""


def _occasion_phrase(candidate: Any) -> tuple[Any, str] | None:
    verb = candidate.verb
    heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    for head in heads:
        for child in children_of(head):
            named = _occasion_of(child)
            if named:
                return child, named
    return None


def _occasion_of(token: Any) -> str:
    if token.dep_ == "prep":
        for noun in children_of(token):
            if noun.dep_ == "pobj":
                return _occasion_noun(noun) or next(
                    (found for c in children_of(noun) if c.dep_ == "prep" for found in [_occasion_of(c)] if found), ""
                )
    if token.dep_ in ("advcl", "conj", "xcomp") and token.lower_ in OCCASION_VERBS:
        # "addressing the nation, said"; "appeared on television and said"; "speaking to reporters, said"
        if token.lower_.startswith("address"):
            return "address"
        for prep in (c for c in children_of(token) if c.dep_ == "prep"):
            found = _occasion_of(prep)
            if found:
                return found
            audience = {n.lower_ for n in children_of(prep) if n.dep_ == "pobj"}
            if audience & PRESS:
                return "press conference"
            if audience & AUDIENCES:
                return "address"
        return ""
    if token.dep_ in ("dobj", "dative") and token.lower_ in PRESS:
        return "press conference"
    if token.dep_ in ("dobj", "dative") and token.lower_ in HEARING_AUDIENCES and _told(token.head):
        return HEARING
    if token.dep_ in ("dobj", "dative") and _told_to_an_occasion(token):
        return _occasion_noun(token)
    return _occasion_noun(token) if token.dep_ == "npadvmod" else ""


def _told(verb: Any) -> bool:
    return bool(verb.lower_ in ("told", "tell", "tells", "telling"))


def _told_to_an_occasion(noun: Any) -> bool:
    """ "told a news conference", "told a briefing in the capital": the occasion is what the words were told to."""
    return bool(noun.head.lower_ in ("told", "tell", "tells", "telling") and noun.lower_ in OCCASION_NOUNS)


def _occasion_noun(noun: Any) -> str:
    word = noun.lower_
    if word in MEDIA_NOUNS or any(c.dep_ == "compound" and c.lower_ in OCCASION_NOUNS for c in children_of(noun)):
        word = "television"  # "on television channel Gabon 24", "on state TV"
    if word not in OCCASION_NOUNS and not (word.endswith("s") and word[:-1] in OCCASION_NOUNS):
        return ""
    if any(c.lower_ in OTHER_OCCASION for c in children_of(noun)):
        return ANOTHER  # "in an earlier statement", "in a separate post"
    return str(word.rstrip("s") if word != "address" else word)


def said_words(candidate: Any, lexicon: Any) -> tuple[str, ...]:
    sentence = candidate.trigger.sent
    speaker = _speaker_words(candidate)
    skip = {t.i for t in candidate.anchors} | {candidate.trigger.i}
    phrase = _occasion_phrase(candidate)
    if phrase:
        # "addressing the nation" says where, not what; "in a statement that the talks failed" says both
        said_in_it = {t.i for c in phrase[0].subtree if c.dep_ in CLAUSES for t in c.subtree}
        skip.update(t.i for t in phrase[0].subtree if t.i not in said_in_it)
    stems = set()
    for token in tokens_in(sentence):
        if token.i in skip or token.is_punct or token.is_space or token.like_url:
            continue
        if not token.tag_.startswith(CONTENT_TAGS) or token.ent_type_ in ("DATE", "TIME"):
            continue
        word = token.lower_.strip("'’")
        if len(word) < 2 or word in _stop_words() or word in speaker or token.lower_ in PRESS:
            continue
        if word in OCCASION_NOUNS or word in OCCASION_VERBS or _is_reporting(token, lexicon):
            continue
        stems.add(stem(word))
    return tuple(sorted(stems))


def _speaker_words(candidate: Any) -> set[str]:
    words: set[str] = set()
    for ref, role in candidate.participants:
        if role != "agent":
            continue
        for name in (ref.name, *ref.aliases, *(ref.titles or ())):
            words.update(w.lower() for w in re.findall(r"\w+", name or ""))
    return words


def _is_reporting(token: Any, lexicon: Any) -> bool:
    if not token.tag_.startswith("VB"):
        return False
    trigger = lexicon.verb_trigger(token)
    return bool(trigger is not None and trigger.reporting)


def stem(word: str) -> str:
    """A crude stem: the word without a common ending, cut to a few letters ("cancelled" / "cancel")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    return word[:_STEM_LENGTH]


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _phrase(token: Any) -> str:
    return "".join(t.text_with_ws for t in token.subtree).strip()


SPOKESPEOPLE = frozenset(
    {"spokesperson", "spokespersons", "spokespeople", "spokesman", "spokesmen", "spokeswoman", "spokeswomen"}
)


def represented_bodies(candidate: Any, actors_at: Callable[[Any, bool], list[Any]]) -> list[Any]:
    """The bodies a spokesperson speaks for: "X spokesperson Y said", "Y, a spokesperson for X, said", "a
    spokesman for X said".  What a spokesperson says, the body says: both are the statement's speakers."""
    found: list[Any] = []
    for subject in (c for c in children_of(candidate.verb) if c.dep_ == "nsubj"):
        for word in (subject, *children_of(subject)):
            if word.lower_ not in SPOKESPEOPLE:
                continue
            for child in children_of(word):
                if child.dep_ in ("compound", "poss", "nmod") and child.ent_type_ == "ORG":
                    found.extend(actors_at(child, True))
                elif child.dep_ == "prep" and child.lower_ in ("for", "of"):
                    for body in (c for c in children_of(child) if c.dep_ == "pobj"):
                        found.extend(actors_at(body, True))
    return found
