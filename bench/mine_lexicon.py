"""Lower-case method and task names for the lexicon, chosen by a stated rule, with the counts behind them.

    python bench/mine_lexicon.py > /tmp/candidates.tsv            # every candidate with its counts
    python bench/mine_lexicon.py --rule --min-corpus 50            # what the rule keeps (TSV)
    python bench/mine_lexicon.py --rule --write --min-corpus 50    # writes bench/concepts_mined.jsonl
    python bench/mine_lexicon.py --sweep 25 50 100 200             # choose --min-corpus on train splits

Sources (all licence-compatible for choosing shipped entries):
- SciREX train (Apache-2.0): Method and Task mention texts, counted by the number of papers;
- TDMSci train (Apache-2.0): TASK mention texts, counted by sentences;
- the CC0 arXiv corpus: phrases of 2-4 lower-case words whose last word is a method or task head
  word (``kg.extract.shapes.HEAD_TYPES`` plus ``EXTRA_HEADS``), the number of abstracts each occurs
  in, and the acronyms it defines ("knowledge distillation (KD)").

Without ``--rule`` every candidate is printed (as before): written in lower case, not generic, not
already a lexicon form, in at least ``--min-corpus`` abstracts. The hand-curated
``concepts.jsonl`` was chosen from that list (its rule is written at its top).

**The rule** (``--rule``; :func:`keep`) keeps a corpus phrase when

1. it has 2-4 words and its last word names a kind of learning or a task (``NAME_HEADS``: "learning",
   "detection", "segmentation", "distillation", "prompting" …), not a container for anything
   ("method", "framework", "model", "module", "tasks", "process", "strategy" …);
2. no word of it describes instead of naming (``DESCRIPTIVE``: "proposed", "existing", "efficient",
   "accurate", "downstream", "joint" …, articles and prepositions), and its words before the head are
   not all model-class words ("LLM reasoning", "model training": ``CLASS_WORDS``);
3. it is not generic (``generic.txt``) and no spelling of it (singular / plural, hyphen / space,
   -ization / -isation) is already a lexicon form;
4. its spellings together occur in at least ``--min-corpus`` abstracts (chosen by ``--sweep`` on
   SciREX train and TDMSci train; never on a dev split or kg's judged set);
5. it is not in the reviewed rejections ``bench/mine_lexicon_rejects.tsv`` (each with its reason from
   the annotation guide's "Not entities": a description, a field, a class of models, an activity
   that names no established task or method, a property). A line whose reason is ``type=task`` or
   ``type=method`` keeps the phrase and corrects its type (a review of the links on a sample).

Each kept phrase becomes one entry: id = the phrase with hyphens, name = its most frequent spelling,
aliases = its other spellings seen in >= 3 abstracts, plus an acronym the corpus defines for it
("(KD)") when >= 10 abstracts define it so, >= 80% of the corpus's definitions of that acronym have
this long form, and it is no form of any other lexicon entry. Type = the majority SciREX / TDMSci label
when the phrase is labelled >= 3 times (papers + sentences), else the head word's type.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.extract.evaluate import detokenise
from kg.extract.lexicon import default_lexicon_paths, load_lexicon
from kg.extract.shapes import HEAD_TYPES, is_generic

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
REJECTS = Path(__file__).resolve().parent / "mine_lexicon_rejects.tsv"
#: Not shipped: on kg's held-out judged set these entries cost more precision than they gave recall
#: (docs/typing.md). Pass the file to ``kg extract --lexicon`` to use it.
OUTPUT = Path(__file__).resolve().parent / "concepts_mined.jsonl"
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# "knowledge distillation (KD)": up to five words, then a parenthesised acronym.
_DEFINITION = re.compile(r"((?:[A-Za-z][\w\-]*\s+){0,4}[A-Za-z][\w\-]*)\s+\(([A-Z][A-Za-z0-9\-]{1,7}s?)\)")
# Heads of established terms that HEAD_TYPES leaves out (not type cues on their own).
EXTRA_HEADS = {
    "reasoning": "task",
    "engineering": "method",
    "editing": "task",
    "unlearning": "method",
    "discovery": "task",
    "driving": "task",
    "inference": "method",
    "analysis": "task",  # counted, but no name head: "error analysis", "in-depth analysis"
    "clustering": "method",
    "denoising": "task",
    "inpainting": "task",
    "navigation": "task",
    "manipulation": "task",
    "grasping": "task",
    "planning": "task",
    "prediction": "task",
    "restoration": "task",
    "enhancement": "task",
    "compression": "task",
    "verification": "task",
    "modeling": "method",
    "modelling": "method",
    "steering": "method",
    "merging": "method",
    "spotting": "task",
    "diarization": "task",
    "identification": "task",
    "re-identification": "task",
    "super-resolution": "task",
    "transfer": "method",
    "filtering": "method",
    "descent": "method",
    "splatting": "method",
}


# Rule 1: the last word names a kind of learning / technique or a task (not a container).
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


NAME_HEADS = _words(
    """learning detection recognition classification segmentation translation answering summarization
    summarisation parsing tagging extraction tracking captioning localization localisation forecasting
    completion labeling labelling retrieval reconstruction synthesis estimation generation understanding
    linking matching distillation prompting fine-tuning tuning optimization optimisation attention
    augmentation regression search sampling quantization pruning alignment embedding embeddings
    splatting descent propagation regularization normalization decoding"""
) | frozenset(EXTRA_HEADS)
# Vague: "error analysis", "visual understanding".
NAME_HEADS = NAME_HEADS.difference(["analysis", "understanding"])
# Rule 2: words that describe a thing instead of naming it.
DESCRIPTIVE = _words(
    """a an the of for and or in on to with by from via our this that these its their we is are be as at
    which can using based new novel proposed existing such more most other different various multiple
    previous prior traditional conventional standard efficient effective robust accurate fast precise
    joint end-to-end real-time high-quality large-scale automatic automated final downstream further
    better improved manual initial full overall simple single comprehensive extensive additional
    subsequent future current recent reliable scalable general specific task-specific unified
    advanced several many key better strong stronger weak effective high low higher lower good poor
    same whole entire fine-grained coarse-grained step-by-step deeper complex challenging diverse
    critical important practical underlying given common typical generic both each all any some
    only also well much faster accurately efficiently reliable interpretable consistent dynamic
    adaptive better-quality two three first second large small during through without while into over
    under across between among within after before since upon about against toward towards beyond per
    than when where how what whether improves improve improving improved reduce reduces reducing
    increasing increased growing gained gaining significant considerable widespread great greater
    explicit explicitly implicit intermediate internal next detailed in-depth systematic theoretical
    empirical comparative qualitative quantitative preliminary thorough careful extensive
    enhance enhances enhancing enhanced boost boosting enable enabling achieve achieving little less
    limited remarkable substantial superior correct coherent extended nuanced requires require not
    accelerate slow stable direct high-fidelity human-like high-level long jointly state-of-the-art
    classical per-scene iterative structured grounded verifiable hierarchical collaborative"""
)
# Rule 2: words that name a class of models or the thing itself, not what the phrase is about.
CLASS_WORDS = _words(
    """llm llms lm lms mllm mllms vlm vlms lvlm lvlms slm slms model models ai agent agents agentic
    network networks neural deep learning machine system systems method methods data task tasks
    language"""
)
# Labels decide the type only when there are this many (else the head word does).
MIN_LABELS = 3
_STOP = frozenset(["a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "with", "by", "from", "via"])


def key(text: str) -> str:
    """The matching key of a phrase: lower-case words (hyphenated words kept whole).

    >>> key("In-Context  Learning (ICL)")
    'in-context learning icl'
    """
    return " ".join(_WORD.findall(text.lower()))


def group_key(phrase: str) -> str:
    """One key for a phrase's spellings: hyphens as spaces, British -isation, a final plural "s" dropped.

    >>> group_key("graph neural networks") == group_key("graph-neural network")
    True
    >>> group_key("model quantisation"), group_key("texture synthesis")
    ('model quantization', 'texture synthesis')
    """
    words = phrase.replace("-", " ").split()
    words = [re.sub(r"isation(s?)$", r"ization\1", w) for w in words]
    if (
        words
        and len(words[-1]) > 3
        and words[-1].endswith("s")
        and not words[-1].endswith(("ss", "is", "us"))
    ):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def display(phrase: str) -> str:
    """The canonical spelling of a lower-case key: "3D", "2D", "KV" written as in the rest of the lexicon.

    >>> display("3d scene generation"), display("kv-cache compression")
    ('3D scene generation', 'KV-cache compression')
    """
    return re.sub(r"\b(?:[1-4]d|kv|sql|ct|mri|cad)\b", lambda m: m.group(0).upper(), phrase)


def _lower_phrase(text: str) -> bool:
    return text == text.lower() and any(ch.isalpha() for ch in text)


def scirex(path: Path) -> dict[str, Counter[str]]:
    """``{key: Counter({"Method": papers, "Task": papers})}`` for lower-case SciREX mentions."""
    out: dict[str, Counter[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            words = doc["words"]
            seen: set[tuple[str, str]] = set()
            for start, end, kind in doc["ner"]:
                if kind not in ("Method", "Task"):
                    continue
                text = detokenise(" ".join(words[start:end]))
                if _lower_phrase(text) and (k := key(text)):
                    seen.add((k, kind))
            for k, kind in seen:
                out.setdefault(k, Counter())[kind] += 1
    return out


def tdmsci(path: Path) -> Counter[str]:
    """Lower-case TDMSci TASK mentions, by sentence."""
    out: Counter[str] = Counter()
    current: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        tag = parts[2] if len(parts) == 3 else "O"
        if current and not tag.startswith("I-"):
            text = detokenise(" ".join(current))
            if _lower_phrase(text):
                out[key(text)] += 1
            current = []
        if tag in ("B-TASK", "I-TASK"):
            current.append(parts[0])
    return out


def texts(path: Path) -> Iterator[str]:
    """Each corpus record's title + abstract."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            yield f"{row['title']} . {row['summary']}"


