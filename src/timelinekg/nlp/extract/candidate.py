"""What the parts of event finding share: the candidate event, the parsed article, and parse helpers.

The finder is split by job (``triggers``, ``arguments``, ``event_places``, ``dating``); each part is a
mixin over :class:`FinderBase`, which holds the article and the lookups every part needs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from timelinekg.nlp.extract.actors import (
    LOCATION_LABELS,
    ActorRef,
    ArticleActors,
    Mention,
)
from timelinekg.nlp.extract.lexicon import Lexicon, Trigger
from timelinekg.nlp.extract.nlp import children_of, parsed_text, run_in_heading, token_indexes, tokens_in, written_text
from timelinekg.nlp.extract.places import Gazetteer, PlaceRef
from timelinekg.schema.coreference import DEATH_NOUNS as DEATH_NOUNS  # dating.py names a death again by it

# the writer's own side: "our engineers", "my office", "our reporter"
WRITERS_OWN = frozenset({"our", "my"})


def the_writers_reporter(outlet: str) -> bool:
    """Whether the outlet speaking (``Context.outlet_speaking``) is the writer's own reporter ("Our reporter on the
    water"), whose saying or confirming is the report itself; another outlet's ("state television confirmed") is news
    the finder may keep."""
    return outlet.casefold().startswith(tuple(f"{word} " for word in WRITERS_OWN))


FUTURE_AUXILIARIES = {"will", "'ll", "’ll", "shall"}
MODALS = {"would", "could", "may", "might", "will", "shall", "should", "can", "must", "'ll", "wo", "ca"}
IRREALIS_DETS = {"any", "no", "every", "each"}
IRREALIS_ADJECTIVES = {"further", "future", "possible", "potential", "next", "upcoming", "planned", "proposed"}
AFTER_WORDS = {"after", "following"}
BEFORE_WORDS = {"before", "ahead", "prior"}
# "off the coast": where ships and planes come to grief
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "from", "into", "over", "around", "off"}
FORCE_TYPES = {"attack", "military", "mass-violence", "coercion", "force-posture"}
# verbs of dying: a count of the dead is a toll (a disaster), one named person's death a personnel change
DEATH_VERBS = frozenset({"die", "perish"})
# what an official act is done by ("by a decision of 3 March", "under a decree of 12 May")
DECISION_PREPOSITIONS = frozenset({"by", "under", "through", "pursuant"})
DECISION_NOUNS = frozenset({"decision", "resolution", "decree", "order", "ordinance", "ruling", "directive", "vote"})
# texts put out in their issuers' name: "issued a joint statement", "released a communique", "published its report"
ISSUED_TEXTS = frozenset({"statement", "communique", "communiqué", "declaration", "report", "findings"})
# verbs that put something in a state by command: "ordered the plant closed", "had the suspects arrested"
ORDER_VERBS = frozenset({"order", "direct", "command", "instruct"})
# openlist2 class 5: the papers of a police case ("registered an FIR against the MLA"): a document, never an actor
POLICE_CASE_WORDS = frozenset({"fir", "firs", "f.i.r.", "f.i.r", "chargesheet", "charge-sheet"})
# texts that act once they are signed or passed ("a decree that nationalised the mines", "an order which closed")
ENACTING_TEXTS = frozenset(
    {"decree", "edict", "order", "ordinance", "law", "bill", "resolution", "regulation", "directive", "proclamation"}
)

# what a text says holds from then on ("a law that required organisers to register"): its content, no act
RULE_CONTENT_VERBS = frozenset(
    {"required", "requires", "allowed", "allows", "permitted", "permits", "obliged", "obliges", "entitled", "entitles",
     "enabled", "enables", "forbade", "forbids", "prohibited", "prohibits", "made", "makes", "gave", "gives"}
)  # fmt: skip


def enacting_clause_signer(verb: Any) -> Any:
    """ "signed a decree on Friday that nationalised two companies": the verb that signed, issued or passed the text
    a relative clause tells the act of, or None."""
    text = verb.head
    if verb.dep_ != "relcl" or text.lower_ not in ENACTING_TEXTS or verb.lower_ in RULE_CONTENT_VERBS:
        return None
    if text.dep_ not in ("dobj", "nsubjpass") or not text.head.tag_.startswith("VB"):
        return None
    return text.head


ADDRESS_TYPES = {
    "communication",
    "statement",
    "consultation",
    "meeting",
    "diplomatic-cooperation",
    "appeal",
    "disapproval",
    "threat",
    "demand",
}


@dataclass
class Candidate:
    trigger: Any  # the token naming the event
    type: str
    lexeme: Trigger
    anchors: list[Any]  # trigger plus the light verb that carries it
    participants: list[tuple[ActorRef, str]] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    earliest: dt.date | None = None
    latest: dt.date | None = None
    precision: str = "unknown"
    basis: str = "open"
    dated: bool = False
    sentence_index: int = 0
    conjunct_of: Candidate | None = None  # "spoken with Putin and discussed the war": the first conjunct
    reported_by: str | None = None  # the news outlet the text credits ("the Associated Press reported")
    fallback: dt.date | None = None  # the publication date, if nothing in the article dates it better
    report_only: bool = False  # a speaker's other statement is dated, this one is not: only its report bounds it
    planned: bool = False  # scheduled by the text ("will go on sale", "slated for release"), not yet happened
    caption: bool = False  # told in a photo caption ("X (left) listens as Y speaks ... in July 2018")
    # only whose report an event of its clause is ("..., police said"): dropped when that event is kept
    attribution_only: bool = False
    indefinite: bool = False  # "won in an election", "called for a vote": named in passing, not the news itself
    # the day that sets the time frame of its narration and the words naming it, for an undated past event
    focus: tuple[dt.date, str] | None = None
    # the days the text gives an event through another it is one with (the act a definite noun names again, "their
    # arrest"; the first verb of a sentence whose time is put first, "On Tuesday morning MPs rose and left"), for
    # an event that joins no other of its article: one that joins it is that event, and its own dates would keep
    # it apart
    days_if_alone: tuple[dt.date, dt.date, str] | None = None
    # the dated act a definite event noun names again, which the noun joins when no other rule joins it elsewhere
    named_act: Candidate | None = None
    # how a place the sentence does not give was taken from the article (its dateline, its lead event), for `show`
    place_basis: str | None = None

    @property
    def verb(self) -> Any:
        return self.anchors[-1]

    def set_dates(self, earliest: dt.date | None, latest: dt.date | None, precision: str, basis: str) -> None:
        self.earliest, self.latest, self.precision, self.basis = earliest, latest, precision, basis
        self.dated = earliest is not None and latest is not None


class FinderBase:
    """The parsed article and what every part of the finder looks things up in."""

    doc: Any
    published: dt.date
    body_start: int
    title: str  # the headline, which the text may not repeat
    lexicon: Lexicon
    gazetteer: Gazetteer
    actors: ArticleActors
    timexes: list[Any]
    _timex_spans: dict[tuple[int, int], Any]  # (start, end) of a time expression -> its tokens (``timex_span``)
    background: set[int]  # triggers of what was said as a stance, not an occasion ("has repeatedly denied")
    text: str
    sentences: list[Any]
    _sentence_of: list[int]
    _by_sentence: dict[int, list[Mention]]
    place_refs: dict[str, PlaceRef]
    struck: list[list[PlaceRef]]
    placed_at_seat: set[int]  # triggers of events placed only where their doer sits ("the cabinet in Madrid")
    context_countries: list[str]
    publisher: str  # who writes the article (the metadata's), whose "we" its own words are
    last_person: ActorRef | None
    last_group: ActorRef | None
    last_thing: ActorRef | None
    last_plural: ActorRef | None  # the plural or collective main subject a "they" of the next sentence is
    last_body: ActorRef | None  # the single body, country or product main subject an "it" of the next one is
    recent: dict[str, ActorRef]
    fuller_groups: dict[str, ActorRef]  # head noun -> the group last described with it ("army officers")
    kinds_told: dict[str, str]  # trigger lemma -> the kind its context gave it first, other than its row's own
    types_told: set[str]  # the types of the events the article's sentences so far told
    descriptors: dict[str, ActorRef]  # common noun -> the actor the article introduced with it ("a drugmaker")
    named_bodies: list[ActorRef]  # the organisations named so far, in order
    named_institutions: list[ActorRef]  # the names the article gave a hospital, a court, a union ("the X hospital")
    products: list[ActorRef]
    craft_owners: dict[str, ActorRef]  # "aircraft", "hercules" -> the force whose craft the article named it

    def dates_its_sentence(self, sentence: Any) -> bool:
        """Whether a time expression that places something on the calendar stands in ``sentence``."""
        return any(sentence.start_char <= t.start < sentence.end_char for t in self.timexes if t.latest is not None)

    def outlet_speaking(self, speaking: Any) -> str:
        """The words naming a news outlet as the subject of ``speaking`` ("the newspaper reported", "Libreville, the
        Reuters and AFP news agencies reported"), or "" when the speaker is no outlet."""
        words = self.lexicon.outlet_words
        subjects = [c for c in children_of(speaking) if c.dep_ == "nsubj"]
        # "Libreville, the Reuters and AFP news agencies reported": the parser's subject and its apposition
        subjects += [a for s in subjects for a in children_of(s) if a.dep_ == "appos"]
        for subject in subjects:
            phrase = [subject, *(c for c in children_of(subject) if c.dep_ in ("compound", "amod", "poss"))]
            if subject.lower_ in words or any(t.lower_ in words for t in phrase if t.i != subject.i):
                return str(self.doc[subject.left_edge.i : subject.i + 1].text)
            if subject.lower_.removesuffix("s") in self.lexicon.newsroom_roles and any(
                c.dep_ == "poss" and c.lower_ in WRITERS_OWN for c in children_of(subject)
            ):
                # "Our reporter on the water confirms ...": the writer's outlet speaks through its reporter
                return str(self.doc[subject.left_edge.i : subject.i + 1].text)
            possessor = next((c for c in children_of(subject) if c.dep_ == "poss"), None)
            if possessor is not None:
                mention = self.actors.mention_at(possessor)
                if mention is not None and mention.label == "ORG":
                    name = mention.text.lower().replace(".", "")
                    if name in words or any(word in words for word in name.split()):
                        return mention.text
        return ""

    def sentence(self, token: Any) -> Any:
        return self.sentences[self._sentence_of[token.i]]

    def timex_span(self, timex: Any) -> Any:
        """The tokens of a time expression, widened to whole tokens (None where no token lies under it): made once
        per expression, which the dating rules ask for again and again."""
        key = (timex.start, timex.end)
        if key not in self._timex_spans:
            self._timex_spans[key] = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        return self._timex_spans[key]

    def _timexes_in(self, sentence: Any) -> list[Any]:
        """The time expressions that start in ``sentence``, in order."""
        return [t for t in self.timexes if sentence.start_char <= t.start < sentence.end_char]

    def _sentence_mentions(self, token: Any) -> list[Mention]:
        """The mentions of the token's sentence, in order (indexed once per sentence)."""
        sentence = self.sentence(token)
        found = self._by_sentence.get(sentence.start)
        if found is None:
            found = [
                m
                for i in range(sentence.start, sentence.end)
                if (m := self.actors.mentions.get(i)) is not None and m.start == i
            ]
            self._by_sentence[sentence.start] = found
        return found

    def _is_location(self, mention: Mention) -> bool:
        if mention.label in LOCATION_LABELS:
            return True
        # the small model often calls a city a person ("Kyiv")
        return mention.label == "PERSON" and len(mention.text.split()) == 1 and self.gazetteer.is_known(mention.text)

    def _places(self, candidate: Candidate) -> list[PlaceRef]:
        raise NotImplementedError  # event_places.EventPlaces

    def _acts_on_envoys(self, candidate: Candidate) -> bool:
        raise NotImplementedError  # event_places.EventPlaces


# the units of a counted span of time ("three days later", "hours after the dam burst")
COUNTED_TIME_UNITS = frozenset(
    {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"}
)


def counted_from_another_time(verb: Any) -> bool:
    """ "A navy ship rescued them two days later", "rescued them three days after they disappeared": the text dates
    the verb by its distance from another time, even when that time is no event the dater could place."""
    for clause in children_of(verb):
        if clause.dep_ not in ("advmod", "advcl", "prep"):
            continue
        marked = clause.lower_ in ("later", "earlier", *AFTER_WORDS, *BEFORE_WORDS) or any(
            c.dep_ == "mark" and c.lower_ in AFTER_WORDS | BEFORE_WORDS for c in children_of(clause)
        )
        if marked and any(c.dep_ == "npadvmod" and c.lower_ in COUNTED_TIME_UNITS for c in children_of(clause)):
            return True
    return False


# what a ship is called by ("the freighter X", "the tanker X"): a ship's name is no place, though the recogniser
# often takes it for a facility
VESSEL_NOUNS = frozenset(
    {
        *("ship", "vessel", "freighter", "tanker", "trawler", "ferry", "carrier", "boat", "yacht", "barge", "tug"),
        *("tugboat", "dhow", "dredger", "liner", "frigate", "destroyer", "submarine", "warship", "cutter", "coaster"),
    }
)


# what is boarded is a craft, not a place
BOARDING_FORMS = frozenset({"board", "boards", "boarded", "boarding"})


def names_a_vessel(name: Any) -> bool:
    """ "the freighter Hai Xing 9", "the tanker Blue Dawn", "the Panama-flagged Sea Lark", "the Blue Dawn, a bulk
    carrier", "police boarded the Sea Lark": the name of a ship, told by its kind, its flag or its boarding."""
    if name.dep_ == "appos" and name.head.lower_ in VESSEL_NOUNS:
        return True
    if name.dep_ == "dobj" and name.head.lower_ in BOARDING_FORMS:
        return True
    for child in children_of(name):
        if child.dep_ in ("compound", "amod", "appos") and child.lower_ in VESSEL_NOUNS:
            return True
        if child.dep_ in ("amod", "compound") and child.lower_.endswith("flagged"):
            return True
    return False


# subjects that deny the act as "not" would: "nobody", "none of the hostages", "neither minister", "no one"
_NO_ONE_WORDS = frozenset({"nobody", "none", "neither", "nothing", "noone", "no-one"})
_NO_DETERMINERS = frozenset({"no", "neither"})


def negated(token: Any) -> bool:
    """ "has not recalled", "never signed", and "None of the hostages were freed", "No one was arrested",
    "Neither minister resigned": a word that denies what ``token`` tells, or a subject that does ("No fewer than 40
    people were arrested" is no denial)."""
    return any(
        child.dep_ == "neg" or (child.dep_ in ("nsubj", "nsubjpass") and _no_one(child)) for child in children_of(token)
    )


def _no_one(subject: Any) -> bool:
    if subject.lower_ in _NO_ONE_WORDS:
        following = subject.nbor() if subject.i + 1 < len(subject.doc) else None
        return following is None or following.lower_ != "other"  # "None other than the governor signed it"
    return any(c.dep_ == "det" and c.lower_ in _NO_DETERMINERS for c in children_of(subject))


def _child(token: Any, dep: str) -> Any:
    return next((c for c in children_of(token) if c.dep_ == dep), None)


def _children(token: Any, dep: str) -> list[Any]:
    return [c for c in children_of(token) if c.dep_ == dep]


def stranded_subject(verb: Any) -> Any:
    """ "A man claiming to have a bomb hijacked a flight", "Gunmen believed to belong to a militia kidnapped 20
    villagers": a subject described by a participle and an infinitive, then the sentence's own past-tense verb,
    which the parser hung on the infinitive (taking the infinitive's object for its subject) or on the participle.
    The described noun is the verb's subject; None when the parse is not of that kind."""
    if (
        verb.tag_ != "VBD"
        or verb.dep_ != "ccomp"
        or any(c.dep_ in ("aux", "auxpass", "mark") for c in children_of(verb))
    ):
        return None
    governor = verb.head
    if governor.i > verb.i:
        return None
    if governor.tag_ == "VB" and _infinitive(governor):
        subject = _child(verb, "nsubj")
        if subject is not None and subject.left_edge.i != _right_end(governor) + 1:
            return None  # a subject of its own, not the infinitive's object misread
        participle = governor
        while participle.dep_ == "xcomp" and participle.head.i < participle.i:
            participle = participle.head
        noun = participle.head
        if participle.dep_ != "acl" or participle.tag_ not in ("VBG", "VBN") or not noun.tag_.startswith("NN"):
            return None
        if (
            noun.dep_ in ("nsubj", "nsubjpass")
            and sum(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(noun.head)) < 2
        ):
            return None  # the described noun has a verb of its own ("a man claiming to know X was arrested")
        return noun
    # "believed" read as the finite verb of "Gunmen", with the infinitive of the description before the verb
    if governor.tag_ not in ("VBD", "VBN") or _child(verb, "nsubj") is not None or _child(governor, "aux") is not None:
        return None
    if not any(c.dep_ == "xcomp" and governor.i < c.i < verb.i and _infinitive(c) for c in children_of(governor)):
        return None
    return next((c for c in children_of(governor) if c.dep_ in ("nsubj", "nsubjpass") and c.i < governor.i), None)


def _infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb))


