"""A coined name that two papers each introduce for different things stays two entities.

Different papers' own new names often share a spelling: "MAPLE: Encoding Dexterous Robotic
Manipulation Priors…" and "MAPLE: Multi-Agent Adaptive Planning…" are different works. The key of
a coined name (:func:`coined`: one token with a capital letter, matched by a discovery rule, not a
lexicon key) in a paper that introduces it is scoped to that paper (:func:`intro_key`): the plain
key, the paper's id and the content words of what the paper says it is (its title, else the
introducing sentence). Any other name a paper introduces is scoped too, marked as not coined: it
joins a group like the others but never makes two (a phrase such as "Long-Term Memory" is not a
work's own name), and it is never refused. Clustering then (:func:`regroup`) groups the
introducing keys of one plain key around centres (most mentioned first, then by key) when their
words overlap (Jaccard at least 0.5: versions of one work keep their title). Fewer than two groups
with a coined name: every paper's mentions are one entity, as before. Two or more: each group is
an entity of its own, its id scoped to its first paper
(``method:maple-2504-06084``), and a paper that only *uses* the plain name is not linked (which of
them it means is unknown; answers are right or refused) — unless the plain name is a **shared
well-known name** (:func:`well_known`): used far more than introduced (at least :data:`SHARED_USES`
using mentions, and no fewer than the introducing works' own), distinctively shaped (a word with a
capital inside it, or a letter with a digit: LVBench, BrowseComp-Plus, RWKV-7; not GUI, not RGB-Event,
not a class plural such as DLLMs) and not two lexicon names joined (CNN-Transformer). Then the papers
that only use it mean the established name (LVBench, the long-video benchmark, not the two later works
that coin it again): they link to one entity of the plain name; the introducing works keep their own.

>>> sorted(words("MAPLE: Multi-Agent Adaptive Planning with Long-Term Memory", "MAPLE"))
['adaptive', 'agent', 'long', 'memory', 'multi', 'planning', 'term']
>>> k = intro_key("maple", "2506.05813", "MAPLE: Multi-Agent Adaptive Planning", "MAPLE")
>>> k
'maple@2506.05813@+adaptive agent multi planning'
>>> base_of(k), paper_of(k)
('maple', '2506.05813')
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from kg.extract.lexicon import LexiconEntry
from kg.extract.long_forms import long_forms_agree
from kg.extract.own_types import OWN_LEXICON
from kg.extract.spelled import spells, title_long_form
from kg.ids import slug
from kg.model import Mention
from kg.resolve.names import norm_key

__all__ = [
    "REFUSED", "SEP", "SHARED_USES", "SharedNames", "base_of", "coined", "describing", "entity_names",
    "intro_key", "own_respelled", "own_spelling", "paper_of", "regroup", "respelled_after", "respelled_title",
    "title_of", "well_known", "words",
]  # fmt: skip

SEP = "@"
REFUSED = ("", "", "")
"""The entity of a plain key whose coined name two different works introduce: no link."""
SAME_WORK = 0.5
_WORD = re.compile(r"[a-z][a-z0-9]+")
_STOP = frozenset(
    re.findall(
        r"\w+",
        "a an and are as at be by for from in into is it its of on or our the this to via we with "
        "towards toward using based new novel",
    )
)
_NOT_COINED_RULES = ("lexicon.compound", "shape", "acronym", "propagate")
SHARED_USES = 4
"""Using mentions (outside the papers that introduce it) that make a coined name a shared well-known one."""
_CAMEL = re.compile(r".[A-Z].*[a-z]|.[a-z].*[A-Z]")
_LETTER_DIGIT = re.compile(r"[A-Za-z].*\d|\d.*[A-Za-z]")
_CLASS_PLURAL = re.compile(r"[A-Z]s$")
_PARTS = re.compile(r"[^\W_]+")


def entity_names(entity_of_key: Mapping[str, tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
    """Entity id -> ``(type, name)`` of the entities of a key -> ``(entity id, type, name)`` mapping
    (:func:`kg.resolve.clusters.cluster_keys`'s outcome); a :data:`REFUSED` key (no id) names none.

    >>> entity_names({"coco": ("dataset:coco", "dataset", "COCO"), "maple": REFUSED})
    {'dataset:coco': ('dataset', 'COCO')}
    """
    return {eid: (etype, name) for eid, etype, name in entity_of_key.values() if eid}


def coined(m: Mention) -> bool:
    """Whether a mention is a paper's own coined name: introduced, found by a discovery rule,
    one token with a capital letter and a letter after the first character.

    >>> from kg.model import Mention
    >>> def m(text, rule="title.prefix", role="introduced"):
    ...     return Mention("p", "method", text, "", role, text, 0, 1, "title", text, 0.9, "pattern", rule)
    >>> coined(m("MAPLE")), coined(m("GraphSearch")), coined(m("Long-Term Memory")), coined(m("C++", "shape"))
    (True, True, False, False)
    >>> coined(m("MAPLE", role="used"))
    False
    """
    t = m.text
    return (
        m.role == "introduced"
        and m.source != "lexicon"
        and not m.rule.startswith(_NOT_COINED_RULES)
        and " " not in t
        and len(t) >= 3
        and any(c.isupper() for c in t)
        and sum(c.isalpha() for c in t) >= 3
    )


def well_known(name: str, uses: int, introduced: int, is_form: Callable[[str], bool]) -> bool:
    """Whether a plain name two works coin is a shared well-known name (the module docstring):
    ``uses`` mentions outside the introducing papers, ``introduced`` mentions inside them, ``name``
    the users' most frequent spelling, ``is_form`` whether a word is a lexicon name.

    >>> never = lambda part: False
    >>> well_known("LVBench", 37, 8, never), well_known("RWKV-7", 17, 4, never)
    (True, True)
    >>> well_known("LVBench", 3, 1, never), well_known("LVBench", 5, 9, never)  # too few uses
    (False, False)
    >>> well_known("GUI", 80, 2, never), well_known("DLLMs", 9, 2, never), well_known("ToM", 18, 2, never)
    (False, False, False)
    >>> well_known("RGB-Event", 9, 2, never), well_known("GEdit-Bench", 9, 2, never)  # a coined part
    (False, True)
    >>> well_known("CNN-Transformer", 34, 4, lambda part: part in ("CNN", "Transformer"))
    False
    """
    if uses < max(SHARED_USES, introduced) or sum(c.isalpha() for c in name) < 4:
        return False
    parts = _PARTS.findall(name)
    if not (any(_CAMEL.search(p) for p in parts) or _LETTER_DIGIT.search(name)) or _CLASS_PLURAL.search(name):
        return False
    return len(parts) < 2 or not all(is_form(p) for p in parts)


class SharedNames:
    """The test :func:`regroup` asks of a plain key two works coin, over the corpus statistics: the
    key's using mentions (``uses``), its users' most frequent spelling (``name_of``) and whether a
    word is a lexicon name (``is_form``). Each key it calls shared keeps its reason (``kg explain``).
    """

    def __init__(
        self, uses: Callable[[str], int], name_of: Callable[[str], str], is_form: Callable[[str], bool]
    ) -> None:
        self.uses, self.name_of, self.is_form = uses, name_of, is_form
        self.reasons: dict[str, tuple[str, str, str]] = {}

    def __call__(self, key: str, introduced: int) -> bool:
        uses = self.uses(key)
        if not well_known(self.name_of(key), uses, introduced, self.is_form):
            return False
        self.reasons[key] = ("shared", key, f"{uses} using mentions, {introduced} in the works coining it")
        return True


def words(text: str, name: str) -> frozenset[str]:
    """The content words of a describing text, without the name's own words."""
    own = set(_WORD.findall(name.lower()))
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP and w not in own)


