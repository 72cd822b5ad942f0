"""Method / model recall, session 21 (docs/typing.md rule 416): a list a plural method or model head opens
names methods or models with one known item ("tokenizers (Cosmos and MAGVIT)"); without the head one
known item stays too little evidence (rule 193)."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.rule) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "RefTok outperforms state-of-the-art tokenizers (Cosmos and MAGVIT) on all metrics.",
            "MAGVIT",
            "model",
        ),
        (
            "Compared with five baselines (UniAD, VAD, FusionAD, MomAD, and WoTE), it performs best.",
            "MomAD",
            "model",
        ),
        ("We test several backbones (CLIP, SigLip, PE-Core), and tasks.", "PE-Core", "model"),
    ],
)
def test_headed_list_names_its_unknown_items(text: str, name: str, kind: str) -> None:
    assert _links(text).get(name) == (kind, "list.headed")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We compare with Cosmos and MAGVIT.", "MAGVIT"),  # no head: rule 193 needs two known items
        ("Across the models (Cosmos and MAGVIT datasets), gains hold.", "MAGVIT"),  # closed by a data head
        ("We use the tokenizers (Cosmos and FT), as before.", "FT"),  # a two-letter acronym: no name
    ],
)
def test_unheaded_or_data_lists_stay_out(text: str, name: str) -> None:
    link = _links(text).get(name)
    assert link is None or link[1] != "list.headed"


def test_headed_items_are_used_in_a_propose_sentence() -> None:
    # held-back seed 79252: XGLM, an item beside XLM-R, was read introduced by the "We propose" sentence
    text = (
        "We propose the Enhanced Dual Co-attention Framework (xDORA), integrating vision encoders"
        " (CLIP, DINOv2) and multilingual text encoders (XGLM, XLM-R) via weighted attention pooling."
    )
    roles = {m.text: (m.role, m.rule) for m in extract_text(text)}
    assert roles.get("XGLM") == ("used", "list.headed")
