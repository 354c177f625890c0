"""Two words for one act, by WordNet: "arrived at the airport" and "touched down at the airport", "halted all
flights" and "stopped all flights", "refused the application" and "rejected the application".

The frequent senses of the verbs the extractor reports events by, and the senses above them, are learned from
WordNet by scripts/learn_act_senses.py (``learned_act_senses.tsv``).  Two words name one act when a frequent sense of
one is a frequent sense of the other, or a sense the other is a way of doing ("touch down" is a way to land, and
landing a way to arrive); a rarer sense is no evidence ("stop" and "block" share only stop's third sense).
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


@functools.cache
def _senses() -> tuple[dict[str, tuple[frozenset[str], frozenset[str]]], dict[str, str]]:
    """verb -> (its frequent senses, the senses above them); and irregular form -> verb."""
    senses: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    irregular: dict[str, str] = {}
    for line in LEARNED_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        verb, frequent, above, forms = [*line.split("\t"), "", "", ""][:4]
        senses[verb] = (frozenset(frequent.split(",")) - {""}, frozenset(above.split(",")) - {""})
        for form in filter(None, forms.split(",")):
            irregular.setdefault(form, verb)
    return senses, irregular


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
    verb_a, verb_b = act_verb(a), act_verb(b)
    if verb_a is None or verb_b is None:
        return False
    senses = _senses()[0]
    (frequent_a, above_a), (frequent_b, above_b) = senses[verb_a], senses[verb_b]
    return bool(frequent_a & (frequent_b | above_b) or frequent_b & above_a)
