"""The phrase model's words: its tokenisation, candidate spans, features and table keys, and the
phrases it must never give (a generic head with only generic words before it).

>>> [w for _, _, w in words("We use self-supervised learning (SSL), e.g. on GPT-4o.")][:6]
['We', 'use', 'self-supervised', 'learning', '(', 'SSL']
>>> toks = words("we apply deep reinforcement learning here")
>>> [(i, j) for i, j in spans(toks, frozenset({"learning"}))]
[(4, 5), (3, 5), (2, 5)]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import accumulate

from kg.extract.shapes import is_generic

__all__ = [
    "DESCRIBING_WORDS",
    "GENERIC_HEADS",
    "GENERIC_MODIFIERS",
    "LENGTH",
    "NOT_DOMAIN_WORDS",
    "STOP",
    "WORD",
    "features",
    "is_generic_phrase",
    "not_domain",
    "shape",
    "spans",
    "table_key",
    "words",
    "words_in",
]

_WORD = re.compile(r"\w+(?:[-'.+/]\w+)*\+*|\S")
WORD = _WORD  # the split of :func:`words` (the name typer splits the words around its candidates)
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")  # the same words, kept between the gaps by ``re.split``
# a capital followed later by a capital or digit ("BERT", "ResNet", "GPT-4o"), or "iPhone", "3D"
_NAME_SHAPED = re.compile(r"\w*[A-Z]\w*[A-Z0-9]|\w*[a-z0-9][A-Z]")
_MAX_LEFT = 2
LENGTH = ("", "n:1", "n:2", "n:3")
_ACRONYM = re.compile(r"[A-Z]{1,5}s?")
_STOPWORDS = (
    "a an the of in on for to and or with by from as at is are was were be been being this that these "
    "those our we it its their they them which who whose such using use used based via than then more "
    "most less new novel proposed existing each both all any can could may might will would also not "
    "no has have had into over under between while when where how what why do does did so very well "
    "only other further however thus here there however et al i.e e.g fig table section our your my "
    "his her one two three several many some few first second recent recently previous prior state "
    "art "
)
STOP = frozenset(_STOPWORDS.split())
# Heads that name a kind of thing, not a thing: with nothing specific before them ("3D model",
# "Multimodal Model", "encoder", "large language models", "computational cost", "downstream tasks") a
# model mention is generic (ANNOTATION.md). Chosen from the model's most frequent full-corpus outputs.
_GENERIC_HEADS = """
    model models framework frameworks method methods approach approaches system systems module modules
    network networks architecture architectures encoder encoders decoder decoders pipeline pipelines
    algorithm algorithms technique techniques mechanism mechanisms strategy strategies scheme schemes
    component components layer layers block blocks backbone backbones baseline baselines agent agents
    tool tools data dataset datasets benchmark benchmarks task tasks performance results solution
    solutions paradigm paradigms design designs representation representations features classifier
    classifiers cost costs overhead complexity efficiency quality ability abilities capability
    capabilities application applications scenario scenarios setting settings problem problems issue
    issues challenge challenges domain domains environment environments condition conditions process
    processes analysis operation operations technology technologies metrics llm llms vlm vlms mllm mllms
    lvlm lvlms slm slms lm lms ai"""
GENERIC_HEADS = frozenset(_GENERIC_HEADS.split())
_GENERIC_MODIFIERS = """
    3d 2d multimodal multi-modal large small deep neural new novel proposed existing base pretrained
    pre-trained trained generative foundation language vision visual vision-language unified simple
    standard traditional conventional efficient lightweight general generic our their its this these
    state-of-the-art sota modern current recent powerful robust strong single multiple different
    various specific ai learning machine ml end-to-end real-world downstream computational open-source
    fine-tuned multi-agent high low overall practical complex key critical diverse teacher student
    evaluation training-free"""
GENERIC_MODIFIERS = frozenset(_GENERIC_MODIFIERS.split())
# Words that describe or count rather than name (shared by the task-phrase rules and the corroboration
# table; each adds its own): "a new", "efficient", "downstream", "three" never start a task or method name.
_DESCRIBING = """
    a an the our their its this these those new novel proposed existing traditional conventional
    standard simple general generic better improved advanced powerful strong promising reliable precise
    fast faster scalable high-quality state-of-the-art sota efficient lightweight end-to-end various
    different specific multiple downstream additional further subsequent accurate robust effective
    overall practical complex key critical diverse unified single typical common current recent modern
    popular classical classic naive vanilla original full deep machine large small ai general-purpose
    task-specific more most less best high low comprehensive holistic large-scale small-scale real-time
    future other related similar such model models data task tasks method methods joint final correct
    appropriate challenging two three four five six seven eight nine ten towards toward enhanced
    auxiliary beyond learned"""
DESCRIBING_WORDS = frozenset(_DESCRIBING.split())


@lru_cache(maxsize=2)
def words(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, word)``: word runs (hyphens, dots, plus signs inside a word kept) and punctuation.

    Cached for the last texts: the phrase model and the name typer read the same document's words.
    """
    parts = _WORD_SPLIT.split(text)  # gap, word, gap, …, word, gap: no match object per word
    ends = list(accumulate(map(len, parts)))  # where each part ends: a word's start, its end, …
    return tuple(zip(ends[0:-1:2], ends[1::2], parts[1::2], strict=True))


