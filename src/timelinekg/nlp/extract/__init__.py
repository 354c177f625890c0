"""Article text in, facts out: sentences, entities and parse from spaCy, dates from the temporal tagger,
events from the trigger lexicon, actors and places resolved.  Pure: it never touches a store.

    facts = extract_article(Article(text, origin="a.txt", title="...", published=date(2024, 11, 10)))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from timelinekg.errors import ValidationError
from timelinekg.nlp.extract.actors import COUNTRY_ROLE
from timelinekg.nlp.extract.candidate import ISSUED_TEXTS
from timelinekg.nlp.extract.nlp import STEPWISE_COMPONENTS, children_of, parsed_text
from timelinekg.schema import identity
from timelinekg.schema.coreference import FOLLOWS, REFERENCE, Story, a_death_beside_its_cause
from timelinekg.schema.merge import ANSWERED_IN_SENTENCE, PLACE_BASIS, act_of_word, own_place_ids, places_apart
from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source

# Longer articles are refused with a clear error: spaCy's parser needs memory in proportion to a
# document's length (its own default limit is 1,000,000 characters), and no news article is this long.
MAX_ARTICLE_CHARS = 1_000_000
# Articles per spaCy batch.  The CNN pipeline parses each document alike in any company (checked for batches
# of 1 to 32), and small batches cost nothing per word at news-article length, but they are what a
# parallel load hands out: eight articles keep two workers evenly busy to the end of a short load.
BATCH_SIZE = 8
# The parser and the entity recogniser step all the documents of a batch together, one small matrix product per
# step, and an article's tokens are its steps: more documents per step do the same work in fewer calls (a fifth
# less of their time at 32 articles than at 8; their own matrix products grow too large to pay beyond).  The
# parse is the same in any batch (checked on the development texts); a worker's batch of BATCH_SIZE stays one.
TRANSITION_BATCH_SIZE = 32
_TRANSITION_BATCHES = {name: {"batch_size": TRANSITION_BATCH_SIZE} for name in STEPWISE_COMPONENTS.values()}
LANGUAGE_SAMPLE = 3000  # characters
_WORD = re.compile(r"[^\W\d_]+")
ENGLISH_STOP_SHARE = 0.15  # English news runs at 0.35-0.5; French or German through spaCy's English list < 0.1
FOLD_WINDOW = 40  # sentences either side in which an undated report may join a dated event
DATED_BY_CONTEXT = "dated_by_context"  # how a window from the narration's day was found (shown by `show`)


@dataclass(frozen=True)
class Article:
    text: str
    origin: str  # the file, or file:line, for messages
    title: str = ""
    published: dt.date | None = None
    url: str = ""
    publisher: str = ""
    body_start: int = 0  # offset of the first character after the title line, when the text starts with it
    markdown: bool = False  # its stars and underscores are marks of emphasis, its "#"s heading marks, not words

    @property
    def source_id(self) -> str:
        return identity.source_id(self.url, self.title, self.published)


def check(article: Article) -> Article:
    """Refuse what cannot be extracted, naming the article."""
    if not article.text.strip():
        raise ValidationError("empty article: no text", path=article.origin)
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise ValidationError(
            f"article too long: {len(article.text):,} characters (the limit is {MAX_ARTICLE_CHARS:,}; split it)",
            path=article.origin,
        )
    if article.published is None:
        raise ValidationError(
            "no publication date: give one in the front matter (published:), a dateline, or --published",
            path=article.origin,
        )
    if article.published > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError(f"published date {article.published} is in the future", path=article.origin)
    return article


def extract_articles(articles: Iterable[Article | ValidationError]) -> Iterator[Facts | ValidationError]:
    """One Facts batch per article (or the error that stopped it), in input order, parsed in batches."""
    from timelinekg.nlp.extract.nlp import doc_to_parse, pipeline

    nlp = pipeline()

    def texts() -> Iterator[tuple[Any, Article | ValidationError]]:
        for item in articles:
            if isinstance(item, ValidationError):
                yield "", item
                continue
            try:
                checked = check(item)
            except ValidationError as error:
                yield "", error
                continue
            yield doc_to_parse(nlp, checked.text, markdown=checked.markdown), checked

    for doc, item in nlp.pipe(texts(), as_tuples=True, batch_size=BATCH_SIZE, component_cfg=_TRANSITION_BATCHES):
        if isinstance(item, ValidationError):
            yield item
            continue
        try:
            yield facts_from_doc(doc, item)
        except ValidationError as error:
            yield error.at(path=item.origin)


def extract_article(article: Article) -> Facts:
    result = next(extract_articles([article]))
    if isinstance(result, ValidationError):
        raise result
    return result


def facts_from_doc(doc: Any, article: Article) -> Facts:
    from timelinekg.nlp.extract.disputes import ClaimFinder, claim_attributes, link_in_article
    from timelinekg.nlp.extract.events import EventFinder
    from timelinekg.nlp.extract.lexicon import load_lexicon
    from timelinekg.nlp.extract.occasions import report_attributes, represented_bodies
    from timelinekg.nlp.extract.places import gazetteer
    from timelinekg.nlp.timex import tag
    from timelinekg.nlp.timex.model import is_season
    from timelinekg.schema.merge import SPEECH_TYPES

    assert article.published is not None
    source = Source(article.source_id, article.title, article.url, article.publisher, article.published)
    if not looks_english(article.text[article.body_start :]):
        return Facts(sources=[source])  # an English parse of another language finds only false events
    timexes = tag(article.text, article.published, mode="news")
    lexicon = load_lexicon()
    finder = EventFinder(
        doc,
        article.published,
        article.body_start,
        lexicon,
        gazetteer(),
        timexes,
        publisher=article.publisher,
        title=article.title,
    )
    if any(is_season(timex.value) for timex in timexes) and finder.set_south_of_the_tropics():
        # where the story is set is known only once it is parsed; its seasons then take their own months
        finder.timexes = tag(article.text, article.published, mode="news", southern=True)
    found, claims = ClaimFinder(finder).find(finder.find())
    claim_of = {id(claim.statement): claim for claim in claims}
    facts = Facts(sources=[source])
    actors: dict[str, Actor] = {}
    for candidate, _ in found:
        if candidate.type == "rejection" and _ruled(candidate):
            candidate.type = "legal"  # "a court refused to stop the transfer": its ruling, no words of refusal
        if candidate.type in SPEECH_TYPES:
            speaking = {ref.name for ref, _ in candidate.participants}
            for represented in represented_bodies(candidate, finder.actors_at):
                for body in finder.actors.with_country(represented):
                    if body.name not in speaking:
                        speaking.add(body.name)
                        candidate.participants.append((body, "agent" if body is represented else COUNTRY_ROLE))
    _votes_told_by_their_act([c for c, _ in found], lexicon)
    _measures_owned_elsewhere([c for c, _ in found], lexicon)
    event_types = {c.trigger.i: c.type for c, _ in found}  # what each trigger token reports
    answered_here = _answered_in_sentence([c for c, _ in found], event_types)
    for candidate, sentence in found:
        participants = []
        for ref, role in candidate.participants:
            actor_id = identity.actor_id(ref.name)
            attributes = ((("title", ref.title),) if ref.title else ()) + (
                (("country", ref.country),) if ref.country else ()
            )
            external = (("wikidata", ref.wikidata),) if ref.wikidata else ()
            actor = Actor(actor_id, ref.name, ref.kind, tuple(sorted(ref.aliases)), external, attributes)
            previous = actors.get(actor_id)
            if previous is not None:
                aliases = tuple(sorted(set(previous.aliases) | set(actor.aliases)))
                actor = Actor(
                    actor_id,
                    ref.name,
                    ref.kind,
                    aliases,
                    external or previous.external_ids,
                    attributes or previous.attributes,
                )
            actors[actor_id] = actor
            participants.append(Participation(actor_id, role))
        place_ids = tuple(dict.fromkeys(identity.place_id(p.name) for p in candidate.places))
        start, end = _trimmed(article.text, sentence.start_char, sentence.end_char)
        mention = Mention(
            source_id=source.id,
            quote=article.text[start:end],
            start=start,
            end=end,
            claimed_earliest=candidate.earliest,
            claimed_latest=candidate.latest,
            claimed_precision=candidate.precision,
        )
        label = _label(candidate, with_reported_content=candidate.type in SPEECH_TYPES)
        actor_ids = [p.actor_id for p in participants]
        facts.events.append(
            Event(
                # a place taken from the article is no part of what the report says: not of its identity either
                id=identity.event_id(
                    candidate.type,
                    candidate.earliest,
                    candidate.latest,
                    actor_ids,
                    () if candidate.place_basis else place_ids,
                ),
                type=candidate.type,
                label=label,
                earliest=candidate.earliest,
                latest=candidate.latest,
                precision=candidate.precision,
                participants=tuple(participants),
                place_ids=place_ids,
                mentions=(mention,),
                attributes=(("date_basis", candidate.basis), ("trigger", candidate.trigger.text))
                + ((("reported_by", candidate.reported_by),) if candidate.reported_by else ())
                + (((PLACE_BASIS, candidate.place_basis),) if candidate.place_basis else ())
                # scheduled by the text; a past event dated after the report (early hours abroad) is not a plan
                + ((("planned", True),) if candidate.planned else ())
                + (claim_attributes(claim_of[id(candidate)]) if id(candidate) in claim_of else ())
                + report_attributes(candidate, candidate.type in SPEECH_TYPES and candidate.type != "other", lexicon)
                + _reference_attributes(candidate, event_types)
                + (((ANSWERED_IN_SENTENCE, True),) if candidate.trigger.i in answered_here else ())
                + (((ATTRIBUTION_ONLY, True),) if candidate.attribution_only else ()),
            )
        )
    kept_candidates, facts.events = _join_speech_occasions([c for c, _ in found], facts.events)
    kept_candidates, facts.events = _join_issued_statements(kept_candidates, facts.events)
    kept_candidates, facts.events = _join_hearing_answers(kept_candidates, facts.events)
    facts.events = _place_the_days_votes(link_in_article(_fold_undated(kept_candidates, facts.events), source.id))
    facts.events = _without_bare_attributions(facts.events)
    used = {p.actor_id for e in facts.events for p in e.participants}
    facts.actors = [a for a in actors.values() if a.id in used]
    facts.places = [_place(ref) for ref in finder.place_refs.values()]
    return facts


ATTRIBUTION_ONLY = "attribution_only"


def _without_bare_attributions(events: list[Event]) -> list[Event]:
    """ "A ferry ran aground off Crete on Wednesday, officials said": a statement that only names whose report
    the event of its sentence is goes once that event is kept (in each sentence it was told in); when the
    sentence keeps no other event ("prices rose on Monday, traders said"), the statement is the news kept."""
    told = {(m.source_id, m.start) for e in events if e.type != "statement" for m in e.mentions}
    kept: list[Event] = []
    for event in events:
        if event.attribute(ATTRIBUTION_ONLY):
            if all((m.source_id, m.start) in told for m in event.mentions):
                continue
            event = event.with_changes(attributes=tuple((k, v) for k, v in event.attributes if k != ATTRIBUTION_ONLY))
        kept.append(event)
    return kept


def _ruled(candidate: Any) -> bool:
    """A refusal whose agent is a court or its judge ("a court refused on Friday to stop the transfer")."""
    from timelinekg.schema.identity import actor_id
    from timelinekg.schema.merge import is_judicial

    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in children_of(candidate.verb)):
        return False  # "He has denied all charges": whom a pronoun stands for may be the wrong person
    agents = [ref for ref, role in candidate.participants if role == "agent"]
    return bool(agents) and all(is_judicial(actor_id(ref.name)) for ref in agents)


def _answered_in_sentence(candidates: list[Any], event_types: dict[int, str]) -> set[int]:
    """The undated events another event of their sentence answers ("in retaliation for an airstrike"): what
    came before the news, not a retelling of it."""
    answered = {token for candidate in candidates for token in _answers(candidate, event_types)}
    return {c.trigger.i for c in candidates if c.earliest is None and c.trigger.i in answered}


def _answers(candidate: Any, event_types: dict[int, str]) -> set[int]:
    """The trigger tokens of the events of its sentence that ``candidate`` answers, from whichever word of it
    names the event ("launched drones in retaliation for"); never its own ("took the oath")."""
    from timelinekg.nlp.extract.reference import answered_token

    own = {candidate.trigger.i, *(word.i for word in candidate.anchors)}
    found = {answered_token(word, event_types) for word in (candidate.trigger, *candidate.anchors)}
    return {token for token in found if token is not None and token not in own}


def _reference_attributes(candidate: Any, event_types: dict[int, str]) -> tuple[tuple[str, Any], ...]:
    """How an undated report refers back to an event already told, and the event of its sentence it answers
    ("condemned the seizure of power", "arrested 11 people over the attack"), for the back-reference rules."""
    from timelinekg.nlp.extract.reference import answered_event, reference_form
    from timelinekg.schema.coreference import FOLLOWS

    trigger = candidate.trigger
    if candidate.earliest is not None:
        # "the Friday night massacre": dated, and still pointing back at news the reader knows
        form = reference_form(trigger) if trigger.tag_.startswith("NN") else None
        return ((REFERENCE, form),) if form else ()
    answered = answered_event(trigger, event_types)
    follows = ((FOLLOWS, answered),) if answered else ()
    if trigger.dep_ == "dobj" and trigger.head in candidate.anchors:
        return follows  # "took the oath", "held the vote": a light verb tells the event, it does not refer back
    form = reference_form(trigger)
    return ((REFERENCE, form), *follows) if form else follows


def looks_english(text: str) -> bool:
    """English text is about a third function words ("the", "of", "said" ...); other languages far fewer.
    The first few thousand characters tell (walking spaCy's tokens would cost a fifth of extraction)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [w for w in _WORD.findall(text[:LANGUAGE_SAMPLE].lower())]
    if len(words) < 20:
        return True  # too short to tell
    stop = sum(1 for w in words if w in STOP_WORDS)
    return stop / len(words) >= ENGLISH_STOP_SHARE


def _fold_undated(candidates: list[Any], events: list[Event]) -> list[Event]:
    """Attach each undated report to the dated event of this article it most likely describes.

    The merge rule alone would do it by order, and an open date overlaps everything: "has spoken with
    Putin" (undated) must join "took the call on November 7", not a 2018 meeting that happens to come
    first.  So within an article an undated event joins, among the events the merge rule allows, its
    first conjunct's event, else the one of the same type sharing the most participants, nearest in the
    text.  Undated events without an agent say too little to keep on their own and are dropped, unless
    they are news without one (a disaster, an attack, an arrest) and the text says where or to whom.
    """
    from timelinekg.nlp.extract.dating import ANSWER_TO_THE_INCIDENT, LEAD_PERFECT
    from timelinekg.nlp.extract.events import UNAGENTIVE_TYPES
    from timelinekg.nlp.extract.reference import (
        answers_adjunct,
        claimed_act,
        named_as_object_of,
        named_as_time_of_another,
    )
    from timelinekg.schema.event_types import compatible
    from timelinekg.schema.merge import merge_events, said_in_concession, same_event
    from timelinekg.schema.speech import is_background

    # "the militia claimed the attack": the claim is that sentence's news; the act is told where the article
    # reports it, and the claimant is no agent of it (only when the article does report an act of that kind)
    claims_only = [claimed_act(c.trigger) for c in candidates]
    kinds_told = [c.type for c, claim in zip(candidates, claims_only, strict=True) if not claim]
    reported = [
        k
        for k, candidate in enumerate(candidates)
        if not (claims_only[k] and any(compatible(candidate.type, kind) for kind in kinds_told))
    ]
    candidates, events = [candidates[k] for k in reported], [events[k] for k in reported]

    result: list[Event] = []
    sentence_of: list[int] = []
    article_facts = _article_facts(candidates)
    slot: dict[int, int] = {}
    candidate_at: dict[int, Any] = {}  # a kept event's index -> the candidate that first told it
    by_sentence: dict[int, list[int]] = {}

    event_types = {c.trigger.i: c.type for c in candidates}
    slot_of_trigger: dict[int, int] = {}
    answered_by: dict[
        int, set[int]
    ] = {}  # an event's trigger -> the triggers of the events of its sentence answering it
    for candidate in candidates:
        for token in _answers(candidate, event_types):
            answered_by.setdefault(token, set()).add(candidate.trigger.i)

    def keep(candidate: Any, event: Event) -> None:
        candidate_at[len(result)] = candidate
        slot[id(candidate)] = len(result)
        slot_of_trigger[candidate.trigger.i] = len(result)
        by_sentence.setdefault(candidate.sentence_index, []).append(len(result))
        result.append(event)
        sentence_of.append(candidate.sentence_index)

    def fold(candidate: Any, event: Event, told: int, evidence: str) -> None:
        """The report joins the event kept at ``told``; what points at the candidate points there."""
        result[told] = merge_events(result[told], event, evidence)
        slot[id(candidate)] = told
        slot_of_trigger[candidate.trigger.i] = told

    anchored = {word.i: c.trigger.i for c in candidates for word in (c.trigger, *c.anchors)}
    reports = [(candidate, event) for candidate, event in zip(candidates, events, strict=True) if candidate.dated]
    told_again = _told_again_that_day(reports)
    same_breath = _done_in_the_same_breath(reports, told_again)
    described_doer = _described_doer_again(reports, {*told_again, *told_again.values(), *same_breath})
    taken = {*told_again, *told_again.values(), *same_breath, *same_breath.values(), *described_doer}
    raid = _one_raid_told_apart(reports, taken | set(described_doer.values()))
    joined_dated = taken | set(described_doer.values()) | set(raid) | set(raid.values())
    state_since = _state_since_its_act(reports, joined_dated)
    joined_dated |= set(state_since) | set(state_since.values())
    announced = _decision_announced(candidates, events, {id(reports[k][0]) for k in joined_dated})
    for k, (candidate, event) in enumerate(reports):
        joined_elsewhere = k in told_again or k in same_breath or k in described_doer or k in raid or k in state_since
        if not joined_elsewhere and id(candidate) not in announced:
            keep(candidate, event)
    for k, j in state_since.items():
        candidate, event = reports[k]
        told = slot[id(reports[j][0])]
        fold(
            candidate, event, told, f"the state the {reports[j][0].trigger.lower_} left, told as lasting since its day"
        )
    decided_undated: set[int] = set()  # the undated acts an announcement dated, kept here
    for announcement, act in announced.items():
        candidate, event = candidates[act], events[act]
        said = next(k for k, (c, _) in enumerate(reports) if id(c) == announcement)
        words_candidate, words = reports[said]
        if id(candidate) not in slot:
            # "has suspended the registration ... announced the decision late yesterday": decided by then, news
            # of that day
            keep(candidate, _dated_as(event, words.earliest, words.latest, words.precision, "relation"))
            decided_undated.add(id(candidate))
        told = slot[id(candidate)]
        # what the announcement adds is its day and its words: who decided is the act's (the announcer may be
        # another body, "the bank confirmed the decision")
        words = words.with_changes(participants=(), attributes=())
        fold(words_candidate, words, told, f"the {words_candidate.trigger.lower_} told just before, made known")
    for k, j in raid.items():
        # dups23 class 2: the raid's acts told in sentences of their own ("Officers searched 14 homes on Tuesday")
        candidate, event = reports[k]
        told = slot[id(reports[j][0])]
        kind = "coercion" if "coercion" in (event.type, result[told].type) else result[told].type
        act = event.attribute("trigger")
        event = event.with_changes(attributes=tuple((k, v) for k, v in event.attributes if k != "trigger"))
        fold(candidate, event, told, f"one raid told act by act: {act}")
        result[told] = result[told].with_changes(type=kind)
    for k, j in [*told_again.items(), *same_breath.items(), *described_doer.items()]:
        candidate, event = reports[k]
        told = slot[id(reports[j][0])]
        evidence = (
            f"the {candidate.trigger.lower_} told again on its day, naming no one: the article's one {event.type}"
            if k in told_again
            else SAME_BREATH
            if k in same_breath
            else f"the article's one {event.type} of its day by a named body, told again of a body described"
        )
        if k in same_breath:  # the act keeps its own word and type: the joined verb only tells more of it
            note = event.attribute(PLACE_BASIS)
            event = event.with_changes(attributes=((PLACE_BASIS, note),) if note else ())
        fold(candidate, event, told, evidence)
    for candidate, event in zip(candidates, events, strict=True):
        if candidate.dated or candidate.lexeme.state or id(candidate) in decided_undated:
            continue
        if is_background(event):
            if any(p.role == "agent" for p in event.participants):
                keep(candidate, event)  # an earlier occasion or a lasting state: its own event, not the news
            continue
        antecedent = _antecedent(candidate, event, result, sentence_of)
        if (
            antecedent is None
            and not any(p.role == "agent" for p in event.participants)
            and not (candidate.type in UNAGENTIVE_TYPES and (own_place_ids(event) or event.participants))
        ):
            continue  # "it was struck" says too little on its own; "a fire destroyed a warehouse in Leeds" does not
        # nearby events only: a report far away in a long text is not what this sentence refers to
        nearby = [
            i
            for s in range(candidate.sentence_index - FOLD_WINDOW, candidate.sentence_index + FOLD_WINDOW + 1)
            for i in by_sentence.get(s, ())
            if not a_death_beside_its_cause(candidate.trigger.lower_, result[i], result)
        ]
        # "Iran's attack comes in retaliation for an April 1 strike": not the strike its own sentence dates
        answered = {slot_of_trigger.get(token) for token in _answers(candidate, event_types)}
        # and "the attack was in response to an assault on a consulate": the assault is not the attack that answers it
        # nor another report of that attack's day: what was answered came before it
        answering = {
            slot_of_trigger[token] for token in answered_by.get(candidate.trigger.i, ()) if token in slot_of_trigger
        }
        nearby = [
            i
            for i in nearby
            if i not in answered and i not in answering and not any(_same_days(result[i], result[j]) for j in answering)
        ]
        # "declared an outbreak on Monday, after the hospital reported 23 cases": the cases came before Monday, so
        # they are no report of the death on Wednesday
        came_before = _came_before(candidate, slot_of_trigger, anchored)
        nearby = [i for i in nearby if not any(_starts_after(result[i], result[j]) for j in came_before)]
        options = [
            i
            for i in sorted(nearby)
            if (same_event(result[i], event) or _same_thing_done(result[i], event, article_facts))
            and _same_objects(result[i], event)
        ]
        target = None
        arrests_of_a_raid = False
        conjunct = candidate.conjunct_of
        described = _described_noun(candidate, event, result, slot_of_trigger)
        named_again = _named_again(candidate, event, result, sentence_of) if described is None else None
        if described is not None:
            target = described  # "an airstrike that killed a top general": the clause tells more of the noun's event
        elif named_again is not None:
            target = named_again  # "said in a statement ... read the statement": the noun repeated is the one told
        elif conjunct is not None and slot.get(id(conjunct)) in options:
            target = slot[id(conjunct)]
        elif options:
            target = max(options, key=lambda i: _closeness(result[i], sentence_of[i], event, candidate))
        if target is None:
            target = antecedent
        evidence = "a relative clause about the same event, in the same sentence" if described is not None else ""
        if named_again is not None:
            evidence = f"the {candidate.trigger.lower_} told just before, named again with a definite article"
        if target is None and candidate.named_act is not None and id(candidate.named_act) in slot:
            # "two days after their arrest by the agency", the body telling "detained the two men on Monday": the
            # act the noun names again, however far from it (a live blog tells the oldest entry last)
            target = slot[id(candidate.named_act)]
            act, noun = candidate.named_act.trigger.lower_, candidate.trigger.lower_
            evidence = f"the {act} the article dates, named again as {noun!r}"
        if target is None and conjunct is not None and _discussed_in(event, result, slot.get(id(conjunct))):
            # "has spoken with Putin and discussed the war": the second verb tells what the call was about
            target, evidence = slot[id(conjunct)], "what was discussed in it, in the same sentence"
        if (
            target is None
            and conjunct is not None
            and slot.get(id(conjunct)) is not None
            and (_done_to_the_same_one(candidate, conjunct) or _one_raid(candidate, conjunct))
        ):
            # "summoned the ambassador and handed him a protest note": one occasion, however each verb was typed;
            # "searched 19 homes, detained nine people and seized cash": one raid
            target, evidence = slot[id(conjunct)], SAME_BREATH
            # the people held are what a raid is news for: its arrests type it, not its search
            arrests_of_a_raid = event.type == "coercion" and _one_raid(candidate, conjunct)
        occasion = None
        if target is None:
            nearby_told_of_the_same = [i for i in nearby if not _done_to_others(candidate, candidate_at.get(i))]
            target, evidence = _anchor(candidate, event, result, sentence_of, nearby_told_of_the_same, article_facts)
        if target is None and candidate.fallback is None:  # "Putin said" in a main clause: the day reported
            occasion = _occasion(candidate, event, result, nearby)
        if occasion is not None:
            # what the speaker said is dated by the occasion, but stays its own statement (one speaker says
            # several things on one occasion; they are not one event)
            dated = result[occasion]
            event = _dated_as(event, dated.earliest, dated.latest, dated.precision, "occasion")
            keep(candidate, event)
        elif (
            target is not None
            and answers_adjunct(candidate.trigger)
            and set(own_place_ids(event)) <= set(result[target].place_ids)
        ):
            # "suspended Gabon following the coup": news of a reaction naming the coup in passing is no report of
            # it, unless the passing mention says where it happened ("over the attack on a Moscow concert hall")
            continue
        elif target is not None:
            # one sentence, one quote: the dated event's claim for it stands
            known = {m.key for m in result[target].mentions}
            others = _other_triggers(candidate, candidates)
            if named_as_object_of(candidate.trigger, others) or named_as_time_of_another(candidate.trigger, others):
                # "the tribunal annulled the election", "condemned the attack on a school in Kunduz", "opened its
                # inquiry the day after the accident": the sentence reports another act, done to the event or dated
                # by it, and may say where the event was, but is no report of it nor names its doers (probe28: the
                # annulment listed as a report of the vote; probe24, probe22: an inquiry, a fall in shares)
                known |= {m.key for m in event.mentions}
                event = event.with_changes(participants=())
            form = event.attribute(REFERENCE)
            # what a candidate said on conceding takes the concession's type and word (schema.merge), whichever
            # of the two the article dated
            conceded = said_in_concession(result[target], event) is not None
            kept_attributes: tuple[tuple[str, Any], ...] = (
                (("trigger", event.attribute("trigger")),) if conceded else ()
            )
            # a place taken from the article stays marked so: it does not join the dated event's own places
            note = event.attribute(PLACE_BASIS)
            kept_attributes += ((PLACE_BASIS, note),) if note else ()
            event = event.with_changes(
                mentions=tuple(m for m in event.mentions if m.key not in known), attributes=kept_attributes
            )
            result[target] = merge_events(result[target], event, evidence)
            if arrests_of_a_raid:
                result[target] = result[target].with_changes(type=event.type)
            if described is not None and form and not result[target].attribute(REFERENCE):
                # "an airstrike in Syria that killed a general": the clause makes it an event the reader knows
                attributes = dict(result[target].attributes) | {REFERENCE: form}
                result[target] = result[target].with_changes(attributes=tuple(sorted(attributes.items())))
            slot[id(candidate)] = target
            slot_of_trigger[candidate.trigger.i] = target
        else:
            if candidate.fallback is not None and not candidate.report_only:
                day = candidate.fallback
                event = _dated_as(event, day, day, "day", "publication")
            elif candidate.days_if_alone is not None and event.earliest is None:
                # "two days after their arrest by the agency", "On Tuesday the MPs rose and left the chamber", joining
                # no event here: the days of the act the noun names, of the sentence's time put first
                earliest, latest, precision = candidate.days_if_alone
                event = _dated_as(event, earliest, latest, precision, "relation")
            elif (
                candidate.focus is not None
                and event.earliest is None
                and event.latest is not None
                # "the attack", "condemned the seizure of power": what it refers back to or answers dates it, but
                # the lead's perfect is news of its report's days whatever it answers ("has jailed the owner over a
                # fire that killed 31 workers in 2023"), and an answer to the article's incident that joined no
                # event ("had immediately informed the coast guard") came after that incident
                and (not event.attribute(REFERENCE) or candidate.focus[1].startswith(ANSWER_TO_THE_INCIDENT))
                and (
                    not event.attribute(FOLLOWS)
                    or candidate.focus[1].startswith((LEAD_PERFECT, ANSWER_TO_THE_INCIDENT))
                )
            ):
                # nothing it refers to in the article: the day its narration is set on bounds it from below
                day, words = candidate.focus
                event = _dated_as(event, day, event.latest, "unknown", "focus")
                attributes = dict(event.attributes) | {DATED_BY_CONTEXT: f"narrated in the time frame of {words!r}"}
                event = event.with_changes(attributes=tuple(sorted(attributes.items())))
            keep(candidate, event)
    return result


def _other_triggers(candidate: Any, candidates: list[Any]) -> set[int]:
    """The trigger tokens of the other events of the article, not the words of ``candidate``'s own ("held the vote")."""
    own = {candidate.trigger.i, *(word.i for word in candidate.anchors)}
    return {c.trigger.i for c in candidates if c is not candidate} - own


def _came_before(candidate: Any, slot_of_trigger: dict[int, int], anchored: dict[int, int]) -> set[int]:
    """The slots of the events of its sentence that the undated ``candidate`` is told to have come before: the
    clause it is in ("..., after the hospital reported 23 cases") hangs on their verb."""
    from timelinekg.nlp.extract.candidate import AFTER_WORDS

    verb = candidate.verb
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in AFTER_WORDS for c in children_of(verb)):
        return set()
    later = anchored.get(verb.head.i)
    return {slot_of_trigger[later]} if later is not None and later in slot_of_trigger else set()


