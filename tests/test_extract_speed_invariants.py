"""What the speed changes to the spaCy pipeline must keep: sentence starts at line breaks as the token-by-token
rule gave them, a document parsed alike whatever batch it shares, and numpy's BLAS held to one thread."""

from __future__ import annotations

from typing import Any

import numpy
import pytest

from timelinekg.nlp.extract.nlp import _CLOSERS, _one_blas_thread, _split_dateline, _tokens_with_newline, pipeline

TEXTS = [
    "Harbour workers walk out\nThe dock union said on Tuesday its members would strike for a week.\n",
    "Floods cut the valley road.\n\nEngineers expect to reopen it by Friday, the ministry said.",
    "A short heading\r\nA line of the story that runs on for quite a few words before it reaches its end\r\nand "
    "this line carries the same sentence on to its finish.",
    "TORVIK, March 3 (Nordpress) - The council voted to close the old bridge to lorries.\nIt reopens in May.",
    "Caption: the new terminal at dusk\nPassengers queued for hours as the first flights left on time\nnext",
    "\n\nLeading blank lines\nthen text",
    "no line breaks at all in this one. Two sentences though.",
    "ends on a break\n",
    "one\ntwo\nthree\nfour words on a line\n \n after a line of spaces",
]


def _sentence_starts_by_walking(doc: Any) -> list[bool]:
    """The rule as it was written before the speed change: every token visited, each line walked back."""
    text = doc.text
    breaks = [token.i for token in doc if token.is_space and "\n" in token.text]
    for start in [0, *(i + 1 for i in breaks)] if len(doc) else []:
        if start < len(doc):
            _split_dateline(doc, text, doc[start])
    for i in breaks:
        if i + 1 >= len(doc):
            continue
        token, previous = doc[i + 1], doc[i]
        if "\n\n" in previous.text.replace("\r", "") or token.i < 2:
            token.is_sent_start = True
            continue
        before = doc[token.i - 2]
        line_start = before.i
        while line_start > 0 and "\n" not in doc[line_start - 1].text:
            line_start -= 1
        if before.text[-1:] in _CLOSERS or before.i - line_start < 12:
            token.is_sent_start = True
    return [bool(token.is_sent_start) for token in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_line_breaks_start_the_sentences_the_token_walk_started(text: str) -> None:
    nlp = pipeline()
    line_breaks = nlp.get_pipe("timelinekg_line_breaks")
    expected = _sentence_starts_by_walking(nlp.make_doc(text))
    found = line_breaks(nlp.make_doc(text))
    assert [bool(token.is_sent_start) for token in found] == expected


@pytest.mark.parametrize("text", TEXTS)
def test_the_tokens_holding_a_line_break_are_found_from_the_text(text: str) -> None:
    doc = pipeline().make_doc(text)
    assert _tokens_with_newline(doc, doc.text) == [token.i for token in doc if "\n" in token.text]


def _annotations(doc: Any) -> list[tuple[Any, ...]]:
    return [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


def test_a_document_is_parsed_alike_alone_and_in_a_batch() -> None:
    nlp = pipeline()
    texts = [
        *TEXTS,
        "The regional assembly approved the budget on Monday after a night of talks, and the governor signed it.",
        "Rescuers pulled two climbers from a crevasse near the summit; a third is still missing, police said.",
    ]
    batched = list(nlp.pipe(texts, batch_size=8))
    alone = [doc for text in texts for doc in nlp.pipe([text], batch_size=1)]
    assert [_annotations(doc) for doc in alone] == [_annotations(doc) for doc in batched]
    # the tensors agree to rounding: a machine's BLAS may sum a batch's rows in another order than one row's (this
    # machine's does, by about 1e-7), which moves no tag, arc or entity
    for one, many in zip(alone, batched, strict=True):
        assert numpy.allclose(one.tensor, many.tensor, rtol=1e-4, atol=1e-5)


def test_numpys_blas_runs_one_thread_when_the_model_uses_it() -> None:
    nlp = pipeline()
    ops = nlp.get_pipe("tok2vec").model.ops
    if getattr(ops, "use_blis", True):
        pytest.skip("no OpenBLAS found to hold to one thread: the model keeps thinc's BLIS")
    assert _one_blas_thread()


def test_the_parser_and_recogniser_batches_of_the_one_process_path_parse_alike() -> None:
    """extract_articles hands the parser and the entity recogniser TRANSITION_BATCH_SIZE articles at once (their
    transition loops step a batch together), a worker's batch is BATCH_SIZE: both must give the same parse."""
    from timelinekg.nlp.extract import _TRANSITION_BATCHES, BATCH_SIZE

    nlp = pipeline()
    texts = [*TEXTS, *(f"{text} The talks in Geneva ended on Sunday, officials said." for text in TEXTS)]
    parts = [_annotations(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE)]
    together = [_annotations(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE, component_cfg=_TRANSITION_BATCHES)]
    assert together == parts
