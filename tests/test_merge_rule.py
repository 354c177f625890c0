"""The merge rule joins two reports on evidence (more than one agreeing argument), never on one shared name."""

from __future__ import annotations

import datetime as dt

from timelinekg.schema.merge import MERGE_EVIDENCE, merge_batch, merge_evidence, same_event
from timelinekg.schema.model import Event, Mention, Participation

D = dt.date
DAY = D(2025, 3, 4)


def event(
    event_id: str,
    type_: str,
    *roles: tuple[str, str],
    places: tuple[str, ...] = (),
    quote: str = "",
    source: str = "src-a",
    day: D | None = DAY,
) -> Event:
    return Event(
        event_id,
        type_,
        quote or event_id,
        day,
        day,
        "day" if day else "unknown",
        participants=tuple(Participation(actor, role) for actor, role in roles),
        place_ids=places,
        mentions=(Mention(source, quote or event_id, 0, 1, day, day, "day"),),
    )


def test_one_shared_country_is_not_evidence() -> None:
    # a city's report of drones downed over it, and that country's own strike on its neighbour
    downed = event("downed", "attack", ("country-a", "target"), places=("city-a",))
    strike = event("strike", "attack", ("country-a", "agent"), ("country-b", "target"), places=("city-b",))
    assert not same_event(downed, strike)
    assert merge_evidence(downed, strike) is None


def test_agent_and_target_join_reports_across_articles() -> None:
    first = event("one", "attack", ("country-a", "agent"), ("country-b", "target"), source="src-a")
    second = event("two", "attack", ("country-a", "agent"), ("country-b", "target"), source="src-b")
    evidence = merge_evidence(first, second)
    assert evidence is not None and evidence[:2] == ("agent country-a", "target country-b")


def test_agent_and_place_join_but_a_contradicting_place_or_agent_does_not() -> None:
    here = event("one", "protest", ("farmers", "agent"), places=("paris",), source="src-a")
    again = event("two", "protest", ("farmers", "agent"), places=("paris",), source="src-b")
    elsewhere = event("three", "protest", ("farmers", "agent"), places=("lyon",), source="src-c")
    others = event("four", "protest", ("students", "agent"), places=("paris",), source="src-d")
    assert same_event(here, again)
    assert not same_event(here, elsewhere)
    assert not same_event(here, others)


def test_dates_must_overlap() -> None:
    monday = event("one", "attack", ("a", "agent"), ("b", "target"))
    next_week = event("two", "attack", ("a", "agent"), ("b", "target"), day=DAY + dt.timedelta(days=7))
    assert not same_event(monday, next_week)


def test_separate_statements_by_one_speaker_stay_separate() -> None:
    statements = [
        event(f"said-{i}", "statement", ("minister", "agent"), ("topic-" + str(i), "subject"), places=("capital",))
        for i in range(5)
    ]
    assert len(merge_batch(statements)) == 5


def test_the_same_quoted_claim_joins_two_reports_of_a_statement() -> None:
    words = "“We will respond at a time of our choosing,” the spokesman said."
    first = event("one", "statement", ("spokesman", "agent"), quote=words, source="src-a")
    second = event("two", "statement", ("spokesman", "agent"), quote="He added: " + words, source="src-b")
    evidence = merge_evidence(first, second)
    assert evidence is not None and evidence[0].startswith("same quoted claim")


def test_the_merged_event_says_why_its_reports_were_joined() -> None:
    first = event("one", "attack", ("country-a", "agent"), ("country-b", "target"), source="src-a")
    second = event("two", "attack", ("country-a", "agent"), ("country-b", "target"), source="src-b")
    [merged] = merge_batch([first, second])
    [line] = merged.attribute(MERGE_EVIDENCE)
    assert "src-b" in line and "src-a" in line and "agent country-a" in line and "target country-b" in line


def test_statements_with_one_content_id_stay_apart_unless_evidence_joins_them() -> None:
    # the extractor's content ids collide for two statements of one speaker on one day
    first = event("ev-same", "statement", ("minister", "agent"), quote="The minister said taxes would rise.")
    second = event("ev-same", "statement", ("minister", "agent"), quote="The minister said the army would grow.")
    extracted = [e.with_changes(attributes=(("trigger", "said"),)) for e in (first, second)]
    kept = merge_batch(extracted)
    assert len(kept) == 2 and len({e.id for e in kept}) == 2
    assert [e.id for e in merge_batch(kept)] == [e.id for e in kept]  # loading them again changes nothing
    # curated facts name their events: one id is one event
    assert len(merge_batch([first, second])) == 1


def test_one_act_by_one_agent_on_one_stated_day_is_one_event_but_a_speakers_day_is_not() -> None:
    resigned = event("one", "personnel", ("minister", "agent"), source="src-a")
    again = event("two", "personnel", ("minister", "agent"), source="src-b")
    assert same_event(resigned, again)
    said = event("three", "statement", ("minister", "agent"), source="src-a")
    said_again = event("four", "statement", ("minister", "agent"), source="src-b")
    assert not same_event(said, said_again)
    month = event("five", "personnel", ("minister", "agent"), source="src-c").with_changes(
        earliest=D(2025, 3, 1), latest=D(2025, 3, 31), precision="month"
    )
    assert not same_event(resigned, month)  # overlapping is not the same stated day


def test_an_undated_report_joins_only_within_its_article() -> None:
    dated = event("one", "attack", ("rebels", "agent"), source="src-a")
    undated_here = event("two", "attack", ("rebels", "agent"), source="src-a", day=None)
    undated_elsewhere = event("three", "attack", ("rebels", "agent"), source="src-b", day=None)
    assert same_event(dated, undated_here)
    assert not same_event(dated, undated_elsewhere)


def test_headline_news_on_one_day_in_one_place_is_one_event_and_another_day_is_not() -> None:
    import datetime as dt

    from timelinekg.schema.merge import same_event
    from timelinekg.schema.model import Event, Mention, Participation

    day = dt.date(2025, 3, 7)

    def attack(source: str, place: str, when: dt.date, agent: str = "") -> Event:
        return Event(
            id=f"ev-{source}",
            type="attack",
            label="attack",
            earliest=when,
            latest=when,
            participants=(Participation(agent, "agent"),) if agent else (),
            place_ids=(place,),
            mentions=(Mention(source, "q", 0, 1),),
            attributes=(("trigger", "attack"),),
        )

    assert same_event(attack("a", "lagos", day, "gunmen"), attack("b", "lagos", day))
    assert not same_event(attack("a", "lagos", day), attack("b", "abuja", day))
    assert not same_event(attack("a", "lagos", day), attack("b", "lagos", day + dt.timedelta(days=1)))


def test_what_the_news_answered_is_not_a_retelling_of_it() -> None:
    """ "Rebels shelled the port in retaliation for an airstrike on their base": the airstrike is undated and the
    same kind of news as a dated strike another article tells, but it came before the shelling, not after."""
    dated = event("shelling", "attack", ("rebels", "agent"), ("port-city", "target"), source="src-b")
    answered = event("airstrike", "attack", ("rebels", "target"), source="src-a", day=None)
    answered = answered.with_changes(latest=DAY, attributes=(("answered_in_sentence", True),))
    retold = answered.with_changes(id="retold", attributes=())
    assert same_event(dated, retold)  # an undated report of the same attack the day it happened
    assert not same_event(dated, answered)
