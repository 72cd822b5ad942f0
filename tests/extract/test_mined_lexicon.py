"""The mined lower-case methods and tasks: bench/mine_lexicon.py's rule on small made-up counts, and the
generated file bench/concepts_mined.jsonl (not shipped; an extra lexicon) against that rule."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from kg.extract import extract_text
from kg.extract.lexicon import default_lexicon_paths, lint_lexicon, load_lexicon
from kg.extract.shapes import is_generic

BENCH = Path(__file__).resolve().parents[2] / "bench"
MINED = BENCH / "concepts_mined.jsonl"


@pytest.fixture(scope="module")
def mine(repo_script: Callable[[str, str], ModuleType]) -> ModuleType:
    return repo_script("bench", "mine_lexicon")


def counts(
    mine: ModuleType, headed: dict[str, int], defined: dict[tuple[str, str], int] | None = None
) -> object:
    defined = defined or {}
    acronyms: Counter[str] = Counter()
    for (_, acronym), n in defined.items():
        acronyms[acronym] = max(acronyms[acronym], n)
    return mine.CorpusCounts(Counter(), Counter(headed), Counter(defined), acronyms)


def keep(mine: ModuleType, headed: dict[str, int], **kw: object) -> dict[str, object]:
    args: dict[str, object] = {"sx": {}, "td": Counter(), "known": set(), "min_corpus": 50, "rejects": {}}
    args.update(kw)
    defined = args.pop("defined", None)
    return {c.name: c for c in mine.keep(counts(mine, headed, defined), **args)}  # type: ignore[arg-type]


def test_rule_keeps_frequent_named_phrases_and_merges_their_spellings(mine: ModuleType) -> None:
    kept = keep(mine, {"multi-glorp embedding": 40, "multi glorp embeddings": 20, "blarg detection": 49})
    assert set(kept) == {"multi-glorp embedding"}  # 40 + 20 >= 50; 49 < 50
    entry = kept["multi-glorp embedding"]
    assert (entry.id, entry.type, entry.aliases) == (
        "multi-glorp-embedding",
        "method",
        ("multi glorp embeddings",),
    )
    assert entry.abstracts == 60
    assert set(keep(mine, {"3d glorp editing": 60})) == {"3D glorp editing"}


def test_rule_drops_descriptions_containers_fragments_known_and_rejected(mine: ModuleType) -> None:
    headed = {
        "proposed distillation": 500,  # a describing word
        "glorp framework": 500,  # a container head
        "llm reasoning": 500,  # only model-class words before the head
        "carlo glorp search": 300,  # mostly inside the longer phrase
        "monte carlo glorp search": 290,
        "snarf segmentation": 500,  # already a lexicon form (plural spelling)
        "blarg detection": 500,  # rejected by review
        "chain-of-thought cot reasoning": 500,  # an acronym inside the phrase
    }
    kept = keep(mine, headed, known={"snarf segmentations"}, rejects={"blarg detection": "description"})
    assert set(kept) == {"monte carlo glorp search"}


def test_rule_types_by_labels_then_head(mine: ModuleType) -> None:
    kept = keep(
        mine,
        {"glorp learning": 60, "snarf matching": 60, "blarg reasoning": 60},
        sx={"glorp learning": Counter({"Task": 3, "Method": 1}), "blarg reasoning": Counter({"Method": 2})},
    )
    assert {n: c.type for n, c in kept.items()} == {
        "glorp learning": "task",  # SciREX says task, whatever the head
        "snarf matching": "task",
        "blarg reasoning": "task",  # two labels are too few to overrule the head
    }
    fixed = keep(mine, {"snarf matching": 60}, rejects={"snarf matching": "type=method"})
    assert fixed["snarf matching"].type == "method"  # a reviewed type correction keeps the phrase


def test_acronym_alias_only_when_dominant_and_an_initialism(mine: ModuleType) -> None:
    kept = keep(
        mine,
        {"glorp distillation": 100, "snarf detection": 100, "blarg search": 100},
        defined={
            ("glorp distillation", "GD"): 12,  # all 12 definitions of GD
            ("snarf detection", "SND"): 30,  # not the initials
            ("blarg search", "BS"): 10,
            ("bayes smoothing", "BS"): 40,  # BS mostly means something else
        },
    )
    kept_aliases = {n: c.aliases for n, c in kept.items()}
    assert kept_aliases == {"glorp distillation": ("GD",), "snarf detection": (), "blarg search": ()}


def test_write_is_deterministic(mine: ModuleType, tmp_path: Path) -> None:
    concepts = list(keep(mine, {"glorp distillation": 60, "snarf detection": 70}).values())
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    mine.write(concepts, a, 50)
    mine.write(list(reversed(concepts)), b, 50)
    assert a.read_bytes() == b.read_bytes()
    assert [r["id"] for r in map(json.loads, a.read_text().splitlines()[4:])] == [
        "glorp-distillation",
        "snarf-detection",
    ]


# --- the generated file


def test_mined_file_follows_the_rule(mine: ModuleType) -> None:
    lexicon = load_lexicon([MINED])
    rejects = mine.read_rejects()
    # the mined file predates the shipped title-task lexicon (tasks_titles.jsonl, train/title_tasks.py),
    # the shipped mined methods (methods_mined.jsonl, bench/mine_methods.py) and the abstract tasks
    # (tasks_abstracts.jsonl, train/abstract_tasks.py), which name some of its tasks and methods too (same
    # ids): only the other shipped files are its rule's "taken"
    later = ("tasks_titles.jsonl", "methods_mined.jsonl", "tasks_abstracts.jsonl")
    others = load_lexicon([p for p in default_lexicon_paths() if p != MINED and p.name not in later])
    taken = {mine.group_key(mine.key(f)) for e in others.entries for f in e.forms}
    assert len(lexicon.entries) >= 100
    for entry in lexicon.entries:
        assert entry.name == mine.display(entry.name.lower()) and entry.type in ("method", "task"), entry
        name = entry.name.lower()
        assert mine.shape_ok(name) and not is_generic(name), entry
        assert rejects.get(mine.group_key(name), "type=").startswith("type="), entry
        assert mine.group_key(name) not in taken, entry


def test_mined_entries_add_no_conflict_to_the_shipped_lexicon() -> None:
    mined = {f.lower() for e in load_lexicon([MINED]).entries for f in e.forms}
    issues = lint_lexicon(load_lexicon([*default_lexicon_paths(), MINED]))
    assert [i for i in issues if any(repr(f) in i for f in mined)] == []


def test_mined_terms_link_in_text_as_an_extra_lexicon() -> None:
    found = {
        m.text: m.entity_id
        for m in extract_text(
            "We combine word embeddings with consistency regularization for keypoint detection and "
            "multi-step reasoning.",
            extra_lexicons=[MINED],
        )
    }
    assert found == {
        "word embeddings": "method:word-embeddings",
        "consistency regularization": "method:consistency-regularization",
        "keypoint detection": "task:keypoint-detection",
        "multi-step reasoning": "task:multi-step-reasoning",
    }
