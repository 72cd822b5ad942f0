"""When a lexicon match of "attention mechanism" does not name the class (rule 177, docs/typing.md).

- :func:`narrowed_mechanism` (rule 177): "attention mechanism" names the whole class of attention
  methods; with a modifier in front ("a gated attention mechanism", "a condition-aware attention
  mechanism", "the KANSC attention mechanism") the phrase is one particular mechanism — mostly the
  paper's own, unnamed — and not the class, so the class links nothing. A determiner, a preposition,
  a verb, a count or comparison ("additional", "different"), the model whose attention it is ("the
  diffusion attention mechanism"), a word of the standard mechanism ("the standard / softmax /
  Transformer attention mechanism", "the model's attention mechanism") or a quality any attention has
  ("a simple / learned / costly attention mechanism") keeps the link.

>>> t = "we adopt a gated attention mechanism and the standard attention mechanism"
>>> narrowed_mechanism(t, t.index("attention")), narrowed_mechanism(t, t.rindex("attention"))
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["narrowed_mechanism"]

_MECHANISM = re.compile(r"attention mechanism(?!s)", re.IGNORECASE)
# the word right before the match, separated by white space only (same phrase)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")
# Words in front that do not make a kind: determiners, prepositions and conjunctions; verbs that take the
# class as their object; the standard mechanism or a quality any attention has; a count or a comparison, a
# judgement, the model whose attention it is; participles that say how it was made or placed (a gated /
# masked / weighted attention is a kind, an integrated one is not)
_NOT_MODIFIERS_TEXT = """
    the a an this that these those its their our his her any each every such same no
    of with on in via by for to from through without into within over and or but as than
    where while how which whose including like when whether
    use uses used using employ employs employed employing adopt adopts adopted adopting
    apply applies applied applying incorporate incorporates incorporated incorporating
    integrate integrates integrating leverage leverages leveraged leveraging utilize
    utilizes utilized utilizing utilise utilises utilised utilising exploit exploits exploited
    exploiting add adds added adding combine combines combined combining introduce
    introduces introduced introducing is are be
    standard vanilla original conventional traditional classical classic typical usual full
    softmax transformer dot dot-product scalar soft quadratic existing common popular regular
    general simple basic internal underlying inherent native default built-in learned modern
    advanced powerful sophisticated complex costly expensive transformer-based softmax-based
    two three four five single multiple several many other another different various diverse
    additional current unique limited inefficient ineffective inadequate opaque noisy biased
    uninterpretable model llm mllm vit swin clip diffusion encoder decoder denoiser network
    backbone neural deep core information complexity build explore influence omit probe
    isolate bridge allow emerged then although at between either only
    designed integrated modified enhanced motivated informed embedded"""
_NOT_MODIFIERS = frozenset(_NOT_MODIFIERS_TEXT.split())


def narrowed_mechanism(text: str, start: int) -> bool:
    """Whether a match of "attention mechanism" at ``start`` has a modifier in front of it (rule 177):
    then it names one particular mechanism, not the class. The plural is a class of its kinds, often in
    background ("explored novel attention mechanisms", "uniform attention mechanisms"): it keeps its link.

    >>> t = "Attention Mechanism for Recommendation"
    >>> narrowed_mechanism(t, 0), narrowed_mechanism("sparse attention mechanisms", 7)
    (False, False)
    >>> t = "a Multi-Perspective Attention Mechanism; a model's attention mechanism"
    >>> narrowed_mechanism(t, 20), narrowed_mechanism(t, t.rindex("attention"))
    (True, False)
    """
    if not _MECHANISM.match(text, start):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1).lower().replace("’", "'")
    if word.endswith(("'s", "s'")) or word in _NOT_MODIFIERS:
        return False  # "the model's attention mechanism"
    verb = word.endswith("ing") or (word.endswith("s") and not word.endswith(("ss", "us")))
    return "-" in word or not verb  # a verb: "by incorporating attention mechanisms", "it modulates …"
