"""Classes of mistyped events seen on the probes of sessions 17-20 (disaster aftermath, public-health acts, court
orders, infrastructure), each checked on sentences written for these tests in several wordings and on other topics
than the probes': a casualty who died later is a toll, not a change of office; a plant that stops making things is
its firm's business, not broken relations; captives named as "crew members" are let go, not launched; an inquiry
ordered is an investigation, and a body ordered to do something is bound by a legal act (people ordered to are
coerced); a cable or a link cut is a service cut, not a business act; an emergency declared over an epidemic or a
disaster is the authority's answer to it, not a restriction put on people."""

from __future__ import annotations

import pytest

from tests.test_probe4_classes import read, with_word

pytest.importorskip("spacy")


def typed(text: str, word: str) -> str:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [(e.label, e.type) for e in facts.events]
    return acts[0].type


# -- class 1: a casualty dying later ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Three people were killed in the blast, including a nurse who died in hospital on Tuesday night.", "died"),
        (
            "The toll rose to nine after a fisherman who had been trapped for two days died of his wounds on Sunday.",
            "died",
        ),
        ("An 88-year-old woman who died of her injuries in hospital in Bari yesterday was the fourth victim.", "died"),
        ("The shop owner died from his injuries on Friday, a week after the fire.", "died"),
        ("Many compared the crackdown to 1998, the last time Albanians died in street unrest.", "died"),
    ],
)
def test_a_casualty_dying_later_is_no_change_of_office(text: str, word: str) -> None:
    assert typed(text, word) != "personnel"


@pytest.mark.parametrize(
    "text",
    [
        "The former prime minister, who died on Monday, will be buried on Saturday.",
        "The former president died on Monday at the age of 88.",
    ],
)
def test_an_office_holder_dying_is_still_a_personnel_change(text: str) -> None:
    assert typed(text, "died") == "personnel"


# -- class 2: production stopped -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The company suspended all production at its Leeds plant on Friday.", "suspended"),
        ("The carmaker stopped production at its Valencia factory on Tuesday.", "stopped"),
        ("The steelmaker halted output at two furnaces on Monday.", "halted"),
        ("Norvik Brewing suspended output at its brewery in Tartu on Wednesday.", "suspended"),
    ],
)
def test_production_stopped_is_business(text: str, word: str) -> None:
    assert typed(text, word) == "business"


def test_stopping_a_thing_is_no_event() -> None:
    facts = read("The driver stopped the car outside the station on Monday.")
    assert not with_word(facts, "stopped"), [(e.label, e.type) for e in facts.events]


# -- class 3: crew members let go ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Customs officers released six crew members of the trawler on Friday.",
        "Police released the seven crew members without charge on Thursday.",
        "The kidnappers released the four crew members of the tug on Sunday.",
    ],
)
def test_crew_members_released_are_let_go(text: str) -> None:
    assert typed(text, "released") == "yield"


# -- class 4: orders -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The minister ordered an audit of the hospital's accounts on Thursday.",
        "The president ordered a commission of inquiry into the collapse on Wednesday.",
        "The governor ordered a review of safety at every dam in the state on Friday.",
    ],
)
def test_an_inquiry_ordered_is_an_investigation(text: str) -> None:
    assert typed(text, "ordered") == "investigation"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The court ordered the company to pay compensation on Tuesday.", "legal"),
        ("A magistrate ordered the bank to freeze the accounts on Monday.", "legal"),
        ("The health ministry ordered the restaurant to close on Monday.", "legal"),
        ("Inspectors ordered the firm to drain and clean its water tanks on Thursday.", "legal"),
        ("The regulator ordered two banks to raise more capital on Friday.", "legal"),
        ("The government ordered residents to leave on Sunday.", "coercion"),
    ],
)
def test_a_body_ordered_to_act_is_bound_by_a_legal_act(text: str, kind: str) -> None:
    assert typed(text, "ordered") == kind


def test_goods_ordered_stay_business() -> None:
    assert typed("The airline ordered 40 jets from Airbus on Tuesday.", "ordered") == "business"


# -- class 5: lines cut --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A ship's anchor severed the undersea data cable to the islands on Tuesday.", "severed"),
        ("Contractors digging a trench cut a fibre cable in the city centre on Monday.", "cut"),
        ("Police cut the power line to the besieged compound on Sunday, the utility said.", "cut"),
    ],
)
def test_a_cable_cut_is_a_service_cut(text: str, word: str) -> None:
    assert typed(text, word) == "other"


def test_a_rate_cut_stays_business() -> None:
    assert typed("The central bank cut its key rate on Thursday.", "cut") == "business"


# -- class 6: emergencies over disasters ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The state government declared a health emergency over the cholera outbreak on Friday.",
        "The mayor declared a public health emergency in the town late on Monday.",
        "The regional government declared a state of calamity for three districts on Sunday.",
        "The governor proclaimed a state of disaster in the flooded valley on Sunday.",
    ],
)
def test_an_emergency_over_a_disaster_is_no_coercion(text: str) -> None:
    assert typed(text, "declared" if "declared" in text else "proclaimed") == "other"


def test_a_state_of_emergency_over_unrest_is_still_coercion() -> None:
    assert typed("The president declared a state of emergency over the protests on Friday.", "declared") == "coercion"


# -- class 4 (cont.): a judge taking a case ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A federal judge in Rosario, Ana Quiroga, has taken charge of the case.",
        "A magistrate in Lille took charge of the investigation on Monday.",
        "The investigating judge took over the case on Tuesday.",
    ],
)
def test_a_judge_taking_a_case_is_a_legal_act(text: str) -> None:
    assert typed(text, "took" if "took" in text else "taken") == "legal"


def test_someone_taking_charge_of_a_bank_still_changes_who_leads_it() -> None:
    assert typed("Anna Berg took charge of the bank on Monday.", "took") == "personnel"


# -- class 7: a takeover bid announced -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Brakefield announced a tender offer for its rival on July 14, at 12 euros a share.", "announced"),
        ("Orbis launched a hostile takeover bid for Mercato on Tuesday.", "launched"),
    ],
)
def test_a_bid_announced_is_business(text: str, word: str) -> None:
    assert typed(text, word) == "business"


def test_an_offer_of_talks_is_no_bid() -> None:
    assert typed("The government announced an offer of talks to the rebels on Monday.", "announced") != "business"


# -- class 9: what is raised that is no money ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The crew locked themselves in the engine room and raised the alarm on Tuesday.", "communication"),
        ("The opposition raised concerns about the deal on Monday.", "statement"),
        ("The central bank raised interest rates on Thursday.", "business"),
    ],
)
def test_what_is_raised_types_the_act(text: str, kind: str) -> None:
    assert typed(text, "raised") == kind


@pytest.mark.parametrize(
    "text",
    [
        "A second student died in hospital on Friday, raising the death toll to two.",
        "Another miner died in hospital on Sunday, bringing the death toll to nine.",
    ],
)
def test_a_death_toll_raised_is_part_of_the_death(text: str) -> None:
    facts = read(text)
    assert [e.type for e in facts.events] == ["disaster"], [(e.label, e.type) for e in facts.events]


def test_lawmakers_suspended_are_a_personnel_act() -> None:
    text = "The Speaker suspended two opposition backbenchers for 30 days on Tuesday."
    assert typed(text, "suspended") == "personnel"
