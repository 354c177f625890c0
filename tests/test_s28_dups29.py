"""Duplicates of court news (session 28, helper `dups29`), checked on articles written here, about other countries,
courts and people than the probes'.

1. A court named by the town it sits in, each outlet its own way: "a court in Batumi", "a Batumi judge", "the Batumi
   City Court" (probe29: one bail release in three nodes); "the Tainan District Court" and "a court in Tainan"
   (probe20); "a Colombo magistrate" and "the Colombo Chief Magistrate's Court" (probe28).  The bench and the court
   of one town, qualified by nothing but words of a first-instance court's seat, are one agent of a ruling, so the
   ruling told by two articles on one day is one event.  Guards: a court of another rank in that town ("the Court of
   Appeal in Kisumu") or another town's court stays apart.
2. The acts of one hearing, told verb by verb: "X pleaded guilty in the Local Court on Wednesday. The magistrate
   convicted him, fined him and ordered the catch forfeited" (probe29: three nodes).  A plea and the verdict on the
   one who pleaded, on one day, and an act the bench did in the verdict's own sentence, are the hearing.  Guards: a
   plea on another day than the sentence stays apart; another person's verdict stays apart.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.extract_support import holding as _holding
from tests.extract_support import shown as _shown
from tests.test_extract_news import load_articles
from timelinekg.schema.model import Event

pytest.importorskip("spacy")

D = dt.date


def _together(events: list[Event], first: str, second: str) -> bool:
    return any(any(second in m.quote for m in e.mentions) for e in _holding(events, first))


# -- 1. a court named by its town -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            (
                "2026-03-10",
                "A court in Harare yesterday freed opposition activist Tendai Moyo on bail of 500 dollars, a week "
                "after his arrest at a rally.",
            ),
            (
                "2026-03-11",
                "Tendai Moyo spent eight days in remand prison. On Monday a Harare magistrate released him on bail "
                "while the trial goes on.",
            ),
            ("freed", "released him"),
        ),
        (
            (
                "2026-07-04",
                "The Kisumu District Court on Friday ordered Peter Otieno, the captain of the ferry Nyanza Star, "
                "detained for 30 days while police investigate the sinking.",
            ),
            (
                "2026-07-05",
                "The ferry's captain, Peter Otieno, has been held since a court in Kisumu ordered his detention on "
                "Friday.",
            ),
            ("District Court", "court in Kisumu"),
        ),
        # a detention ordered, typed as coercion rather than a ruling
        (
            (
                "2026-02-13",
                "The Gdansk District Court late on Thursday ordered the Maltese-flagged tanker's captain, Karl "
                "Borg, detained for three months over the damaged pipeline.",
            ),
            (
                "2026-02-14",
                "Karl Borg, the tanker's captain, has been in custody since a court in Gdansk ordered his detention "
                "on Thursday night.",
            ),
            ("District Court", "court in Gdansk"),
        ),
        (
            (
                "2026-11-18",
                "A Valparaíso judge on Tuesday sentenced former port official Ana Rojas to five years in prison for "
                "taking bribes from shipping agents.",
            ),
            (
                "2026-11-19",
                "Ana Rojas was sentenced by the Valparaíso City Court on Tuesday to five years for bribery, her "
                "lawyer said.",
            ),
            ("judge on Tuesday", "City Court"),
        ),
    ],
)
def test_a_ruling_of_a_court_named_by_its_town_joins(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _together(events, *words), _shown(events)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # another court of that town: the appeal court is not the magistrate
        (
            (
                "2026-07-04",
                "The Court of Appeal in Kisumu on Friday overturned the fraud conviction of county clerk Jane Achieng.",
            ),
            (
                "2026-07-05",
                "A Kisumu magistrate on Friday sentenced fisherman Peter Otieno to two years in prison over the "
                "ferry sinking.",
            ),
            ("overturned", "sentenced"),
        ),
        # another town's court, the same day
        (
            (
                "2026-03-10",
                "A court in Harare yesterday freed opposition activist Tendai Moyo on bail of 500 dollars.",
            ),
            (
                "2026-03-11",
                "A Bulawayo magistrate on Monday sentenced trader Sipho Ncube to six months in prison for smuggling "
                "fuel.",
            ),
            ("freed", "sentenced"),
        ),
    ],
)
def test_another_court_stays_apart(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _holding(events, words[0]) and _holding(events, words[1]), _shown(events)
    assert not _together(events, *words), _shown(events)


# -- 2. the acts of one hearing ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A Peruvian trawler captain will serve his fine in jail. On Thursday Luis Quispe pleaded guilty in the "
            "Suva Magistrates Court to fishing without a licence. The magistrate convicted him, fined him and "
            "ordered the boat forfeited.",
            ("pleaded guilty", "convicted him"),
        ),
        (
            "Former mayor Ivo Tomic pleaded guilty in the Zadar County Court on Monday to abuse of office. The judge "
            "sentenced him the same day to two years in prison and ordered the seizure of his villa.",
            ("pleaded guilty", "sentenced him"),
        ),
        (
            "On Tuesday the court convicted the two smugglers, fined them 90,000 dollars and ordered their lorry "
            "forfeited, a spokesman for the court in Windhoek said.",
            ("convicted the two", "ordered their lorry"),
        ),
        (
            "On Friday a judge in Cuenca released the owner of the quarry, Hugo Paredes, on bail of 20,000 dollars. "
            "The judge withdrew his passport and ordered him to report to the court every week.",
            ("released the owner", "withdrew his passport"),
        ),
    ],
)
def test_the_acts_of_one_hearing_are_one_event(tmp_path: Path, text: str, words: tuple[str, str]) -> None:
    events = load_articles(tmp_path, {"a.md": ("2026-05-08", text)})
    assert _together(events, *words), _shown(events)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the plea weeks before the sentence
        (
            "Luis Quispe pleaded guilty in the Suva Magistrates Court on 2 April to fishing without a licence. On "
            "Thursday the magistrate sentenced him to four months in prison.",
            ("pleaded guilty", "sentenced him"),
        ),
        # a plea by one accused, the verdict on another
        (
            "On Thursday Luis Quispe pleaded guilty in the Suva Magistrates Court to fishing without a licence. "
            "The same day the magistrate convicted his employer, Marcos Vidal, of forging catch records.",
            ("pleaded guilty", "convicted his employer"),
        ),
        # the bench's ruling on another defendant, the next sentence
        (
            "A judge in Arequipa on Tuesday convicted bus driver Jorge Mamani of manslaughter. The judge acquitted the "
            "bus company's owner, Rosa Huamán, the same day.",
            ("convicted bus driver", "acquitted"),
        ),
    ],
)
def test_a_plea_on_another_day_or_by_another_stays_apart(tmp_path: Path, text: str, words: tuple[str, str]) -> None:
    events = load_articles(tmp_path, {"a.md": ("2026-05-08", text)})
    assert _holding(events, words[0]) and _holding(events, words[1]), _shown(events)
    assert not _together(events, *words), _shown(events)
