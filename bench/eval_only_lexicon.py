"""Lexicon forms that occur in an evaluation (dev) split and nowhere else we can see.

    python bench/eval_only_lexicon.py            # list them
    python bench/eval_only_lexicon.py --apply    # drop them from kg/extract/lexicon/*.jsonl

A form (an entry's name or alias) is *eval-only* when it occurs, as a whole word and ignoring case,
in ``scier_dev`` or ``scierc_dev`` but in none of the 74,728 corpus titles and abstracts, the train
splits (SciER, SciERC, TDMSci) or the SciREX papers. Such a form was most likely added by reading
dev misses: it inflates the dev score and helps no user. ``--apply`` removes those aliases; an entry
whose name is eval-only and none of whose other forms occurs anywhere outside dev is removed whole
(an entry whose name is eval-only but an alias is real keeps its place, the alias becoming its name).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.extract.evaluate import detokenise
from kg.extract.lexicon import default_lexicon_paths

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def _rows(path: Path) -> Iterator[dict[str, object]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _scierc(row: dict[str, object]) -> str:
    return detokenise(" ".join(" ".join(s) for s in row["sentences"]))  # type: ignore[attr-defined]


def _abstract(row: dict[str, object]) -> str:
    return f"{row['title']} {' '.join(str(row['summary']).split())}"


def _text(path: Path, field: Callable[[dict[str, object]], str]) -> str:
    return "\n".join(field(r) for r in _rows(path)).lower() if path.exists() else ""


def _tdmsci(path: Path) -> str:
    if not path.exists():
        return ""
    words = [line.split()[0] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return detokenise(" ".join(words)).lower()


def texts(data: Path) -> tuple[str, str]:
    """``(dev text, everything else)``, lower-cased."""
    lab = data / "labelled"
    dev = "\n".join(
        [
            _text(lab / "scier_dev.jsonl", lambda r: detokenise(str(r["sentence"]))),
            _text(lab / "scierc_dev.json", _scierc),
        ]
    )
    others = "\n".join(
        [
            _text(
                data / "arxiv_cs_2025_2026.jsonl.gz",
                lambda r: f"{r['title']} {' '.join(str(r['summary']).split())}",
            ),
            _text(lab / "scier_train.jsonl", lambda r: detokenise(str(r["sentence"]))),
            _text(lab / "scierc_train.json", _scierc),
            _text(lab / "scirex_train.jsonl.gz", lambda r: detokenise(" ".join(r["words"]))),  # type: ignore[arg-type]
            _tdmsci(lab / "tdmsci_train.conll"),
        ]
    )
    return dev, others


def occurs(form: str, text: str) -> bool:
    """``form`` as a whole word (no letter or digit on either side) in lower-cased ``text``."""
    key = form.lower()
    if key not in text:
        return False
    return re.search(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", text) is not None


def eval_only(forms: list[str], dev: str, others: str) -> list[str]:
    """The forms found in ``dev`` and not in ``others``."""
    return sorted({f for f in forms if occurs(f, dev) and not occurs(f, others)})


def _rewrite(path: Path, drop: set[str], others: str) -> list[str]:
    removed, lines = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            lines.append(line)
            continue
        forms = [row["name"], *row.get("aliases", [])]
        if not drop.intersection(forms):
            lines.append(line)
            continue
        kept = [f for f in forms if f not in drop]
        if row["name"] in drop and not any(occurs(f, others) for f in kept):
            removed.append(f"{row['type']}:{row['id']} (entry)")
            continue
        removed += [f"{row['type']}:{row['id']} alias {f!r}" for f in forms if f in drop]
        row["name"], row["aliases"] = kept[0], kept[1:]
        if not row["aliases"]:
            del row["aliases"]
        lines.append(json.dumps(row, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--apply", action="store_true", help="remove the eval-only forms from the lexicon")
    args = parser.parse_args(argv)
    if not (args.data / "labelled" / "scier_dev.jsonl").exists():
        print(f"no data under {args.data}", file=sys.stderr)
        return 1
    dev, others = texts(args.data)
    forms = []
    for path in default_lexicon_paths():
        for row in _rows(path):
            forms += [str(row["name"]), *map(str, row.get("aliases", []))]  # type: ignore[call-overload]
    found = eval_only(forms, dev, others)
    print(json.dumps({"forms": len(set(forms)), "eval_only": found}, indent=1))
    if args.apply:
        for path in default_lexicon_paths():
            for line in _rewrite(path, set(found), others):
                print(f"{path.name}: removed {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
