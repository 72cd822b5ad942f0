"""Speed rewrites that must not change what is found (docs/evaluation.md, eighth session).

Each full-text regex rewritten for a fast scan (its first letter before a looked-behind word boundary, so
the regex engine skips to the candidate letters) finds exactly what its plain ``\\b…`` form finds; the
averaged-measure gate passes every text the scan matches in; ``Candidate.with_`` copies as
``dataclasses.replace`` does. ``bench/same_output.py`` checks the whole extraction on the corpus.
"""

from __future__ import annotations

import dataclasses
import inspect
import itertools
import random
import re
from collections.abc import Iterable

import pytest

from kg.extract import (
    apposed,
    intro_cue,
    list_senses,
    metric_phrases,
    metric_words,
    own_enum,
    own_names,
    paren_names,
    patterns,
    phrase_words,
    precision,
    role_cues,
    role_scope,
    sentences,
    shapes,
    task_cues,
    task_phrases,
    task_words,
    we_call,
)
from kg.extract.any_case import AnyCase
from kg.extract.candidates import Candidate
from kg.extract.made_words import MADE, THE_MADE
from kg.extract.tokenizer import _PIECE, _parts, split_words
from kg.whole import whole_hits

# The plain forms the rewritten patterns were written from (what each pattern means).
_H, _T = own_names._HEADS, own_names._TOKEN
PLAIN = {
    "task_cues._FOR": (task_cues._FOR, r"\bfor\s+"),
    "task_cues._TASK_WORD": (task_cues._TASK_WORD, r"\b(?:task|problem)\b"),
    "task_cues._TACKLE": (
        task_cues._TACKLE,
        r"\b(?:tackl(?:e|es|ing)|address(?:es|ing)?|solv(?:e|es|ing)|stud(?:y|ies|ying)|focus(?:es|ing)?\s+on)"
        r"\s+(?:the\s+)?",
    ),
    "role_cues._NEW_PARTS": (
        role_cues._NEW_PARTS,
        r"\b(?:two|three|four|five|several)\s(?:novel|new)\s(?:key\s|core\s)?"
        r"(?:components|modules|contributions|innovations|designs|techniques|mechanisms|strategies)\b",
    ),
    "own_names._OWN": (
        own_names._OWN,
        rf"\b(?:[Oo]ur\s(?:{MADE}\s(?:(?P<head>{_H})s?,?\s)?|(?:[a-z][a-z\-]*\s){{0,2}}(?P<head2>{_H}),\s)"
        rf"|[Tt]he\s{THE_MADE}\s(?:(?P<head3>{_H})s?,?\s)?){_T}"
        rf"|\b[Oo]ur\s{_T.replace('name', 'named')}(?=(?:\s\([^()]{{1,20}}\))?\s(?P<head4>{_H}|agent)s?\b)",
    ),
    "we_call._WE_CALL": (
        we_call._WE_CALL,
        r"\b(?:[Ww]e|which\s+we|that\s+we)\s+" + we_call._WE_CALL.pattern.split(r")\s+", 1)[1],
    ),
    "own_enum._ENUM": (own_enum._ENUM, r"(?<!\S)\(" + own_enum._ENUM.pattern[len(r"\((?<!\S\()") :]),
    "precision._URL": (precision._URL, r"(?:https?://|www\.)[^\s)\]}>,;\"']+|\\cite[pt]?\{[^}]*\}"),
}

_WORDS = """for For fore task tasks problem subproblem tackle tackles tackling address addresses solve solving
    study studies focus focuses on the The our Our two three four five several novel new key core components
    modules and also propose introduce presenting introducing proposing thereby we We which that call term
    dub refer to as FooNet BarBench Our-Net proposed newly released framework model dataset , . ( ) (1)
    (ii) (a) : X-1 https://x.org/a www.site.com \\cite{a} \\citep{b} A B""".split()  # noqa: SIM905
