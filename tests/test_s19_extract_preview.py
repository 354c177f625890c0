"""``timelinekg extract`` shows what ``load`` would store, and names standard input as such."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from tests.conftest import SEED_DIR
from timelinekg.cli import cli

SEED_TEXT = SEED_DIR / "trump-putin-call.txt"

# Our own article: one act told twice (a verb, then a noun referring back), and a place in each report.
RETOLD = """Port workers walk out in Gdansk

GDANSK, March 3 (Example Wire) - Dock workers at the container terminal in Gdansk began a 48-hour strike
on Tuesday over pay, the union said.

The strike in Gdansk halted loading at two berths, port officials said on Tuesday.
"""


def _invoke(*argv: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(argv), input=stdin)
    return result.exit_code, result.output


def _event_keys(events: list[dict[str, Any]]) -> list[tuple[str, str, str, str]]:
    return sorted((e["type"], e["earliest"] or "", e["latest"] or "", e["label"]) for e in events)


def test_extract_lists_the_events_load_stores(tmp_path: Path) -> None:
    code, printed = _invoke("extract", str(SEED_TEXT), "--published", "2024-11-10", "--json")
    assert code == 0, printed
    store = str(tmp_path / "seed.db")
    code, loaded = _invoke("--store", store, "-q", "load", str(SEED_TEXT), "--published", "2024-11-10")
    assert code == 0, loaded
    code, listed = _invoke(
        "--store", store, "between", "1900-01-01", "2100-12-31", "--include-undated", "--format", "json"
    )
    assert code == 0, listed
    assert _event_keys(json.loads(printed)) == _event_keys(json.loads(listed))


def test_one_act_told_twice_in_an_article_is_extracted_once(tmp_path: Path) -> None:
    article = tmp_path / "strike.txt"
    article.write_text(RETOLD, encoding="utf-8")
    code, printed = _invoke("extract", str(article), "--published", "2026-03-03", "--json")
    assert code == 0, printed
    strikes = [e for e in json.loads(printed) if "strike" in e["label"].lower()]
    assert len(strikes) == 1, strikes


def test_extract_text_lines_name_the_places(tmp_path: Path) -> None:
    code, printed = _invoke("extract", str(SEED_TEXT), "--published", "2024-11-10")
    assert code == 0, printed
    call = next(line for line in printed.splitlines() if line.startswith("2024-11-07") and "call" in line)
    assert call.endswith(" in Florida")


def test_a_problem_with_standard_input_names_standard_input(tmp_path: Path) -> None:
    code, printed = _invoke("extract", "-", stdin="No date is given anywhere in this text.\n")
    assert code == 1
    assert "error: standard input: no publication date" in printed
    assert "timelinekg-stdin-" not in printed
    code, printed = _invoke(
        "--store", str(tmp_path / "s.db"), "load", "-", "--format", "text", stdin="Nor in this one.\n"
    )
    assert code == 1
    assert "error: standard input: no publication date" in printed
