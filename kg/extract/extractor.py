"""Mentions from texts and papers: the per-paper pure function and its batched, parallel form.

>>> ms = extract_text("We introduce FooBench, a benchmark for evaluating code agents.")
>>> [(m.text, m.type, m.role, m.field, m.source, m.rule) for m in ms]
[('FooBench', 'benchmark', 'introduced', 'abstract', 'pattern', 'cue.introduce')]
>>> ms = extract_text("Trained on ImageNet.", title="BarNet: Fast Nets")
>>> [(m.text, m.field, m.start, m.end) for m in ms][0]
('BarNet', 'title', 0, 6)
"""

from __future__ import annotations

import multiprocessing
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.candidates import Candidate
from kg.extract.component import KGEntities, load_pipeline, provisional_id
from kg.extract.tokenizer import FastTokenizer
from kg.model import Mention, MentionRow, Paper, Source, mention_from_row, mention_to_row

__all__ = [
    "extract_lines",
    "extract_paper",
    "extract_paper_rows",
    "extract_papers",
    "extract_text",
    "lines_to_papers",
]

_SEP = "\n\n"


def _join(title: str, abstract: str) -> tuple[str, int]:
    """The document text (title, blank line, abstract) and the title's length."""
    title = title.replace("\n", " ").replace("\r", " ")  # same length: offsets stay valid
    return (f"{title}{_SEP}{abstract}" if title else abstract), len(title)


def _make_doc(nlp: Language, title: str, abstract: str) -> Doc:
    text, title_len = _join(title, abstract)
    doc = nlp.make_doc(text)
    doc.user_data["kg_raw_title"] = title
    doc._.kg_title_len = title_len
    doc.user_data["kg_text"] = text
    return doc


def _to_mentions(doc: Doc, paper_id: str) -> list[Mention]:
    title_len = int(doc._.kg_title_len or 0)
    text = doc.user_data.get("kg_text") or doc.text
    raw_title = doc.user_data.get("kg_raw_title", text[:title_len])
    return _mentions(doc._.kg_mentions or (), doc._.kg_sentences or (), text, raw_title, paper_id)


def _mentions(
    cands: Iterable[Candidate], sentences: Sequence[tuple[int, int]], text: str, title: str, paper_id: str
) -> list[Mention]:
    return [mention_from_row(paper_id, row) for row in _rows(cands, sentences, text, title)]


def _rows(
    cands: Iterable[Candidate], sentences: Sequence[tuple[int, int]], text: str, title: str
) -> list[MentionRow]:
    """Each candidate as its mention row (:func:`kg.model.mention_to_row`), with no :class:`Mention` made.

    The evidence sentence is cut once per sentence, not once per mention: mentions of one sentence share
    one string (equal to each one's own cut), which a worker also pickles once (the pickler's memo).

    >>> rows = _rows([Candidate(0, 3, "method", "BAR"), Candidate(10, 13, "model", "Foo", "model:foo"),
    ...     Candidate(17, 20, "model", "Foo", "model:foo")], [(5, 21)], "BAR\\n\\nWe a Foo, a Foo.", "BAR")
    >>> [(r[2], r[4], r[5], r[7], r[8]) for r in rows]  # doctest: +NORMALIZE_WHITESPACE
    [('method:bar', 'BAR', 0, 'title', 'BAR'), ('model:foo', 'Foo', 5, 'abstract', 'We a Foo, a Foo.'),
     ('model:foo', 'Foo', 12, 'abstract', 'We a Foo, a Foo.')]
    >>> rows[1][8] is rows[2][8]
    True
    """
    n_title = len(title)
    offset = n_title + len(_SEP) if title else 0
    starts = [s for s, _ in sentences]
    cut: dict[tuple[int, int, bool], str] = {}  # (sentence start, end, in the title) -> its text
    out: list[MentionRow] = []
    for cand in cands:
        start, end = cand.start, cand.end
        in_title = end <= n_title
        base = 0 if in_title else offset
        # the (sorted, disjoint) sentence that contains the mention's start, else the mention itself
        i = bisect_right(starts, start) - 1
        s_start, s_end = sentences[i] if i >= 0 and start < sentences[i][1] else (start, end)
        if s_end < end:
            s_end = end  # a name across a sentence break ("We . FooBench: …"): evidence holds it
        sentence = cut.get(key := (s_start, s_end, in_title))
        if sentence is None:
            if in_title:
                sentence = title[s_start : s_end if s_end < n_title else n_title]
            else:
                sentence = text[s_start if s_start > base else base : s_end]
            cut[key] = sentence
        out.append((  # the fields of MENTION_ROW_FIELDS, in order
            cand.type,
            cand.name,
            cand.entity_id or provisional_id(cand.type, cand.name),
            cand.role,
            (title if in_title else text)[start:end],
            start - base,
            end - base,
            "title" if in_title else "abstract",
            sentence,
            cand.confidence,
            cand.source,
            cand.rule,
        ))  # fmt: skip
    return out