_WORDS += [  # phrases the rarer patterns need
    "(1) Dual Path Net, which",
    "(ii) \\textbf{Cross Gate}: ",
    "(b) Token Mixer: ",
    "two novel modules",
    "three new key components",
    "several novel strategies",
    "our proposed FooNet",
    "Our new dataset, FooSet",
    "the proposed BarNet",
    "The newly released FooBench benchmark",
    "our FooNet model",
    "Our X-1 (7B) agent",
    "we call it FooNet",
    "which we term Dual Gate",
    "that we dub the BarBench",
    "We refer to this as FooNet",
]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = rng.choices(_WORDS, k=rng.randint(3, 18))
        glue = rng.choices([" ", " ", " ", "", "\n", "-", ", "], k=len(words))
        out.append("".join(itertools.chain.from_iterable(zip(glue, words, strict=True))).lstrip(" "))
    return out


def _found(pattern: re.Pattern[str], text: str, pos: int) -> list[tuple[object, ...]]:
    return [(m.span(), m.groupdict(), m.lastgroup) for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_fast_scan_finds_what_the_plain_form_finds(name: str) -> None:
    fast, plain_source = PLAIN[name]
    plain = re.compile(plain_source, fast.flags)
    texts = _texts(3000, seed=len(name))
    texts += ["We tackle the task of X for Y, thereby introducing Z and propose W.", "our FooNet model"]
    for text in texts:
        for pos in (0, 3):
            assert _found(fast, text, pos) == _found(plain, text, pos), (name, text)


def test_averaged_scan_finds_what_the_full_scan_finds() -> None:
    pieces = ["macro", "Macro", "micro", "Micro", "weighted", "Weighted", "-averaged", "F1", "F1-score"]
    pieces += ["AUC", "accuracy", "Recall", "mAP", "IoU", "across", "microscopy", "(", ")", ",", "x"]
    rng = random.Random(7)
    for _ in range(20000):
        words = rng.choices(pieces, k=rng.randint(2, 5))
        text = "".join(w + rng.choice([" ", "-", "", " ("]) for w in words)
        fast = [m.span() for m in metric_phrases._averaged(text)]
        assert fast == [m.span() for m in metric_phrases._AVERAGED.finditer(text)], text


_GATED = {  # each slow full-text scan of role_cues.cues and the gate it is skipped without
    "by": (role_cues._BY_CUE, role_cues._BY_GATE),
    "new parts": (role_cues._NEW_PARTS, role_cues._NEW_GATE),
    "notion": (role_cues._NOTION, role_cues._NOTION_GATE),
}


@pytest.mark.parametrize("name", sorted(_GATED))
def test_cue_gate_finds_in_every_match_of_its_scan(name: str) -> None:
    scan, gate = _GATED[name]
    pieces = ["By", "by", "introducing", "proposing", "designing", "We", "we", "first", "define", "formalize",
              "introduce", "the", "a", "new", "novel", "notion", "concept", "of", "two", "several", "key",
              "modules", "strategies", "x", "We define the", "we formalise a new", "notion of", "concept of",
              "two novel", "several new key", "three novel core"]  # fmt: skip
    rng = random.Random(len(name))
    seen = 0
    for _ in range(20000):
        words = rng.choices(pieces, k=rng.randint(2, 7))
        text = "".join(w + rng.choice([" ", " ", "\n", "", "-"]) for w in words)
        for match in scan.finditer(text):
            seen += 1
            assert any(g.search(match.group()) for g in gate), (name, text)
    assert seen > 20  # the generated texts do reach the scan


def test_data_noun_scan_finds_the_plain_matches_one_character_later() -> None:
    plain = re.compile(r"\s(?:datasets?|benchmarks?)\b")
    pieces = ["dataset", "datasets", "benchmark", "benchmarks", "Dataset", "datasetx", "segmentation", "x"]
    rng = random.Random(3)
    for _ in range(5000):
        words = rng.choices(pieces, k=rng.randint(1, 6))
        text = "".join(rng.choice([" ", "\n", "", "-", "("]) + w for w in words)
        for pos in (0, 1, 4):
            fast = [(m.start() - 1, m.end()) for m in task_cues._DATA_NOUN.finditer(text, pos + 1)]
            assert fast == [m.span() for m in plain.finditer(text, pos)], (text, pos)


def test_task_cue_gates_hold_in_every_match() -> None:
    texts = [*_texts(3000, seed=5), "Video anomaly detection aims to find X; it has attracted interest."]
    texts += ["FooSeg refers to the task of X", "a problem", "subtasks", "has drawn", "seeks to"]
    for text in texts:
        for match in task_cues._AIMS.finditer(text):
            assert any(cue in match.group() for cue in task_cues._AIMS_GATE), text
        for match in task_cues._TACKLE.finditer(text):
            assert any(stem in match.group() for stem in task_cues._TACKLE_GATE.words), text
        for match in task_cues._TASK_WORD.finditer(text):
            assert match.group() in ("task", "problem"), text


def test_shape_end_scan_finds_what_the_one_class_form_found() -> None:
    endings = "|".join(f"(?<={e[0]}){e[1:]}" for e in shapes._METHOD_ENDINGS)
    before = re.compile(  # the pattern of session 8's first round
        r"[-+ABCEGLQS\dNFMVDRTP](?:(?<=\+)\+|(?<=B)ench|(?<=A)rena|(?<=E)val|(?<=G)ym|(?<=L)eaderboard|(?<=Q)A|"
        r"(?<=S)et|(?<=C)orpus|(?<=\d)[BM]|(?<=-)(?:Instruct|Chat|IT|Base|Coder|VL|Vision|Mini|mini)|"
        + endings
        + r")(?![\w\-+])"
    )
    pieces = [
        "Bench",
        "BERT",
        "B",
        "M",
        "Mamba",
        "7",
        "\uff17",
        "1.5",
        "Net",
        "-",
        "+",
        "Instruct",
        "QA",
        "x",
        "Set",
    ]
    pieces += [
        "GAN",
        "Eval",
        "Seg",
        "Gym",
        "RAG",
        "mini",
        "Former",
        "T",
        "NeRF",
        "Flow",
        "Arena",
        "Corpus",
        "ViT",
    ]
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(
            rng.choice(pieces) + rng.choice(["", "", " ", "-", ")"]) for _ in range(rng.randint(1, 6))
        )
        found = [(s - (e - s == 1), e) for s, e in (m.span() for m in shapes._SHAPE_END.finditer(text))]
        assert found == [m.span() for m in before.finditer(text)], text


def test_and_cue_scan_finds_the_plain_cues_from_their_comma() -> None:
    plain = re.compile(
        r"and\s(?:also\s|then\s|further\s)?(?:propose|introduce|present|develop|design|devise|release|"
        r"construct|build|curate)\b|(?<=,\s)(?:thereby\s)?(?:introducing|proposing|presenting)\b"
    )
    texts = [*_texts(3000, seed=17), "We X, thereby introducing Y and propose Z, presenting W,\nproposing V."]
    for text in texts:
        spans = sorted(m.span() for rx, _ in role_cues._AND_CUES for m in rx.finditer(text))
        fast = [(s + 2 * (text[s] == ","), e) for s, e in spans]
        assert fast == [m.span() for m in plain.finditer(text)], text


def test_passive_scans_find_what_the_passive_cue_finds() -> None:
    pieces = ["is", "are", "This", "Ais", "care", "proposed", "introduced", "newly", "also", "rarely",
              "built", "released", "x", "is proposed", "are then designed", "is incorporated",
              "thisis proposed"]  # fmt: skip
    rng = random.Random(19)
    texts = [*_texts(2000, seed=23)]
    for _ in range(20000):
        words = rng.choices(pieces, k=rng.randint(2, 7))
        texts.append("".join(w + rng.choice([" ", " ", "\n", "", "-"]) for w in words))
    seen = 0
    for text in texts:
        fast = sorted(m.span() for rx in role_cues._PASSIVE_SCANS for m in rx.finditer(text))
        assert fast == [m.span() for m in role_cues._PASSIVE.finditer(text)], text
        seen += len(fast)
    assert seen > 100


def test_candidate_with_copies_as_replace_does() -> None:
    cand = Candidate(3, 9, "dataset", "FooSet", "dataset:fooset", 0.9, "lexicon", "lexicon", partner=(0, 2))
    for changes in ({}, {"role": "introduced"}, {"start": 4, "name": "ooSet", "partner": None}):
        copy = cand.with_(**changes)
        assert copy == dataclasses.replace(cand, **changes)
        assert hash(copy) == hash(dataclasses.replace(cand, **changes))
    with pytest.raises(TypeError):
        cand.with_(kind="method")
    with pytest.raises(dataclasses.FrozenInstanceError):
        cand.with_(role="introduced").role = "used"  # type: ignore[misc]


def test_candidate_init_takes_the_dataclass_fields_in_order_with_their_defaults() -> None:
    params = list(inspect.signature(Candidate.__init__).parameters.values())[1:]
    assert [(p.name, p.default) for p in params] == [
        (f.name, inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default)
        for f in dataclasses.fields(Candidate)
    ]
    values = (3, 9, "dataset", "FooSet", "dataset:fooset", 0.9, "lexicon", "lexicon", "introduced", (0, 2))
    cand = Candidate(*values)
    assert tuple(getattr(cand, f.name) for f in dataclasses.fields(Candidate)) == values
    assert Candidate(**dict(zip([p.name for p in params], values, strict=True))) == cand
    with pytest.raises(dataclasses.FrozenInstanceError):
        cand.role = "used"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Candidate(0, 1, "method")  # type: ignore[call-arg]


def _split_reference(text: str) -> tuple[list[str], list[bool]]:
    """split_words as it was before the per-piece cache (each piece split by the regex)."""
    words: list[str] = []
    spaces: list[bool] = []
    for piece in text.split(" "):
        parts = [" "] if not piece else _PIECE.findall(piece)
        words += parts
        spaces += [False] * (len(parts) - 1) + [bool(piece)]
    spaces[-1] = False
    return words, spaces


def test_split_words_with_cached_pieces_splits_as_the_regex() -> None:
    texts = _texts(2000, seed=11) * 2  # the second round reads the cache
    texts += ["GPT-4o  beats (LLMs), e.g.\n\nX", "a\n \nb", "model, model, model,"]
    for text in texts:
        text = text.strip(" ") or "x"
        assert split_words(text) == _split_reference(text), text


def test_a_word_and_a_mark_split_as_the_regex_splits_them() -> None:
    marks = [",", ".", ")", "_", "\n", "\u00a0", "\u0301", "\u00b2", "\u2013", "é", "5", "(", "\t", "ſ"]
    heads = ["", "model", "LLMs", "x_y", "caf\u00e9", "\u0661\u0662", "e\u0301", "A", "x\u00b2"]
    for head in heads:
        for mark in marks:
            piece = head + mark
            if piece and not piece.isalnum() and " " not in piece:
                assert _parts.__wrapped__(piece) == tuple(_PIECE.findall(piece)), repr(piece)


def test_whole_hits_finds_what_the_per_name_regex_found() -> None:
    rng = random.Random(13)
    pieces = ["road", "detection", "road detection", "-", "_", " ", ", ", "x", "é", "s", "\n\n", "a a", "a"]
    for _ in range(20000):
        low = "".join(rng.choices(pieces, k=rng.randint(1, 12)))
        name = rng.choice(["road detection", "detection", "a a", "a", "s road"])
        begin = rng.randint(0, 3)
        regex = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        expected = [begin + m.start() for m in re.finditer(regex, low[begin:])]
        assert whole_hits(low, name, begin) == expected, (low, name, begin)


def _part_lists(n: int, seed: int) -> list[str]:
    """Texts of capitalised names, acronyms, "and", commas, stops, count and part-kind words."""
    pieces = ["Dual", "Gate", "Cross", "Attention", "Foo", "of", "the", "and", "(DG)", ",", ".", ";", ":"]
    pieces += ["x", "modules", "layers", "two", "several", "key", "Fusion-Net", "\n\n", "components:"]
    pieces += ["blocks,", "Dual Gate and Cross Attention", "Foo Bar, Baz Net and", "Foo Bar (FB) and the Baz"]
    rng = random.Random(seed)
    return [" ".join(rng.choices(pieces, k=rng.randint(3, 16))) for _ in range(n)]


def test_coordinated_lists_are_found_as_the_full_scan_finds_them() -> None:
    texts = _part_lists(20000, seed=17)
    texts.append(
        "FooNet introduces Inversion-Boosted Attention and Reference-Anchored Self-Attention modules."
    )
    seen = 0
    for text in texts:
        kinds = [kind.span() for kind in own_enum._KINDS.finditer(text)]
        full = [m.span() for m in own_enum._COORDINATED.finditer(text)]
        assert [m.span() for m in own_enum._coordinated(text, kinds)] == full, text
        seen += bool(full)
    assert seen > 500


def test_counted_gate_passes_every_text_the_scan_matches() -> None:
    seen = 0
    for text in _part_lists(20000, seed=19):
        if own_enum._COUNTED.search(text):
            kinds = [kind.span() for kind in own_enum._KINDS.finditer(text)]
            assert own_enum._anchored_counted(text, kinds), text
            seen += 1
    assert seen > 500


def test_window_gates_pass_every_window_their_regex_matches() -> None:
    rng = random.Random(23)
    heads = ["e.g", "i.e", "et al", "Fig", "J", "x", "results", "No", "Sept", "(", " ", "\n", "ab"]
    revised = ["We", "enhance", "improves", "the", "existing", "vanilla", "bathe", "x", " ", "  ", "\n", ","]
    seen = [0, 0]
    for _ in range(20000):
        head = "".join(rng.choices(heads, k=rng.randint(0, 4))) + rng.choice([".", "", "x", ".\n"])
        if sentences._ABBREV.search(head) and head.endswith("."):
            assert head.endswith(sentences._ABBREV_ENDS), head
            seen[0] += 1
        window = "".join(w + rng.choice([" ", "", "\n "]) for w in rng.choices(revised, k=rng.randint(1, 6)))
        if role_scope._REVISED.search(window):
            assert window.rstrip().endswith(role_scope._REVISED_OBJECTS), window
            seen[1] += 1
    assert min(seen) > 300, seen


def test_phrase_words_split_as_the_word_scan_finds_them() -> None:
    texts = [*_texts(3000, seed=29), "", " ", "GPT-4o  wins (SSL), e.g. C++ and x", "\n\nA-B/C's d+"]
    for text in texts:
        expected = tuple((m.start(), m.end(), m.group()) for m in phrase_words.WORD.finditer(text))
        assert phrase_words.words(text) == expected, text


def test_head_ahead_reads_the_words_the_string_split_read() -> None:
    rng = random.Random(23)
    pieces = ["detection", "Segmentation", "tasks", "task.", "(retrieval)", "x", "\u0130", "é", "\x1c", "\t"]
    pieces += [" ", "  ", ",", ";", "!", "'", '"', "[", "]", "?", ":", "\n\n", "ranking", "data", "Σ"]
    seen = 0
    for _ in range(20000):
        window = "".join(rng.choices(pieces, k=rng.randint(0, 14)))
        old = window.lower().translate(task_cues._PUNCT_TO_SPACE).split()
        expected = not task_phrases.CONTEXT_HEADS.isdisjoint(old)
        assert task_cues._head_ahead(window) == expected, window
        seen += expected
    assert seen > 2000


def test_evaluation_stems_are_in_every_evaluation_verb() -> None:
    assert all(any(stem in word for stem in task_cues._EVALUATE_STEMS) for word in task_cues._EVALUATE)
    t = "We evaluate FooNet on X. Results on Y; tested on Z, assessed it on W. Stress-tests on V."
    ons = [m.start() for m in re.finditer(" on ", t)]
    assert [task_cues._evaluated(t, 0, at) for at in ons] == [True, False, True, True, False]


@pytest.mark.parametrize(
    "scan", [metric_words._HARM, metric_words._FORMAT, metric_words._MEASURE, patterns._EVAL_WORD]
)
def test_lowered_patterns_find_what_the_ignorecase_ones_find(scan: AnyCase) -> None:
    rng = random.Random(29)
    pieces = ["Without", "cost", "TRADE-off", "Mixed", "FP16", "bf16", "int8", "4-Bit", "in Terms of"]
    pieces += ["Metrics", "F1", "auc", "and", ",", "Score", "92.1", "%", "points", "Mean", "zero-shot"]
    pieces += ["Detection", " ", "\n", ".", ";", "é", "ſ", "K", "İ", "-", "the metric", "measured BY", "x"]
    pieces += ["Evaluated", "RESULTS", "tests", "fine-Tuned", "pretrained", "Reports", "contest"]
    seen = 0
    for _ in range(20000):
        text = " ".join(rng.choices(pieces, k=rng.randint(0, 9))) + rng.choice(["", " ", "-", "\n"])
        pos = rng.randint(0, 3)
        expected = scan.rx.search(text, pos) is not None
        assert scan.found(text, pos) == expected, (text, pos)
        seen += expected
    assert seen > 1000
    with pytest.raises(ValueError):
        AnyCase(re.compile("x"))


def test_searches_narrowed_to_the_last_word_find_what_the_window_search_found() -> None:
    rng = random.Random(31)
    pieces = ["Foo-Net", "x", "GPT-4o", "and", "(", ")", ",", "a.b", "détection", "/", "+", "-", "_"]
    pieces += [" ", " ", "  ", "\n", "\t", "\u00a0", ""]
    last = re.compile(r"(\S+)\s+$")
    seen = 0
    for _ in range(20000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 12)))
        hi = rng.randint(0, len(text))
        lo = rng.randint(0, hi)
        expected = last.search(text, lo, hi)
        found = task_words.last_word(text, lo, hi)
        assert (found and found.span()) == (expected and expected.span()), (text, lo, hi)
        seen += expected is not None
        name = apposed._NAME_BEFORE.search(text, max(0, hi - 60), hi)
        narrowed = apposed._name_before(text, hi)
        assert (name and name.span()) == (narrowed and narrowed.span()), (text, hi)
    assert seen > 1000


