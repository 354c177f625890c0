"""Helper found29's classes of session 28 (own sentences, other stories and countries than the probes'): gold events
not found at all, the flattest figure on first contact.

1. People put, placed or sent on a craft ("the crew were put on a ferry to Xiamen", "were put on a charter flight
   from Darwin to Kupang": probe20's and probe29's crews sent home) travel from one place to another, news though
   no one is named doing it. Guards: a tax or a plan "put on hold", a price "put on" a list, a show "put on" are no
   journey.
2. A named person dismissed, or removed or dropped from a team or a squad, loses a post (personnel), as a sacked
   trader does (probe28's professor dismissed "with immediate effect", typed a rejection; probe29's player removed
   from his federation's squad, found not at all). Guards: a dismissed appeal stays a legal act, dismissed
   criticism a rejection; rubble removed from a square is no personnel change.
3. A body notified ("notified the IAEA", "notified the data protection authority") is informed, a communication as
   "informed" is (probe26's regulator notifying the IAEA, probe29's regulator notifying a company of charges).
   Guard: "notified of" a date with nobody named notified stays no communication of a body. Someone reported to the
   police or to prosecutors is the object of a complaint (legal), no statement (probe28's university reporting its
   professor to the police, typed a denial for the "fabricated" data told after it; probe29's complaint filed
   with prosecutors). Guard: a leak reported to a regulator stays a statement.
5. What is handed over changes hands ("the Navy handed the seized pieces over to the Culture Ministry": probe26's
   porcelain, found not at all; TBAQ marks "hand" an event every time). Guards: a sentence handed down stays legal,
   a letter handed to an envoy a communication.
4. (spurious) "what Indonesians call Pulau Pasir", "in what organisers called the largest protest in a decade": a
   name given to a thing of the sentence, no call nor statement (probe29's node "what Indonesians call Pulau Pasir",
   which also took the arrest's date; the form recurs in probe20-28's articles: "what health officials now call",
   "what the airline calls", "what its engineers called"). Guards: "called the report a lie" (a denial), "called the
   ambassador to a meeting" (a communication) keep their events.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_s20_lead import _events


def _events_of(tmp_path: Path, sentence: str) -> list[dict[str, Any]]:
    """The events of a wire story of Friday 20 November 2026 that is ``sentence``."""
    return _events(tmp_path, f"Desk\n\nQUITO, Nov 20 (Example Wire) - {sentence}\n")


def _types_with(tmp_path: Path, sentence: str, words: str) -> set[str]:
    """The types of the events of ``sentence`` whose label holds ``words`` (empty when none is found)."""
    return {e["type"] for e in _events_of(tmp_path, sentence) if words.lower() in (e.get("label") or "").lower()}


# 1. people put on a craft
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The 23 sailors were put on a flight from Mombasa to Manila on Thursday.", "put on a flight"),
        ("On Monday the deported miners were put on a bus to the border town of Beitbridge.", "put on a bus"),
        ("The stranded tourists were put aboard a ferry to Piraeus on Wednesday.", "put aboard a ferry"),
        ("On Tuesday the rescued migrants were placed on a navy ship bound for Augusta.", "placed on a navy ship"),
        ("Police put the four activists on a plane to Istanbul on Monday.", "on a plane"),
    ],
)
def test_people_put_on_a_craft_travel(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_with(tmp_path, sentence, words) & {"other", "coercion"}, _events_of(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("On Tuesday the ministry put the new tax on hold.", "on hold"),
        ("The broadcaster put on a concert for the victims on Sunday.", "put on"),
    ],
)
def test_things_put_on_no_craft_make_no_journey(tmp_path: Path, sentence: str, words: str) -> None:
    assert "other" not in _types_with(tmp_path, sentence, words)


# 2. a named person dismissed or removed from a team
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The University of Leeds on Monday dismissed lecturer Anna Price with immediate effect.", "dismissed"),
        ("On Tuesday the hospital dismissed Dr Kofi Mensah over the falsified records.", "dismissed"),
        ("On Wednesday the Football Association of Ghana removed the goalkeeper from its World Cup squad.", "removed"),
        pytest.param(
            "On Wednesday the Football Association of Ghana removed the striker from its World Cup squad.",
            "removed",
            marks=pytest.mark.xfail(
                strict=True,
                reason="found29: a striker removed is read as a picket the police removed (protest_ended), the row "
                "of the direct object winning over the team it was removed from; left",
            ),
        ),
        ("The rowing federation dropped Lena Koch from the Olympic team on Tuesday.", "dropped"),
        ("On Friday the Chess Federation of Peru removed him from its Olympiad squad.", "removed"),
    ],
)
def test_a_person_dismissed_or_dropped_from_a_team_loses_a_post(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_with(tmp_path, sentence, words) == {"personnel"}, _events_of(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        ("On Tuesday the judge dismissed the appeal.", "dismissed", "legal"),
        ("The minister dismissed the criticism on Monday.", "dismissed", "rejection"),
    ],
)
def test_dismissed_acts_keep_their_type(tmp_path: Path, sentence: str, words: str, kind: str) -> None:
    assert _types_with(tmp_path, sentence, words) == {kind}


def test_rubble_removed_from_a_square_is_no_personnel_change(tmp_path: Path) -> None:
    sentence = "On Monday workers removed the rubble from the main square of Pisco."
    assert "personnel" not in _types_with(tmp_path, sentence, "removed")


# 3. a body notified
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("On Thursday the regulator notified the International Atomic Energy Agency.", "notified"),
        ("The bank notified the data protection authority of the breach on Monday.", "notified"),
        ("On Tuesday the Ministry of Health notified the World Health Organization of two cases.", "notified"),
    ],
)
def test_a_body_notified_is_informed(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_with(tmp_path, sentence, words) == {"communication"}, _events_of(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "On Thursday the city council reported its former treasurer to the police, a week after it sacked him over "
            "fabricated invoices.",
            "reported",
        ),
        ("The bank reported the cashier to police on Monday.", "reported"),
        ("On Tuesday the hospital reported the surgeon to prosecutors in Graz.", "reported"),
    ],
)
def test_reported_to_the_police_is_a_complaint(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_with(tmp_path, sentence, words) == {"legal"}, _events_of(tmp_path, sentence)


def test_a_leak_reported_to_a_regulator_stays_a_statement(tmp_path: Path) -> None:
    sentence = "On Friday Rosatom reported the leak to the IAEA."
    assert _types_with(tmp_path, sentence, "reported") == {"statement"}


# 4. a name given to a thing: "what they call it"
@pytest.mark.parametrize(
    "sentence",
    [
        "The fishermen were arrested near what Malaysians call Pulau Batu on Tuesday.",
        "On Monday thousands of nurses marched in Lagos in what organisers called the largest health protest in years.",
        "The ferry hit what the coast guard calls a rogue wave on Monday.",
        "Farmers in Kerala are facing what locals call the worst drought in memory.",
    ],
)
def test_what_they_call_it_is_no_call(tmp_path: Path, sentence: str) -> None:
    events = _events_of(tmp_path, sentence)
    assert not [e for e in events if (e.get("label") or "").lower().startswith("what ")], events
    assert not {e["type"] for e in events} & {"communication", "statement"}, events


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        ("On Monday the minister called the report a lie.", "called", "denial"),
        ("On Monday the ministry called the ambassador to a meeting.", "called", "communication"),
    ],
)
def test_calls_naming_no_what_keep_their_events(tmp_path: Path, sentence: str, words: str, kind: str) -> None:
    assert _types_with(tmp_path, sentence, words) == {kind}


# 5. handed over
@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday the coast guard handed the seized cocaine over to the police in Durban.",
        "France handed over 26 royal treasures to Benin on Wednesday.",
        "On Tuesday the rebels handed the bodies of the two pilots over to the Red Cross.",
    ],
)
def test_what_is_handed_over_changes_hands(tmp_path: Path, sentence: str) -> None:
    assert _types_with(tmp_path, sentence, "handed") & {"other", "yield", "material-cooperation"}, _events_of(
        tmp_path, sentence
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("On Monday the court handed down a sentence of six years to the former mayor.", "legal"),
        ("On Tuesday the ministry handed the ambassador a letter of protest.", "communication"),
    ],
)
def test_other_handings_keep_their_rows(tmp_path: Path, sentence: str, kind: str) -> None:
    assert kind in _types_with(tmp_path, sentence, "handed")