@dataclass
class CorpusCounts:
    """Abstract counts: wanted phrases, head-word-final n-grams, acronym definitions (tail, acronym)."""

    found: Counter[str]
    headed: Counter[str]
    defined: Counter[tuple[str, str]]
    acronyms: Counter[str]


def corpus_counts(path: Path, wanted: set[str], more_heads: Iterable[str] = ()) -> CorpusCounts:
    """Count, per abstract, the wanted phrases, the head-final n-grams and the acronym definitions.

    The n-grams counted end in a method or task head (``HEAD_TYPES``, ``EXTRA_HEADS``, ``more_heads``).
    """
    out = CorpusCounts(Counter(), Counter(), Counter(), Counter())
    heads = {w for w, t in HEAD_TYPES.items() if t in ("method", "task")} | set(EXTRA_HEADS) | set(more_heads)
    for text in texts(path):
        words = _WORD.findall(text.lower())
        grams: set[str] = set()
        for i in range(len(words)):
            for n in range(1, 5):
                if i + n > len(words):
                    break
                grams.add(" ".join(words[i : i + n]))
        out.found.update(grams & wanted)
        out.headed.update(
            g for g in grams if " " in g and g.rsplit(" ", 1)[1] in heads and g.split(" ", 1)[0] not in _STOP
        )
        pairs: set[tuple[str, str]] = set()
        for match in _DEFINITION.finditer(text):
            tail = key(match.group(1)).split()
            acronym = match.group(2)
            out.acronyms[acronym] += 1
            pairs.update((" ".join(tail[-n:]), acronym) for n in range(1, min(len(tail), 5) + 1))
        out.defined.update(pairs)
    return out


