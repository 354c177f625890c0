"""Writing facts into any store with the merge rule applied, written once against the protocol."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar

from timelinekg.errors import StoreBusy, StoreUnavailable, TimelineKGError, ValidationError, WorkersLost
from timelinekg.graph.actor_identity import resolve_actors
from timelinekg.graph.back_references import BackReferences, positions
from timelinekg.graph.base import EventQuery, Store, StoreReader
from timelinekg.graph.claim_links import link_claims
from timelinekg.loaders import DATASET_FORMATS, LoadOptions, LoadResult, Notice, expand_paths, format_for, loader_for
from timelinekg.loaders.parallel import ARTICLE_FORMATS, ParallelArticles
from timelinekg.loaders.safe import check_regular
from timelinekg.schema.coreference import Story, bound_by_answered, fold_back_references
from timelinekg.schema.identity import is_derived_event_id
from timelinekg.schema.merge import (
    ANCHORED_TYPES,
    EVENING_WINDOW_DAYS,
    RETELLING_DAYS,
    contradicts,
    is_attach_only,
    is_dataset_event,
    main_actor_ids,
    merge_batch,
    merge_events,
    one_day_or_its_night,
    same_event,
    without_attach_only,
)
from timelinekg.schema.model import Actor, Event, Facts, Place
from timelinekg.schema.rules import check_facts


@dataclass
class IngestSummary:
    events_in: int = 0
    events_written: int = 0
    merged_into_existing: int = 0
    actors: int = 0
    places: int = 0
    sources: int = 0
    unattached: int = 0  # attach-only reports (GDELT 2.0 mentions) whose event is not in the store

    def add(self, other: IngestSummary) -> None:
        self.events_in += other.events_in
        self.events_written += other.events_written
        self.merged_into_existing += other.merged_into_existing
        self.actors += other.actors
        self.places += other.places
        self.sources += other.sources
        self.unattached += other.unattached


def _union_aliases(old: Actor | Place, new: Actor | Place) -> tuple[str, ...]:
    """Every name either record was known by, the old canonical name included, but not the new one."""
    return tuple(dict.fromkeys(a for a in (*old.aliases, *new.aliases, old.name) if a != new.name))


def _union_actor(old: Actor, new: Actor) -> Actor:
    aliases = _union_aliases(old, new)
    external = tuple(dict.fromkeys(old.external_ids + new.external_ids))
    attributes = dict(old.attributes)
    attributes.update(new.attributes)
    kind = new.kind if new.kind != "other" else old.kind
    return Actor(new.id, new.name, kind, aliases, external, tuple(sorted(attributes.items())))


def _union_place(old: Place, new: Place) -> Place:
    return Place(
        id=new.id,
        name=new.name,
        kind=new.kind if new.kind != "other" else old.kind,
        latitude=new.latitude if new.latitude is not None else old.latitude,
        longitude=new.longitude if new.longitude is not None else old.longitude,
        parent_id=new.parent_id or old.parent_id,
        external_ids=tuple(dict.fromkeys(old.external_ids + new.external_ids)),
        aliases=_union_aliases(old, new),
    )


ActorOrPlace = TypeVar("ActorOrPlace", Actor, Place)


def _dedupe_by_id(
    items: Iterable[ActorOrPlace], union: Callable[[ActorOrPlace, ActorOrPlace], ActorOrPlace]
) -> dict[str, ActorOrPlace]:
    found: dict[str, ActorOrPlace] = {}
    for item in items:
        previous = found.get(item.id)
        found[item.id] = union(previous, item) if previous is not None else item
    return found


def _absorb(kept: Event, incoming: Event) -> Event:
    """Two reports with one id, merged; the result is attach-only only when both were."""
    if is_attach_only(kept) and not is_attach_only(incoming):
        kept, incoming = incoming, kept
    if is_attach_only(incoming) and not is_attach_only(kept):
        incoming = without_attach_only(incoming)
    return merge_events(kept, incoming)


def _fold_by_id(events: Iterable[Event]) -> list[Event]:
    folded: dict[str, Event] = {}
    for event in events:
        previous = folded.get(event.id)
        folded[event.id] = event if previous is None else _absorb(previous, event)
    return list(folded.values())


# Acts of one type on one day looked at beside those of the report's actors; a news story has a handful.
SAME_DAY_ACTS = 50


def _existing_matches(store: StoreReader, event: Event, by_id: dict[str, Event], known: BackReferences) -> list[Event]:
    """Every stored event the merge rule takes ``event`` to be (one, by id, for a known id or a dataset row)."""
    if event.id in by_id or is_dataset_event(event):
        found = by_id.get(event.id)
        return [found] if found is not None else []
    if event.latest is None:
        return []
    retold = _retold_matches(store, event, known)
    if retold:
        return retold
    # every actor the report names, not only its agents: a stored report of the same event may name only its
    # target ("the minister was received in the port"), and a report naming both shows the two nodes one event
    actors = main_actor_ids(event) | {p.actor_id for p in event.participants}
    if not actors and not _act_of_a_day_others_may_name(event):
        return []
    candidates: list[Event] = []
    if actors:
        # An open earliest (an undated report, bounded by its publication) overlaps every earlier date: the
        # merge rule then wants more than one agreeing argument, as always, and nothing else.
        query = EventQuery(
            start=event.earliest,
            end=event.latest,
            include_open=event.earliest is None,
            actor_ids=sorted(actors),
            limit=50,
        )
        candidates += list(store.events(query))
    candidates += _same_day_acts(store, event)
    if event.earliest is not None and actors:
        candidates += _undated_retellings(store, event, actors)
    return _all_same(list({c.id: c for c in candidates}.values()), event, known)


def _same_day_acts(store: StoreReader, event: Event) -> list[Event]:
    """Stored acts of the report's type on its one day (or on a night spanning it, or, for a report of a night,
    on either of its days), or undated ones reported in the days after it (for an undated report: dated ones of
    the days before it), whoever they name: an agent one outlet names more fully than another ("the opposition",
    "opposition MPs"; "a court", "a Gazipur court") is no actor id the store can look the report up by, and the
    merge rule still wants two arguments (``schema.merge.named_alike``)."""
    if event.latest is None:
        return []
    if not any(p.role == "agent" for p in event.participants) and not _act_of_a_day_others_may_name(event):
        return []
    if event.earliest is None:
        start = event.latest - dt.timedelta(days=RETELLING_DAYS)
        query = EventQuery(start=start, end=event.latest, types=[event.type], limit=SAME_DAY_ACTS)
        return [e for e in store.events(query) if e.earliest is not None and e.earliest == e.latest]
    if (event.latest - event.earliest).days > EVENING_WINDOW_DAYS:
        return []
    last_day = event.latest + dt.timedelta(days=RETELLING_DAYS)
    query = EventQuery(
        start=event.earliest, end=last_day, include_open=True, types=_types_told_alike(event), limit=SAME_DAY_ACTS
    )
    return [
        e
        for e in store.events(query)
        if one_day_or_its_night(e, event)
        or (e.earliest is None and e.latest is not None and event.latest <= e.latest <= last_day)
    ]


def _types_told_alike(event: Event) -> list[str] | None:
    """The types another outlet's report of the act may have: its own, or ``other`` when that outlet's sentence said
    too little to type it ("the restriction ... is lifted from 12:00" left untyped, "was lifted at noon" read as
    yielding); for an untyped report, any (``schema.merge.one_act_told_without_agent``)."""
    return None if event.type == "other" else [event.type, "other"]


def _act_of_a_day_others_may_name(event: Event) -> bool:
    """A report dated to one day that the typer left ``other`` ("which moved the qualifying group to Guatemala City
    last Friday", its subject misread) or that names no agent ("Jubilee Fuels' licence was suspended on Tuesday"):
    another outlet's report of the act it tells names whoever did it, and the merge rule joins them by the word for
    the act and what both sentences tell (``schema.merge.one_untyped_act``, ``one_act_told_without_agent``)."""
    if event.earliest is None or event.earliest != event.latest:
        return False
    return event.type == "other" or not any(p.role == "agent" for p in event.participants)


def _undated_retellings(store: StoreReader, event: Event, actors: set[str]) -> list[Event]:
    """Undated reports stored before the dated ``event`` and published in the days after it: had they come after
    it, they would have looked it up (an undated report looks at every earlier date), so the store ends alike
    whichever came first.  Older ones are left: an undated aside published years later ("founded by Jobs") would
    otherwise meet every dated act of its actors."""
    assert event.earliest is not None and event.latest is not None
    last_day = event.latest + dt.timedelta(days=RETELLING_DAYS)
    query = EventQuery(start=event.earliest, end=last_day, include_open=True, actor_ids=sorted(actors), limit=50)
    found = []
    for stored in store.events(query):
        if stored.earliest is not None:
            break  # open bounds sort first: the rest are dated, and are not built
        if stored.latest is not None and stored.latest <= last_day:
            found.append(stored)
    return found


def _all_same(candidates: Iterable[Event], event: Event, known: BackReferences) -> list[Event]:
    """The stored events the merge rule takes ``event`` to be, told the kinds and regions of both."""
    stored = list(candidates)
    known.learn(stored)
    story = known.story()
    return [old for old in stored if same_event(old, event, story)]


def _retold_matches(store: StoreReader, event: Event, known: BackReferences) -> list[Event]:
    """Headline news retold in the days after its date ("the collapse of the bridge"), either way round: an
    undated report finds the dated event, a dated one the undated report stored before it or another dated
    report of it, though neither names an actor the store could look it up by."""
    if event.type not in ANCHORED_TYPES or event.latest is None:
        return []
    if event.earliest is None:
        # the dated news it retells, or undated reports of it told alike (``schema.merge.news_told_alike``)
        query = EventQuery(
            start=event.latest - dt.timedelta(days=RETELLING_DAYS),
            end=event.latest,
            include_open=True,
            types=[event.type],
        )
    else:
        query = EventQuery(
            start=event.earliest,
            end=event.latest + dt.timedelta(days=RETELLING_DAYS),
            include_open=True,
            types=[event.type],
        )
    # the same news told by reports that name no actor at all ("an attack on a concert hall near Moscow")
    return _all_same(store.events(query), event, known)


def _most_reported(nodes: Sequence[Event]) -> Event:
    """The node a report joins when it matches several: the one most sources reported (then the most reports,
    then the earliest recorded, then the id), so that loading articles in another order picks the same one
    whenever the sources allow it."""
    return min(
        nodes,
        key=lambda e: (-len(set(e.source_ids)), -len(e.mentions), e.recorded_at is None, e.recorded_at or "", e.id),
    )


def _unify(report: Event, matches: Sequence[Event], story: Story) -> tuple[Event | None, list[Event]]:
    """Which stored node ``report`` joins, and which other stored nodes it shows to be that event too.

    Another node is folded in only when the merge rule accepts it against the joined node with the report in it,
    and it contradicts neither that node as stored nor the report: a report that agrees with two nodes on
    different arguments never makes one of two that contradict each other.  Nor does it fold two nodes an article
    reports both of: that article kept them apart, knowing more of them (its sentences, its order) than the
    stored nodes tell."""
    if not matches:
        return None, []
    kept = _most_reported(matches)
    joined = merge_events(kept, report, story=story) if kept.id != report.id else kept
    folded: list[Event] = []
    for other in sorted((m for m in matches if m.id != kept.id), key=lambda e: e.id):
        if is_dataset_event(other) or any(set(other.source_ids) & set(n.source_ids) for n in (kept, *folded)):
            continue
        if contradicts(kept, other, story) or contradicts(report, other, story):
            continue
        if same_event(joined, other, story) and all(not contradicts(f, other, story) for f in folded):
            folded.append(other)
    return kept, folded


def ingest(store: Store, facts: Facts, *, merge: bool = True, recorded_at: dt.datetime | None = None) -> IngestSummary:
    """Merge ``facts`` with each other and with the store, then write them in one batch.

    The store is read and written in one transaction holding its write lock, so concurrent
    loaders never merge against what another is about to overwrite.  With ``merge=False``
    events are written by id only (dataset bulk loads whose ids already decide identity);
    loading the same facts twice still changes nothing.
    """
    check_facts(facts)  # before the lock, and before a reversed event becomes a reversed query
    outcome: list[IngestSummary] = []

    def decide(reader: StoreReader) -> Facts:
        # One id per actor across articles, before the merge rule runs, from what the store holds now.
        resolved = resolve_actors(reader, facts) if merge else facts
        summary, decided = _merge_with_store(reader, resolved, merge, recorded_at)
        outcome[:] = [summary]  # a retried transaction decides again; the last decision was written
        return decided

    store.update(decide)
    return outcome[0]


def _merge_with_store(
    store: StoreReader, facts: Facts, merge: bool, recorded_at: dt.datetime | None
) -> tuple[IngestSummary, Facts]:
    """What to write for ``facts`` given what ``store`` holds, and the summary of it."""
    summary = IngestSummary(events_in=len(facts.events), sources=len({s.id for s in facts.sources}))
    actors = _dedupe_by_id(facts.actors, _union_actor)
    places = _dedupe_by_id(facts.places, _union_place)
    for old in store.actors(actors.keys()):
        actors[old.id] = _union_actor(old, actors[old.id])
    for old_place in store.places(places.keys()):
        places[old_place.id] = _union_place(old_place, places[old_place.id])

    story = _article_story(facts)
    events = merge_batch(facts.events, story) if merge else _fold_by_id(facts.events)
    if merge:
        events = fold_back_references(events, story)
    stored = {e.id: e for e in store.events(EventQuery(ids=[e.id for e in events]))} if events else {}
    written: dict[str, Event] = {}
    retired: dict[str, str] = {}  # a stored node folded into another -> the node it is now part of
    back_references = BackReferences(store, facts, written)
    for event in events:
        folded: list[Event] = []
        if merge:
            matches = [written.get(m.id, m) for m in _existing_matches(store, event, stored, back_references)]
            matches = list({m.id: m for m in matches if m.id not in retired}.values())
            old_event, folded = _unify(event, matches, back_references.story())
        else:
            old_event = stored.get(event.id)
        reason = ""
        if merge and old_event is None:
            # an undated mention its article dates nowhere, or the dated event a stored one refers back to
            referred = (
                back_references.referred(event)
                or back_references.referring(event)
                or back_references.retold(event)
                or back_references.named_again(event)
            )
            if referred is not None:
                old_event, reason = referred
                old_event = written.get(old_event.id, old_event)
        if is_attach_only(event):
            if old_event is None:
                summary.unattached += 1
                continue
            event = without_attach_only(event)
        if old_event is not None:
            if old_event.id != event.id:
                summary.merged_into_existing += 1
            event = merge_events(old_event, event, reason, back_references.story())
        if event.id in written:
            event = merge_events(written[event.id], event)
        for other in folded:
            event = merge_events(event, written.pop(other.id, other), story=back_references.story(), unified=True)
            retired[other.id] = event.id
        written[event.id] = event
    if merge:
        # "condemned the coup": not before the coup, in this article or in one stored before the coup was dated
        written.update(bound_by_answered({**back_references.earlier_answers(written), **written}))
        _take_in_retold(written, retired, back_references)
    if retired:
        _relink(store, written, retired)
    if merge:
        link_claims(store, written)  # denials and confirmations, to the events they answer
    summary.events_written = len(written)
    summary.actors = len(actors)
    summary.places = len(places)
    return summary, Facts(
        sources=list({s.id: s for s in facts.sources}.values()),
        actors=list(actors.values()),
        places=list(places.values()),
        events=list(written.values()),
        recorded_at=recorded_at or facts.recorded_at,
        retired_event_ids=sorted(retired),
    )


def _take_in_retold(written: dict[str, Event], retired: dict[str, str], known: BackReferences) -> None:
    """Stored undated reports of other articles that retell a dated act this batch wrote, folded into it when it
    is the only dated act they fit (``schema.merge.retold_act``), and stored dated definite mentions naming no agent
    whose one event of their days it is ("the Friday night massacre"): run once the batch's dates are settled, so
    that an act dated only by the news it answers ("condemned the seizure of power") counts as dated too."""
    for event_id in list(written):
        event = written[event_id]
        if event.earliest is None or event_id in retired:
            continue
        for undated, reason in [*known.retold_by(event), *known.named_again_by(event)]:
            if undated.id in written or undated.id in retired:
                continue  # this batch's own reports were matched already
            event = merge_events(event, undated, reason, known.story(), unified=True)
            retired[undated.id] = event.id
        written[event_id] = event


def _relink(store: StoreReader, written: dict[str, Event], retired: dict[str, str]) -> None:
    """Denials and confirmations of a folded node, stored or in this batch, turned to the node it is now part of."""

    def survivor(event_id: str) -> str:
        while event_id in retired:
            event_id = retired[event_id]
        return event_id

    def relinked(event: Event, targets: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(t for t in dict.fromkeys(survivor(t) for t in targets) if t != event.id)

    linking = {e.id: e for e in store.events(EventQuery(linked_to=sorted(retired)))}
    for event_id in dict.fromkeys([*linking, *written]):
        if event_id in retired:
            continue
        event = written.get(event_id) or linking[event_id]
        disputes, confirms = relinked(event, event.disputes), relinked(event, event.confirms)
        if (disputes, confirms) != (event.disputes, event.confirms):
            written[event_id] = event.with_changes(disputes=disputes, confirms=confirms)


def _article_story(facts: Facts) -> Story:
    """The kinds of an article's actors and the parents of its places, for the back-reference rule."""
    return Story(
        {a.id: a.kind for a in facts.actors},
        {p.id: p.parent_id for p in facts.places if p.parent_id},
        positions(facts.places),
        {p.id: p.kind for p in facts.places},
    )


# An explicit event id (written in a file) -> (the file, the event's type, its label), for one load run.
SeenEvents = dict[str, tuple[str, str, str]]


def _explicit_id_conflict(store: Store, facts: Facts, path: str, seen: SeenEvents) -> str | None:
    """Why ``facts`` may not be loaded: an event id given in another file (or stored) with another type or label.

    Two files that give one id to events of different types or labels disagree about what the id
    names; merging them would silently keep the first file's and drop the second's.
    """
    explicit = {e.id: e for e in facts.events if not is_derived_event_id(e.id)}
    if not explicit:
        return None
    for event_id, event in explicit.items():
        earlier = seen.get(event_id)
        if earlier is not None and earlier[0] != path and earlier[1:] != (event.type, event.label):
            return (
                f"event {event_id!r} is a {event.type} labelled {event.label!r} here, but {earlier[0]} gave the "
                f"same id to a {earlier[1]} labelled {earlier[2]!r}; give one of them another id"
            )
    for old in store.events(EventQuery(ids=[i for i in explicit if i not in seen])):
        event = explicit[old.id]
        if (old.type, old.label) != (event.type, event.label) and not is_attach_only(event):
            return (
                f"event {old.id!r} is a {event.type} labelled {event.label!r} here, but the store already has it "
                f"as a {old.type} labelled {old.label!r}; give one of them another id"
            )
    return None


@dataclass
class LoadReport:
    files: int = 0
    batches: int = 0
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # not errors: e.g. RDF triples outside our vocabulary
    tracebacks: list[str] = field(default_factory=list)  # of unexpected exceptions, for `load -v`
    stopped_early: bool = False  # fail_fast stopped at the first error
    summary: IngestSummary = field(default_factory=IngestSummary)


def _unexpected(report: LoadReport, path: Path, error: BaseException) -> None:
    """A bug or an unforeseen input: one line naming the file, the traceback kept aside for -v."""
    import traceback

    detail = str(error).splitlines()[0] if str(error) else ""
    report.errors.append(f"{path}: unexpected {type(error).__name__}" + (f": {detail[:300]}" if detail else ""))
    report.tracebacks.append("".join(traceback.format_exception(error)))


def load_paths(
    store: Store,
    paths: Iterable[Path],
    options: LoadOptions | None = None,
    on_file: Callable[[Path], None] | None = None,
    on_batch: Callable[[int], None] | None = None,
    *,
    fail_fast: bool = False,
    workers: int = 1,
) -> LoadReport:
    """Load files and folders into ``store``: each batch a transaction, each problem reported, none fatal.

    Every per-file failure, an unexpected exception included, is one line in
    ``report.errors`` naming the file, and the next file is loaded; with
    ``fail_fast`` loading stops at the first error.  Only a store that can no
    longer be reached ends the run.  ``on_file`` hears of each file before it is
    read, ``on_batch`` of each stored batch's event count (an article, or a
    dataset's batch of rows), for progress bars.

    With ``workers`` above 1, articles are extracted in that many processes
    while this one merges and writes in input order, so the store ends up
    exactly as with one worker.
    """
    options = options or LoadOptions()
    entries = list(expand_paths(list(paths)))
    formats = [_format_or_none(path, options) for path, _named in entries]
    article_files = [f for f in formats if f in ARTICLE_FORMATS]
    # a pool pays for itself only with more than one article to extract at a time
    if workers > 1 and (len(article_files) > 1 or "jsonl" in article_files):
        with ParallelArticles(list(zip((path for path, _ in entries), formats, strict=True)), options, workers) as pool:
            return _load_entries(store, entries, options, on_file, on_batch, fail_fast, pool)
    return _load_entries(store, entries, options, on_file, on_batch, fail_fast, None)


class ExtractedArticles(Protocol):
    """Article files extracted elsewhere (worker processes, a Spark job), read back in the load's order."""

    def results(self, index: int) -> Iterator[LoadResult]:
        """What the article file at ``index`` of the load's file list yields, as its loader would yield it."""
        ...


def load_extracted(
    store: Store,
    paths: Iterable[Path],
    extract: Callable[[Sequence[tuple[Path, str | None]]], ExtractedArticles],
    options: LoadOptions | None = None,
    *,
    fail_fast: bool = False,
) -> LoadReport:
    """As :func:`load_paths`, with the article files extracted by ``extract`` (given the load's files, each
    with its format or ``None``); everything else is read here, and all is merged and written in input
    order, so the store ends up as with :func:`load_paths` and one worker."""
    options = options or LoadOptions()
    entries = list(expand_paths(list(paths)))
    files = [(path, _format_or_none(path, options)) for path, _named in entries]
    return _load_entries(store, entries, options, None, None, fail_fast, extract(files))


def _format_or_none(path: Path, options: LoadOptions) -> str | None:
    try:
        return format_for(path, options.format)
    except ValidationError:
        return None


def _load_entries(
    store: Store,
    entries: list[tuple[Path, bool]],
    options: LoadOptions,
    on_file: Callable[[Path], None] | None,
    on_batch: Callable[[int], None] | None,
    fail_fast: bool,
    pool: ExtractedArticles | None,
) -> LoadReport:
    report = LoadReport()
    loaded_at = dt.datetime.now(dt.UTC)  # one time for everything this load stores: one load activity
    seen: SeenEvents = {}
    for index, (path, named) in enumerate(entries):
        if on_file is not None:
            on_file(path)
        errors_before = len(report.errors)
        try:
            format_name = format_for(path, options.format)
        except ValidationError as error:
            if named:  # a file of no known format met in a folder is passed over
                report.errors.append(error.at(path=str(path)).located())
            if fail_fast and len(report.errors) > errors_before:
                report.stopped_early = True
                break
            continue
        report.files += 1
        try:
            check_regular(path)  # a FIFO, device or socket is refused before anything opens it
            if pool is not None and format_name in ARTICLE_FORMATS:
                results = pool.results(index)
            else:
                results = loader_for(format_name)(path, options)
            _load_file(store, path, results, format_name, report, fail_fast, loaded_at, on_batch, seen)
        except (StoreUnavailable, StoreBusy, WorkersLost):  # every later file would fail alike: end the run
            raise
        except TimelineKGError as error:
            report.errors.append(str(error) if str(error).startswith(str(path)) else f"{path}: {error}")
        except Exception as error:
            _unexpected(report, path, error)
        if fail_fast and len(report.errors) > errors_before:
            report.stopped_early = True
            break
    return report


def _load_file(
    store: Store,
    path: Path,
    results: Iterable[LoadResult],
    format_name: str,
    report: LoadReport,
    fail_fast: bool,
    loaded_at: dt.datetime,
    on_batch: Callable[[int], None] | None,
    seen: SeenEvents,
) -> None:
    for result in results:
        if isinstance(result, ValidationError):
            report.errors.append(result.located() if result.path else result.at(path=str(path)).located())
            if fail_fast:
                return
            continue
        if isinstance(result, Notice):
            report.notices.append(result.located())
            continue
        merge = format_name not in DATASET_FORMATS
        conflict = _explicit_id_conflict(store, result, str(path), seen) if merge else None
        if conflict:
            report.errors.append(ValidationError(conflict, path=str(path)).located())
            if fail_fast:
                return
            continue
        try:
            report.summary.add(ingest(store, result, merge=merge, recorded_at=loaded_at))
            report.batches += 1
            if on_batch is not None:
                on_batch(len(result.events))
        except (StoreUnavailable, StoreBusy, WorkersLost):  # every later file would fail alike: end the run
            raise
        except TimelineKGError as error:
            located = error.at(path=str(path)).located() if isinstance(error, ValidationError) else f"{path}: {error}"
            report.errors.append(located)
            if fail_fast:
                return
            continue
        if merge:
            seen.update((e.id, (str(path), e.type, e.label)) for e in result.events if not is_derived_event_id(e.id))
