"""One actor across articles: an incoming actor takes the id of the stored actor its name denotes.

Each article resolves its own spellings (``nlp.extract.actors``); across articles the store already
holds the actor under the first article's canonical name.  "Nguema" alone, "Sergey Lavrov" after
"Sergei Lavrov", "DPP" after "Democratic Progressive Party (DPP)" are found through the stores' name
index (names and aliases, compared by ``name_key``) and accepted by the same name-part rules
(``schema.names``), so the merge rule sees one actor id.  A person is also indexed by the surname
alone, so that a later article naming only the surname finds them; a surname that fits several stored
people is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from timelinekg.graph.base import EventQuery, StoreReader
from timelinekg.schema import names
from timelinekg.schema.identity import name_key
from timelinekg.schema.model import Actor, Facts, Participation

RESOLVED_KINDS = ("person", "organisation", "group")
CANDIDATE_EVENTS = 20


def surname_aliases(actor: Actor) -> tuple[str, ...]:
    """The words a person's surname alone is written as ("Lai" for "William Lai Ching-te")."""
    words = actor.name.split()
    if actor.kind != "person" or len(words) < 2:
        return ()
    wanted = names.surname_keys(actor.name)
    found = [w for w in words if names.keys(w) and names.keys(w)[0] in wanted]
    return tuple(dict.fromkeys([*found, *(names.without_particle(w) for w in found)]))


def body_aliases(actor: Actor) -> tuple[str, ...]:
    """ "Harbour Affairs Office" for "State Council Harbour Affairs Office" (``names.body_without_parent``)."""
    short = names.body_without_parent(actor.name) if actor.kind == "organisation" else None
    return (short,) if short else ()


# words for people that tell nothing of who they are: "men" in one story is no one of another story's "masked men"
# (a role, "officers", "protesters", may well be the same people retold)
GENERIC_PEOPLE = frozenset({"men", "women", "people", "persons", "man", "woman", "person", "youths", "children"})


def _unnamed_group(actor: Actor) -> bool:
    """ "men", "people": a group the text names only by a word for people in general."""
    return actor.kind == "group" and name_key(actor.name) in GENERIC_PEOPLE


def _denotes(stored: Actor, incoming: Actor) -> bool:
    if stored.kind != incoming.kind:
        return False
    if _unnamed_group(incoming) and name_key(stored.name) != name_key(incoming.name):
        # "men" in a kidnapping story is not the "masked men" (alias "men") of another article's robbery: an
        # unnamed group is one across articles only under the same description
        return False
    spellings = (stored.name, *stored.aliases)
    incoming_keys = {name_key(n) for n in (incoming.name, *incoming.aliases, *body_aliases(incoming))}
    spellings = (*spellings, *body_aliases(stored))
    if any(name_key(s) in incoming_keys for s in spellings):
        return True
    if incoming.kind == "person":
        return names.same_person(stored.name, incoming.name)
    return False


def _unnamed(actor: Actor) -> bool:
    """ "investigators", "the regulator", "Riot police" opening a sentence: a group or body named by common nouns
    only (a proper name has a capital beyond a sentence's first letter, or is one capitalised word)."""
    name = actor.name
    lowered = name[:1].lower() + name[1:]
    return name == name.lower() or (" " in name and lowered == lowered.lower())


def _by_a_short_form(stored: Actor, incoming: Actor) -> bool:
    """ "investigators" for the stored "Estonian investigators" (an alias the article that named them kept): an
    unnamed group or body whose name is only a shortened spelling of a described one."""
    key = name_key(incoming.name)
    return _unnamed(incoming) and key != name_key(stored.name) and key in {name_key(a) for a in stored.aliases}


def resolve_actors(store: StoreReader, facts: Facts) -> Facts:
    """``facts`` with each actor the store already knows under another id renamed to that id.

    A bare "investigators" or "the regulator" takes a described group's or body's id ("Estonian investigators")
    only when the stored events of that group share someone or somewhere with the incoming article: the same story
    retold; another story's investigators are other people."""
    incoming = [a for a in facts.actors if a.kind in RESOLVED_KINDS]
    known = {a.id for a in store.actors({a.id for a in incoming})} if incoming else set()
    told = {a.id for a in facts.actors} | {p.id for p in facts.places}
    renamed: dict[str, Actor] = {}
    for actor in incoming:
        if actor.id in renamed or (actor.id in known and not _unnamed(actor)):
            continue
        lookups = dict.fromkeys(
            name_key(n)
            for n in (actor.name, *actor.aliases, *surname_aliases(actor), *body_aliases(actor))
            if name_key(n)
        )
        candidate_ids: set[str] = set()
        beside: dict[str, set[str]] = {}  # a candidate -> who and where its events name besides it
        for key in lookups:
            for event in store.events(EventQuery(actor=key, limit=CANDIDATE_EVENTS)):
                named = {p.actor_id for p in event.participants} | set(event.place_ids)
                for participant in event.participants:
                    candidate_ids.add(participant.actor_id)
                    beside.setdefault(participant.actor_id, set()).update(named - {participant.actor_id})
        candidate_ids.discard(actor.id)
        matches = [
            c
            for c in (store.actors(candidate_ids) if candidate_ids else [])
            if _denotes(c, actor) and (not _by_a_short_form(c, actor) or beside.get(c.id, set()) & (told - {actor.id}))
        ]
        if actor.id in known:
            # "investigators" stored already (another story's, or this one's): a described group of the same story
            # ("Estonian investigators") is still who the bare noun names here
            matches = [c for c in matches if _by_a_short_form(c, actor)]
        if len(matches) == 1:
            renamed[actor.id] = matches[0]
    actors = []
    for actor in facts.actors:
        target = renamed.get(actor.id)
        if target is not None:
            spellings = (actor.name, *actor.aliases)
            actor = replace(actor, id=target.id, name=target.name, aliases=tuple(dict.fromkeys(spellings)))
        short_forms = (*surname_aliases(actor), *body_aliases(actor))
        extra = tuple(a for a in short_forms if a not in actor.aliases and a != actor.name)
        actors.append(replace(actor, aliases=actor.aliases + extra) if extra else actor)
    if not renamed:
        return replace(facts, actors=actors)
    events = []
    for event in facts.events:
        participants = tuple(
            dict.fromkeys(
                Participation(renamed[p.actor_id].id, p.role) if p.actor_id in renamed else p
                for p in event.participants
            )
        )
        events.append(event.with_changes(participants=participants))
    return replace(facts, actors=actors, events=events)
