"""Ids derived from names: readable, unchanged for plain ASCII names, unique for different names."""

from __future__ import annotations

from pathlib import Path

import pytest

from timelinekg.graph.base import EventQuery
from timelinekg.graph.ingest import load_paths
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.schema.identity import actor_id, event_id, is_derived_event_id, slug


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Volodymyr Zelenskiy", "volodymyr-zelenskiy"),
        ("The Washington Post", "the-washington-post"),
        ("U.S.", "u-s"),
        ("Military Forces of Russia (2000-)", "military-forces-of-russia-2000"),
        ("Yahoo!", "yahoo"),
    ],
)
def test_plain_ascii_names_keep_their_plain_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_names_whose_slug_loses_symbols_get_a_short_hash_and_stay_apart() -> None:
    assert slug("C++") != slug("C#") != slug("C")
    assert slug("C++").startswith("c-") and slug("C#").startswith("c-") and slug("C") == "c"
    assert slug("AT&T").startswith("at-t-")
    assert slug("C++") == slug("c++")  # case is still no difference


@pytest.mark.parametrize(
    ("name", "readable"),
    [
        ("Владимир Путин", "vladimir-putin-"),
        ("Ελλάδα", "ellada-"),
        ("José Martí", "jose-marti-"),
        ("東京", "dongjing-"),
    ],
)
def test_non_latin_and_accented_names_get_transliterated_readable_ids(name: str, readable: str) -> None:
    assert slug(name).startswith(readable)
    assert len(slug(name)) == len(readable) + 6


def test_apostrophe_variants_are_one_name_and_long_names_stay_unique() -> None:
    assert slug("Côte d’Ivoire") == slug("Côte d'Ivoire")
    long_a, long_b = "x" * 100 + "a", "x" * 100 + "b"
    assert slug(long_a) != slug(long_b) and len(slug(long_a)) <= 80


def test_events_of_actors_whose_names_share_a_slug_do_not_collide() -> None:
    first = event_id("statement", None, None, [actor_id("C++")])
    second = event_id("statement", None, None, [actor_id("C#")])
    assert first != second and is_derived_event_id(first) and not is_derived_event_id("summit")


SUMMIT_A = """
sources: [{title: A, url: "https://example.org/a", publisher: P, published: 2024-11-10}]
actors: [{name: Alice, kind: person}]
events:
  - {id: summit, type: meeting, label: Alice meets Bob, date: 2024-11-05, actors: [{name: Alice, role: agent}]}
  - {id: walk, type: meeting, label: Alice walks with Bob, date: 2024-11-06, actors: [{name: Alice, role: agent}]}
"""
SUMMIT_B = """
sources: [{title: B, url: "https://example.org/b", publisher: P, published: 2024-11-10}]
actors: [{name: Alice, kind: person}]
events:
  - {id: summit, type: statement, label: Alice says something, date: 2024-11-05, actors: [{name: Alice, role: agent}]}
"""


def test_one_explicit_event_id_in_two_files_with_different_types_is_an_error_naming_both(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(SUMMIT_A, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(SUMMIT_B, encoding="utf-8")
    with SQLiteStore(tmp_path / "x.db") as store:
        report = load_paths(store, [tmp_path / "a.yaml", tmp_path / "b.yaml"])
        (error,) = report.errors
        assert error.startswith(f"{tmp_path / 'b.yaml'}: event 'summit' is a statement")
        assert f"but {tmp_path / 'a.yaml'} gave the same id to a meeting" in error
        assert report.summary.events_written == 2 and store.counts()["events"] == 2
        assert [e.label for e in store.events(EventQuery(ids=["summit"]))] == ["Alice meets Bob"]
        again = load_paths(store, [tmp_path / "b.yaml"])  # a later run: the store has the other one
        assert "the store already has it as a meeting labelled 'Alice meets Bob'" in again.errors[0]
        assert again.summary.events_written == 0
        assert load_paths(store, [tmp_path / "a.yaml"]).errors == []  # the same file again is no conflict