def test_description_from_the_tenth_last_word_is_the_window_search() -> None:
    rng = random.Random(37)
    pieces = ["a", "An", "the", "(the", "our", "Our", "novel", "multi-scale", "net", "1,000", "x,2", "."]
    pieces += [" ", " ", "  ", "\n", "\t", "\u00a0", ",", "Foo"]
    seen = 0
    for _ in range(20000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 40))) + " (FN)"
        at = text.rfind(" (")
        expected = paren_names._DESC.search(text, max(0, at - 160), at)
        found = paren_names._description(text, at)
        assert (found and found.span()) == (expected and expected.span()), text
        seen += expected is not None
    assert seen > 1000


def test_previous_list_item_from_the_third_last_word_is_the_window_search() -> None:
    rng = random.Random(78)
    pieces = ["COCO", "(VOC", "and", "or", "And", ",", "x.y", "A+", "-", "_b", "é", "(", "sand", "nor"]
    pieces += [" ", " ", " ", "  ", "\n", "\t", "\u00a0", ", ", " , ", ", and ", " or ", " and "]
    seen = 0
    for _ in range(30000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 30)))
        pos = rng.randint(0, len(text))
        expected = list_senses._PREV_ITEM.search(text, max(0, pos - 60), pos)
        found = list_senses._prev_item(text, pos)
        assert (found and found.span(1)) == (expected and expected.span(1)), (text, pos)
        seen += expected is not None
    assert seen > 3000


