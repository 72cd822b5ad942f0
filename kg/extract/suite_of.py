"""A suite of models is no benchmark: "We present Apertus, a fully open suite of large language models"
(docs/typing.md rule 477).

An appositive or head "suite" types a name a benchmark ("Chimera, a comprehensive test suite"), but about a
third of the appositives "X, a … suite of …" in the corpus go on to say what the suite holds: models
(TranslateGemma, "a suite of open machine translation models"; M-Prometheus, "a suite of open-weight LLM
judges"). Where the words after "suite of" end, within five words and before any preposition, verb or
conjunction, in a noun of trained models, the name is a model.
"""

from __future__ import annotations

import re

__all__ = ["suite_of_models"]

_MODEL_NOUNS = (
    r"models|LLMs|LMs|SLMs|VLMs|MLLMs|LVLMs|encoders|networks|transformers|Transformers|autoencoders|"
    r"Autoencoders|VAEs|SAEs|judges"
)
_NOT_A_MODIFIER = (
    r"for|to|on|in|with|that|which|of|and|or|from|by|across|under|over|at|as|via|than|where|while|"
    r"designed|built|trained|used|using|evaluating|including|spanning|covering"
)
_SUITE_OF = re.compile(rf"\s+of\s+(?:(?!(?:{_NOT_A_MODIFIER})\b)[\w\-]+\s+){{0,5}}?(?:{_MODEL_NOUNS})\b(?!-)")


def suite_of_models(text: str, phrase: str, end: int) -> bool:
    """Whether ``phrase`` (ending at ``end`` in ``text``) ends in "suite" and the suite is one of models.

    >>> t = "We present Apertus, a fully open suite of large language models designed to address it."
    >>> suite_of_models(t, "fully open suite", t.index(" of"))
    True
    >>> t = "We present Foo, a suite of tasks for evaluating models."
    >>> suite_of_models(t, "suite", t.index(" of"))
    False
    """
    return phrase.lower().endswith("suite") and _SUITE_OF.match(text, end) is not None
