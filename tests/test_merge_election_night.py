"""Election night told by two outlets (issue #12): the vote count of one and the result of another name the same
candidates; a victory speech dated by its day in one and by its clock time in the other.  Reports built here
with names of our own, and the cases that must stay apart."""

from __future__ import annotations

import datetime as dt

from timelinekg.schema.merge import Story, merge_evidence
from timelinekg.schema.model import Event, Mention, Participation

D = dt.date
SUNDAY, MONDAY = D(2025, 9, 7), D(2025, 9, 8)
STORY = Story(kinds={"ana-ruiz": "person", "tomas-vela": "person", "eva-soto": "person", "voters": "group"})


def report(
    name: str,
    type_: str,
    agents: tuple[str, ...],
    earliest: D,
    latest: D,
    source: str,
    occasion: tuple[str, ...] = (),
) -> Event:
    precision = "day" if earliest == latest else "unknown"
    attributes = (("occasion", list(occasion)),) if occasion else ()
    return Event(
        name,
        type_,
        name,
        earliest,
        latest,
        precision,
        participants=tuple(Participation(agent, "agent") for agent in agents),
        mentions=(Mention(source, name, 0, 1, earliest, latest, precision),),
        attributes=attributes,
    )


def test_one_race_counted_and_called_names_the_same_two_candidates() -> None:
    count = report("the count", "election", ("ana-ruiz", "tomas-vela", "eva-soto"), D(2025, 9, 6), SUNDAY, "src-a")
    result = report("Ruiz won", "election", ("tomas-vela", "ana-ruiz"), SUNDAY, SUNDAY, "src-b")
    evidence = merge_evidence(count, result, STORY)
    assert evidence is not None and any("candidates" in line for line in evidence), evidence


def test_one_shared_candidate_or_unnamed_voters_are_not_enough() -> None:
    count = report("the count", "election", ("ana-ruiz", "voters"), D(2025, 9, 6), SUNDAY, "src-a")
    result = report("Ruiz won", "election", ("ana-ruiz", "voters"), SUNDAY, SUNDAY, "src-b")
    assert merge_evidence(count, result, STORY) is None
    # the same two people in another kind of news, or on days that do not meet, are not the race
    talks = report("talks", "meeting", ("ana-ruiz", "tomas-vela"), SUNDAY, SUNDAY, "src-a")
    more_talks = report("more talks", "meeting", ("ana-ruiz", "tomas-vela"), D(2025, 9, 6), SUNDAY, "src-b")
    assert not any("candidates" in line for line in merge_evidence(talks, more_talks, STORY) or ())
    later = report("Ruiz won", "election", ("tomas-vela", "ana-ruiz"), D(2025, 9, 20), D(2025, 9, 20), "src-b")
    assert merge_evidence(count, later, STORY) is None


def test_a_speech_by_its_day_and_by_its_clock_time_is_one_speech() -> None:
    by_day = report("said in a speech on Sunday", "statement", ("ana-ruiz",), SUNDAY, SUNDAY, "src-a", ("speech",))
    by_clock = report("in her speech at 9pm", "statement", ("ana-ruiz",), SUNDAY, MONDAY, "src-b", ("speech",))
    evidence = merge_evidence(by_day, by_clock, STORY)
    assert evidence is not None and any("occasion" in line for line in evidence), evidence


def test_speeches_without_a_named_occasion_or_a_wide_window_stay_apart() -> None:
    by_day = report("said on Sunday", "statement", ("ana-ruiz",), SUNDAY, SUNDAY, "src-a")
    by_clock = report("said at 9pm", "statement", ("ana-ruiz",), SUNDAY, MONDAY, "src-b")
    assert merge_evidence(by_day, by_clock, STORY) is None
    week = report("in a speech this week", "statement", ("ana-ruiz",), D(2025, 9, 2), MONDAY, "src-b", ("speech",))
    in_speech = report("said in a speech on Sunday", "statement", ("ana-ruiz",), SUNDAY, SUNDAY, "src-a", ("speech",))
    assert merge_evidence(in_speech, week, STORY) is None
    # another speaker's speech that evening is another speech
    other = report("in his speech at 9pm", "statement", ("tomas-vela",), SUNDAY, MONDAY, "src-b", ("speech",))
    assert merge_evidence(in_speech, other, STORY) is None


def test_the_same_words_across_a_day_and_a_window_without_an_occasion_stay_apart() -> None:
    words = ("said", [["attack", "border", "drones", "region", "warned", "villages"]])
    by_day = report("officials said on Sunday", "statement", ("ana-ruiz",), SUNDAY, SUNDAY, "src-a")
    by_clock = report("officials said at 9pm", "statement", ("ana-ruiz",), SUNDAY, MONDAY, "src-b")
    by_day = by_day.with_changes(attributes=(words,))
    by_clock = by_clock.with_changes(attributes=(words,))
    assert merge_evidence(by_day, by_clock, STORY) is None


# -- one article's batch: a report that agrees with two of its nodes shows them to be one ----------------------------
def test_a_report_agreeing_with_two_nodes_of_its_article_joins_them() -> None:
    from timelinekg.schema.merge import merge_batch

    office = report("the election office said", "statement", ("poll-office",), SUNDAY, SUNDAY, "src-a")
    spokesman = report(
        "its spokesman Rui Pinto said", "statement", ("rui-pinto", "poll-office"), SUNDAY, SUNDAY, "src-a"
    )
    in_statement = report(
        "Pinto said in a statement", "statement", ("rui-pinto", "poll-office"), SUNDAY, SUNDAY, "src-a", ("statement",)
    )
    story = Story(kinds={"poll-office": "organisation", "rui-pinto": "person"})
    assert merge_evidence(office, spokesman, story) is None  # alone, nothing joins them
    merged = merge_batch([office, spokesman, in_statement], story)
    assert len(merged) == 1, [e.label for e in merged]


def test_nodes_a_report_agrees_with_stay_apart_when_they_contradict() -> None:
    from timelinekg.schema.merge import merge_batch

    story = Story(kinds={"ana-ruiz": "person", "tomas-vela": "person"})
    first = report("Ruiz said on Sunday", "statement", ("ana-ruiz",), SUNDAY, SUNDAY, "src-a", ("speech",))
    other_day = report("Ruiz said on Monday", "statement", ("ana-ruiz",), MONDAY, MONDAY, "src-a", ("speech",))
    undated = report("Ruiz said", "statement", ("ana-ruiz",), SUNDAY, MONDAY, "src-a", ("speech",))
    merged = merge_batch([first, other_day, undated], story)
    assert len(merged) >= 2, [e.label for e in merged]
