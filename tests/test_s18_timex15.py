"""Session 18, issue #13: a learned keep/drop decision and a learned year/quarter decision, tried out of fold.

Neither carried over (``bench/timex_marking_cv.py``, docs/timex.md "Round seventeen"), so the tagger is unchanged.
These tests pin, on sentences written for them, the soft expressions the declined marking classifier would have
dropped and a user needs kept, and check the bench's own parts (its soft classes, its trainer).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import ModuleType

import pytest

from timelinekg.nlp.timex import tag

ROOT = Path(__file__).resolve().parents[1]
DCT = dt.date(2027, 9, 22)  # a Wednesday


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT, "news")]


# The marking model's best out-of-fold drops were vague durations as a class, right or wrong: a user reading
# about a siege or a shortage needs "for weeks" and "within days" on the timeline, so news mode keeps them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour was blockaded for weeks before the convoy got through.", ("weeks", "PXW")),
        ("Engineers expect the bridge to reopen within days.", ("days", "PXD")),
        ("Grain prices have climbed in recent weeks, traders said.", ("recent weeks", "PXW")),
        ("The valley had been without a doctor for years.", ("years", "PXY")),
    ],
)
def test_vague_durations_stay_tagged(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text)


# "last week" is a real, correctly valued date however the annotators of one source wrote it (an ISO week,
# ``WXX`` or a length): the tagger keeps the week
@pytest.mark.parametrize(
    "text",
    [
        "The ministry published the tender last week.",
        "Last week the ferry operator cut two routes.",
    ],
)
def test_last_week_is_the_week_before(text: str) -> None:
    assert [value for _, value in values(text)] == ["2027-W37"]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
    from bench import timex_marking_cv

    return timex_marking_cv


def _emitted(bench: ModuleType, type_: str, value: str, label: str = "right") -> object:
    return bench.Emitted("doc.tml", 0, 0, 3, type_, value, "now", label, value)


def test_only_expressions_without_a_definite_value_are_soft(bench: ModuleType) -> None:
    assert bench.soft_kind(_emitted(bench, "DATE", "PRESENT_REF")) == "PRESENT_REF"
    assert bench.soft_kind(_emitted(bench, "DURATION", "PXW")) == "VAGUE_DURATION"
    assert bench.soft_kind(_emitted(bench, "SET", "P1D")) == "SET"
    for type_, value in [("DATE", "2027-W37"), ("DURATION", "P3D"), ("DATE", "2026-Q3"), ("TIME", "2027-09-21TNI")]:
        assert bench.soft_kind(_emitted(bench, type_, value)) is None


def test_the_trainer_separates_what_the_features_separate(bench: ModuleType) -> None:
    rows = [["bias", "prev=until"]] * 6 + [["bias", "prev=is"]] * 6
    labels = [True] * 6 + [False] * 6
    model = bench.train(rows, labels, 1.0)
    assert bench.probability(model, ["bias", "prev=until"]) > 0.7
    assert bench.probability(model, ["bias", "prev=is"]) < 0.3
    assert bench.probability(model, ["bias", "prev=unseen"]) == pytest.approx(0.5, abs=0.05)


def test_the_value_f1_counts_drops_as_the_scorer_does(bench: ModuleType) -> None:
    right, extra = _emitted(bench, "DATE", "PRESENT_REF"), _emitted(bench, "DATE", "FUTURE_REF", "extra")
    tagged = bench.Tagged([right, extra], gold=2, texts={})
    assert tagged.value_f1() == pytest.approx(200 * 1 / 4)
    assert tagged.value_f1([extra]) == pytest.approx(200 * 1 / 3)
    assert tagged.value_f1([right]) == 0.0


def test_marking_features_read_the_words_around(bench: ModuleType) -> None:
    text = "Until now the quay has stayed shut."
    e = bench.Emitted("doc.tml", 0, 6, 9, "DATE", "PRESENT_REF", "now", "right", "PRESENT_REF")
    found = bench.marking_features(e, text, ("phrase", "neighbours", "context"))
    assert {"kind=PRESENT_REF", "phrase=now", "prev=until", "next=the", "preposition=until"} <= set(found)
    assert "present_aux=True" in found
