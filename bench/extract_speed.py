"""Article extraction speed: the full pipeline on N copies of the development articles.

    python bench/extract_speed.py --copies 5

The articles are the SemEval-2015 trial corpus (30 Wikinews articles, ../shared/data/dev) plus the seed
article.  The full pipeline is what ``timelinekg load`` does with an article: spaCy (tokens, tags,
parse, entities), the temporal tagger, events, actors, places, and writing the facts into a fresh
embedded store with the merge rule.  Each copy is given its own URL, so copies are distinct sources.

It runs once in this process (one core; the rates are per CPU second of this process, so that other
work on a shared machine does not skew them, and the wall-clock rate is printed beside), then with
``--workers`` processes extracting in parallel (each loads the model once, before the clock starts)
while this process writes to the store, and prints where the time goes
(a profile of one-core extraction by stage).  The last line is JSON: ``articles``,
``words``,
``articles_per_s``, ``words_per_s``, ``words_per_s_2_workers`` (for ``--workers 2``, the default),
and the stage shares.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TRIAL = SHARED / "data" / "dev" / "semeval2015-timeline-trial" / "timeml"
SEED = SHARED / "data" / "seed" / "trump-putin-call.txt"


def dev_articles() -> list[dict[str, str]]:
    articles = []
    for path in sorted(TRIAL.glob("*.tml")):
        root = ET.parse(path).getroot()
        dct_element = root.find("DCT/TIMEX3")
        text_element = root.find("TEXT")
        if dct_element is None or text_element is None:
            continue
        sentences = [" ".join("".join(s.itertext()).split()) for s in text_element.iter("s")]
        articles.append(
            {
                "title": (root.findtext("EXTRAINFO") or path.stem).strip(),
                "published": (dct_element.get("value") or "")[:10],
                "text": "\n".join(sentences),
            }
        )
    if SEED.exists():
        articles.append(
            {
                "title": SEED.read_text(encoding="utf-8").splitlines()[0],
                "published": "2024-11-10",
                "text": SEED.read_text(encoding="utf-8"),
            }
        )
    if not articles:
        sys.exit(f"no development articles under {TRIAL}")
    return articles


def copies(articles: list[dict[str, str]], count: int) -> Iterator[tuple[int, dict[str, str]]]:
    number = 0
    for copy in range(count):
        for article in articles:
            yield number, {**article, "url": f"bench:{copy}:{number}"}
            number += 1


def to_article(number: int, record: dict[str, str]) -> object:
    from timelinekg.nlp.extract import Article

    return Article(
        text=record["text"],
        origin=f"article {number}",
        title=record["title"],
        published=dt.date.fromisoformat(record["published"]),
        url=record["url"],
    )


def _extract_chunk(chunk: list[tuple[int, dict[str, str]]]) -> list[object]:
    from timelinekg.nlp.extract import extract_articles

    return list(extract_articles(to_article(n, r) for n, r in chunk))  # type: ignore[misc]


def run(records: list[tuple[int, dict[str, str]]], workers: int, store_path: Path) -> tuple[float, float]:
    """Wall seconds and this process's CPU seconds."""
    from timelinekg.graph.ingest import ingest
    from timelinekg.graph.sqlite import SQLiteStore
    from timelinekg.nlp.extract import extract_articles
    from timelinekg.schema.model import Facts

    store = SQLiteStore(store_path)
    if workers <= 1:
        started = time.perf_counter()
        cpu_started = time.process_time()
        results: Iterator[object] = extract_articles(to_article(n, r) for n, r in records)  # type: ignore[misc]
        for facts in results:
            if isinstance(facts, Facts):
                ingest(store, facts)
    else:
        chunks = [records[i : i + 4] for i in range(0, len(records), 4)]
        with multiprocessing.get_context("spawn").Pool(workers, initializer=_warm) as pool:
            pool.map(_ready, range(workers * 4))  # every worker has loaded the model before the clock starts
            started = time.perf_counter()
            cpu_started = time.process_time()
            for batch in pool.imap(_extract_chunk, chunks):
                for facts in batch:
                    if isinstance(facts, Facts):
                        ingest(store, facts)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    store.close()
    return elapsed, cpu


