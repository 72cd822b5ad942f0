"""Rule 436 narrowed once after the session-22 audits (docs/typing.md rule 436): the alias "optical flow"
stays the task when an estimating verb or noun governs a list or a parenthesis it is an item of, after
"estimation of", after "for" and a few modifiers, before "estimations / predictions", or coordinated under one
container. (The means forms it must still remove, which pass on lead22 too, are doctests of
kg/extract/signal_alias.py.)"""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _flow_tasks(text: str) -> list[int]:
    return [m.start for m in extract_text(text) if m.type == "task" and m.text.lower() == "optical flow"]


@pytest.mark.parametrize(
    "text",
    [
        "It simultaneously estimates motion in various forms (e.g., ego-motion, optical flow) and noise.",
        "Most of these models jointly use subnetworks to estimate depth, pose, optical flow, and scene flow.",
        "It does well on tasks such as estimation of optical flow, depth, and semantic segmentation.",
        "One notable example is low-latency motion estimation (optical flow), which is critical for robots.",
        "Current neural networks adopted for event-based optical flow still face reasoning limitations.",
        "CoopNet is comparable to the state of the art in depth, odometry and optical flow predictions.",
        "Experiments on both optical flow and stereo depth tasks consistently demonstrate gains.",
    ],
)
def test_optical_flow_governed_as_the_task_stays(text: str) -> None:
    assert _flow_tasks(text) == [text.lower().find("optical flow")]
