"""Acts left undated (None..report) whose day the text gives elsewhere (session 29, helper `undated30`), told first
in our own wording, about other countries, people and kinds of story than the probes' where they were seen.

1. A live page whose entries open with a clock set alone in bold or italics and no dash or colon after it ("**23:40**
   Signed. The union and the company have signed a new agreement", probe30; "**15:30** The crew of car 214 have
   landed in Nouakchott" and "**12:20** ... spotted the buggy and landed beside it", probe26; the same layout in
   probe22): the stamp is the entry's, of the report's day, as "13:05 - The ministry has summoned" already was.
   Near misses: an entry that goes back to a day it names, a past perfect of background, a bold clock inside a
   sentence.
2. A conjunct whose event is a noun its verb carries ("The next day the ministry cut off all regional offices ... and
   ordered an internal inquiry", probe30): a time put before the subject dates the whole sentence, so the second
   verb's inquiry too, as it already did a second verb telling its act itself ("and detained its master").  Near
   misses: "later", "then" (a step after), a conjunct with a subject of its own, a time after the first verb.
"""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _dated(text: str, published: dt.date) -> list[tuple[str, object, object]]:
    """Each event's label and dates for an article of ``published`` made of ``text``."""
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.md", title="T", published=published))
    return [(e.label, e.earliest, e.latest) for e in facts.events]


def _dates_of(text: str, published: dt.date, words: str) -> tuple[object, object]:
    found = [(len(label), earliest, latest) for label, earliest, latest in _dated(text, published) if words in label]
    assert found, _dated(text, published)
    return min(found)[1:]  # the event the words tell, not a statement quoting them


# 1. a live page's entry stamped by a bold clock alone

_COALITION_LIVE = (
    "Live updates, Saturday 14 March. All times CET. Newest first.\n\n"
    "**23:05** That is all from us tonight. We will be back at 8 with reaction from the markets.\n\n"
    "**22:40** Done. The Social Democrats and the Liberal Party have signed a coalition agreement at the "
    "parliament building in Ljubljana, the speaker's office says.\n\n"
    "**19:15** A recap for those just joining. The election was held on Sunday 8 March. On Wednesday the "
    "president asked the Social Democrats to form a government.\n\n"
    "**16:20** The Liberal Party's board has approved the draft, party sources tell us.\n\n"
    "**09:30** Good morning. The two leaders met for six hours yesterday without result.\n"
)

_STORM_LIVE = (
    "*All times local. Newest entries first.*\n\n"
    "**17:45** The navy has evacuated the injured fishermen to the regional hospital in Puerto Montt by "
    "helicopter, the harbour master says.\n\n"
    "**13:10** More from the navy. Divers recovered the body of a fifth fisherman near the island of Quenu.\n\n"
    "**08:00** Good morning. A recap: on Thursday the port captain closed the port of Ancud to small boats as "
    "the storm came in.\n"
)


@pytest.mark.parametrize(
    ("text", "published", "words", "day"),
    [
        (_COALITION_LIVE, D(2026, 3, 14), "signed a coalition agreement", D(2026, 3, 14)),
        (_STORM_LIVE, D(2026, 7, 3), "has evacuated the injured", D(2026, 7, 3)),
        (_STORM_LIVE, D(2026, 7, 3), "Divers recovered", D(2026, 7, 3)),
        (
            "_All times EAT._\n\n"
            "_14:35_ The electoral commission has declared the incumbent the winner of the presidential run-off "
            "in Dodoma.\n\n"
            "_11:20_ Turnout was 61 percent, the commission says.\n",
            D(2026, 10, 29),
            "declared the incumbent",
            D(2026, 10, 29),
        ),
    ],
)
def test_an_entry_under_a_bold_clock_is_of_the_reports_day(
    text: str, published: dt.date, words: str, day: dt.date
) -> None:
    assert _dates_of(text, published, words) == (day, day)


def test_an_entry_going_back_to_a_named_day_keeps_it() -> None:
    assert _dates_of(_STORM_LIVE, D(2026, 7, 3), "closed the port") == (D(2026, 7, 2), D(2026, 7, 2))


def test_a_past_perfect_of_background_in_an_entry_is_not_of_the_stamps_day() -> None:
    text = (
        "**18:10** Conciliator Jana Novak has put a written proposal to both sides.\n\n"
        "**16:45** Background: the port authority had suspended forty dock workers in a row over pay, long "
        "before the strike.\n"
    )
    assert _dates_of(text, D(2026, 4, 2), "suspended forty dock workers")[0] != D(2026, 4, 2)


def test_a_bold_clock_inside_a_sentence_stamps_no_entry() -> None:
    text = (
        "The talks resumed on Monday. Unions say the agreement was signed at **22:40** in a hotel in Gdansk, "
        "after the regional governor had suspended the port director.\n"
    )
    assert _dates_of(text, D(2026, 4, 9), "suspended the port director")[0] != D(2026, 4, 9)


# 2. a conjunct's noun event under a time put first


@pytest.mark.parametrize(
    ("text", "published", "words", "day"),
    [
        (
            "On Saturday the coast guard seized a trawler off Dakar and launched an inquiry into its fishing licence.",
            D(2026, 3, 12),
            "inquiry",
            D(2026, 3, 7),
        ),
        (
            "A landslide buried part of the village of Sindhupalchok on July 2. The next day the district "
            "administration evacuated three hundred families and opened an investigation into the quarry above "
            "the village.",
            D(2026, 7, 6),
            "investigation into the quarry",
            D(2026, 7, 3),
        ),
        (
            "On Tuesday morning customs officers in Durres impounded two containers of cigarettes and made four "
            "arrests.",
            D(2026, 11, 13),
            "arrests",
            D(2026, 11, 10),
        ),
    ],
)
def test_a_fronted_time_dates_a_conjuncts_noun_event(text: str, published: dt.date, words: str, day: dt.date) -> None:
    assert _dates_of(text, published, words) == (day, day)


@pytest.mark.parametrize(
    ("text", "published", "words"),
    [
        (
            "On Saturday the coast guard seized a trawler off Dakar and later launched an inquiry into its "
            "fishing licence.",
            D(2026, 3, 12),
            "inquiry",
        ),
        (
            "The coast guard seized a trawler off Dakar on Saturday and launched an inquiry into its fishing licence.",
            D(2026, 3, 12),
            "inquiry",
        ),
    ],
)
def test_a_later_step_or_a_time_of_the_first_verb_alone_gives_no_day(text: str, published: dt.date, words: str) -> None:
    earliest, latest = _dates_of(text, published, words)
    assert (earliest, latest) != (D(2026, 3, 7), D(2026, 3, 7))