def _right_end(token: Any) -> int:
    """The last token of ``token``'s words before any clause it governs: the verb and its object."""
    dobj = _child(token, "dobj")
    return int(dobj.right_edge.i) if dobj is not None and dobj.i < token.i + 4 else int(token.i)


PAPER_VERSIONS = {"version", "edition"}
PAPER_TEXTS = {"article", "story", "report", "timeline", "item", "column", "piece", "post", "blog"}


def heading_word(token: Any) -> bool:
    """A word that labels what follows it ("CORRECTION:", "Update, 14:05:", "Correction, March 3:"): the first
    word of its sentence, but for the marks of emphasis before it ("*Correction:", "**Update:**"), with a colon
    after it and only a date or a time between them; a word alone on its line between marks of emphasis
    ("**Correction**"); or a word of a run-in heading ("**What it tells us.** Three things ...")."""
    if in_a_run_in_heading(token):
        return True
    sentence = token.sent
    if not token.tag_.startswith("NN") or any(
        not (t.is_punct or t.is_space) for t in sentence.doc[sentence.start : token.i]
    ):
        return False
    rest = sentence.doc[token.i + 1 : sentence.end]
    # the marks are read from the text as written: a Markdown file is parsed with them blanked
    emphasised = written_text(token.doc)[token.idx - 1 : token.idx] in ("*", "_") if token.idx else False
    if emphasised and all(t.is_punct or t.is_space for t in rest) and any(t.text.count("\n") for t in rest):
        return True
    for following in sentence.doc[token.i + 1 : min(token.i + 7, sentence.end)]:
        if following.lower_.strip("*_") == ":":  # the tokenizer keeps "**Update:**"'s colon with the stars
            return True
        if not (following.is_punct or following.like_num or following.ent_type_ in ("DATE", "TIME")):
            return False
    return False


