"""Curated fact files: the seed, and every kind of bad input the foundation promises to survive."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED_FACTS
from timelinekg.graph.ingest import load_paths
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.loaders.facts import read_fact_file
from timelinekg.schema.dates import iso

GOOD = """\
sources:
  - {title: Good source, published: 2024-11-10, url: https://example.org/good}
events:
  - type: statement
    label: A good event
    date: 2024-11-08
    actors: [Somebody]
    evidence: ["somebody said so"]
"""


def event_file(event_lines: str) -> str:
    return (
        "sources:\n  - {title: S, published: 2024-11-10}\n"
        "events:\n  - type: statement\n    label: x\n    actors: [A]\n" + event_lines
    )


BAD_FILES: dict[str, tuple[str, bytes, str]] = {
    # case: (file name, content, what the error must say)
    "empty file": ("empty.yaml", b"", "empty file"),
    "unknown extension": ("facts.docx", b"hello", "unknown file extension"),
    "invalid UTF-8": ("latin1.yaml", "events: [caf\xe9]".encode("latin-1"), "invalid UTF-8"),
    "YAML syntax error": ("broken.yaml", b"events:\n  - type: statement\n   label: [unclosed\n", "syntax error"),
    "missing date": ("nodate.yaml", event_file("").encode(), "missing date"),
    "impossible date": ("feb30.yaml", event_file("    date: 2024-02-30\n").encode(), "impossible date"),
    "latest before earliest": (
        "backwards.yaml",
        event_file("    earliest: 2024-11-10\n    latest: 2024-11-01\n").encode(),
        "before 'earliest'",
    ),
    "unknown event type": (
        "type.yaml",
        event_file("    date: 2024-11-01\n").replace("type: statement", "type: picnic").encode(),
        "unknown event type 'picnic'",
    ),
    "duplicate id with different content": (
        "dupes.yaml",
        b"sources:\n  - {title: S, published: 2024-11-10}\nevents:\n"
        b"  - {id: e1, type: statement, label: first, date: 2024-11-01}\n"
        b"  - {id: e1, type: statement, label: second, date: 2024-11-02}\n",
        "duplicate event id 'e1'",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_reported_and_the_other_files_still_load(case: str, tmp_path: Path) -> None:
    name, content, expected = BAD_FILES[case]
    folder = tmp_path / "facts"
    folder.mkdir()
    bad = folder / name
    bad.write_bytes(content)
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    with SQLiteStore(tmp_path / "store.db") as store:
        report = load_paths(store, [bad, folder / "good.yaml"])
        assert len(report.errors) == 1, report.errors
        assert expected in report.errors[0]
        assert report.errors[0].startswith(str(bad))
        assert store.counts()["events"] == 1


def test_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "feb30.yaml"
    path.write_text(event_file("    date: 2024-02-30\n"), encoding="utf-8")
    with SQLiteStore(tmp_path / "store.db") as store:
        (error,) = load_paths(store, [path]).errors
    # the line of the bad value itself, and its key path
    assert error.startswith(f"{path}:7: events[0].date: impossible date")


def test_a_rejected_file_stores_nothing_of_itself(tmp_path: Path) -> None:
    path = tmp_path / "half.yaml"
    path.write_text(GOOD + "  - {type: statement, label: bad, date: 2024-13-01}\n", encoding="utf-8")
    with SQLiteStore(tmp_path / "store.db") as store:
        report = load_paths(store, [path])
        assert report.errors and store.counts() == {
            "events": 0,
            "actors": 0,
            "places": 0,
            "sources": 0,
            "mentions": 0,
        }


def test_seed_fact_file_covers_every_gold_event_with_its_dates() -> None:
    import json

    from tests.conftest import SHARED

    gold_path = SHARED / "data" / "seed" / "trump-putin-call.gold.json"
    if not gold_path.exists():
        pytest.skip("../shared is not beside the repository")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    facts = read_fact_file(SEED_FACTS)
    events = {e.id: e for e in facts.events}
    names = {a.id: a.name for a in facts.actors}
    for expected in gold["events"]:
        event = events[expected["id"]]
        assert (iso(event.earliest), iso(event.latest)) == (expected["earliest"], expected["latest"])
        assert set(expected["actors"]) <= {names[p.actor_id] for p in event.participants}


def test_quotes_are_located_in_the_article() -> None:
    facts = read_fact_file(SEED_FACTS)
    text = (SEED_FACTS.parent / "trump-putin-call.txt").read_text(encoding="utf-8")
    for event in facts.events:
        for mention in event.mentions:
            assert mention.start is not None and mention.end is not None
            assert text[mention.start : mention.end] == mention.quote


def test_json_fact_files_load_like_yaml(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text(
        '{"sources": [{"title": "S", "published": "2024-11-10"}],\n'
        '\t"events": [{"type": "election", "label": "vote", "date": "2024-11-05", "actors": ["X"]}]}',
        encoding="utf-8",
    )
    facts = read_fact_file(path)
    assert facts.events[0].earliest is not None and facts.events[0].earliest.isoformat() == "2024-11-05"
