"""News articles as input: plain text and Markdown (optional YAML front matter), HTML, and JSON Lines.

* ``.txt`` / ``.md``: optional front matter between ``---`` lines (``title``, ``published``, ``url``,
  ``publisher``).  Character offsets count from the first character after the front matter.  Without
  front matter a first line that is a headline (at most 20 words, no final punctuation) is the title
  and is not read for events; a first line that is a sentence is read, and also names the source.
* ``.html`` / ``.htm``: main text and metadata (title, date, url) from trafilatura.
* ``.jsonl``: one article per line, ``text`` required; ``id``, ``title``, ``url``, ``published``,
  ``publisher`` optional.  A bad line is reported as ``file:line`` and the other lines still load.

``--published`` and ``--url`` override the article's own.  Without any publication date (metadata, a
curated fact file beside it naming it as a source's ``text:``, or a dateline in the opening lines) an
article cannot anchor relative dates and fails with a clear message.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from timelinekg.errors import ValidationError
from timelinekg.loaders import LoadOptions, LoadResult, Notice, decode_text, read_text
from timelinekg.loaders.safe import Limits, check_size, check_text, open_regular, yaml_tree
from timelinekg.nlp.extract import Article, extract_articles
from timelinekg.nlp.extract.nlp import without_markdown_marks
from timelinekg.schema.dates import parse_day
from timelinekg.schema.model import Facts

NOTHING_READ = (
    "nothing could be read: no event found (not English news, or no sentences: a list, a table, only quotes?)"
)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def _day(value: Any, origin: str, field: str = "published") -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return parse_day(text[:10])
    except ValidationError as error:
        raise ValidationError(f"{field}: {error.message}", path=origin) from None


def _dateline(text: str) -> dt.date | None:
    from timelinekg.nlp.timex import find_dateline

    return find_dateline(text)


def _title_line(text: str) -> tuple[str, int]:
    """The first non-empty line and the offset just after it."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            return line.strip(), offset + len(line)
        offset += len(line)
    return "", 0


def article_from_text(raw: str, origin: str, options: LoadOptions) -> Article:
    meta: dict[str, Any] = {}
    body = raw
    found = _FRONT_MATTER.match(raw)
    if found:
        try:
            loaded, _lines = yaml_tree(found.group(1), origin, options.limits, first_line=2)
        except ValidationError as error:
            raise ValidationError(f"front matter: {error.message}", path=origin, line=error.line) from None
        loaded = loaded or {}
        if not isinstance(loaded, dict):
            raise ValidationError("front matter should be a mapping (title:, published:, ...)", path=origin)
        meta = loaded
        body = raw[found.end() :]
    markdown = origin.lower().endswith(MARKDOWN_SUFFIXES)
    # "# Dockers return to work": a Markdown headline's marks are no part of the title it gives
    first_line, after_first = _title_line(without_markdown_marks(body) if markdown else body)
    title = str(meta.get("title") or "").strip()
    body_start = 0
    first_line_is_text = False
    if not title:
        if is_headline(first_line):
            title, body_start = first_line, after_first
        else:  # the article starts straight in: its first sentence is news, and names the source too
            title, first_line_is_text = _shortened(first_line, TITLE_FROM_SENTENCE), True
    elif first_line == title:
        body_start = after_first
    return _article(
        body,
        origin,
        options,
        title,
        meta.get("published"),
        meta.get("url"),
        meta.get("publisher"),
        body_start,
        first_line_is_text=first_line_is_text,
        markdown=markdown,
    )


MARKDOWN_SUFFIXES = (".md", ".markdown")


# A headline is short and has no final punctuation; a first line that is longer or ends like a
# sentence ("... on Tuesday.") is the article's first sentence and is read for events.
HEADLINE_MAX_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
TITLE_FROM_SENTENCE = 100  # characters of a first sentence kept as the source's title


def is_headline(line: str) -> bool:
    """Whether an article's first line is a headline (short, no final punctuation) rather than a sentence."""
    line = line.strip()
    return bool(line) and len(line.split()) <= HEADLINE_MAX_WORDS and not _SENTENCE_END.search(line)


