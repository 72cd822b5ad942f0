"""Session 21, speed round 7a: the cheap tests before regexes give what the regexes alone give."""

from __future__ import annotations

import itertools

import pytest

from kg.extract import extent
from kg.extract.candidates import Candidate, uncut
from kg.extract.extent import may_go_on, name_end
from kg.extract.precision import enumeration_label, head_contradicts

_NAMES = ("BERT", "Llama 3", "GPT-4", "KorQuAD", "ISPD", "SemEval", "Qwen3", "CLIP", "ImageNet")
_AFTERS = (
    "",
    " ",
    ",",
    ".",
    ". Next",
    ".5 is",
    "-base",
    "-Instruct",
    "-4.1-nano",
    "-based",
    "/2",
    "/20 x",
    " v2",
    " V3",
    " 7B",
    " 7B parameters",
    " A3B",
    " 2005",
    " 2005 %",
    " Task 9",
    " Vision",
    " Vision Transformer",
    " is",
    " and",
    " 2 models",
    " 3 times",
    " \u0663B",
    " \u00b2",
    " x",
    ")",
    ";",
    ":",
    "_x",
    "\u00e9",
)
_KINDS = ("model", "method", "dataset", "benchmark")


def test_may_go_on_reads_suffix_starts() -> None:
    assert [may_go_on("BERT" + a, 4) for a in ("-x", ".5", "/2", " 7", " V", " v", " Z")] == [True] * 7
    assert [may_go_on("BERT" + a, 4) for a in ("", " ", " is", ",", ")", " (", " -", "_a")] == [False] * 8


@pytest.mark.parametrize("kind", _KINDS)
def test_name_end_same_without_the_gate(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"On the {n}{a} data" for n, a in itertools.product(_NAMES, _AFTERS)]
    texts += [f"{n}{a}" for n, a in itertools.product(_NAMES, _AFTERS)]
    spans = [(t, t.find(n), t.find(n) + len(n)) for t in texts for n in _NAMES if n in t]
    gated = [name_end(t, s, e, kind) for t, s, e in spans]
    monkeypatch.setattr(extent, "may_go_on", lambda text, end: True)
    assert [name_end(t, s, e, kind) for t, s, e in spans] == gated
    assert any(g > e for g, (_, _, e) in zip(gated, spans, strict=True))  # the regexes still read suffixes


def test_head_and_label_gates() -> None:
    t = "Experiments on the MLE benchmark; the MAESTRO framework; (P1), (P3) and P3; our SFT dataset; x"
    for word, kind, want in (("MLE", "method", True), ("MAESTRO", "dataset", True), ("SFT", "method", False)):
        s = t.find(word)
        assert head_contradicts(t, s, s + len(word), kind) is want
    assert head_contradicts(t, len(t) - 1, len(t), "method") is False
    assert head_contradicts(t, 0, 11, "dataset") is False  # longer than any acronym
    assert enumeration_label(t, t.find("P3"), t.find("P3") + 2) is True
    assert enumeration_label(t, t.rfind("P3"), t.rfind("P3") + 2) is False


def test_uncut_loop() -> None:
    t = "on MT-Bench for Llama 3 8B; the Versatile Diffusion model"
    known = [
        Candidate(3, 11, "benchmark", "MT-Bench", source="lexicon"),
        Candidate(16, 26, "model", "Llama 3 8B", source="lexicon"),
        Candidate(42, 57, "method", "diffusion models", source="lexicon"),
    ]
    found = [
        Candidate(3, 21, "dataset", "MT-Bench for Llama"),
        Candidate(32, 51, "model", "Versatile Diffusion"),
    ]
    assert [c.name for c in uncut(found, known, t)] == ["Versatile Diffusion"]
    assert uncut(found, [], t) == found
