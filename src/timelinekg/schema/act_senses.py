"""Two words for one act, by WordNet: "arrived at the airport" and "touched down at the airport", "halted all
flights" and "stopped all flights", "refused the application" and "rejected the application".

The frequent senses of the verbs the extractor reports events by, and the senses above them, are learned from
WordNet by scripts/learn_act_senses.py (``learned_act_senses.tsv``), with the verb senses the nouns of acts derive
from ("cessation": cease's "discontinue, stop, cease"), for an announcement that tells the act by its noun.  Two
words name one act when a frequent sense of one is a frequent sense of the other, or a sense the other is a way of
doing ("touch down" is a way to land, and landing a way to arrive); a rarer sense is no evidence ("stop" and
"block" share only stop's third sense).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from timelinekg.schema.model import Event

LEARNED_FILE = Path(__file__).with_name("learned_act_senses.tsv")
# particles that make a verb a phrasal verb of its own sense ("touched down", "called off")
PARTICLES = frozenset({"about", "across", "along", "around", "aside", "away", "back", "down", "in", "off", "on", "out",
                       "over", "up"})  # fmt: skip
# regular inflections and what may replace them to give the verb (WordNet's own detachment rules, and a doubled last
# consonant: "stopped" -> "stop")
_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("d", ""),
            ("ing", "e"), ("ing", ""))  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


Senses = tuple[frozenset[str], frozenset[str]]  # a word's frequent senses, and the senses above them
NOUN_MARK = "noun"


@functools.cache
def _learned() -> tuple[dict[str, Senses], dict[str, Senses], dict[str, str]]:
    """verb -> its senses; noun of an act -> the verb senses it derives from; irregular form -> verb."""
    verbs: dict[str, Senses] = {}
    nouns: dict[str, Senses] = {}
    irregular: dict[str, str] = {}
    for line in LEARNED_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        word, frequent, above, forms, mark = [*line.split("\t"), "", "", "", ""][:5]
        senses = (frozenset(frequent.split(",")) - {""}, frozenset(above.split(",")) - {""})
        (nouns if mark == NOUN_MARK else verbs)[word] = senses
        for form in filter(None, forms.split(",")):
            irregular.setdefault(form, word)
    return verbs, nouns, irregular


def _senses() -> tuple[dict[str, Senses], dict[str, str]]:
    verbs, _, irregular = _learned()
    return verbs, irregular


def verb_of(word: str) -> str | None:
    """The learned verb a word is a form of ("touched" -> "touch", "stopped" -> "stop", "came" -> "come")."""
    senses, irregular = _senses()
    word = word.casefold()
    if word in senses:
        return word
    if word in irregular:
        return irregular[word]
    for ending, replacement in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)] + replacement
            if stem in senses:
                return stem
            if not replacement and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in senses:
                return stem[:-1]
    return None


def act_verb(event: Event) -> str | None:
    """The learned verb that reported ``event``, with its particle when WordNet knows the two as one verb ("touched
    down" -> "touch down")."""
    trigger = event.attribute("trigger")
    if not isinstance(trigger, str):
        return None
    verb = verb_of(trigger)
    if verb is None:
        return None
    words = _WORD.findall(event.label.casefold())
    at = next((i for i, word in enumerate(words) if word == trigger.casefold()), None)
    if at is not None and at + 1 < len(words) and words[at + 1] in PARTICLES:
        phrasal = f"{verb} {words[at + 1]}"
        if phrasal in _senses()[0]:
            return phrasal
    return verb


def one_sense(a: Event, b: Event) -> bool:
    """The two reports' words for the act name one act in WordNet's frequent senses (the module's doc)."""
    senses_a, senses_b = _act_senses(a), _act_senses(b)
    return senses_a is not None and senses_b is not None and _senses_meet(senses_a, senses_b)


def _act_senses(event: Event) -> Senses | None:
    """The senses of the word that reported ``event``: a verb's ("called off"), or those of the verb a noun of an act
    derives from ("the cancellation")."""
    verbs, nouns, _ = _learned()
    verb = act_verb(event)
    if verb is not None:
        return verbs[verb]
    trigger = event.attribute("trigger")
    return nouns.get(trigger.casefold()) if isinstance(trigger, str) else None


def _senses_meet(a: Senses, b: Senses) -> bool:
    (frequent_a, above_a), (frequent_b, above_b) = a, b
    return bool(frequent_a & (frequent_b | above_b) or frequent_b & above_a)


# words that may stand between a word of saying and the noun of the act it announces ("announced the immediate
# cessation", "declared a full halt")
NOUN_OF_ACT_WITHIN = 3


def announced_act(speech: Event) -> tuple[str, list[str]] | None:
    """The noun of an act a report's word of saying names as what it announced, and the words after it ("announced
    the immediate cessation of all its flights": "cessation", "of all its flights ..."); None when it names none."""
    trigger = speech.attribute("trigger")
    if not isinstance(trigger, str) or not speech.mentions:
        return None
    nouns = _learned()[1]
    words = _WORD.findall(speech.mentions[0].quote)
    lowered = [word.casefold() for word in words]
    at = next((i for i, word in enumerate(lowered) if word == trigger.casefold()), None)
    if at is None:
        return None
    for i in range(at + 1, min(at + 2 + NOUN_OF_ACT_WITHIN, len(words))):
        if lowered[i] in nouns:
            return lowered[i], words[i + 1 :]
    return None


def announced_as_done(speech: Event, act: Event) -> str | None:
    """The noun of the act ``speech`` announced, when WordNet gives it the sense of the word ``act`` is told by
    ("the immediate cessation of all its flights" and "stopped all flights"); else None."""
    announced = announced_act(speech)
    verb = act_verb(act)
    if announced is None or verb is None:
        return None
    verbs, nouns, _ = _learned()
    return announced[0] if _senses_meet(nouns[announced[0]], verbs[verb]) else None
