"""Wrong merges as a class (session 27, helper `merges30`): different events folded into one node, checked on
articles written here, about other countries, bodies and kinds of story than the probes'.

1. Two acts of one coercive type that news tells apart by their word: police breaking up a march (tear gas, water
   cannon, "dispersed") is not an arrest made elsewhere that day, and goods seized or confiscated are not a
   quarantine, a curfew or an arrest.  An undated report of one joined the dated other of its article as "an
   undated report of the coercion" (probe28: "police fired water cannon and tear gas to break up a march" joined
   "was taken into custody in Colombo"; probe27: "80 kilogrammes of meat were seized at a market" joined "placed
   Kiruhura District under quarantine").  Guards: an arrest retold undated ("taken into custody", "detained") still
   joins the dated arrest; a dispersal retold in other words ("used tear gas to disperse") still joins the
   dispersal; "soldiers seized power" is still the coup.
2. An event noun named as the object of another event of its sentence ("the tribunal annulled the election",
   "declared the nullity of the vote", "condemned the coup") is that sentence's reference to it, not a report of
   it: undated, it joined the dated event of its kind in the article, which then listed the annulment as a report
   of the vote (probe28, twice: "annulled the Juchitán mayoral election", "declared the nullity of the election of
   the members of the municipal council").  The place such a sentence gives the event still places it ("condemned
   the attack on the school in Kunduz").  Guards: the event told again by a sentence of its own ("Turnout in the
   election was 61 per cent") keeps that report; the act done to it is still its own event.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.extract_support import holding as _holding
from tests.extract_support import shown as _shown
from tests.test_extract_news import load_articles

pytest.importorskip("spacy")

D = dt.date


# -- 1. two coercive acts of one article -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "dated", "undated"),
    [
        (
            "Police in Lagos arrested a customs officer on Thursday over the sale of seized rifles, the force said "
            "on Sunday. Officers fired tear gas to break up a protest by traders outside the port in Apapa.",
            "arrested a customs officer",
            "tear gas",
        ),
        (
            "The second suspect, a clerk at the land registry, was taken into custody in Quito on Tuesday, police "
            "said. On Wednesday evening riot police used water cannon to disperse a march by teachers near the "
            "education ministry.",
            "taken into custody",
            "water cannon",
        ),
        (
            "The veterinary service placed the district of Kasungu under quarantine on 3 March. Inspectors "
            "later confiscated 200 kilogrammes of pork at a market in the town, the police said.",
            "quarantine",
            "confiscated",
        ),
        (
            "Authorities imposed a curfew on the town of Tete on Friday. About 40 kilogrammes of cannabis were "
            "seized at a checkpoint on the road to Moatize, police said.",
            "curfew",
            "were seized",
        ),
    ],
)
def test_another_coercive_act_of_the_article_stays_apart(tmp_path: Path, text: str, dated: str, undated: str) -> None:
    events = load_articles(tmp_path, {"a.md": ("2026-03-08", text)})
    holding = _holding(events, dated)
    assert holding, _shown(events)
    for event in holding:
        assert not any(undated in m.quote for m in event.mentions), _shown(holding)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # an arrest told dated, then retold undated by another outlet in other words
        (
            ("2026-03-04", "Police detained a land registry clerk in Quito on Tuesday over forged titles."),
            ("2026-03-05", "Police in Quito arrested the land registry clerk over forged titles, officials said."),
            ("detained", "arrested"),
        ),
    ],
)
def test_the_same_coercive_act_retold_still_joins(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    both = [e for e in _holding(events, words[0]) if any(words[1] in m.quote for m in e.mentions)]
    assert both, _shown(events)


def test_a_coup_told_by_seized_power_is_still_the_coup(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": ("2026-03-05", "Soldiers seized power in Bissau on Wednesday and dissolved the government."),
            "b.md": ("2026-03-06", "The coup in Bissau was condemned by the regional bloc on Thursday."),
        },
    )
    seized = _holding(events, "seized power")
    assert seized and any(e.type == "coercion" for e in seized), _shown(events)


# -- 2. an event noun named as the object of another event of its sentence -----------------------------------------
@pytest.mark.parametrize(
    ("text", "vote", "passing"),
    [
        (
            "Tarija held its governorship election on Sunday 3 May. On Thursday the departmental electoral court "
            "annulled the Tarija governorship election, citing fraud at 40 polling tables.",
            "held its governorship election",
            "annulled",
        ),
        (
            "Kraljevo elected its town council on 12 April. In its judgment on Friday the administrative court "
            "declared the nullity of the election of the town's councillors, citing forged signatures.",
            "elected its town council",
            "nullity",
        ),
        (
            "Lesotho held a referendum on the new constitution on Saturday. On Tuesday the High Court in Maseru "
            "quashed the referendum over missing ballot papers.",
            "held a referendum",
            "quashed",
        ),
    ],
)
def test_an_event_named_as_another_acts_object_is_no_report_of_it(
    tmp_path: Path, text: str, vote: str, passing: str
) -> None:
    events = load_articles(tmp_path, {"a.md": ("2026-05-09", text)})
    votes = _holding(events, vote)
    assert votes, _shown(events)
    for event in votes:
        assert not any(passing in m.quote for m in event.mentions), _shown(votes)
    assert _holding(events, passing), _shown(events)  # the act of that sentence is still told


@pytest.mark.parametrize(
    ("text", "vote", "again"),
    [
        # the election told again by a sentence of its own
        (
            "Tarija held its governorship election on Sunday 3 May. Turnout in the election was 61 per cent, the "
            "electoral court said on Monday.",
            "held its governorship election",
            "Turnout",
        ),
    ],
)
def test_an_event_told_by_its_own_words_keeps_them(tmp_path: Path, text: str, vote: str, again: str) -> None:
    events = load_articles(tmp_path, {"a.md": ("2026-05-09", text)})
    votes = _holding(events, vote)
    assert any(again in m.quote for e in votes for m in e.mentions), _shown(events)


def test_the_place_an_acts_object_names_still_places_the_event(tmp_path: Path) -> None:
    text = (
        "Gunmen attacked a school on Monday, killing four pupils. On Tuesday the president condemned the attack on "
        "the school in Kunduz."
    )
    events = load_articles(tmp_path, {"a.md": ("2026-05-09", text)})
    attacks = _holding(events, "attacked a school")
    assert attacks and "kunduz" in attacks[0].place_ids, _shown(events)
    assert not any("condemned" in m.quote for m in attacks[0].mentions), _shown(attacks)


# -- 3. an event noun that only tells when another event of its sentence happened ----------------------------------
@pytest.mark.parametrize(
    ("text", "told", "passing"),
    [
        (
            "A bus overturned on the road to Cusco on Sunday, injuring 22 passengers. The transport ministry, which "
            "opened an inquiry the day after the accident, expects to publish its findings in June.",
            "overturned",
            "opened an inquiry",
        ),
        (
            "The competition authority fined Baltic Dairy 40 million euros on Tuesday. Its shares fell 9 percent on "
            "Wednesday, the first trading day after the fine was announced.",
            "fined Baltic Dairy",
            "shares fell",
        ),
    ],
)
def test_an_event_named_as_another_acts_time_is_no_report_of_it(
    tmp_path: Path, text: str, told: str, passing: str
) -> None:
    events = load_articles(tmp_path, {"a.md": ("2026-05-09", text)})
    nodes = _holding(events, told)
    assert nodes, _shown(events)
    for event in nodes:
        assert not any(passing in m.quote for m in event.mentions), _shown(nodes)


# -- 4. the count of votes an act was carried by is no vote of its own ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "vote", "count"),
    [
        (
            "Voters in Ohrid elected a new mayor on Sunday 19 April. The town's electoral commission declared "
            "Vesna Trajkovska the winner by 318 votes on Wednesday.",
            "elected a new mayor",
            "318 votes",
        ),
        (
            "Voters in Ohrid elected a new mayor on Sunday 19 April. On Friday the constitutional court confirmed, "
            "by unanimity of votes, the ruling of the electoral commission.",
            "elected a new mayor",
            "unanimity",
        ),
    ],
)
def test_the_count_an_act_was_carried_by_is_no_report_of_the_vote(
    tmp_path: Path, text: str, vote: str, count: str
) -> None:
    events = load_articles(tmp_path, {"a.md": ("2026-04-25", text)})
    votes = _holding(events, vote)
    assert votes, _shown(events)
    for event in votes:
        assert not any(count in m.quote for m in event.mentions), _shown(votes)


def test_custody_told_by_its_noun_is_no_march_broken_up(tmp_path: Path) -> None:
    text = (
        "The second suspect, a clerk at the land registry, was taken into custody in Quito on Tuesday, police said. "
        "On Friday evening police used tear gas to break up a march by teachers near the education ministry in "
        "Quito."
    )
    events = load_articles(tmp_path, {"a.md": ("2026-03-14", text)})
    custody = _holding(events, "taken into custody")
    assert custody and not any("tear gas" in m.quote for e in custody for m in e.mentions), _shown(custody)
