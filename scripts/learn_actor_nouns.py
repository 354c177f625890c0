"""Learn which common nouns name people and bodies from WordNet (Princeton WordNet 3.0, Debian's ``wordnet-base``).

    apt-get install wordnet-base      # index.noun, data.noun and the SemCor counts cntlist.rev
    python scripts/learn_actor_nouns.py /usr/share/wordnet \
        > src/timelinekg/nlp/extract/lexicon/learned_actor_nouns.tsv

The hand-written ``unnamed_actors`` of triggers.yaml lists the nouns that, unnamed, are actors ("police arrested",
"farmers protested"); a story about a trade the list never met ("dockers walked out", "shipowners sued") found no
actor.  This script writes every one-word noun whose most frequent WordNet sense (WordNet orders senses by their
SemCor counts) is a person (lexicographer file noun.person: kind ``group``, as the hand list's "farmers") or an
organisation (a noun.group synset under organization.n.01: kind ``organisation``) or a group of kin (a noun.group
synset under kin_group.n.01 or the household sense of "family": kind ``kin``, "the families blocked the road",
"the clan attacked"; not a line of descent itself, "lineage", "pedigree"), and leaves out

* kin persons ("mother", "brother": under relative.n.01 or the other "family" synsets): a pronoun would take them
  for the person the sentence names;
* countries and states (under political_unit.n.01): the gazetteer names them, as places and as actors;
* bodies that are also a building or a place in another sense ("school", "clinic", "club", "church"): the hand
  list leaves them out for the same reason;
* words SemCor sees more often as an adjective or a verb than as a noun ("major", "general", "have");
* words that also name an animal or a plant ("whale", listed first as a very large person; "shark", "snake"): in news
  the creature, which the hand list's animals cover where it acts;
* proper names (WordNet writes them capitalised) and words of other than letters.

The extractor reads the file after the hand list, which wins (nlp/extract/lexicon.py), and skips the words
triggers.yaml lists in ``not_unnamed_actors``.  Re-running the script on the same WordNet gives the same file.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

PERSON_FILE = 18  # noun.person
GROUP_FILE = 14  # noun.group
CREATURE_FILES = (5, 20)  # noun.animal, noun.plant: "whale", "shark", "snake" name a person only by metaphor
BUILDING_FILES = (6, 15)  # noun.artifact, noun.location: "school", "clinic", "club" are buildings as often
ORGANISATION = "organization"
KIN = ("relative", "kin_group", "family")  # synset heads whose subtrees are kin
# a group of kin acts as one ("the families blocked the road", "the clan attacked"); a line of descent itself
# ("lineage", "pedigree", "ancestry") does not, though the kin it holds do ("kinsfolk", "dynasty")
KIN_GROUPS = ("kin_group", "household")
LINES_OF_DESCENT = ("genealogy", "lineage")
STATES = ("political_unit",)
_WORD = re.compile(r"[a-z]+")
_POS_OF_SS_TYPE = {"1": "noun", "2": "verb", "3": "adjective", "5": "adjective", "4": "adverb"}


class WordNet:
    """The index and synsets of one part of speech (nouns unless told) of a WordNet database folder (index.noun,
    data.noun, cntlist.rev; index.verb and data.verb for verbs)."""

    def __init__(self, folder: Path, pos: str = "noun") -> None:
        self.senses: dict[str, list[str]] = {}  # lemma -> synset offsets, most frequent first
        for line in (folder / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            pointer_count = int(fields[3])
            self.senses[fields[0]] = fields[4 + pointer_count + 2 :]
        self.synsets: dict[str, tuple[int, list[str], list[str]]] = {}  # offset -> (lex file, words, hypernyms)
        self.glosses: dict[str, str] = {}  # offset -> the definition and examples after "|"
        for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            head, _, gloss = line.partition("|")
            fields = head.split()
            self.glosses[fields[0]] = gloss.strip()
            word_count = int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(word_count)]
            at = 4 + 2 * word_count
            pointers = [fields[at + 1 + 4 * i : at + 5 + 4 * i] for i in range(int(fields[at]))]
            hypernyms = [offset for symbol, offset, _, _ in pointers if symbol in ("@", "@i")]
            self.synsets[fields[0]] = (int(fields[1]), words, hypernyms)
        self.counts: dict[str, Counter[str]] = {}  # lemma -> SemCor tag counts by part of speech
        for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
            key, _, count = line.split()
            lemma, _, sense = key.partition("%")
            pos = _POS_OF_SS_TYPE.get(sense[:1])
            if pos is not None:
                self.counts.setdefault(lemma, Counter())[pos] += int(count)

    def ancestors(self, offset: str) -> set[str]:
        seen: set[str] = set()
        stack = [offset]
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(self.synsets[current][2])
        return seen

    def has_sense_in(self, lemma: str, lex_files: tuple[int, ...]) -> bool:
        return any(self.synsets[offset][0] in lex_files for offset in self.senses.get(lemma, ()))

    def heads(self, word: str, lex_file: int) -> set[str]:
        """The synsets of ``word`` in one lexicographer file (to name a subtree by its head word)."""
        return {offset for offset in self.senses.get(word, ()) if self.synsets[offset][0] == lex_file}


def actor_nouns(wordnet: WordNet) -> list[tuple[str, str, int]]:
    organisation = wordnet.heads(ORGANISATION, GROUP_FILE)
    kin = {o for word in KIN for o in wordnet.heads(word, PERSON_FILE) | wordnet.heads(word, GROUP_FILE)}
    states = {o for word in STATES for o in wordnet.heads(word, GROUP_FILE)}
    kin_groups = {o for word in KIN_GROUPS for o in wordnet.heads(word, GROUP_FILE)}
    lines_of_descent = {o for word in LINES_OF_DESCENT for o in wordnet.heads(word, GROUP_FILE)}
    rows: list[tuple[str, str, int]] = []
    for lemma, offsets in wordnet.senses.items():
        if not _WORD.fullmatch(lemma) or not offsets:
            continue
        lex_file, words, _ = wordnet.synsets[offsets[0]]
        written = next((w for w in words if w.lower() == lemma), lemma)
        if not written.islower():
            continue
        ancestors = wordnet.ancestors(offsets[0])
        if (
            lex_file == GROUP_FILE
            and ancestors & kin_groups
            and offsets[0] not in lines_of_descent
            and not wordnet.has_sense_in(lemma, BUILDING_FILES)  # "totem": as often the carved pole
        ):
            kind = "kin"
        elif ancestors & kin or ancestors & states:
            continue
        elif lex_file == PERSON_FILE:
            kind = "group"
        elif lex_file == GROUP_FILE and ancestors & organisation and not wordnet.has_sense_in(lemma, BUILDING_FILES):
            kind = "organisation"
        else:
            continue
        counts = wordnet.counts.get(lemma, Counter())
        if counts["noun"] < max(counts["adjective"], counts["verb"]):
            continue
        if wordnet.has_sense_in(lemma, CREATURE_FILES):
            continue
        rows.append((lemma, kind, counts["noun"]))
    return sorted(rows)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    rows = actor_nouns(WordNet(Path(argv[1])))
    print("# noun\tkind\tsemcor_noun_count\t(generated by scripts/learn_actor_nouns.py from WordNet)")
    for lemma, kind, count in rows:
        print(f"{lemma}\t{kind}\t{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
