"""Helper typed29's classes of session 28 (own sentences, other stories and countries than the probes'): mistyped nodes
where the typed word is not the act the sentence tells.

1. What an appeal, a call or a summons asks someone to do is not done: the infinitive after "appealed to both
   sides to settle", "summoned two directors to testify", "called in the ambassador to protest" is no event of its
   own (probe27's labour minister's appeal typed legal, probe20's judge's summons typed statement, probe29's
   ambassador called in typed protest). Guards: "voted to strike", "managed to free", "used water cannon to
   disperse" still tell the act.
2. "Called in the ambassador" with "in" read as a preposition is a summons of an envoy, a diplomatic protest, as
   "summoned the ambassador" is (probe29). Guard: police calling in reinforcements summon no envoy.
3. A contest of sport is no vote and no street rally: "won on tiebreak", "won on penalties" (probe29's grandmaster,
   probe22), a rally of stages and cars (probe26's desert rally typed protest twice). Guards: a rally against a
   bill stays a protest, a win of an election a vote.
4. What an arrest, a charge, a fine or an inquiry is for, named by a gerund with no time of its own, is the
   accusation, no act told of its own: "arrested two butchers for selling beef" made a sale (business), "an
   investigation into causing a serious accident" a crash (probe27's two stories; probe20's cable damaged "early on
   Wednesday" is dated and stays). Guards: the dated offence and an inquiry into a named event noun stay.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_s20_lead import _events
from tests.test_s26_types28 import _types_of


def _all_types(tmp_path: Path, sentence: str) -> set[str]:
    text = f"Desk\n\nLIMA, Nov 20 (Example Wire) - {sentence}\n"
    events: list[dict[str, Any]] = _events(tmp_path, text)
    return {event["type"] for event in events}


def _labels(tmp_path: Path, sentence: str) -> list[str]:
    text = f"Desk\n\nLIMA, Nov 20 (Example Wire) - {sentence}\n"
    return [str(event.get("label") or "") for event in _events(tmp_path, text)]


# 1. what is asked for is not done
@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "The labour minister appealed to the dockers and the port authority on Monday to settle their dispute.",
            "settle",
        ),
        ("The archbishop appealed on Sunday to both factions to free their hostages.", "free"),
        (
            "An investigating judge in Braga summoned two hospital directors on Tuesday to testify as suspects.",
            "testify",
        ),
        ("Turkey called in the Swedish ambassador on Monday to protest.", "protest"),
        ("The mayor pleaded with the truckers on Friday to lift the blockade of the port.", "lift"),
        ("The federation called on both clubs on Thursday to withdraw their appeals.", "withdraw"),
    ],
)
def test_what_an_appeal_or_summons_asks_is_no_event(tmp_path: Path, sentence: str, asked: str) -> None:
    assert not [label for label in _labels(tmp_path, sentence) if label.lower().startswith(f"to {asked}")]


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        ("Workers at the Gdansk shipyard voted on Monday to strike.", "voted", "protest"),
        ("Rescuers managed to free 12 miners on Tuesday.", "free", "yield"),
        ("Police used water cannon on Monday to disperse the crowd in Tbilisi.", "disperse", "coercion"),
    ],
)
def test_an_act_done_through_its_infinitive_stays(tmp_path: Path, sentence: str, words: str, kind: str) -> None:
    assert kind in _types_of(tmp_path, sentence, words)


# 2. "called in the ambassador" is a summons
@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey called in the Swedish ambassador on Monday to protest.",
        "Vietnam's foreign ministry called in China's envoy on Tuesday over the collision.",
        "Ghana called in the Togolese charge d'affaires on Wednesday.",
    ],
)
def test_an_envoy_called_in_is_summoned(tmp_path: Path, sentence: str) -> None:
    assert _types_of(tmp_path, sentence, "called in") == {"disapproval"}


def test_an_envoy_called_in_is_summoned_at_home(tmp_path: Path) -> None:
    # done at the summoning state's capital, as "summoned" is (places28), not in the envoy's country that "in" reads as
    text = "Desk\n\nSINGAPORE (Example Wire) - Vietnam's foreign ministry called in China's envoy on Tuesday.\n"
    summons = [e for e in _events(tmp_path, text) if "called in" in (e.get("label") or "")]
    assert summons, summons
    assert {p["name"] for e in summons for p in e.get("places") or []} == {"Hanoi", "Vietnam"}


def test_reinforcements_called_in_are_no_envoy(tmp_path: Path) -> None:
    assert "disapproval" not in _all_types(
        tmp_path, "Police called in reinforcements on Monday after the riot in Lyon."
    )


# 3. contests of sport
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The Norwegian won on tiebreak after the ninth round on Sunday.", "won"),
        ("Benfica won on penalties in Lisbon on Wednesday.", "won"),
        ("The rally restarted on Sunday with a 400-kilometre stage from Atar to Chinguetti.", "rally"),
        ("Two drivers of the desert rally were found alive on Friday after a sandstorm.", "found"),
    ],
)
def test_a_contest_of_sport_is_no_vote_nor_protest(tmp_path: Path, sentence: str, words: str) -> None:
    assert not _all_types(tmp_path, sentence) & {"election", "protest"}


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        ("Thousands joined a rally in Nairobi on Monday against the finance bill.", "rally", "protest"),
        ("The governing party won the election on Sunday by a wide margin.", "won", "election"),
        ("Opposition supporters held a rally in Lusaka on Saturday.", "rally", "protest"),
    ],
)
def test_votes_and_street_rallies_stay(tmp_path: Path, sentence: str, words: str, kind: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {kind}


# 4. the offence an arrest, a charge or an inquiry is for
@pytest.mark.parametrize(
    ("sentence", "offence"),
    [
        ("Police in Cebu arrested a pharmacist on Wednesday for selling expired vaccines.", "selling"),
        ("Police in Izmir opened an investigation on Friday into causing a fatal crash.", "causing"),
        ("Rangers detained two herders on Monday for killing a leopard.", "killing"),
        ("Police in Enugu arrested four youths on Tuesday for setting fire to a bus.", "setting fire"),
        ("Police in Juba detained a soldier on Monday for shooting a trader.", "shooting"),
    ],
)
def test_the_offence_charged_is_no_event_of_its_own(tmp_path: Path, sentence: str, offence: str) -> None:
    assert not [label for label in _labels(tmp_path, sentence) if label.startswith(offence)]


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        ("Prosecutors are investigating him for damaging the undersea cable early on Wednesday.", "damaging", "other"),
        ("Police opened an inquiry on Monday into the collapse of the bridge on Sunday.", "the collapse", "disaster"),
        ("Police in Cebu arrested a pharmacist on Wednesday for selling expired vaccines.", "arrested", "coercion"),
    ],
)
def test_a_dated_offence_and_the_arrest_stay(tmp_path: Path, sentence: str, words: str, kind: str) -> None:
    assert kind in _types_of(tmp_path, sentence, words)