def _starts_after(event: Event, later: Event) -> bool:
    """Whether ``event`` began after ``later`` was over (so it cannot be what came before ``later``)."""
    return event.earliest is not None and later.latest is not None and event.earliest > later.latest


def _votes_told_by_their_act(candidates: list[Any], lexicon: Any) -> None:
    """ "Parliament voted on Tuesday to remove its speaker ... Yesterday's vote was 30 to nil", "the vote on the
    impeachment motion": when the article's vote is told by the act it decided (a removal, a repeal, a strike: the
    ``triggers`` rule), its other reports of a vote on those days, or undated, are that vote, and take that type, so
    they join it instead of standing as a second, bare vote.  Only when every such vote decided one kind of act."""
    from timelinekg.nlp.extract.triggers import DECIDED_KINDS
    from timelinekg.schema.model import overlaps

    votes = [c for c in candidates if lexicon.lemma(c.trigger) == "vote"]
    decided = [c for c in votes if c.type in DECIDED_KINDS]
    kinds = {c.type for c in decided}
    if len(kinds) != 1:
        return
    kind = kinds.pop()
    for vote in votes:
        if vote.type != "election" or vote.planned or vote.indefinite:
            continue
        if vote.dated and not any(
            d.dated and overlaps(d.earliest, d.latest, vote.earliest, vote.latest) for d in decided
        ):
            continue  # a vote of other days: another one
        vote.type = kind