def in_a_run_in_heading(token: Any) -> bool:
    """ "**Correction.** Last week's issue said ...", "**What it tells us.** Three things": a few words in bold
    opening a line, with the paragraph run on after them, label what follows (a newsletter's sections, an
    explainer's boxes); their words tell no event ("What it tells us" is no statement, "The verdict" no verdict),
    the paragraph does. Only the marks at the very start of the line count, so "**05:05** - The prefecture closed
    ..." and a phrase stressed in a sentence keep their words."""
    heading = _run_in_heading_of_the_line(token)
    return heading is not None and heading[0] <= token.idx < heading[1]


def _run_in_heading_of_the_line(token: Any) -> tuple[int, int, int] | None:
    """Where the run-in heading of ``token``'s line starts and ends, and where its line ends (the run-on text is
    between the heading's closing marks and that): None when the line opens with none."""
    return run_in_heading(written_text(token.doc), token.idx)


def a_contents_line(token: Any) -> bool:
    """ "**This week:** Argentina files a claim; Meridian owns up; a fragment turns up on a beach", "**In this
    issue:** dockers go back to work; Rotterdam fines a terminal": a newsletter's or a bulletin's list of its stories
    under a run-in heading, in headlines' present and parted by semicolons, tells what the text below tells; its
    clauses are no events of their own (a run-in paragraph told in the past or with its days stays)."""
    heading = _run_in_heading_of_the_line(token)
    if heading is None or not heading[1] < token.idx < heading[2]:
        return False
    run_on = token.doc.char_span(heading[1], heading[2], alignment_mode="expand")
    if run_on is None or not any(t.text == ";" for t in run_on):
        return False
    finite = [t for t in run_on if t.tag_ in ("VBD", "VBZ", "VBP", "MD")]
    told_when = any(t.ent_type_ in ("DATE", "TIME") for t in run_on)
    return bool(finite) and all(t.tag_ in ("VBZ", "VBP") for t in finite) and not told_when


