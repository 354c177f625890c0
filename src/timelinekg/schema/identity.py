"""Stable ids derived from content, so that loading the same facts twice changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """``"Volodymyr Zelenskiy"`` -> ``"volodymyr-zelenskiy"``; non-Latin text keeps a hash."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    folded = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
    if folded:
        return folded[:80]
    return "x" + digest(text, 10)


def name_key(name: str) -> str:
    """The form names are compared in: case-folded, without a leading "the", punctuation or extra spaces."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = re.sub(r"[^\w\s]", "", folded)
    folded = re.sub(r"\s+", " ", folded).strip()
    return re.sub(r"^the ", "", folded)


def digest(value: object, length: int = 16) -> str:
    encoded = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8")
    return hashlib.sha1(encoded, usedforsecurity=False).hexdigest()[:length]


def actor_id(name: str) -> str:
    return slug(name)


def place_id(name: str, parent_id: str | None = None) -> str:
    return slug(name) if parent_id is None else f"{slug(name)}--{parent_id}"


def source_id(url: str, title: str = "", published: dt.date | None = None) -> str:
    return "src-" + digest(url or [title, published], 12)


def event_id(
    type_code: str,
    earliest: dt.date | None,
    latest: dt.date | None,
    actor_ids: Iterable[str],
    place_ids: Iterable[str] = (),
) -> str:
    return "ev-" + digest([type_code, earliest, latest, sorted(set(actor_ids)), sorted(set(place_ids))])
