"""The parser and the entity recogniser stepped from Python (``StepwiseTransitions``) must parse exactly as spaCy's
own greedy parse in C does: the same heads, labels, entities and sentence starts, alone and in batches of mixed
lengths, on texts of every kind the loader meets (headlines, datelines, quotes, lists, numbers, empty lines)."""

from __future__ import annotations

from typing import Any

from timelinekg.nlp.extract.nlp import STEPWISE_COMPONENTS, StepwiseTransitions, doc_to_parse, pipeline

TEXTS = [
    "Storm knocks out power to coastal towns\nCrews worked through the night to restore lines, the utility said.",
    "OSTRAVA, Feb. 9 (Baltnews) - Prosecutors charged three former directors of a bankrupt steelworks with fraud.",
    "“We will not sign anything that leaves our farmers worse off,” the agriculture minister told reporters in "
    "Brussels on Thursday, as talks on the trade pact dragged into a third day.",
    "The central bank raised its main rate by 0.75 percentage points to 4.25%, its biggest rise since 1994.",
    "Shares in Norvel Holdings fell 12 percent after the company cut its forecast; analysts had expected a profit "
    "of $1.3 billion.",
    "Witnesses said gunmen opened fire on a bus carrying pilgrims near the border town late on Saturday, killing "
    "at least nine people and wounding 20 others.",
    "Dr. Amara Osei, who leads the World Health Organization's regional office, and Gen. Tomas Rill of the army "
    "met in Geneva.",
    "Results:\n- Turnout: 61%\n- Winner: the Green Alliance\n\nThe count ends tomorrow.",
    "",
    "Yes.",
    "He resigned. She did not. They met again in May, in June and on 3 July 2019 at the UN headquarters in New York.",
    "The European Commission, the International Monetary Fund and the European Central Bank agreed a bail-out.",
]


def _annotations(doc: Any) -> tuple[Any, ...]:
    tokens = [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]
    return tokens, [(e.start, e.end, e.label_) for e in doc.ents], doc.tensor.tobytes()


def _parsed_by_spacys_own_loop(nlp: Any, texts: list[str], batch_size: int) -> list[Any]:
    docs = [doc_to_parse(nlp, text) for text in texts]
    for _, component in nlp.pipeline:
        if isinstance(component, StepwiseTransitions):
            docs = list(component.component.pipe(docs, batch_size=batch_size))
        elif hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:
            docs = [component(doc) for doc in docs]
    return docs


def test_the_pipeline_runs_the_parser_and_recogniser_stepwise() -> None:
    nlp = pipeline()
    for wrapped, stepwise in STEPWISE_COMPONENTS.items():
        assert wrapped in nlp.disabled and stepwise in nlp.pipe_names
        assert nlp.get_pipe(stepwise).component is nlp.get_pipe(wrapped)


def test_stepwise_parse_is_spacys_greedy_parse_in_batches() -> None:
    nlp = pipeline()
    texts = [*TEXTS, *(f"{a} {b}" for a, b in zip(TEXTS, reversed(TEXTS), strict=True))]
    for batch_size in (1, 8, 32):
        stepwise = [_annotations(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]
        own = [_annotations(doc) for doc in _parsed_by_spacys_own_loop(nlp, texts, batch_size)]
        assert stepwise == own


def test_a_document_called_on_is_parsed_as_when_piped() -> None:
    nlp = pipeline()
    called = [_annotations(nlp(text)) for text in TEXTS]
    assert called == [_annotations(doc) for text in TEXTS for doc in nlp.pipe([text])]
