"""Classes of mistyped and spurious events seen on probe22, each checked on sentences written for these tests in
several wordings and on other topics than the probe's: a currency whose name is also a verb ("won") is an amount,
no win; a paper's correction note ("*Correction:", "this story has been corrected") is no statement."""

from __future__ import annotations

import pytest

from tests.test_probe4_classes import read

pytest.importorskip("spacy")


def types_of(text: str) -> list[str]:
    return [e.type for e in read(text).events]


# -- class 1: a currency read as a verb ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The regulator ordered the bank to pay 52.7 billion won after the outage.",
        "Each household will receive 50,000 won in gift cards, the city said on Tuesday.",
        '"Not a single won of that money reached the farmers," the activist said.',
        "Regulators fined the telecom operator 3 billion won on Monday.",
        "About 1,200 tenants sued the landlord on Friday, seeking 200,000 won each.",
    ],
)
def test_a_currency_named_like_a_verb_is_no_win(text: str) -> None:
    assert "election" not in types_of(text), [(e.label, e.type) for e in read(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party won the election on Sunday.",
        "The opposition candidate won the runoff in Busan on Wednesday.",
    ],
)
def test_a_win_is_still_an_election(text: str) -> None:
    assert "election" in types_of(text)


# -- class 6a: the paper's own correction note -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The port authority closed the harbour on Monday after a fuel spill.\n\n*Correction: An earlier version of"
        " this article said the spill happened on Sunday. It happened on Monday.*\n",
        "The union called off the strike on Friday.\n\n**Correction:** A previous version of this story gave the"
        " wrong name for the union.\n",
        "The council approved the budget on Thursday.\n\n_Clarification:_ This item has been updated to add the"
        " vote count.\n",
    ],
)
def test_a_correction_heading_is_no_statement(text: str) -> None:
    labels = [e.label for e in read(text).events]
    assert not any(label.strip("*_ ").lower() in ("correction", "clarification") for label in labels), labels


@pytest.mark.parametrize(
    "text",
    [
        "The city has not banned protests, and this story has been corrected to reflect that.",
        "Police did not raid the office, and the article has been amended.",
        "The minister did not resign; this piece has been updated.",
    ],
)
def test_the_note_that_the_story_was_corrected_is_no_statement(text: str) -> None:
    facts = read(text)
    assert not [e for e in facts.events if e.type in ("statement", "correction")], [
        (e.label, e.type) for e in facts.events
    ]


def typed(text: str, word: str) -> str:
    facts = read(text)
    acts = [e for e in facts.events if word in e.label]
    assert acts, [(e.label, e.type) for e in facts.events]
    return acts[0].type


# -- class 2: a court's vote is its ruling -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("On Tuesday the Supreme Court voted six to three that the ban was unconstitutional.", "voted"),
        ("The Constitutional Council voted seven to two on Friday that the pension decree was void.", "voted"),
        (
            "The high tribunal declared the mining decree unconstitutional on Friday, by seven votes against two.",
            "declared",
        ),
        ("Judges of the appeals court declared the contract null on Monday.", "declared"),
    ],
)
def test_a_courts_vote_or_declaration_is_a_ruling(text: str, word: str) -> None:
    assert typed(text, word) == "legal"


def test_a_tally_beside_the_vote_is_no_vote_of_its_own() -> None:
    text = "The Senate passes the pension bill in a final reading, 61 votes to 38."
    assert "election" not in types_of(text)


def test_a_declaration_of_no_standing_in_law_is_no_ruling() -> None:
    assert "legal" not in types_of("The opposition declared victory on Sunday night.")


def test_a_vote_of_people_is_still_an_election() -> None:
    assert typed("Party members voted 60 to 40 for the new leader on Saturday.", "voted") == "election"


# -- class 3: what is signed ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The minister signed the resolution suspending the concession on Friday.", "signed", "legal"),
        ("The governor signed the regulation on water use on Monday.", "signed", "legal"),
        ("The miner signed a supply deal with a German carmaker last year.", "signed", "business"),
        ("Boreal Mining signed an offtake agreement with a Chinese refiner in March.", "signed", "business"),
        ("The airline signed an agreement with a jet maker for 40 planes on Tuesday.", "signed", "business"),
        ("France and Germany signed a defence pact on Tuesday.", "signed", "diplomatic-cooperation"),
    ],
)
def test_what_is_signed_types_the_signing(text: str, word: str, kind: str) -> None:
    assert typed(text, word) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's agreement with the International Monetary Fund signed in May 2023 eased the crisis.",
        "Kenya signed a loan agreement with the World Bank in March.",
    ],
)
def test_a_states_deal_with_a_lender_is_no_business(text: str) -> None:
    assert "business" not in types_of(text)


