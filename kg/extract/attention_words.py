"""When a lexicon match of an attention method does not name it (rules 177-178, docs/typing.md).

- :func:`narrowed_mechanism` (rule 177): "attention mechanism" names the whole class of attention
  methods; with a modifier in front ("a gated attention mechanism", "a condition-aware attention
  mechanism", "the KANSC attention mechanism") the phrase is one particular mechanism — mostly the
  paper's own, unnamed — and not the class, so the class links nothing. A determiner, a preposition,
  a verb, a count or comparison ("additional", "different"), the model whose attention it is ("the
  diffusion attention mechanism"), a word of the standard mechanism ("the standard / softmax / Transformer attention
  mechanism", "the model's attention mechanism") or a quality any attention has ("a simple / learned /
  costly attention mechanism") keeps the link.
- :func:`attention_output` (rule 178): "cross-attention maps", "self-attention weights" are what an
  attention layer computes, read out of a model; the phrase is a modifier of that output, not the method.

>>> t = "we adopt a gated attention mechanism and the standard attention mechanism"
>>> narrowed_mechanism(t, t.index("attention")), narrowed_mechanism(t, t.rindex("attention"))
(True, False)
>>> t = "We visualize the cross-attention maps."
>>> attention_output(t, t.index("cross"), t.index(" maps"))
True
"""

from __future__ import annotations

import re

__all__ = ["attention_output", "narrowed_mechanism"]

_MECHANISM = re.compile(r"attention mechanisms?", re.IGNORECASE)
# the word right before the match, separated by white space only (same phrase)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")
_NOT_MODIFIERS = frozenset(
    (
        *("the a an this that these those its their our his her any each every such same no".split()),
        *("of with on in via by for to from through without into within over and or but as than".split()),
        *("where while how which whose including like when whether".split()),
        # verbs that take the class as their object
        *("use uses used using employ employs employed employing adopt adopts adopted adopting".split()),
        *("apply applies applied applying incorporate incorporates incorporated incorporating".split()),
        *("integrate integrates integrating leverage leverages leveraged leveraging utilize".split()),
        *("utilizes utilized utilizing utilise utilises utilised utilising exploit exploits exploited".split()),
        *("exploiting add adds added adding combine combines combined combining introduce".split()),
        *("introduces introduced introducing is are be".split()),
        # the standard mechanism, or a quality any attention has: not a particular kind
        *("standard vanilla original conventional traditional classical classic typical usual full".split()),
        *("softmax transformer dot dot-product scalar soft quadratic existing common popular regular".split()),
        *("general simple basic internal underlying inherent native default built-in learned modern".split()),
        *("advanced powerful sophisticated complex costly expensive".split()),
        # a count or a comparison, a judgement, the model whose attention it is, more verbs
        *("two three four five single multiple several many other another different various diverse".split()),
        *("additional current unique limited inefficient ineffective inadequate opaque noisy biased".split()),
        *("uninterpretable model llm mllm vit swin clip diffusion encoder decoder denoiser network".split()),
        *("backbone neural deep core information complexity build explore influence omit probe".split()),
        *("isolate bridge allow emerged then although at between either only".split()),
        # participles that say how it was made or placed, not what kind it is (a gated / masked / weighted
        # attention is a kind); the standard mechanism written with "-based"
        *("designed integrated modified enhanced motivated informed embedded transformer-based".split()),
        *("softmax-based".split()),
    )
)
# the generic attention operations whose maps papers read out of a pretrained model; a named kind's maps
# ("differential attention maps" of the paper's own encoder) come from the method in use
_READ_OUT = frozenset({"cross-attention", "self-attention"})
_OUTPUTS = re.compile(r"[ -](?:maps?|weights?|scores?|matri(?:x|ces)|distributions?|logits)\b", re.IGNORECASE)


def narrowed_mechanism(text: str, start: int) -> bool:
    """Whether a match of "attention mechanism(s)" at ``start`` has a modifier in front of it (rule 177):
    then it names one particular mechanism, not the class.

    >>> t = "Attention Mechanism for Recommendation"
    >>> narrowed_mechanism(t, 0), narrowed_mechanism("attention mechanisms", 0)
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
    if "-" not in word and (word.endswith("ing") or (word.endswith("s") and not word.endswith(("ss", "us")))):
        return False  # a verb: "by incorporating attention mechanisms", "our approach modulates attention …"
    return True


def attention_output(text: str, start: int, end: int) -> bool:
    """Whether cross- or self-attention matched at ``text[start:end]`` modifies what attention computes
    ("cross-attention maps", "self-attention weights"; rule 178), not a named kind's maps ("differential
    attention maps" of the paper's own encoder).

    >>> t = "cross-attention layers; differential attention maps"
    >>> attention_output(t, 0, 15), attention_output(t, 24, 46)
    (False, False)
    """
    surface = text[start:end].lower().replace(" ", "-")
    return surface in _READ_OUT and _OUTPUTS.match(text, end) is not None