def _shortened(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _article(
    text: str,
    origin: str,
    options: LoadOptions,
    title: str,
    published: Any,
    url: Any,
    publisher: Any,
    body_start: int = 0,
    *,
    first_line_is_text: bool = False,
    markdown: bool = False,
) -> Article:
    day = options.published or _day(published, origin) or _dateline(text)
    if not body_start and title and not first_line_is_text:
        first_line, after_first = _title_line(text)
        if first_line == title.strip():
            body_start = after_first  # a headline repeated as the first line is not read for events
    return Article(
        text=text,
        origin=origin,
        title=title,
        published=day,
        url=options.url or str(url or ""),
        publisher=str(publisher or ""),
        body_start=body_start,
        markdown=markdown,
    )


def read_articles(path: Path, format_name: str, options: LoadOptions) -> Iterator[Article | ValidationError]:
    """The articles of one file of an article format (``ARTICLE_FORMATS``), not yet extracted."""
    return ARTICLE_READERS[format_name](path, options)


def load_text(path: Path, options: LoadOptions) -> Iterator[LoadResult]:
    """A .txt or .md article: one batch."""
    yield from extracted_articles(read_text_article(path, options), str(path))


def read_text_article(path: Path, options: LoadOptions) -> Iterator[Article | ValidationError]:
    """The article of a .txt or .md file, or why it cannot be read; no language model involved."""
    try:
        article = article_from_text(read_text(path, options.limits), str(path), options)
        if article.published is None:
            article = _with_curated_metadata(article, path, options)
    except ValidationError as error:
        yield error.at(path=str(path))
        return
    yield article


def extracted_articles(articles: Iterator[Article | ValidationError], path: str) -> Iterator[LoadResult]:
    """Articles extracted in order; errors before the first article are passed on without loading the
    language model, so a file that cannot be read at all says so even where no model is installed."""
    for item in articles:
        if isinstance(item, ValidationError):
            yield item
            continue
        yield from warn_when_empty(extract_articles(itertools.chain([item], articles)), path)
        return


def warn_when_empty(results: Iterable[LoadResult], path: str) -> Iterator[LoadResult]:
    """Every article loads as a source; one whose text gave no event gets a one-line note naming it
    (another language, a table or list, only quotes), so that it is not silently empty."""
    for result in results:
        yield result
        if isinstance(result, Facts) and not result.events:
            title = result.sources[0].title if result.sources else ""
            where = f"{path} ({title})" if title and path.endswith(".jsonl") else path
            yield Notice(NOTHING_READ, path=where)


def _with_curated_metadata(article: Article, path: Path, options: LoadOptions) -> Article:
    """A raw article without a date of its own, described by a curated fact file beside it (a source
    whose ``text:`` is this file, as in examples/seed): take the title, date, url and publisher from
    there, so that both describe one source.  A sibling that cannot be read or has a bad date is passed
    over here: loading it reports its own problems."""
    from dataclasses import replace

    from timelinekg.loaders.facts import parse_document

    for sibling in sorted(path.parent.glob("*")):
        if sibling.suffix.lower() not in (".yaml", ".yml", ".json") or not sibling.is_file():
            continue
        try:
            document, _lines = parse_document(read_text(sibling, options.limits), str(sibling), options.limits)
        except ValidationError:
            continue
        sources = document.get("sources") if isinstance(document, dict) else None
        for source in sources if isinstance(sources, list) else ():
            if not isinstance(source, dict) or source.get("text") != path.name:
                continue
            try:
                published = _day(source.get("published"), str(sibling))
            except ValidationError:
                continue
            if published is None:
                continue
            return replace(
                article,
                published=published,
                title=str(source.get("title") or article.title),
                url=article.url or str(source.get("url") or ""),
                publisher=article.publisher or str(source.get("publisher") or ""),
            )
    return article


def load_html(path: Path, options: LoadOptions) -> Iterator[LoadResult]:
    """An .html page: its main text and metadata through trafilatura."""
    yield from extracted_articles(read_html_article(path, options), str(path))


def read_html_article(path: Path, options: LoadOptions) -> Iterator[Article | ValidationError]:
    """The article of an .html page, or why it cannot be read."""
    try:
        yield article_from_html(read_text(path, options.limits), str(path), options)
    except ValidationError as error:
        yield error.at(path=str(path))


def article_from_html(html: str, origin: str, options: LoadOptions) -> Article:
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    record: dict[str, Any] = {}
    if document is not None:
        record = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = str(record.get("text") or "").strip()
    if len(text.split()) < 8:  # a menu or a title is not an article
        raise ValidationError("HTML without article text", path=origin)
    return _article(
        text,
        origin,
        options,
        str(record.get("title") or ""),
        record.get("date"),
        record.get("url"),
        record.get("sitename") or record.get("hostname"),
    )


def load_jsonl(path: Path, options: LoadOptions) -> Iterator[LoadResult]:
    """A .jsonl file: one batch per line, every bad line reported as file:line.  The file is read line by
    line, so a large corpus streams through in bounded memory."""
    yield from extracted_articles(read_jsonl_articles(path, options), str(path))


def read_jsonl_articles(path: Path, options: LoadOptions) -> Iterator[Article | ValidationError]:
    """The articles of a .jsonl file in line order, a bad line as its error, read as they are asked for."""
    try:
        with open_regular(path) as handle:
            head = handle.read(8192)
    except ValidationError as error:
        yield error
        return
    except OSError as error:
        yield ValidationError(f"cannot read: {error.strerror or error}", path=str(path))
        return
    if not head.strip():
        yield ValidationError("empty file", path=str(path))
        return
    if b"\x00" in head:
        yield ValidationError("binary file, not text", path=str(path))
        return
    yield from _jsonl_articles(_lines(path, options.limits), str(path), options)


def _lines(path: Path, limits: Limits) -> Iterator[tuple[int, str | None]]:
    with open_regular(path) as handle:
        yield from _numbered_lines(handle, str(path), limits)


def _numbered_lines(handle: IO[bytes], origin: str, limits: Limits) -> Iterator[tuple[int, str | None]]:
    number = 0
    while raw := handle.readline(limits.max_file_bytes + 1):
        number += 1
        if len(raw) > limits.max_file_bytes:
            raise ValidationError(
                "a line over the size cap (TIMELINEKG_MAX_FILE_MB raises it)", path=origin, line=number
            )
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield number, None


def _jsonl_articles(
    lines: Iterator[tuple[int, str | None]], origin: str, options: LoadOptions
) -> Iterator[Article | ValidationError]:
    for number, line in lines:
        if line is None:
            yield ValidationError("invalid UTF-8", path=origin, line=number)
            continue
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ValidationError(f"not JSON: {error.msg}", path=origin, line=number)
            continue
        if not isinstance(record, dict):
            yield ValidationError("a line should be a JSON object", path=origin, line=number)
            continue
        try:
            check_text(record, origin, {})
        except ValidationError as error:
            yield ValidationError(error.message, path=origin, line=number)
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ValidationError("missing or empty 'text'", path=origin, line=number)
            continue
        try:
            yield _article(
                text,
                where,
                options,
                str(record.get("title") or ""),
                record.get("published"),
                record.get("url"),
                record.get("publisher"),
            )
        except ValidationError as error:
            yield ValidationError(error.message, path=origin, line=number)


# The article formats and how each is read; extraction is the same for all (what `load --workers` spreads).
ARTICLE_READERS: dict[str, Callable[[Path, LoadOptions], Iterator[Article | ValidationError]]] = {
    "text": read_text_article,
    "html": read_html_article,
    "jsonl": read_jsonl_articles,
}


def articles_from_bytes(
    data: bytes, origin: str, format_name: str, options: LoadOptions, local: Path | None = None
) -> Iterator[Article | ValidationError]:
    """What :func:`read_articles` reads from a file, read from its bytes (`spark-load`: Spark read the file).

    ``local`` is the file on this machine, when it is one: a dateless text article may then take its
    date from a curated fact file beside it, as when it is loaded from its path.
    """
    if format_name == "jsonl":  # a line over the cap ends the file, as when it is read from its path
        yield from _jsonl_from_bytes(data, origin, options)
        return
    try:
        check_size(len(data), options.limits, origin)
        text = decode_text(data, origin)
        if format_name == "html":
            yield article_from_html(text, origin, options)
            return
        article = article_from_text(text, origin, options)
        if article.published is None and local is not None:
            article = _with_curated_metadata(article, local, options)
        yield article
    except ValidationError as error:
        yield error.at(path=origin)


def _jsonl_from_bytes(data: bytes, origin: str, options: LoadOptions) -> Iterator[Article | ValidationError]:
    import io

    head = data[:8192]  # no cap on the whole file: JSON Lines stream, and only a line is capped
    if not head.strip():
        yield ValidationError("empty file", path=origin)
        return
    if b"\x00" in head:
        yield ValidationError("binary file, not text", path=origin)
        return
    yield from _jsonl_articles(_numbered_lines(io.BytesIO(data), origin, options.limits), origin, options)
