"""The lead's own classes of session 21 (own sentences, several wordings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_s20_lead import _events


def _monday_kinds(tmp_path: Path, headline: str, sentence: str) -> set[str]:
    """The types of the events a wire story of Friday 20 November 2026 dates to the Monday before."""
    text = f"{headline}\n\nLIMA, Nov 20 (Example Wire) - {sentence}\n"
    return {event["type"] for event in _events(tmp_path, text) if event["earliest"] == "2026-11-16"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The chairman of Orlov Shipping resigned on Monday.",
        "The company's chairman resigned on Monday after a boardroom revolt.",
        "Orlov Shipping's chief quit on Monday.",
        "The head of the food safety agency resigned on Monday.",
        "The police chief stepped down on Monday.",
        "The agency's director resigned on Monday amid criticism.",
        "The managing director of the port authority resigned on Monday.",
        "The team's coach was sacked on Monday.",
    ],
)
def test_an_office_holder_named_by_office_alone_resigns(tmp_path: Path, sentence: str) -> None:
    text = f"Shake-up\n\nTALLINN, Nov 20 (Example Wire) - {sentence}\n"
    events = [event for event in _events(tmp_path, text) if event["type"] == "personnel"]
    assert [event["earliest"] for event in events] == ["2026-11-16"], events


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("The chairman of Orlov Shipping resigned on Monday.", "Orlov Shipping chairman"),
        ("The chief of the Kestrel Group quit on Monday.", "Kestrel Group chief"),
    ],
)
def test_an_office_holder_is_named_with_the_body_of_the_office(tmp_path: Path, sentence: str, holder: str) -> None:
    text = f"Shake-up\n\nTALLINN, Nov 20 (Example Wire) - {sentence}\n"
    names = {actor["name"] for event in _events(tmp_path, text) for actor in event["actors"]}
    assert holder in names, names


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister quit on Monday.",
        "Ana Ruiz quit as head coach on Monday.",
        "The mayor quit his post on Monday after the vote.",
        "Ana Ruiz tendered her resignation as finance minister on Monday.",
        "Ana Ruiz was dismissed as coach on Monday.",
        "Ana Ruiz was ousted as party leader on Monday.",
        "Ana Ruiz was forced out as chief executive on Monday.",
        "The board named Ana Ruiz chief executive on Monday.",
        "The board named Ana Ruiz as its new chairwoman on Monday.",
    ],
)
def test_leaving_or_taking_an_office_in_other_words(tmp_path: Path, sentence: str) -> None:
    text = f"Shake-up\n\nTALLINN, Nov 20 (Example Wire) - Ana Ruiz led the party for a decade. {sentence}\n"
    days = [event["earliest"] for event in _events(tmp_path, text) if event["type"] == "personnel"]
    assert days == ["2026-11-16"], days


@pytest.mark.parametrize(
    "sentence",
    [
        "He quit smoking on Monday.",
        "The ministry dismissed the report as a smear on Monday.",
        "A man named Ana Ruiz was arrested on Monday.",
    ],
)
def test_no_change_of_office_in_like_words(tmp_path: Path, sentence: str) -> None:
    text = f"Odd day\n\nTALLINN, Nov 20 (Example Wire) - {sentence}\n"
    assert not [event for event in _events(tmp_path, text) if event["type"] == "personnel"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The former mayor pleaded guilty to bribery on Monday.", "legal"),
        ("Both defendants pleaded not guilty to all charges on Monday.", "legal"),
        ("The driver entered a guilty plea on Monday.", "legal"),
        ("Orlov Shipping filed for bankruptcy on Monday.", "business"),
        ("Orlov Shipping filed for bankruptcy protection on Monday.", "business"),
        ("The tour operator declared bankruptcy on Monday.", "business"),
        ("The retailer went into administration on Monday.", "business"),
        ("The airline entered administration on Monday, stranding passengers.", "business"),
        ("The builder was placed into liquidation on Monday.", "business"),
    ],
)
def test_pleas_and_insolvencies(tmp_path: Path, sentence: str, kind: str) -> None:
    kinds = _monday_kinds(tmp_path, "Courts and companies", sentence)
    assert kinds == {kind}, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents pleaded for calm on Monday.",
        "The minister entered the room on Monday.",
    ],
)
def test_no_plea_or_insolvency_in_like_words(tmp_path: Path, sentence: str) -> None:
    text = f"Odd day\n\nTALLINN, Nov 20 (Example Wire) - {sentence}\n"
    kinds = {event["type"] for event in _events(tmp_path, text)}
    assert not kinds & {"legal", "business"}, kinds


@pytest.mark.parametrize(
    ("sentence", "kind", "other_side"),
    [
        ("Estonia and Chile restored diplomatic relations on Monday.", "diplomatic-cooperation", None),
        ("Peru established diplomatic ties with Estonia on Monday.", "diplomatic-cooperation", "Estonia"),
        ("Chile cut ties with Estonia on Monday.", "reduce-relations", "Estonia"),
        ("Chile broke off relations with Estonia on Monday after the raid.", "reduce-relations", "Estonia"),
        ("Estonia froze diplomatic ties with Peru on Monday.", "reduce-relations", "Peru"),
    ],
)
def test_ties_between_states_made_or_cut(tmp_path: Path, sentence: str, kind: str, other_side: str | None) -> None:
    text = f"Diplomacy\n\nLIMA, Nov 20 (Example Wire) - {sentence}\n"
    events = [event for event in _events(tmp_path, text) if event["earliest"] == "2026-11-16"]
    assert {event["type"] for event in events} == {kind}, events
    if other_side is not None:
        assert other_side in {actor["name"] for actor in events[0]["actors"]}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The cabinet appointed Maria Lund envoy to Chile on Monday.", "Maria Lund"),
        ("The board named Maria Lund chief executive on Monday.", "Maria Lund"),
    ],
)
def test_the_person_given_a_post_is_named_alone(tmp_path: Path, sentence: str, person: str) -> None:
    text = f"Posts\n\nLIMA, Nov 20 (Example Wire) - {sentence}\n"
    names = {actor["name"] for event in _events(tmp_path, text) for actor in event["actors"]}
    assert person in names and not any(name.startswith(f"{person} ") for name in names), names


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Orlov Bank will close 40 branches next year, the bank said on Monday.", "Orlov Bank"),
        ("Hackers stole the data of 2 million Orlov Bank customers, the lender said on Monday.", "Orlov Bank"),
        ("Kestrel Motors will recall 4,000 cars, the carmaker said on Monday.", "Kestrel Motors"),
        ("Vantor Airways cancelled 80 flights because of the strike, the airline said on Monday.", "Vantor Airways"),
    ],
)
def test_a_speaker_named_by_kind_after_its_name_in_the_sentence(tmp_path: Path, sentence: str, speaker: str) -> None:
    text = f"Business\n\nLIMA, Nov 20 (Example Wire) - Regional shares fell on Friday.\n\n{sentence}\n"
    statements = [event for event in _events(tmp_path, text) if event["type"] == "statement"]
    agents = {actor["name"] for event in statements for actor in event["actors"] if actor["role"] == "agent"}
    assert agents == {speaker}, statements


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The constitutional court upheld the ban on Monday.", "legal"),
        ("The appeals court upheld the law on Monday.", "legal"),
        ("Insurgents overran an army outpost near the border on Monday.", "military"),
        ("Militiamen overran two villages on Monday.", "military"),
    ],
)
def test_irregular_forms_of_prefixed_verbs(tmp_path: Path, sentence: str, kind: str) -> None:
    kinds = _monday_kinds(tmp_path, "Rulings and raids", sentence)
    assert kinds == {kind}, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The president signed a decree on Monday banning protests in the capital.",
        "Parliament passed a law on Monday allowing same-sex marriage.",
        "The cabinet issued a decree on Monday ordering schools to close.",
        "The council adopted an ordinance on Monday requiring shops to close at ten.",
    ],
)
def test_what_a_decree_does_is_the_decree(tmp_path: Path, sentence: str) -> None:
    text = f"Decrees\n\nLIMA, Nov 20 (Example Wire) - {sentence}\n"
    events = _events(tmp_path, text)
    assert [event["type"] for event in events] == ["legal"], events
    assert events[0]["earliest"] == "2026-11-16"


def test_its_chairman_is_the_body_s_chairman(tmp_path: Path) -> None:
    text = (
        "Contracts\n\nLIMA, Nov 20 (Example Wire) - Orlov Shipping lost a port contract on Monday.\n\n"
        "Its chairman resigned on Tuesday.\n"
    )
    resignations = [event for event in _events(tmp_path, text) if event["type"] == "personnel"]
    assert [actor["name"] for event in resignations for actor in event["actors"]] == ["Orlov Shipping chairman"]
