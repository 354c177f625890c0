"""Every fact the extractor draws from the development texts, as one JSON file: the check that a change made
for speed changes no output.

    python bench/facts_dump.py before.json --shared /work/shared      # on the commit before the change
    python bench/facts_dump.py after.json --shared /work/shared       # after it
    cmp before.json after.json

The texts: the SemEval trial articles and the seed article (as ``bench/extract_speed.py`` builds them), the
real-news development articles (all clusters are extracted, none is printed), the probe and parallel-load
fixtures, and the MEANTIME Apple corpora.  Each article's facts (events with their dates, participants,
places and evidence, actors, places, or the error that stopped it) are written under its name, in the
order the extractor gives them.  ``--tagger`` adds what the temporal tagger finds in each text; ``--store``
also loads every article, and the bench's articles three times over, into a fresh store (one fixed load
time) and adds every event, actor and place the store then holds, so that the merge rule is checked too.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extract_speed import SHARED, copies, dev_articles, to_article

REPO = Path(__file__).resolve().parents[1]
LOADED_AT = dt.datetime(2026, 1, 1)


def articles(shared: Path) -> Iterator[tuple[str, Any]]:
    """(name, article or the error reading it) for every development text."""
    from timelinekg.loaders import LoadOptions
    from timelinekg.loaders.articles import read_jsonl_articles, read_text_article
    from timelinekg.nlp.extract import Article

    for number, record in copies(dev_articles(shared), 1):
        yield f"semeval/{number}", to_article(number, record)
    options = LoadOptions()
    paths = sorted((shared / "data" / "dev" / "realnews" / "articles").glob("*.md"))
    paths += sorted(REPO.glob("tests/fixtures/probe*/articles/*"))
    paths += sorted(REPO.glob("tests/fixtures/parallel/*.txt")) + sorted(REPO.glob("tests/fixtures/parallel/*.md"))
    for path in paths:
        for article in read_text_article(path, options):
            yield f"{path.parent.parent.name}/{path.name}", article
    for article in read_jsonl_articles(REPO / "tests" / "fixtures" / "parallel" / "wire.jsonl", options):
        yield "parallel/wire.jsonl", article
    sys.path.insert(0, str(shared / "eval"))
    import merge_eval  # the scorer's own reading of MEANTIME's tokens into text

    for folder in ("meantime-apple-crossdoc", "meantime-apple"):
        documents, _, _ = merge_eval.read_corpus(shared / "data" / "dev" / folder)
        for document in documents.values():
            yield (
                f"{folder}/{document.docid}",
                Article(
                    text=document.text,
                    origin=document.docid,
                    title=document.title,
                    url=document.url,
                    published=dt.date.fromisoformat(document.dct),
                ),
            )


def plain(value: Any) -> Any:
    """A JSON value for a fact: dataclasses field by field, dates in ISO form, anything else by its repr."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return repr(value)


def stored(items: list[Any], shared: Path) -> dict[str, Any]:
    """What a fresh store holds after loading ``items`` and the bench's articles three times over."""
    from timelinekg.graph.base import EventQuery
    from timelinekg.graph.ingest import ingest
    from timelinekg.graph.sqlite import SQLiteStore
    from timelinekg.nlp.extract import extract_articles
    from timelinekg.schema.model import Facts

    items = items + [to_article(n, r) for n, r in copies(dev_articles(shared), 3)]
    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteStore(Path(folder) / "dump.db")
        for facts in extract_articles(items):
            if isinstance(facts, Facts):
                ingest(store, facts, recorded_at=LOADED_AT)
        held = {
            "events": plain(list(store.events(EventQuery()))),
            "actors": plain(list(store.actors())),
            "places": plain(list(store.places())),
        }
        store.close()
    return held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", type=Path, help="the JSON file to write")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--tagger", action="store_true", help="also what the temporal tagger finds in each text")
    parser.add_argument("--store", action="store_true", help="also what a store holds after loading them all")
    args = parser.parse_args()

    from timelinekg.nlp.extract import Article, extract_articles
    from timelinekg.nlp.timex import tag

    named = list(articles(args.shared))
    dump: dict[str, Any] = {}
    for (name, _), facts in zip(named, extract_articles(a for _, a in named), strict=True):
        dump[name] = plain(facts)
    if args.tagger:
        for name, article in named:
            if isinstance(article, Article) and article.published is not None:
                dump[f"tagger/{name}"] = plain(tag(article.text, article.published, mode="news"))
    if args.store:
        dump["store"] = stored([a for _, a in named], args.shared)
    args.output.write_text(json.dumps(dump, sort_keys=True, indent=0, ensure_ascii=False), encoding="utf-8")
    events = sum(len(v.get("events", ())) for v in dump.values() if isinstance(v, dict) and "sources" in v)
    print(f"{len(named)} texts, {events} events extracted -> {args.output}")


if __name__ == "__main__":
    main()