def _run(nlp: Language, paper_id: str, title: str, abstract: str) -> list[Mention]:
    return _runner(nlp)(paper_id, title, abstract)


def _fast_rows(nlp: Language) -> Callable[[str, str, str], list[MentionRow]] | None:
    """kg's own pipeline (its component alone, kg's tokenizer): ``(paper_id, title, abstract) -> rows``
    through the component's text path, building no Doc and no Mention; else None."""
    component = nlp.pipeline[0][1] if len(nlp.pipeline) == 1 else None
    if not (isinstance(component, KGEntities) and isinstance(nlp.tokenizer, FastTokenizer)):
        return None
    extract = component.extract

    def fast(paper_id: str, title: str, abstract: str) -> list[MentionRow]:
        text, title_len = _join(title, abstract)
        cands, sentences = extract(text, title_len)
        return _rows(cands, sentences, text, title)

    return fast


def _runner(nlp: Language) -> Callable[[str, str, str], list[Mention]]:
    """``(paper_id, title, abstract) -> mentions`` for ``nlp``; kg's own pipeline skips building a Doc."""
    rows = _fast_rows(nlp)
    if rows is not None:
        return lambda paper_id, title, abstract: [
            mention_from_row(paper_id, r) for r in rows(paper_id, title, abstract)
        ]

    def general(paper_id: str, title: str, abstract: str) -> list[Mention]:
        doc = _make_doc(nlp, title, abstract)
        doc.user_data["kg_skip_ents"] = True
        for _, component in nlp.pipeline:
            doc = component(doc)
        return _to_mentions(doc, paper_id)

    return general


def _row_runner(nlp: Language) -> Callable[[str, str, str], list[MentionRow]]:
    """:func:`_runner` giving each mention as its row: what a worker sends back, without the Mentions."""
    rows = _fast_rows(nlp)
    if rows is not None:
        return rows
    run = _runner(nlp)
    return lambda paper_id, title, abstract: [mention_to_row(m) for m in run(paper_id, title, abstract)]


def extract_text(
    text: str,
    *,
    title: str = "",
    extra_lexicons: Sequence[Path] = (),
    model: bool = True,
    names: bool | None = None,
) -> list[Mention]:
    """Raw (unresolved) mentions in ``text`` (the abstract) and ``title``; ``paper_id`` is "".

    ``model=False`` turns the trained sources off (rules and lexicon only; on by default); ``names``
    switches the trained name typer (:mod:`kg.extract.name_typer`) alone: None (default) is its default,
    off with ``model=False``.
    """
    return _run(load_pipeline(extra_lexicons, model=model, names=names), "", title, text)


def extract_paper(
    paper: Paper, *, extra_lexicons: Sequence[Path] = (), model: bool = True, names: bool | None = None
) -> list[Mention]:
    """Raw mentions in a paper's title and abstract (pre-resolution; ``paper_id`` set)."""
    pipeline = load_pipeline(extra_lexicons, model=model, names=names)
    return _run(pipeline, paper.id, paper.title, paper.abstract)


def _batch_worker(
    args: tuple[list[tuple[str, str, str]], tuple[str, ...], bool, bool | None],
) -> list[list[MentionRow]]:
    """Extract one batch in a worker: plain tuples in and out (cheap to pickle)."""
    docs, extra, model, names = args
    run = _worker_runner(extra, model, names)
    return [run(paper_id, title, abstract) for paper_id, title, abstract in docs]


def _worker_runner(
    extra: tuple[str, ...], model: bool, names: bool | None
) -> Callable[[str, str, str], list[MentionRow]]:
    """A worker's row runner over the pipeline the parent built before the fork (cached, so never rebuilt)."""
    return _row_runner(load_pipeline(tuple(Path(p) for p in extra), model=model, names=names))


_inherited: Sequence[Paper] = ()
"""In a worker: the papers the parent handed to the pool, inherited through the fork (never pickled)."""


def _inherit(papers: Sequence[Paper]) -> None:
    """A worker's initializer: keep the papers its fork inherited (the pool's arguments travel unpickled)."""
    global _inherited
    _inherited = papers


def _range_worker(args: tuple[int, int, tuple[str, ...], bool, bool | None]) -> list[list[MentionRow]]:
    """Extract ``_inherited[start:stop]`` in a worker: only the bounds come in, plain tuples go out."""
    start, stop, extra, model, names = args
    run = _worker_runner(extra, model, names)
    return [run(p.id, p.title, p.abstract) for p in _inherited[start:stop]]


_RESULT_PIPE = 1 << 20  # bytes: Linux's pipe-max-size for an unprivileged process


