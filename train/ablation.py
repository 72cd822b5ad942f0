"""Ablation of the trained mention source on the data it was trained on, by cross-validation.

    python train/ablation.py > ablation_cv.json

SciREX train and TDMSci train are split into 5 folds (SciREX by paper, TDMSci by sentence: index mod 5).
For each fold a model trained with the shipped settings (kg/extract/model/phrases.json: thresholds,
corroboration table and training settings) on the other folds scores the held-out fold: rules only,
model only, rules + model,
each sentence alone and by document. Counts are pooled over the folds; P/R/F1 per type (exact match)
are printed as JSON. Data the model never trained on (SciER, SciERC) is scored with ``kg evaluate
--mode rules|model|both`` directly.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "train"))

from train_model import DATA, fit, tdmsci_docs  # noqa: E402

from kg.extract.component import KGEntities  # noqa: E402
from kg.extract.evaluate import SCHEMES, Scores, _prf, _score_paper, predict, score  # noqa: E402
from kg.extract.extractor import _mentions  # noqa: E402
from kg.extract.gold import read_tdmsci  # noqa: E402
from kg.extract.learned import MODEL_PATH, PhraseModel  # noqa: E402
from kg.extract.lexicon import default_lexicon_paths, load_lexicon  # noqa: E402
from kg.extract.scirex import read_scirex_docs  # noqa: E402
from kg.extract.tokenizer import FastTokenizer  # noqa: E402
from kg.model import Mention  # noqa: E402


def component(model: PhraseModel | None) -> Callable[[str], list[Mention]]:
    """The real extractor (lexicon, rules, roles) with ``model`` as its trained source."""
    nlp = spacy.blank("en")
    nlp.tokenizer = FastTokenizer(nlp.vocab)
    comp = KGEntities(nlp, "kg_entities", load_lexicon(default_lexicon_paths()), model=model or False)

    def run(text: str) -> list[Mention]:
        cands, sentences = comp.extract(text, 0)
        return _mentions(cands, sentences, text, "", "")

    return run


def model_alone(model: PhraseModel) -> Callable[[str], list[Mention]]:
    def run(text: str) -> list[Mention]:
        return [
            Mention("", c.type, c.name, "", "used", c.name, c.start, c.end, "abstract", "", c.confidence,
                    c.source, c.rule)
            for c in model.candidates(text)
        ]  # fmt: skip

    return run


def add(total: dict[str, Counter[str]], scores: Scores) -> None:
    for kind, c in scores.counts.items():
        total[kind].update(c)


def table(total: dict[str, Counter[str]]) -> dict[str, list[float]]:
    out = {}
    for kind, c in sorted(total.items()):
        r = _prf(c["exact_tp"], c["pred"], c["gold"], 0)
        out[kind] = [r["p"], r["r"], r["f1"], c["gold"]]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    settings = argparse.Namespace(**shipped["settings"])
    docs = list(read_scirex_docs(args.data / "scirex_train.jsonl.gz"))
    tdm_gold = list(read_tdmsci(args.data / "tdmsci_train.conll"))
    tdm = tdmsci_docs(args.data / "tdmsci_train.conll")
    rules = component(None)
    totals: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    papers: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for fold in range(args.folds):
        train_docs = [d for n, d in enumerate(docs) if n % args.folds != fold]
        train_tdm = [t for n, t in enumerate(tdm) if n % args.folds != fold]
        model = fit(train_docs, train_tdm, settings, shipped["threshold"], shipped.get("table"))
        model.thresholds = dict(shipped.get("thresholds", {}))
        held = [s for n, d in enumerate(docs) if n % args.folds == fold for s in d.sentences]
        held_tdm = [s for n, s in enumerate(tdm_gold) if n % args.folds == fold]
        runs = {"rules": rules, "model": model_alone(model), "both": component(model)}
        for mode, run in runs.items():  # SciREX paper level: result-link entities among a paper's names
            for n, doc in enumerate(docs):
                if n % args.folds == fold:
                    mentions = [m for ms in predict(list(doc.sentences), run, True) for m in ms]
                    _score_paper(doc.paper, mentions, papers[mode])
        for data, gold in (("scirex", held), ("tdmsci", held_tdm)):
            for by_document in (False, True):
                for mode, run in runs.items():
                    scores = score(gold, SCHEMES[data], by_document=by_document, extract=run)
                    add(totals[f"{data}|{'document' if by_document else 'sentence'}|{mode}"], scores)
        print(json.dumps({"fold": fold, "done": True}), file=sys.stderr, flush=True)
    out = {key: table(total) for key, total in sorted(totals.items())}
    for mode, counts in sorted(papers.items()):
        out[f"scirex|paper|{mode}"] = {
            kind: [
                (r := _prf(c["tp_pred"], c["pred"], c["gold"], c["tp_gold"]))["p"],
                r["r"],
                r["f1"],
                c["gold"],
            ]
            for kind, c in sorted(counts.items())
        }
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
