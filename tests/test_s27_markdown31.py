"""Markdown marks in articles, helper `markdown31` (session 27): live blogs, timelines and newsletters written in
Markdown bold their time stamps, their dated entries and their run-in headings ("**09:15** - Witnesses describe
...", "**Monday, Nov. 23** - The firm serves notice", "**Correction.** Last week's issue said ..."); 20 articles of
the open probes (probe9, 14, 22, 23, 25, 26, 27, 28) are written so, and the marks ended up in event labels
("**09:15** - Witnesses describe") and in actor names ("* witnesses").

The parser reads a Markdown file with its marks blanked (offsets still point into the file), while what reads the
layout (a run-in heading, a timeline's dated entry, a bold line alone) still sees the marks: labels and names come
clean, a run-in heading stays no event ("Correction", "What it tells us"), and a date it carries still dates the
paragraph it heads. Guards: a plain-text file keeps its asterisks; a long bold sentence opening a paragraph is news;
a word stressed inside a sentence is no heading; arithmetic and snake_case are no marks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timelinekg.nlp.extract import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**18:40** - Firefighters reach", "  18:40   - Firefighters reach"),
        ("*Coastguard* crews pulled __two fishermen__ out.", " Coastguard  crews pulled   two fishermen   out."),
        ("### Background\nText", "    Background\nText"),
        ("**a *nested* word**", "  a  nested  word  "),
        ("5*4*2 = 40, x * y, max_wind_speed, **", "5*4*2 = 40, x * y, max_wind_speed, **"),
    ],
)
def test_markdown_marks_become_spaces(text: str, expected: str) -> None:
    from timelinekg.nlp.extract.nlp import without_markdown_marks

    assert without_markdown_marks(text) == expected


def _events(tmp_path: Path, body: str, name: str = "page.md") -> list[tuple[str, list[str], object, object]]:
    from timelinekg.loaders import LoadOptions, load_file
    from timelinekg.schema.model import Facts

    path = tmp_path / name
    path.write_text(f"---\ntitle: Page\npublished: 2026-05-14\n---\n{body}", encoding="utf-8")
    results = [result for result in load_file(path, LoadOptions()) if isinstance(result, Facts)]
    names = {actor.id: actor.name for facts in results for actor in facts.actors}
    return [
        (event.label, [names.get(actor_id, actor_id) for actor_id in event.actor_ids], event.earliest, event.latest)
        for facts in results
        for event in facts.events
    ]


def _labelled(events: list[tuple[str, list[str], object, object]], words: str) -> tuple[str, list[str], object, object]:
    found = [event for event in events if words in event[0]]
    assert found, events
    return found[0]


LIVE_BLOG = (
    "**18:40** - *Rescue teams* pulled **two fishermen** from the river in Porto Alegre, the fire brigade said.\n\n"
    "**16:05** - Residents describe a night of fear. The water rose within an hour, neighbours say.\n\n"
    "**11:20** - The state governor declared an emergency in twelve towns.\n"
)


def test_a_bold_time_stamp_stays_out_of_labels_and_names(tmp_path: Path) -> None:
    events = _events(tmp_path, LIVE_BLOG)
    assert events
    assert not any("*" in label or any("*" in name for name in names) for label, names, _, _ in events), events


def test_a_live_blog_entry_keeps_its_stamp_out_of_the_label(tmp_path: Path) -> None:
    label = _labelled(_events(tmp_path, LIVE_BLOG), "emergency")[0]
    assert "11:20" not in label and label.startswith("The state governor"), label


NEWSLETTER = (
    "**Issue 19 - Thursday 14 May**\n\n"
    "**Back at work.** Dockers in Gdansk returned to work on Tuesday after a nine-day strike over pay.\n\n"
    "**What it means.** Two things. Shipping lines will move their calls back to the port.\n\n"
    "**Correction.** Last week's issue said the strike began on a Monday. It began on a Sunday.\n\n"
    "**Ruling expected [8 May 2026].** A labour court in Szczecin fined the terminal operator for locking out "
    "forty crane drivers.\n"
)


@pytest.mark.parametrize("heading", ["What it means", "Correction", "Back at work", "Ruling expected"])
def test_a_run_in_heading_is_no_event(tmp_path: Path, heading: str) -> None:
    events = _events(tmp_path, NEWSLETTER)
    assert not any(label.startswith(heading) for label, _, _, _ in events), events


def test_a_run_in_heading_leaves_the_paragraphs_news(tmp_path: Path) -> None:
    events = _events(tmp_path, NEWSLETTER)
    assert _labelled(events, "returned to work")[2] == dt.date(2026, 5, 12)
    assert not any("*" in label for label, _, _, _ in events), events


def test_a_date_in_a_run_in_heading_dates_its_paragraph(tmp_path: Path) -> None:
    _, _, earliest, latest = _labelled(_events(tmp_path, NEWSLETTER), "fined")
    assert earliest == latest == dt.date(2026, 5, 8)


def test_an_italic_run_in_heading_is_no_event(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "*What happened.* Peru's health ministry declared a dengue outbreak in Piura on Monday.\n\n"
        "*Next steps:* Inspectors will visit schools in the region next week.\n",
    )
    assert not any(label.startswith(("What happened", "Next steps")) for label, _, _, _ in events), events
    label, _, earliest, _ = _labelled(events, "declared")
    assert "*" not in label and earliest == dt.date(2026, 5, 11), events


def test_a_bold_line_alone_is_a_subheading(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Firefighters evacuated 400 residents from the hills above Valparaiso on Wednesday.\n\n"
        "**Evacuations lifted in the hills**\n\n"
        "Police arrested two men for looting on Thursday.\n",
    )
    assert not any("hills" in label and "Firefighters" not in label for label, _, _, _ in events), events
    assert _labelled(events, "arrested two men")[0].startswith("Police"), events


TIMELINE = (
    "**March 3, 2026** - Parliament passes the mining code, 88 votes to 61.\n\n"
    "**Friday, May 8** - Andes Copper serves notice of arbitration. It says it will claim at least $90 million. "
    "The finance minister says the state will fight the claim.\n"
)


def test_a_timelines_bold_date_dates_its_entry(tmp_path: Path) -> None:
    events = _events(tmp_path, TIMELINE)
    assert _labelled(events, "passes the mining code")[2:] == (dt.date(2026, 3, 3), dt.date(2026, 3, 3))
    assert _labelled(events, "claim at least")[2:] == (dt.date(2026, 5, 8), dt.date(2026, 5, 8))
    assert not any(label.startswith(("March", "Friday", "*")) for label, _, _, _ in events), events


def test_a_stressed_word_inside_a_sentence_stays(tmp_path: Path) -> None:
    events = _events(
        tmp_path, "Police in Kisumu said the suspect was **not** armed when officers shot him on Sunday.\n"
    )
    label = _labelled(events, "shot")[0]
    assert "*" not in label, events


def test_a_long_bold_opening_sentence_is_news(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "**Rescuers pulled three miners alive from a collapsed shaft near Kitwe on Wednesday.** They had been "
        "trapped for two days.\n",
    )
    assert _labelled(events, "pulled three miners")[2] == dt.date(2026, 5, 13), events


def test_a_plain_text_file_keeps_its_asterisks(tmp_path: Path) -> None:
    from timelinekg.loaders import LoadOptions
    from timelinekg.loaders.articles import read_text_article

    body = "The court in Graz fined **Murtal Bau** on Monday.*\n\n*Figures from the court.\n"
    for name, markdown in (("note.txt", False), ("note.md", True)):
        path = tmp_path / name
        path.write_text(f"---\ntitle: Page\npublished: 2026-05-14\n---\n{body}", encoding="utf-8")
        (article,) = list(read_text_article(path, LoadOptions()))
        assert isinstance(article, Article)
        assert article.text == body
        assert article.markdown is markdown


def test_a_markdown_headline_gives_a_title_without_its_marks(tmp_path: Path) -> None:
    from timelinekg.loaders import LoadOptions
    from timelinekg.loaders.articles import read_text_article

    path = tmp_path / "story.md"
    path.write_text("# Dockers return to work in Gdansk\n\nDockers returned to work on 12 May 2026.\n", "utf-8")
    (article,) = list(read_text_article(path, LoadOptions()))
    assert isinstance(article, Article)
    assert article.title == "Dockers return to work in Gdansk"


@pytest.mark.parametrize("name", ["ticker.md", "ticker.txt"])
def test_a_plain_stamp_set_off_by_a_dash_or_a_colon_stays_out_of_the_label(tmp_path: Path, name: str) -> None:
    events = _events(
        tmp_path,
        "17:05 - The coastguard in Bodrum says it has rescued 41 migrants from a dinghy.\n\n"
        "- 14:50: Divers recovered two bodies near Kos, officials said.\n",
        name,
    )
    for words in ("rescued", "recovered"):
        label = _labelled(events, words)[0]
        assert label[:1].isalpha(), events