def _measures_owned_elsewhere(candidates: list[Any], lexicon: Any) -> None:
    """ "Vietnam on Thursday exempted rice cargoes from its freeze on new export contracts. ... The freeze on
    registering new contracts, announced on Monday, stays in place": a measure on trade told with no one taking it is
    the measure another act of the article calls its doer's own ("its freeze", "their ban"), so that act's agents took
    it.  Only when the article names one such owner."""
    from timelinekg.nlp.extract.lexicon import TRADE_RESTRICTION

    agentless = [
        c
        for c in candidates
        if c.type == TRADE_RESTRICTION
        and lexicon.lemma(c.trigger) in lexicon.trade_measures
        and not any(role == "agent" for _, role in c.participants)
    ]
    if not agentless:
        return
    agents_of = {
        anchor.i: [ref for ref, role in c.participants if role == "agent"] for c in candidates for anchor in c.anchors
    }
    for measure in agentless:
        lemma = lexicon.lemma(measure.trigger)
        owners: dict[str, Any] = {}
        for token in measure.trigger.doc:
            if token.i == measure.trigger.i or lexicon.lemma(token) != lemma:
                continue
            if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children_of(token)):
                continue
            head = token.head
            for _ in range(6):  # "exempted cargoes already paid for from its freeze": the act the phrase is part of
                if head.i in agents_of or head.head is head:
                    break
                head = head.head
            owners.update((ref.name, ref) for ref in agents_of.get(head.i, []))
        if owners and len({ref.name for ref in owners.values()}) <= 2:
            measure.participants.extend((ref, "agent") for ref in owners.values())


