"""Stable ids derived from content, so that loading the same facts twice changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable

from anyascii import anyascii

from timelinekg.memo import Memo

_NON_WORD = re.compile(r"[^a-z0-9]+")
_PUNCTUATION = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
# What a slug may drop and still stand for one name: case, and runs of these marks between words
# (spaces and punctuation; not symbols such as + # & @ that tell names apart).
_SEPARATORS = re.compile(r"[\s\-_.,:;/\\'\"‘’“”()\[\]{}!?]+")
SLUG_LENGTH = 80
HASH_LENGTH = 6


def slug(text: str) -> str:
    """A readable id for a name, unique for names that differ in more than case and separators.

    ``"Volodymyr Zelenskiy"`` -> ``"volodymyr-zelenskiy"`` and ``"U.S."`` -> ``"u-s"``: an ASCII name
    whose slug only drops case, spaces and punctuation (``- _ . , : ; / ' " ( ) [ ] { } ! ?``) keeps
    its plain slug.
    When the slug loses more (``"C++"`` and ``"C#"`` would both be ``"c"``; accents; a name longer
    than 80 characters) or is transliterated (``"Владимир Путин"`` -> ``"vladimir-putin-…"``, by
    anyascii), a short hash of the exact name is appended, so different names get different ids.
    """
    folded = _NON_WORD.sub("-", anyascii(text).lower()).strip("-")
    if not folded:
        return "x" + digest(text, 10)
    if len(folded) <= SLUG_LENGTH and folded == _SEPARATORS.sub("-", text.lower()).strip("-"):
        return folded
    readable = folded[: SLUG_LENGTH - HASH_LENGTH - 1].rstrip("-")
    # Hashed in the form the plain slug compares in, so "C++" and "c++" are still one name.
    compared = _SEPARATORS.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()
    return f"{readable}-{digest(compared, HASH_LENGTH)}"


def name_key(name: str) -> str:
    """The form names are compared in: case-folded, without a leading "the", punctuation or extra spaces."""
    return _NAME_KEYS[name]


def _name_key(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = _PUNCTUATION.sub("", folded)
    folded = _SPACES.sub(" ", folded).strip()
    return folded.removeprefix("the ")


# An article asks for the keys of the same few names thousands of times (every mention, every capitalised word
# looked up in the gazetteer, every actor merged), and each key is two Unicode passes and two regexes
_NAME_KEYS: Memo[str, str] = Memo(_name_key, size=8192)


def digest(value: object, length: int = 16) -> str:
    encoded = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8")
    return hashlib.sha1(encoded, usedforsecurity=False).hexdigest()[:length]


def actor_id(name: str) -> str:
    return slug(name)


def place_id(name: str, parent_id: str | None = None) -> str:
    return slug(name) if parent_id is None else f"{slug(name)}--{parent_id}"


def source_id(url: str, title: str = "", published: dt.date | None = None) -> str:
    return "src-" + digest(url or [title, published], 12)


_DERIVED_EVENT_ID = re.compile(r"ev-[0-9a-f]{16}")


def is_derived_event_id(event_id_text: str) -> bool:
    """Whether an event id is :func:`event_id`'s (derived from content) rather than given in a file."""
    return _DERIVED_EVENT_ID.fullmatch(event_id_text) is not None


def event_id(
    type_code: str,
    earliest: dt.date | None,
    latest: dt.date | None,
    actor_ids: Iterable[str],
    place_ids: Iterable[str] = (),
) -> str:
    return "ev-" + digest([type_code, earliest, latest, sorted(set(actor_ids)), sorted(set(place_ids))])
