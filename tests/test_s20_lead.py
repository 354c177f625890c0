"""The lead's own classes of session 20 (own sentences, several wordings)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from timelinekg.loaders import LoadOptions
from timelinekg.queries.preview import preview


def _events(tmp_path: Path, text: str) -> list[dict[str, Any]]:
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    events, problems = preview(article, LoadOptions(published=dt.date(2026, 11, 20)))
    assert not problems
    return events


@pytest.mark.parametrize(
    "sentence",
    [
        "The ban on sugar exports, imposed on Monday by the trade ministry, will last until March.",
        "The government imposed a ban on rice exports on Monday.",
        "A ban on maize imports was imposed by the agriculture ministry on Monday.",
        "The cabinet on Monday imposed an embargo on timber exports, halting sales.",
    ],
)
def test_a_ban_put_on_trade_is_a_trade_measure(tmp_path: Path, sentence: str) -> None:
    text = f"Trade curbs\n\nDAKAR, Nov 20 (Example Wire) - {sentence}\n"
    kinds = {event["type"] for event in _events(tmp_path, text) if event["earliest"] == "2026-11-16"}
    assert kinds == {"reduce-relations"}, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The city imposed a ban on street protests on Monday.",
        "Police imposed a curfew on the old town on Monday.",
    ],
)
def test_a_ban_on_people_stays_coercion(tmp_path: Path, sentence: str) -> None:
    text = f"Curbs\n\nDAKAR, Nov 20 (Example Wire) - {sentence}\n"
    kinds = {event["type"] for event in _events(tmp_path, text) if event["earliest"] == "2026-11-16"}
    assert kinds == {"coercion"}, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Flash floods swept through three villages in northern Albania on Monday, killing four people.",
        "Flash flooding cut off two towns in Oman on Monday.",
        "Harvey floods forced 3,000 people from their homes on Monday.",
    ],
)
def test_a_name_before_a_disaster_noun_is_no_participant(tmp_path: Path, sentence: str) -> None:
    text = f"Floods\n\nTIRANA, Nov 20 (Example Wire) - {sentence}\n"
    names = {actor["name"] for event in _events(tmp_path, text) for actor in event["actors"]}
    assert not {"Flash", "Harvey"} & names, names


def test_a_person_before_a_common_noun_stays_a_person(tmp_path: Path) -> None:
    text = "Talks\n\nTIRANA, Nov 20 (Example Wire) - Prime Minister Edi Rama met farmers in Fier on Monday.\n"
    names = {actor["name"] for event in _events(tmp_path, text) for actor in event["actors"]}
    assert "Edi Rama" in names, names


def test_an_acronym_opening_a_sentence_still_names_a_body(tmp_path: Path) -> None:
    text = "Payouts\n\nACCRA, Nov 20 (Example Wire) - GDIC officials seized the assets of the lender on Monday.\n"
    names = {actor["name"] for event in _events(tmp_path, text) for actor in event["actors"]}
    assert any(name.startswith("GDIC") for name in names), names


_DECLARING = re.compile(r"\b(declared|confirmed|announced)\b")


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The health ministry declared the epidemic on October 20, nine days after the first case.", "2026-10-20"),
        (
            "The provincial government declared the outbreak on October 20, a week after the first calf fell sick.",
            "2026-10-20",
        ),
        ("The ministry declared the emergency on November 3, two days after the river burst its banks.", "2026-11-03"),
        ("The regulator confirmed the merger on Monday after a six-month review.", "2026-11-16"),
        ("Regional officials announced the evacuation on November 12, as the river kept rising.", "2026-11-12"),
    ],
)
def test_a_declaring_verb_takes_the_day_hung_on_its_object(tmp_path: Path, sentence: str, day: str) -> None:
    text = (
        "Aftermath\n\nPORTO, Nov 20 (Example Wire) - Residents were still angry on Thursday, the mayor said.\n\n"
        f"{sentence}\n"
    )
    declaring = [e for e in _events(tmp_path, text) if _DECLARING.search(e["label"])]
    assert declaring, "no declaring event"
    assert {(e["earliest"], e["latest"]) for e in declaring} == {(day, day)}, declaring


@pytest.mark.parametrize(
    "state",
    [
        "They were still being held at the central police station yesterday, a police spokesman said.",
        "The two men were still in custody yesterday, their lawyer said.",
        "The road remained closed yesterday.",
    ],
)
def test_the_same_day_is_the_last_acts_not_a_lasting_states(tmp_path: Path, state: str) -> None:
    text = (
        "Bridge collapse\n\nARUSHA, Nov 20 (Example Wire) - A road bridge collapsed on Monday, killing nine people.\n\n"
        f"On Tuesday police arrested two engineers from the firm that built the bridge. {state} "
        "The roads authority suspended the firm the same day.\n"
    )
    suspended = [e for e in _events(tmp_path, text) if "suspended" in e["label"]]
    assert suspended, "no suspension"
    assert {(e["earliest"], e["latest"]) for e in suspended} == {("2026-11-17", "2026-11-17")}, suspended


CRASH = "Crash\n\nQUITO, Nov 20 (Example Wire) - {lead}\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("lead", "sentence", "kind"),
    [
        ("A cargo plane crashed into a warehouse on Monday night.", "The three passengers were killed.", "disaster"),
        ("A bus plunged into a ravine on Monday.", "Eleven passengers were killed instantly.", "disaster"),
        ("A landslide buried part of a mining camp on Monday.", "All four crew on board died.", "disaster"),
        ("Gunmen attacked a police post on Monday.", "Three officers were killed.", "attack"),
        (
            "A bus plunged into a ravine on Monday.",
            "Two guards were killed by gunmen at a checkpoint nearby.",
            "attack",
        ),
    ],
)
def test_the_dead_told_apart_from_their_cause_share_its_type(
    tmp_path: Path, lead: str, sentence: str, kind: str
) -> None:
    events = _events(tmp_path, CRASH.format(lead=lead, sentence=sentence))
    told = [e for e in events if sentence[:-1] in e["label"] or any(sentence[:-1] in s["quote"] for s in e["sources"])]
    assert told, events
    assert {e["type"] for e in told} == {kind}, told


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Latvia ordered a Belarusian diplomat to leave the country on Wednesday.", "2026-11-18"),
        ("The court ordered the company to halt production on Monday.", "2026-11-16"),
        ("Police ordered residents of three villages to evacuate their homes on Tuesday.", "2026-11-17"),
    ],
)
def test_an_order_takes_the_day_told_after_what_it_commanded(tmp_path: Path, sentence: str, day: str) -> None:
    text = f"Orders\n\nRIGA, Nov 20 (Example Wire) - {sentence}\n"
    ordered = [e for e in _events(tmp_path, text) if re.search(r"\b(ordered|directed)\b", e["label"])]
    assert ordered, "no order"
    assert {(e["earliest"], e["latest"]) for e in ordered} == {(day, day)}, ordered


def test_an_order_to_leave_by_a_later_day_is_not_dated_by_it(tmp_path: Path) -> None:
    lead = "Latvia on Thursday ordered a diplomat to leave the country on Monday."
    text = f"Orders\n\nRIGA, Nov 20 (Example Wire) - {lead}\n"
    ordered = [e for e in _events(tmp_path, text) if "ordered" in e["label"]]
    assert {(e["earliest"], e["latest"]) for e in ordered} == {("2026-11-19", "2026-11-19")}, ordered


def test_a_company_named_again_keeps_its_name_at_a_sentence_start(tmp_path: Path) -> None:
    text = (
        "Shares slide\n\nMILAN, Nov 20 (Example Wire) - "
        "Investors dumped shares of the robot maker Corvalta on Monday.\n\n"
        "Corvalta shares lost a fifth of their value on Monday.\n"
    )
    names = {actor["name"] for event in _events(tmp_path, text) for actor in event["actors"]}
    assert "Corvalta" in names, names


@pytest.mark.parametrize(
    ("sentence", "word", "actor"),
    [
        (
            "Latvia ordered a Belarusian diplomat to leave the country on Wednesday, accusing him of spying.",
            "accus",
            "Belarusian diplomat",
        ),
        ("The union told its members to stop work on Monday, blaming the company for the delays.", "blam", "members"),
    ],
)
def test_a_participle_after_a_to_clause_is_the_main_subjects(
    tmp_path: Path, sentence: str, word: str, actor: str
) -> None:
    text = f"Row\n\nRIGA, Nov 20 (Example Wire) - {sentence}\n"
    agents = {
        a["name"] for e in _events(tmp_path, text) if word in e["label"] for a in e["actors"] if a["role"] == "agent"
    }
    assert actor not in agents, agents
