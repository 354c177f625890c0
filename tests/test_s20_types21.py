"""Classes of mistyped and spurious events seen on probes 20 and 21 (open), each checked on sentences written for
these tests in other wordings, countries and institutions: a bank or a government that collapses or falls is no
accident and no price; an option ruled out is refused, not a court ruling; a ban or a standstill ordered restricts
people, it buys nothing; a court's order told in the passive is the court's legal act; a judge who admits or grants a
request acts in law, says nothing; an outbreak, a case or an infection confirmed is the outbreak's news, not a
confirmation of a report; denying any part in an event is a rejection, not a denial that it happened; a newspaper's
correction note about its own earlier report tells no news; what "it is tempting to say" is said by no one; an act
someone "was to" do, or one of a clause that waits on a future main clause ("when it meets next week", "until the new
council meets"), has not happened; a state that goes on ("while the ban remains in force") is no event; what someone
is in talks "about buying" is not bought; a service or a link cut is no business act."""

from __future__ import annotations

import pytest

from tests.test_probe4_classes import read, with_word
from tests.test_s19_types19 import typed

pytest.importorskip("spacy")


def labels(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.type) for e in read(text).events]


def no_event_with(text: str, word: str) -> None:
    facts = read(text)
    assert not with_word(facts, word), [(e.label, e.type) for e in facts.events]


# -- class 1: a lender or a government that collapses or falls ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Regulators seized the bank on Friday, two days after the lender collapsed.", "collapsed"),
        ("The insurer collapsed on Monday, leaving 40,000 policyholders without cover.", "collapsed"),
        ("Savings of thousands of families were lost when the microfinance company collapsed in March.", "collapsed"),
    ],
)
def test_a_lender_collapsing_is_business(text: str, word: str) -> None:
    assert typed(text, word) == "business"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Latvia's coalition government fell on Thursday after two parties quit.", "fell"),
        ("The cabinet fell on Tuesday night when the junior partner withdrew its ministers.", "fell"),
        ("Peru's government has fallen, the third in four years.", "fallen"),
        ("The regional government collapsed on Monday after losing its majority.", "collapsed"),
    ],
)
def test_a_government_falling_is_a_change_of_office(text: str, word: str) -> None:
    assert typed(text, word) == "personnel"


def test_shares_falling_stay_business() -> None:
    assert typed("Shares in Norvik fell 12% on Monday.", "fell") == "business"


# -- class 2: ruled out ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rachel Osei has ruled out any coalition with the Greens.", "ruled out"),
        ("On Monday the finance minister ruled out a tax rise before the election.", "ruled out"),
        ("Coach Ana Ruiz ruled out a return for the injured captain on Friday.", "ruled"),
    ],
)
def test_ruling_out_is_a_refusal_not_a_ruling(text: str, word: str) -> None:
    assert typed(text, word) == "rejection"


def test_a_court_ruling_stays_legal() -> None:
    assert typed("The supreme court ruled on Tuesday that the decree was unlawful.", "ruled") == "legal"


# -- class 3: a restriction ordered --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The agriculture minister has ordered a nationwide ban on the movement of pigs.", "ordered"),
        ("On Tuesday the governor ordered a standstill on all livestock transport in the province.", "ordered"),
        ("Health officials ordered the closure of all schools in the district on Monday.", "ordered"),
        ("The prefect ordered a curfew in the old town on Saturday.", "ordered"),
        ("The veterinary service ordered the culling of 3,000 ducks on Wednesday.", "ordered"),
        ("Authorities ordered a lockdown of the camp on Sunday.", "ordered"),
    ],
)
def test_a_restriction_ordered_is_coercion(text: str, word: str) -> None:
    assert typed(text, word) == "coercion"


def test_aircraft_ordered_stay_business() -> None:
    assert typed("The airline ordered 40 jets from Airbus on Monday.", "ordered") == "business"


@pytest.mark.parametrize(
    "text",
    [
        "The crisis began with the takeover of the club ordered on Monday by a court in Lima.",
        "The freeze of the accounts, ordered on Friday by the High Court, angered the party.",
        "The inspection was ordered by a magistrate in Turin on Tuesday.",
    ],
)
def test_an_order_of_a_court_told_in_the_passive_is_legal(text: str) -> None:
    assert typed(text, "ordered") in ("legal", "coercion", "investigation")


# -- class 4: a judge admitting or granting a request ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("At the hearing the judge admitted the prosecutors' request to try the mayor for bribery.", "admitted"),
        ("On Friday the court granted the defence's request for bail.", "granted"),
        ("The magistrate accepted the prosecution's motion to freeze the assets on Monday.", "accepted"),
    ],
)
def test_a_judge_admitting_a_request_acts_in_law(text: str, word: str) -> None:
    assert typed(text, word) == "legal"


def test_a_minister_admitting_an_error_still_says_it() -> None:
    assert typed("The minister admitted on Monday that mistakes had been made.", "admitted") == "statement"


# -- class 5: a disease confirmed ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The agriculture ministry has confirmed an outbreak of bird flu on a poultry farm in Jutland.",
        "A second case of African swine fever has been confirmed on a farm near Poznan.",
        "Veterinary officials confirmed an outbreak of bluetongue in a flock of sheep on Tuesday.",
        "Health authorities in Kerala confirmed a case of Nipah virus on Sunday.",
    ],
)
def test_an_outbreak_confirmed_is_no_confirmation_of_a_report(text: str) -> None:
    kinds = {e.type for e in read(text).events if "confirm" in e.label}
    assert kinds and "confirmation" not in kinds, labels(text)


