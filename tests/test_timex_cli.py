"""`timelinekg timex`: the JSON contract the shared scorer relies on, TimeML output and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from timelinekg.cli import cli

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["timex", *args], prog_name="timelinekg")
    return result.exit_code, result.output


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_json_offsets_index_the_text_as_read(tmp_path: Path) -> None:
    # CRLF and a non-ASCII character before the date: offsets count characters of the undecoded-newline text
    text = "Zelenskiy’s call\r\nTrump spoke on November 7.\r\n"
    path = write(tmp_path, "a.txt", text.encode("utf-8"))
    code, out = invoke(str(path), "--dct", "2024-11-10", "--json")
    assert code == 0, out
    (record,) = json.loads(out)
    assert text[record["start"] : record["end"]] == "November 7"
    assert {k: record[k] for k in ("type", "value", "earliest", "latest", "precision")} == {
        "type": "DATE",
        "value": "2024-11-07",
        "earliest": "2024-11-07",
        "latest": "2024-11-07",
        "precision": "day",
    }


def test_seed_article_through_the_cli() -> None:
    seed = SHARED / "data" / "seed" / "trump-putin-call.txt"
    if not seed.exists():
        return
    code, out = invoke(str(seed), "--dct", "2024-11-10")
    assert code == 0, out
    found = {(t["text"], t["value"]) for t in json.loads(out)}
    assert {("overnight", "2024-11-09TNI"), ("July 2018", "2018-07"), ("a day", "P1D")} <= found


def test_several_files_give_an_object_keyed_by_path(tmp_path: Path) -> None:
    first = write(tmp_path, "a.txt", b"It rained yesterday.")
    second = write(tmp_path, "b.txt", b"Nothing here.")
    code, out = invoke(str(first), str(second), "--dct", "2024-11-10")
    assert code == 0, out
    result = json.loads(out)
    assert result[str(first)][0]["value"] == "2024-11-09"
    assert result[str(second)] == []


def test_timeml_output(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Talks <began> today.")
    code, out = invoke(str(path), "--dct", "2024-11-10", "--timeml")
    assert code == 0, out
    assert out.strip() == 'Talks &lt;began&gt; <TIMEX3 tid="t1" type="DATE" value="2024-11-10">today</TIMEX3>.'


def test_narrative_mode(tmp_path: Path) -> None:
    path = write(tmp_path, "war.txt", b"The war began in June 1950. By September the front held.")
    code, out = invoke(str(path), "--dct", "2009-12-19", "--mode", "narrative")
    assert code == 0, out
    assert [t["value"] for t in json.loads(out)] == ["1950-06", "1950-09"]


def test_dateline_used_without_dct(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"KYIV, November 10, 2024 - Drones struck overnight.")
    code, out = invoke(str(path))
    assert code == 0, out
    assert [t["value"] for t in json.loads(out)] == ["2024-11-10", "2024-11-09TNI"]


def test_missing_dct_and_dateline_is_one_clear_line(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Title\n\nNo dates in sight.")
    code, out = invoke(str(path))
    assert code == 1
    assert out.strip().splitlines() == [f"Error: {path}: no --dct given and no dateline found in the first lines"]


def test_invalid_dct(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"today")
    code, out = invoke(str(path), "--dct", "2024-13-40")
    assert code == 1
    assert "invalid --dct '2024-13-40'" in out and "Traceback" not in out


def test_invalid_utf8_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.txt", b"On May 5 \xff\xfe")
    code, out = invoke(str(path), "--dct", "2024-11-10")
    assert code == 1
    assert str(path) in out and "UTF-8" in out


def test_help_ends_with_an_example() -> None:
    code, out = invoke("--help")
    assert code == 0
    assert out.rstrip().splitlines()[-1].strip() != ""
    assert "Example:\n      timelinekg timex article.txt --dct 2024-11-10 --json" in out
