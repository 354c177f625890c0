"""Learn the frequent WordNet senses of the verbs that report events, for the merge rule to tell two words for one
act (Princeton WordNet 3.0, Debian's ``wordnet-base``).

    apt-get install wordnet-base      # index.verb, data.verb, cntlist.rev and verb.exc
    python scripts/learn_act_senses.py /usr/share/wordnet > src/timelinekg/schema/learned_act_senses.tsv

Outlets tell one act in two words: "the first evacuation flight arrived at the airport" and "touched down at the
airport this morning", "halted all flights" and "stopped all flights", "refused the application" and "rejected the
application".  For every verb the lexicon lists (and each of its phrasal verbs WordNet knows, "touch down"), this
writes its ``FREQUENT_SENSES`` most frequent senses (WordNet orders senses by their SemCor counts), the senses up to
``HYPERNYM_STEPS`` steps above them ("touch down" is a way to "land", landing a way to "arrive"), and its irregular
forms ("came", "shut"), so that the merge rule needs neither WordNet nor the extractor's lexicon
(``timelinekg.schema.act_senses``).  An announcement tells the act by its noun ("announced the immediate cessation
of all its flights"): for every noun of an act (WordNet's noun.act and noun.event) that one of its frequent senses
derives from a verb's sense ("cessation" from cease's "discontinue, stop, cease"), it writes those verb senses and
the senses above them, marked ``noun``.  A rarer sense of a word is left out: "stop" and "block" share only stop's
third sense.  Re-running the script on the same WordNet and lexicon gives the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from learn_actor_nouns import WordNet
from learn_phrasal_verbs import PARTICLES

from timelinekg.nlp.extract.lexicon import load_lexicon

# the most frequent senses of a word that count as its news senses
FREQUENT_SENSES = 2
# how far above a sense the senses it is a way of doing reach ("touch down" -> "land" -> "arrive")
HYPERNYM_STEPS = 2


def above(wordnet: WordNet, offset: str) -> set[str]:
    """The senses up to ``HYPERNYM_STEPS`` steps above ``offset``."""
    found: set[str] = set()
    layer = {offset}
    for _ in range(HYPERNYM_STEPS):
        layer = {h for o in layer for h in wordnet.synsets[o][2]}
        found |= layer
    return found


def irregular_forms(folder: Path) -> dict[str, list[str]]:
    """WordNet's exception list: lemma -> its irregular forms ("come" -> "came")."""
    forms: dict[str, list[str]] = {}
    for line in (folder / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, *lemmas = line.split()
        for lemma in lemmas:
            forms.setdefault(lemma, []).append(form)
    return forms


NOUN_ACT_FILES = (4, 11)  # noun.act, noun.event
VERB_POS = "v"
DERIVED = "+"


def act_nouns(folder: Path, wordnet: WordNet) -> list[tuple[str, ...]]:
    """(noun, the verb senses its frequent act senses derive from, the senses above them, "noun")."""
    senses: dict[str, list[str]] = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        fields = line.split()
        if line.startswith(" ") or "_" in fields[0] or not fields[0].isalpha():
            continue
        senses[fields[0]] = fields[4 + int(fields[3]) + 2 :][:FREQUENT_SENSES]
    derived: dict[tuple[str, str], set[str]] = {}  # (noun, its sense) -> the verb senses it derives from
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.partition("|")[0].split()
        if int(fields[1]) not in NOUN_ACT_FILES:
            continue
        words = [fields[4 + 2 * i].lower() for i in range(int(fields[3], 16))]
        at = 4 + 2 * len(words)
        for i in range(int(fields[at])):
            symbol, offset, pos, source_target = fields[at + 1 + 4 * i : at + 5 + 4 * i]
            source = int(source_target[:2], 16)
            if symbol == DERIVED and pos == VERB_POS and source:
                derived.setdefault((words[source - 1], fields[0]), set()).add(offset)
    rows = []
    for noun, offsets in sorted(senses.items()):
        verb_senses = set().union(*(derived.get((noun, offset), set()) for offset in offsets))
        verb_senses &= set(wordnet.synsets)
        if verb_senses:
            hypernyms = sorted(set().union(*(above(wordnet, s) for s in verb_senses)) - verb_senses)
            rows.append((noun, ",".join(sorted(verb_senses)), ",".join(hypernyms), "", "noun"))
    return rows


def act_senses(wordnet: WordNet, verbs: list[str], irregular: dict[str, list[str]]) -> list[tuple[str, ...]]:
    words = set(verbs) | {f"{verb}_{p}" for verb in verbs for p in PARTICLES if f"{verb}_{p}" in wordnet.senses}
    rows = []
    for word in sorted(words):
        senses = wordnet.senses.get(word, [])[:FREQUENT_SENSES]
        if not senses:
            continue
        hypernyms = sorted(set().union(*(above(wordnet, s) for s in senses)) - set(senses))
        forms = sorted(f for f in irregular.get(word, []) if "_" not in f)
        rows.append((word.replace("_", " "), ",".join(senses), ",".join(hypernyms), ",".join(forms)))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[1])
    verbs = sorted(verb for verb in load_lexicon().verbs if " " not in verb)
    print(
        "# word\tfrequent senses\tsenses above them\tirregular forms\t'noun' for a noun of an act"
        "\t(generated by scripts/learn_act_senses.py)"
    )
    wordnet = WordNet(folder, pos="verb")
    verb_rows = act_senses(wordnet, verbs, irregular_forms(folder))
    for row in verb_rows:
        print("\t".join(row))
    # a noun whose act no reporting verb's sense reaches is left out: no report could tell its act in a verb
    reached = {sense for row in verb_rows for column in (row[1], row[2]) for sense in column.split(",") if sense}
    for row in act_nouns(folder, wordnet):
        if reached & set(row[1].split(",")):
            print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