def test_possessive_task_words_split_as_the_plain_pattern() -> None:
    plain = re.compile(r"[A-Za-z0-9][\w'+]*(?:[-/][\w'+]+)*|[^\s\w]")
    rng = random.Random(41)
    pieces = ["a", "B2", "-", "/", "'", "+", "_", "é", " ", ".", "--", "x/y", "C++", "it's", "\n", "3D"]
    for _ in range(20000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 14)))
        expected = [(m.start(), m.end(), m.group()) for m in plain.finditer(text)]
        assert task_words.phrase_words(text) == expected, text


def test_gerund_noun_gate_holds_where_a_word_is_a_gerund_noun() -> None:
    """The substring gate of ``after_gerund_noun``: a window one of whose lower-cased words is an -ing noun
    holds that noun in its lower-cased text (with a Kelvin sign, a dotted I, a long s, "_", cut words)."""
    rng = random.Random(163)
    pieces = [
        *task_words.GERUND_NOUNS,
        "Talking",
        "SENSING",
        "tal\u212aing",
        "mov\u0130ng",
        "\u017fensing",
        "x",
    ]
    pieces += [
        "sensing-based",
        "pre-sensing",
        "_moving",
        "by",
        "face",
        "(",
        ".",
        "3D",
        "referrings",
        "\u00e9",
    ]
    seen = 0
    for _ in range(20000):
        window = "".join(
            rng.choice(["", " ", "-", "\n", "/"]) + w for w in rng.choices(pieces, k=rng.randint(0, 8))
        )
        words = {w.lower() for _, _, w in task_words.phrase_words(window)}
        if not words.isdisjoint(task_words.GERUND_NOUNS):
            seen += 1
            assert any(noun in window.lower() for noun in task_words.GERUND_NOUNS), window
    assert seen > 5000


