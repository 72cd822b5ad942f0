"""The trained mention source: shipped model, rules-win merge, on/off switch, training determinism."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from kg.extract import extract_text
from kg.extract.learned import CLASSES, MODEL_PATH, PhraseModel, default_model
from kg.extract.phrase_words import features, spans, words

ROOT = Path(__file__).resolve().parent.parent.parent
TEXTS = [
    "We apply deep reinforcement learning to semantic segmentation and evaluate on Cityscapes.",
    "Unsupervised domain adaptation improves pedestrian trajectory forecasting with contrastive learning.",
    "We propose ZorbNet, a graph neural network for molecular property prediction trained on QM9.",
    "Knowledge distillation and prompt tuning help low-resource machine translation of Swahili news.",
    "We study pedestrian intent estimation for urban crowd simulation.",  # no lexicon entry here
    "Blind face restoration and class-agnostic counting with depth-first search.",  # table phrases
]


def test_shipped_model_is_small_and_loads_offline() -> None:
    assert MODEL_PATH.is_file() and MODEL_PATH.stat().st_size <= 25 * 1024 * 1024
    model = default_model()
    assert model.heads and model.weights and 0.0 < model.threshold < 1.0
    assert all(len(w) == len(CLASSES) for w in list(model.weights.values())[:100])


@pytest.mark.parametrize("text", TEXTS)
def test_rule_mentions_do_not_change_when_the_model_is_on(text: str) -> None:
    """Rules win: with the model on, the rule and lexicon mentions are exactly those with it off."""
    on = extract_text(text)  # the model is on by default
    off = extract_text(text, model=False)
    assert [m for m in on if m.source != "model"] == off
    taken = {i for m in off for i in range(m.start, m.end)}
    for m in on:
        if m.source == "model":
            assert m.rule == "model.phrase" and taken.isdisjoint(range(m.start, m.end))
            assert m.confidence >= min(default_model().thresholds.values()) - 0.01
            assert text[m.start : m.end] == m.text


def test_model_finds_lowercase_phrases() -> None:
    found = {(m.text, m.type) for t in TEXTS for m in extract_text(t) if m.source == "model"}
    assert any(kind in {"task", "method"} and text.islower() for text, kind in found), found


def test_candidates_and_features() -> None:
    toks = words("We use deep reinforcement learning on GPT-4o.")
    got = {" ".join(w for _, _, w in toks[i:j]) for i, j in spans(toks, frozenset({"learning"}))}
    assert got == {"learning", "reinforcement learning", "deep reinforcement learning", "GPT-4o"}
    assert features(toks, 2, 5)[:2] == ["ph:deep reinforcement learning", "h:learning"]


def test_threshold_and_overlap() -> None:
    weights = {
        "ph:reinforcement learning": [0.0, 4.0, 0.0, 0.0, 0.0],
        "h:learning": [0.0, 1.0, 0.0, 0.0, 0.0],
    }
    model = PhraseModel(weights, ["learning"], 0.5)
    text = "Deep reinforcement learning works."
    assert [c.name for c in model.candidates(text)] == ["reinforcement learning"]  # best span wins
    model.threshold = 0.99
    assert model.candidates(text) == []
    taken = bytearray(len(text))
    taken[0:4] = b"\x01" * 4  # "Deep" is a rule mention: spans touching it are skipped
    model.threshold = 0.3
    assert [c.name for c in model.candidates(text, taken)] == ["reinforcement learning"]
    taken[5:18] = b"\x01" * 13  # so is "reinforcement": only "learning" is left, a lone lowercase word
    assert model.candidates(text, taken) == []


def test_table_gates_and_types_the_model() -> None:
    """With a corroboration table only its phrases are scored; the table gives the type, and each
    type has its own threshold on the probability of being a mention."""
    weights = {
        "h:learning": [0.0, 2.0, 0.0, 0.0, 0.0],
        "h:detection": [0.0, 0.0, 2.0, 0.0, 0.0],
        "ph:sparse detection": [3.0, 0.0, 0.0, 0.0, 0.0],
    }
    table = {"contrastive learning": "method", "anomaly detection": "task", "sparse detection": "task"}
    model = PhraseModel(weights, ["learning", "detection"], 0.5, table, {"method": 0.5, "task": 0.5})
    text = "Contrastive learning helps anomaly detection; robust learning and sparse detection do not."
    got = [(c.name, c.type) for c in model.candidates(text)]
    assert got == [("Contrastive learning", "method"), ("anomaly detection", "task")]
    assert model.candidates("Contrastive Learning and Anomaly Detection") == []  # title case: names
    model.thresholds["method"] = 0.99
    assert [c.name for c in model.candidates("We use contrastive learning.")] == []
    model.thresholds["method"] = 0.5
    assert [c.type for c in model.candidates("We use contrastive learning.")] == ["method"]


def test_shipped_model_has_a_table_and_thresholds() -> None:
    model = default_model()
    assert model.table and set(model.table.values()) <= {"method", "task"}
    assert set(model.thresholds) == {"method", "task"}
    assert all(0.0 <= t <= 1.0 for t in model.thresholds.values())
    assert all(p == p.lower() and " " in p for p in list(model.table)[:500])


def test_corroboration_table_is_mined_from_recurring_typed_phrases(
    repo_script: Callable[[str, str], ModuleType],
) -> None:
    co = repo_script("train", "corroborate")
    assert co.phrase_type("semantic segmentation") == "task"
    assert co.phrase_type("knowledge distillation") == "method"
    for generic in ("deep learning", "our detection", "efficient fine-tuning", "citation networks"):
        assert co.phrase_type(generic) is None, generic
    texts = [
        "We study anomaly detection (AD) with contrastive learning (CL).",
        "Anomaly detection (AD) in logs; our detection (OD) is fast.",
        "Contrastive learning for anomaly detection, and deep learning (DL).",
        "Contrastive learning (CL) again, and pose estimation (PE) once.",
    ]
    assert co.mine(texts) == {"anomaly detection": "task", "contrastive learning": "method"}
    assert co.mine(texts, min_acronym=1) == {
        "anomaly detection": "task", "contrastive learning": "method", "pose estimation": "task"
    }  # fmt: skip
    df, acronym, *_ = co.count(texts)
    assert df["anomaly detection"] == 3 and acronym["anomaly detection"] == 2
    assert "our detection" not in df and "deep learning" not in df
    rare = co.mine(texts * 20 + ["anomaly detection"] * 2000)  # abbreviated in 40 of 2,060: a description
    assert "anomaly detection" not in rare and "contrastive learning" in rare


def test_title_case_definitions_corroborate_the_lowercase_phrase(
    repo_script: Callable[[str, str], ModuleType],
) -> None:
    """Title case "Knowledge Distillation (KD)" is evidence for "knowledge distillation"; a phrase only
    ever written in title case is left out (the model matches lower case only)."""
    co = repo_script("train", "corroborate")
    texts = [
        "Knowledge Distillation (KD) compresses models.",
        "We revisit Knowledge Distillation (KD) for ViTs.",
        "We apply knowledge distillation to detectors.",
        "Pose Estimation (PE) and Pose Estimation (PE) again.",
    ]
    c = co.count(texts)
    kd = "knowledge distillation"
    assert (c.df[kd], c.acronym[kd], c.lower[kd], c.first[kd]) == (3, 2, 1, 0)
    assert co.mine(texts) == {"knowledge distillation": "method"}  # "pose estimation": never lower case


def test_task_phrases_the_corpus_uses_as_tasks(repo_script: Callable[[str, str], ModuleType]) -> None:
    """A task phrase with no acronym joins the table when enough of its lower-case uses are as a task:
    a task noun after it or "the task of" / "such as" / "including" before it."""
    co = repo_script("train", "corroborate")
    texts = [
        "We study the task of image matting.",
        "Image matting benchmarks are small.",
        "Results on tasks such as image matting.",
        "We use feature extraction and the feature extraction task.",
        "Feature extraction helps, feature extraction is fast, and we do feature extraction again.",
        "We do feature extraction.",
        "We do feature extraction.",
        "We do feature extraction.",
        "We do feature extraction.",
        "We do feature extraction.",
    ]
    c = co.count(texts)
    assert c.cue["image matting"] == 3 and c.cue["feature extraction"] == 1
    assert co.mine(texts) == {}  # the route is off unless asked for (it is off in the shipped table)
    assert co.mine(texts, min_cue=3) == {"image matting": "task"}  # 1 of 7 uses of "feature extraction"
    assert co.mine(texts, min_cue=4) == {}
    assert co.mine(texts, min_cue=1, cue_share=0.1) == {"image matting": "task", "feature extraction": "task"}
    methods = ["We study the task of dynamic programming."] * 5  # the cue route is for tasks only
    assert co.mine(methods, min_cue=3) == {}


def test_networks_and_models_only_after_a_named_approach(
    repo_script: Callable[[str, str], ModuleType],
) -> None:
    co = repo_script("train", "corroborate")
    named = (
        "graph convolutional networks",
        "feature pyramid network",
        "latent diffusion models",
        "gaussian mixture model",
    )
    assert [co.phrase_type(p) for p in named] == ["method"] * 4
    classes = (
        "vision-language models",
        "language models",
        "foundation models",
        "citation networks",
        "space models",
    )
    assert [co.phrase_type(p) for p in classes] == [None] * 5
    assert co.phrase_type("genetic algorithms") == co.phrase_type("dynamic programming") == "method"
    assert co.phrase_type("leverages low-rank adaptation") is None  # a verb before the head
    assert co.phrase_type("retrieval-augmented generation") == "method"  # the guide's RAG, not a task
    assert co.phrase_type("report generation") == "task"


def test_an_acronym_counts_only_when_it_is_the_phrases_initials(
    repo_script: Callable[[str, str], ModuleType],
) -> None:
    """The tail of a longer name does not inherit its acronym: "Proximal Policy Optimization (PPO)"
    is no evidence for "policy optimization"."""
    co = repo_script("train", "corroborate")
    texts = ["Proximal Policy Optimization (PPO) and Group Relative Policy Optimization (GRPO)."] * 3
    texts += ["We use policy optimization and feed-forward networks (FFNs)."] * 2
    c = co.count(texts)
    assert c.acronym["policy optimization"] == 0 and c.df["policy optimization"] == 5
    assert c.acronym["feed-forward networks"] == 2  # initials at spaces and hyphens
    assert c.first["policy optimization"] == 0  # title case: not the lower-case form the old rule reads
    assert co.mine(texts) == {
        "feed-forward networks": "method"
    }  # "proximal policy optimization": never lower
    tails = ["Radiology report generation (RRG) and report generation (RG)."] * 2 + ["report generation"] * 10
    c = co.count(tails)
    assert (c.acronym["report generation"], c.first["report generation"]) == (2, 2)
    assert co.mine(tails) == {"report generation": "task", "radiology report generation": "task"}


def test_training_is_deterministic_and_learns(repo_script: Callable[[str, str], ModuleType]) -> None:
    pytest.importorskip("numpy")
    tm = repo_script("train", "train_model")
    text = "We study semantic parsing and semantic parsing with tree search on Geo."
    gold = [(9, 25, "Task"), (30, 46, "Task")]
    heads = frozenset({"parsing", "search"})
    exs = tm.examples(text, gold, heads, 1) * 3
    a = tm.train(exs, 1, 30, 1e-4)
    b = tm.train(exs, 1, 30, 1e-4)
    assert a == b
    model = PhraseModel(a, heads, 0.5)
    assert [(c.name, c.type) for c in model.candidates("They improve semantic parsing.")] == [
        ("semantic parsing", "task")
    ]


def test_cli_extract_model_switch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from kg.cli import main

    docs = tmp_path / "docs.txt"
    docs.write_text("\n".join(TEXTS) + "\n", encoding="utf-8")
    assert main(["extract", "--format", "lines", str(docs), "--jsonl"]) == 0
    on = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["extract", "--format", "lines", str(docs), "--jsonl", "--no-model"]) == 0
    off = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    sources = lambda rows: {m["source"] for row in rows for m in row["mentions"]}  # noqa: E731
    assert "model" in sources(on) and "model" not in sources(off)


def test_fingerprint_depends_on_the_switch() -> None:
    from kg.build.cache import extractor_fingerprint

    assert extractor_fingerprint(model=False) != extractor_fingerprint(model=True)
    assert extractor_fingerprint() == extractor_fingerprint(model=True)  # on by default, as the build


def test_build_switch(tmp_path: Path) -> None:
    """``kg build`` (model on by default) finds edges by the model, ``model=False`` none; switching
    re-extracts, and the build records the switch (``Meta.MODEL``)."""
    import json

    from kg.build.job import build

    listing = tmp_path / "listing.jsonl"
    listing.write_text(
        "".join(
            json.dumps({"id": f"2503.0000{n}", "title": f"Paper {n}", "authors": ["A. Author"], "summary": t})
            + "\n"
            for n, t in enumerate(TEXTS, 1)
        ),
        encoding="utf-8",
    )
    found_by = lambda out: {  # noqa: E731
        e.get("found_by") for e in json.loads((out / "graph.json").read_text(encoding="utf-8"))["links"]
    }
    on = build([listing], tmp_path / "on")
    off = build([listing], tmp_path / "off", model=False)
    assert "model" in found_by(tmp_path / "on") and "model" not in found_by(tmp_path / "off")
    again = build([listing], tmp_path / "off")
    assert again.papers_extracted == on.papers_extracted == off.papers_extracted > 0
    assert "model" in found_by(tmp_path / "off")
    from kg.build.cache import BuildCache
    from kg.build.state import Meta

    with BuildCache(tmp_path / "on" / "kg-cache.sqlite") as cache:
        assert cache.get_meta(Meta.MODEL) == "1"
    build([listing], tmp_path / "on", model=False)
    with BuildCache(tmp_path / "on" / "kg-cache.sqlite") as cache:
        assert cache.get_meta(Meta.MODEL) == ""


def test_the_first_test_on_tokens_never_says_no_where_the_model_finds_a_span() -> None:
    """``may_match`` on the lexicon matcher's tokens is a pre-check: it may say yes too often, never
    no where the table search finds a phrase (a capital that starts it, a line break inside it,
    hyphenated words, punctuation after it)."""
    from kg.extract.matcher import Tokens

    table = {
        "knowledge distillation": "method",
        "self-supervised learning": "method",
        "graph neural networks": "method",
    }
    model = PhraseModel({}, ["distillation", "learning", "networks"], 0.0, table=table)
    texts = [
        "Knowledge distillation helps.",
        "We use knowledge\ndistillation, then self-supervised learning.",
        "Self-supervised learning (SSL) and graph neural networks.",
        "Title\n\nabstract with graph neural\tnetworks",
        "No phrase here: supervised learning, knowledge bases.",
    ]
    for text in texts:
        finds = bool(model._table_spans(words(text)))
        assert model.may_match(text, Tokens(text).words) >= finds, text
        assert model.may_match(text) >= finds, text
    assert not model.may_match(texts[-1], Tokens(texts[-1]).words)  # and it does say no
