"""Classes of duplicate nodes (one event, two or more nodes) seen on our multi-outlet sets (tests/fixtures/clusters,
clusters2), fixed on articles written here on other topics and in other wordings, with pairs that must stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract_news import load_articles
from timelinekg.schema.model import Event

pytest.importorskip("spacy")


def holding(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if any(words in m.quote for m in e.mentions)]


def evidence(event: Event) -> str:
    return " | ".join(event.attribute("merge_evidence", ()))


# -- 1. one disaster, several nodes: reports of one kind of disaster ("exploded", "the blast") that name no agent,
# on days that meet and in one place, across articles ("the explosion in Puebla on Monday") or later in one article
# ("The blast, at about 9.30 p.m."), were kept apart: no agent, no target, and the place of one was its article's
ONE_DISASTER = [
    {
        "a.md": ("2026-06-10", "PUEBLA, Mexico - Three people were killed when a fireworks warehouse exploded on the "
                 "outskirts of Puebla late on Monday, the civil protection agency said.\n\nThe blast, at about 9.30 "
                 "p.m., shattered windows across the district, residents said."),
        "b.md": ("2026-06-11", "Investigators are trying to establish what caused the deadly blast at a fireworks "
                 "warehouse.\n\nThe explosion in Puebla on Monday killed three workers and injured eleven, officials "
                 "said."),
    },
    {
        "a.md": ("2026-09-03", "A gas explosion destroyed a bakery in Tartu on Tuesday morning, killing "
                 "the owner.\n\nThe blast, shortly after 6 a.m., was heard across the city."),
        "b.md": ("2026-09-03", "TARTU, Estonia - Rescuers searched the rubble on Tuesday after a bakery in Tartu "
                 "exploded on Tuesday, police said."),
    },
    {
        "a.md": ("2026-02-17", "A fire gutted a textile factory in Faisalabad on Sunday, the fire brigade said.\n\n"
                 "The blaze, which started at about 4 a.m., burned for nine hours."),
        "b.md": ("2026-02-16", "Hundreds of workers lost their jobs after a fire destroyed a textile factory in "
                 "Faisalabad on Sunday."),
    },
]  # fmt: skip


@pytest.mark.parametrize("articles", ONE_DISASTER)
def test_one_disaster_with_no_agent_told_twice_is_one_node(
    tmp_path: Path, articles: dict[str, tuple[str, str]]
) -> None:
    events = load_articles(tmp_path, articles)
    disasters = [e for e in events if e.type == "disaster"]
    assert len(disasters) == 1, [(e.label, e.earliest, e.latest, e.place_ids) for e in disasters]
    assert len(set(disasters[0].source_ids)) == 2
    assert "no agent on either side" in evidence(disasters[0])


# ... and what must stay apart: two explosions on one day in two towns; "a second blast";
# two explosions on one day, one placed by its dateline, in two cities
TWO_DISASTERS = [
    {
        "a.md": ("2026-05-08", "A gas explosion wrecked a house in Kaunas on Friday, firefighters said."),
        "b.md": ("2026-05-08", "A boiler exploded at a school in Klaipeda on Friday, injuring two teachers."),
    },
    {
        "a.md": ("2026-04-14", "An explosion hit a fuel depot in Sfax on Monday night.\n\nA second blast, at about "
                 "11 p.m., hit a warehouse near the harbour."),
    },
    {
        "a.md": ("2026-08-19", "SANTIAGO, Chile - A gas explosion killed two people in a block of flats on Tuesday."),
        "b.md": ("2026-08-19", "A methane pocket exploded at a copper mine in Antofagasta on Tuesday."),
    },
]  # fmt: skip


@pytest.mark.parametrize("articles", TWO_DISASTERS)
def test_two_disasters_stay_apart(tmp_path: Path, articles: dict[str, tuple[str, str]]) -> None:
    events = load_articles(tmp_path, articles)
    disasters = [e for e in events if e.type == "disaster"]
    assert len(disasters) >= 2, [(e.label, e.earliest, e.latest, e.place_ids) for e in disasters]
    assert all("no agent on either side" not in evidence(e) for e in disasters), [
        (e.label, evidence(e)) for e in disasters
    ]


# -- 2. one clash, several nodes: the police's tear gas (an attack), the arrests (coercion), the injured and "the
# clashes" (a protest) of one day in one place, told by a live blog entry by entry or by several outlets, were as
# many nodes: their types differ and their sides are unnamed ("riot police", "officers", "people", "protesters")
ONE_CLASH = [
    (
        {
            "a.md": ("2026-03-17", "TBILISI, Georgia - Riot police fired tear gas at protesters outside parliament in "
                     "Tbilisi on Monday.\n\nTwelve people were detained after the clashes, the interior ministry "
                     "said."),
            "b.md": ("2026-03-18", "Police arrested twelve people in Tbilisi on Monday night after officers used water "
                     "cannon against demonstrators."),
        },
        "fired tear gas", "arrested twelve people",
    ),
    (
        {
            "a.md": ("2026-07-09", "14:10 - Police have fired tear gas to disperse demonstrators in front of "
                     "the finance ministry in Nairobi.\n\n16:30 - Twenty protesters were arrested near the "
                     "ministry, police say."),
        },
        "fired tear gas to disperse", "Twenty protesters were arrested",
    ),
    (
        {
            "a.md": ("2026-11-06", "Officers fired rubber bullets at stone-throwing students in Dhaka on Thursday."),
            "b.md": ("2026-11-06", "Police used tear gas and detained 40 students in Dhaka on Thursday, a police "
                     "spokesman said."),
        },
        "rubber bullets", "detained 40 students",
    ),
]  # fmt: skip
CROWD_TYPES = ("attack", "coercion", "protest")


@pytest.mark.parametrize(("articles", "first", "second"), ONE_CLASH)
def test_one_clash_told_as_tear_gas_and_arrests_is_one_node(
    tmp_path: Path, articles: dict[str, tuple[str, str]], first: str, second: str
) -> None:
    events = [e for e in load_articles(tmp_path, articles) if e.type in CROWD_TYPES]
    nodes = holding(events, first)
    assert len(nodes) == 1 and nodes == holding(events, second), [(e.type, e.label, e.place_ids) for e in events]
    assert len(set(nodes[0].source_ids)) == len(articles)
    assert "crowd control" in evidence(nodes[0])


# ... and what must stay apart: tear gas in one city and arrests in another on one day; a raid on traffickers and
# tear gas at a rally in one city on one day (the raid is no crowd control); two shellings by one army of two towns
TWO_CLASHES = [
    (
        {
            "a.md": ("2026-03-03", "Police fired tear gas at protesters in Lima on Monday."),
            "b.md": ("2026-03-03", "Police arrested 30 protesters after clashes in Cusco on Monday."),
        },
        "Lima", "Cusco",
    ),
    (
        {
            "a.md": ("2026-05-22", "Police fired tear gas at protesters in Quito on Friday.\n\nIn a separate "
                     "operation, police arrested three drug traffickers in a raid on a warehouse in Quito on Friday."),
        },
        "tear gas", "traffickers",
    ),
    (
        {
            "a.md": ("2026-01-12", "The army shelled the town of Tessit on Sunday, killing four people."),
            "b.md": ("2026-01-12", "The army shelled the town of Ansongo on Sunday, killing two people."),
        },
        "Tessit", "Ansongo",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("articles", "first", "second"), TWO_CLASHES)
def test_two_clashes_or_a_clash_and_a_raid_stay_apart(
    tmp_path: Path, articles: dict[str, tuple[str, str]], first: str, second: str
) -> None:
    events = [e for e in load_articles(tmp_path, articles) if e.type in CROWD_TYPES]
    assert holding(events, first) and holding(events, second), [(e.type, e.label) for e in events]
    for event in holding(holding(events, first), second):
        assert "crowd control" not in evidence(event), evidence(event)


# -- 3. what was said in doing it: "blocked the road, demanding compensation", "criticised the deal, saying the
# government had signed it in secret": the participle is what the agent said by that act, in the act's own sentence,
# not a statement of its own; it was a second node beside the act (the types differ)
SAID_IN_DOING = [
    ("2026-02-03", "Fishermen blocked the harbour entrance in Sete on Monday, demanding compensation for the new "
     "quotas.", "blocked the harbour", "demanding compensation"),
    ("2026-06-12", "The Green Party criticised the budget on Thursday, saying it cut rail spending by a third.",
     "criticised the budget", "saying it cut"),
    ("2026-09-21", "Health Minister Ana Costa resigned on Sunday, saying she had lost the confidence of the prime "
     "minister.", "resigned on Sunday", "saying she had lost"),
]  # fmt: skip


@pytest.mark.parametrize(("day", "text", "act", "words"), SAID_IN_DOING)
def test_what_was_said_in_doing_it_is_part_of_the_act(
    tmp_path: Path, day: str, text: str, act: str, words: str
) -> None:
    events = load_articles(tmp_path, {"a.md": (day, text)})
    nodes = [e for e in events if act in e.label or words in e.label]
    assert len(nodes) == 1, [(e.type, e.label) for e in events]
    assert act in nodes[0].label and nodes[0].type not in ("statement", "demand")
    assert "said in doing it" in evidence(nodes[0])


# ... and what must stay apart: words said on another occasion later in the sentence (a speech the next day), two
# statements by one minister on different subjects, one speaker's act and another's words
SAID_ELSEWHERE = [
    ("2026-04-08", "The president signed the decree on Monday, and on Tuesday he gave a speech saying the army would "
     "stay in the north.", "signed the decree", "saying the army"),
    ("2026-05-19", "Finance Minister Omar Haddad said on Monday the deficit would fall. Haddad also said on Monday "
     "that the port would be sold, saying buyers had already come forward.", "the deficit would fall",
     "saying buyers"),
    ("2026-10-27", "Farmers blocked the ring road around Ghent on Monday, and the mayor spoke to reporters, saying "
     "the protest was illegal.", "blocked the ring road", "saying the protest"),
]  # fmt: skip


@pytest.mark.parametrize(("day", "text", "act", "words"), SAID_ELSEWHERE)
def test_words_said_elsewhere_are_not_part_of_the_act(
    tmp_path: Path, day: str, text: str, act: str, words: str
) -> None:
    events = load_articles(tmp_path, {"a.md": (day, text)})
    acts = [e for e in events if act in e.label]
    assert acts, [(e.type, e.label) for e in events]
    for event in acts:
        assert "said in doing it" not in evidence(event), evidence(event)
