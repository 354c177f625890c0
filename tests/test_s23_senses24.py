"""Session 23, helper senses24: words whose sense gives the wrong event type (a court suspending an order, a death
that is no change of office, a licence won, a legislature changing a limit, a finding confirmed by an examination)
and sentences that tell no event (a paper's correction note, a condition still to be met, where a storm was, a
vehicle's fall told as an amount). Sentences written for these tests on other stories than probe24's (courts,
regulators, sport, farming, shipping, aviation, mining, politics in other countries), with look-alikes whose present
type is right and must stay."""

from __future__ import annotations

import pytest

from tests.test_s22_senses23 import check_sense, typed

pytest.importorskip("spacy")


# (text, types of which one must be found, types none may have)
SENSES = [
    # a court, a judge or a regulator suspending an act of law or a licence: a legal step or a sanction, no break of
    # relations between states
    (
        "The Supreme Court suspended the government's decree on fuel subsidies on Wednesday.",
        {"legal"},
        {"reduce-relations"},
    ),
    (
        "A magistrate in Durban suspended the eviction order on Tuesday at the request of the tenants' union.",
        {"legal"},
        {"reduce-relations"},
    ),
    ("On 4 March a federal judge suspended the law pending a full hearing.", {"legal"}, {"reduce-relations"}),
    (
        "The administrative court suspended the ministry's decision to close the mine on Thursday.",
        {"legal"},
        {"reduce-relations"},
    ),
    (
        "The regulator suspended Quantix's authorisation to offer payment services on Monday.",
        {"legal", "coercion"},
        {"reduce-relations"},
    ),
    (
        "The aviation authority suspended the airline's operating certificate on Monday.",
        {"legal", "coercion"},
        {"reduce-relations"},
    ),
    ("The health ministry suspended the clinic's permit on Friday.", {"legal", "coercion"}, {"reduce-relations"}),
    # ... while states suspending ties, talks or envoys keep their types
    ("Kenya suspended diplomatic relations with Somalia on Monday.", {"reduce-relations"}, set()),
    ("Peru suspended talks with the miners on Thursday.", {"reduce-relations"}, set()),
    ("The Netherlands suspended its ambassador to Caracas on Friday.", {"personnel", "reduce-relations"}, {"legal"}),
    ("The club suspended its coach for three matches on Monday.", {"personnel"}, set()),
    ("The government suspended the search for survivors on Sunday.", {"yield"}, set()),
    # winning a licence, a permit, a contract is no election; an election, a vote, a term are
    ("The lender won its banking licence from the central bank in May.", {"legal", "business", "other"}, {"election"}),
    ("The mining firm won a permit to drill in the north in 2023.", {"legal", "business", "other"}, {"election"}),
    ("Vortex won a contract to build the bridge on Monday.", {"business"}, {"election"}),
    ("The company won regulatory authorisation in June.", {"legal", "business", "other"}, {"election"}),
    ("The farmers won their case against the ministry on Friday.", {"legal"}, {"election"}),
    # (a win is news of the winner whoever it is, as the election it was taken for)
    (
        "The shipyard, the region's largest employer, won a contract to build four ferries in 2023.",
        {"business"},
        {"election"},
    ),
    ("The novelist won the Booker Prize on Tuesday.", {"other"}, {"election"}),
    ("The ruling party won the election on Sunday.", {"election"}, set()),
    ("The senator won a second term on Tuesday.", {"election"}, set()),
    ("The opposition won 52 percent of the vote on Sunday.", {"election"}, set()),
    # a legislature changing a quota or a limit makes law, no business
    ("Parliament raised the number of wolves that may be culled each year.", {"legal"}, {"business"}),
    ("Congress raised the debt ceiling on Thursday.", {"legal"}, {"business"}),
    ("The legislature lowered the voting age to 16 in May.", {"legal"}, {"business"}),
    (
        "Lawmakers raised the speed limit on motorways to 130 kilometres an hour on Tuesday.",
        {"legal"},
        {"business"},
    ),
    ("The senate cut the number of fishing permits issued each year to 200 on Friday.", {"legal"}, {"business"}),
    ("The central bank raised interest rates on Thursday.", {"business"}, set()),
    ("The airline raised its fares by 8 percent on Monday.", {"business"}, set()),
    # a death is no change of office, unless an office holder dies
    (
        "The passenger died in a hospital in Nairobi on Tuesday after three days in intensive care.",
        None,
        {"personnel"},
    ),
    ("The driver died in hospital on Sunday.", None, {"personnel"}),
    ("A 40-year-old shepherd died on Saturday night on the hillside above the village.", None, {"personnel"}),
    ("Maria Lopez, 71, lost her life on Saturday night when she returned from the market.", None, {"personnel"}),
    ("The climber returned from the summit on Sunday.", None, {"personnel"}),
    ("The jockey died of his injuries on Saturday.", None, {"personnel"}),
    ("The former president died on Sunday at the age of 91.", {"personnel"}, set()),
    ("The chief executive of Fonterra died suddenly on Monday.", {"personnel"}, set()),
    ("The former coach returned as manager on Monday.", {"personnel"}, set()),
    # a death from wounds an animal or a person inflicted is an attack's harm, no accident
    ("The hunter died on Sunday of wounds inflicted by a wild boar.", {"attack"}, {"disaster", "personnel"}),
    # an examination confirming how someone died: the finding, not a confirmation of a report
    (
        "An autopsy confirmed on Tuesday that the boxer had died of a brain haemorrhage.",
        {"investigation"},
        {"confirmation"},
    ),
    # (undated, the finding is no node, and what it found is not told again as news)
    ("A post-mortem examination confirmed that the swimmer had drowned.", None, {"confirmation", "disaster"}),
    ("DNA tests confirmed on Monday that the wolf had killed the sheep.", {"investigation"}, {"confirmation"}),
    # ... a witness or a party confirming another's report stays a confirmation
    ("The White House confirmed that the two presidents met on Friday.", {"confirmation"}, set()),
    ("The army confirmed reports that rebels had seized the town.", {"confirmation"}, set()),
    # a vehicle falling is no amount moving; shares falling are
    ("Witnesses say the bus dropped without warning into the ravine.", None, {"business"}),
    ("Passengers said the aircraft dropped suddenly over the Andes on Monday.", None, {"business"}),
    (
        "Flight KL 512 hit severe turbulence over Greenland on Monday. Passengers we spoke to say it dropped without"
        " any warning.",
        None,
        {"business"},
    ),
    ("Shares in Nordgas dropped 8 percent on Monday.", {"business"}, set()),
    ("Oil prices rose sharply in March. Brent dropped 4 percent on Monday.", {"business"}, set()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), SENSES)
