"""Denials, corrections and confirmations read from text, linked to the events they answer (issue 16).

Our own short articles: a report of a meeting (beside a phone call of the same two people, a decoy), a
government's denial the next day, a third party's confirmation later; and a call reported, denied without
a date, and corrected as to its date.  Loaded into every store, then asked as of each day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timelinekg.graph.base import Store
from timelinekg.graph.ingest import ingest
from timelinekg.nlp.extract import Article, extract_article
from timelinekg.queries import between, resolve
from timelinekg.queries.claims import TimeView
from timelinekg.schema.dates import DateRange
from timelinekg.schema.model import Event

D = dt.date
MARCH = DateRange.parse("2025-03-01", "2025-03-31")

MEETING_REPORT = """\
President Anna Kovac met Prime Minister Boris Lind in Geneva on Tuesday, two officials said.

Kovac also spoke with Boris Lind by phone on March 2, her office said at the time.
"""
MEETING_DENIAL = """\
The government of Boris Lind on Wednesday denied that Lind had met Anna Kovac in Geneva.
"""
NO_SUCH_MEETING = """\
"No such meeting took place," government spokesman Erik Holm told reporters about Boris Lind and Anna Kovac.
"""
MEETING_CONFIRMATION = """\
Swiss mediator Claude Meier on Monday confirmed that Anna Kovac and Boris Lind met in Geneva last week.
"""
CALL_REPORT = """\
Foreign Minister Dara Voss spoke by telephone with Foreign Minister Omar Tell on Thursday, her ministry said.