# how often, not when: "have rarely cut", "usually meet" (not "repeatedly" or "regularly": "shelled the town
# repeatedly on Monday" is still that day's act)
GENERALISING_ADVERBS = frozenset(
    {
        "rarely",
        "seldom",
        "often",
        "usually",
        "typically",
        "generally",
        "commonly",
        "routinely",
        "sometimes",
        "occasionally",
        "frequently",
        "always",
        "normally",
        "never",
    }
)
# "in earlier cases", "on previous occasions", "in similar cases": unnamed times before
EARLIER_CASES = frozenset({"case", "cases", "instance", "instances", "occasion", "occasions"})
OTHER_TIMES = frozenset({"earlier", "previous", "past", "prior", "similar", "other", "many", "several", "some"})


def told_in_general(verb: Any) -> bool:
    """ "Courts have rarely cut a penalty by more than a tenth", "airlines have claimed costs in earlier cases", "has
    in the past dismissed such claims", "as a rule prefer to cut ribbons": what happens as a rule or happened before
    on unnamed occasions, no act of one day."""
    # "prefer, as a rule, to cut ribbons": what the verb it completes says of it, it says of the act
    for holder in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        for child in children_of(holder):
            if child.dep_ in ("advmod", "neg") and child.lower_ in GENERALISING_ADVERBS:
                return True
            if child.dep_ == "prep" and _as_a_rule(child):
                return True
    # the phrase may hang on the object ("claimed compensation ... in earlier cases")
    holders = [verb, *_children(verb, "dobj")]
    for prep in (c for holder in holders for c in children_of(holder) if c.dep_ == "prep"):
        if prep.lower_ not in ("in", "on"):
            continue
        for case in _children(prep, "pobj"):
            said_of = {c.lower_ for c in children_of(case) if c.dep_ in ("amod", "det")}
            if case.lower_ in EARLIER_CASES and said_of & OTHER_TIMES:
                return True
            if case.lower_ == "past" and [c.lower_ for c in children_of(case)] == ["the"]:
                return True  # "has in the past dismissed such claims" (not "in the past week", a span of days)
    return False


