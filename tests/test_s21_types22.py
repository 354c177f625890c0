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
