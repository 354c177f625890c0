"""Duplicates across outlets (session 29, helper `dups30`), checked on articles written here, about other countries,
regulators and things than the probes'.

1. One act told with its agent by one outlet and without it by another: "the Pharmacy Council has today suspended
   the wholesale licence of X" and "The company's licence was suspended on Friday" (probe30); "the prefecture closed
   the bridge" and "the bridge has been shut" (probe25); "suspend the curator of the museum" and the curator
   "suspended" (probe28).  The same word for the act (or a word for the same act of its type), one stated day, and
   the same thing done to (a word of what the act was done to in both) are one event: the report naming no one has
   nobody to contradict the other.  Guards: another thing named ("Coastline Petroleum's licence"), another thing
   done to ("flights were suspended"), another day, a story in another country stay apart.
2. One ministry by its formal name and its short one: "the Ministry of Foreign Affairs" and "Ecuador's foreign
   ministry" (probe30), "Ministry of Cultural Affairs" and "Tunisia's culture ministry" (probe28), likewise probes
   23, 24, 26, 27.  The two agents of one act on one day are named alike.  Guard: another country's ministry of
   the same domain stays apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract_support import holding as _holding
from tests.extract_support import shown as _shown
from tests.test_extract_news import load_articles
from timelinekg.schema.model import Event

pytest.importorskip("spacy")


def _together(events: list[Event], first: str, second: str) -> bool:
    return any(any(second in m.quote for m in e.mentions) for e in _holding(events, first))


# -- 1. one act, one report naming no one -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            (
                "2026-03-10",
                "Kenya's Energy and Petroleum Regulatory Authority has today suspended the import licence of Jubilee "
                "Fuels Ltd, Mombasa, with immediate effect.",
            ),
            (
                "2026-03-12",
                "Jubilee Fuels was found storing contaminated diesel in a depot near the port. The company's licence "
                "was suspended on Tuesday, and two managers are under investigation.",
            ),
            ("has today suspended", "licence was suspended"),
        ),
        (
            (
                "2026-11-04",
                "Engineers found a crack in a girder, and the city council closed the Dom Luis bridge to traffic on "
                "Tuesday.",
            ),
            (
                "2026-11-05",
                "The Dom Luis bridge was closed to traffic on Tuesday after a routine inspection, and ferries are "
                "carrying commuters across the river.",
            ),
            ("council closed", "bridge was closed"),
        ),
        (
            (
                "2026-04-23",
                "The Ministry of Health on Thursday revoked the operating licence of St Jude Clinic in Kampala after "
                "two patients died during routine surgery.",
            ),
            (
                "2026-04-24",
                "St Jude Clinic's operating licence was revoked on Thursday. Relatives of the two patients have "
                "asked police to open a criminal case.",
            ),
            ("revoked the operating", "licence was revoked"),
        ),
        (
            (
                "2026-05-20",
                "The national aviation regulator on Wednesday grounded the two ATR 72 aircraft of Island Hopper "
                "Airways after an engine fire.",
            ),
            (
                "2026-05-21",
                "Island Hopper Airways cancelled 40 flights. Its two ATR 72 aircraft were grounded on Wednesday, "
                "and passengers were moved to ferries.",
            ),
            ("grounded the two", "were grounded"),
        ),
    ],
)
def test_an_act_told_without_its_agent_joins_the_report_naming_it(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _together(events, *words), _shown(events)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # another firm's licence, suspended the same day
        (
            (
                "2026-03-10",
                "The Energy Regulatory Authority on Tuesday suspended the import licence of Jubilee Fuels Ltd for "
                "storing contaminated diesel.",
            ),
            ("2026-03-11", "Coastline Petroleum's licence was suspended on Tuesday over unpaid levies."),
            ("suspended the import", "licence was suspended"),
        ),
        # another thing suspended that day
        (
            ("2026-03-10", "The Energy Regulatory Authority on Tuesday suspended the import licence of Jubilee Fuels."),
            ("2026-03-11", "Ferry crossings to the island were suspended on Tuesday because of the storm."),
            ("suspended the import", "were suspended"),
        ),
        # a company's licence suspended that day in a story about another country
        (
            (
                "2026-03-10",
                "Kenya's Energy and Petroleum Regulatory Authority has today suspended the import licence of Jubilee "
                "Fuels Ltd, Mombasa, with immediate effect.",
            ),
            (
                "2026-03-12",
                "Peru's fuel regulator is investigating a Lima distributor accused of selling watered petrol. The "
                "company's licence was suspended on Tuesday, officials in Lima said.",
            ),
            ("has today suspended", "licence was suspended"),
        ),
        # the same thing, another day
        (
            (
                "2026-11-04",
                "Engineers found a crack in a girder, and the city council closed the Dom Luis bridge to traffic on "
                "Tuesday.",
            ),
            ("2026-11-05", "The Dom Luis bridge was closed to traffic on Saturday for the city marathon."),
            ("council closed", "bridge was closed"),
        ),
    ],
)
def test_another_thing_or_day_stays_apart(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _holding(events, words[0]) and _holding(events, words[1]), _shown(events)
    assert not _together(events, *words), _shown(events)


# -- 2. one ministry, two names ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            (
                "2026-06-12",
                "Tanzania's home affairs ministry on Thursday deported two Kenyan journalists who had covered the "
                "opposition rally in Arusha.",
            ),
            (
                "2026-06-13",
                "The Ministry of Home Affairs deported the two reporters on Thursday, saying their work permits were "
                "invalid.",
            ),
            ("deported two Kenyan", "deported the two reporters"),
        ),
        (
            (
                "2026-02-07",
                "Japan's environment ministry on Friday ordered Kaiyo Chemicals to halt discharges into Minamata Bay.",
            ),
            (
                "2026-02-08",
                "The Ministry of the Environment on Friday ordered Kaiyo Chemicals to stop releasing waste water into "
                "the bay.",
            ),
            ("environment ministry", "Ministry of the Environment"),
        ),
    ],
)
def test_a_ministry_by_its_formal_and_short_name_is_one_agent(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _together(events, *words), _shown(events)


def test_another_countrys_ministry_stays_apart(tmp_path: Path) -> None:
    first = (
        "2026-06-12",
        "Kenya's health ministry on Thursday suspended the licence of Nairobi West Clinic over a botched surgery.",
    )
    second = (
        "2026-06-13",
        "Uganda's Ministry of Health on Thursday suspended the licence of Mulago Heights Clinic after an inspection.",
    )
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _holding(events, "Nairobi West") and _holding(events, "Mulago Heights"), _shown(events)
    assert not _together(events, "Nairobi West", "Mulago Heights"), _shown(events)
