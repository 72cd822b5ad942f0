"""The spellings under which the lexicon matcher (``kg.extract.component``) finds a lower-case form.

Hyphens and spaces are one spelling ("self-supervised learning" / "self supervised learning"); a metric's
rate or score is the same measure in the plural ("success rates", "FID scores"), while other plurals are
mostly the things measured ("translation errors", "signal-to-noise ratios") and are not matched; a method
whose name ends in a countable technique ("Kalman filter", "greedy algorithm", "random forest") is the same
method in the plural ("Kalman filters", "greedy algorithms"): :func:`method_plural` (rule 94); a metric's
acronym is the same measure in the plural ("AUCs of 0.80-0.97", "RMSEs ranging from 1.5 m"):
:func:`metric_plural` (rule 119).
A cased name has its all-caps spelling ("CITYSCAPES") and, when it joins capitalised words, its spelling
with one capital ("Deepseek", "Imagenet", "Webshop"): :func:`cased_spellings`.
"""

from __future__ import annotations

import re

from kg.extract.shapes import is_capitalised

__all__ = [
    "cased_spellings",
    "form_variants",
    "glued_inside",
    "glued_release",
    "method_plural",
    "metric_plural",
    "prefix_spellings",
]

# Capitalised words written together ("DeepSeek", "ImageNet", "WebShop"; not "VeRA" or "FiD").
_JOINED_WORDS = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]{2,})+")
# Joined names whose one-capital spelling is an English word ("CheckList", "MuTual", "RePaint").
_ORDINARY = frozenset({"checklist", "mutual", "repaint", "pipedream"})
#: Rule 94: last words of a method name that count techniques, so that the plural names the same method
#: ("evolutionary algorithms", "Gaussian processes"); not "model" (a plural "models" is a family: rule 46)
#: and not "tree" (data structures: "abstract syntax trees").
_COUNT_HEADS = """algorithm network machine filter forest autoencoder transformer process estimator
    classifier field perceptron kernel heuristic solver optimizer regressor"""
COUNT_HEADS = frozenset(_COUNT_HEADS.split())


def method_plural(form: str, kind: str) -> set[str]:
    """Rule 94: the plural of a method form whose last word counts techniques (:data:`COUNT_HEADS`).

    >>> method_plural("greedy algorithm", "method"), method_plural("Kalman filter", "method")
    ({'greedy algorithms'}, {'Kalman filters'})
    >>> method_plural("diffusion model", "method"), method_plural("edge detector", "task")
    (set(), set())
    """
    words = form.split()
    if kind != "method" or not words or words[-1].lower().rsplit("-", 1)[-1] not in COUNT_HEADS:
        return set()
    return {form + "s"}


# A model's name, then its release number after a space or hyphen ("Llama 3.2", "Phi-3", "Veo 3 Fast").
_RELEASE = re.compile(r"([A-Za-z][A-Za-z]*[A-Za-z])[ -](\d+(?:\.\d+)?)(?=$| )")


def glued_release(form: str, kind: str) -> set[str]:
    """Rule 171: a model's release written with its number glued to the name is the same release
    ("Llama3.2", "Virchow2", "Phi3", "Veo3", "Gemini2.5 Flash"); the corpus writes both.

    >>> [glued_release(f, "model") for f in ("Llama 3.2", "Phi-3", "Veo 3 Fast")]
    [{'Llama3.2'}, {'Phi3'}, {'Veo3 Fast'}]
    >>> [glued_release(f, k) for f, k in (("Task 2", "benchmark"), ("Qwen2.5", "model"), ("GPT-4o", "model"))]
    [set(), set(), set()]
    """
    match = _RELEASE.match(form) if kind == "model" else None
    return {match.group(1) + match.group(2) + form[match.end() :]} if match else set()


_GOES_ON = re.compile(r"[-.][A-Za-z0-9]")


def glued_inside(forms: tuple[str, ...], kind: str, text: str, start: int, end: int) -> bool:
    """Rule 171: a glued spelling (:func:`glued_release`) of one of ``forms`` matched at ``text[start:end]``
    that a hyphen or a dot goes on from is part of a longer name: "Phi3" in "Phi3.5V", "Phi4" in the paper's
    own "Phi4-mini-Flash-Reasoning" (the spaced or hyphenated spellings keep their readings).

    >>> t = "We test Phi3.5V, Phi3 and Phi-3."
    >>> [glued_inside(("Phi-3",), "model", t, t.index(w), t.index(w) + 4) for w in ("Phi3.5V", "Phi3 ")]
    [True, False]
    """
    if kind != "model" or not _GOES_ON.match(text, end):
        return False  # (every lexicon match is asked: the cheap tests first)
    surface = text[start:end].lower()
    if surface in map(str.lower, forms):
        return False
    return any(surface == glued.lower() for form in forms for glued in glued_release(form, kind))