Dara Voss and Omar Tell met in Oslo in January to discuss fishing rights.
"""
UNDATED_DENIAL = """\
The office of Omar Tell rejected reports of the telephone call with Dara Voss.
"""
DATE_CORRECTION = """\
Dara Voss's ministry said the call with Omar Tell took place on Friday, not Thursday as reported.
"""


def article(text: str, published: D, publisher: str) -> Article:
    slug = publisher.lower().replace(" ", "-")
    return Article(
        text,
        origin=f"{slug}.txt",
        title=f"{publisher} on {published}",
        published=published,
        url=f"https://{slug}.example/{published}",
        publisher=publisher,
    )


def load(store: Store, *articles: Article) -> None:
    for item in articles:
        ingest(store, extract_article(item))


def as_of(store: Store, day: D | None) -> list[dict[str, object]]:
    view = TimeView(as_of=day)
    return [v.as_json() for v in resolve(store, list(between(store, MARCH, view=view)), view)]


def only(found: list[dict[str, object]], type: str, earliest: str | None = None) -> dict[str, object]:
    matching = [e for e in found if e["type"] == type and (earliest is None or e["earliest"] == earliest)]
    assert len(matching) == 1, [(e["type"], e["earliest"], e["label"]) for e in found]
    return matching[0]


def test_a_denial_links_to_the_meeting_not_the_call_and_as_of_tells_the_story(store: Store) -> None:
    load(
        store,
        article(MEETING_REPORT, D(2025, 3, 12), "Alpine Herald"),
        article(MEETING_DENIAL, D(2025, 3, 13), "Nordic Wire"),
        article(NO_SUCH_MEETING, D(2025, 3, 13), "Baltic Courier"),
        article(MEETING_CONFIRMATION, D(2025, 3, 17), "Lakeside Post"),
    )
    before = as_of(store, D(2025, 3, 12))
    meeting, call = only(before, "meeting"), only(before, "communication")
    assert (meeting["earliest"], meeting["status"], meeting["disputed_by"]) == ("2025-03-11", "reported", [])

    after_denial = as_of(store, D(2025, 3, 13))
    meeting = only(after_denial, "meeting")
    denials = [e for e in after_denial if e["type"] == "denial"]
    assert len(denials) == 2  # "denied that ... had met" and "no such meeting took place"
    assert all(d["disputes"] == [meeting["id"]] for d in denials)
    assert meeting["status"] == "disputed" and set(meeting["disputed_by"]) == {d["id"] for d in denials}  # type: ignore[call-overload]
    assert only(after_denial, "communication")["status"] == "reported"  # the decoy call is not disputed
    assert only(after_denial, "communication")["id"] == call["id"]

    after_confirmation = as_of(store, D(2025, 3, 20))
    confirmation = only(after_confirmation, "confirmation")
    meeting = only(after_confirmation, "meeting", "2025-03-11")
    assert (meeting["status"], meeting["confirmed_by"]) == ("corroborated", [confirmation["id"]])
    assert only(after_confirmation, "communication")["confirmed_by"] == []


def test_an_undated_denial_and_a_date_correction_link_to_the_call(store: Store) -> None:
    load(
        store,
        article(CALL_REPORT, D(2025, 3, 14), "Harbour Times"),
        article(UNDATED_DENIAL, D(2025, 3, 15), "Fjord Daily"),
        article(DATE_CORRECTION, D(2025, 3, 18), "Coastal Review"),
    )
    thursday = "2025-03-13"
    reported = only(as_of(store, D(2025, 3, 14)), "communication", thursday)
    assert reported["status"] == "reported"

    denied = as_of(store, D(2025, 3, 15))
    denial = only(denied, "denial")
    assert denial["disputes"] == [reported["id"]]  # no date named: the call, not the January meeting
    assert only(denied, "communication", thursday)["status"] == "disputed"
    assert all(e["disputed_by"] == [] for e in denied if e["type"] == "meeting")

    corrected = as_of(store, D(2025, 3, 18))
    correction = only(corrected, "correction")
    assert correction["disputes"] == [reported["id"]]  # the Thursday claim is the one disputed
    # in publication order: the denial, then the correction
    assert only(corrected, "communication", thursday)["disputed_by"] == [denial["id"], correction["id"]]
    friday = only(corrected, "communication", "2025-03-14")  # the corrected date stands as its own claim
    assert friday["disputed_by"] == []


def test_a_denial_in_the_article_that_reports_the_event(store: Store) -> None:
    text = (
        "General Rosa Ruiz met rebel commander Tomas Brand in Cali on Monday, the Andean Ledger reported.\n\n"
        "Ruiz and Tomas Brand also met in Bogota in May 2023.\n\n"
        "On Wednesday a spokesman for Tomas Brand refuted the report that Brand had met Rosa Ruiz in Cali.\n"
    )
    load(store, article(text, D(2025, 3, 19), "Valley News"))
    found = as_of(store, None)
    denial = only(found, "denial")
    monday = only(found, "meeting", "2025-03-17")
    assert denial["disputes"] == [monday["id"]] and monday["status"] == "disputed"


@pytest.mark.parametrize(
    ("sentence", "type"),
    [
        ("The ministry denied that President Anna Kovac had met Boris Lind in Geneva.", "denial"),
        ("The ministry rejected the report that President Anna Kovac met Boris Lind.", "denial"),
        ("Officials dismissed as false reports that President Anna Kovac had met Boris Lind.", "denial"),
        ("The ministry refuted claims that President Anna Kovac met Boris Lind in Geneva.", "denial"),
        ("A spokesman said the meeting between Anna Kovac and Boris Lind did not take place.", "denial"),
        ("A spokesman said no such meeting between Anna Kovac and Boris Lind took place.", "denial"),
        ("Swiss mediator Claude Meier confirmed the meeting of Anna Kovac and Boris Lind.", "confirmation"),
    ],
)
def test_wordings_of_denial_and_confirmation(sentence: str, type: str) -> None:
    facts = extract_article(article(sentence, D(2025, 3, 14), "Test Wire"))
    statements = [e for e in facts.events if e.type == type]
    assert len(statements) == 1, [(e.type, e.label) for e in facts.events]
    assert statements[0].attribute("claim_type") == "meeting"
    # what a denial denies is not reported by it: no meeting from this article
    if type == "denial":
        assert [e for e in facts.events if e.type == "meeting"] == []


def test_intent_and_other_rejections_are_not_disputes() -> None:
    for sentence in (
        "President Anna Kovac confirmed on Friday that her country would support its ally.",
        "The coup leaders rejected the results of the presidential election.",
    ):
        events: list[Event] = extract_article(article(sentence, D(2025, 3, 14), "Test Wire")).events
        assert all(e.attribute("answers") is None for e in events), [(e.type, e.label) for e in events]


def test_a_denial_loaded_before_the_report_is_linked_when_the_report_arrives(store: Store, tmp_path: Path) -> None:
    load(
        store,
        article(MEETING_DENIAL, D(2025, 3, 13), "Nordic Wire"),
        article(MEETING_REPORT, D(2025, 3, 12), "Alpine Herald"),
    )
    found = as_of(store, None)
    meeting = only(found, "meeting")
    assert only(found, "denial")["disputes"] == [meeting["id"]]
    assert meeting["status"] == "disputed"
