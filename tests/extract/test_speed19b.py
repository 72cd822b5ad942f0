"""Session 19's speed round 4b gives what the plain forms give (docs/evaluation.md, "speed round 4b")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import candidates, data_heads, list_senses, metric_words, task_cues
from kg.extract.candidates import Candidate
from kg.extract.component import provisional_id
from kg.extract.extractor import _SEP, _rows
from kg.model import MentionRow


def _plain_row(
    cand: Candidate,
    text: str,
    title: str,
    sentences: Sequence[tuple[int, int]],
    starts: list[int],
    offset: int,
) -> MentionRow:
    """``extractor._row`` as it was before this round: one candidate's row, its sentence cut for it alone."""
    in_title = cand.end <= len(title)
    base = 0 if in_title else offset
    i = bisect_right(starts, cand.start) - 1
    s_start, s_end = sentences[i] if i >= 0 and cand.start < sentences[i][1] else (cand.start, cand.end)
    s_end = max(s_end, cand.end)
    sentence = title[s_start : min(s_end, len(title))] if in_title else text[max(s_start, base) : s_end]
    return (
        cand.type,
        cand.name,
        cand.entity_id or provisional_id(cand.type, cand.name),
        cand.role,
        (title if in_title else text)[cand.start : cand.end],
        cand.start - base,
        cand.end - base,
        "title" if in_title else "abstract",
        sentence,
        cand.confidence,
        cand.source,
        cand.rule,
    )


@st.composite
def _papers(draw: st.DrawFn) -> tuple[list[Candidate], list[tuple[int, int]], str, str]:
    """A title and abstract, sorted disjoint sentences (some left out, some crossing the title's end) and
    candidates anywhere, in the title, across sentence breaks, repeated."""
    title = draw(st.text(alphabet="ab .", max_size=20))
    abstract = draw(st.text(alphabet="cd .", min_size=1, max_size=60))
    text = f"{title}{_SEP}{abstract}" if title else abstract
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=8)))
    sentences = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    spans = draw(st.lists(st.tuples(st.integers(0, len(text) - 1), st.integers(1, 12)), max_size=12))
    cands = [
        Candidate(s, min(len(text), s + n), "method", text[s : s + n] or "x", "" if n % 2 else "method:x")
        for s, n in spans
    ]
    return cands, sentences, text, title


@settings(max_examples=600, deadline=None)
@given(_papers())
def test_rows_are_the_plain_rows(paper: tuple[list[Candidate], list[tuple[int, int]], str, str]) -> None:
    """Every row is what the per-candidate cut gave."""
    cands, sentences, text, title = paper
    offset = len(title) + len(_SEP) if title else 0
    starts = [s for s, _ in sentences]
    rows = _rows(cands, sentences, text, title)
    assert rows == [_plain_row(c, text, title, sentences, starts, offset) for c in cands]


def test_rows_share_the_sentence_string() -> None:
    """Two mentions of one sentence: one string (main cut it twice)."""
    text = "Title\n\nWe train FooNet on BarSet and BazSet. Done."
    cands = [Candidate(text.index(n), text.index(n) + 6, "dataset", n) for n in ("BarSet", "BazSet")]
    rows = _rows(cands, [(0, 5), (7, 44), (45, 50)], text, "Title")
    assert rows[0][8] == "We train FooNet on BarSet and BazSet." and rows[0][8] is rows[1][8]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 09.,\u00b2\u0663\u2460\u00bd\uff11x\u0669"), max_size=40))
def test_has_digit_is_any_isdigit(text: str) -> None:
    """ASCII or not, with superscripts, Arabic-Indic and full-width digits, circled numbers, fractions."""
    assert metric_words._has_digit(text) == any(ch.isdigit() for ch in text)
    assert metric_words._has_digit(text.encode("ascii", "ignore").decode()) == any(
        ch.isdigit() for ch in text if ch.isascii()
    )


