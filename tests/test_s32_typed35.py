"""Helper typed35's classes of session 32 (own sentences, other stories, sports and countries than the probes'): acts
typed by a sense their context rules out, and sentences that tell no event.

1. A sanction of sport or discipline is no vote and no blow: "the jury disqualified her", "was disqualified from the
   race" (an election node), "struck her from the results" (an attack node) in probe33.  Disqualifying a competitor,
   striking a result or a name from the results or a register and stripping a medal are sanctions of the body that
   rules the contest, coercion as a ban is (CAMEO 17, administrative sanctions).  Guards: a candidate, a party's list,
   a sentence or an article about a vote keep the election; militants striking a convoy stay an attack.
2. Force met a crowd with: "the police met a march with rubber bullets and tear gas" (probe33, a meeting) is force
   used on it, as "used tear gas" is.  Guards: "met the protesters", "met union leaders with a new offer".
3. A court's order is a legal act: "the Labour Court directed the Company to reopen the factory" (probe33: business,
   from the reopening) and "it took an order of the Labour Court" (probe33: business, the row of goods ordered).
   Directing or instructing a body to act is an order, whoever gives it, as "ordered" is.  Guards: "placed an order
   for 40 trucks" stays business, "directed the film", "directed traffic" are no events.
4. A contract suspended is a personnel act when a person holds it ("The association suspended his contract", probe33:
   reduce-relations, relations between states), a firm's business when a firm does.  Guard: a trade agreement
   between states suspended stays reduce-relations.  A decision to do what a verb and its object name ("decided to
   suspend the contract", "agreed to halt exports") is that act, as for a verb's own row; probe33 told only the
   meeting that took it.  Guards: a hope, a decision not taken.
5. Spurious events: pay lost in a dispute ("the workers lost about a week and a half of pay", probe33) is a cost
   stated, no happening; an act asked about by "what" or "which" ("FIS has not said what sanction he faces", probe33:
   reduce-relations) is none told; nor is what all or any of a kind do in the present ("reopen the factory to all
   employees who sign a return-to-work register", probe33: diplomatic-cooperation), whom a rule holds for.  Guards:
   a firm's loss of a year and a team's lost match stay, as does a sanction told beside the question, and "the
   rebels who attacked the town on Monday".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_s28_typed29 import _all_types, _labels


# 1. sanctions of sport and discipline
@pytest.mark.parametrize(
    "sentence",
    [
        "The jury disqualified him on Sunday after a test of his bike found a hidden motor.",
        "Swiss sprinter Lara Moser was disqualified on Saturday from the 200 metres final she had won.",
        "Stewards struck the driver from the results on Sunday for a fuel irregularity.",
        "The marathon winner's time was struck from the results on Monday after referees found she took a shortcut.",
        "Race officials stripped the Kenyan runner of her silver medal on Tuesday.",
        "The medical council struck the surgeon off the register on Thursday.",
    ],
)
def test_a_sanction_of_sport_or_discipline_is_coercion(tmp_path: Path, sentence: str) -> None:
    kinds = _all_types(tmp_path, sentence)
    assert "coercion" in kinds, kinds
    assert not kinds & {"election", "attack"}, kinds


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The electoral tribunal disqualified the mayor from Sunday's municipal vote on Friday.", "election"),
        ("The commission disqualified the governor from the race for the senate on Monday.", "election"),
        ("Judges struck the opposition candidate off the ballot on Wednesday.", "election"),
        ("Militants struck the convoy from the hills on Sunday.", "attack"),
    ],
)
def test_a_vote_or_a_blow_keeps_its_type(tmp_path: Path, sentence: str, kind: str) -> None:
    assert kind in _all_types(tmp_path, sentence)


# 1b. a race won in an article that names no vote (probe33: "Bjorkqvist also won that race", an election once the
# disqualification beside it was no longer one)
@pytest.mark.parametrize(
    "sentence",
    [
        "Kipchoge won the race in Berlin on Sunday in 2:01:09.",
        "Verstappen won the race in Monza on Sunday from pole position.",
        "The grey mare won the race at Ascot on Saturday by two lengths.",
        "Her crew won the race to Hobart on Thursday after four days at sea.",
    ],
)
def test_a_race_won_in_an_article_of_no_vote_is_no_election(tmp_path: Path, sentence: str) -> None:
    kinds = _all_types(tmp_path, sentence)
    assert kinds and "election" not in kinds, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator won the race for governor on Tuesday.",
        "The mayor won the race for the senate seat on Tuesday.",
        "In Sunday's presidential runoff the former mayor won the race by nine points.",
    ],
)
def test_a_race_for_an_office_is_a_vote(tmp_path: Path, sentence: str) -> None:
    assert "election" in _all_types(tmp_path, sentence)


# 2. force met a crowd with
@pytest.mark.parametrize(
    "sentence",
    [
        "Police met the protesters with water cannon and batons on Saturday.",
        "Troops met a crowd of students with live rounds on Tuesday in the capital.",
        "Riot police met the marchers with tear gas on Monday.",
        "On Friday the gendarmes greeted the farmers' convoy with rubber bullets.",
    ],
)
def test_force_met_a_crowd_with_is_coercion(tmp_path: Path, sentence: str) -> None:
    kinds = _all_types(tmp_path, sentence)
    assert "coercion" in kinds, kinds
    assert "meeting" not in kinds, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister met the protesters on Saturday.",
        "The minister met union leaders with a new offer on Friday.",
    ],
)
def test_a_meeting_stays_a_meeting(tmp_path: Path, sentence: str) -> None:
    assert "meeting" in _all_types(tmp_path, sentence)


# 3. a court's order
@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday the High Court directed the ministry to release the detained activists.",
        "A magistrate on Friday directed the mine owners to pay the miners' wages within a week.",
        "The tribunal instructed the airline on Tuesday to reinstate the dismissed pilots.",
        "It took an order of the Supreme Court on Monday to get the landfill closed.",
        "An interim order of the High Court on Thursday halted the demolitions.",
        "The company was directed by the court on Monday to reopen the factory.",
        # any body that directs another to act orders it, as "ordered" does
        "The regulator on Monday directed all banks to freeze the accounts of the firm.",
        "The health agency on Friday instructed all pharmacies to withdraw the syrup from their shelves.",
    ],
)
def test_a_courts_order_is_a_legal_act(tmp_path: Path, sentence: str) -> None:
    kinds = _all_types(tmp_path, sentence)
    assert "legal" in kinds, kinds
    assert not kinds & {"business", "yield"}, kinds


def test_two_directions_of_one_order_are_one_act(tmp_path: Path) -> None:
    text = "The judge directed the firm to pay the wages and directed the union on Monday to end the sit-in."
    assert [label for label in _labels(tmp_path, text) if "directed" in label] == [
        "The judge directed the firm to pay the wages and directed the union on Monday"
    ]


def test_goods_ordered_stay_business(tmp_path: Path) -> None:
    assert _all_types(tmp_path, "The retailer placed an order for 40 new trucks on Monday.") == {"business"}
    assert not _all_types(tmp_path, "The manager directed the film on Monday.")
    assert not _all_types(tmp_path, "Officers directed traffic away from the bridge on Monday.")


# 4. a contract suspended
@pytest.mark.parametrize(
    "sentence",
    [
        "The club suspended the goalkeeper's contract on Monday.",
        "The hospital board suspended her contract on Friday pending an inquiry.",
        "The orchestra suspended the conductor's contract on Tuesday after the complaints.",
        "On Thursday the university suspended his contract with immediate effect.",
    ],
)
def test_a_persons_contract_suspended_is_personnel(tmp_path: Path, sentence: str) -> None:
    kinds = _all_types(tmp_path, sentence)
    assert "personnel" in kinds, kinds
    assert "reduce-relations" not in kinds, kinds


# 4b. a decision to do what a verb and its object name (probe33: "The Presidium ... met today ... and decided to suspend
# the contract with Mr Kratochvil", told only as the meeting)
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("On Monday the board of the club decided to suspend the coach's contract.", "personnel"),
        ("The government decided on Monday to halt rice exports.", "reduce-relations"),
        ("The cabinet agreed on Tuesday to declare a state of emergency in the north.", "coercion"),
        ("The federation decided on Friday to strip the club of its licence.", "coercion"),
    ],
)
def test_a_decision_to_act_is_the_act(tmp_path: Path, sentence: str, kind: str) -> None:
    assert kind in _all_types(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    ["The club hopes to suspend the coach's contract.", "The board did not decide to suspend his contract."],
)
def test_a_hope_or_a_decision_not_taken_is_none(tmp_path: Path, sentence: str) -> None:
    assert not _all_types(tmp_path, sentence)


def test_contracts_of_firms_and_treaties_of_states(tmp_path: Path) -> None:
    kinds = _all_types(tmp_path, "The ministry suspended its contract with the catering firm on Tuesday.")
    assert "business" in kinds and "reduce-relations" not in kinds, kinds
    assert "reduce-relations" in _all_types(tmp_path, "Argentina suspended its trade agreement with Chile on Monday.")


# 5. pay lost
@pytest.mark.parametrize(
    "sentence",
    [
        "By the end of the stoppage the dockers had lost nearly three weeks of wages.",
        "The nurses lost a month's pay during the strike, the union said on Monday.",
        "Drivers lost about ten days of earnings while the depot was shut.",
        "Seasonal pickers lost most of their income when the orchards flooded in March.",
    ],
)
def test_pay_lost_is_no_event(tmp_path: Path, sentence: str) -> None:
    assert "other" not in _all_types(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The airline lost 2 billion euros in 2025.",
        "The champions lost the final 2-1 on Sunday.",
    ],
)
def test_losses_of_firms_and_teams_stay(tmp_path: Path, sentence: str) -> None:
    assert any(label.lower().startswith(sentence.split()[0].lower()) for label in _labels(tmp_path, sentence))


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "The coach was suspended by the league on Nov. 10. His lawyer told reporters on Wednesday that the test "
            "was flawed. The league has not said what sanction he faces; its rules allow a ban of up to four years.",
            "sanction",
        ),
        ("Police have not said what attack the men were planning.", "attack"),
        ("The pilot was grounded on Monday. The airline has not said what sanction the pilot faces.", "sanction"),
        ("Rebels seized the town on Monday. The army has not said what attack it is preparing.", "attack"),
    ],
)
def test_an_act_asked_about_is_none_told(tmp_path: Path, text: str, asked: str) -> None:
    labels = _labels(tmp_path, text)
    assert not [label for label in labels if f"what {asked}" in label], labels
    if "suspended" in text:
        assert any("suspended" in label for label in labels), labels


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        ("On Monday the court ordered the firm to rehire any worker who signs the new code of conduct.", "signs"),
        ("The ministry said on Monday it will compensate all farmers who sign the register by Friday.", "sign"),
        ("All traders who sell the banned formula will be fined, the ministry said on Monday.", "sell"),
        ("The army on Friday promised an amnesty to all fighters who surrender their weapons.", "surrender"),
    ],
)
def test_what_all_of_a_kind_do_is_whom_a_rule_holds_for(tmp_path: Path, sentence: str, condition: str) -> None:
    labels = _labels(tmp_path, sentence)
    assert not [label for label in labels if label.startswith(f"who {condition}")], labels


def test_a_relative_clause_of_some_people_tells_their_act(tmp_path: Path) -> None:
    assert "attack" in _all_types(tmp_path, "The rebels who attacked the town on Monday fled into the hills.")
