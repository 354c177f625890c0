"""Session 24, helper senses25: sentences that tell no event (a run-in heading in bold, a company's status-page
boilerplate about its own work, a claim that something lies somewhere taken for a lie, a plan or a talk about an
idea, an order referred to by its issuer's name) and acts a speaker reports (a directive told as "told X to do Y").
Sentences written for these tests on other stories than probe25's (rail, shipping, courts, food, farming, power,
banking), with look-alikes whose present reading is right and must stay."""

from __future__ import annotations

import pytest

from tests.test_probe4_classes import read
from tests.test_s22_senses23 import check_sense, typed

pytest.importorskip("spacy")


def labels(text: str) -> list[str]:
    return [e.label for e in read(text).events]


# -- a run-in heading in bold labels the paragraph it opens: no event of its own -------------------------------------
HEADINGS = [
    ("**Correction.** Last week's issue said the ferry sank on Monday. It sank on Sunday.", "Correction"),
    ("**What it means.** The port authority closed the harbour to tankers on Monday.", "What it means"),
    ("**What it tells us.** Two things. The first is that winter crossings need a second boat.", "tells"),
    ("**Why it matters:** the mine employs 4,000 people in the valley.", "matters"),
    ("**The verdict.** A jury in Leeds convicted the two brothers on Friday.", "The verdict"),
    ("__Lessons learned.__ The airline said it would retrain its crews.", "Lessons"),
    ("The mill closed in May.\n\n**Clarification.** The mill's owner is a family firm, not a fund.", "Clarification"),
]


@pytest.mark.parametrize(("text", "heading"), HEADINGS)
def test_a_run_in_heading_is_no_event(text: str, heading: str) -> None:
    found = labels(text)
    assert not any(label.startswith(heading) or label.endswith(heading) for label in found), found
    assert not any(label.strip("*_ .").lower() in {heading.lower(), heading.lower() + "."} for label in found), found


def test_the_paragraph_after_a_run_in_heading_still_tells_its_news() -> None:
    kinds = {k for k, _ in typed("**What it means.** The port authority closed the harbour to tankers on Monday.")}
    assert kinds, kinds
    kinds = {k for k, _ in typed("**14:05** - Police arrested two men outside the stadium.")}
    assert "coercion" in kinds, kinds
    kinds = {k for k, _ in typed("**Update:** Police arrested two men outside the stadium on Monday.")}
    assert "coercion" in kinds, kinds


# -- a company's status line about its own work in progress: no event ------------------------------------------------
STATUS_LINES = [
    "We are aware of an issue affecting card payments. Our engineers are investigating.",
    "Our team is investigating the cause of the outage.",
    "Some customers cannot log in. We are investigating and will post an update within the hour.",
    "Our technicians are currently investigating the fault.",
]


@pytest.mark.parametrize("text", STATUS_LINES)
def test_a_status_line_on_ones_own_work_is_no_investigation(text: str) -> None:
    assert "investigation" not in {k for k, _ in typed(text)}, typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police are investigating the death of a man in Leeds.",
        "The regulator is investigating the bank over its fees.",
        "Detectives are investigating after a jeweller was robbed in Bath on Monday.",
    ],
)
def test_an_investigation_by_others_stays(text: str) -> None:
    assert "investigation" in {k for k, _ in typed(text)}, typed(text)


# -- where something lies is no lie: a statement, never a denial -----------------------------------------------------
LOCATIONS = [
    "Its operator, Baltic Rail, has said the fault lies more than 200 km up the line, near the border, where floods"
    " have damaged tracks before.",
    "The utility has said the break lies under the river, where a barge damaged a pipe in 2019.",
    "The ministry said the problem lies in the software that a contractor installed last year.",
]


@pytest.mark.parametrize("text", LOCATIONS)
def test_where_a_fault_lies_is_no_denial(text: str) -> None:
    check_sense(text, None, {"denial"})
    assert not any(label.endswith(" said") for label in labels(text)), labels(text)


def test_a_report_called_lies_is_still_a_denial() -> None:
    check_sense("The minister called the report lies and said no meeting took place.", {"denial"}, set())


# -- a plan, a talk about an idea: nothing has happened --------------------------------------------------------------
PLANS = [
    ("The farmers are planning a protest in Lyon on Saturday.", "protest"),
    ("Residents are organising a march on Sunday to demand a new bridge.", "march"),
    ("The dockers' union is preparing a strike for later this month.", "strike"),
    ("Lisbon is now talking about a new airport.", "talking"),
    ("The club is now talking about a new stadium on the edge of town.", "talking"),
]


