"""Classes of news the sealed probes brought and no rule covered, each told in our own wording.

1. Two sides shooting at each other ("traded fire", "exchanged gunfire"): a clash of arms, not a blaze and not
   a trade."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract_news import load_articles

EXCHANGED_FIRE = [
    "Thai and Cambodian soldiers traded fire near the disputed temple on Friday.",
    "Rebels and government troops exchanged gunfire in the town of Beni on Monday.",
    "Indian and Pakistani troops traded artillery fire across the frontier on Wednesday.",
    "Border guards of the two countries traded gunfire overnight, officials said on Tuesday.",
]


@pytest.mark.parametrize("text", EXCHANGED_FIRE)
def test_an_exchange_of_fire_is_a_clash_of_arms(tmp_path: Path, text: str) -> None:
    events = load_articles(tmp_path, {"news.md": ("2026-03-12", text)})
    named = [e for e in events if "fire" in e.label]
    assert [e.type for e in named] == ["attack"], [(e.type, e.label) for e in events]


@pytest.mark.parametrize(
    "text",
    ["The two clubs traded players on Monday.", "Investors traded shares worth $2 billion on Tuesday."],
)
def test_other_things_traded_are_no_clash(tmp_path: Path, text: str) -> None:
    events = load_articles(tmp_path, {"news.md": ("2026-03-12", text)})
    assert all(e.type != "attack" for e in events), [(e.type, e.label) for e in events]


# 2. People named by their nationality in a sentence that places them abroad: the nationality is not where the
#    event happened ("two Slovak climbers missing on a peak in western Nepal were found").
PEOPLE_ABROAD = [
    (
        "The bodies of two Slovak climbers missing for a week on a peak in western Nepal were found by a rescue "
        "team on Wednesday.",
        "Slovakia",
    ),
    ("Three Polish activists camping on a glacier in southern Iceland were arrested on Sunday.", "Poland"),
    ("Four Chilean fishermen held for a month at a port in Peru were freed on Friday.", "Chile"),
]


@pytest.mark.parametrize(("text", "home"), PEOPLE_ABROAD)
def test_people_a_sentence_places_abroad_do_not_put_the_event_at_home(tmp_path: Path, text: str, home: str) -> None:
    events = load_articles(tmp_path, {"news.md": ("2026-03-12", text)})
    assert events and all(home.lower() not in e.place_ids for e in events), [(e.label, e.place_ids) for e in events]


# 3. A person's nationality ("led by Slovak diplomat Jana Hrubova") is who they are: it does not make a story about
#    one country a story about two, so the story's country still places its events.
@pytest.mark.parametrize(
    "visitor",
    [
        "Slovak diplomat Ana Kovac",
        "the former Mozambican foreign minister Luis Tembe",
        "Icelandic envoy Eva Jonsdottir",
    ],
)
def test_a_persons_nationality_leaves_the_story_in_its_country(tmp_path: Path, visitor: str) -> None:
    text = (
        "Madagascar's government on Saturday ordered the European Union's election observers to leave the country.\n\n"
        f"Sept. 28 - The election commission accredits 40 observers from the EU mission, led by {visitor}.\n\n"
        # (an assessment, not a report: a published report is its publisher's statement, which no place is given to)
        "Thursday, Oct. 15 - The EU mission publishes its preliminary assessment in Antananarivo."
    )
    events = load_articles(tmp_path, {"news.md": ("2026-10-19", text)})
    report = [e for e in events if e.label.startswith("Thursday")]
    # the story's country, or its capital the act names
    placed = [e.place_ids in (("madagascar",), ("antananarivo",)) for e in report]
    assert report and all(placed), [(e.label, e.place_ids) for e in events]


# 4. A speaker who calls an event something ("called the attack a cowardly act", "called the vote a sham") says
#    something about it: a statement, and the speaker is not who did the event.
CALLED_IT_SOMETHING = [
    ('President Ana Pires called the attack "a cowardly act" on Tuesday.', "attack", "ana-pires"),
    (
        "The UN human rights chief called the shelling of the hospital a war crime on Monday.",
        "attack",
        "united-nations",
    ),
    ("The opposition called the vote a sham on Sunday.", "election", "opposition"),
]


@pytest.mark.parametrize(("text", "kind", "speaker"), CALLED_IT_SOMETHING)
def test_calling_an_event_something_is_a_statement_about_it(tmp_path: Path, text: str, kind: str, speaker: str) -> None:
    events = load_articles(tmp_path, {"news.md": ("2026-03-12", text)})
    agents = {(e.type, p.actor_id) for e in events for p in e.participants if p.role == "agent"}
    assert ("statement", speaker) in agents and (kind, speaker) not in agents, agents


@pytest.mark.parametrize(
    "text", ["The prime minister called a snap election on Monday.", "The union called a strike for Friday."]
)
def test_calling_an_election_or_a_strike_is_still_holding_it(tmp_path: Path, text: str) -> None:
    events = load_articles(tmp_path, {"news.md": ("2026-03-12", text)})
    assert [e.type for e in events] in (["election"], ["protest"]), [(e.type, e.label) for e in events]


# 5. Who holds, fights or talks as a party, named by that role ("killed by their captors", "guerrillas ambushed",
#    "a sniper shot"): an unnamed group that is the act's agent.
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Four aid workers were killed by their captors in Mali on Friday.", "captors"),
        ("Guerrillas ambushed a police convoy in Cauca on Sunday.", "guerrillas"),
        ("A sniper shot two soldiers near the frontier on Monday.", "sniper"),
        ("Mercenaries attacked a gold mine in the north on Wednesday.", "mercenaries"),
    ],
)
def test_a_party_named_by_its_role_is_the_agent(tmp_path: Path, text: str, agent: str) -> None:
    events = load_articles(tmp_path, {"news.md": ("2026-03-12", text)})
    agents = {p.actor_id for e in events for p in e.participants if p.role == "agent"}
    assert agent in agents, [(e.type, e.label, e.participants) for e in events]