VOTE_DAYS = 7  # how wide a vote's dates may be for its place to be shared with another vote of those days


def _place_the_days_votes(events: list[Event]) -> list[Event]:
    """A vote the article tells without a place, on the days of another vote it places, is held there: a country
    holds its presidential and parliamentary elections on one day, and an article about them places them once
    ("won the presidency in Sunday's elections in Portugal ... In the parliamentary elections on Sunday").
    Only when every placed vote of those days is in the same places, and never for an undated vote."""
    from timelinekg.schema.model import overlaps

    def dated(event: Event) -> bool:
        return _span_days(event) <= VOTE_DAYS

    # a vote placed by its own words; one placed only by its article takes the other vote's place instead
    placed = [e for e in events if e.type == "election" and own_place_ids(e) and dated(e)]
    out = []
    for event in events:
        if event.type == "election" and not own_place_ids(event) and dated(event):
            places = {e.place_ids for e in placed if overlaps(e.earliest, e.latest, event.earliest, event.latest)}
            if len(places) == 1:
                attributes = dict(event.attributes) | {PLACE_BASIS: "the place of the other vote of its days"}
                event = event.with_changes(place_ids=next(iter(places)), attributes=tuple(sorted(attributes.items())))
        out.append(event)
    return out


# "said at a press conference", "In his speech, he said", "a speech delivered at a briefing": the prepositions
# that set words in the occasion they were said at
OCCASION_PREPOSITIONS = frozenset({"at", "during", "in"})


def _occasion_host(noun: Any) -> Any:
    """The speech act whose occasion ``noun`` is: "said at a press conference" (the verb), "In his speech ...,
    he said" (the verb), "a speech delivered at a briefing" (the noun the participle describes); else None."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in OCCASION_PREPOSITIONS:
        return None
    host = noun.head.head
    if host.dep_ == "acl" and host.tag_ == "VBN":
        host = host.head  # "the address given at the rally": the address
    return host


def _join_speech_occasions(candidates: list[Any], events: list[Event]) -> tuple[list[Any], list[Event]]:
    """Join each speech noun that is the occasion of a speech act in its sentence to that act: "said at a press
    conference on Monday", "In her victory speech delivered at a briefing at 9pm, the premier said ..." tell one
    statement, not one per noun.  Both must be speech (a rally or a summit is news of its own); the joined event
    keeps the better date of the two (the clock time's window, not the open bound of the verb)."""
    from timelinekg.schema.merge import SPEECH_TYPES, merge_events

    speech = SPEECH_TYPES - {"other"}
    index_of = {c.trigger.i: k for k, c in enumerate(candidates)}
    host_of: dict[int, int] = {}
    for k, candidate in enumerate(candidates):
        if events[k].type not in speech or not candidate.trigger.tag_.startswith("NN"):
            continue
        host = _occasion_host(candidate.trigger)
        j = index_of.get(host.i) if host is not None else None
        if j is not None and j != k and events[j].type in speech:
            host_of[k] = j
    if not host_of:
        return candidates, events

    def root(k: int) -> int:
        seen = {k}
        while k in host_of and host_of[k] not in seen:
            k = host_of[k]
            seen.add(k)
        return k

    events = list(events)
    for k in sorted(host_of):
        r = root(k)
        if r == k:
            continue
        kept, occasion = events[r], events[k]
        best = min(
            (e for e in (kept, occasion) if e.earliest is not None and e.latest is not None),
            key=lambda e: (e.latest - e.earliest).days,  # type: ignore[operator]
            default=kept,
        )
        words = candidates[k].trigger.lower_
        merged = merge_events(kept, occasion, f"the {words} the words were said at, in the same sentence")
        merged = _dated_as(merged, best.earliest, best.latest, best.precision, best.attribute("date_basis") or "")
        attributes = dict(merged.attributes) | {"trigger": kept.attribute("trigger")}  # the act's word names it
        events[r] = merged.with_changes(attributes=tuple(sorted(attributes.items())))
        if best is occasion and not candidates[r].dated:
            candidates[r].set_dates(best.earliest, best.latest, best.precision, candidates[k].basis)
    dropped = {k for k in host_of if root(k) != k}
    kept_at = [k for k in range(len(candidates)) if k not in dropped]
    return [candidates[k] for k in kept_at], [events[k] for k in kept_at]


# subjects that refer back to a text's issuers: a pronoun, or a collective description with "also" ("The group of
# seven democracies also said"); "The army also said" names another speaker
BACK_PRONOUNS = frozenset({"they", "it", "he", "she"})
COLLECTIVE_HEADS = frozenset(
    {
        "group",
        "bloc",
        "leader",
        "country",
        "nation",
        "member",
        "government",
        "minister",
        "alliance",
        "ally",
        "partner",
        "signatory",
        "side",
        "state",
        "union",
        "coalition",
        "participant",
        "delegation",
    }
)
# how many sentences after the text (or the words last joined to it) its issuers' further words may come
ISSUED_WINDOW = 2


def _issued_text(candidate: Any, event: Event) -> bool:
    """ "the leaders issued a joint statement": a statement event whose verb puts out a text."""
    trigger = candidate.trigger
    return (
        event.type == "statement"
        and trigger.tag_.startswith("VB")
        and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ISSUED_TEXTS for c in children_of(trigger))
    )


