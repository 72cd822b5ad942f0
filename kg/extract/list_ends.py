"""Where an evaluation list ("experiments on X, Y and Z") ends, and what its end says about the names.

- A list that ends in a method head word names methods: "on the RT-DETR, RT-DETRv2 and DFINE
  architectures" (``METHOD_LIST_END``); a parenthesised list opened by one names methods too, "two
  backbones (QCNet, MTR)" (``METHODS_OPEN``, rule 65).
- Rule 152: the name after a comma that closes an introductory phrase is the subject of the main clause,
  not a list member: "Evaluated on BABE and BASIL, HierBias achieves 0.853 F1", "Trained from scratch on
  OpenWebText2, TextLDM substantially outperforms …" (``starts_the_clause``).

>>> t = "Evaluated on BABE and BASIL, HierBias achieves 0.853 F1."
>>> starts_the_clause(t, t.index("HierBias"), t.index(" achieves"), after_and=True)
True
>>> t = "Trained on OpenWebText2, TextLDM substantially outperforms prior models."
>>> starts_the_clause(t, t.index("TextLDM"), t.index(" substantially"), after_and=False)
True
>>> t = "Experiments on MNIST, CIFAR-10 and SVHN show gains."
>>> starts_the_clause(t, t.index("CIFAR-10"), t.index(" and SVHN"), after_and=False)
False
"""

from __future__ import annotations

import re

__all__ = ["METHODS_OPEN", "METHOD_LIST_END", "starts_the_clause"]

METHOD_LIST_END = re.compile(
    r"\s+(?:architectures?|backbones?|models|networks|detectors|encoders|variants|LLMs|VLMs|MLLMs)\b"
)  # rule 159: "across FastKAN and FasterKAN variants", "across multiple Gemma and Qwen LLMs"
METHODS_OPEN = re.compile(
    r"(?:architecture|backbone|model|network|detector|encoder|baseline|method)s?\s?\(\s*$"
)

# A verb of a result in the third person singular, after optional adverbs: the name before it is a subject.
_SUBJECT_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+|also\s+|further\s+|still\s+)*(?:achieve|outperform|surpasse|yield|improve|attain|"
    r"reache|obtain|demonstrate|show|deliver|exhibit|establishe|remain|match|beat|record|score|perform|"
    r"generalize|maintain|reduce|boost|provide|produce|rank|set|get|gain|lead|exceed)s\b"
)


def starts_the_clause(text: str, start: int, end: int, after_and: bool) -> bool:
    """Whether the name ``text[start:end]``, reached by a bare comma, starts the main clause: it follows a
    list already closed by "and" / "or" (``after_and``: "on BABE and BASIL, HierBias"), or a verb of a
    result in the third person singular follows it ("on OpenWebText2, TextLDM outperforms")."""
    return after_and or _SUBJECT_VERB.match(text, end) is not None