def a_norm_followed(verb: Any) -> bool:
    """ "stayed with the car, as the safety rules tell every crew to do", "waited, as drivers are told to do", "as
    the law requires": a clause of "as" in the present, its object left out or only "do", says what one does as a
    rule, and likens the story's act to it; the rule is no act of the story's (not "as the captain had ordered",
    an order given, nor "as the army shelled the hills", an act)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(verb)):
        return False
    passive = [c for c in children_of(verb) if c.dep_ == "auxpass"]
    present = (
        all(a.tag_ in ("VBZ", "VBP") for a in passive)
        if passive and verb.tag_ == "VBN"
        else verb.tag_ in ("VBZ", "VBP")
    )
    if not present or any(c.dep_ == "aux" and c.tag_ != "MD" for c in children_of(verb)):
        return False
    # the act is left out ("as the law requires") or done with "do" ("tells every crew to do")
    complements = [c for c in children_of(verb) if c.dep_ in ("ccomp", "xcomp", "attr", "acomp")]
    if any(c.dep_ != "xcomp" or c.lower_ != "do" or _children(c, "dobj") for c in complements):
        return False
    return bool(complements) or not _children(verb, "dobj")


def _as_a_rule(prep: Any) -> bool:
    """ "as a rule", "in general": what holds as a rule, not what happened."""
    if prep.lower_ == "as":
        return any(o.lower_ == "rule" for o in _children(prep, "pobj"))
    return prep.lower_ == "in" and any(c.lower_ == "general" for c in children_of(prep))


# "everything", "all": a whole said of a whole group ("many farmers have lost everything") is a lament, no act
WHOLES = frozenset({"everything", "all"})
QUANTIFYING_DETS = frozenset({"some", "many", "most", "all", "several", "few", "countless", "numerous"})


def lost_in_general(verb: Any) -> bool:
    """ "Some farmers have lost everything they planted", "many families have lost everything": what befell an
    unnamed share of a group, told whole, is the story's lament, no act of one day."""
    if not any(c.dep_ == "dobj" and c.lower_ in WHOLES for c in children_of(verb)):
        return False
    subject = _child(verb, "nsubj")
    if subject is None or subject.tag_ != "NNS":
        return False
    quantifiers = {c.lower_ for c in children_of(subject) if c.dep_ in ("det", "amod")}
    return bool(quantifiers & QUANTIFYING_DETS) or not any(c.dep_ in ("det", "poss") for c in children_of(subject))


# a stretch of time one is spending somewhere
PERIOD_NOUNS = frozenset(
    {"morning", "afternoon", "evening", "night", "day", "weekend", "week", "month", "year", "hour", "tonight", "today"}
)


CAUSE_WORDS = frozenset({"after", "because", "when", "as", "since", "following"})


def a_stay(verb: Any, lemma: str) -> bool:
    """ "The former mayor is spending this morning inside the embassy", "she is spending the weekend in a cell":
    where someone is for a while, a state the story is in, no act of its own (their coming there is one). Told
    with what drove them there ("spent the night in a school gym after a gas cloud escaped") it stands for that."""
    if lemma != "spend" or any(c.dep_ == "advcl" or c.lower_ in CAUSE_WORDS for c in children_of(verb)):
        return False
    return any(
        c.dep_ in ("dobj", "npadvmod") and (c.lower_ in PERIOD_NOUNS or c.lower_.removesuffix("s") in PERIOD_NOUNS)
        for c in children_of(verb)
    )


