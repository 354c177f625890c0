"""Failure classes of the sixth self-written news probe (tests/fixtures/selfnews6, issue #12: English-language press
outside the US/UK wire), each checked on sentences written for these tests in other wordings and on other topics
than the probe's articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import agent_names, lower_places, read, with_word

pytest.importorskip("spacy")

MONDAY = dt.date(2026, 3, 2)
FRIDAY = dt.date(2026, 2, 27)
SATURDAY = dt.date(2026, 2, 28)
SUNDAY = dt.date(2026, 3, 1)


# -- class 1: no sentence break inside a run of capitalised words: the parser cut "Former Deputy Governor Grace |
# Wanjiru Muriuki was sworn in", so the event's sentence lost its subject's first words --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Former Deputy Governor Grace Wanjiru Muriuki was yesterday sworn in as the governor of the county at a"
        " ceremony in the town.",
        "Retired Army General Kofi Mensah Asante was on Friday appointed chairman of the electoral commission.",
        "Former Senate President Ibrahim Yakubu Danladi was on Monday arraigned before the Federal High Court.",
    ],
)
def test_no_sentence_starts_inside_a_name(text: str) -> None:
    from timelinekg.nlp.extract.nlp import pipeline

    assert [s.text for s in pipeline()(text).sents] == [text]


def test_a_sworn_in_title_and_name_keeps_its_first_words() -> None:
    facts = read(
        "Former Deputy Governor Grace Wanjiru Muriuki was yesterday sworn in as the governor of the county at a"
        " ceremony in the town.",
        MONDAY,
    )
    events = with_word(facts, "sworn")
    assert events and events[0].label.startswith("Former Deputy Governor"), [e.label for e in facts.events]


# -- class 2: arson told as what was done ("set ablaze the station", "set two buses alight", "set the hall on fire",
# "torched", "razed") is an attack by whoever did it, dated by the verb; rioters, hoodlums, miscreants, goons are
# its agents ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "agent"),
    [
        ("Protesters set the council office ablaze in Kano on Saturday.", "ablaze", "protesters"),
        ("Angry youths on Saturday night set ablaze a bus belonging to the company.", "ablaze", "angry youths"),
        ("Rioters set alight two buses in Lahore on Saturday.", "alight", "rioters"),
        ("Villagers set two police vehicles on fire on Saturday.", "fire", "villagers"),
        ("Two buses were set ablaze by miscreants in Karachi on Saturday.", "ablaze", "miscreants"),
        ("A mob torched a police post in Kisumu on Saturday.", "torched", "mob"),
        ("Angry residents torched the chief's office on Saturday.", "torched", "angry residents"),
        ("Soldiers razed the village on Saturday.", "razed", "soldiers"),
        ("Hoodlums burnt down the district office on Saturday.", "burnt", "hoodlums"),
        ("Goons attacked the polling station on Saturday.", "attacked", "goons"),
    ],
)
def test_arson_told_as_an_act_is_an_attack(text: str, word: str, agent: str) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type == "attack"
    assert (events[0].earliest, events[0].latest) == (SATURDAY, SATURDAY)
    assert agent in {a.lower() for a in agent_names(facts, events[0])}
    assert len(facts.events) == 1  # the fire of "set on fire" is no event of its own


@pytest.mark.parametrize(
    "text", ["A fire razed 40 shops in the market on Saturday.", "The company set a new sales target on Saturday."]
)
def test_a_fire_that_razes_or_a_set_target_is_no_arson(text: str) -> None:
    facts = read(text, MONDAY)
    assert all(e.type != "attack" for e in facts.events), [(e.type, e.label) for e in facts.events]


# -- class 3: where a local unit lies ("in X Local Government Area of Y State", which the recogniser may take whole
# for a body), where a bridge stands (not the river it spans: "a footbridge over the X River at Y in Z"), and where
# what was "set ablaze" stood -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        (
            "Nigerian police said gunmen attacked a police station in Bokkos Local Government Area of Plateau State"
            " on Sunday.",
            "attacked",
            "plateau",
        ),
        (
            "Gunmen abducted a priest in Ihiala Local Government Area of Anambra State on Sunday, Nigerian police"
            " said.",
            "abducted",
            "anambra",
        ),
        (
            "In Nigeria, hoodlums set ablaze a police station in Oredo Local Government Area of Edo State on Sunday.",
            "ablaze",
            "edo",
        ),
        ("A footbridge over the Densu River at Weija in Accra collapsed on Sunday morning.", "collapsed", "accra"),
        ("A road bridge over the canal near Multan collapsed on Sunday.", "collapsed", "multan"),
        ("A wooden bridge over the Pasig River in Manila collapsed on Sunday.", "collapsed", "manila"),
        ("A footbridge over the railway line in Lahore collapsed on Sunday.", "collapsed", "lahore"),
    ],
)
def test_the_place_of_a_local_unit_or_a_bridge(text: str, word: str, place: str) -> None:
    facts = read(text, MONDAY)
    events = [e for e in with_word(facts, word) if e.type != "statement"]
    assert events, [e.label for e in facts.events]
    assert place in lower_places(facts, events[0])


# -- class 4: an official act on a licence ("revoked the licence", "revoked its licence to operate", "cancelled the
# permit") is a sanction (coercion), done on the day of the decision it was done by ("By a decision of its board
# taken at its session of 27 February, the bank has revoked ..."), by a country's own body at home ("the Central
# Bank of X", "the Supreme Court of Y") ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The regulator revoked the operating licence of the airline on Sunday.",
        "The regulator revoked the airline's licence to operate.",
        "The government revoked the permit to build the mine.",
        "The central bank has revoked the authorisation to carry out banking activity granted to the lender.",
        "The media council cancelled the registration of the broadcaster on Sunday.",
        "The licence of the broadcaster was revoked by the media authority on Sunday.",
    ],
)
def test_a_licence_revoked_is_a_sanction(text: str) -> None:
    facts = read(text, MONDAY)
    events = [e for e in facts.events if "revoked" in e.label or "cancelled" in e.label]
    assert events, [e.label for e in facts.events]
    assert events[0].type == "coercion"


def test_lifting_an_order_is_still_a_concession() -> None:
    facts = read("The board revoked its order for staff to stay at home on Sunday.", MONDAY)
    assert with_word(facts, "revoked")[0].type == "yield"


@pytest.mark.parametrize(
    "text",
    [
        "By a decision of its board taken at its session of 27 February 2026, the central bank has revoked the licence"
        " of Banco Alfa.",
        "By a decision taken on 27 February 2026, the commission has withdrawn the accreditation of the university.",
        "By an order dated 27 February 2026, the ministry has suspended the registration of the party.",
    ],
)
def test_an_act_done_by_a_dated_decision_is_of_its_day(text: str) -> None:
    facts = read(text, MONDAY)
    acts = [e for e in facts.events if e.label.startswith("By ")]
    assert acts, [e.label for e in facts.events]
    assert (acts[0].earliest, acts[0].latest) == (FRIDAY, FRIDAY)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Central Bank of Nigeria revoked the licence of a microfinance bank on Sunday.", "nigeria"),
        ("The Bank of Ghana revoked the licences of 20 savings companies on Sunday.", "ghana"),
        ("The National Assembly of Zambia passed the budget on Sunday.", "zambia"),
        ("The Reserve Bank of India cancelled the licence of a cooperative bank on Sunday.", "india"),
    ],
)
def test_a_countrys_own_body_acts_at_home(text: str, country: str) -> None:
    facts = read(text, MONDAY)
    assert facts.events and country in lower_places(facts, facts.events[0])


# -- class 5: "suspended" people are suspended from their posts (personnel), suspended classes or exams are no break
# of relations ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The board suspended the chief executive on Monday.", "personnel"),
        ("The hospital suspended two nurses on Monday.", "personnel"),
        ("The bloc suspended Niger from its meetings on Monday after the coup.", "reduce-relations"),
        ("The police commissioner suspended three officers on Monday over the shooting.", "personnel"),
        ("The county suspended classes in all schools on Monday because of the floods.", "other"),
        ("The ministry suspended examinations in the region on Monday.", "other"),
        ("Kenya suspended diplomatic ties with the country on Monday.", "reduce-relations"),
    ],
)
def test_what_was_suspended_types_the_suspension(text: str, kind: str) -> None:
    facts = read(text, dt.date(2026, 3, 4))
    events = with_word(facts, "suspended")
    assert events, [e.label for e in facts.events]
    assert events[0].type == kind


# -- class 6: acts of office the lexicon lacked: impeaching an office holder (and the impeachment a senate upholds),
# and placing a body under another's administration or a place or people under a curfew or quarantine -----------
@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Lawmakers impeached the governor on Monday.", "impeached", "personnel"),
        ("The Senate upheld the impeachment of the governor on Monday.", "impeachment", "personnel"),
        ("The governor, whose impeachment the Senate upheld on Monday, has gone to court.", "impeachment", "personnel"),
        ("The central bank placed the lender under provisional administration on Monday.", "placed", "legal"),
        ("The insurer was placed under statutory management on Monday.", "placed", "legal"),
        ("The army put the town under curfew on Monday.", "put", "coercion"),
        ("Health officials placed 200 travellers under quarantine on Monday.", "placed", "coercion"),
    ],
)
def test_acts_of_office(text: str, word: str, kind: str) -> None:
    facts = read(text, dt.date(2026, 3, 4))
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type == kind
    assert (events[0].earliest, events[0].latest) == (MONDAY, MONDAY)


def test_placing_an_order_is_no_act_of_office() -> None:
    facts = read("The company placed an order for 40 aircraft on Monday.", dt.date(2026, 3, 4))
    assert all(e.type == "business" for e in facts.events)


# -- class 7: police and state units as agents: a capitalised name ending in a unit's kind that the recogniser missed
# ("the Economic Offences Unit (EOU) of the state police"), and bodies named by their kind ("the anti-kidnapping
# squad", "the command said") -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "agent"),
    [
        (
            "The Economic Offences Unit (EOU) of the state police arrested five persons on Monday.",
            "arrested",
            "economic offences unit",
        ),
        ("The Anti-Kidnapping Squad rescued two children on Monday.", "rescued", "anti-kidnapping squad"),
        ("The Marine Patrol Unit of the police seized two boats on Monday.", "seized", "marine patrol unit"),
        ("The command arrested three suspects in Warri on Monday.", "arrested", "command"),
    ],
)
def test_police_units_are_agents(text: str, word: str, agent: str) -> None:
    facts = read(text, dt.date(2026, 3, 4))
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert agent in {a.lower() for a in agent_names(facts, events[0])}


def test_a_generating_unit_is_no_actor() -> None:
    facts = read("A generating unit at the power plant exploded on Monday.", dt.date(2026, 3, 4))
    assert not facts.actors or all(a.name.lower() != "unit" for a in facts.actors)


# -- class 8: protest and riot as South Asian and African papers name them ("went on a rampage", "staged a dharna",
# "observed a bandh", "a complete hartal"), by whoever took part, on the day told; a rampage is violence (a mob's or
# gunmen's), not a peaceful protest -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Hundreds of enraged protesters went on a rampage in Karachi on Monday, torching two buses.", "protesters"),
        ("Angry villagers went on the rampage in the town on Monday after the killing.", "angry villagers"),
    ],
)
def test_a_rampage_is_violence_by_whoever_went_on_it(text: str, agent: str) -> None:
    facts = read(text, dt.date(2026, 3, 4))
    attacks = with_word(facts, "rampage")
    assert attacks and attacks[0].type == "attack", [(e.type, e.label) for e in facts.events]
    assert (attacks[0].earliest, attacks[0].latest) == (MONDAY, MONDAY)
    assert agent in {a.lower() for a in agent_names(facts, attacks[0])}


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Farmers staged a dharna outside the collectorate on Monday.", "farmers"),
        ("Opposition parties observed a bandh in Kolkata on Monday.", "opposition parties"),
        ("Traders observed a complete hartal in Srinagar on Monday.", "traders"),
    ],
)
def test_protest_words_of_south_asian_and_african_papers(text: str, agent: str) -> None:
    facts = read(text, dt.date(2026, 3, 4))
    protests = [e for e in facts.events if e.type == "protest"]
    assert protests, [(e.type, e.label) for e in facts.events]
    assert (protests[0].earliest, protests[0].latest) == (MONDAY, MONDAY)
    assert agent in {a.lower() for a in agent_names(facts, protests[0])}


def test_fire_set_by_the_subject_of_joined_verbs_is_arson() -> None:
    facts = read("Protesters blocked roads and set fire to a bus in Nairobi on Monday.", dt.date(2026, 3, 4))
    fires = with_word(facts, "fire")
    assert fires and fires[0].type == "attack"


# -- class 9: a vote to do something and the act it decided share the one day the sentence gives, whichever verb the
# parser hung it on ("voted on Monday to impeach the governor", "voted to remove the speaker on Monday") ----------
@pytest.mark.parametrize(
    "text",
    [
        "The county assembly voted on Monday to impeach the governor.",
        "Members of the county assembly voted 38 to 9 to impeach the governor on Monday.",
        "Parliament voted on Monday to repeal the decree.",
        "Lawmakers voted to remove the speaker on Monday.",
        "Shareholders voted to replace the board on Monday.",
    ],
)
def test_a_vote_and_what_it_decided_share_a_day(text: str) -> None:
    facts = read(text, dt.date(2026, 3, 4))
    assert facts.events
    assert all((e.earliest, e.latest) == (MONDAY, MONDAY) for e in facts.events), [
        (e.label, e.earliest, e.latest) for e in facts.events
    ]


# -- class 10: police or troops recovering what was stolen or held illegally seize it (coercion); an economy or a team
# that recovers does nothing of the kind -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Troops recovered two AK-47 rifles and 300 rounds of ammunition on Monday.", "troops"),
        ("Police recovered the stolen livestock in Marsabit on Monday.", "police"),
        ("Police recovered three pistols from the suspects on Monday.", "police"),
    ],
)
def test_recovered_arms_or_loot_are_seized(text: str, agent: str) -> None:
    facts = read(text, dt.date(2026, 3, 4))
    events = with_word(facts, "recovered")
    assert events and events[0].type == "coercion", [(e.type, e.label) for e in facts.events]
    assert agent in {a.lower() for a in agent_names(facts, events[0])}


@pytest.mark.parametrize(
    "text", ["The economy recovered in the second quarter.", "The team recovered from a goal down to win on Monday."]
)
def test_a_recovery_is_no_seizure(text: str) -> None:
    assert not with_word(read(text, dt.date(2026, 3, 4)), "recovered")