def test_unmeasured_is_answered_once_per_text() -> None:
    """Rule 158's whole-text reading is cached: a text's common-word metrics ask it once."""
    metric_words._unmeasured.cache_clear()
    text = "Retrieval can enhance LLM accuracy by adding passages. Noise can erode accuracy."
    assert metric_words._unmeasured(text) and metric_words._unmeasured(text)
    assert metric_words._unmeasured.cache_info().hits == 1


def test_governed_reads_each_preposition_group() -> None:
    """The governing words keyed by the regex's group are those of its first word, for every group."""
    for group in task_cues._PREPOSITION.pattern.split("(")[1].split(")")[0].split("|"):
        assert task_cues._GOVERNED_AFTER[group] is task_cues._GOVERNED_BY[group.split()[0]]


def test_list_walks_share_one_index_of_ends() -> None:
    """The walks of one candidate list read one index of starts and ends, built from the last candidate
    at each offset (as each walk built it before)."""
    cands = [
        Candidate(0, 4, "method", "Aaaa"),
        Candidate(0, 6, "method", "Aaaaaa"),
        Candidate(8, 12, "model", "Bbbb"),
    ]
    assert list_senses._starts_ends(cands) == ({0: 1, 8: 2}, {4: 0, 6: 1, 12: 2})
    t = "tracking methods (SuperPoint, PX4FLOW, ORB) and BERT, GPT-4o and Llama2-Foo-X."
    known = [
        Candidate(18, 28, "method", "SuperPoint", "method:superpoint", source="lexicon"),
        Candidate(39, 42, "method", "ORB", "method:orb", source="lexicon"),
        Candidate(48, 52, "model", "BERT", "model:bert", source="lexicon"),
        Candidate(54, 60, "model", "GPT-4o", "model:gpt-4o", source="lexicon"),
    ]
    at, ends = list_senses._starts_ends(known)
    assert list_senses._walk(known, t, 2, at, ends, list_senses._METHODS) == ([2, 3], [(65, 77)])


def _plain_data_heads(cands: list[Candidate]) -> list[Candidate]:
    """``data_heads`` before this round: the regex asked of every name ending in k, h, t or s."""
    out = []
    for c in cands:
        if c.type not in data_heads._DATA and not c.entity_id and c.name[-1:] in "kKhHtTsS":
            last = data_heads._LAST.search(c.name)
            if last:
                c = c.with_(type=data_heads._KIND[last.group(1).lower()])
        out.append(c)
    return out


_HEAD_WORDS = ["Benchmark", "Bench", "BENCH", "bench", "Dataset", "DATASET", "Corpus", "Corpora", "Sets"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from([*_HEAD_WORDS, "Foo", "-", " ", "\n", "s", "x"]), max_size=5),
            st.sampled_from(["task", "method", "dataset", "benchmark"]),
            st.booleans(),
        ),
        max_size=8,
    )
)
def test_data_heads_gate_changes_nothing(names: list[tuple[list[str], str, bool]]) -> None:
    """Names ending in a data word, glued to one, after a line break, lower case, empty: same types."""
    cands = [
        Candidate(0, len(name := "".join(parts)), kind, name, "x:y" if known else "")
        for parts, kind, known in names
    ]
    assert data_heads.data_heads(cands) == _plain_data_heads(cands)
    assert "|".join(data_heads._ENDS) in data_heads._LAST.pattern  # the gate's words are the regex's


def test_select_longest_sorts_by_the_plain_span() -> None:
    """The C key is the lambda's (start, end); the chosen candidates come out in the same order."""
    cands = [Candidate(s, s + n, "method", "x") for s, n in ((9, 2), (0, 4), (9, 1), (20, 3), (2, 5))]
    assert [candidates._SPAN(c) for c in cands] == [(c.start, c.end) for c in cands]
    chosen = candidates.select_longest(cands)
    assert chosen == sorted(chosen, key=lambda c: (c.start, c.end))
    assert [(c.start, c.end) for c in chosen] == [(2, 7), (9, 11), (20, 23)]