def words_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The :func:`words` of ``text[start:end]``, offsets in ``text``: those of the whole text there, when
    white space (or the text's edge) stands at ``start - 1`` and at ``end`` (no word holds white space).

    >>> words_in("We use self-supervised learning here.", 7, 31)
    [(7, 22, 'self-supervised'), (23, 31, 'learning')]
    """
    parts = _WORD_SPLIT.split(text[start:end])
    ends = list(accumulate(map(len, parts), initial=start))[1:]
    return list(zip(ends[0:-1:2], ends[1::2], parts[1::2], strict=True))


@lru_cache(maxsize=1 << 16)
def shape(word: str) -> str:
    out: list[str] = []
    for ch in word[:6]:
        s = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)


def is_generic_phrase(text: str) -> bool:
    """A model mention that names a kind, not a thing: a generic head and only generic modifiers.

    >>> [is_generic_phrase(t) for t in ("3D model", "Transformer-based encoder", "graph neural network")]
    [True, True, False]
    >>> [is_generic_phrase(t) for t in ("high cost", "downstream tasks", "inference", "CT", "ResNet")]
    [True, True, True, True, False]
    """
    if is_generic(text):
        return True
    parts = text.lower().split()
    if len(parts) == 1 and (text.islower() or text.istitle() or _ACRONYM.fullmatch(text)):
        return True  # "inference", "CT", "BEV": the lexicon and the paper's own definitions decide these
    if parts[-1] not in GENERIC_HEADS:
        return False
    return all(p in GENERIC_MODIFIERS or p.endswith(("-based", "-like", "-style")) for p in parts[:-1])


def table_key(toks: Sequence[tuple[int, int, str]], i: int, j: int) -> str:
    """The words ``toks[i:j]`` as a corroboration-table key: joined by spaces, a capital that only
    starts the phrase (a sentence's first word) lowered.

    >>> toks = words("Contrastive learning, Contrastive Learning")
    >>> table_key(toks, 0, 2), table_key(toks, 3, 5)
    ('contrastive learning', 'Contrastive Learning')
    """
    return _key(" ".join(w for _, _, w in toks[i:j]))


def _key(phrase: str) -> str:
    return phrase[0].lower() + phrase[1:] if phrase[1:].islower() else phrase


def spans(toks: Sequence[tuple[int, int, str]], heads: frozenset[str]) -> list[tuple[int, int]]:
    """Candidate word ranges ``[i, j)``: end in a head or name-shaped word, up to two words to the left.

    Heads never are stop words (training leaves them out), and a name-shaped word has a capital.
    """
    out = []
    name_shaped = _NAME_SHAPED.match
    text = [w for _, _, w in toks]
    low = list(map(str.lower, text))
    for j in [j for j, w in enumerate(low) if w in heads or (w != text[j] and w not in STOP)]:
        if low[j] not in heads and not name_shaped(text[j]):
            continue
        out.append((j, j + 1))
        i = j
        while i > 0 and j - i < _MAX_LEFT and toks[i - 1][1] + 1 >= toks[i][0]:
            before = text[i - 1]
            if not before[0].isalnum() or low[i - 1] in STOP:
                break
            i -= 1
            out.append((i, j + 1))
    return out


def features(toks: Sequence[tuple[int, int, str]], i: int, j: int) -> list[str]:
    """The sparse features of the candidate ``toks[i:j]``.

    >>> features(words("we apply deep reinforcement learning here"), 2, 5)
    ['ph:deep reinforcement learning', 'h:learning', 'hs:ing', 'n:3', 'p:apply', 'x:here', 'fsh:x', 'f:deep']
    """
    head = toks[j - 1][2].lower()
    phrase = head if j - i == 1 else " ".join(w for _, _, w in toks[i:j]).lower()
    first = toks[i][2]
    out = [
        "ph:" + phrase,
        "h:" + head,
        "hs:" + head[-3:],
        "n:" + str(j - i),
        "p:" + (toks[i - 1][2].lower() if i > 0 else "<s>"),
        "x:" + (toks[j][2].lower() if j < len(toks) else "</s>"),
        "fsh:" + shape(first),
    ]
    if j - i > 1:
        out.append("f:" + first.lower())
    return out


# Words that never begin a task's domain: discourse words and settings ("like depth estimation",
# "either lane detection", "superior generation", "multi-task segmentation", "online object tracking").
_NOT_DOMAIN_TEXT = """like then either also such only even namely especially particularly mainly superior
    direct joint multi-task wise tokenwise token-wise online offline binary high-resolution high-fidelity
    conditional unconditional sequential few-shot zero-shot one-shot single-label public simpler in-the-wild
    self-built unlike available used primary realistic simultaneous longer infinite one-stage one
    high-precision low-latency scale global compact mainstream creative transparent well-known post-hoc
    candidate without whether expensive rich high-performance benchmark broader initial multi-class
    multiclass multi-dimensional continual continuous accurate inaccurate delegate"""
NOT_DOMAIN_WORDS = frozenset(_NOT_DOMAIN_TEXT.split())
# participles, -ic / -ive adjectives, comparatives, hyphenated settings: how a task is set up, not its domain
_SETTING = re.compile(
    r".*(?<!e)ed|(?!(?:arabic|acoustic|forensic|seismic|electronic|music|topic|logic|traffic|graphic)$).*(?:ic|ive)"
    r"|(?:small|larg|high|low|bett|fast|long|short)er|.+-(?:shots?|types?|conditions?|conditional|scarce|steps?"
    r"|stages?|efficient|performance|resolution|source|domain|context|center|centre)|multicenter|\d+x"
)


def not_domain(words: Collection[str]) -> bool:
    """Whether lower-case ``words`` before a task head hold a word that is no part of a task's domain: a
    :data:`NOT_DOMAIN_WORDS` word, a participle ("established / studied trajectory prediction"), an -ic /
    -ive adjective ("synthetic", "autoregressive"), a comparative ("smaller") or a hyphenated setting.

    >>> not_domain(["aerial", "image"]), not_domain(["actively", "studied"]), not_domain(["single-shot"])
    (False, True, True)
    """
    return any(w in NOT_DOMAIN_WORDS or "'" in w or _SETTING.fullmatch(w) is not None for w in words)
