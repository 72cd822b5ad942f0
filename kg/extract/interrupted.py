"""A known method name that the paper's own acronym definition interrupts (docs/typing.md rule 168).

Papers define an acronym inside an established name: "temporal difference (TD) learning", "Minimum Bayes
Risk (MBR) decoding", "Positive-Unlabeled (PU) learning", "key-value (KV) cache". The lexicon matches a
form as one run of words, so the name was missed (no head types "temporal difference") or read as a new
thing of its own ("Minimum Bayes Risk"). When the long form and the one or two lower-case words right after
the definition spell a lexicon form of a method or model, the definition names that entry, both halves.

>>> forms = {"temporal difference learning": "method:td", "key-value cache": "method:kv"}
>>> t = "We use temporal difference (TD) learning and a key-value (KV) cache."
>>> interrupted_entry(t, t.index("temporal"), t.index(" (TD"), t.index("TD)") + 2, forms)
'method:td'
>>> interrupted_entry(t, t.index("key"), t.index(" (KV"), t.index("KV)") + 2, forms)
'method:kv'
>>> interrupted_entry("the temporal difference (TD) error", 4, 23, 27, forms) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["Forms", "interrupted_entry", "joined_forms"]

Forms = Mapping[str, str]  # a lexicon form (lower case) -> its entity id

_JOINED_TYPES = frozenset({"method", "model"})
# The words after the closing parenthesis: one or two lower-case words ("learning", "cache", "fine-tuning").
_TAIL = re.compile(r"\)\s+([a-z][a-z\-]*[a-z])(?:\s+([a-z][a-z\-]*[a-z]))?")


def joined_forms(tables: Iterable[Mapping[str, Iterable[str]]], types: Mapping[str, str]) -> dict[str, str]:
    """Lower-cased lexicon form of several words -> entity id for the method and model entries (``tables``:
    entity id -> the forms the matchers read; ``types``: entity id -> type). A form two entries share
    names neither for certain and is left out.

    >>> joined_forms([{"method:a": ["x loss", "y loss"], "method:b": ["y loss"], "task:c": ["z w"]},
    ...     {"method:a": ["X Loss"]}], {"method:a": "method", "method:b": "method", "task:c": "task"})
    {'x loss': 'method:a'}
    """
    out: dict[str, str] = {}
    shared: set[str] = set()
    for table in tables:
        for entity_id, forms in table.items():
            if types.get(entity_id) not in _JOINED_TYPES:
                continue
            for form in map(str.lower, forms):
                if " " in form and out.setdefault(form, entity_id) != entity_id:
                    shared.add(form)  # (a one-word form cannot be cut by a definition)
    return {form: entity_id for form, entity_id in out.items() if form not in shared}


def interrupted_entry(
    text: str, long_start: int, long_end: int, short_end: int, forms: Mapping[str, str]
) -> str | None:
    """The entity id of the lexicon form that the long form ``text[long_start:long_end]`` and the words
    after its definition (whose short form ends at ``short_end``) spell, the longer reading first; None
    when they spell none."""
    match = _TAIL.match(text, short_end)
    if match is None:
        return None
    long = " ".join(text[long_start:long_end].lower().split())
    words = [word for word in match.groups() if word]
    for n in range(len(words), 0, -1):
        found = forms.get(long + " " + " ".join(words[:n]))
        if found is not None:
            return found
    return None
