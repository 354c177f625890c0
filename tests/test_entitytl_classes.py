"""Failure classes found by the entitytl corpus (tests/fixtures/entitytl: invented business news in the SemEval-2015
Task 4 layout, scored for entity timelines), each checked on sentences written for these tests in other wordings
and about other companies: a company's short name the recogniser misses, a company name run into the amount
after it, "shares in X" moving, a business descriptor ("the drugmaker", "the lender") standing for the company
the article named, and an agreement or decision to do something as the event of the one who made it."""

from __future__ import annotations

import pytest

from tests.test_probe4_classes import MONDAY, TUESDAY, agent_names, on_day, read, with_word
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")


def actor_names(facts: Facts, event: Event) -> set[str]:
    by_id = {a.id: a.name for a in facts.actors}
    return {by_id[p.actor_id] for p in event.participants}


def events_of(facts: Facts, name: str) -> list[Event]:
    return [e for e in facts.events if name in actor_names(facts, e)]


# -- a company's short name, which the recogniser does not tag ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "company"),
    [
        (
            "Norbrook Pharmaceuticals reported higher sales on Monday. On Tuesday, Norbrook cut 250 jobs in Ohio.",
            "cut",
            "Norbrook Pharmaceuticals",
        ),
        (
            "Velaxis Systems opened a plant in Brno in 2019. On Tuesday, Velaxis closed the plant.",
            "closed",
            "Velaxis Systems",
        ),
        (
            "Trenholt Logistics posted a loss in March. On Monday, Trenholt sold its trucking unit to a rival.",
            "sold",
            "Trenholt Logistics",
        ),
        # the recogniser takes the short name for a nationality
        ("Brantis Foods posted a loss in March. In 2012, Brantis closed two plants.", "closed", "Brantis Foods"),
    ],
)
def test_a_companys_short_name_is_the_company(text: str, word: str, company: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    assert company in actor_names(facts, acts[0]), [a.name for a in facts.actors]


# -- a company name before an amount -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("The regulator fined Halvex Bank 12 million euros on Monday.", "Halvex Bank"),
        ("A tribunal fined Ortega Cement 5 million euros on Monday.", "Ortega Cement"),
        ("The watchdog fined Lindqvist Insurance 300,000 pounds on Tuesday for late filings.", "Lindqvist Insurance"),
    ],
)
def test_an_amount_is_not_part_of_a_company_name(text: str, company: str) -> None:
    facts = read(text)
    names = {a.name for a in facts.actors}
    assert company in names, names
    assert not any(n.startswith(company + " ") for n in names), names


# -- shares in a company ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "company", "day"),
    [
        ("Shares in Marlow Group fell 6 percent on Monday.", "Marlow Group", MONDAY),
        ("Shares in the carmaker Velta Motors rose 3 percent on Tuesday.", "Velta Motors", TUESDAY),
        ("Stock in Pelham Retail dropped 9 percent in New York trading on Monday.", "Pelham Retail", MONDAY),
    ],
)
def test_shares_in_a_company_moving_are_its_event(text: str, company: str, day: object) -> None:
    facts = read(text)
    moves = on_day(facts, day)  # type: ignore[arg-type]
    assert moves, [e.label for e in facts.events]
    assert company in actor_names(facts, moves[0])


# -- a business descriptor standing for the company ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "company"),
    [
        (
            "Ostler Therapeutics, a Boston drugmaker, won approval for a migraine pill on Monday. "
            "Patients sued the drugmaker on Tuesday.",
            "sued",
            "Ostler Therapeutics",
        ),
        (
            "The Peruvian miner Andina Cobre reported lower output on Monday. The miner closed a shaft on Tuesday.",
            "closed",
            "Andina Cobre",
        ),
        ("Halvex Bank reported a loss on Monday. The lender cut 400 jobs on Tuesday.", "cut", "Halvex Bank"),
        (
            "Korvan Air, a budget carrier, reported record traffic on Monday. "
            "The airline suspended flights to Lisbon on Tuesday.",
            "suspended",
            "Korvan Air",
        ),
    ],
)
def test_a_business_descriptor_is_the_company_named_before(text: str, word: str, company: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    assert company in actor_names(facts, acts[0]), [a.name for a in facts.actors]


def test_a_descriptor_of_people_stays_people() -> None:
    facts = read("Andina Cobre said output fell. Striking miners blocked a road near the mine on Tuesday.")
    acts = with_word(facts, "blocked")
    assert not acts or "Andina Cobre" not in agent_names(facts, acts[0])


# -- agreeing or deciding to do something -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "company", "day"),
    [
        (
            "Dorsey Capital agreed on Monday to buy its rival Pellam Foods for 300 million dollars.",
            "Dorsey Capital",
            MONDAY,
        ),
        (
            "The board of Ravel Textiles decided on Tuesday to close two factories in Lancashire.",
            "Ravel Textiles",
            TUESDAY,
        ),
        ("Tessaro Energy agreed on Monday to sell its refinery to a trading house.", "Tessaro Energy", MONDAY),
    ],
)
def test_agreeing_to_a_business_act_is_an_event(text: str, company: str, day: object) -> None:
    facts = read(text)
    acts = on_day(facts, day)  # type: ignore[arg-type]
    assert acts, [e.label for e in facts.events]
    assert company in actor_names(facts, acts[0])


def test_planning_to_act_stays_no_event() -> None:
    facts = read("Dorsey Capital hopes to buy a rival, its chairman said on Monday.")
    assert not [e for e in on_day(facts, MONDAY) if e.type == "business"]


