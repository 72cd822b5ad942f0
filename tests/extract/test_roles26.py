"""Session 26, roles (rule 620): a name the abstract already used, introduced again only as the modifier of
the cue's new noun ("we present a new SCR architecture"), is used, or no name where only the cue read it."""

from __future__ import annotations

from kg.extract import extract_text


def _roles(text: str, title: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in extract_text(text, title=title, model=False):
        found.setdefault(m.text, set()).add(m.role)
    return found


def test_a_used_name_as_the_modifier_of_a_new_noun_stays_used() -> None:
    text = (
        "Existing methods neglect fine-grained and structure-aware (FGSA) features. Specifically, we "
        "design a FGSA mining module based on deformable attention."
    )
    # only the cue read FGSA (and copied it to the first sentence): no name is left
    assert "FGSA" not in _roles(text, "Keypoint localization")


def test_a_cue_name_with_no_noun_after_it_is_still_introduced() -> None:
    text = (
        "Existing FooNet variants are slow. To this end, we propose FooNet, which prunes its "
        "attention heads at inference."
    )
    assert "introduced" in _roles(text, "Fast attention pruning")["FooNet"]
