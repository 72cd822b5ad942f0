"""Method precision, session 21 (docs/typing.md rule 410): a method entry's alias names the method, not
the artefact it trains or produces: "a reward model", "pseudo-labels", "the replay buffer" link no method."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg.extract
from kg.extract.extractor import extract_text

LEXICON = Path(kg.extract.__file__).parent / "lexicon" / "methods_learning.jsonl"


def _names(text: str, title: str = "A study") -> set[str]:
    return {m.name for m in extract_text(text, title=title, model=False) if m.type in ("method", "model")}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("We train a reward model to predict multiple alignment scores.", "Reward Modeling"),
        ("Existing approaches rely on external reward models or costly verifiers.", "Reward Modeling"),
        ("The teacher generates high-quality pseudo-labels for the target domain.", "Pseudo-Labeling"),
        ("Frame-level pseudo labels are generated from both streams.", "Pseudo-Labeling"),
        ("Agents overfit early experiences stored in the replay buffer.", "Experience Replay"),
    ],
)
def test_artefact_alias_links_no_method(text: str, gone: str) -> None:
    assert gone not in _names(text)


def test_method_spellings_kept() -> None:
    names = _names(
        "We combine reward modeling and pseudo-labeling with experience replay, "
        "and compare with a Bradley-Terry reward model."
    )
    assert {"Reward Modeling", "Pseudo-Labeling", "Experience Replay"} <= names
    assert "Reward Modeling" in _names("We study reward modelling for alignment.")


def test_artefact_aliases_absent_from_entries() -> None:
    """The entries themselves no longer carry the artefact spellings (the kept technique aliases stay)."""
    entries = {
        e["id"]: e for line in LEXICON.read_text(encoding="utf-8").splitlines() if (e := json.loads(line))
    }
    assert not {"reward model", "reward models"} & set(entries["reward-modeling"]["aliases"])
    assert not {"pseudo labels", "pseudo-labels"} & set(entries["pseudo-labeling"]["aliases"])
    assert "replay buffer" not in entries["experience-replay"]["aliases"]
    assert "steering vectors" in entries["activation-steering"]["aliases"]  # read as the technique
    assert "intrinsic reward" in entries["intrinsic-motivation"]["aliases"]