def test_a_report_confirmed_stays_a_confirmation() -> None:
    text = "A spokesman confirmed on Monday that the two ministers had met in Geneva."
    assert typed(text, "confirmed") == "confirmation"


# -- class 6: denying a part in an event ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The sports ministry denied that the government had any role in the court's decision.",
        "The interior ministry denied on Friday that police had any involvement in the disappearance.",
        "The party denied that it had any part in the leak.",
    ],
)
def test_denying_a_part_in_an_event_is_a_rejection(text: str) -> None:
    assert typed(text, "denied") == "rejection"


# -- class 7: a paper's correction note -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("CORRECTION:\nA report in Monday's edition said the regulator had fined the airline. It had not.", "fined"),
        ("Correction, March 3: An earlier version of this article said the mayor resigned on Friday.", "resigned"),
        ("An earlier version of this story misstated that police arrested two men in Leeds.", "arrested"),
    ],
)
def test_a_correction_note_tells_no_news(text: str, word: str) -> None:
    no_event_with(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "CORRECTION:\nA report in Monday's edition said the regulator had fined the airline.",
        "Correction, March 3: An earlier version of this article gave the wrong date for the vote.",
    ],
)
def test_a_correction_heading_is_no_statement(text: str) -> None:
    no_event_with(text, "orrection")


# -- class 8: what it is tempting to say ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "It is tempting to say the coalition died of a single budget line.",
        "It is fair to say the minister lost the argument.",
        "It would be easy to say the club was ruined by one transfer.",
    ],
)
def test_what_it_is_tempting_to_say_is_said_by_no_one(text: str) -> None:
    kinds = labels(text)
    assert not kinds, kinds


# -- class 9: what was to happen, or waits on a future clause ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The national team, which was to host the tournament, has been withdrawn.", "host"),
        ("The minister was to visit the plant on Friday but the trip was called off.", "visit"),
    ],
)
def test_what_was_to_happen_has_not(text: str, word: str) -> None:
    no_event_with(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The commission will review the measures when it meets in Geneva next Tuesday.", "meets"),
        (
            "The EU's Standing Committee on Fisheries will review the quotas when it meets in Brussels next week.",
            "meets",
        ),
        ("The premier stays in office until the new assembly meets.", "meets"),
        ("Prices will fall once the new pipeline opens.", "opens"),
    ],
)
def test_a_clause_waiting_on_the_future_has_not_happened(text: str, word: str) -> None:
    no_event_with(text, word)


def test_a_past_when_clause_stays_an_event() -> None:
    text = "The ministers met in Geneva on Tuesday when the talks resumed."
    assert with_word(read(text), "met")


# -- class 10: states that go on -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Clubs may not play abroad while the ban remains in force.",
        "Flights stay grounded as long as the order remains in place.",
        "The ruling means that no club may play abroad while it remains in force.",
    ],
)
def test_a_measure_remaining_in_force_is_no_event(text: str) -> None:
    no_event_with(text, "remain")


# -- class 11: what is under discussion ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The regulator says it is talking to two banks about buying the branches.", "buying"),
        ("The ministry is in talks with investors about selling the airline.", "selling"),
    ],
)
def test_what_is_talked_about_is_not_done(text: str, word: str) -> None:
    kinds = labels(text)
    assert not any(word in label and kind == "business" for label, kind in kinds), kinds


# -- class 12: a service or a connection cut -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The storm cut the island's connection to the mainland on Tuesday.", "cut"),
        ("Rebels cut the town's water supply on Monday.", "cut"),
        ("The explosion cut access to the harbour on Sunday.", "cut"),
    ],
)
def test_a_link_or_supply_cut_is_no_business(text: str, word: str) -> None:
    assert typed(text, word) != "business"


def test_jobs_cut_stay_business() -> None:
    assert typed("The carmaker cut 2,000 jobs on Monday.", "cut") == "business"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The storm on Tuesday cut most of the town's water supply.", "cut"),
        ("The blast on Monday cut half of the region's power.", "cut"),
    ],
)
def test_a_share_of_a_supply_cut_is_no_business(text: str, word: str) -> None:
    assert typed(text, word) != "business"


def test_a_charity_suspending_all_of_its_work_is_no_business() -> None:
    assert typed("Riverside Aid suspended all of its work in the province on Tuesday.", "suspended") != "business"


# -- class 13: what a speaker calls a thing ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('In Manila, the foreign ministry has called the collision an "unfortunate accident".', "accident"),
        ("The ministry described the sinking as a tragic accident.", "accident"),
        ("The opposition called the vote a coup.", "coup"),
    ],
)
def test_what_a_thing_is_called_is_no_other_event(text: str, word: str) -> None:
    facts = read(text)
    assert not [e for e in facts.events if e.type != "statement" and word in e.label], labels(text)


# -- class 14: a casualty named with her age ---------------------------------------------------------------------
def test_a_casualty_named_with_her_age_is_one_of_the_toll() -> None:
    text = "Three people died in the flood, among them Ana Lopes, 71, who died in hospital on Tuesday."
    assert typed(text, "died") != "personnel"


def test_an_office_holder_named_with_his_age_still_leaves_office() -> None:
    assert typed("Former president Joao Silva, 88, died on Monday.", "died") == "personnel"