# people named by the side they take, not by what they are: what they say now is their view
SIDES = frozenset(
    {"supporter", "critic", "opponent", "detractor", "backer", "fan", "sceptic", "skeptic", "admirer", "follower"}
)


def a_sides_view(verb: Any, lemma: Any) -> bool:
    """ "Her supporters say the warrant is revenge", "critics say the law is an attack on free speech": a side's
    present view of what something is, told as background, no statement made on a day."""
    if verb.tag_ not in ("VBP", "VBZ"):
        return False
    subject = _child(verb, "nsubj")
    if subject is None or lemma(subject) not in SIDES:
        return False
    # what they say something is: a clause on "be" with what it is after it
    return any(
        lemma(clause) == "be" and any(c.dep_ in ("attr", "acomp") for c in children_of(clause))
        for clause in _children(verb, "ccomp")
    )


# an interviewer's prompt: "Tell us what she is accused of", "Remind us why the talks failed", "Walk me through it"
PROMPTING_VERBS = frozenset({"tell", "remind", "explain", "walk", "take", "give", "show"})


def asked_of_the_speaker(token: Any) -> bool:
    """What a question in a Q&A asks to be told ("Remind us what she is accused of"): an imperative verb of telling
    with "us" or "me", no subject, above the word; the answer, not the question, tells what happened."""
    root = token.sent.root
    # (an imperative is the verb's bare form: no lemma needed)
    if root.lower_ not in PROMPTING_VERBS or root.tag_ != "VB":
        return False
    subject = _child(root, "nsubj")
    if subject is not None and not (subject.i + 1 < root.i and subject.doc[subject.i + 1].text == ":"):
        return False  # "Q: Tell us ...": the parser may take the speaker's label for a subject
    if not any(c.lower_ in ("us", "me") and c.dep_ in ("dative", "dobj", "iobj") for c in children_of(root)):
        return False
    return token is root or root in token.ancestors


# the words a direct question opens with: a wh-word, or the auxiliary put before its subject ("Why wasn't it ...?",
# "Was anyone hurt?")
QUESTION_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
QUESTION_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will", "would", "should",
     "isn't", "aren't", "wasn't", "weren't", "didn't", "doesn't", "hasn't", "haven't"}
)  # fmt: skip


def asked(token: Any) -> bool:
    """Whether the word is in a direct question ("Why wasn't it shot, then?", "Who ordered the cull?"), a Q&A's
    heading or an interviewer's turn: it asks what the answer tells, and reports nothing itself."""
    written = [t for t in tokens_in(token.sent) if not t.is_space]
    words = [t for t in written if not t.is_punct]
    if not words or written[-1].text != "?":
        return False
    first = words[0]
    return first.tag_ in QUESTION_TAGS or (first.lower_ in QUESTION_AUXILIARIES and first.tag_.startswith(("VB", "MD")))


def an_act_in_general(verb: Any) -> bool:
    """ "Killing a wolf does not make a farm safe", "Closing the border would be a mistake": a gerund with no subject
    of its own, the subject of a verb in the present or with a modal, is the act as a kind that a view is about, no
    act of one day."""
    if verb.tag_ != "VBG" or verb.dep_ != "csubj" or any(c.dep_ in ("nsubj", "poss") for c in children_of(verb)):
        return False
    main = verb.head  # "makes", "does not make", "would be"
    return main.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "MD") for c in children_of(main)
    )


# how far into its sentence a segue's "other news" stands: "In other news", "And now the other news of the hour"
SEGUE_WORDS = 6


def told_as_other_news(token: Any) -> bool:
    """What a bulletin or a digest tells after "In other news, ..." or "Now the other news of the hour": the stories
    after the segue are not the article's, to the end of the text (not "Other news outlets reported the fire", where
    "news" only names the outlets, nor "the news of the strike")."""
    segue = token.doc.user_data.get(_OTHER_NEWS_FROM, _UNREAD)
    if segue is _UNREAD:
        # read once per text: every candidate of the text asks
        segue = token.doc.user_data[_OTHER_NEWS_FROM] = _other_news_segue(token.doc)
    return segue is not None and segue <= token.i


_OTHER_NEWS_FROM = "timelinekg.other_news_from"
_UNREAD = object()


def _other_news_segue(doc: Any) -> int | None:
    """Where the first "In other news" segue of ``doc`` stands, or None."""
    for i in token_indexes(doc, "LOWER", ("news",)):
        news = doc[i]
        opening = [t for t in doc[news.sent.start : i] if not t.is_punct and not t.is_space]
        if (
            news.dep_ != "compound"
            and any(c.dep_ == "amod" and c.lower_ == "other" for c in children_of(news))
            and len(opening) < SEGUE_WORDS
            and not any(t.tag_.startswith("VB") for t in opening)
        ):
            return i
    return None


def first_conjunct(token: Any) -> Any:
    """The first of a run of joined words ("burned, stoned and set": "burned"; "taxi drivers and couriers":
    "drivers"), which holds what they share: their subject, or their place in the clause."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def elided_passive_conjunct(verb: Any) -> bool:
    """ "were arrested on Monday and released on bail": a participle joined to a passive verb, with no subject or
    auxiliary of its own, is passive too; the subject it shares is what both verbs acted on."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(verb))
        and any(c.dep_ == "auxpass" for c in children_of(verb.head))
    )


def said_nothing(verb: Any) -> bool:
    """ "It said nothing about the contract", "has said nothing in public": a silence, no statement."""
    return any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in children_of(verb))


