"""artplace classes: an event whose own sentence gives no place takes the article's place (a reader does) when it
belongs to the story: the wire dateline's city ("HARARE, June 4 (Wire) -", "ACCRA -", "Mombasa:", a local paper's
"Town, County:"), else the lead event's places, else the one country the article is about; and it keeps a note of
where that place came from (``place_basis``, shown by ``show``).  Not words said, not a paragraph that has moved
abroad, not another country's body acting, not background years before or "a similar" occasion elsewhere (unless
"the same X" points back)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

PUBLISHED = dt.date(2025, 6, 11)  # a Wednesday


def _events(text: str) -> list[tuple[str, set[str], str | None]]:
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=PUBLISHED))
    names = {p.id: p.name for p in facts.places}
    return [
        (e.label, {names.get(p, p) for p in e.place_ids}, dict(e.attributes).get("place_basis")) for e in facts.events
    ]


def _event(text: str, words: str) -> tuple[set[str], str | None]:
    found = [(places, basis) for label, places, basis in _events(text) if words in label]
    assert found, _events(text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "HARARE, June 10 (Probe Wire) - Floodwater swept away a footbridge on Monday, the police said.\n\n"
            "Soldiers rescued 30 people from the roofs of their homes on Tuesday.",
            "rescued 30 people",
            "Harare",
        ),
        (
            "ACCRA - Hundreds of nurses marched on the health ministry on Monday to demand unpaid wages.\n\n"
            "Riot police arrested 12 of them on Tuesday.",
            "arrested 12",
            "Accra",
        ),
        (
            "Mombasa: A fire gutted a warehouse full of imported rice on Monday night.\n\n"
            "Firefighters evacuated about 80 workers from the next building.",
            "evacuated about 80 workers",
            "Mombasa",
        ),
        (
            "Little Marsden, Lancashire: The parish council voted on Monday to shut the village library.\n\n"
            "Volunteers occupied the library on Tuesday.",
            "occupied the library",
            "Little Marsden",
        ),
    ],
)
def test_a_follow_up_takes_the_datelines_place(text: str, words: str, place: str) -> None:
    places, basis = _event(text, words)
    assert place in places
    assert basis == "the article's dateline"


def test_a_follow_up_takes_the_lead_events_place() -> None:
    text = (
        "Floods swept through the city of Arequipa in southern Peru on Sunday.\n\n"
        "Teachers closed two schools on Monday."
    )
    places, basis = _event(text, "closed two schools")
    assert "Arequipa" in places
    assert basis == "the place of the article's lead event"


def test_a_follow_up_takes_the_one_country_the_article_is_about() -> None:
    text = (
        "Zambia's energy ministry said on Monday that the Kariba dam had fallen to its lowest level.\n\n"
        "The ministry cut electricity exports by half on Tuesday."
    )
    places, basis = _event(text, "cut electricity exports")
    assert places == {"Zambia"}
    assert basis == "the one country the article is about"


def test_the_lead_place_wins_over_a_dateline_elsewhere() -> None:
    text = (
        "NAIROBI, June 10 (Probe Wire) - Somali troops attacked an insurgent camp in the Lower Shabelle region "
        "of Somalia on Monday.\n\n"
        "Soldiers seized weapons and two trucks on Tuesday."
    )
    places, _ = _event(text, "seized weapons")
    assert "Nairobi" not in places and "Kenya" not in places


def test_a_paragraph_abroad_keeps_no_home_place() -> None:
    text = (
        "MINSK, June 10 (Probe Wire) - Belarusian police detained a blogger at his flat on Friday, his family "
        "said.\n\n"
        "In Vilnius in Lithuania, where she lives in exile, opposition leader Anna Petrova condemned the "
        "detention on Saturday. Her supporters marched to the embassy on Saturday.\n\n"
        "A court jailed the blogger for 15 days on Monday."
    )
    assert not {"Minsk", "Belarus"} & _event(text, "marched to the embassy")[0]
    assert "Minsk" in _event(text, "jailed the blogger")[0]


def test_another_countrys_body_keeps_no_home_place() -> None:
    text = (
        "ACCRA - Hundreds of nurses marched on the health ministry on Monday to demand unpaid wages.\n\n"
        "The Nigerian government closed its border crossings on Tuesday."
    )
    assert not {"Accra", "Ghana"} & _event(text, "closed its border")[0]


@pytest.mark.parametrize(
    ("sentence", "inherits"),
    [
        ("An explosion at the same plant in 2016 injured two workers.", True),
        ("A similar explosion killed nine people in 2015.", False),
        ("A gas explosion killed nine people in 2012.", False),
    ],
)
def test_background_years_before_takes_the_place_only_when_it_points_back(sentence: str, inherits: bool) -> None:
    text = (
        "An explosion tore through a fertiliser plant in the city of Kazan in Russia on Tuesday, killing three "
        f"workers.\n\nRescuers pulled five people from the rubble. {sentence}"
    )
    places, _ = _event(text, sentence.split()[1])
    assert ("Kazan" in places) is inherits, places
    assert "Kazan" in _event(text, "pulled five people")[0]


def test_words_said_take_no_article_place() -> None:
    text = (
        "HARARE, June 10 (Probe Wire) - Floodwater swept away a footbridge on Monday.\n\n"
        "The United Nations said on Tuesday that it was ready to help."
    )
    assert _event(text, "said")[0] == set()


def test_show_says_the_place_came_from_the_article(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tests.test_back_references import load
    from timelinekg.cli import cli

    text = (
        "ACCRA - Hundreds of nurses marched on the health ministry on Monday to demand unpaid wages.\n\n"
        "Riot police arrested 12 of them on Tuesday."
    )
    events = load(tmp_path, ("nurses", PUBLISHED, text))
    node = next(e for e in events if any("arrested 12" in m.quote for m in e.mentions))
    shown = CliRunner().invoke(cli, ["--store", str(tmp_path / "store.db"), "show", node.id])
    assert shown.exit_code == 0, shown.output
    assert "placed by: the article's dateline" in shown.output


def test_a_country_named_twice_as_often_as_any_other_is_the_storys() -> None:
    text = (
        "Chile's president, Tomás Rivera, has taken the country's largest copper smelter into state hands.\n\n"
        "Rivera signed a decree on Friday that transferred the smelter to the Chilean state. Chile's mining "
        "unions welcomed the move.\n\n"
        "The smelter is owned by a Canadian group, which said it would defend its rights."
    )
    places, basis = _event(text, "signed a decree")
    assert places == {"Chile"}
    assert basis == "the one country the article is about"


def test_casualties_beside_their_placed_cause_stay_unplaced() -> None:
    text = (
        "Two people were killed and more than 30 injured when a passenger train derailed near the city of Brno "
        "in the Czech Republic on Friday evening.\n\nInvestigators questioned the driver on Saturday."
    )
    assert _event(text, "more than 30 injured")[1] is None
    assert "Brno" in _event(text, "questioned the driver")[0]
