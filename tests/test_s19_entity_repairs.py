"""Names the recogniser ends on a function word: cut before it, or run on over "of" and the word after."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from timelinekg.nlp.extract.nlp import pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return pipeline()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Council of Ministers in Lisbon yesterday approved 25 million euros in aid.", "Council of Ministers"),
        ("Ministers from the Group of 20 met in Rio on Monday.", "Group of 20"),
        ("The Bank of England raised rates on Thursday.", "Bank of England"),
    ],
)
def test_no_name_ends_on_a_function_word(nlp: Any, sentence: str, name: str) -> None:
    names = [ent.text.removeprefix("The ") for ent in nlp(sentence).ents if ent.label_ == "ORG"]
    assert name in names
    assert not any(ent[-1].tag_ in ("IN", "DT", "CC", "TO") for ent in nlp(sentence).ents if len(ent) > 1)


def test_the_body_and_its_city_are_actor_and_place(tmp_path: Path) -> None:
    from timelinekg.loaders import LoadOptions
    from timelinekg.queries.preview import preview

    article = tmp_path / "aid.txt"
    article.write_text(
        "Cabinet approves flood aid\n\nThe Council of Ministers in Lisbon on Thursday approved 40 million euros "
        "in emergency aid for farmers hit by the floods.\n",
        encoding="utf-8",
    )
    events, problems = preview(article, LoadOptions(published=dt.date(2026, 3, 6)))
    assert not problems
    approval = next(e for e in events if "approved" in e["label"])
    assert [a["name"] for a in approval["actors"]][:1] == ["Council of Ministers"]
    assert "Lisbon" in [p["name"] for p in approval["places"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "A violent storm lashed the coast east of Marseille on Tuesday night.",
        "Heavy swells flooded the beaches east of the harbour.",
        "Part of the bell tower fell into the square.",
    ],
)
def test_a_place_named_in_lower_case_is_no_place_name(nlp: Any, sentence: str) -> None:
    places = [ent.text for ent in nlp(sentence).ents if ent.label_ in ("GPE", "LOC", "FAC")]
    assert all(any(word[:1].isupper() for word in place.split()) for place in places), places


def test_an_organisation_named_in_lower_case_is_kept(nlp: Any) -> None:
    organisations = [ent.text for ent in nlp("Officials at the health ministry said on Monday.").ents]
    assert organisations == [] or any("ministry" in name for name in organisations)