# what the paper did to its own text when it took something back ("this story has been corrected")
PAPER_AMENDMENTS = {"corrected", "amended", "updated", "changed", "revised"}


def told_by_the_papers_error(token: Any) -> bool:
    """What an earlier version of the paper's own text said ("An earlier version of this article said the mayor
    resigned", "A report in Monday's edition said the regulator had fined the airline"): the saying and what it
    says, which the note takes back; and the note's own words on the text ("this story has been corrected")."""
    current = token
    for _ in range(6):
        if current.tag_.startswith("VB") and any(
            (c.dep_ == "nsubj" and (_the_papers_earlier_text(c) or _the_papers_text_in_a_note(c)))
            or (c.dep_ == "nsubjpass" and current.lower_ in PAPER_AMENDMENTS and _the_papers_text(c))
            for c in children_of(current)
        ):
            return True
        if _we_wrote_in_a_note(current):
            return True
        if current.head is current:
            return False
        current = current.head
    return False


def _the_papers_text(noun: Any) -> bool:
    """ "this article", "the story" as what was corrected: the paper's own text (a "report" is anyone's, so
    only "this report" counts)."""
    determiners = {c.lower_ for c in children_of(noun) if c.dep_ in ("det", "poss")}
    if "this" in determiners:
        return noun.lower_ in PAPER_TEXTS | PAPER_VERSIONS
    return "the" in determiners and noun.lower_ in PAPER_TEXTS - {"report"}


def _the_papers_text_in_a_note(noun: Any) -> bool:
    """ "Correction: Our online report of Friday said ...", "Clarification: A story on Monday said ...": in the
    paper's note on its errors, any of its texts is the one the note takes back (outside a note "our report said"
    is the paper retelling its own news)."""
    return noun.lower_ in PAPER_TEXTS | PAPER_VERSIONS | PAPER_ISSUES and _in_a_correction_note(noun)


def _in_a_correction_note(token: Any) -> bool:
    """Whether ``token``'s line opens with the heading of a note on the paper's errors ("Correction:", "**Editor's
    note.**")."""
    text = parsed_text(token.doc)
    line = text[text.rfind("\n", 0, token.idx) + 1 : token.idx].lstrip("*_#> ").lower()
    return line.startswith(CORRECTION_HEADINGS)


def _the_papers_earlier_text(noun: Any) -> bool:
    """ "an earlier version of this story", "a report in yesterday's edition", "this article previously", "last
    week's issue", "Tuesday's newsletter"."""
    words = {t.lower_ for t in noun.subtree}
    if noun.lower_ in PAPER_VERSIONS and words & ({"earlier", "previous", "original"} | PAPER_TEXTS):
        return True
    if noun.lower_ in PAPER_VERSIONS | PAPER_ISSUES and any(_a_time(c) for c in children_of(noun) if c.dep_ == "poss"):
        return True
    return noun.lower_ in PAPER_TEXTS and ("edition" in words or "editions" in words)


# what a periodical comes out in: "last week's issue", "Monday's newsletter"
PAPER_ISSUES = frozenset({"issue", "newsletter", "bulletin", "broadcast", "programme", "program"})
# the headings of a paper's note on its own errors: "Correction:", "Clarification:", "Editor's note:"
CORRECTION_HEADINGS = ("correction", "clarification", "erratum", "errata", "editor's note", "editor’s note")
# what the paper did when it got something wrong: "we wrote", "we reported", "we said"
WRITING_VERBS = frozenset({"write", "wrote", "written", "report", "reported", "say", "said", "state", "stated"})
WRITING_VERBS |= frozenset({"print", "printed", "publish", "published", "describe", "described", "give", "gave"})


def _a_time(noun: Any) -> bool:
    """ "last week", "Tuesday", "yesterday": a time, as a periodical's possessor."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in ("yesterday", "today", "week", "month")


def _we_wrote_in_a_note(verb: Any) -> bool:
    """ "Correction: Last week we wrote that the vote took place in November", "Correction: In my column on Friday I
    reported that ...", "Editor's note: In our edition of
    Tuesday we wrote that ...": the paper telling, in its note on its errors or of its own earlier edition, what it
    got wrong (not "we reported on Monday that the mayor resigned", the paper retelling news)."""
    if not verb.tag_.startswith("VB") or verb.lower_ not in WRITING_VERBS:
        return False
    # a columnist writes their note in the singular: "Correction: Last week I wrote that ..."
    if not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in children_of(verb)):
        return False
    in_an_edition = any(
        p.lower_ == "in" and any(o.lower_ in PAPER_VERSIONS | PAPER_ISSUES | PAPER_TEXTS for o in children_of(p))
        for p in children_of(verb)
        if p.dep_ == "prep"
    )
    return in_an_edition or _in_a_correction_note(verb)


def a_sign_off(token: Any) -> bool:
    """ "Back next Thursday, when the nominations close", "Back tomorrow.": a column's or a newsletter's sign-off,
    the writer's own return named by a time to come, tells what the next issue will be about, no event (not "Back
    in Lagos, police arrested three men", where a place follows, nor "Back in 2019, the firm sold ...", the past)."""
    words = [t for t in tokens_in(token.sent) if not (t.is_punct or t.is_space)]
    if len(words) < 2 or words[0].lower_ != "back":
        return False
    time = words[1]
    if time.lower_ in ("tomorrow", "soon"):
        return True
    if time.lower_ != "next" or time.ent_type_ != "DATE":
        return False
    # the time ends the sign-off's head: "Back next week, once ...", "Back next Thursday."
    after = next((t for t in token.doc[time.i : token.sent.end] if t.ent_type_ != "DATE"), None)
    return after is None or after.is_punct


