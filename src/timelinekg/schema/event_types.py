"""The event-type taxonomy: CAMEO's twenty root codes plus what news needs beyond them.

Each type names the CAMEO code it aligns with (root or finer), so GDELT and
ICEWS events map onto it and it maps back.  Types beyond CAMEO (elections,
product launches, court cases...) carry ``cameo=None``.
"""

from __future__ import annotations

from dataclasses import dataclass

from timelinekg.errors import ValidationError


@dataclass(frozen=True)
class EventType:
    code: str
    label: str
    cameo: str | None
    definition: str
    broader: str | None = None


EVENT_TYPES: tuple[EventType, ...] = (
    EventType("statement", "Public statement", "01", "Makes a public statement, comment, claim or report."),
    # What a statement says about other reports; not CAMEO codes (016 is denying responsibility, not
    # denying that something happened).  A denial or correction disputes the event it names
    # (Event.disputes), a confirmation confirms it (Event.confirms).
    EventType(
        "denial",
        "Denial",
        None,
        "Denies, rejects as false or retracts a report that something happened.",
        broader="statement",
    ),
    EventType(
        "correction", "Correction", None, "Corrects a report: its date, place or who took part.", broader="statement"
    ),
    EventType(
        "confirmation",
        "Confirmation",
        None,
        "Confirms a report, said by a participant or witness.",
        broader="statement",
    ),
    EventType("appeal", "Appeal", "02", "Appeals or requests."),
    EventType("intent-to-cooperate", "Expressed intent to cooperate", "03", "Expresses intent to cooperate."),
    EventType("consultation", "Consultation", "04", "Consults, discusses, negotiates."),
    EventType(
        "communication", "Communication", "041", "Talks by telephone or otherwise remotely.", broader="consultation"
    ),
    EventType("meeting", "Meeting", "043", "Meets, visits or hosts in person.", broader="consultation"),
    EventType(
        "diplomatic-cooperation", "Diplomatic cooperation", "05", "Praises, endorses, recognises, signs agreements."
    ),
    EventType("material-cooperation", "Material cooperation", "06", "Cooperates economically, militarily."),
    EventType("aid", "Aid", "07", "Provides aid."),
    EventType("yield", "Yield", "08", "Yields, eases restrictions, retreats, releases."),
    EventType("investigation", "Investigation", "09", "Investigates."),
    EventType("demand", "Demand", "10", "Demands."),
    EventType("disapproval", "Disapproval", "11", "Criticises, accuses, sues."),
    EventType("rejection", "Rejection", "12", "Rejects, refuses, vetoes."),
    EventType("threat", "Threat", "13", "Threatens."),
    EventType("protest", "Protest", "14", "Demonstrates, strikes, protests."),
    EventType("force-posture", "Force posture", "15", "Exhibits military or police power."),
    EventType("reduce-relations", "Reduced relations", "16", "Reduces or breaks relations, sanctions."),
    EventType("coercion", "Coercion", "17", "Coerces, arrests, seizes, expels."),
    EventType("attack", "Attack", "18", "Assaults: bombings, drone and missile strikes, assassinations."),
    EventType("military", "Military action", "19", "Fights: battles, invasions, captures of territory."),
    EventType("mass-violence", "Mass violence", "20", "Uses unconventional mass violence."),
    EventType("election", "Election", None, "Holds, wins or loses an election or vote."),
    EventType("legal", "Legal action", None, "Files, rules on or settles a court case."),
    EventType("product-launch", "Product launch", None, "Announces, unveils or releases a product."),
    EventType("business", "Business", None, "Acquires, merges, reports results, sells."),
    EventType("personnel", "Personnel change", None, "Appoints, hires, resigns, dies in office."),
    EventType("disaster", "Disaster", None, "Natural disaster or accident."),
    EventType("other", "Other", None, "An event no other type fits."),
)

BY_CODE: dict[str, EventType] = {t.code: t for t in EVENT_TYPES}
BY_CAMEO: dict[str, EventType] = {t.cameo: t for t in EVENT_TYPES if t.cameo}


def event_type(code: str) -> EventType:
    try:
        return BY_CODE[code]
    except KeyError:
        known = ", ".join(sorted(BY_CODE))
        raise ValidationError(f"unknown event type {code!r} (known: {known})") from None


def type_for_cameo(code: str) -> EventType:
    """The most specific type for a CAMEO event code such as ``"0411"`` or ``"190"``."""
    for length in range(len(code), 1, -1):
        found = BY_CAMEO.get(code[:length])
        if found:
            return found
    return BY_CODE["other"]


def cameo_root(code: str) -> str | None:
    cameo = BY_CODE[code].cameo if code in BY_CODE else None
    return cameo[:2] if cameo else None


def compatible(a: str, b: str) -> bool:
    """Whether two reports' types may describe one event (the merge rule's type test)."""
    if a == b or "other" in (a, b):
        return True
    root_a, root_b = cameo_root(a), cameo_root(b)
    return root_a is not None and root_a == root_b