def _ready(_: int) -> None:
    time.sleep(0.2)


def _warm() -> None:
    from timelinekg.nlp.extract import extract_article
    from timelinekg.nlp.extract.lexicon import load_lexicon
    from timelinekg.nlp.extract.nlp import pipeline
    from timelinekg.nlp.extract.places import gazetteer

    pipeline()
    gazetteer()
    load_lexicon()
    extract_article(
        to_article(
            0,
            {
                "title": "t",
                "published": "2024-01-02",
                "url": "warm",  # type: ignore[arg-type]
                "text": "Apple said on Monday it had launched the iPhone in Paris.",
            },
        )
    )


def stage_profile(records: list[tuple[int, dict[str, str]]]) -> dict[str, float]:
    """Seconds per stage for one-core extraction (spaCy apart from our own code)."""
    from timelinekg.nlp.extract import facts_from_doc
    from timelinekg.nlp.extract.nlp import pipeline
    from timelinekg.nlp.timex import tag

    nlp = pipeline()
    articles = [to_article(n, r) for n, r in records]
    started = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=32))  # type: ignore[attr-defined]
    spacy_s = time.perf_counter() - started
    started = time.perf_counter()
    for article in articles:
        tag(article.text, article.published)  # type: ignore[attr-defined]
    timex_s = time.perf_counter() - started
    started = time.perf_counter()
    for doc, article in zip(docs, articles, strict=True):
        facts_from_doc(doc, article)  # type: ignore[arg-type]
    ours_s = time.perf_counter() - started - timex_s  # facts_from_doc runs the tagger again
    return {"spacy_s": spacy_s, "timex_s": timex_s, "events_actors_places_s": max(ours_s, 0.0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=5, help="copies of the development articles")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel run")
    args = parser.parse_args()

    records = list(copies(dev_articles(), args.copies))
    words = sum(len(r["text"].split()) for _, r in records)
    print(f"{len(records)} articles, {words} words", flush=True)
    _warm()  # model, gazetteer and lexicon load once per process; not part of the rate
    with tempfile.TemporaryDirectory() as folder:
        one_core_wall, one_core = run(records, 1, Path(folder) / "one.db")
        print(
            f"1 core: {one_core:.2f} CPU s ({one_core_wall:.2f} s wall), {len(records) / one_core:.1f} articles/s, "
            f"{words / one_core:.0f} words/s per CPU second ({words / one_core_wall:.0f} per wall second)",
            flush=True,
        )
        parallel, _ = run(records, args.workers, Path(folder) / "many.db")
        print(
            f"{args.workers} workers: {parallel:.2f} s, {len(records) / parallel:.1f} articles/s, "
            f"{words / parallel:.0f} words/s",
            flush=True,
        )
    stages = stage_profile(records[: min(len(records), 62)])
    total = sum(stages.values())
    shares = {name.removesuffix("_s") + "_share": round(value / total, 3) for name, value in stages.items()}
    print(
        "where the time goes (one core, extraction only): "
        + ", ".join(f"{name.removesuffix('_share')} {share:.0%}" for name, share in shares.items()),
        flush=True,
    )
    print(
        json.dumps(
            {
                "articles": len(records),
                "words": words,
                "articles_per_s": round(len(records) / one_core, 2),
                "words_per_s": round(words / one_core),
                "wall_words_per_s": round(words / one_core_wall),
                f"words_per_s_{args.workers}_workers": round(words / parallel),
                **({"words_per_s_2_workers": round(words / parallel)} if args.workers != 2 else {}),
                **shares,
            }
        )
    )


if __name__ == "__main__":
    main()