def _widen_results(pool: object) -> None:
    """Let the result pipe hold a whole batch's rows (~400 KB; Linux's default holds 64 KB), so a worker
    writes its batch and goes on instead of waiting for the parent's reader thread to drain each 64 KB."""
    try:
        import fcntl

        fcntl.fcntl(pool._outqueue._writer.fileno(), fcntl.F_SETPIPE_SZ, _RESULT_PIPE)  # type: ignore[attr-defined]
    except (ImportError, AttributeError, OSError):
        pass  # not Linux, or the pool's internals differ: the default pipe works, only slower


def _batches(papers: Iterable[Paper], size: int) -> Iterator[list[Paper]]:
    it = iter(papers)
    while batch := list(islice(it, size)):
        yield batch


def extract_papers(
    papers: Iterable[Paper],
    *,
    processes: int = 1,
    batch_size: int = 256,
    extra_lexicons: Sequence[Path] = (),
    model: bool = True,
    names: bool | None = None,
) -> Iterator[tuple[Paper, list[Mention]]]:
    """``(paper, raw mentions)`` for each paper, in input order; streams, ``processes > 1`` forks workers.

    >>> src = Source(file="x")
    >>> ps = [Paper(id="1", title="", source=src, abstract="We evaluate on CIFAR-10.")]
    >>> [(p.id, [m.text for m in ms]) for p, ms in extract_papers(ps)]
    [('1', ['CIFAR-10'])]
    """
    if processes <= 1:
        run = _runner(load_pipeline(extra_lexicons, model=model, names=names))
        for paper in papers:
            yield paper, run(paper.id, paper.title, paper.abstract)
        return
    rows = extract_paper_rows(
        papers,
        processes=processes,
        batch_size=batch_size,
        extra_lexicons=extra_lexicons,
        model=model,
        names=names,
    )
    for paper, found in rows:
        yield paper, [mention_from_row(paper.id, row) for row in found]


def extract_paper_rows(
    papers: Iterable[Paper],
    *,
    processes: int = 1,
    batch_size: int = 256,
    extra_lexicons: Sequence[Path] = (),
    model: bool = True,
    names: bool | None = None,
) -> Iterator[tuple[Paper, list[MentionRow]]]:
    """:func:`extract_papers` with each mention as its row (:func:`kg.model.mention_to_row`): what a
    build caches, without making a :class:`Mention` of every row the workers send back.

    >>> src = Source(file="x")
    >>> ps = [Paper(id="1", title="", source=src, abstract="We evaluate on CIFAR-10.")]
    >>> [(p.id, [row[4] for row in rows]) for p, rows in extract_paper_rows(ps, processes=2)]
    [('1', ['CIFAR-10'])]
    """
    if processes <= 1:
        run = _row_runner(load_pipeline(extra_lexicons, model=model, names=names))
        for paper in papers:
            yield paper, run(paper.id, paper.title, paper.abstract)
        return
    extra = tuple(str(p) for p in extra_lexicons)
    load_pipeline(extra_lexicons, model=model, names=names)  # built once in the parent; forks inherit it
    fork = multiprocessing.get_context("fork")
    if isinstance(papers, Sequence):
        # The workers inherit the papers with the fork: a task is a batch's bounds, not its ~400 KB of text
        # pickled by the pool's feeder thread and streamed through the task pipe while a worker waits.
        held = tuple(papers)  # one snapshot for the parent and the forks
        bounds = [(i, min(i + batch_size, len(held))) for i in range(0, len(held), batch_size)]
        with fork.Pool(processes, initializer=_inherit, initargs=(held,)) as pool:
            _widen_results(pool)
            tasks = ((start, stop, extra, model, names) for start, stop in bounds)
            for (start, stop), results in zip(bounds, pool.imap(_range_worker, tasks), strict=True):
                yield from zip(held[start:stop], results, strict=True)
        return
    sent: deque[list[Paper]] = deque()

    def jobs() -> Iterator[tuple[list[tuple[str, str, str]], tuple[str, ...], bool, bool | None]]:
        for batch in _batches(papers, batch_size):
            sent.append(batch)
            yield [(p.id, p.title, p.abstract) for p in batch], extra, model, names

    with fork.Pool(processes) as pool:
        _widen_results(pool)
        for results in pool.imap(_batch_worker, jobs()):
            yield from zip(sent.popleft(), results, strict=True)


def lines_to_papers(lines: Iterable[str], file: str = "<lines>") -> Iterator[Paper]:
    """Each line is one document: id = 1-based line number, empty title, abstract = the line.

    >>> [(p.id, p.abstract) for p in lines_to_papers(["a b\\n", "c"])]
    [('1', 'a b'), ('2', 'c')]
    """
    for number, line in enumerate(lines, 1):
        yield Paper(
            id=str(number),
            title="",
            abstract=line.rstrip("\r\n"),
            source=Source(file=file, line=number, record=number, format="lines"),
        )


def extract_lines(lines: Iterable[str], *, processes: int = 1) -> Iterator[tuple[Paper, list[Mention]]]:
    """The ``--format lines`` mode: one document per line, in order."""
    return extract_papers(lines_to_papers(lines), processes=processes)