def _issuers_words(candidate: Any, event: Event, issuers: set[str]) -> bool:
    """Words said by a text's issuers, told right after it: "They said ...", "The group ... also said ..." (the
    text says no more than what the statement said).  A pronoun for one person must name one of the issuers."""
    from timelinekg.schema.merge import SPEECH_TYPES

    verb = candidate.trigger
    if event.type not in SPEECH_TYPES - {"other"} or not verb.tag_.startswith("VB") or candidate.basis == "timex":
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    speakers = {p.actor_id for p in event.participants if p.role == "agent"}
    if subject.lower_ in ("he", "she"):
        return bool(speakers) and speakers <= issuers
    if subject.lower_ in BACK_PRONOUNS:
        return True
    also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in children_of(verb))
    # the subject's first common noun ("The five governments - Norway, Sweden ... - also said": the parser may
    # take a name of the list for the subject)
    before = verb.doc[verb.sent.start : verb.i]
    head = next((t for t in before if t.tag_ in ("NN", "NNS")), None)
    return also and head is not None and before[0].lower_ == "the" and _singular(head.lower_) in COLLECTIVE_HEADS


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _join_issued_statements(candidates: list[Any], events: list[Event]) -> tuple[list[Any], list[Event]]:
    """Join to a statement its issuers put out ("the leaders issued a joint statement") what the article tells
    them saying in the next sentences ("The group ... also said ...", "They said ..."): the words of that one
    text, one statement, not one per sentence.  Only words with no date of their own that overlap the text's."""
    from timelinekg.schema.merge import merge_events
    from timelinekg.schema.model import overlaps

    events = list(events)
    dropped: set[int] = set()
    for k, candidate in enumerate(candidates):
        if k in dropped or not _issued_text(candidate, events[k]):
            continue
        issuers = {p.actor_id for p in events[k].participants if p.role == "agent"}
        last = candidate.sentence_index
        for j in range(k + 1, len(candidates)):
            words, event = candidates[j], events[j]
            if words.sentence_index > last + ISSUED_WINDOW:
                break
            if j in dropped or not _issuers_words(words, event, issuers):
                continue
            if not overlaps(events[k].earliest, events[k].latest, event.earliest, event.latest):
                continue
            joined = merge_events(
                events[k], event, f"what its issuers said in the {candidate.trigger.lower_} text, told just after it"
            )
            attributes = dict(joined.attributes) | {"trigger": events[k].attribute("trigger")}
            events[k] = joined.with_changes(attributes=tuple(sorted(attributes.items())))
            dropped.add(j)
            last = words.sentence_index
    if not dropped:
        return candidates, events
    kept_at = [k for k in range(len(candidates)) if k not in dropped]
    return [candidates[k] for k in kept_at], [events[k] for k in kept_at]


# what a witness's words at a hearing may be typed as besides speech ("told the committee" as a message)
HEARING_ANSWER_TYPES = frozenset({"communication"})


def _hearing(candidate: Any, event: Event) -> bool:
    """ "Solberg was questioned for two hours yesterday by the committee", "testified on Tuesday": one questioned
    at a hearing the article dates."""
    from timelinekg.schema.merge import SPEECH_TYPES
    from timelinekg.schema.speech import HEARING_STEMS

    return (
        event.type not in SPEECH_TYPES - {"other"}
        and event.earliest is not None
        and candidate.trigger.lower_.startswith(HEARING_STEMS)
    )


def _speakers(event: Event) -> set[str]:
    return {p.actor_id for p in event.participants if p.role == "agent"}


def _answer(hearing: Event, candidate: Any, event: Event) -> bool:
    """Words that may have been said at ``hearing``: speech with no date of its own, on days that meet."""
    from timelinekg.schema.merge import SPEECH_TYPES
    from timelinekg.schema.model import overlaps

    if event.type not in (SPEECH_TYPES - {"other"}) | HEARING_ANSWER_TYPES or candidate.basis == "timex":
        return False
    return overlaps(hearing.earliest, hearing.latest, event.earliest, event.latest)


def _spoken_by(event: Event, speakers: set[str]) -> Event:
    """``event`` with ``speakers`` for its agents (a pronoun's antecedent the resolver missed)."""
    from timelinekg.schema.model import Participation

    others = tuple(p for p in event.participants if p.role != "agent")
    return event.with_changes(participants=tuple(Participation(x, "agent") for x in sorted(speakers)) + others)


def _pronoun_subject(candidate: Any) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in children_of(candidate.verb))


def _join_hearing_answers(candidates: list[Any], events: list[Event]) -> tuple[list[Any], list[Event]]:
    """Join to a hearing the article dates ("X was questioned for three hours yesterday by the committee") what the
    one questioned said there, told after it with no date of its own: "He told the committee ...", "he said it
    had been ...", "Mr X said ...": answers at one hearing, not a node each.  The one questioned is the hearing's
    subject, or whoever the article has telling the body that questioned (``occasions``: "told the committee").
    Another speaker's words (the chairman announcing the next witness) stay apart, as does all after a second
    hearing."""
    from timelinekg.schema.merge import merge_events, named_alike
    from timelinekg.schema.speech import HEARING, occasions

    events = list(events)
    dropped: set[int] = set()
    for k, candidate in enumerate(candidates):
        if k in dropped or not _hearing(candidate, events[k]):
            continue
        questioners = {p.actor_id for p in events[k].participants if p.role == "agent"}
        questioned = {p.actor_id for p in events[k].participants if p.role != "agent"}
        after = [j for j in range(k + 1, len(candidates)) if candidates[j].trigger.i > candidate.trigger.i]
        second = next((j for j in after if _hearing(candidates[j], events[j])), None)
        after = [j for j in after if second is None or j < second]

        for j in after:
            told = {p.actor_id for p in events[j].participants if p.role in ("recipient", "target")}
            to_questioners = told & questioners or named_alike(told, questioners)
            if _answer(events[k], candidates[j], events[j]) and HEARING in occasions(events[j]) and to_questioners:
                questioned |= _speakers(events[j]) - questioners
        joined_last = False  # whether the words an earlier sentence told last were the one questioned's
        last_speakers: set[str] = set()
        in_sentence: tuple[int, bool] = (-1, False)
        for j in after:
            if not _answer(events[k], candidates[j], events[j]):
                continue
            sentence = candidates[j].sentence_index
            if sentence != in_sentence[0]:
                joined_last = in_sentence[1] if in_sentence[0] >= 0 else joined_last
            spoken = _speakers(events[j])
            by_name = bool(spoken) and (spoken <= questioned or bool(named_alike(spoken, questioned)))
            # "Asked by a deputy why ..., he said": a "he" in the sentence after the witness's words is the witness,
            # whomever the resolver took it for
            by_pronoun = not by_name and joined_last and _pronoun_subject(candidates[j]) and not spoken & questioners
            in_sentence = (sentence, by_name or by_pronoun)
            if not (by_name or by_pronoun):
                continue
            if by_pronoun:
                events[j] = _spoken_by(events[j], last_speakers)
            last_speakers = spoken if by_name else last_speakers
            joined = merge_events(events[k], events[j], "what the one questioned said at the hearing, told after it")
            attributes = dict(joined.attributes) | {"trigger": events[k].attribute("trigger")}
            # a hearing the extractor could not type is a meeting of the body with the one it heard: left 'other',
            # the undated news its answers tell of ("the storms were 200 km away") would fold into it
            kind = "meeting" if events[k].type == "other" else events[k].type
            events[k] = joined.with_changes(type=kind, attributes=tuple(sorted(attributes.items())))
            dropped.add(j)
    if not dropped:
        return candidates, events
    kept_at = [k for k in range(len(candidates)) if k not in dropped]
    return [candidates[k] for k in kept_at], [events[k] for k in kept_at]


def _told_again_that_day(dated: list[tuple[Any, Event]]) -> dict[int, int]:
    """Dated reports that name no one and nowhere, by a definite noun ("The attack late Saturday marked the first
    time..."), each with the one other dated report of the article it tells again: an act of its kind on overlapping
    days.  The article has told its news and returns to it by its day; with two such acts, nothing tells which."""
    from timelinekg.schema.coreference import can_anchor, kin_types

    def bare_definite(k: int) -> bool:
        candidate, event = dated[k]
        return (
            not event.participants
            and not own_place_ids(event)
            and _definite_noun(candidate.trigger)
            and can_anchor(event)
        )

    told_again: dict[int, int] = {}
    for k, (_, event) in enumerate(dated):
        if k in told_again or not bare_definite(k):
            continue
        kin = set(kin_types(event.type))
        options = [j for j, (_, other) in enumerate(dated) if j != k and other.type in kin and _same_days(event, other)]
        if len(options) != 1 or options[0] in told_again:
            continue
        (j,) = options
        if j > k and bare_definite(j):
            told_again[j] = k  # both name no one ("this attack", "the attack late Saturday"): the first one kept
        else:
            told_again[k] = j
    return told_again


def _definite_noun(trigger: Any) -> bool:
    """ "the attack", "this massacre": a noun the reader is pointed back to (not "an attack", "another attack")."""
    if not trigger.tag_.startswith("NN"):
        return False
    determiners = [c.lower_ for c in children_of(trigger) if c.dep_ in ("det", "poss")]
    return determiners in (["the"], ["this"], ["that"])


def _same_days(a: Event, b: Event) -> bool:
    """Both dated, on overlapping days."""
    from timelinekg.schema.model import overlaps

    return None not in (a.earliest, b.earliest) and overlaps(a.earliest, a.latest, b.earliest, b.latest)


def _described_noun(candidate: Any, event: Event, kept: list[Event], slot_of_trigger: dict[int, int]) -> int | None:
    """The kept event whose noun a relative clause describes, when the clause tells the same kind of event: "an
    airstrike in Syria that killed a top general" is one airstrike, "the protest that turned violent" one
    protest.  A clause about a person or a thing ("the man who attacked") describes no event."""
    from timelinekg.schema.event_types import compatible

    trigger = candidate.trigger
    if trigger.dep_ != "relcl":
        return None
    index = slot_of_trigger.get(trigger.head.i)
    if index is None or not compatible(kept[index].type, event.type):
        return None
    return index


NAMED_AGAIN_SENTENCES = 2  # how far back a definite noun repeats a statement's noun ("a statement ... the statement")


