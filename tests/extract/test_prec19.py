"""Precision round 22, session 19 (docs/typing.md rule 356): a propagated copy of a discovered name whose own
reading lost to a longer name is dropped."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _names(text: str, title: str = "A study") -> set[str]:
    return {m.text for m in extract_text(text, title=title, model=False)}


@pytest.mark.parametrize(
    ("title", "text", "gone"),
    [
        (  # rule 356: the cue's "Post-Correction" lost to the whole name; its title copy is a part
            "Leveraging What's Overfixed: Post-Correction via LLM Grammatical Error Overcorrection",
            "To address the recall challenges in sLMs, we propose Post-Correction via Overcorrection (PoCO), "
            "a novel approach that balances recall and precision.",
            "Post-Correction",
        ),
        (
            "ACT Now: Preempting LVLM Hallucinations via Adaptive Context Integration",
            "To address this limitation, we propose Adaptive Context inTegration (ACT), a training-free "
            "inference intervention method.",
            "Adaptive Context",
        ),
    ],
)
def test_orphan_copy_dropped(title: str, text: str, gone: str) -> None:
    assert gone not in _names(text, title)


def test_orphan_copy_kept_when_the_winner_is_the_name_and_its_kind() -> None:
    title = "Efficient Robotic Policy Learning via Latent Space Backward Planning"
    text = "To address this, we propose a Latent Space Backward Planning scheme (LBP), which begins there."
    assert "Latent Space Backward Planning" in _names(text, title)