def test_an_auditor_signing_off_accounts_is_no_diplomacy() -> None:
    assert "diplomatic-cooperation" not in types_of("The auditor signed off the group's accounts in March.")


# -- class 4: verbs of force and launch used of other acts ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The regulator hit the bank with a record fine on Monday.", "legal"),
        ("Prosecutors hit the firm with fraud charges on Thursday.", "legal"),
        ("The EU hit Moscow with fresh sanctions on Monday.", "reduce-relations"),
    ],
)
def test_hit_with_a_penalty_is_the_penalty(text: str, kind: str) -> None:
    assert typed(text, "hit") == kind
    assert len(read(text).events) == 1


def test_hit_with_weapons_is_still_an_attack() -> None:
    assert typed("Rebels hit the town with rockets on Sunday.", "hit") == "attack"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has promised a new law on shooting down drones before summer.",
        "Parliament will debate a bill on banning fireworks in May.",
    ],
)
def test_what_a_law_is_about_is_no_act(text: str) -> None:
    assert not {"attack", "coercion"} & set(types_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The agency was launched as an independent regulator in March 2019.",
        "The watchdog was launched in 2012.",
    ],
)
def test_a_body_launched_is_founded_no_product(text: str) -> None:
    assert typed(text, "launched") == "business"


def test_a_product_launched_is_still_one() -> None:
    assert typed("The company launched a new phone on Monday.", "launched") == "product-launch"


@pytest.mark.parametrize(
    "text",
    [
        "Karoo Copper shipped its first zinc concentrate to China in April.",
        "Mount Bellow shipped its first cargo of iron ore from Dampier in June.",
    ],
)
def test_raw_goods_shipped_are_trade(text: str) -> None:
    assert typed(text, "shipped") == "business"


# -- class 6: what is told in general, the paper's own asking, silences and refusals -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Lawyers note that appeal courts have rarely cut a fine by more than a tenth.",
        "Airlines have claimed compensation from the state in earlier cases.",
        "Police often detain protesters on the bridge.",
        "Regulators have seldom revoked a licence on previous occasions.",
    ],
)
def test_what_is_told_in_general_is_no_act(text: str) -> None:
    kinds = types_of(text)
    assert not {"business", "coercion", "legal"} & set(kinds), kinds
    assert "statement" not in kinds or text.startswith("Lawyers note")


@pytest.mark.parametrize(
    "text",
    [
        "Privacy lawyers we spoke to expect both cases to take a year.",
        "Economists we interviewed see the rate staying high until spring.",
    ],
)
def test_the_papers_own_asking_is_no_communication(text: str) -> None:
    assert not types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "It said nothing about the contract with the director's brother.",
        "The only bidder has said nothing in public.",
    ],
)
def test_saying_nothing_is_no_statement(text: str) -> None:
    assert "statement" not in types_of(text)


def test_a_referendum_ruled_out_is_no_vote() -> None:
    assert "election" not in types_of("At a news conference, the president rules out a referendum on the law.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army shelled the town repeatedly on Monday.", "attack"),
        ("The central bank cut its main rate on Tuesday.", "business"),
    ],
)
def test_acts_of_a_day_stay(text: str, kind: str) -> None:
    assert kind in types_of(text)


# -- class 6b: a present tense dated after the report is a schedule -----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ministers meet their Baltic counterparts in Riga on Thursday.",
        "The president visits Kenya next week.",
    ],
)
def test_a_present_dated_after_the_report_is_planned(text: str) -> None:
    events = read(text).events
    assert events and all(dict(e.attributes).get("planned") for e in events), [(e.label, e.attributes) for e in events]


def test_a_past_meeting_is_not_planned() -> None:
    events = read("Ministers met their Baltic counterparts in Riga on Monday.").events
    assert events and not any(dict(e.attributes).get("planned") for e in events)
