"""Established lower-case method names the CC0 arXiv corpus abbreviates: a generated lexicon file.

    python bench/mine_methods.py --counts /tmp/counts.json            # what the rule keeps (TSV)
    python bench/mine_methods.py --counts /tmp/counts.json --write    # writes the lexicon file
    python bench/mine_methods.py --counts /tmp/counts.json --sweep    # thresholds on train data

Output: ``kg/extract/lexicon/methods_mined.jsonl`` (shipped, part of the default lexicon). Source:
only the CC0 arXiv corpus (``../shared/data/arxiv_cs_2025_2026.jsonl.gz``); the corpus pass is
:func:`mine_lexicon.corpus_counts` (cache it with ``--counts``; the pass takes minutes).

**The rule** (:func:`keep`) keeps a corpus phrase as a *method* when

1. **shape**: it has 2-4 words, its last word is a method head (:data:`METHOD_HEADS`: kinds of
   techniques such as "learning", "distillation", "attention", "search", "decoding", "optimization",
   "sampling", "regression", "inference", "splatting", "adaptation", "quantization", "pruning",
   "embeddings", "autoencoders", "transformers", "networks", "programming" …; never a container such
   as "method", "framework", "model", "module"), no word of it describes instead of naming
   (``mine_lexicon.DESCRIPTIVE``: "proposed", "efficient", "downstream" …; :data:`MORE_DESCRIPTIVE`),
   its words before the head are not all model-class words ("neural networks", "deep learning", "LLM
   inference": ``mine_lexicon.CLASS_WORDS``; a head word before the head is allowed since round 3:
   "attention pooling"), no inner acronym, no digit;
2. **new**: it is not generic (``kg/extract/generic.txt``), no spelling of it (singular / plural,
   hyphen / space, -isation) is already a lexicon form, and it is not mostly the tail of one longer
   phrase ("carlo tree search" of "monte carlo tree search");
3. **evidence that the corpus uses it as a name**, one of
   - *abbreviated*: at least :data:`MIN_ACRONYM` abstracts define an acronym for it whose letters are
     exactly its words' initials ("model predictive control (MPC)", "answer set programming (ASP)";
     "low-rank adaptation (LoRA)" is no evidence: L-R-A is not L-o-R-A), and it occurs in at least
     :data:`MIN_ABSTRACTS` (a share of defining abstracts, as ``train/corroborate.py`` asks, would only
     matter above :data:`FREQUENT`, where every phrase is read anyway);
   - *eponym* (round 5): at least :data:`MIN_EPONYM` abstracts, and :data:`EPONYM_SHARE` of those using
     it, write it with a capitalised first word inside a sentence and lower-case words after it, a proper
     name before a method head ("by Delaunay triangulation", "the Hough transform", "Euler method";
     :func:`eponym_counts`);
   - *frequent*: its spellings together occur in at least :data:`FREQUENT` abstracts (frequency alone
     does not separate names from descriptions — "text embeddings", "fusion network" — so every
     frequent phrase is read by hand: rule 4);
4. not in the reviewed rejections ``bench/mine_methods_rejects.tsv`` (``phrase<TAB>reason``): every
   phrase rules 1-3 keep was read against the annotation guide and the ones that are not an
   established method are listed with the reason — ``description`` (a generic or descriptive phrase:
   "text embeddings", "semantic guidance"), ``field`` ("combinatorial optimization", "graph learning"),
   ``class`` (a class of models: "multimodal transformer"), ``task`` (a problem, not a technique:
   "camera control", "semantic search"), ``variant`` (another entry's spelling or a wrong expansion:
   "deep convolutional neural networks", "group reward policy optimization"), ``fragment`` ("context
   learning" of "in-context learning", "however learning"), ``not-method`` (infrastructure, data or a
   concept: "radio access network", "receptive fields").

Each kept phrase becomes one entry: type ``method``, id = its most frequent spelling with hyphens,
name = that spelling, aliases = its other spellings seen in >= 3 abstracts, domain ``mined-method``
(the matcher then never reads it inside a longer name: ``kg.extract.mined.inside_longer_name``). The
acronym is not added as an alias: an acronym means what the paper defining it says (resolution scopes
it), and a bare two-to-four letter acronym across papers is the false-merge risk of issue 10.

The thresholds are set by what a reviewer can read (every kept phrase is reviewed): :data:`FREQUENT` =
20 gave 390 candidates, the acronym route 134 (round 1: 133 kept); lowering it to 10 added 629
candidates of 10-19 abstracts, all read (round 2: 54 kept, 575 rejections appended); the head
"matching" and head words before the head ("attention pooling") in round 3 added 56 candidates (9
kept); round 4 added the heads "caching", "rendering", "transform", "modeling", "triangulation",
"interpolation", "approximation", "iteration", "scaling" … and the container heads "method", "analysis",
"estimation", "rule(s)", "theory" (:data:`ACRONYM_ONLY_HEADS`: kept by the acronym route only, "finite
element method (FEM)", never "error analysis" by frequency): 293 candidates read, 40 kept; round 5 the eponym
route (62 read, 15 kept) and "inference" as a head (93 read with the heads "simulation(s)", 9 kept); round 6
lowered :data:`FREQUENT` from 10 to 8 and read all 468 new candidates (21 kept); round 7 (session 8) added
the heads "tracing", "marching", "casting", "voting", "projection", "replay", "routing", "coding",
"weighting", "averaging", "accumulation" … and read the 79 new candidates (18 kept: ray tracing, majority
voting, soft voting, entropy coding, gradient projection, generative replay …); round 8 (session 10, rule 95)
added the heads "filter(s)", "estimator(s)", "heuristic(s)", "kernel(s)", "refinement", "fitting",
"sort(ing)", "walk(s)", "perceptron(s)", "optimizer(s)" and a *described* route: a phrase with a describing
word ("dynamic", "automatic", "fast", "full", "online" …; never :data:`NEVER_NAME`) is kept only by the
acronym route ("dynamic programming (DP)", "automatic differentiation (AD)", "fast fourier transform
(FFT)"): 117 new candidates read, 22 kept (random walk, wiener filter, low-pass filter, curve fitting …).
Their effect was measured on SciREX train, on the read half of a blind fixture
(``bench/reviews/dev_lowermethods_seed31001_read.jsonl``) and on judged samples of the links the file
adds (``bench/reviews/README.md``); never on a dev split or kg's judged set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mine_lexicon import (
    CLASS_WORDS,
    DATA,
    DESCRIPTIVE,
    CorpusCounts,
    _initialism,
    _initials_of,
    _words,
    corpus_counts,
    group_key,
    is_fragment,
    key,
    load_counts,
    longer_counts,
    save_counts,
    texts,
)

from kg.extract.lexicon import LEXICON_DIR, default_lexicon_paths, load_lexicon
from kg.extract.mined import MINED_DOMAIN
from kg.extract.shapes import is_generic

OUTPUT = LEXICON_DIR / "methods_mined.jsonl"
REJECTS = Path(__file__).resolve().parent / "mine_methods_rejects.tsv"
MIN_ACRONYM = 2
MIN_ABSTRACTS = 3
FREQUENT = 8

#: Rule 1: last words that name a kind of technique (the guide's "method"), not a task or container.
METHOD_HEADS = _words(
    """learning distillation prompting fine-tuning tuning optimization optimisation attention augmentation
    regression search sampling quantization pruning embedding embeddings splatting descent propagation
    regularization normalization decoding inference clustering merging steering network networks
    transformer transformers autoencoder autoencoders encoding programming control transport processes
    guidance factorization decomposition annealing hashing tokenization pooling filtering algorithm
    machine forest trees fields adaptation convolution dropout matching
    caching reduction warping triangulation preconditioner preconditioners preconditioning interpolation
    approximation rendering modeling modelling solver solvers masking smoothing initialization
    bootstrapping boosting ensembling resampling elimination iteration transform transformation sketching
    checkpointing parallelism offloading unrolling relaxation quadrature discretization vector vectors
    arithmetic scaling update updates differentiation simulation simulations
    tracing marching casting voting bagging stacking projection forcing replay gating routing stopping
    clipping averaging accumulation reweighting weighting cloning coding critique vectorization
    filter filters estimator estimators heuristic heuristics kernel kernels refinement fitting sort sorting
    walk walks perceptron perceptrons optimizer optimizers"""
)
#: Round 4: heads that also name containers, theories or analyses ("the proposed method", "error
#: analysis", "decision rules"): a phrase ending in one is kept only by the acronym route (rule 3),
#: never by frequency alone ("finite element method (FEM)", "principal component analysis (PCA)").
ACRONYM_ONLY_HEADS = _words("method methods analysis estimation rule rules theory")
#: Rule 1: describing words mine_lexicon's list lacks (settings and evaluations, not names).
MORE_DESCRIPTIVE = _words(
    """lightweight training-free plug-and-play learnable learned trainable novel various proposed two-stage
    multi-stage one-step few-step single-step unsupervised-based model-based data-driven llm-based
    training inference test test-time online offline"""
)
# Words that may precede the head but are not a name on their own ("neural networks", "deep learning").
_NOT_NAME = CLASS_WORDS


#: Round 8: words that never begin or fill a name, even one the corpus abbreviates (function words and
#: the paper's own contribution); other describing words may stand in a name the acronym route proves
#: ("dynamic time warping (DTW)", "automatic differentiation (AD)", "hierarchical clustering (HC)").
NEVER_NAME = _words(
    """a an the of for and or in on to with by from via our this that these its their we is are be as at
    which can using based new novel proposed existing such more most other different various multiple
    previous prior efficient effective improved better further downstream final overall same whole each
    all any some only also both first second two three large small during through without while into
    over under across between among within after before since upon about than when where how what whether
    learnable learned trainable lightweight training-free plug-and-play training inference test test-time"""
)


def method_shape(phrase: str, described: bool = False) -> bool:
    """Rule 1: 2-4 lower-case words, a method head, no describing word, not only class words.

    ``described`` (round 8): describing words are allowed but :data:`NEVER_NAME` (the acronym route alone
    then keeps the phrase, :func:`keep`).

    >>> [method_shape(p) for p in ("model predictive control", "monte carlo tree search",
    ...     "neural networks", "proposed attention", "efficient decoding", "graph convolutional networks")]
    [True, True, False, False, False, True]
    >>> method_shape("semantic segmentation"), method_shape("our method")
    (False, False)
    >>> method_shape("bayesian inference"), method_shape("inference sampling")  # a head, not a describer
    (True, False)
    >>> method_shape("dynamic time warping"), method_shape("dynamic time warping", described=True)
    (False, True)
    >>> method_shape("proposed time warping", described=True)
    False
    """
    words = phrase.split()
    if not 2 <= len(words) <= 4 or words[-1] not in METHOD_HEADS | ACRONYM_ONLY_HEADS:
        return False
    if len(set(words)) < len(words):
        return False
    for i, w in enumerate(words):
        head = i == len(words) - 1  # "inference" describes before a head, is one in "bayesian inference"
        describing = w in DESCRIPTIVE or (w in MORE_DESCRIPTIVE and not head)
        if described:
            describing = w in NEVER_NAME and not head
        if describing or len(w) < 2 or any(ch.isdigit() for ch in w):
            return False
        if i and _initialism(w, words[:i]):
            return False  # "chain-of-thought cot prompting": an acronym inside the phrase
    return not all(w in _NOT_NAME for w in words[:-1])


#: Round 5, the eponym route: a capitalised word inside a sentence, then 1-3 lower-case words ending in
#: a method head ("by Delaunay triangulation", "with Jacobi preconditioners", "the Procrustes analysis").
_EPONYM = re.compile(r"(?<=[a-z0-9,;:)] )([A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})*)((?: [a-z][a-z\-]*){1,3})\b")
MIN_EPONYM = 2
#: ... and in at least this share of the abstracts using it (not "Detection methods" after a name).
EPONYM_SHARE = 0.3


def eponym_counts(records: Iterable[str]) -> Counter[str]:
    """Rule 3, the *eponym* route: per lower-cased phrase, the abstracts that write it with a capitalised
    first word inside a sentence and lower-case words after it (a proper name: "Delaunay triangulation").

    >>> eponym_counts(["Meshes come from Delaunay triangulation here.", "We use Newton method."])
    Counter({'delaunay triangulation': 1, 'newton method': 1})
    >>> eponym_counts(["Delaunay triangulation starts a sentence.", "We use Proposed Attention."])
    Counter()
    """
    heads = METHOD_HEADS | ACRONYM_ONLY_HEADS
    out: Counter[str] = Counter()
    for text in records:
        seen: set[str] = set()
        for match in _EPONYM.finditer(text):
            words = [match.group(1).lower(), *match.group(2).split()]
            for end in range(2, len(words) + 1):
                if words[end - 1] in heads:
                    seen.add(" ".join(words[:end]))
        out.update(seen)
    return out


def read_rejects(path: Path = REJECTS) -> dict[str, str]:
    """The reviewed rejections (``phrase<TAB>reason``; ``#`` comments), keyed by :func:`spelling_key`."""
    out: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                phrase, _, reason = line.partition("\t")
                out[spelling_key(phrase.strip())] = reason.strip()
    return out


def acronym_support(forms: Iterable[str], defined: Counter[tuple[str, str]]) -> tuple[int, str]:
    """Rule 3: the abstracts defining the best initials acronym of any spelling, and that acronym.

    >>> acronym_support(["model predictive control"], Counter({("model predictive control", "MPC"): 40,
    ...                                                         ("predictive control", "MPC"): 40}))
    (40, 'MPC')
    >>> acronym_support(["low-rank adaptation"], Counter({("low-rank adaptation", "LoRA"): 90}))
    (0, '')
    """
    best = (0, "")
    for form in forms:
        for (tail, acronym), n in defined.items():
            if tail == form and _initials_of(acronym, form) and n > best[0]:
                best = (n, acronym)
    return best


@dataclass(frozen=True)
class MinedMethod:
    """One entry the rule keeps, with the counts behind it."""

    id: str
    name: str
    aliases: tuple[str, ...]
    abstracts: int
    acronym: str
    defining: int

    def row(self) -> dict[str, object]:
        """The lexicon JSONL row (type method)."""
        row: dict[str, object] = {"id": self.id, "type": "method", "name": self.name}
        if self.aliases:
            row["aliases"] = list(self.aliases)
        row["domain"] = MINED_DOMAIN  # kg.extract.mined: never inside a longer name
        return row


def _by_form(defined: Counter[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """Only the definitions worth looking at (>= 2 abstracts), for speed."""
    return Counter({k: n for k, n in defined.items() if n >= 2})


def spelling_key(phrase: str) -> str:
    """One key for a phrase's spellings: :func:`mine_lexicon.group_key` without spaces or hyphens.

    >>> spelling_key("bi-level optimization") == spelling_key("bilevel optimisation")
    True
    >>> spelling_key("feed-forward networks") == spelling_key("feedforward network")
    True
    """
    return group_key(phrase).replace(" ", "")


def candidates(counts: CorpusCounts, known: set[str], described: bool = False) -> dict[str, Counter[str]]:
    """Rules 1-2: spellings grouped by :func:`spelling_key`, each with its abstract count; ``described``:
    only the phrases with a describing word (:func:`method_shape`'s round 8)."""
    longest = longer_counts(counts.headed)
    known_groups = {spelling_key(k) for k in known}
    groups: dict[str, Counter[str]] = {}
    for phrase, n in counts.headed.items():
        shaped = method_shape(phrase, described) and not (described and method_shape(phrase))
        if n < 2 or not shaped or is_generic(phrase) or is_fragment(n, longest.get(phrase, 0)):
            continue
        gk = spelling_key(phrase)
        if gk not in known_groups:
            groups.setdefault(gk, Counter())[phrase] = n
    return groups


def keep(
    counts: CorpusCounts,
    known: set[str],
    rejects: dict[str, str],
    *,
    min_acronym: int = MIN_ACRONYM,
    min_abstracts: int = MIN_ABSTRACTS,
    frequent: int = FREQUENT,
    eponyms: Counter[str] | None = None,
    min_eponym: int = MIN_EPONYM,
) -> list[MinedMethod]:
    """The entries the rule keeps (module docstring), sorted by id; ``eponyms``: :func:`eponym_counts`."""
    defined = _by_form(counts.defined)
    by_tail: dict[str, Counter[tuple[str, str]]] = {}
    for (tail, acronym), n in defined.items():
        by_tail.setdefault(tail, Counter())[(tail, acronym)] = n
    out = []
    groups = candidates(counts, known)
    more = candidates(counts, known, described=True)
    described = set(more) - set(groups)
    for gk, spellings in more.items():
        groups.setdefault(gk, Counter()).update(spellings)  # "full parameter" joins "full-parameter"
    for gk, spellings in sorted(groups.items()):
        total = sum(spellings.values())
        if total < min_abstracts or gk in rejects:
            continue
        forms = [f for f, _ in sorted(spellings.items(), key=lambda kv: (-kv[1], kv[0]))]
        local: Counter[tuple[str, str]] = Counter()
        for f in forms:
            local.update(by_tail.get(f, Counter()))
        n_def, acronym = acronym_support(forms, local)
        n_ep = sum((eponyms or Counter())[f] for f in forms)
        by_name = n_def >= min_acronym or (n_ep >= min_eponym and n_ep >= EPONYM_SHARE * total)
        if (total < frequent or forms[0].split()[-1] in ACRONYM_ONLY_HEADS) and not by_name:
            continue
        if gk in described and n_def < min_acronym:
            continue  # round 8: a describing word, so only a defined acronym shows a name
        aliases = tuple(f for f in forms[1:] if spellings[f] >= 3)
        out.append(MinedMethod(forms[0].replace(" ", "-"), forms[0], aliases, total, acronym, n_def))
    return sorted(out, key=lambda m: m.id)


HEADER = """\
# Established lower-case methods the CC0 arXiv corpus names (abbreviates, or uses often), chosen by the
# rule of bench/mine_methods.py (generated: do not edit by hand; run
# `python bench/mine_methods.py --counts COUNTS --write`, reject by adding to bench/mine_methods_rejects.tsv).
# Evidence: >= {min_acronym} abstracts define the phrase's initials acronym (>= {min_abstracts} abstracts in
# all), an eponym written capitalised in a sentence, or >= {frequent} abstracts; every kept phrase reviewed.
"""


def write(entries: list[MinedMethod], path: Path = OUTPUT) -> None:
    """Write the generated lexicon file (deterministic: sorted ids, fixed key order)."""
    lines = [json.dumps(m.row(), ensure_ascii=False) for m in sorted(entries, key=lambda m: m.id)]
    head = HEADER.format(min_acronym=MIN_ACRONYM, min_abstracts=MIN_ABSTRACTS, frequent=FREQUENT)
    path.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")


def known_forms() -> set[str]:
    """Every lexicon form's key, without the generated file itself."""
    paths = [p for p in default_lexicon_paths() if p != OUTPUT]
    return {key(f) for e in load_lexicon(paths).entries for f in e.forms}


def _eponyms(args: argparse.Namespace) -> Counter[str]:
    """The eponym counts: read from ``--eponyms`` if present, else counted (and written there)."""
    if args.eponyms and args.eponyms.exists():
        return Counter(json.loads(args.eponyms.read_text(encoding="utf-8")))
    found = eponym_counts(texts(args.data / "arxiv_cs_2025_2026.jsonl.gz"))
    if args.eponyms:
        args.eponyms.write_text(json.dumps(found, sort_keys=True), encoding="utf-8")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--counts", type=Path, help="corpus counts cache (read if present, else written)")
    parser.add_argument("--eponyms", type=Path, help="eponym counts cache (read if present, else written)")
    parser.add_argument("--write", action="store_true", help=f"write {OUTPUT.name}")
    parser.add_argument("--all", action="store_true", help="print candidates the rejections drop too")
    args = parser.parse_args(argv)
    if args.counts and args.counts.exists():
        counts = load_counts(args.counts)
    else:
        heads = METHOD_HEADS | ACRONYM_ONLY_HEADS
        counts = corpus_counts(args.data / "arxiv_cs_2025_2026.jsonl.gz", set(), heads)
        if args.counts:
            save_counts(counts, args.counts)
    entries = keep(counts, known_forms(), {} if args.all else read_rejects(), eponyms=_eponyms(args))
    if args.write:
        write(entries)
        print(f"wrote {len(entries)} entries to {OUTPUT}", file=sys.stderr)
        return 0
    print("abstracts\tdefining\tacronym\tname\taliases")
    for m in sorted(entries, key=lambda m: (-m.abstracts, m.id)):
        print(m.abstracts, m.defining, m.acronym, m.name, "|".join(m.aliases), sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