def intro_key(key: str, paper_id: str, text: str, name: str, is_coined: bool = True) -> str:
    """The key of a name in the paper that introduces it (see the module docstring); ``+`` marks
    a coined name, ``-`` another (a phrase: it never splits a name, but is never refused either)."""
    return f"{key}{SEP}{paper_id}{SEP}{'+' if is_coined else '-'}{' '.join(sorted(words(text, name)))}"


def base_of(key: str) -> str:
    """The plain key of an introducing key (a plain key is its own)."""
    return key.split(SEP, 1)[0]


def paper_of(key: str) -> str:
    """The paper of an introducing key ("" for a plain key)."""
    parts = key.split(SEP)
    return parts[1] if len(parts) > 2 else ""


def title_of(mentions: Sequence[Mention]) -> str:
    """The title of a paper, as its title mentions give it ("" when no mention is in the title)."""
    return min((x.sentence for x in mentions if x.field == "title"), default="")


def describing(title: str, m: Mention) -> str:
    """What the paper says a coined name is: its ``title`` (:func:`title_of`), else ``m``'s sentence."""
    return title or m.sentence


def _is_coined(key: str) -> bool:
    return key.split(SEP, 2)[2][:1] == "+"


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _groups(keys: list[str], counts: Mapping[str, int]) -> list[list[str]]:
    """Introducing keys of one plain key around centres (most mentioned, then by key): a key joins
    the centre whose words it overlaps most (at least :data:`SAME_WORK`), else becomes one."""
    sets = {k: frozenset(k.split(SEP, 2)[2][1:].split()) for k in keys}
    centres: dict[str, list[str]] = {}
    for k in sorted(keys, key=lambda k: (-counts.get(k, 0), k)):
        best = max(centres, key=lambda c: (_jaccard(sets[k], sets[c]), c), default=None)
        if best is not None and _jaccard(sets[k], sets[best]) >= SAME_WORK:
            centres[best].append(k)
        else:
            centres[k] = [k]
    return [sorted(g) for g in centres.values()]