def _named_again(candidate: Any, event: Event, kept: list[Event], sentence_of: list[int]) -> int | None:
    """ "The officers said in a statement ... As one officer read the joint statement": a definite noun of what
    was said, undated, repeating the noun of a statement told in one of the sentences just before, is that
    statement (the reader is pointed back to it), when exactly one dated statement was told there.  Not "the
    previous statement", "a statement" or "the two statements"."""
    from timelinekg.schema.merge import SPEECH_TYPES

    trigger = candidate.trigger
    if event.type not in SPEECH_TYPES or event.type == "other" or not trigger.tag_.startswith("NN"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children_of(trigger)):
        return None
    if any(c.lower_ in OTHER_OCCASION or c.like_num for c in children_of(trigger)):
        return None
    sentences = list(trigger.doc.sents)
    index = candidate.sentence_index
    told = [
        s
        for s in range(max(0, index - NAMED_AGAIN_SENTENCES), index)
        if s < len(sentences) and any(t.lower_ == trigger.lower_ and t.i != trigger.i for t in sentences[s])
    ]
    if not told:
        return None
    options = [
        i
        for i, other in enumerate(kept)
        if sentence_of[i] == told[-1] and other.type == event.type and other.earliest is not None
    ]
    return options[0] if len(options) == 1 else None


# A pronoun standing for the person or people the verb before it acted on: "arrested the mayor and charged him".
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
SAME_BREATH = "done to the same one in the same breath, in the same sentence"
# the small words a body's name leaves in lower case ("Ministry of Environment and Energy")
NAME_FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "de", "&"})


def _done_in_the_same_breath(dated: list[tuple[Any, Event]], told_again: dict[int, int]) -> dict[int, int]:
    """Dated reports whose verb is done to the same one as the verb it is joined to, on the same days, dated only
    through it (a live blog's entry time, the sentence's day): each with that verb's report
    (``_done_to_the_same_one``)."""
    index = {id(candidate): k for k, (candidate, _) in enumerate(dated)}
    joined: dict[int, int] = {}
    for k, (candidate, event) in enumerate(dated):
        j = index.get(id(candidate.conjunct_of))
        if j is None or k in told_again or j in told_again or candidate.basis == "timex":
            continue
        if _same_days(event, dated[j][1]) and (
            _done_to_the_same_one(candidate, dated[j][0]) or _one_raid(candidate, dated[j][0])
        ):
            joined[k] = j
    return joined


def _one_raid_told_apart(dated: list[tuple[Any, Event]], taken: set[int]) -> dict[int, int]:
    """Dated reports of one raid's acts told in sentences of their own, by one force on one day ("Police arrested
    nine people in Sofia on Tuesday. Officers searched 14 homes on Tuesday"): each with the first of them
    (``schema.merge.one_operation``)."""
    from timelinekg.schema.merge import one_operation

    joined: dict[int, int] = {}
    for k, (_, event) in enumerate(dated):
        if k in taken:
            continue
        first = next(
            (j for j in range(k) if j not in taken and j not in joined and one_operation(dated[j][1], event)), None
        )
        if first is not None:
            joined[k] = first
    return joined


def _one_raid(candidate: Any, conjunct: Any) -> bool:
    """dups23 class 2: "Tax police searched 23 homes on Tuesday, detained nine people and seized cash": the acts of
    one raid, each verb joined to the one before with no subject of its own, are that one operation."""
    from timelinekg.schema.merge import OPERATION_STEMS

    verb, first = candidate.verb, conjunct.verb
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return False
    return all(word.lower_.startswith(OPERATION_STEMS) for word in (verb, first))


def _described_body(ref: Any) -> bool:
    """ "the country's privacy watchdog", "the financial regulator": a body named by what it is, not by its name,
    and in more than one word (a bare "police" or "army" is too common to stand for one body)."""
    return bool(ref.kind == "organisation" and ref.name.islower() and len(ref.name.split()) > 1)


def _proper_body(ref: Any) -> bool:
    """ "the Financial Conduct Authority": a body by its name, every word but the small ones capitalised (not "Riot
    officers", a description starting a sentence)."""
    words = [w for w in ref.name.split() if w.lower() not in NAME_FUNCTION_WORDS]
    return bool(ref.kind == "organisation" and words and all(w[:1].isupper() for w in words))


def _state_since_its_act(dated: list[tuple[Any, Event]], taken: set[int]) -> dict[int, int]:
    """ "The port authority closed the terminal on Friday ... The terminal, which has been closed since Friday":
    the state told as lasting since a day (dated by that day, ``dating.state_one_act_began``) is the state the act
    the article tells by the same word on that day left; each with that act's report, when it is the only one."""
    from timelinekg.nlp.extract.dating import state_one_act_began

    def since_state(candidate: Any) -> bool:
        verb = candidate.verb
        return state_one_act_began(verb) and any(c.dep_ == "prep" and c.lower_ == "since" for c in children_of(verb))

    joined: dict[int, int] = {}
    for k, (candidate, event) in enumerate(dated):
        thing = _thing_done_to(candidate.verb)
        if k in taken or not _one_day(event) or not since_state(candidate) or thing is None:
            continue
        options = [
            j
            for j in _others_of_its_day(dated, k, taken)
            if dated[j][0].trigger.lower_ == candidate.trigger.lower_
            and dated[j][0].trigger.i == dated[j][0].verb.i
            and _thing_done_to(dated[j][0].verb) == thing
            and not since_state(dated[j][0])
        ]
        if len(options) == 1:
            joined[k] = options[0]
    return joined


def _one_day(event: Event) -> bool:
    return event.earliest is not None and event.earliest == event.latest


def _others_of_its_day(dated: list[tuple[Any, Event]], k: int, taken: set[int]) -> list[int]:
    """The other events of the article not yet joined of the k-th's type and one day, the same day."""
    event = dated[k][1]
    return [
        j
        for j, (_, other) in enumerate(dated)
        if j != k
        and j not in taken
        and other.type == event.type
        and _one_day(other)
        and other.earliest == event.earliest
    ]


def _thing_done_to(verb: Any) -> str | None:
    """The head word of what a verb was done to, folded: its object, its passive subject, or the noun a relative
    clause's "which" stands for ("the terminal, which has been closed")."""
    for child in children_of(verb):
        if child.dep_ in ("dobj", "nsubjpass"):
            noun = verb.head if child.tag_ == "WDT" and verb.dep_ == "relcl" else child
            return noun.lower_ if noun.tag_.startswith("NN") else None
    return None


# a definite noun for what was decided, which a verb of making known points back to ("announced the decision")
DECIDED_NOUNS = frozenset({"decision", "ruling", "order", "decree", "suspension", "ban", "move", "measure"})
# verbs of making a decision known (stems: "announced", "confirms", "published", "communicated")
MAKING_KNOWN_STEMS = ("announc", "confirm", "publish", "communicat", "disclos", "unveil", "notif")
# the kinds of act a body decides and then makes known
DECIDED_TYPES = frozenset({"coercion", "legal", "reduce-relations", "yield", "personnel", "business", "aid"})
DECISION_SENTENCES = 2  # how many sentences telling news back the decided act may be told


def _decision_announced(candidates: list[Any], events: list[Event], taken: set[int]) -> dict[int, int]:
    """ "The regional government has suspended the plant's registration ... The Junta announced the decision late
    yesterday": a dated definite noun of a decision that a verb of making known takes as its object points back to
    the one decided act the article told just before, and gives its day.  The candidate ids of such announcements,
    each with the index of that act.  Not "a decision", "the earlier ruling", "the two decisions", nor when two acts
    of that kind were told there (which one?)."""
    from timelinekg.schema.model import overlaps

    joined: dict[int, int] = {}
    for candidate, event in zip(candidates, events, strict=True):
        noun = candidate.trigger
        if not candidate.dated or id(candidate) in taken or noun.lower_ not in DECIDED_NOUNS or noun.dep_ != "dobj":
            continue
        if not noun.head.lower_.startswith(MAKING_KNOWN_STEMS):
            continue
        if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in children_of(noun)):
            continue
        if any(c.lower_ in OTHER_OCCASION or c.like_num for c in children_of(noun)):
            continue
        here = candidate.sentence_index
        # the sentences that tell news just before (a reporter's cue between them tells none)
        told_before = sorted({c.sentence_index for c in candidates if c.sentence_index < here})[-DECISION_SENTENCES:]
        options = [
            j
            for j, (other_candidate, other) in enumerate(zip(candidates, events, strict=True))
            if other_candidate is not candidate
            and other.type in DECIDED_TYPES
            and other_candidate.sentence_index in {*told_before, here}
            and other_candidate.trigger.i < noun.i
        ]
        if len(options) != 1:
            continue
        (j,) = options
        act = events[j]
        if id(candidates[j]) in taken or act.attribute("planned") or candidates[j].lexeme.state:
            continue
        if candidates[j].dated and not overlaps(act.earliest, act.latest, event.earliest, event.latest):
            continue
        if (
            not candidates[j].dated
            and act.latest is not None
            and event.latest is not None
            and act.latest < event.latest
        ):
            continue  # bounded before the announcement by something the text says: another time
        joined[id(candidate)] = j
    return joined


