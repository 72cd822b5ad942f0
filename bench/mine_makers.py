"""Mine hardware makers (organisations, docs/typing.md rules 21 and 261) from the CC0 corpus by frequency.

    python bench/mine_makers.py                 # candidates with counts and the review verdicts
    python bench/mine_makers.py --min 5         # another frequency floor

The rule: a capitalised word (one token, "Dell", "MediaTek") written directly before a hardware noun
(GPU, CPU, NPU, TPU, APU, SoC, chip, processor, laptop, smartphone, phone, board, FPGA, aircraft,
robot, headset, camera, sensor) in >= ``--min`` (default 5) corpus abstracts, written with a capital in
>= 90% of its corpus occurrences (so no ordinary word: "Edge", "Mobile"), and no lexicon form of any
type already. Every such candidate is reviewed by hand: kept when it names a company that makes the
hardware, else listed in ``bench/mine_makers_rejects.tsv`` with the reason (a product line, a model,
an adjective, a place, an architecture). Never run on dev sets, pools or the judged set.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from kg.extract.lexicon import default_lexicon_paths, load_lexicon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
_HARDWARE = (
    "GPUs?|CPUs?|NPUs?|TPUs?|APUs?|SoCs?|chips?|processors?|laptops?|smartphones?|phones?|boards?|FPGAs?"
    "|aircraft|robots?|headsets?|cameras?|sensors?"
)
_BEFORE = re.compile(rf"\b([A-Z][A-Za-z]+) (?:{_HARDWARE})\b")
REJECTS = Path(__file__).with_name("mine_makers_rejects.tsv")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=5)
    args = parser.parse_args()
    lexicon = load_lexicon(default_lexicon_paths())
    known = {form.lower() for entry in lexicon.entries for form in entry.forms}
    before: Counter[str] = Counter()
    texts = []
    with gzip.open(CORPUS, "rt") as fh:
        for line in fh:
            text = json.loads(line)["summary"]
            texts.append(text)
            before.update({m.group(1) for m in _BEFORE.finditer(text)})
    rejects = {}
    if REJECTS.exists():
        for row in REJECTS.read_text().splitlines():
            if row and not row.startswith("#"):
                word, reason = row.split("\t")[:2]
                rejects[word] = reason
    for word, n in before.most_common():
        if n < args.min or word.lower() in known:
            continue
        cap = lower = 0
        pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        for text in texts:
            for m in pattern.finditer(text):
                cap += m.group(0) == word
                lower += m.group(0)[0].islower()
        if cap < 0.9 * (cap + lower):
            continue
        print(f"{n}\t{word}\t{rejects.get(word, 'KEEP?')}")


if __name__ == "__main__":
    main()