def regroup(
    components: list[list[str]],
    counts: Mapping[str, int],
    shared: Callable[[str, int], bool] | None = None,
) -> tuple[list[list[str]], set[str], dict[str, str]]:
    """Settle the introducing keys (each still a component of its own) against their plain keys.

    Returns the new components, the plain keys refused (their lone component is no entity) and,
    per component of a name two works introduce (its first key), the paper its id is scoped to.
    ``shared(plain key, introducing mentions)`` tells a shared well-known name (:func:`well_known`),
    which is not refused.

    >>> comps = [["maple"], ["maple@p1@+robot priors"], ["maple@p2@+table planning"], ["tepo@p3@+token"],
    ...          ["tepo@p4@+token"], ["ltm@p5@-robot"], ["ltm@p6@-table"]]
    >>> new, refused, scoped = regroup(comps, {})
    >>> for c in new:
    ...     print(c)
    ['maple']
    ['ltm@p5@-robot', 'ltm@p6@-table']
    ['maple@p1@+robot priors']
    ['maple@p2@+table planning']
    ['tepo@p3@+token', 'tepo@p4@+token']
    >>> refused, scoped
    ({'maple'}, {'maple@p1@+robot priors': 'p1', 'maple@p2@+table planning': 'p2'})
    """
    intro: dict[str, list[str]] = defaultdict(list)
    rest: list[list[str]] = []
    for c in components:
        if len(c) == 1 and SEP in c[0]:
            intro[base_of(c[0])].append(c[0])
        else:
            rest.append(c)
    if not intro:
        return components, set(), {}
    where = {k: i for i, c in enumerate(rest) for k in c if k in intro}
    refused: set[str] = set()
    scoped: dict[str, str] = {}
    for base in sorted(intro):
        groups = _groups(intro[base], counts)
        if sum(any(_is_coined(k) for k in g) for g in groups) < 2:  # not two works' coined names
            groups = [sorted(k for g in groups for k in g)]
        if len(groups) == 1:
            if base in where:
                rest[where[base]] = sorted(rest[where[base]] + groups[0])
            else:
                rest.append(groups[0])
            continue
        for g in groups:
            rest.append(g)
            scoped[g[0]] = min(paper_of(k) for k in g)
        lone = base in where and len(rest[where[base]]) == 1
        if lone and (shared is None or not shared(base, sum(counts.get(k, 0) for k in intro[base]))):
            refused.add(base)
    return rest, refused, scoped


