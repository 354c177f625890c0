"""Helper typed34's classes of session 31 (own sentences, other stories and countries than the probes'): a trigger
word's sense taken without what its object, its subject or its article says.

1. A win in an article that names no vote is no election: "this is the horse that won the big one at Greyville"
   (probe32), "Today the mountain won" (probe22, a court striking down a gas law), each an election node though
   nothing in the article is voted on.  Guards: a win of a listed post or vote ("won the presidency", "won 52
   seats") and an intransitive win in an article about a vote ("the Yes side won in the coastal provinces").
2. "Named ... as" something that is no one's post or role identifies, it appoints no one: "The dead have been named
   by relatives as Martin and Jana Kovalova" (probe16), "The FDA named the company as the channel through which the
   batch reached ... outlets" (probe30), each a personnel node.  Guards: "named her as acting head", "named him as
   his successor", "named three men as suspects" stay.
3. A named person told by a kind that holds no office dies, and leaves no post: "Tomasz Wierzbicki, the bicycle
   courier who was struck by a car ..., died in hospital yesterday" (probe27), as "the passenger, a 67-year-old
   retired teacher from Viseu, died" (probe24), each a personnel node where a death (a disaster) is news.  Guards:
   "the former prime minister Ana Duarte died" and a named chief executive dying stay personnel.
4. What is suspended or halted is typed by the kind of undertaking its modifier names, and a firm's bare
   "operations" are its business: "Active search and rescue efforts were suspended" (real news: reduce-relations),
   "ordered the refinery's operations suspended" (probe32: yield), "operations at the facility were suspended"
   (probe27: yield), and the gerund "Trading in its shares was suspended" (probe32: reduce-relations, its lemma
   "trade" not the row's "trading").  Guards: "suspended the search operation", "suspended diplomatic relations",
   "suspended imports of beef" keep their types.
5. An event noun said now to be set, due or expected is planned, and dated by the day it is set for: "A creditors'
   meeting is expected in October" (probe32: an unplanned meeting dated up to the report), "His funeral is due to
   take place in La Ceiba on Tuesday" (probe5: dated the report's Monday, as if held), "The election is set for
   August 13" (probe14), "A hearing ... is pencilled in for September" (probe29).  A bare "are due on October 4" is
   left: the tagger reads that day as past, and a planned event dated before its report is dropped.  Guards: told
   in the past ("the strike was expected to end") or done ("took place, as expected") it is no plan.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_s20_lead import _events
from tests.test_s28_typed29 import _all_types
from timelinekg.loaders import LoadOptions
from timelinekg.queries.preview import preview


# 1. a win in an article that names no vote
@pytest.mark.parametrize(
    "sentence",
    [
        "Remind listeners, this is the filly that won the big one at Flemington.",
        '"Today the river won," said Ioana Petrescu, who led the campaign against the dam.',
        "The mare that won the big one at Chantilly last summer has been retired to stud in Normandy.",
        '"In the end the villagers won," the lawyer said after the court threw out the quarry permit.',
    ],
)
def test_a_win_in_an_article_of_no_vote_is_no_election(tmp_path: Path, sentence: str) -> None:
    assert "election" not in _all_types(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The former mayor of Arequipa won the presidency on Sunday with 54 percent of the vote.",
        "In Sunday's parliamentary election the Greens won 41 of the 150 seats.",
        "Voters went to the polls in the referendum on Sunday; the Yes side won in the coastal provinces.",
        "Turnout in the municipal election was low, and the Socialists won easily in Lisbon.",
    ],
)
def test_a_win_of_a_vote_stays_an_election(tmp_path: Path, sentence: str) -> None:
    assert "election" in _all_types(tmp_path, sentence)


# 2. named as no post
@pytest.mark.parametrize(
    "sentence",
    [
        "The dead have been named by police as Tomas and Irena Berzina, both from Riga.",
        "The health agency named the wholesaler as the source through which the tainted syrup reached pharmacies.",
        "The two climbers killed on Sunday were named by the mountain rescue service as Lukas Meier and Jan Frei.",
        "Investigators on Monday named a faulty valve as the cause of the gas leak at the Tema refinery.",
    ],
)
def test_named_as_no_post_appoints_no_one(tmp_path: Path, sentence: str) -> None:
    assert "personnel" not in _all_types(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister on Monday named her deputy, Rui Costa, as acting head of the civil protection agency.",
        "The board of the bank named Olga Lind as its new chief executive on Tuesday.",
        "The club on Friday named its assistant coach, Pavel Novak, as his successor.",
        "The Cameroonian president named the former governor as prime minister on Thursday.",
    ],
)
def test_named_as_a_post_stays_personnel(tmp_path: Path, sentence: str) -> None:
    assert "personnel" in _all_types(tmp_path, sentence)


# 3. a named person of no office dies
@pytest.mark.parametrize(
    "sentence",
    [
        "Marta Kowalczyk, the delivery rider who was hit by a lorry in Lodz on Friday, died in hospital yesterday.",
        "Janis Ozols, a fisherman from Liepaja, died on Tuesday after his boat capsized.",
        "Amina Diallo, the cook who was burned in the kitchen fire, died in hospital in Dakar on Sunday.",
    ],
)
def test_a_named_person_of_no_office_dying_is_a_death(tmp_path: Path, sentence: str) -> None:
    types = _all_types(tmp_path, sentence)
    assert "personnel" not in types
    assert types & {"disaster", "attack"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Duarte, the former prime minister of Portugal, died on Tuesday at the age of 88.",
        "Karl Weber, the chief executive of the steelmaker, died suddenly on Monday.",
    ],
)
def test_an_office_holder_dying_stays_personnel(tmp_path: Path, sentence: str) -> None:
    assert "personnel" in _all_types(tmp_path, sentence)


def test_a_death_in_hospital_is_no_scene_and_his_death_dates_what_came_before(tmp_path: Path) -> None:
    """The death told as a death (class 3) must not become the incident "the scene" is of, and "his death came a day
    after ..." still counts back from it (probe27's story, told again of other people)."""
    text = (
        "Desk\n\nRIGA, Nov 20 (Example Wire) - Andris Kalnins, the farm worker who was struck by a van driven by a "
        "Belarusian diplomat in Jelgava late on Monday, died in hospital on Thursday, his family said.\n\n"
        "The 41-year-old never regained consciousness after the collision on a pedestrian crossing in the "
        "Agenskalns district.\n\n"
        "His death came a day after Latvia's foreign ministry summoned the Belarusian ambassador.\n\n"
        "The driver refused a blood test at the scene and was allowed to leave.\n"
    )
    events = _events(tmp_path, text)
    dates = {str(e.get("label") or "")[:30]: (e["type"], e["earliest"]) for e in events}
    assert any(kind == "disaster" and day == "2026-11-19" for kind, day in dates.values()), dates
    refused = [e for e in events if "refused" in str(e.get("label"))]
    assert refused and refused[0]["earliest"] == "2026-11-16", dates
    summoned = [e for e in events if "summoned" in str(e.get("label"))]
    assert summoned and summoned[0]["earliest"] == "2026-11-18", dates
    # the collision told after the death is the crash, not the death
    death = next(e for e in events if "died" in str(e.get("label")))
    assert not any("collision" in source["quote"] for source in death["sources"])