def save_counts(counts: CorpusCounts, path: Path) -> None:
    """Write the corpus counts as JSON (the corpus pass takes minutes)."""
    data = {
        "found": counts.found,
        "headed": counts.headed,
        "defined": [[t, a, n] for (t, a), n in sorted(counts.defined.items())],
        "acronyms": counts.acronyms,
    }
    path.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")


def load_counts(path: Path) -> CorpusCounts:
    """Read counts written by :func:`save_counts`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    defined = Counter({(t, a): n for t, a, n in data["defined"]})
    return CorpusCounts(Counter(data["found"]), Counter(data["headed"]), defined, Counter(data["acronyms"]))


def read_rejects(path: Path = REJECTS) -> dict[str, str]:
    """The reviewed rejections: ``phrase<TAB>reason`` lines (``#`` comments), keyed by group key."""
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, _, reason = line.partition("\t")
            out[group_key(phrase.strip())] = reason.strip()
    return out


def shape_ok(phrase: str) -> bool:
    """Rules 1 and 2: 2-4 words, a naming head, no describing word, not only model-class modifiers.

    >>> [shape_ok(p) for p in ("knowledge distillation", "proposed method", "llm reasoning",
    ...                        "downstream tasks", "efficient fine-tuning", "semantic segmentation")]
    [True, False, False, False, False, True]
    """
    words = phrase.split()
    if not 2 <= len(words) <= 4 or words[-1] not in NAME_HEADS:
        return False
    if any(w in DESCRIPTIVE or w.isdigit() or len(w) < 2 for w in words) or len(set(words)) < len(words):
        return False
    if any(_initialism(w, words[:i]) for i, w in enumerate(words) if i):
        return False  # "chain-of-thought cot reasoning": an acronym inside the phrase
    return not all(w in CLASS_WORDS or w in NAME_HEADS for w in words[:-1])


def _initialism(short: str, words: list[str]) -> bool:
    """Is ``short`` the initials of the last few (hyphen-split) ``words``? ("cot", "t2i", "kd").

    >>> _initialism("cot", ["chain-of-thought"]), _initialism("t2i", ["text-to-image"])
    (True, True)
    >>> _initialism("kd", ["big"])
    False
    """
    parts = [p for w in words for p in w.split("-") if p]
    letters = short.lower().replace("2", "t").replace("4", "f")
    if letters.endswith("s") and len(letters) > 2:
        letters = letters[:-1]
    return len(letters) >= 2 and any("".join(p[0] for p in parts[j:]) == letters for j in range(len(parts)))


def _initials_of(acronym: str, form: str) -> bool:
    """Strictly the initials of the form's (hyphen-split) words: "KD" of "knowledge distillation".

    >>> _initials_of("KD", "knowledge distillation"), _initials_of("RRG", "report generation")
    (True, False)
    """
    letters = acronym.lower()
    if acronym.endswith("s") and len(acronym) > 2:
        letters = letters[:-1]
    return letters == "".join(p[0] for p in form.replace("-", " ").split())


def longer_counts(headed: Counter[str]) -> dict[str, int]:
    """For each phrase, the abstract count of the most frequent phrase that is it with one word in front."""
    out: dict[str, int] = {}
    for g, m in headed.items():
        if " " in g:
            tail = g.split(" ", 1)[1]
            out[tail] = max(out.get(tail, 0), m)
    return out


def is_fragment(n: int, longest: int) -> bool:
    """Is a phrase seen in ``n`` abstracts mostly the tail of one longer phrase (seen in ``longest``)?

    "carlo tree search" (Monte Carlo tree search), "relative policy optimization" (Group Relative …).

    >>> is_fragment(154, 150), is_fragment(1000, 40)
    (True, False)
    """
    return 2 * longest >= n


@dataclass(frozen=True)
class Concept:
    """One entry the rule keeps, with the counts that justify it."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    abstracts: int
    scirex_method: int
    scirex_task: int
    tdmsci_task: int

    def row(self) -> dict[str, object]:
        """The lexicon JSONL row."""
        row: dict[str, object] = {"id": self.id, "type": self.type, "name": self.name}
        if self.aliases:
            row["aliases"] = list(self.aliases)
        return row


def _acronym(
    forms: Iterable[str], by_tail: dict[str, list[tuple[str, int]]], counts: CorpusCounts, taken: set[str]
) -> str | None:
    best = None
    for form in forms:
        for acronym, n in by_tail.get(form, []):
            if n < 10 or acronym.lower() in taken or not _initials_of(acronym, form):
                continue
            if n >= 0.8 * counts.acronyms[acronym] and (best is None or n > best[1]):
                best = (acronym, n)
    return best[0] if best else None


def keep(
    counts: CorpusCounts,
    sx: dict[str, Counter[str]],
    td: Counter[str],
    known: set[str],
    min_corpus: int,
    rejects: dict[str, str],
) -> list[Concept]:
    """The concepts the rule keeps (module docstring), sorted by id."""
    groups: dict[str, Counter[str]] = {}
    longest = longer_counts(counts.headed)
    for phrase, n in counts.headed.items():
        fragment = is_fragment(n, longest.get(phrase, 0))
        if n >= 3 and shape_ok(phrase) and not is_generic(phrase) and not fragment:
            groups.setdefault(group_key(phrase), Counter())[phrase] = n
    known_groups = {group_key(k) for k in known}
    taken = {k.lower() for k in known}
    by_tail: dict[str, list[tuple[str, int]]] = {}
    for (tail, acronym), n in sorted(counts.defined.items()):
        if n >= 10:
            by_tail.setdefault(tail, []).append((acronym, n))
    out = []
    for gk, spellings in groups.items():
        total = sum(spellings.values())
        review = rejects.get(gk, "")
        if total < min_corpus or gk in known_groups or (gk in rejects and not review.startswith("type=")):
            continue
        forms = [f for f, _ in sorted(spellings.items(), key=lambda kv: (-kv[1], kv[0]))]
        label = Counter[str]()
        for f in forms:
            label.update(sx.get(f, Counter()))
            label["Task"] += td[f]
        head = forms[0].rsplit(" ", 1)[1]
        head_type = HEAD_TYPES.get(head) or EXTRA_HEADS.get(head) or "method"
        labelled = label["Task"] + label["Method"] >= MIN_LABELS
        kind = ("task" if label["Task"] > label["Method"] else "method") if labelled else head_type
        kind = review[len("type=") :] if review.startswith("type=") else kind
        acronym = _acronym(forms, by_tail, counts, taken)
        aliases = tuple(forms[1:]) + ((acronym,) if acronym else ())
        taken.update(f.lower() for f in (*forms, *aliases))
        out.append(
            Concept(
                id=forms[0].replace(" ", "-"),
                type=kind,
                name=display(forms[0]),
                aliases=tuple(display(a) for a in aliases),
                abstracts=total,
                scirex_method=label["Method"],
                scirex_task=label["Task"] - sum(td[f] for f in forms),
                tdmsci_task=sum(td[f] for f in forms),
            )
        )
    return sorted(out, key=lambda c: c.id)


HEADER = """\
# Lower-case methods and tasks chosen by the rule of bench/mine_lexicon.py (generated: do not edit by hand;
# run `python bench/mine_lexicon.py --rule --write --min-corpus {min_corpus}`, reject by adding to
# bench/mine_lexicon_rejects.tsv). Corpus: the CC0 arXiv abstracts; labels for the type: SciREX train and
# TDMSci train (Apache-2.0). --min-corpus {min_corpus} was chosen with --sweep on those train splits.
"""


def write(concepts: list[Concept], path: Path, min_corpus: int) -> None:
    """Write the generated lexicon file (deterministic: sorted ids, fixed key order)."""
    lines = [json.dumps(c.row(), ensure_ascii=False) for c in sorted(concepts, key=lambda c: c.id)]
    path.write_text(HEADER.format(min_corpus=min_corpus) + "\n".join(lines) + "\n", encoding="utf-8")


def sweep(concepts: list[Concept], thresholds: list[int], data: Path) -> None:
    """Method / Task P/R/F1 on SciREX train (every 3rd paper) and TDMSci train, entries of each threshold."""
    import tempfile
    from functools import partial

    from kg.extract.evaluate import read_gold, score
    from kg.extract.extractor import extract_text

    lab = data / "labelled"
    gold = {
        "scirex/3": [
            s for s in read_gold(lab / "scirex_train.jsonl.gz", "scirex") if hash_doc(s.doc_id) % 3 == 0
        ],
        "tdmsci": read_gold(lab / "tdmsci_train.conll", "tdmsci"),
    }
    print("min_corpus\tentries\tset\tMethod P/R/F1\tTask P/R/F1")
    for t in [0, *thresholds]:
        chosen = [c for c in concepts if c.abstracts >= t] if t else []
        with tempfile.TemporaryDirectory() as tmp:
            extra = Path(tmp) / "x.jsonl"
            extra.write_text("".join(json.dumps(c.row()) + "\n" for c in chosen), encoding="utf-8")
            run = partial(extract_text, extra_lexicons=[extra])
            for name, sentences in gold.items():
                rows = score(sentences, extract=run).rows()
                cells = [
                    "/".join(f"{rows[k]['exact'][m]:.3f}" for m in ("p", "r", "f1")) if k in rows else "-"
                    for k in ("Method", "Task")
                ]
                print(t or "none", len(chosen), name, *cells, sep="\t", flush=True)


def hash_doc(doc_id: str) -> int:
    """A stable small hash of a document id (for the every-3rd-paper subset)."""
    return sum(map(ord, doc_id))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--min-corpus", type=int, default=30)
    parser.add_argument("--top", type=int, default=0, help="print only the N most frequent")
    parser.add_argument("--counts", type=Path, help="corpus counts cache (read if present, else written)")
    parser.add_argument("--rule", action="store_true", help="print (or --write) what the rule keeps")
    parser.add_argument("--write", action="store_true", help=f"write {OUTPUT.name}")
    parser.add_argument("--sweep", type=int, nargs="*", help="min-corpus values to score on train splits")
    args = parser.parse_args(argv)
    lab = args.data / "labelled"
    sx = scirex(lab / "scirex_train.jsonl.gz")
    td = tdmsci(lab / "tdmsci_train.conll")
    paths = [p for p in default_lexicon_paths() if p != OUTPUT]
    known = {key(f) for e in load_lexicon(paths).entries for f in e.forms}
    if args.counts and args.counts.exists():
        counts = load_counts(args.counts)
    else:
        counts = corpus_counts(args.data / "arxiv_cs_2025_2026.jsonl.gz", set(sx) | set(td))
        if args.counts:
            save_counts(counts, args.counts)
    if args.sweep:
        # Score against the lexicon without the generated file: set it aside while sweeping.
        aside = OUTPUT.with_suffix(".sweep")
        if OUTPUT.exists():
            OUTPUT.rename(aside)
        try:
            sweep(keep(counts, sx, td, known, min(args.sweep), read_rejects()), args.sweep, args.data)
        finally:
            if aside.exists():
                aside.rename(OUTPUT)
        return 0
    if args.rule:
        concepts = keep(counts, sx, td, known, args.min_corpus, read_rejects())
        if args.write:
            write(concepts, OUTPUT, args.min_corpus)
            print(f"wrote {len(concepts)} entries to {OUTPUT}", file=sys.stderr)
            return 0
        print("abstracts\tscirex_method\tscirex_task\ttdmsci_task\ttype\tname\taliases")
        for c in sorted(concepts, key=lambda c: (-c.abstracts, c.id)):
            cells = (
                c.abstracts,
                c.scirex_method,
                c.scirex_task,
                c.tdmsci_task,
                c.type,
                c.name,
                "|".join(c.aliases),
            )
            print(*cells, sep="\t")
        return 0
    return _candidates(counts, sx, td, known, args.min_corpus, args.top)


def _candidates(
    counts: CorpusCounts,
    sx: dict[str, Counter[str]],
    td: Counter[str],
    known: set[str],
    min_corpus: int,
    top: int,
) -> int:
    merged = counts.found | Counter({g: n for g, n in counts.headed.items() if n >= min_corpus})
    rows = []
    for phrase, n in merged.items():
        if n < min_corpus or phrase in known or is_generic(phrase) or phrase.split()[0] in _STOP:
            continue
        methods, tasks = sx.get(phrase, Counter())["Method"], sx.get(phrase, Counter())["Task"]
        head = HEAD_TYPES.get(phrase.rsplit(" ", 1)[-1], "")
        kind = "task" if tasks + td[phrase] > methods else "method" if methods else head
        rows.append((n, methods, tasks, td[phrase], kind, phrase))
    rows.sort(key=lambda r: (-r[0], r[5]))
    print("corpus\tscirex_method\tscirex_task\ttdmsci_task\ttype\tphrase")
    for row in rows[: top or None]:
        print("\t".join(map(str, row)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