def a_call_to_readers(token: Any) -> bool:
    """ "Tips and corrections: reply to this email", "Letters: write to the editor": a newsletter's line under a
    heading of a few nouns, telling the reader what to do; neither its heading nor its bidding is an event."""
    sentence = token.sent
    colon = next((t for t in tokens_in(sentence) if t.text == ":"), None)
    if colon is None or colon.i - sentence.start > HEADING_WORDS:
        return False
    heading = [t for t in sentence.doc[sentence.start : colon.i] if not (t.is_punct or t.is_space)]
    if not heading or not all(t.tag_.startswith("NN") or t.dep_ == "cc" for t in heading):
        return False
    bidding = next((t for t in sentence.doc[colon.i + 1 : sentence.end] if not (t.is_punct or t.is_space)), None)
    # an imperative: the bare verb first after the colon, no subject of its own after it
    return (
        bidding is not None
        and bidding.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "aux") and c.i > colon.i for c in children_of(bidding))
    )


# the most words a newsletter's heading before its colon takes ("Tips, letters and corrections:")
HEADING_WORDS = 6


def a_notices_formula(token: Any) -> bool:
    """ "Passengers who hold tickets are informed that those tickets are not valid", "Customers are requested to
    return the heaters", "It is recalled that the treaty forbids ...": a notice's or a communique's present passive
    of informing, asking or reminding, done by no one named, addresses its readers; it and what it bids tell no act
    (not "was informed by the ministry that ...", a dated telling by a body)."""
    current = token
    for _ in range(3):
        if _a_notices_verb(current):
            return True
        # what it bids ("to return the heaters") is no act; what it recalls ("It is recalled that on Monday the
        # ministry confirmed ...") may be the story's
        if current.dep_ != "xcomp":
            return False
        current = current.head
    return False


def _a_notices_verb(verb: Any) -> bool:
    if verb.tag_ != "VBN" or verb.lower_ not in NOTICE_VERBS:
        return False
    auxiliaries = [c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if auxiliaries not in (["is"], ["are"]) or any(c.dep_ == "agent" for c in children_of(verb)):
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    # "is recalled", "is called" tell a product's recall and a strike's call but for their formula's forms: "It is
    # recalled that ...", "are called to address themselves to ..."
    if verb.lower_ == "recalled":
        return subject.lower_ == "it" and any(c.dep_ == "ccomp" for c in children_of(verb))
    if verb.lower_ == "called":
        return any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in children_of(verb))
    return True


# the passives a notice addresses its readers with: "are informed", "are requested to", "is recalled that"
NOTICE_VERBS = frozenset(
    {"informed", "reminded", "requested", "advised", "asked", "invited", "urged", "called", "recalled", "notified"}
)


# the marks of a time clause, whose present tells the future under a main clause in the future
TIME_CLAUSE_MARKS = frozenset({"until", "till", "once", "before", "after", "when", "whenever"})
PRESENT_AUXILIARIES = frozenset({"is", "are", "'s", "’s", "has", "have", "'ve", "’ve", "been"})


def present_of_a_future_time_clause(verb: Any) -> bool:
    """ "His ministers will run the country until a new cabinet is sworn in", "flights would resume after the runway
    is repaired": English tells the future in a time clause in the present, under a main clause in the future (or
    "would"), so the clause's act is still to come, not done on the report's day."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in children_of(verb)):
        return False
    auxiliaries = [c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    # "until the runway is repaired", and in the present perfect "until the auditors have verified the accounts"
    present = (verb.tag_ in ("VBZ", "VBP") and not auxiliaries) or (
        verb.tag_ == "VBN" and bool(auxiliaries) and all(a in PRESENT_AUXILIARIES for a in auxiliaries)
    )
    head = verb.head
    # "will remain suspended until ...": the parser may hang "will" on the auxiliary "remain"
    helpers = [head, *(c for c in children_of(head) if c.dep_ in ("aux", "auxpass"))]
    future = any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES | {"would"} for h in helpers for c in children_of(h)
    )
    return present and head is not verb and future


# what a press release announces news with: "It is with deep sadness that ...", "It is with great pleasure that ..."
FEELING_NOUNS = frozenset({"sadness", "regret", "sorrow", "grief", "pleasure", "pride", "joy", "delight", "heart"})
ANNOUNCING_VERBS = frozenset({"announce", "confirm", "inform", "report", "share", "tell", "notify"})


def announced_with_feeling(verb: Any, lemma: str) -> bool:
    """ "It is with deep sadness that the airline confirms that one of its passengers died": a press release telling
    its news, as "regrets to confirm" and "is pleased to announce" do; the news is the event, the announcing none (and
    no confirmation of an earlier report)."""
    if lemma not in ANNOUNCING_VERBS or verb.dep_ != "ccomp":
        return False
    cleft = verb.head
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children_of(cleft)):
        return False
    withs = [c for c in children_of(cleft) if c.dep_ == "prep" and c.lower_ == "with"]
    return any(o.dep_ == "pobj" and o.lower_ in FEELING_NOUNS for w in withs for o in children_of(w))
