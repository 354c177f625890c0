"""Classes left by the previous real-news pass: the object of a wish or demand is no event, conceding a
race in any wording is a yield, a surname alone is the person the article named in full, and a joint
statement is its issuers' statement that their later words join.  Short texts written for these tests, in
varied wording (no text from the development corpora)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_extract_news import read, roles
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

D = dt.date
TUESDAY = D(2025, 3, 11)


# -- the object of a wish or demand is unreal -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "unreal"),
    [
        ("The unions want a general strike before the end of the month.", "protest"),
        ("Opposition parties demanded a snap election within six weeks.", "election"),
        ("Farmers' groups called for a nationwide protest next week.", "protest"),
        ("The rebels are seeking a ceasefire before the rainy season.", "yield"),
        ("Several lawmakers urged a referendum on the treaty by the summer.", "election"),
        ("Residents pushed for a fresh vote in the coming days.", "election"),
        ("Students pressed for a walkout and a sit-in on Friday.", "protest"),
    ],
)
def test_what_is_wished_or_demanded_is_no_event(text: str, unreal: str) -> None:
    facts = read(text)
    assert [e for e in facts.events if e.type == unreal] == [], [(e.type, e.label) for e in facts.events]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        ("The unions held a general strike on Monday.", "protest", D(2025, 3, 10)),
        ("The country held a snap election on Sunday.", "election", D(2025, 3, 9)),
        ("The two armies agreed a ceasefire on Friday.", "yield", D(2025, 3, 7)),
    ],
)
def test_the_same_events_told_as_done_stay_events(text: str, kind: str, day: dt.date) -> None:
    facts = read(text)
    found = [e for e in facts.events if e.type == kind]
    assert found and (found[0].earliest, found[0].latest) == (day, day), [(e.type, e.label) for e in facts.events]


# -- conceding a contest, in any wording, is a yield -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent", "day"),
    [
        ("Ms Diaz admitted defeat late on Sunday.", "Diaz", D(2025, 3, 9)),  # "Ms" is a title, as "Governor"
        ("Governor Mendes acknowledged defeat on Monday.", "Mendes", D(2025, 3, 10)),
        ("The mayor accepted defeat on Monday.", "mayor", D(2025, 3, 10)),
        ("Senator Ruiz conceded the race on Sunday night.", "Ruiz", D(2025, 3, 9)),
        ("The former mayor admitted his defeat shortly before midnight on Sunday.", "mayor", D(2025, 3, 9)),
        ("Kemal Aydin acknowledged his defeat on Monday evening.", "Kemal Aydin", D(2025, 3, 10)),
    ],
)
def test_admitting_or_accepting_defeat_is_a_yield(text: str, agent: str, day: dt.date) -> None:
    facts = read(text)
    found = [e for e in facts.events if e.type == "yield"]
    assert len(found) == 1, [(e.type, e.label) for e in facts.events]
    assert agent in roles(facts, found[0]) and (found[0].earliest, found[0].latest) == (day, day)
    assert not [e for e in facts.events if e.type in ("statement", "confirmation")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army acknowledged the airstrike on Monday.", "confirmation"),
        ("The ministry admitted on Monday that the figures were wrong.", "statement"),
    ],
)
def test_acknowledging_other_things_is_still_speech(text: str, kind: str) -> None:
    assert kind in [e.type for e in read(text).events]


# -- a text put out by its issuers is their statement; what they are told saying next joins it ------------------
def statements(facts: Facts) -> list[Event]:
    return [e for e in facts.events if e.type == "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers issued a joint statement on Monday backing the new patrols.",
        "On Monday the two presidents released a communique on water rights.",
        "The finance ministers adopted a declaration on Monday calling for open trade.",
        "The foreign ministry put out a statement on Monday condemning the raid.",
    ],
)
def test_issuing_a_text_is_its_issuers_statement(text: str) -> None:
    facts = read(text)
    [said] = statements(facts)
    assert (said.earliest, said.latest) == (D(2025, 3, 10), D(2025, 3, 10))
    assert "agent" in roles(facts, said).values()


@pytest.mark.parametrize(
    "follow",
    [
        'They said the patrols "will start at once."',
        'The group of coastal states also said that the patrols "will start at once."',
        'The five governments - Chile, Peru, Ecuador, Colombia and Panama - also said the patrols "start now."',
    ],
)
def test_what_the_issuers_say_next_joins_their_statement(follow: str) -> None:
    text = (
        "Fisheries ministers of five Pacific nations met in Lima on Monday. After the talks, the ministers issued "
        f'a joint statement on Monday condemning "illegal trawling in the strongest terms." {follow}'
    )
    facts = read(text)
    [said] = statements(facts)
    assert any("issuers said" in line for line in said.attribute("merge_evidence", ()))


def test_another_speaker_after_a_statement_stays_apart() -> None:
    text = (
        "The ministers issued a joint statement on Monday condemning the raid. The army also said on Tuesday that "
        "it had found the boats. Fishermen's unions said they welcomed the patrols."
    )
    assert len(statements(read(text))) >= 2


# -- a family name alone is the one person of the article who bears it ----------------------------------------
@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "President Joaquim Nhaca Mabote was re-elected on Sunday. Nhaca said on Monday that he would form a "
            "new cabinet.",
            "Joaquim Nhaca Mabote",
        ),
        (
            "Carlos Ibarra Quintero, the opposition candidate, conceded on Sunday. Ibarra said on Monday that he "
            "would not run again.",
            "Carlos Ibarra Quintero",
        ),
        (
            "Senator Lindiwe Dube Khumalo resigned on Friday. Dube said on Saturday that she was proud of her work.",
            "Lindiwe Dube Khumalo",
        ),
    ],
)
def test_either_family_name_of_a_three_part_name_is_that_person(text: str, full: str) -> None:
    facts = read(text)
    [said] = statements(facts)
    assert roles(facts, said) == {full: "agent"}


def test_a_family_name_two_people_share_resolves_to_neither() -> None:
    facts = read(
        "Carlos Ibarra Quintero conceded on Sunday. His cousin Marta Ibarra Soto won the seat on Sunday. "
        "Ibarra said on Monday that the family was proud."
    )
    [said] = statements(facts)
    assert set(roles(facts, said)) == {"Ibarra"}


def test_a_house_arrest_is_not_the_seizure_of_power_it_followed(tmp_path: Path) -> None:
    from tests.test_extract_news import load_articles

    events = load_articles(
        tmp_path,
        {
            "a.md": (
                "2025-03-12",
                "Army officers seized power in Lumbara on Wednesday, ousting President Felix Ndaye Mokoena. "
                "The African Union condemned the coup.",
            ),
            "b.md": (
                "2025-03-13",
                "Mokoena was placed under house arrest on Wednesday, the officers said. The African Union "
                "condemned the takeover.",
            ),
        },
    )
    coercion = [e for e in events if e.type == "coercion"]
    assert len(coercion) == 2, [(e.label, e.earliest, e.latest) for e in coercion]


@pytest.mark.parametrize(
    ("trigger", "label"),
    [
        ("placed", "The deposed president was placed under house arrest"),
        ("put", "Soldiers put the prime minister under arrest"),
        ("kept", "The former leader is kept under house arrest in his residence"),
    ],
)
def test_a_phrase_of_arrest_names_the_arrest_act_whatever_its_verb(trigger: str, label: str) -> None:
    from timelinekg.schema.merge import act_of

    day = D(2025, 3, 12)
    event = Event("e", "coercion", label, day, day, "day", attributes=(("trigger", trigger),))
    assert act_of(event) == "arrest"