_OLD_INTRO_CUE = re.compile(  # INTRO_CUE as written before it had its own module (session 12)
    r"[WwTtOoI](?<=\b[WwTtOoI])(?:(?<=[Ww])e|(?<=I)|(?<=[Tt])(?:his|he|he\spresent)\s(?:paper|work|study|report|"
    r"article|technical\sreport)|(?<=[Oo])ur\s(?:work|paper))"
    r"\s(?:(?:also|further|then|first|additionally|newly|hereby|thus|therefore|here|now|finally|instead|"
    r"subsequently|[a-z]{3,}ly)\s){0,2}"
    r"(?:ha(?:ve|s)\s(?:(?:also|further|[a-z]{3,}ly)\s)?)?"
    r"(?:(?:design|develop|build|construct|curate|collect)(?:s|ed)?\s(?:and|&)\s)?"
    r"(?:introduce|propose|present|release|develop|construct|build|curate|design|contribute|create|"
    r"open-source|unveil|collect|establish|devise|describe)(?:s|d|ed)?\b"
)


def test_intro_cue_scans_find_what_the_one_scan_found() -> None:
    rng = random.Random(43)
    pieces = ["We", "we", "I", "This paper", "The present study", "this work", "Our work", "our paper", "two"]
    pieces += ["also", "newly", "have", "has", "design and", "propose", "presents", "introduced", "x"]
    pieces += ["twe", "Ithe", "Our", "the", "report", "describes", "built and", "open-source", ".", ",", "\n"]
    seen = 0
    for _ in range(20000):
        text = " ".join(rng.choices(pieces, k=rng.randint(0, 12)))
        expected = tuple(m.span() for m in _OLD_INTRO_CUE.finditer(text))
        assert tuple(m.span() for m in intro_cue.INTRO_CUE.finditer(text)) == expected, text
        assert intro_cue.intro_cue_spans(text) == expected, text
        seen += bool(expected)
    assert seen > 2000


def test_own_scans_find_what_the_one_scan_found() -> None:
    texts = [*_texts(6000, seed=47), "Our proposed FooNet and the proposed BarNet; our X-1 (7B) agent", "T"]

    def readings(matches: Iterable[re.Match[str]]) -> list[tuple[object, ...]]:
        return [(m.span(), {k: v for k, v in m.groupdict().items() if v is not None}) for m in matches]

    seen = 0
    for text in texts:
        expected = readings(own_names._OWN.finditer(text))
        assert readings(own_names._own_matches(text)) == expected, text
        seen += bool(expected)
    assert seen > 300
