"""Helpers for tests that extract one made-up article and look at its events' dates."""

from __future__ import annotations

import datetime as dt
from typing import Any


def dated_events(text: str, published: dt.date) -> list[tuple[str, object, object]]:
    """Each event's label and dates for an article of ``published`` made of ``text``."""
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=published))
    return [(e.label, e.earliest, e.latest) for e in facts.events]


def dates_of(text: str, published: dt.date, words: str) -> tuple[object, object]:
    """The dates of the first event whose label holds ``words``."""
    found = [(earliest, latest) for label, earliest, latest in dated_events(text, published) if words in label]
    assert found, dated_events(text, published)
    return found[0]


def agents_of(text: str, words: str, published: dt.date = dt.date(2026, 3, 10)) -> list[str]:
    """The agents' names of the first event whose label holds ``words``."""
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=published))
    names = {actor.id: actor.name for actor in facts.actors}
    event = next(e for e in facts.events if words in e.label)
    return [names[p.actor_id] for p in event.participants if p.role == "agent"]


def places_of(text: str, words: str, published: dt.date, title: str = "T") -> list[str]:
    """The place names of the first event whose label holds ``words``."""
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title=title, published=published))
    names = {p.id: p.name for p in facts.places}
    found = [[names[i] for i in e.place_ids] for e in facts.events if words in e.label]
    assert found, [(e.label, e.place_ids) for e in facts.events]
    return found[0]


def shown(events: list[Any]) -> list[tuple[str, str, object, object, list[str]]]:
    """Events as a failing assertion shows them: type, label, dates and the start of each quote."""
    return [(e.type, e.label[:70], e.earliest, e.latest, [m.quote[:60] for m in e.mentions]) for e in events]


def holding(events: list[Any], words: str) -> list[Any]:
    """The events one of whose quotes holds ``words``."""
    return [e for e in events if any(words in m.quote for m in e.mentions)]
