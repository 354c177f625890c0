"""Helpers for tests that extract one made-up article and look at its events' dates."""

from __future__ import annotations

import datetime as dt


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
