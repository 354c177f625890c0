"""Helper senses26's classes of session 25 (own sentences, other stories and countries than the probes'): nodes
that are no events of the story.

- a paper's note on its own errors whose subject is any of its texts ("Correction: Our print report of Tuesday said
  ...", "Clarification: A story on our website said ..."): the saying and what it said are taken back; outside a
  note "our report said" is the paper retelling its news and keeps its event;
- a bulletin's or a digest's segue to other stories ("In other news, ...", "And now the other news of the hour."):
  what follows it is not the article's story; "other news outlets reported" and "the news of the sinking" are no
  segue;
- genericity: a clause of "as" in the present that likens the act to a rule, its act left out or only "do" ("as the
  park rules tell every climber to do", "as protocol requires"), what holds "as a rule" or "in general", and what
  was done "in the past" on no named occasion; an order given in the past, an act in a clause of "as" and a span of
  the past ("in the past week") keep their events;
- a newsletter's line of its contents under a run-in heading ("**This week:** Chile bans a fleet; the owners sue"):
  headlines of what the text below tells, no events of their own (nor the article's lead); a run-in paragraph told
  in the past or with its days keeps its events.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_s20_lead import _events

MONDAY = "2026-11-16"


def _story(tmp_path: Path, *paragraphs: str) -> list[dict[str, Any]]:
    """The events of a wire story of Friday 20 November 2026 made of the paragraphs."""
    lead, *rest = paragraphs
    return _events(tmp_path, "Desk\n\n" + "\n\n".join([f"MANILA, Nov 20 (Example Wire) - {lead}", *rest]) + "\n")


def _quoted(events: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    """The events whose label holds ``words``."""
    return [event for event in events if words.lower() in (event.get("label") or "").lower()]


@pytest.mark.parametrize(
    ("note", "taken_back"),
    [
        ("Correction: Our print report of Tuesday said the ferry sank 12 km off Cebu.", "12 km"),
        ("Clarification: A story on our website on Monday said police arrested four men in Davao.", "four men"),
        ("**Correction.** Our article of 3 May said the harbour master resigned on Friday.", "harbour master"),
        ("CORRECTION: Our Monday bulletin said the oil tanker caught fire off Batangas.", "Batangas"),
        ("Editor's note: Our newsletter of 12 November said the senator had been arrested in Quezon City.", "senator"),
    ],
)
def test_what_the_papers_text_said_in_a_correction_note_is_no_event(tmp_path: Path, note: str, taken_back: str) -> None:
    events = _story(tmp_path, "A ferry sank near Cebu on Monday, the coast guard said.", note)
    assert not _quoted(events, taken_back), events
    assert not [e for e in events if e["type"] == "statement" and "our" in (e.get("label") or "").lower()], events


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Our report on Monday said police had arrested the governor of Samar in his office.", "arrested"),
        ("Our story in Sunday's paper revealed that the mayor of Tarlac resigned on Monday.", "resigned"),
    ],
)
def test_the_paper_retelling_its_own_news_keeps_the_event(tmp_path: Path, sentence: str, told: str) -> None:
    assert _quoted(_story(tmp_path, sentence), told)


@pytest.mark.parametrize(
    "segue",
    [
        "In other news, the city water company says the main pipeline will be shut for repairs on Saturday.",
        "And now the other news of the hour. The senate approved the budget bill on Tuesday.",
        "In other news today, a court in Cebu jailed a former customs chief for smuggling on Wednesday.",
        "Other news: the central bank raised its main interest rate on Thursday.",
    ],
)
def test_a_bulletins_other_news_is_not_the_story(tmp_path: Path, segue: str) -> None:
    events = _story(tmp_path, "The Pampanga River burst its banks on Monday, flooding 40 villages.", segue)
    assert _quoted(events, "burst"), events
    assert not [e for e in events if "banks" not in (e.get("label") or "")], events


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Other news outlets reported on Monday that the ferry had sunk near Cebu.", "sunk"),
        ("The news of the sinking reached the port on Monday, and the captain was arrested.", "arrested"),
        ("Local news channels said on Monday that the mayor of Iloilo had resigned.", "resigned"),
    ],
)
def test_other_news_outlets_are_no_segue(tmp_path: Path, sentence: str, told: str) -> None:
    assert _quoted(_story(tmp_path, sentence), told)


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("The two climbers stayed in their tent on Monday, as the park rules tell every climber to do.", "rules"),
        ("The crew waited beside their truck on Monday, as drivers are told to do in a sandstorm.", "told"),
        ("The fishermen fired a flare on Monday, as the coast guard asks all skippers to do.", "asks"),
        ("The nurses isolated the patient on Monday, as hospital protocol requires.", "requires"),
    ],
)
def test_a_rule_the_act_followed_is_no_event(tmp_path: Path, sentence: str, rule: str) -> None:
    events = _story(tmp_path, sentence)
    assert not _quoted(events, rule), events


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The ferry turned back on Monday, as the coast guard had ordered the captain to do.", "ordered"),
        ("The villagers fled on Monday as the army shelled the hills above Marawi.", "shelled"),
        ("Thousands marched in Manila on Monday as police arrested the leaders of the strike.", "arrested"),
    ],
)
def test_an_act_in_a_clause_of_as_stays(tmp_path: Path, sentence: str, told: str) -> None:
    assert _quoted(_story(tmp_path, sentence), told)


@pytest.mark.parametrize(
    ("sentence", "habit"),
    [
        ("Beijing has in the past dismissed similar accusations as propaganda.", "dismissed"),
        ("The ministry has in the past rejected such reports as fabrications.", "rejected"),
        ("In the past, the rebels have kidnapped foreign engineers on the highway to Jolo.", "kidnapped"),
    ],
)
def test_what_was_done_in_the_past_on_no_named_occasion_is_no_event(tmp_path: Path, sentence: str, habit: str) -> None:
    assert not _quoted(_story(tmp_path, sentence), habit)


@pytest.mark.parametrize(
    ("sentence", "habit"),
    [
        ("Governments, as a rule, prefer to cut ribbons rather than pay for bridge inspections.", "ribbons"),
        ("In general, airlines cancel flights when the ash cloud reaches the coast.", "cancel"),
        ("As a rule, the coast guard rescues stranded fishermen within six hours.", "rescues"),
    ],
)
def test_what_holds_as_a_rule_is_no_event(tmp_path: Path, sentence: str, habit: str) -> None:
    assert not _quoted(_story(tmp_path, sentence), habit)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The airline cancelled 40 flights at its general aviation terminal in Cebu on Monday.", "cancelled"),
        ("As a general rule police arrest drivers at the scene, and on Monday they arrested a bus driver.", "arrested"),
        ("In the past week police arrested 40 protesters outside the embassy in Manila.", "arrested"),
        ("Residents have protested twice in the past about the landfill, most recently in March 2025.", "protested"),
    ],
)
def test_a_span_of_the_past_a_named_occasion_or_an_act_beside_a_rule_keeps_its_acts(
    tmp_path: Path, sentence: str, told: str
) -> None:
    assert _quoted(_story(tmp_path, sentence), told)


def _issue(tmp_path: Path, contents: str, lead: str) -> list[dict[str, Any]]:
    """The events of a newsletter of Friday 20 November 2026 opening with a line of its contents."""
    return _events(tmp_path, f"Harbour Letter\n\n{contents}\n\n{lead}\n")


@pytest.mark.parametrize(
    ("contents", "headline"),
    [
        ("**This week:** Chile bans a trawler fleet; the owners sue; a whale washes up in Valparaiso.", "sue"),
        ("**In this issue:** Peru fines a refinery over a spill; Lima's port reopens; new tanker rules.", "fines"),
        ("__Today:__ Vietnam seizes a cargo of ivory; two customs officers resign.", "resign"),
        ("**Inside:** the Kenyan navy detains a dhow; Mombasa dockers strike; a ferry sinks near Lamu.", "strike"),
    ],
)
def test_a_newsletters_line_of_contents_is_no_event(tmp_path: Path, contents: str, headline: str) -> None:
    lead = "The harbour authority of Tema closed the port for two days on Monday after a tanker ran aground."
    events = _issue(tmp_path, contents, lead)
    assert _quoted(events, "closed"), events
    assert not _quoted(events, headline), events


@pytest.mark.parametrize(
    ("paragraph", "told"),
    [
        (
            "**The verdict.** A jury in Santiago convicted the captain on Monday; he was sentenced to five years.",
            "convicted",
        ),
        ("**Key points:** police arrested the ship's owner in Lima on Tuesday; the port stays closed.", "arrested"),
        ("**Coming up.** The port authority of Callao meets the unions on 3 December.", "meets"),
    ],
)
def test_a_run_in_paragraph_of_news_keeps_its_events(tmp_path: Path, paragraph: str, told: str) -> None:
    lead = "The harbour authority of Tema closed the port for two days on Monday after a tanker ran aground."
    assert _quoted(_events(tmp_path, f"Harbour Letter\n\n{lead}\n\n{paragraph}\n"), told)
