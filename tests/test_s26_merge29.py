"""Duplicates as a class (session 26, helper `merge29`), checked on articles written here, about other countries,
bodies and kinds of story than the probes'.

1. One act told by two outlets, one placing it in a town and the other in the region (county, province, state) or
   at a site the gazetteer knows only as lying in that town's country: the merge rule took the two places for two
   places apart, so the same named agent doing the same thing on the same day stayed two nodes (probe24's "the
   Harghita Tribunal in Miercurea Ciuc suspended the order" and "The Harghita Tribunal suspended yesterday the
   order", placed in Harghita county; probe23's "Croatian police arrested twelve people" in Zadar and "detained
   twelve people over fixed matches at NK Kornat Zadar", a club read as a site in Croatia).  Such places neither
   agree nor contradict; the two reports are one act only when their sentences tell the same thing (content words
   besides the names, the places, the act word and the day).  Guards: the same body doing another act of its kind
   that day in the town or the region ("arrested three men after a stabbing", "suspended a shopping centre's
   permit") stays apart; a town and a region of two countries still contradict.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_extract_news import load_articles
from timelinekg.schema.model import Event

pytest.importorskip("spacy")

D = dt.date


def _shown(events: list[Event]) -> list[tuple[str, str, object, object, tuple[str, ...], int]]:
    return [(e.type, e.label[:70], e.earliest, e.latest, e.place_ids, len(e.source_ids)) for e in events]


def _telling(events: list[Event], *words: str) -> list[Event]:
    return [e for e in events if any(any(w in m.quote for w in words) for m in e.mentions)]


# -- 1. one act placed in a town by one outlet, in its region (or at a site of its country) by another -------------
@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # a court in its seat town, and the same ruling placed in its county
        (
            (
                "2026-03-11",
                "On Tuesday the Bihor Tribunal in Oradea suspended the permit for the open-pit gold mine at the "
                "request of the environmental group Aqua Vie.",
            ),
            (
                "2026-03-12",
                "The Bihor Tribunal suspended on Tuesday the permit of the gold mine in Bihor County, admitting the "
                "request of the Aqua Vie association.",
            ),
            ("suspended",),
        ),
        # a state's police in a city, and the same raids placed in the state, with the same count
        (
            (
                "2026-05-07",
                "Bavarian police arrested fourteen people in Nuremberg on Wednesday in raids on an illegal betting "
                "ring that fixed amateur football matches.",
            ),
            (
                "2026-05-08",
                "On Wednesday Bavarian police detained fourteen people in Bavaria in raids against a betting ring "
                "accused of fixing amateur football matches.",
            ),
            ("arrested fourteen", "detained fourteen"),
        ),
        # a club read as a place (a site known only by its country), and the town of the same arrests
        (
            (
                "2026-04-02",
                "Serbian police arrested nine people in Jagodina at dawn on Wednesday, among them four players and "
                "the coach of a third-division club, over fixed matches.",
            ),
            (
                "2026-04-08",
                "A week ago today Serbian police and the anti-corruption prosecutor detained nine people over fixed "
                "matches at FK Sloga Jagodina, a third-division club.",
            ),
            ("arrested nine", "detained nine"),
        ),
        # a regional body closing a ward, told in the city and in the region
        (
            (
                "2026-09-19",
                "The Lombardy health agency on Friday closed the emergency ward of the San Carlo hospital in Milan "
                "after a fire damaged its ventilation system.",
            ),
            (
                "2026-09-20",
                "In Lombardy, the regional health agency closed the San Carlo hospital's emergency ward on Friday "
                "because a fire had damaged the ventilation system.",
            ),
            ("closed",),
        ),
    ],
)
def test_one_act_placed_in_a_town_and_in_its_region_is_one(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, ...]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    told = [e for e in _telling(events, *words) if e.type not in ("statement", "disaster")]
    assert len(told) == 1, _shown(told)
    assert len(told[0].source_ids) == 2, _shown(told)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # the same force, the same day, another arrest in the city than the raids in the state
        (
            (
                "2026-05-07",
                "Bavarian police arrested three men in Nuremberg on Wednesday after a stabbing outside a nightclub.",
            ),
            (
                "2026-05-08",
                "On Wednesday Bavarian police detained fourteen people in Bavaria in raids against a betting ring "
                "accused of fixing amateur football matches.",
            ),
            ("arrested three", "detained fourteen"),
        ),
        # the same force, the same day, another arrest at a site than the one in the town
        (
            (
                "2026-04-02",
                "Serbian police arrested nine people in Jagodina at dawn on Wednesday, among them four players and "
                "the coach of a third-division club, over fixed matches.",
            ),
            (
                "2026-04-08",
                "A week ago today Serbian police detained two fans at FK Sloga Jagodina after a flare was thrown onto "
                "the pitch.",
            ),
            ("arrested nine", "detained two"),
        ),
        # the same court, the same day, another permit suspended in the county
        (
            (
                "2026-03-11",
                "On Tuesday the Bihor Tribunal in Oradea suspended the permit for the open-pit gold mine at the "
                "request of the environmental group Aqua Vie.",
            ),
            (
                "2026-03-12",
                "The Bihor Tribunal suspended on Tuesday the building permit of a shopping centre in Bihor County, at "
                "the request of its neighbours.",
            ),
            ("suspended",),
        ),
        # a town and a region of two countries: two raids, though told alike
        (
            (
                "2026-05-07",
                "Austrian police detained fourteen people in Salzburg on Wednesday in raids against a betting ring "
                "accused of fixing amateur football matches.",
            ),
            (
                "2026-05-08",
                "On Wednesday police detained fourteen people in Bavaria in raids against a betting ring accused of "
                "fixing amateur football matches.",
            ),
            ("detained fourteen",),
        ),
    ],
)
def test_another_act_of_that_day_in_the_town_or_the_region_stays_apart(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, ...]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    told = [e for e in _telling(events, *words) if e.type not in ("statement", "disaster")]
    assert told and all(len(e.source_ids) == 1 for e in told), _shown(told)
