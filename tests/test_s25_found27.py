"""Helper found27's classes of session 25 (own sentences, other stories and countries than the probes'): sentences
that lost all their events.

- a verb learned from annotated news (TimeBank: "rescue", "evacuate", "relocate") counts only when the text dates
  it; a date counted from a time the dater cannot place ("three days after they disappeared", "a week after the
  pair went missing", where going missing is no event) was taken for no date, and the event was lost;
- people a search finds, locates, spots, sights or rescues ("a navy helicopter located the three hikers",
  "the missing skiers were found alive"): a rescue (aid), where "find" and "locate" were too general to be events
  and "spot" was a perception; not "found it difficult", "spotted an opportunity", "found him guilty".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_s25_events26 import MONDAY, _wire


def _triggers(events: list[dict[str, Any]]) -> set[str]:
    return {event["attributes"].get("trigger", "") for event in events}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Coast guard boats rescued the sailors three days after they went missing.", "rescued"),
        (
            "Two fishermen vanished off Valparaiso on Friday. Villagers rescued them four days after they disappeared.",
            "rescued",
        ),
        ("Soldiers evacuated the hamlet two hours after the river burst its banks.", "evacuated"),
        ("Soldiers evacuated the hamlet two days after the first cracks appeared in the dam.", "evacuated"),
    ],
)
def test_an_act_dated_from_a_time_not_placed_is_kept(tmp_path: Path, text: str, trigger: str) -> None:
    assert trigger in _triggers(_wire(tmp_path, text))


@pytest.mark.parametrize(
    "sentence",
    [
        "A navy helicopter located the three hikers on Monday.",
        "The missing skiers were found alive on Monday.",
        "A patrol boat spotted the two fishermen on Monday.",
        "Coast guard boats rescued the sailors on Monday.",
        "Volunteers found the lost schoolchildren in a cave on Monday.",
        "A police drone sighted the missing pensioner in a forest near Tartu on Monday.",
    ],
)
def test_people_a_search_finds_are_rescued(tmp_path: Path, sentence: str) -> None:
    found = {event["type"] for event in _wire(tmp_path, sentence) if event["earliest"] == MONDAY}
    assert "aid" in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "She found it difficult to sleep on Monday.",
        "The investor spotted an opportunity on Monday.",
        "Researchers found that people sleep less in winter.",
        "The bus stopped on Monday.",
        "Customs officers boarded the barge and found six crew and two tonnes of stolen copper on Monday.",
    ],
)
def test_no_rescue_without_people_found(tmp_path: Path, sentence: str) -> None:
    assert not [event for event in _wire(tmp_path, sentence) if event["type"] == "aid"]


def test_a_verdict_stays_a_verdict(tmp_path: Path) -> None:
    found = {event["type"] for event in _wire(tmp_path, "The court in Porto found him guilty on Monday.")}
    assert found == {"legal"}, found
