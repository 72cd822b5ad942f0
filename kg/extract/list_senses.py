"""The sense of a name read from the list it stands in (docs/typing.md rules 50 and 51).

A coordinated list ("A, B and C", "A/B") names things of one kind, so its other items say what an
item means when the lexicon's sense does not fit:

- :func:`list_senses` retypes an organisation that is an item of a list of data — "on the KITTI,
  Waymo and DL3DV-10K datasets", "on Replica and TUM datasets", "benchmarks such as nuScenes and
  Waymo" — as the data it released (rule 50); not when words follow it that make it part of a
  longer name ("Google Scholar", "Facebook hateful memes").
- it retypes a known method or model name in a list of data closed by a data head as that data: "on the
  RareBench and FlowEdit datasets" (rule 170; FlowEdit is also an editing method);
- it drops a dataset or benchmark acronym whose list holds two or more other items, all methods or
  models and none data: "a Transformer decoder with GQA, QK-Norm, RMSNorm, SwiGLU" is grouped-query
  attention, not the GQA dataset (rule 51; the paper's own definition is read earlier, by
  :mod:`kg.extract.definitions`);
- it retypes a name the evaluation-list rule guessed as data (``cue.evaluate_on``) as a model when
  another item of its list is a known model and none is known data: "Extensive experiments on OPT and
  Llama", "on BAGEL, FLUX.1-dev, and Wan2.1-1.3B" are the models the paper's method is applied to
  (rule 51), and so are the name's other occurrences in the paper;
- it retypes an organisation written by the short brand of its name (DeepSeek for DeepSeek-AI) as its
  model when every other item of its list is a known model: "such as ChatGPT and DeepSeek", "GPT-2,
  DeepSeek, and Gemma" name the chatbot, not the company (rule 69), and so do the name's other
  occurrences in the paper ("DeepSeek exhibits …"); "LLMs from OpenAI, Anthropic and DeepSeek" lists
  makers, "baselines such as Claude and OpenAI agents" names the company.

>>> from kg.extract.candidates import Candidate
>>> t = "Experiments on the KITTI, Waymo and NOTR datasets; a decoder with GQA, RoPE and SwiGLU."
>>> cands = [Candidate(19, 24, "dataset", "KITTI", "dataset:kitti", source="lexicon"),
...     Candidate(26, 31, "organization", "Waymo", "organization:waymo", source="lexicon"),
...     Candidate(36, 40, "dataset", "NOTR"),
...     Candidate(66, 69, "dataset", "GQA", "dataset:gqa", source="lexicon"),
...     Candidate(71, 75, "method", "RoPE", "method:rope", source="lexicon"),
...     Candidate(80, 86, "method", "SwiGLU", "method:swiglu", source="lexicon")]
>>> [(c.name, c.type, c.entity_id) for c in list_senses(cands, t)]  # doctest: +NORMALIZE_WHITESPACE
[('KITTI', 'dataset', 'dataset:kitti'), ('Waymo', 'dataset', ''), ('NOTR', 'dataset', ''),
 ('RoPE', 'method', 'method:rope'), ('SwiGLU', 'method', 'method:swiglu')]
>>> t = "Extensive experiments on OPT and Llama show gains."
>>> cands = [Candidate(25, 28, "model", "OPT", "model:opt", source="lexicon"),
...     Candidate(33, 38, "dataset", "Llama", rule="cue.evaluate_on")]
>>> [(c.name, c.type) for c in list_senses(cands, t)]
[('OPT', 'model'), ('Llama', 'model')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.candidates import Candidate
from kg.extract.data_lists import VERB_NEXT, governed, has_plural_head, plain_partner
from kg.extract.shapes import is_generic, is_name_shaped, type_from_shape

__all__ = ["list_partners", "list_senses", "method_partners"]

# What joins two items of one list: a comma (", and"), "and", "or", a slash.
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|/)\s*")
_DATA = frozenset({"dataset", "benchmark"})
_METHODS = frozenset({"method", "model"})
# A list closed by a data head ("… and Waymo datasets"); what may follow an organisation that is an
# item (a join, the data head, a bracket or the end of a clause), not a word of a longer name.
_DATA_HEAD = re.compile(r"\s+(?:datasets?|benchmarks?|corpora|data\s+sets?)\b")
_ITEM_END = re.compile(r"(?:\s*[,;:.)/]|\s+(?:and|or|datasets?|benchmarks?|corpora|data)\b|\s*$)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
# What makes an organisation part of a longer name or a possessive ("OpenAI Large", "Google's Gemini").
_LONGER = re.compile(r"(?:\s+[A-Z0-9]|[-'\u2019])")


def _lists(cands: Sequence[Candidate], text: str) -> list[list[int]]:
    """Indices (into ``cands``, sorted by start) of each run of two or more coordinated items."""
    runs: list[list[int]] = []
    for i, cand in enumerate(cands):
        prev = cands[i - 1] if i else None
        if prev is not None and prev.end <= cand.start and _JOIN.fullmatch(text, prev.end, cand.start):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) > 1]


def _org_is_data(cands: Sequence[Candidate], run: list[int], i: int, text: str) -> bool:
    org = cands[i]
    if org.type != "organization" or not _ITEM_END.match(text, org.end):
        return False
    closed = _DATA_HEAD.match(text, cands[run[-1]].end) is not None
    known_data = any(cands[j].type in _DATA and cands[j].source == "lexicon" for j in run if j != i)
    return closed or known_data


def _method_is_data(cands: Sequence[Candidate], run: list[int], i: int, text: str) -> bool:
    """Rule 170: a known method or model name that is an item of a list of data closed by a data head ("on
    the RareBench and FlowEdit datasets", "the V2X-Seq and Griffin datasets") names that data."""
    cand = cands[i]
    if cand.type not in _METHODS or cand.source != "lexicon" or not _ITEM_END.match(text, cand.end):
        return False
    if text[cand.start - 1 : cand.start] in ("'", "\u2019", "-"):
        return False  # "Yo'LLaVA": the lexicon's name inside a longer one, no item of its own
    closed = _DATA_HEAD.match(text, cands[run[-1]].end) is not None
    return closed and any(cands[j].type in _DATA for j in run if j != i)


def _data_among_methods(cands: Sequence[Candidate], run: list[int], i: int, text: str) -> bool:
    cand = cands[i]
    if (
        cand.type not in _DATA
        or cand.source != "lexicon"
        or not _ACRONYM.fullmatch(text, cand.start, cand.end)
    ):
        return False
    others = [cands[j].type for j in run if j != i]
    return len(others) >= 2 and all(kind in _METHODS for kind in others)


def _guess_among_models(cands: Sequence[Candidate], run: list[int], i: int) -> bool:
    if cands[i].rule != "cue.evaluate_on":
        return False
    others = [cands[j] for j in run if j != i]
    known = [c.type for c in others if c.source == "lexicon"]
    return "model" in known and not any(kind in _DATA for kind in known)


def _org_among_models(cands: Sequence[Candidate], run: list[int], i: int, text: str) -> bool:
    org = cands[i]
    if org.type != "organization" or _LONGER.match(text, org.end):  # "OpenAI Large", "Google's"
        return False
    brand = text[org.start : org.end]
    if org.name == brand or not org.name.startswith(brand):
        return False  # a company's own name ("OpenAI", "Google"), not the brand it gives its models
    others = [cands[j] for j in run if cands[j].name != org.name]
    return bool(others) and all(c.type == "model" and c.source == "lexicon" for c in others)


def list_senses(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """``cands`` (sorted by start, non-overlapping) with the list rules applied: organisations in a list
    of data retyped as data, data acronyms in a list of methods dropped, data guesses and organisations
    among known models retyped as models."""
    retype: set[int] = set()
    drop: set[int] = set()
    models: set[str] = set()  # surfaces of data guesses that name models
    for run in _lists(cands, text):
        for i in run:
            if _org_is_data(cands, run, i, text) or _method_is_data(cands, run, i, text):
                retype.add(i)
            elif _data_among_methods(cands, run, i, text):
                drop.add(i)
            elif _guess_among_models(cands, run, i) or _org_among_models(cands, run, i, text):
                models.add(cands[i].name)
    if not retype and not drop and not models:
        return list(cands)
    out = []
    for i, cand in enumerate(cands):
        if i in drop:
            continue
        if i in retype:
            name = text[cand.start : cand.end]
            cand = cand.with_(type="dataset", name=name, entity_id="", source="pattern", rule="list.data")
        elif cand.name in models and cand.source != "lexicon" and cand.type in _DATA:
            cand = cand.with_(type="model", entity_id="")
        elif cand.name in models and cand.type == "organization":  # rule 69: "ChatGPT and DeepSeek"
            name = text[cand.start : cand.end]
            cand = cand.with_(type="model", name=name, entity_id="", source="pattern", rule="list.model")
        out.append(cand)
    return out


# rule 78: a join and the next item of a list, or an item and the join after it (read backwards).
_NEXT_ITEM = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?([A-Za-z0-9][\w.+\-]*[\w+])"
)
_PREV_ITEM = re.compile(
    r"(?:^|(?<=[\s(]))([A-Za-z0-9][\w.+\-]*[\w+])(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$"
)
_KNOWN = 1  # items the lexicon knows as data that a list needs
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "APIs", "LLMs": classes, not names
# a list opened by a method or model head ("foundation models, specifically CT-FM and RadImageNet")
_MODELS_OPEN = re.compile(
    r"\b(?:models?|methods?|baselines?|backbones?|encoders?|architectures?|networks?|LLMs|VLMs|tools?)"
    r"\s*,?\s*(?:such\sas|including|specifically|like|namely|e\.g\.,?|i\.e\.,?)?\s*\(?\s*$"
)
# what may stand before the first item of a list read backwards: not a word of a longer name ("UCSD Ped2",
# "OASIS brain MRI")
_ITEM_START = re.compile(
    r"(?:^|[(:,;]\s*|\b(?:on|in|of|from|across|including|as|and|or|the|both|namely|like|with|over|using|"
    r"e\.g\.,?|i\.e\.,?)\s+)$",
    re.IGNORECASE,
)
_LIST_STOP = frozenset({"and", "or", "the", "both", "with", "on", "across", "e.g", "i.e"})
_NOT_DATA = frozenset({"model", "method", "metric"})
_KNOWN_METHODS = 2  # rule 193: known items a list of methods or models needs (one is too little evidence)


def _is_partner(word: str, kinds: frozenset[str] = _DATA) -> bool:
    """A word that may be an unknown name of ``kinds``: name-shaped, capitalised, no plural acronym, and
    no shape of another type (a data name has no size or ending of a model or method; a method or model
    name no ending of data: "-Bench", "…QA")."""
    shape = type_from_shape(word)
    return (
        word.lower() not in _LIST_STOP
        and is_name_shaped(word)
        and (shape is None or (shape in kinds if kinds is _METHODS else shape not in _NOT_DATA))
        and word[0].isupper()
        and not _PLURAL_ACRONYM.fullmatch(word)
        and (kinds is _DATA or _method_partner(word))
    )


def _method_partner(word: str) -> bool:
    """Rule 193: not a class ("the LLM or NMT approach") nor a two-letter acronym ("CE", "FT": a loss or a
    step the paper abbreviates, no name across papers)."""
    return not is_generic(word) and not (word.isupper() and len(word) < 3)


def _walk(
    cands: Sequence[Candidate],
    text: str,
    i: int,
    at: dict[int, int],
    ends: dict[int, int],
    kinds: frozenset[str] = _DATA,
    loose: bool = False,
) -> tuple[list[int], list[tuple[int, int]]]:
    """The candidates (indices) and unlinked name-shaped words of the list through ``cands[i]``. A
    direction whose list goes on into a capitalised or numeric item that is no name ("COCO, HDINO-T and
    HDINO-L further …", "ECM and JPEG-AI, and 20-40% …") gives no words: the list is not one of data; a
    word read backwards must open its item ("UCSD Ped2, CUHK Avenue" names no Ped2). ``at`` and ``ends``:
    the index of the (last) candidate that starts, and that ends, at each offset (made once per list of
    candidates, not once per walk)."""
    items, ahead, behind = [i], [], []
    pos = cands[i].end
    while (step := _NEXT_ITEM.match(text, pos, min(len(text), pos + 60))) is not None:
        s, e = step.span(1)
        if s in at:
            comma = text[step.start() : s].rstrip()[-1:] == ","
            if loose and comma and not _ITEM_END.match(text, cands[at[s]].end):
                break  # rule 398: ", MetaAgent consistently outperforms" opens the next clause
            items.append(at[s])
            pos = cands[at[s]].end
        elif _is_partner(step.group(1), kinds) and _ITEM_END.match(text, e):
            ahead.append((s, e))
            pos = e
        elif loose and ((shaped := _is_partner(step.group(1))) or plain_partner(step.group(1), text)):
            if _ITEM_END.match(text, e):  # rule 398: a plain word in a governed list
                ahead.append((s, e))
                pos = e
                continue
            if shaped and text[step.start() : s].rstrip()[-1:] != "," and VERB_NEXT.match(text, e):
                # "…, and GTSDB demonstrate": the last item, before a verb (not "Assembly 101", "… USG")
                ahead.append((s, e))
            break
        else:
            ahead = ahead if step.group(1)[0].islower() else []
            break
    pos = cands[i].start
    while (back := _prev_item(text, pos)) is not None:
        s, e = back.span(1)
        if e in ends and cands[ends[e]].start == s:
            items.append(ends[e])
        elif (
            (_is_partner(back.group(1), kinds) or (loose and plain_partner(back.group(1), text)))
            and (
                _ITEM_START.search(text, max(0, s - 30), s)
                or (loose and _is_partner(back.group(1)) and governed(text, s, s))
            )
            and not any(c.start < e and s < c.end for c in cands)
        ):
            behind.append((s, e))
        else:
            behind = behind if back.group(1)[0].islower() else []
            break
        pos = s
    return items, ahead + behind


def _starts_ends(cands: Sequence[Candidate]) -> tuple[dict[int, int], dict[int, int]]:
    """The index of the last candidate that starts, and of the last that ends, at each offset."""
    return {c.start: j for j, c in enumerate(cands)}, {c.end: j for j, c in enumerate(cands)}


_ITEM_WORDS = 3  # the words of an item and its separator at most: "X", ",", "and"


def _prev_item(text: str, pos: int) -> re.Match[str] | None:
    """``_PREV_ITEM.search(text, max(0, pos - 60), pos)``, searched from the third last word before ``pos``:
    a match is an item and its separator ("X , and "), three white-space-delimited words at most, while a
    ``$``-anchored search tries every start of its window."""
    lo = max(0, pos - 60)
    words = text[lo:pos].rsplit(None, _ITEM_WORDS)
    return _PREV_ITEM.search(text, lo + len(words[0]) if len(words) > _ITEM_WORDS else lo, pos)


def _known_data(cand: Candidate) -> bool:
    """A dataset or benchmark the lexicon knows, or whose name says it ("ASSEBench", "HotpotQA")."""
    return cand.type in _DATA and (cand.source == "lexicon" or type_from_shape(cand.name) in _DATA)


def list_partners(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """``cands`` (sorted by start) with the unlinked name-shaped items of a list of known data added as
    data (rule 78): "Across ALFWorld, WebShop, and SciWorld" names the benchmark SciWorld.

    The list needs an item the lexicon knows as a dataset or benchmark (or whose ending says so: "-Bench",
    "…QA") and no item of another type, and is not opened by a method or model head ("foundation models,
    specifically CT-FM and …"); the new name, capitalised, name-shaped, not a plural acronym ("APIs") nor
    shaped as a model or method, takes their type (a dataset when they are of both).

    >>> t = "Across ALFWorld, WebShop, and SciWorld, our agents improve; GPT-4o, Llama and FooLM fail."
    >>> cands = [Candidate(7, 15, "benchmark", "ALFWorld", "benchmark:alfworld", source="lexicon"),
    ...     Candidate(17, 24, "benchmark", "WebShop", "benchmark:webshop", source="lexicon"),
    ...     Candidate(58, 64, "model", "GPT-4o", "model:gpt-4o", source="lexicon")]
    >>> [(c.name, c.type, c.rule) for c in list_partners(cands, t)][2]
    ('SciWorld', 'benchmark', 'list.partner')
    """
    known = [i for i, c in enumerate(cands) if _known_data(c)]
    if len(known) < _KNOWN:
        return list(cands)
    at, ends = _starts_ends(cands)
    added: dict[tuple[int, int], str] = {}
    for i in known:
        items, words = _governed_walk(cands, text, i, at, ends)
        kinds = {cands[j].type for j in items}
        lexical = sum(1 for j in items if _known_data(cands[j]))
        first = min([cands[j].start for j in items] + [s for s, _ in words])
        if (
            not words
            or lexical < _KNOWN
            or not kinds <= _DATA
            or _MODELS_OPEN.search(text, max(0, first - 50), first)
        ):
            continue
        kind = kinds.pop() if len(kinds) == 1 else "dataset"
        for span in words:
            added.setdefault(span, kind)
    return _with_partners(cands, added, text)


def _governed_walk(
    cands: Sequence[Candidate], text: str, i: int, at: dict[int, int], ends: dict[int, int]
) -> tuple[list[int], list[tuple[int, int]]]:
    """Rule 78's walk, read loosely (rule 398) when a data head opens or closes the list."""
    if has_plural_head(text, max(0, cands[i].start - 150), cands[i].end + 150):
        items, words = _walk(cands, text, i, at, ends, loose=True)
        spans = [(cands[j].start, cands[j].end) for j in items] + words
        if governed(text, min(s for s, _ in spans), max(e for _, e in spans)):
            return items, words
    return _walk(cands, text, i, at, ends)


def method_partners(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """``cands`` (sorted by start) with the unlinked name-shaped items of a list of known methods, or of
    known models, added as a method or a model (rule 193): "feature trackers (SuperPoint, PX4FLOW, ORB)"
    names the tracker PX4FLOW, "compared with BERT, RoBERTa and DeBERTaV3-X" the model DeBERTaV3-X.

    Every item of the list is a method or every item a model, at least two of them known to the lexicon
    (no data, task or organisation among them; with one, "DTW, NSS" or "infrastructure, IWP, RTS, and TCNs"
    list other things), and no item closes the list with a data head ("the RareBench
    and FlowEdit datasets", rule 170); the new name is capitalised and name-shaped (an inner capital or a
    digit), not a plural acronym ("APIs") and not shaped as data ("-Bench", "…QA").

    >>> t = "tracking methods (SuperPoint, PX4FLOW, ORB) and BERT, GPT-4o and Llama2-Foo-X."
    >>> cands = [Candidate(18, 28, "method", "SuperPoint", "method:superpoint", source="lexicon"),
    ...     Candidate(39, 42, "method", "ORB", "method:orb", source="lexicon"),
    ...     Candidate(48, 52, "model", "BERT", "model:bert", source="lexicon"),
    ...     Candidate(54, 60, "model", "GPT-4o", "model:gpt-4o", source="lexicon")]
    >>> [(c.name, c.type) for c in method_partners(cands, t) if c.rule == "list.partner"]
    [('PX4FLOW', 'method'), ('Llama2-Foo-X', 'model')]
    """
    known = [i for i, c in enumerate(cands) if c.type in _METHODS and c.source == "lexicon"]
    if not known:
        return list(cands)
    at, ends = _starts_ends(cands)
    added: dict[tuple[int, int], str] = {}
    for i in known:
        items, words = _walk(cands, text, i, at, ends, _METHODS)
        kinds = {cands[j].type for j in items}
        lexical = sum(1 for j in items if cands[j].source == "lexicon")
        last = max([cands[j].end for j in items] + [e for _, e in words])
        if (
            not words
            or lexical < _KNOWN_METHODS
            or len(kinds) != 1
            or not kinds <= _METHODS
            or _DATA_HEAD.match(text, last)
        ):
            continue
        kind = kinds.pop()
        for span in words:
            added.setdefault(span, kind)
    return _with_partners(cands, added, text)


def _with_partners(
    cands: Sequence[Candidate], added: dict[tuple[int, int], str], text: str
) -> list[Candidate]:
    """``cands`` with each added span as a ``list.partner`` candidate of its kind, sorted by start."""
    if not added:
        return list(cands)
    new = [
        Candidate(s, e, kind, text[s:e], confidence=0.6, source="pattern", rule="list.partner")
        for (s, e), kind in added.items()
    ]
    return sorted([*cands, *new], key=lambda c: (c.start, c.end))