def own_spelling(m: Mention, introduced: set[str]) -> bool:
    """Whether mention ``m`` of a name the paper introduces (``introduced``) keeps its own key even where
    it carries a lexicon id: a name not in capitals (SCHNet, not the lexicon's SchNet; rule 40), or one in
    capitals whose id is only the provisional id of its own name (ROTATE's ``method:rotate`` is not
    RotatE's; rule 80) — not one the extractor looked up, as an acronym's long form gives (CDE).

    >>> def m(name, eid):
    ...     return Mention("p", "method", name, eid, "introduced", name, 0, 3, "abstract", "", 0.8, "pattern")
    >>> [own_spelling(x, {"ROTATE", "CDE", "SCHNet"}) for x in (m("ROTATE", "method:rotate"),
    ...  m("CDE", "method:intrinsic-motivation"), m("SCHNet", "method:schnet"), m("Other", "method:other"))]
    [True, False, True, False]
    """
    if m.text not in introduced:
        return False
    return not m.text.isupper() or (m.rule != OWN_LEXICON and m.entity_id == f"{m.type}:{slug(m.text)}")


def respelled_title(m: Mention, anchors: Mapping[str, str], by_id: Mapping[str, LexiconEntry]) -> bool:
    """Whether ``m`` opens its title ("CHAI: CacHe Attention Inference for text2video") and the subtitle
    spells it with a long form that the lexicon entry its key is a form of (``anchors``) does not have:
    the paper's own name, not the entry (rule 80; :mod:`kg.extract.spelled`)."""
    if m.rule != "title.prefix" or m.source == "lexicon":
        return False
    eid = anchors.get(norm_key(m.text), "")
    long = title_long_form(m.text, m.sentence) if eid else None
    return long is not None and not long_forms_agree(long, by_id[eid].forms)


_SPELLED_AFTER = re.compile(r" ?\(([A-Za-z][^()]{3,80})\)")


def respelled_after(m: Mention, anchors: Mapping[str, str], by_id: Mapping[str, LexiconEntry]) -> bool:
    """Whether ``m`` is a name the paper introduces that its sentence spells out right after it, in
    parentheses, with a long form the lexicon entry its key is a form of does not have: "We introduce
    SGM (Specification-Guided Moderation)" is the paper's own SGM, not Semi-Global Matching; "We present
    PAL (Palliative Assisted Learning-bot)" is not Program-Aided Language Models (rule 345; the order
    "Long Form (LF)" is rule 5's, a title's "LF: Long Form" :func:`respelled_title`'s).

    >>> from kg.extract.lexicon import LexiconEntry
    >>> sgm = LexiconEntry("method:sgm", "method", "Semi-Global Matching", ("SGM",))
    >>> def m(sentence):
    ...     return Mention("p", "method", "SGM", "method:sgm", "introduced", "SGM", 13, 16, "abstract",
    ...                    sentence, 0.8, "pattern", "cue.introduce")
    >>> anchors, by_id = {"sgm": "method:sgm"}, {"method:sgm": sgm}
    >>> respelled_after(m("We introduce SGM (Specification-Guided Moderation), a framework."), anchors, by_id)
    True
    >>> respelled_after(m("We introduce SGM (Semi-Global Matching) for stereo."), anchors, by_id)
    False
    >>> respelled_after(m("We introduce SGM (see Fig. 2), a framework."), anchors, by_id)
    False
    """
    if m.role != "introduced" or m.source == "lexicon" or f"{m.text} (" not in m.sentence:
        return False
    eid = anchors.get(norm_key(m.text), "")
    if not eid:
        return False
    at = m.sentence.find(f"{m.text} (")
    match = _SPELLED_AFTER.match(m.sentence, at + len(m.text))
    if match is None or " " not in match.group(1).strip() or not spells(m.text, match.group(1)):
        return False
    return not long_forms_agree(match.group(1), by_id[eid].forms)


def own_respelled(m: Mention, anchors: Mapping[str, str], by_id: Mapping[str, LexiconEntry]) -> bool:
    """Whether the paper spells ``m`` out otherwise than its lexicon entry, in its title or right after it."""
    return respelled_title(m, anchors, by_id) or respelled_after(m, anchors, by_id)