# A metric's acronym in capitals (not one ending in S: FLOPS, MOS); its plural is the measure reported over
# several settings. Rule 119 leaves out acronyms whose plural in the corpus mostly names something else:
# "APs" access points, "SNRs" signal conditions ("at low SNRs"), "ADEs" adverse drug events, "SPLs" labels.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]*[A-Z]")
_PLURAL_OTHER = frozenset({"AP", "SNR", "ADE", "SPL"})


def metric_plural(form: str, kind: str) -> set[str]:
    """Rule 119: the plural of a metric acronym ("AUCs", "AUROCs", "RMSEs"), not of :data:`_PLURAL_OTHER`.

    >>> metric_plural("AUROC", "metric"), metric_plural("AP", "metric"), metric_plural("FLOPS", "metric")
    ({'AUROCs'}, set(), set())
    >>> metric_plural("CNN", "method")
    set()
    """
    if kind != "metric" or form in _PLURAL_OTHER or form.endswith("S") or not _ACRONYM.fullmatch(form):
        return set()
    return {form + "s"}


#: Rule 192: prefixes the corpus writes both hyphenated and glued to their word ("pre-training" /
#: "pretraining", "fine-tuning" / "finetuning", "multi-modal" / "multimodal", "re-ranking" / "reranking").
_PREFIXED = re.compile(r"\b(pre|fine|post|multi|re)(-?)(train|tun|modal|rank)")
_PREFIX_PAIRS = frozenset(
    {("pre", "train"), ("fine", "tun"), ("post", "train"), ("multi", "modal"), ("re", "rank")}
)


def prefix_spellings(form: str) -> set[str]:
    """Rule 192: a lower-case form with a prefix written hyphenated ("continual pre-training") is the same
    form glued ("continual pretraining"), and back; the corpus writes both for the same technique.

    >>> prefix_spellings("continual pre-training"), prefix_spellings("parameter-efficient finetuning")
    ({'continual pretraining'}, {'parameter-efficient fine-tuning'})
    >>> [prefix_spellings(f) for f in ("multimodal retrieval", "retraining", "pretext task")]
    [{'multi-modal retrieval'}, set(), set()]
    """
    if "train" not in form and "tun" not in form and "modal" not in form and "rank" not in form:
        return set()

    def swap(m: re.Match[str]) -> str:
        if (m.group(1), m.group(3)) not in _PREFIX_PAIRS:
            return m.group(0)
        return m.group(1) + ("" if m.group(2) else "-") + m.group(3)

    other = _PREFIXED.sub(swap, form.lower())
    return {other} if other != form.lower() else set()


def form_variants(form: str, kind: str = "") -> set[str]:
    """Spellings of a lower-case form: hyphens as spaces and back; a metric's rate or score in the plural.

    >>> sorted(form_variants("success rate", "metric")), len(form_variants("translation error", "metric"))
    (['success rate', 'success rates', 'success-rate', 'success-rates'], 2)
    >>> sorted(form_variants("greedy algorithm", "method"))
    ['greedy algorithm', 'greedy algorithms', 'greedy-algorithm', 'greedy-algorithms']
    """
    out = {form, form + "s"} if kind == "metric" and form.endswith(("rate", "score")) else {form}
    out |= method_plural(form, kind) | glued_release(form, kind)
    if kind in ("method", "model"):  # rule 192 (a task's glued spelling is no name: held-back seed 72751)
        out |= {glued for one in out for glued in prefix_spellings(one)}
    for one in list(out):
        if "-" in one:
            out.add(one.replace("-", " "))
        if " " in one and len(one.split()) <= 4:
            out.add(one.replace(" ", "-"))
    return out


def cased_spellings(form: str, kind: str = "") -> set[str]:
    """Other spellings of a cased form (of an entry neither ambiguous nor case-sensitive) that name it:
    all capitals for a simple capitalised word ("CITYSCAPES"; not "VERA" for "VeRA"), one capital for
    capitalised words written together ("Deepseek" for "DeepSeek"; not "Checklist" for "CheckList").

    >>> [sorted(cased_spellings(f)) for f in ("Cityscapes", "VeRA", "GLUs", "FiD", "DeepSeek", "CheckList")]
    [['CITYSCAPES'], [], [], [], ['Deepseek'], []]
    """
    plural = method_plural(form, kind) | metric_plural(form, kind) | glued_release(form, kind)
    if not is_capitalised(form):
        return plural
    if not any(ch.isupper() for ch in form[1:]):
        return {form.upper()} | plural
    folded = form[0] + form[1:].lower()
    return plural | ({folded} if _JOINED_WORDS.fullmatch(form) and folded.lower() not in _ORDINARY else set())
