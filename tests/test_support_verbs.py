"""Events told as a support verb and an event noun ("made landfall", "took control", "held a funeral",
"opened an inquiry", "agreed to a truce") and verbs of everyday news (swapping prisoners, freeing hostages,
walking off the job), each checked on sentences written for these tests in several wordings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Facts

pytest.importorskip("spacy")

D = dt.date
WEDNESDAY = D(2025, 4, 16)
MONDAY, TUESDAY, FRIDAY, SATURDAY, SUNDAY = (
    D(2025, 4, 14),
    D(2025, 4, 15),
    D(2025, 4, 11),
    D(2025, 4, 12),
    D(2025, 4, 13),
)


def read(text: str) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=WEDNESDAY))


def dated_types(facts: Facts, day: dt.date) -> set[str]:
    return {e.type for e in facts.events if (e.earliest, e.latest) == (day, day)}


@pytest.mark.parametrize(
    ("text", "types", "day"),
    [
        ("Storm Lina made landfall in Veracruz on Monday.", {"disaster"}, MONDAY),
        ("Hurricane Odile made landfall near the fishing town of Barra on Tuesday.", {"disaster"}, TUESDAY),
        ("The typhoon makes landfall on the northern coast on Monday, forecasters said.", {"disaster"}, MONDAY),
        ("Insurgents seized control of two districts on Friday.", {"military"}, FRIDAY),
        ("Rebel fighters took control of the airport in Kavala on Tuesday.", {"military"}, TUESDAY),
        ("The militia took full control of the border crossing on Sunday.", {"military"}, SUNDAY),
        ("Ecuador held a state funeral for Ana Ortiz in Quito on Saturday.", {"other"}, SATURDAY),
        ("The Vatican held a private funeral for the cardinal on Tuesday.", {"other"}, TUESDAY),
        ("Italian prosecutors opened a criminal inquiry on Tuesday.", {"investigation"}, TUESDAY),
        ("Police opened an investigation into the crash on Monday.", {"investigation"}, MONDAY),
        ("Both armies agreed to a truce late on Sunday.", {"yield", "diplomatic-cooperation"}, SUNDAY),
        ("Sudan and South Sudan agreed to a ceasefire on Friday.", {"yield", "diplomatic-cooperation"}, FRIDAY),
        ("Armenia and Azerbaijan swapped detainees on Monday.", {"yield"}, MONDAY),
        ("The two governments exchanged prisoners on Saturday.", {"yield"}, SATURDAY),
        ("Five aid workers were released by the Taliban on Friday.", {"yield"}, FRIDAY),
        ("Al-Shabaab freed two Kenyan engineers on Tuesday.", {"yield"}, TUESDAY),
        ("Three hostages were freed by the rebels on Sunday.", {"yield"}, SUNDAY),
        ("Dock workers walked off the job in Antwerp on Monday.", {"protest"}, MONDAY),
        ("Nurses at two hospitals walked off the job on Friday over pay.", {"protest"}, FRIDAY),
        ("Dock workers walked out in Antwerp on Monday.", {"protest"}, MONDAY),
        ("Nurses at two hospitals walked out on Friday over pay.", {"protest"}, FRIDAY),
    ],
)
def test_support_verb_and_event_noun_make_a_dated_event(text: str, types: set[str], day: dt.date) -> None:
    facts = read(text)
    assert dated_types(facts, day) & types, [(e.type, e.label, e.earliest) for e in facts.events]


@pytest.mark.parametrize(
    "text",
    [
        "The driver lost control of the lorry near Lyon on Monday.",
        "Officers at border control checked the lorry near Lyon on Monday.",
    ],
)
def test_control_without_a_taking_verb_is_no_war(text: str) -> None:
    assert "military" not in {e.type for e in read(text).events}


def test_a_bare_yaml_boolean_word_in_a_trigger_file_is_refused(tmp_path: Path) -> None:
    # YAML 1.1 reads a bare off/on as a boolean: "walked off" would silently never match
    from timelinekg.errors import ValidationError
    from timelinekg.nlp.extract.lexicon import _load

    user_file = tmp_path / "triggers.yaml"
    user_file.write_text("verbs:\n  storm: {type: protest, by_particle: {off: protest}}\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="quote"):
        _load((user_file,))