# -- a company's board acts for the company -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("The board of Ravel Textiles met on Tuesday and named a new chief executive.", "Ravel Textiles"),
        ("Halvex Bank posted a loss. On Tuesday, the board said it had replaced the chairman.", "Halvex Bank"),
        ("Corlan Foods confirmed the sale. The board approved the deal on Monday.", "Corlan Foods"),
    ],
)
def test_a_companys_board_acts_for_it(text: str, company: str) -> None:
    facts = read(text)
    assert any(company in agent_names(facts, e) for e in facts.events), [
        (e.label, agent_names(facts, e)) for e in facts.events
    ]


def test_a_board_of_its_own_stays_itself() -> None:
    facts = read("Halvex Bank posted a loss. On Tuesday, the electoral board said it had counted the votes.")
    assert not any("Halvex Bank" in agent_names(facts, e) for e in facts.events if "board" in e.label)


# -- a span of time dates the event over the whole span -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Norvell Insurance sold the policies to 30,000 customers between 2009 and 2013.", "2009-01-01", "2013-12-31"),
        ("Brask Energy ran the refinery from 2001 to 2006, its owners said.", "2001-01-01", "2006-12-31"),
        ("Pellam Foods recalled 40 products between March and June 2019.", "2019-03-01", "2019-06-30"),
    ],
)
def test_between_two_dates_is_the_whole_span(text: str, first: str, last: str) -> None:
    facts = read(text)
    spans = [(str(e.earliest), str(e.latest)) for e in facts.events]
    assert (first, last) in spans, spans


def test_two_dated_clauses_stay_two_days() -> None:
    facts = read("Halvex Bank closed a branch on Monday, and opened another on Tuesday.")
    assert on_day(facts, MONDAY) and on_day(facts, TUESDAY)


# -- a company the recogniser takes for a person ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "company", "day"),
    [
        ("Ostrander Shipyards said on Monday that it signed a contract on Friday.", "Ostrander Shipyards", None),
        ("Korvan Airways said it cancelled 80 flights on Monday.", "Korvan Airways", MONDAY),
        ("Brennig Mining said on Tuesday that it closed a copper shaft on Monday.", "Brennig Mining", MONDAY),
    ],
)
def test_it_in_what_a_company_says_is_the_company(text: str, company: str, day: object) -> None:
    facts = read(text)
    kinds = {a.name: a.kind for a in facts.actors}
    assert kinds.get(company) == "organisation", kinds
    acts = [e for e in facts.events if e.type != "statement" and company in agent_names(facts, e)]
    assert acts, [(e.label, agent_names(facts, e)) for e in facts.events]
    if day is not None:
        assert (acts[0].earliest, acts[0].latest) == (day, day)


def test_a_persons_name_stays_a_person() -> None:
    facts = read("Maria Banks said on Monday that she had resigned.")
    kinds = {a.name: a.kind for a in facts.actors}
    assert kinds.get("Maria Banks") == "person", kinds


def test_shares_in_the_company_described_before() -> None:
    facts = read(
        "The Chilean miner Brennig Cobre reported lower output. Shares in the miner fell 5 percent on Tuesday."
    )
    moves = on_day(facts, TUESDAY)
    assert moves and "Brennig Cobre" in actor_names(facts, moves[0]), [e.label for e in facts.events]


# -- winning a contract, an order or an approval is no election ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Halvex Group won a 200 million euro contract on Friday.", "business"),
        ("Brask Engineering won an order for six turbines on Monday.", "business"),
        ("Ostler Therapeutics won approval for its migraine pill on Tuesday.", "legal"),
    ],
)
def test_winning_a_contract_is_business(text: str, kind: str) -> None:
    facts = read(text)
    assert [e.type for e in with_word(facts, "won")] == [kind]


# -- a company firing its staff dismisses them --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Halvex Bank fired its chief executive on Monday.",
        "Brask Motors fired its finance director on Tuesday.",
        "Pellam Foods fired 200 employees at its bakery on Monday.",
    ],
)
def test_firing_staff_is_a_personnel_change(text: str) -> None:
    facts = read(text)
    assert [e.type for e in with_word(facts, "fired")] == ["personnel"]


def test_firing_at_people_stays_an_attack() -> None:
    facts = read("Police fired tear gas at protesters on Monday.")
    assert [e.type for e in with_word(facts, "fired")] == ["attack"]


# -- "laid off" is "lay off" ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Halvex Systems laid off 300 workers on Monday.",
        "Brask Motors laid off a fifth of its staff on Tuesday.",
        "The carmaker laid off 1,200 welders on Monday, its union said.",
    ],
)
def test_laying_off_staff_is_business(text: str) -> None:
    facts = read(text)
    assert [e.type for e in with_word(facts, "laid off")] == ["business"], [e.label for e in facts.events]


def test_laying_other_things_is_no_business() -> None:
    facts = read("Mourners laid wreaths at the memorial on Monday.")
    assert not [e for e in facts.events if e.type == "business"]


def test_a_speakers_own_resolve_in_a_quote_is_no_event() -> None:
    facts = read('"We have decided to defend the peace by ending the regime," the officers said on Tuesday.')
    assert not [e for e in facts.events if "decided" in e.label and e.type != "statement"]


def test_the_time_of_what_was_agreed_is_not_the_agreements() -> None:
    facts = read("Diplomats said the proposal was blocked, and the ministers agreed to discuss it again in June.")
    assert not [e for e in facts.events if "agreed" in e.label and e.earliest and e.earliest.month == 6]
