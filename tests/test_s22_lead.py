"""The lead's own classes of session 22 (own sentences, several wordings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_s20_lead import _events

# a wire story of Friday 20 November 2026: "Monday" is the 16th, "Tuesday" the 17th
WIRE = "Deal news\n\nLIMA, Nov 20 (Example Wire) - {sentence}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Foods agreed to buy the dairy maker Wexley on Monday for 2.1 billion pounds.",
        "The two airlines agreed to merge on Monday in a deal worth 3 billion dollars.",
        "The city council decided to sell the old stadium on Monday.",
        "Shareholders of Norvik Lines voted to accept the takeover offer on Monday.",
        "The regulator resolved on Monday to fine the lender, and chose to publish its findings.",
        "The regulator resolved to fine the lender on Monday.",
        "The board of Kestrel Mining opted to close its last coal pit on Monday.",
    ],
)
def test_a_commitment_takes_the_past_day_told_after_what_it_commits_to(tmp_path: Path, sentence: str) -> None:
    """ "Agreed to buy X on Monday", said of a Monday gone by: the agreement was that day (a purchase still to be
    completed would be told with its own verb, "will complete the purchase on Monday")."""
    events = _events(tmp_path, WIRE.format(sentence=sentence))
    assert events, sentence
    assert {event["earliest"] for event in events} == {"2026-11-16"}, events


@pytest.mark.parametrize(
    "sentence",
    [
        "The two firms agreed to complete the sale on November 30.",
        "Harbour Foods agreed last month to buy Wexley, a deal it expects to close on December 1.",
        "The ministers decided to meet again on December 4.",
    ],
)
def test_a_day_ahead_is_the_committed_act_not_the_commitment(tmp_path: Path, sentence: str) -> None:
    """A day after the report is when the act agreed on is due: the agreement keeps no such day."""
    events = _events(tmp_path, WIRE.format(sentence=sentence))
    assert all((event["earliest"] or "") < "2026-11-21" or event.get("planned") for event in events), events


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("The EU observer mission publishes its preliminary report in Nairobi on Monday.", "Nairobi"),
        ("The African Union observers published their preliminary report in Lusaka on Monday.", "Lusaka"),
        ("The commission issued a statement in Brussels on Monday.", "Brussels"),
        ("The watchdog released its findings in Lagos on Monday.", "Lagos"),
    ],
)
def test_a_text_put_out_somewhere_is_put_out_there(tmp_path: Path, sentence: str, city: str) -> None:
    """The parser hangs "in Lusaka" on the report rather than on "published": where a text is put out is where
    its issuer spoke."""
    events = [event for event in _events(tmp_path, WIRE.format(sentence=sentence)) if event["type"] == "statement"]
    assert events, sentence
    assert {place["name"] for event in events for place in event["places"] or []} == {city}, events


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A judge remanded the two men in custody on Monday.", "coercion"),
        ("The court remanded five suspects in custody on Monday.", "coercion"),
        ("The storm left 40,000 homes in darkness on Monday.", "disaster"),
        ("The council placed the bus company into administration on Monday.", "business"),
        # what a commitment is to is its kind ("agreed to end the strike"), as a fine decided is the fine
        ("The transport union agreed to end the strike on Monday.", "protest"),
        ("The nurses' union agreed on Monday to call off the walkout.", "protest"),
        ("The dock workers' union decided to call off its strike at the port on Monday.", "protest"),
    ],
)
def test_one_act_of_the_kind_its_words_complete(tmp_path: Path, sentence: str, kind: str) -> None:
    """ "remanded five suspects in custody": the parser hangs "in custody" on the suspects, not on the verb it
    completes, as it hangs "from the jail" in "freed the inmates from the jail"; "agreed to end the strike": the
    noun the infinitive acts on gives the commitment its kind."""
    events = _events(tmp_path, WIRE.format(sentence=sentence))
    assert [(event["type"], event["earliest"]) for event in events] == [(kind, "2026-11-16")], events


@pytest.mark.parametrize(
    "quote",
    [
        "“We take great pride in safety, and we have cones and signs and barriers,” he said.",
        "“We have to first and foremost pray for the families,” the commander said.",
        "“We use sonar and divers,” a spokesman said.",
    ],
)
def test_a_speakers_own_state_is_no_event(tmp_path: Path, quote: str) -> None:
    """What a body's spokesman says "we" have or use is how things are, not news (real news: a bridge collapse's
    quotes had become nodes of the Coast Guard's, dated by the report and joined to its search)."""
    text = WIRE.format(sentence=f"The Coast Guard suspended the search on Monday. {quote}")
    kinds = [event["type"] for event in _events(tmp_path, text)]
    assert "yield" in kinds and "other" not in kinds, kinds  # (the speaker's statement may be one)


@pytest.mark.parametrize(
    "sentence",
    [
        "In a call on Sunday the two presidents agreed to meet on Tuesday.",
        "The rival factions agreed to hold talks on Monday.",
    ],
)
def test_an_occasion_agreed_on_keeps_its_own_day(tmp_path: Path, sentence: str) -> None:
    """ "agreed to meet on Tuesday": the day is the meeting's (ahead, whichever way the weekday was turned), not
    the agreement's (clusters2: the call's agreement had been dated a week back)."""
    events = _events(tmp_path, WIRE.format(sentence=sentence))
    assert "2026-11-16" not in {event["earliest"] for event in events if event["type"] == "meeting"}, events
    assert "2026-11-17" not in {event["earliest"] for event in events if event["type"] == "meeting"}, events


def test_no_rule_reads_the_parsers_lemmas() -> None:
    """The pipeline runs without spaCy's lemmatizer (`nlp.DISABLED`): a token's ``lemma_`` is empty, so a rule that
    reads it never fires (five did, silently: "he added", "as the floods had destroyed", "bridges over")."""
    source = Path(__file__).resolve().parents[1] / "src" / "timelinekg"
    readers = [str(path) for path in source.rglob("*.py") if ".lemma_" in path.read_text(encoding="utf-8")]
    assert readers == []
