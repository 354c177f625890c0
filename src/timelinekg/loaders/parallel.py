"""Article extraction spread over worker processes, results handed back in input order (`load --workers N`).

The writer (``graph.ingest.load_paths``) stays one process and reads results exactly where it would
have extracted them itself, so a parallel load writes the same events, ids and merges as a serial one.
Articles are read here, in the writer's process, and sent to the workers in the very batches the
serial extractor would give spaCy (a file's articles from its first one on, ``BATCH_SIZE`` at a time),
so each document is parsed in the same company.  The workers are forked from the writer with everything
extraction loads already loaded, the gazetteer built beside it by a helper process (spawned where there
is no fork, each loading it all once).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import multiprocessing
import multiprocessing.connection
import os
import pickle
import traceback
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from timelinekg.errors import ValidationError, WorkersLost
from timelinekg.loaders import LoadOptions, LoadResult
from timelinekg.loaders.articles import ARTICLE_READERS, read_articles, warn_when_empty
from timelinekg.loaders.safe import check_regular
from timelinekg.nlp.extract import BATCH_SIZE, Article, extract_articles

ARTICLE_FORMATS = frozenset(ARTICLE_READERS)
BATCHES_AHEAD_PER_WORKER = 4  # enough to keep every worker busy while the writer writes; bounds memory


def default_workers() -> int:
    """The cores this process may run on (1 when there is one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# Below this much article text a pool costs more than it saves: each worker loads the language model
# (seconds of CPU), which one process does once.  Only the default number of workers looks at it.
SPREAD_MIN_BYTES = 256 * 1024


def workers_for(paths: Sequence[Path], options: LoadOptions) -> int:
    """The default for `load --workers`: every core when there is enough article text to share, else 1."""
    from timelinekg.loaders import expand_paths, format_for

    cores = default_workers()
    if cores == 1:
        return 1
    total = 0
    for path, _named in expand_paths(list(paths)):
        try:
            if format_for(path, options.format) in ARTICLE_FORMATS:
                total += path.stat().st_size
        except (ValidationError, OSError):
            continue
        if total >= SPREAD_MIN_BYTES:
            return cores
    return 1


def article_files(files: Sequence[tuple[Path, str | None]]) -> Iterator[tuple[int, Path, str]]:
    """The files worth handing to extractors, with their place in the load's order."""
    for index, (path, format_name) in enumerate(files):
        if format_name not in ARTICLE_FORMATS:
            continue
        try:
            check_regular(path)  # the writer meets the same error in its turn
        except Exception:
            continue
        yield index, path, format_name


@dataclass(frozen=True)
class Raised:
    """An exception the extractor raised in a worker, to be raised again where the writer meets it."""

    error: BaseException


Outcome = LoadResult | Raised


def extract_batch(items: list[Article | ValidationError]) -> list[Outcome]:
    """Run in a worker: one outcome per item, up to and including an exception that ends the file."""
    outcomes: list[Outcome] = []
    try:
        outcomes.extend(extract_articles(items))
    except Exception as error:
        outcomes.append(Raised(portable_error(error)))
    return outcomes


def portable_error(error: Exception) -> BaseException:
    """The exception itself when it survives pickling (with its worker traceback as a note), else a stand-in."""
    error.add_note("in an extraction worker:\n" + "".join(traceback.format_exception(error)).rstrip())
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        stand_in = RuntimeError(f"{type(error).__name__}: {error}")
        stand_in.__notes__ = list(getattr(error, "__notes__", []))
        return stand_in
    return error


def _worker_context() -> multiprocessing.context.BaseContext:
    """Where fork exists (Linux), workers are forked from this process with everything extraction loads
    already loaded: no worker spends seconds of CPU loading its own, and the memory is shared until written.
    Elsewhere they are spawned, and each loads it once."""
    if "fork" in multiprocessing.get_all_start_methods():
        _warm_for_fork()
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _warm() -> None:
    """Everything extraction loads once per process, so that a worker forked afterwards starts extracting at
    once: the language model, the gazetteer with its alias index (together about as slow to build as the
    model is to load), the trigger lexicon and dispute words, and the temporal tagger's compiled grammar."""
    from timelinekg.nlp.extract.places import gazetteer

    _warm_all_but_places()
    gazetteer().fully_indexed()


def _warm_all_but_places() -> None:
    from timelinekg.nlp.extract.disputes import dispute_words
    from timelinekg.nlp.extract.lexicon import load_lexicon
    from timelinekg.nlp.extract.nlp import pipeline
    from timelinekg.nlp.timex.lexicon import learned_words

    with contextlib.suppress(Exception):  # a missing model is reported where an article first needs it
        pipeline()
    for module in ("timelinekg.nlp.extract.events", "timelinekg.schema.merge"):
        importlib.import_module(module)  # facts_from_doc imports them on first use; they compile grammars
    load_lexicon()
    dispute_words()
    learned_words()


def _warm_for_fork() -> None:
    """:func:`_warm` on two cores: a forked helper builds the gazetteer while this process loads the language
    model, then sends it here pickled (unpickling takes a sixth of the time building does).  The collector is
    off while so many objects are made, and what was made is frozen out of its reach before the workers are
    forked, so that no worker walks (and thereby copies) the shared memory."""
    from timelinekg.nlp.extract.places import gazetteer_built

    collecting = gc.isenabled()
    gc.disable()
    try:
        if not gazetteer_built():
            with _GazetteerAside() as aside:
                _warm_all_but_places()
                aside.take()
        _warm()
        gc.freeze()
    finally:
        if collecting:
            gc.enable()


class _GazetteerAside:
    """A forked helper that builds the gazetteer and sends it back; :meth:`take` makes it this process's.
    Should the helper fail, :meth:`take` takes nothing and the gazetteer is built here on first use."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self._receiving, sending = context.Pipe(duplex=False)
        self._helper = context.Process(target=_send_gazetteer, args=(sending,), name="timelinekg-gazetteer")
        self._helper.start()
        sending.close()

    def take(self) -> None:
        from timelinekg.nlp.extract.places import use_gazetteer

        with contextlib.suppress(EOFError, OSError):
            use_gazetteer(pickle.loads(self._receiving.recv_bytes()))

    def __enter__(self) -> _GazetteerAside:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._receiving.close()  # a helper still sending then stops at a broken pipe
        self._helper.join()


def _send_gazetteer(sending: multiprocessing.connection.Connection) -> None:
    """Run in the helper :class:`_GazetteerAside` forks."""
    from timelinekg.nlp.extract.places import Gazetteer

    gc.disable()
    try:
        sending.send_bytes(pickle.dumps(Gazetteer().fully_indexed(), protocol=pickle.HIGHEST_PROTOCOL))
    except BaseException:  # the writer builds it itself and meets any error there (Ctrl-C included)
        return
    finally:
        sending.close()


@dataclass
class _Batch:
    file_index: int
    future: Future[list[Outcome]] | None = None
    outcomes: list[Outcome] = field(default_factory=list)

    def results(self) -> list[Outcome]:
        if self.future is None:
            return self.outcomes
        try:
            return self.future.result()
        except BrokenProcessPool as error:
            raise WorkersLost(f"an extraction worker stopped unexpectedly ({error}); try --workers 1") from error


class ParallelArticles:
    """Extraction of the article files among ``files`` in ``workers`` processes, read back file by file.

    ``files`` is the load's file list, each with its format (``None`` when it has none); only files of
    an article format are read here.  Call :meth:`results` with the file indexes in increasing order;
    a file whose results were not read to the end is skipped.  Use as a context manager: leaving it
    cancels whatever was extracted ahead and not needed.
    """

    def __init__(self, files: Sequence[tuple[Path, str | None]], options: LoadOptions, workers: int) -> None:
        self._files = files
        self._options = options
        self._thaw = gc.get_freeze_count() == 0  # unless the caller froze objects of its own
        self._pool = ProcessPoolExecutor(workers, mp_context=_worker_context(), initializer=_warm)
        self._window = workers * BATCHES_AHEAD_PER_WORKER
        self._pending: deque[_Batch] = deque()
        self._batches = self._read()

    def __enter__(self) -> ParallelArticles:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._thaw:  # frozen for the workers' sake (see _warm_for_fork): this process collects as before
            gc.unfreeze()

    def results(self, index: int) -> Iterator[LoadResult]:
        """What the file at ``index`` yields, as its loader would have yielded it."""
        while True:
            while len(self._pending) < self._window and (batch := next(self._batches, None)) is not None:
                self._pending.append(batch)
            if not self._pending or self._pending[0].file_index > index:
                return
            batch = self._pending.popleft()
            if batch.file_index < index:  # the rest of a file whose reading stopped at an error
                continue
            yield from warn_when_empty(self._raised(batch.results()), str(self._files[index][0]))

    @staticmethod
    def _raised(outcomes: Iterable[Outcome]) -> Iterator[LoadResult]:
        for outcome in outcomes:
            if isinstance(outcome, Raised):
                raise outcome.error
            yield outcome

    def _read(self) -> Iterator[_Batch]:
        for index, path, format_name in article_files(self._files):
            yield from self._read_file(index, path, format_name)

    def _read_file(self, index: int, path: Path, format_name: str) -> Iterator[_Batch]:
        batch: list[Article | ValidationError] = []
        extracting = False
        try:
            for item in read_articles(path, format_name, self._options):
                if not extracting and isinstance(item, ValidationError):
                    # errors before a file's first article never reach the extractor, as in the serial loader
                    yield _Batch(index, outcomes=[item])
                    continue
                extracting = True
                batch.append(item)
                if len(batch) == BATCH_SIZE:
                    yield self._submit(index, batch)
                    batch = []
        except Exception as error:  # raised again where the serial loader would have raised it
            if batch:
                yield self._submit(index, batch)
            yield _Batch(index, outcomes=[Raised(error)])
            return
        if batch:
            yield self._submit(index, batch)

    def _submit(self, index: int, items: list[Article | ValidationError]) -> _Batch:
        return _Batch(index, future=self._pool.submit(extract_batch, items))