# 4. what is suspended or halted, by its modifier
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Active search and rescue efforts for the two missing kayakers were suspended on Sunday.", "yield"),
        ("The Chilean navy suspended search efforts for the trawler's crew at nightfall on Monday.", "yield"),
        ("The environment regulator suspended the smelter's operations on Friday after a cyanide leak.", "business"),
        ("Operations at the cement plant near Tarnow were suspended on Tuesday afternoon.", "business"),
        ("The copper mine halted operations on Monday after the tunnel collapse.", "business"),
    ],
)
def test_what_is_suspended_is_of_its_kind(tmp_path: Path, sentence: str, kind: str) -> None:
    types = _all_types(tmp_path, sentence)
    assert kind in types
    assert not types & {"reduce-relations", "yield"} - {kind}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The coast guard suspended the search operation for the missing fishermen on Sunday.", "yield"),
        ("Peru suspended diplomatic relations with Bolivia on Monday.", "reduce-relations"),
        ("China suspended imports of Norwegian salmon on Monday.", "reduce-relations"),
    ],
)
def test_what_is_suspended_keeps_its_listed_kind(tmp_path: Path, sentence: str, kind: str) -> None:
    assert kind in _all_types(tmp_path, sentence)


def test_trading_suspended_at_the_start_of_a_sentence_is_business(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: Dairy group shares suspended\npublished: 2026-11-20\n---\n"
        "The dairy group said its chief executive had resigned. Trading in its shares was suspended on Thursday at "
        "the company's request.\n",
        encoding="utf-8",
    )
    events, _ = preview(article, LoadOptions())
    types = {e["type"] for e in events if "Trading" in str(e.get("label"))}
    assert types == {"business"}


# 5. an event noun set, due or expected is planned
def _planned_events(tmp_path: Path, sentence: str) -> list[tuple[str, str | None, bool]]:
    text = f"Desk\n\nVILNIUS, Nov 20 (Example Wire) - {sentence}\n"
    return [
        (e["type"], e["earliest"], bool(dict(e.get("attributes") or {}).get("planned")))
        for e in _events(tmp_path, text)
    ]


@pytest.mark.parametrize(
    ("sentence", "earliest"),
    [
        ("A creditors' meeting is expected in January.", "2027-01-01"),
        ("The referendum on the new port is set for December 13.", "2026-12-13"),
        ("The vote on the budget is expected on Thursday.", "2026-11-26"),
        ("The hearing of the fisheries committee is pencilled in for February.", "2027-02-01"),
    ],
)
def test_an_event_set_due_or_expected_is_planned(tmp_path: Path, sentence: str, earliest: str) -> None:
    events = _planned_events(tmp_path, sentence)
    assert any(planned and day == earliest for _, day, planned in events), events


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike was expected to end on Monday.",
        "The meeting of the two mayors took place in Kaunas on Monday, as expected.",
    ],
)
def test_an_expectation_of_the_past_is_no_plan(tmp_path: Path, sentence: str) -> None:
    assert not any(planned for _, _, planned in _planned_events(tmp_path, sentence))