def _described_doer_again(dated: list[tuple[Any, Event]], taken: set[int]) -> dict[int, int]:
    """dups22 class 1: "two days after the country's privacy watchdog hit the company with the largest fine" and "On
    Wednesday the Personal Information Protection Commission ordered the company to pay 148.2 billion won": a body
    the article describes by what it is rather than names, doing on one day an act of the type a named body does on
    that day, with no other target, is that body telling the same act again; each with that named report, when it
    is the article's only one of that type and day.  Not what was said (a speaker says many things a day)."""
    from timelinekg.schema.merge import SPEECH_TYPES

    def agents(candidate: Any) -> list[Any]:
        return [ref for ref, role in candidate.participants if role == "agent"]

    def named_targets(candidate: Any) -> set[str]:
        return {identity.actor_id(ref.name) for ref, role in candidate.participants if role == "target"}

    joined: dict[int, int] = {}
    for k, (candidate, event) in enumerate(dated):
        doers = agents(candidate)
        if k in taken or event.type in SPEECH_TYPES or not _one_day(event) or not doers:
            continue
        if not all(_described_body(ref) for ref in doers):
            continue
        options = [
            j
            for j in _others_of_its_day(dated, k, taken)
            if agents(dated[j][0]) and all(_proper_body(ref) for ref in agents(dated[j][0]))
        ]
        if len(options) != 1:
            continue
        (j,) = options
        targets, other_targets = named_targets(candidate), named_targets(dated[j][0])
        if targets and other_targets and not targets & other_targets:
            continue
        joined[k] = j
    return joined


def _done_to_the_same_one(candidate: Any, conjunct: Any) -> bool:
    """ "The ministry summoned the ambassador and handed him a protest note", "police arrested the manager and charged
    him with negligence": a verb joined to the one before it, with no subject of its own and no date of its own, done
    to a pronoun standing for that verb's object, tells more of the same act, not another event."""
    verb, first = candidate.verb, conjunct.verb
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return False
    pronoun = any(c.dep_ in ("dobj", "dative", "iobj") and c.lower_ in OBJECT_PRONOUNS for c in children_of(verb))
    acted_on = any(c.dep_ == "dobj" and c.tag_.startswith("NN") for c in children_of(first))
    return pronoun and acted_on


def _discussed_in(event: Event, kept: list[Event], index: int | None) -> bool:
    from timelinekg.schema.merge import CONVERSATION_TYPES, SPEECH_TYPES

    if index is None or event.earliest is not None or kept[index].type not in CONVERSATION_TYPES:
        return False
    if event.type not in SPEECH_TYPES and event.type != "consultation":
        return False
    agents = {p.actor_id for p in event.participants if p.role == "agent"}
    return bool(agents) and agents <= {p.actor_id for p in kept[index].participants}


def _dated_as(event: Event, earliest: Any, latest: Any, precision: str, basis: str) -> Event:
    claims = tuple(
        replace(m, claimed_earliest=earliest, claimed_latest=latest, claimed_precision=precision)
        for m in event.mentions
    )
    return event.with_changes(
        earliest=earliest,
        latest=latest,
        precision=precision,
        mentions=claims,
        attributes=tuple(("date_basis", basis) if k == "date_basis" else (k, v) for k, v in event.attributes),
    )


def _article_facts(candidates: list[Any]) -> Story:
    """What the candidates of one article say about their actors' kinds and their places' parents."""
    kinds: dict[str, str] = {}
    parents: dict[str, str] = {}
    for candidate in candidates:
        for ref, _ in candidate.participants:
            kinds.setdefault(identity.actor_id(ref.name), ref.kind)
        for place in candidate.places:
            if place.parent:
                parents.setdefault(identity.place_id(place.name), identity.place_id(place.parent))
    return Story(kinds, parents)


def _anchor(
    candidate: Any, event: Event, kept: list[Event], sentence_of: list[int], nearby: list[int], facts: Story
) -> tuple[int | None, str]:
    """The dated event of this article that an undated report of the same kind of news repeats.

    Evidence: the same type, among the kinds an article tells once and returns to (ANCHORED_TYPES); dates
    that overlap; no contradicting argument (two different named agents, named targets or places that do not
    contain one another); and no doubt which dated event it is: the only one of its type nearby, or the one
    the report shares an argument with, or the one in its own sentence."""
    from timelinekg.nlp.extract.dating import LEAD_PERFECT
    from timelinekg.schema.merge import ANCHORED_TYPES, different_votes, one_act_named
    from timelinekg.schema.model import overlaps

    if event.type not in ANCHORED_TYPES:
        return None, ""

    def arguments(other: Event) -> int:
        shared_actors = {p.actor_id for p in other.participants} & {p.actor_id for p in event.participants}
        shared_places = facts.region(own_place_ids(other)) & facts.region(own_place_ids(event))
        return len(shared_actors) + len(shared_places)

    options = [
        i
        for i in nearby
        if _kin(kept[i].type, event.type)
        # the article's own story has a day ("on Wednesday", "last week"), not "five coups in three years"
        and _span_days(kept[i]) <= ANCHOR_SPAN_DAYS
        and not kept[i].attribute("planned")
        # "Five people have been killed" in the lead: the news's window from its tense says too little of which
        # undated fire or blast it is ("as burning fuel spread" may be another incident of the day)
        and LEAD_PERFECT not in (kept[i].attribute(DATED_BY_CONTEXT) or "")
        and overlaps(kept[i].earliest, kept[i].latest, event.earliest, event.latest)
        and not _contradicts(kept[i], event, facts)
        # "suspended the export licence on Monday" is not "the arrest of its chief engineer": one act, not one type
        and one_act_named(kept[i], event)
        and not different_votes(kept[i], event)
    ]
    here = candidate.sentence_index
    if not options:
        return None, ""
    best = max(
        options,
        key=lambda i: (arguments(kept[i]), sentence_of[i] == here, sentence_of[i] <= here, -abs(sentence_of[i] - here)),
    )
    clear = len(options) == 1 or arguments(kept[best]) > 0 or sentence_of[best] == here
    rivals = [
        i
        for i in options
        if i != best
        and (arguments(kept[i]), sentence_of[i] == here) == (arguments(kept[best]), sentence_of[best] == here)
        # the same day told twice ("Friday's attack on a concert hall", "gunmen opened fire on Friday") is no rival
        and not overlaps(kept[i].earliest, kept[i].latest, kept[best].earliest, kept[best].latest)
    ]
    if (
        not (
            clear
            or all(overlaps(kept[i].earliest, kept[i].latest, kept[best].earliest, kept[best].latest) for i in options)
        )
        or rivals
    ):
        return None, ""
    return best, f"the same {event.type} the article dates, nothing contradicting"


ANCHOR_SPAN_DAYS = 7


def _span_days(event: Event) -> float:
    if event.earliest is None or event.latest is None:
        return float("inf")
    return (event.latest - event.earliest).days


# Words for one act of violence: "the massacre", "the attack", "opened fire" name one event.
VIOLENCE = frozenset({"attack", "mass-violence"})


def _kin(a: str, b: str) -> bool:
    return a == b or (a in VIOLENCE and b in VIOLENCE)


def _occasion(candidate: Any, event: Event, kept: list[Event], nearby: list[int]) -> int | None:
    """ "In a televised address on Wednesday the officers declared..." and then "the officers said in a
    statement", undated: a speaker the article quotes on one dated occasion only spoke then.  Not when the
    article dates two of that speaker's statements (which one?), nor for "has said" (any time before), nor when
    the dated occasion is background weeks before the report ("announced on Sept. 3 that it would sell the
    plant" in a strike story of Sept. 21: what the owner "said in a statement" is the strike day's news)."""
    from timelinekg.schema.merge import SPEECH_TYPES, recent

    if event.type not in SPEECH_TYPES or event.type == "other" or event.earliest is not None:
        return None
    if event.attribute("date_basis") != "report":
        return None  # bounded by something the text says ("before congratulating him on November 7")
    trigger = candidate.trigger
    if trigger.tag_ not in ("VBD", "NN", "NNS") or any(c.dep_ == "aux" for c in children_of(trigger)):
        return None
    agents = {p.actor_id for p in event.participants if p.role == "agent"}
    occasions = [
        i
        for i in nearby
        if kept[i].type in SPEECH_TYPES
        and kept[i].earliest is not None
        and kept[i].earliest == kept[i].latest
        and agents & {p.actor_id for p in kept[i].participants if p.role == "agent"}
        and recent(kept[i], event)
    ]
    days = {kept[i].earliest for i in occasions}
    return occasions[0] if agents and len(days) == 1 else None


def _contradicts(a: Event, b: Event, facts: Story) -> bool:
    if a.type == b.type == "personnel" and _different_people(a, b):
        return True
    agents_a, agents_b = (facts.named({p.actor_id for p in e.participants if p.role == "agent"}) for e in (a, b))
    # every candidate and party is in the one election ("Lai won", "Hou had 4.7 million votes")
    if agents_a and agents_b and not agents_a & agents_b and a.type != "election":
        return True
    targets_a, targets_b = (facts.named({p.actor_id for p in e.participants if p.role == "target"}) for e in (a, b))
    if targets_a and targets_b and not targets_a & targets_b:
        return True
    return places_apart(a, b, facts)


# acts done to people one by one, whose number tells who they were done to (``schema.merge.ACTS_OF_TYPE``)
ACTS_ON_PEOPLE = frozenset({"arrest", "expulsion"})
# the words that tell one person or thing done to, and more than one, when the noun itself does not say
ONE_WORDS = frozenset({"he", "she", "him", "her", "it", "one", "1"})
MANY_WORDS = frozenset({"they", "them", "both", "all"})