def test_the_sense_the_words_around_pick(text: str, wanted: set[str] | None, unwanted: set[str]) -> None:
    check_sense(text, wanted, unwanted)


# -- what a paper's correction note says it got wrong: no event ------------------------------------------------------
CORRECTIONS = [
    (
        "The port reopened on Monday.\n\nCorrection: Last week's newsletter said the bank had lost $20m."
        " The figure is $2m.",
        "lost",
    ),
    (
        "The port reopened on Monday.\n\nCorrection: Last week we wrote that the strike began in March."
        " It began in April.",
        "strike",
    ),
    (
        "The port reopened on Monday.\n\nEditor's note: In our edition of Friday we wrote that the mayor resigned."
        " He was dismissed.",
        "resigned",
    ),
    (
        "The port reopened on Monday.\n\nClarification: Yesterday's issue reported that the factory closed on Monday."
        " It closed on Sunday.",
        "factory closed",
    ),
]


@pytest.mark.parametrize(("text", "word"), CORRECTIONS)
def test_what_the_paper_wrongly_said_is_no_event(text: str, word: str) -> None:
    found = typed(text)
    assert not any(word in label for _, label in found), found
    assert any("reopened" in label for _, label in found), found


def test_the_papers_own_earlier_report_outside_a_correction_stays() -> None:
    found = typed("We reported on Monday that the mayor resigned.")
    assert "personnel" in {kind for kind, _ in found}, found


# -- no event is told -----------------------------------------------------------------------------------------------
NO_EVENT = [
    # a condition still to be met, under a future
    "Trading will remain suspended until the auditors have verified the accounts.",
    "The mine will stay closed until inspectors have verified the safety of the shafts.",
    # where a storm or a fire was: a state
    "The hurricane was still 300 kilometres away on Monday.",
    "The fires were more than 50 kilometres away.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event_is_told(text: str) -> None:
    assert not typed(text)


def test_a_storm_that_struck_stays() -> None:
    found = typed("The hurricane struck the coast on Monday, 300 kilometres away from the capital.")
    assert "disaster" in {kind for kind, _ in found}, found


# -- a press release's feeling framing announces its news: the news is the event, the announcing none ----------------
def test_news_announced_with_feeling_is_the_event_not_a_confirmation() -> None:
    found = typed(
        "It is with deep sadness that Nordair confirms that one of its pilots died early this morning at a hospital"
        " in Oslo."
    )
    kinds = {kind for kind, _ in found}
    assert "confirmation" not in kinds and "statement" not in kinds, found
    assert kinds & {"disaster", "other"}, found


def test_a_confirmation_by_another_party_stays() -> None:
    found = typed("Swiss mediators confirmed on Monday that the two envoys met in Geneva last week.")
    assert "confirmation" in {kind for kind, _ in found}, found
