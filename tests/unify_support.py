"""Three reports of one visit for the stored-node unification tests, in wording of our own.

The host's report names the visitor and the host; the harbour's names the host and the town; neither alone
agrees with the other on more than one argument, so they are stored as two nodes.  The ministry's report names
the visitor, the host and the town: it agrees with both, and shows the two nodes to be one visit."""

from __future__ import annotations

import datetime as dt

from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source

D = dt.date
VISITOR, HOST, RIVAL = "odile-farrant", "bram-kessing", "ulla-mertz"
ACTORS = {VISITOR: "Odile Farrant", HOST: "Bram Kessing", RIVAL: "Ulla Mertz"}
TOWN = Place("port-vesta", "Port Vesta", "city", 12.5, 41.25)


def visit_report(
    source: str,
    event_id: str,
    earliest: D,
    latest: D,
    *,
    agents: tuple[str, ...] = (),
    targets: tuple[str, ...] = (),
    in_town: bool = False,
    quote: str = "",
) -> Facts:
    """One source's report of a visit (a non-speech act, so its place counts as evidence)."""
    quote = quote or f"the visit {source} reported"
    precision = "day" if earliest == latest else "week"
    participants = tuple(Participation(a, "agent") for a in agents) + tuple(Participation(t, "target") for t in targets)
    return Facts(
        sources=[Source(source, title=source, url=f"https://example.org/{source}", published=latest)],
        actors=[Actor(a, ACTORS[a], "person") for a in (*agents, *targets)],
        places=[TOWN] if in_town else [],
        events=[
            Event(
                event_id,
                "meeting",
                f"visit reported by {source}",
                earliest,
                latest,
                precision,
                participants=participants,
                place_ids=(TOWN.id,) if in_town else (),
                mentions=(Mention(source, quote, 0, len(quote), earliest, latest, precision),),
            )
        ],
    )


def host_report() -> Facts:
    """The visitor meeting the host, some day that week; no place."""
    return visit_report("host-paper", "ev-host", D(2024, 5, 6), D(2024, 5, 10), agents=(VISITOR,), targets=(HOST,))


def harbour_report() -> Facts:
    """The host received in the town that week; whom by, not said."""
    return visit_report("harbour-news", "ev-harbour", D(2024, 5, 6), D(2024, 5, 10), targets=(HOST,), in_town=True)


def ministry_report() -> Facts:
    """The visitor meeting the host in the town on the Wednesday: both stored reports' arguments."""
    return visit_report(
        "ministry-wire", "ev-ministry", D(2024, 5, 8), D(2024, 5, 8), agents=(VISITOR,), targets=(HOST,), in_town=True
    )