@pytest.mark.parametrize(("text", "word"), PLANS)
def test_a_plan_or_a_talk_about_an_idea_is_no_event(text: str, word: str) -> None:
    found = [e for e in read(text).events if word in e.label and not e.attribute("planned")]
    assert not found, [(e.type, e.label, e.earliest) for e in found]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The farmers held a protest in Lyon on Saturday.", "protest"),
        ("Residents marched through the town on Sunday to demand a new bridge.", "protest"),
        ("The two leaders talked about the new pipeline on Monday.", None),
    ],
)
def test_an_act_done_stays(text: str, kind: str | None) -> None:
    found = typed(text)
    assert found, found
    if kind:
        assert kind in {k for k, _ in found}, found


# -- an order named by its issuer's possessive, with no day of its own, refers to the order told before --------------
REFERENCES = [
    "Small dams are not covered by the ministry's order.",
    "Bakeries outside the capital are exempt from the council's ban.",
    "Three firms have not complied with the regulator's order.",
]


@pytest.mark.parametrize("text", REFERENCES)
def test_an_order_referred_to_by_its_issuer_is_no_new_event(text: str) -> None:
    assert not typed(text), typed(text)


def test_an_order_told_with_its_day_stays() -> None:
    kinds = {k for k, _ in typed("The ministry's order on Thursday closed 40 dams to boats.")}
    assert kinds, kinds


# -- a directive told as "told X to do Y": the act, not a statement --------------------------------------------------
DIRECTIVES = [
    "The food agency has told shops to pull a brand of baby milk after tests found lead in it.",
    "On Monday the regulator told banks to freeze the accounts of the two firms.",
    "The health ministry told hospitals to postpone routine surgery on Friday.",
]


@pytest.mark.parametrize("text", DIRECTIVES)
def test_telling_someone_to_act_is_a_directive(text: str) -> None:
    check_sense(text, {"legal", "coercion", "demand"}, {"statement"})


@pytest.mark.parametrize(
    "text",
    [
        "The minister told reporters the talks had failed.",
        "The mayor told residents on Monday that the water was safe.",
    ],
)
def test_telling_someone_something_stays_a_statement(text: str) -> None:
    check_sense(text, {"statement"}, set())


# -- a past act told as what someone says: the act is a node of its own (the saying stays a statement) --------------
REPORTED_ACTS = [
    ("Divers say the crew found the wreck on Tuesday.", "found"),
    ("Frescomar, which sold most of the cheese, says it cleared its shelves on Thursday evening.", "cleared"),
    ("Harbour officials said Nordlys Ferries had withdrawn the ship from service on Monday.", "withdrawn"),
]


@pytest.mark.parametrize(("text", "word"), REPORTED_ACTS)
def test_a_reported_past_act_is_an_event(text: str, word: str) -> None:
    found = [e for e in read(text).events if e.type != "statement" and word in e.label]
    assert found, [(e.type, e.label) for e in read(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "The firm said on Monday it found no evidence of fraud.",
        "The farmers say the drought ruined the harvest.",  # no day: no node for a general verb
    ],
)
def test_no_act_from_a_report_of_nothing_found_or_undated(text: str) -> None:
    assert not [e for e in read(text).events if e.type == "other"], [(e.type, e.label) for e in read(text).events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The ferry company says it cancelled all sailings on Monday.", "business"),
        ("The army said it had killed 20 militants in an airstrike on Monday.", "attack"),
    ],
)
def test_a_speaker_telling_its_own_act_tells_the_act_not_a_statement(text: str, kind: str) -> None:
    kinds = [k for k, _ in typed(text)]
    assert kind in kinds and "statement" not in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard said on Tuesday it had rescued 12 fishermen.",  # the day is the saying's
        "Halden Yards said on Friday that it won an order for two tankers last week.",  # a dated announcement
        "Norland Power said in a statement that it had acted within the rules.",  # the act undated
    ],
)
def test_a_saying_anchored_in_time_keeps_its_node(text: str) -> None:
    assert "statement" in [k for k, _ in typed(text)], typed(text)


def test_a_claim_about_someone_elses_act_stays_a_statement() -> None:
    kinds = [k for k, _ in typed("Rebels say the soldiers burned the market on Sunday.")]
    assert "statement" in kinds and "attack" in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Several of the committee's members told him to resign on Tuesday.",
        "The police said they had detained 40 people by Sunday night.",  # bounded only: the saying stays
    ],
)
def test_a_call_to_one_person_or_an_act_bounded_only_leaves_the_saying(text: str) -> None:
    kinds = [k for k, _ in typed(text)]
    assert "coercion" not in kinds or "statement" in kinds, kinds