def _grammatical_number(noun: Any) -> str | None:
    """ "Four persons", "a man and a woman", "a group of protesters", "they": more than one; "the owner", "he": one;
    else not known."""
    if any(c.dep_ == "conj" for c in children_of(noun)) or noun.lower_ in MANY_WORDS or noun.tag_ in ("NNS", "NNPS"):
        return "many"
    of_many = (g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c))
    if any(g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") for g in of_many):
        return "many"
    if any(c.dep_ == "nummod" and c.lower_ not in ONE_WORDS for c in children_of(noun)):
        return "many"
    if noun.lower_ in ONE_WORDS or noun.tag_ in ("NN", "NNP"):
        return "one"
    return None


def _done_to(candidate: Any) -> Any | None:
    """Whom the arrest a verb tells was done to: its passive subject or its object.  Only for acts done to people one
    by one: an attack on "a wedding party" is one on "the guests"."""
    verb = candidate.verb
    if act_of_word(candidate.type, candidate.trigger.text) not in ACTS_ON_PEOPLE:
        return None
    if not verb.tag_.startswith("VB") or candidate.trigger.i != verb.i:
        return None
    return next((child for child in children_of(verb) if child.dep_ in ("nsubjpass", "dobj")), None)


def _head_count(noun: Any) -> float | None:
    """The number a noun is counted by ("two men", "11 drivers", "fourteen traders"), if it is."""
    from timelinekg.nlp.timex.resolve import parse_number

    return next((parse_number(c.text) for c in children_of(noun) if c.dep_ == "nummod"), None)


def _done_to_others(candidate: Any, other: Any) -> bool:
    """ "Four persons were detained" and "The proprietor was detained yesterday", or "police arrested two men" and
    "11 drivers were briefly detained" (probe31): the one arrested and the several arrested, or two counts of
    them, are not the same people, whether or not either was read as an actor (a kind of act told again with the
    same day is only one event when it was done to the same ones)."""
    if other is None:
        return False
    told, other_told = _done_to(candidate), _done_to(other)
    if told is None or other_told is None:
        return False
    number, other_number = _grammatical_number(told), _grammatical_number(other_told)
    if number is not None and other_number is not None and number != other_number:
        return True
    count, other_count = _head_count(told), _head_count(other_told)
    return count is not None and other_count is not None and count != other_count


def _different_people(a: Event, b: Event) -> bool:
    """Personnel news is about who came, went or died: "the former president died on Sunday" and "three miners
    died" are two events even though neither miners nor a president is named."""
    people_a, people_b = ({p.actor_id for p in e.participants if p.role in ("agent", "target")} for e in (a, b))
    return bool(people_a and people_b and not people_a & people_b)


OTHER_OCCASION = {
    "previous",
    "last",
    "past",
    "earlier",
    "former",
    "first",
    "next",
    "prior",
    "other",
    "another",
    "future",
    "upcoming",
    "second",
    "third",
    "latest",
    "new",
}
DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her"}


def _antecedent(candidate: Any, event: Event, kept: list[Event], sentence_of: list[int]) -> int | None:
    """ "The coup was the eighth in the region": a definite event noun, undated, is the article's dated event
    of that type told before it (the nearest)."""
    from timelinekg.schema.model import overlaps

    trigger = candidate.trigger
    if not trigger.tag_.startswith("NN") or event.type in ("statement", "other"):
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in children_of(trigger)):
        return None
    if any(c.lower_ in OTHER_OCCASION or c.like_num for c in children_of(trigger)):
        return None  # "the previous election", "the 2020 vote", "coups in five other countries": another one
    own = {p.actor_id for p in event.participants if p.role != "agent"}
    options = [
        i
        for i, other in enumerate(kept)
        if other.type == event.type
        and _span_days(other) <= ANCHOR_SPAN_DAYS
        # "the death of his father" names someone the dated appointment does not: another event
        and own <= {p.actor_id for p in other.participants}
        and sentence_of[i] <= candidate.sentence_index
        and overlaps(other.earliest, other.latest, event.earliest, event.latest)
        and not a_death_beside_its_cause(candidate.trigger.lower_, other, kept)
    ]
    return max(options, key=lambda i: sentence_of[i]) if options else None


def _closeness(kept: Event, kept_sentence: int, event: Event, candidate: Any) -> tuple[bool, int, int]:
    shared = len({p.actor_id for p in event.participants} & {p.actor_id for p in kept.participants})
    return (kept.type == event.type, shared, -abs(kept_sentence - candidate.sentence_index))


def _same_thing_done(a: Event, b: Event, story: Story) -> bool:
    """ "Apple introduced the iPhone today" and "Jobs unveiled the device" in one article: the same launch,
    though the agents differ (a company and its chief executive)."""
    from timelinekg.schema.event_types import compatible
    from timelinekg.schema.model import overlaps

    objects_a = {p.actor_id for p in a.participants if p.role in ("subject", "target")}
    objects_b = {p.actor_id for p in b.participants if p.role in ("subject", "target")}
    if a.type == "disaster":
        # the dead of two tolls, told by a count ("nine people died", "fourteen people died"), name no one in common
        objects_a, objects_b = story.named(objects_a), story.named(objects_b)
    return (
        a.type == b.type
        and a.type not in ("statement", "other")
        and compatible(a.type, b.type)
        and bool(objects_a & objects_b)
        and overlaps(a.earliest, a.latest, b.earliest, b.latest)
        and not (own_place_ids(a) and own_place_ids(b) and not set(own_place_ids(a)) & set(own_place_ids(b)))
    )


def _same_objects(a: Event, b: Event) -> bool:
    """ "launched the iPhone" and "launched the iPhone 3G" name different events (what a statement is
    about does not: one speaker says several things on one occasion)."""
    if a.type == "statement" and b.type == "statement":
        return True
    objects_a = {p.actor_id for p in a.participants if p.role in ("subject", "target")}
    objects_b = {p.actor_id for p in b.participants if p.role in ("subject", "target")}
    return not (objects_a and objects_b) or bool(objects_a & objects_b)


def _place(ref: Any) -> Place:
    external: list[tuple[str, str]] = []
    if ref.geonames:
        external.append(("geonames", ref.geonames))
    if ref.iso:
        external.append(("iso3166", ref.iso))
    return Place(
        id=identity.place_id(ref.name),
        name=ref.name,
        kind=ref.kind,
        latitude=ref.latitude,
        longitude=ref.longitude,
        parent_id=identity.place_id(ref.parent) if ref.parent else None,
        external_ids=tuple(external),
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# a clause cut before its next clause can end on the comma or "and" that joined them
_LABEL_TAIL_WORDS = frozenset({"and", "but", "or", "while", "as", ",", ";", ":", "-", "\u2014", "\u2013"})
_CLAUSE_BREAKS = {"ccomp", "advcl", "relcl", "parataxis", "punct", "cc", "conj", "mark"}


def _label(candidate: Any, *, with_reported_content: bool = False) -> str:
    """The clause that states the event: "Trump took the call in Florida on November 7"."""
    head = candidate.verb
    keep: list[Any] = [head, *_noun_told_of(candidate, head)]
    # a clause the event holds ("ordered the refinery shut on Saturday") is part of its statement
    stack = [
        c
        for c in children_of(head)
        # "declared the strike illegal": a small clause the verb states its object to be, no clause of its own
        if c.dep_ not in _CLAUSE_BREAKS or c in candidate.anchors or (c.dep_ == "ccomp" and c.tag_ == "JJ")
    ]
    if with_reported_content and not any(c.dep_ in ("dobj", "obj") for c in children_of(head)):
        # "He said" or "A spokeswoman said on Tuesday" tells a reader nothing: what was said is the statement
        # only when it follows the verb: "..., the committee said" would read backwards
        stack.extend(c for c in children_of(head) if c.dep_ == "ccomp" and c.i > head.i)
    while stack:
        token = stack.pop()
        keep.append(token)
        stack.extend(c for c in children_of(token) if c.dep_ not in ("relcl", "ccomp", "advcl", "parataxis"))
    # a repaired parse can list one word under two heads ("ordered the plant closed"): each word is told once
    keep = sorted({token.i: token for token in keep}.values(), key=lambda t: t.i)
    keep = _after_the_lines_stamp(keep)
    parts = []
    for token, following in zip(keep, [*keep[1:], None], strict=True):
        gap = following is not None and following.i > token.i + 1 and not following.is_punct
        parts.append(token.text + (token.whitespace_ or (" " if gap else "")))
    text = " ".join("".join(parts).split())
    text = _without_dangling_joiners(text)
    if len(text) > 140:
        text = text[:137].rstrip() + "..."
    return text or candidate.trigger.text


# what opens an entry's line before its sentence: a list's mark, a live blog's clock stamp set off by a dash or a
# colon, or both ("- 10:41 - The plane landed", "14:30 - A police spokesman says", "08:10: Investigators raided");
# the parser hangs them on the verb, and they are no words of what happened
_LINE_STAMP = re.compile(
    r"(?:[-•*+–]\s+)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?: ?[A-Z]{3,4}\b)?\s*(?:-{1,2}|[—–:|])\s+|[-•*+–]\s+"
)


def _after_the_lines_stamp(tokens: list[Any]) -> list[Any]:
    """``tokens`` (of a label, in order) without the stamp or the list's mark opening their line."""
    if not tokens:
        return tokens
    text = parsed_text(tokens[0].doc)
    first = tokens[0].idx
    if text[text.rfind("\n", 0, first) + 1 : first].strip():
        return tokens
    stamp = _LINE_STAMP.match(text, first)
    if stamp is None:
        return tokens
    rest = [t for t in tokens if t.idx >= stamp.end()]
    return rest or tokens


def _noun_told_of(candidate: Any, head: Any) -> list[Any]:
    """ "A gas explosion [that tore through a block]": a relative clause's event is told of the noun before it."""
    trigger = candidate.trigger
    if head.dep_ == "acl" and head.head.i == trigger.i and candidate.lexeme.learned:
        # "the ban on maize exports, announced on Monday": a measure dated by its participle is told with its phrase
        return [t for t in trigger.doc[trigger.left_edge.i : head.i] if not t.is_punct]
    if head.dep_ != "relcl" or head.head.i != trigger.i:
        return []
    return list(trigger.doc[trigger.left_edge.i : trigger.i + 1])


def _without_dangling_joiners(text: str) -> str:
    words = text.replace(",", " ,").split(" ")
    while len(words) > 1 and words[-1] in _LABEL_TAIL_WORDS:
        words.pop()
    return " ".join(words).replace(" ,", ",")
