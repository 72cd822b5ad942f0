"""The fuzz suite: hostile records mixed into clean ones, in every format, compression and line ending.

For every generated file: no traceback, no hang (a deadline per example), records read +
records reported == records given (no silent drop), and every clean record comes out
exactly as it does when its file holds only clean records (no good record lost or
altered by what surrounds it). Seeded (``derandomize``), so every CI run tries the same
>= 10,000 records; the last test checks that figure and prints the tally.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import string
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.model import Paper, ReadFailure
from kg.readers import detect_format, read_files
from tests.readers.hostile import ABSORBS, COMPRESSIONS, ENDINGS, FORMATS, HOSTILE, clean, frame, pack

RECORDS = 40
EXAMPLES = 30
TALLY: Counter[str] = Counter()
SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=timedelta(seconds=10),  # a hang fails the example
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
ALPHABET = string.ascii_letters + string.digits + "éüßΩ中"


def _words(rng: random.Random, most: int) -> str:
    return " ".join("".join(rng.choices(ALPHABET, k=rng.randint(1, 8))) for _ in range(rng.randint(1, most)))


@st.composite
def listings(draw: st.DrawFn, fmt: str) -> dict[str, object]:
    n_hostile = len(HOSTILE[fmt])
    slots = draw(st.lists(st.none() | st.integers(0, n_hostile - 1), min_size=RECORDS, max_size=RECORDS))
    if fmt == "hf_page":  # text before the first / after the last paper is page chrome; see ABSORBS
        slots = [
            None if i in (0, RECORDS - 1) or slots[i - 1] is not None else s for i, s in enumerate(slots)
        ]
    rng = random.Random(draw(st.integers(0, 2**32)))
    texts = [
        (f"Clean {i} {_words(rng, 6)}", _words(rng, 12), [_words(rng, 3) for _ in range(rng.randint(0, 3))])
        for i in range(RECORDS)
    ]
    return {
        "slots": slots,
        "texts": texts,
        "compression": draw(st.sampled_from(COMPRESSIONS)),
        "ending": draw(st.sampled_from(ENDINGS)),
        "bom": draw(st.booleans()),
    }


def _without_source(p: Paper) -> tuple[object, ...]:
    return tuple(getattr(p, f.name) for f in dataclasses.fields(p) if f.name != "source")


def _write(path: Path, fmt: str, records: list[bytes], case: dict[str, object]) -> Path:
    path.write_bytes(
        pack(frame(fmt, records, str(case["ending"]), bool(case["bom"])), str(case["compression"]))
    )
    return path


def _check(tmp: Path, fmt: str, case: dict[str, object]) -> None:
    slots: list[int | None] = case["slots"]  # type: ignore[assignment]
    texts: list[tuple[str, str, list[str]]] = case["texts"]  # type: ignore[assignment]
    cleans = [clean(fmt, i, *texts[i]) for i in range(RECORDS) if slots[i] is None]
    mixed = [clean(fmt, i, *texts[i]) if s is None else HOSTILE[fmt][s] for i, s in enumerate(slots)]
    alone_path = _write(tmp / f"alone.{fmt}", fmt, cleans, case)
    mixed_path = _write(tmp / f"mixed.{fmt}", fmt, mixed, case)

    assert detect_format(str(alone_path)) == fmt
    alone = read_files([alone_path], merge=False)
    assert not alone.failures and len(alone.papers) == len(cleans)

    result = read_files([mixed_path], format=fmt, merge=False)  # a traceback fails the test here
    assert all(isinstance(f, ReadFailure) and f.source.file == str(mixed_path) for f in result.failures)
    assert all(f.source.line is not None or f.source.record is not None for f in result.failures)
    given = len(mixed) - sum(
        1 for a, b in itertools.pairwise(slots) if a is not None and b in ABSORBS.get((fmt, a), ())
    )
    drops = given - len(result.papers) - len(result.failures)
    clean_out = [_without_source(p) for p in result.papers if p.title.startswith("Clean ")]
    lost = len(alone.papers) - len(clean_out)
    TALLY.update(records=given, hostile=given - len(cleans), examples=1)
    TALLY.update({f"records:{fmt}": given, "silent drops": max(drops, 0), "good lost": max(lost, 0)})
    assert drops == 0, [str(f) for f in result.failures]
    assert clean_out == [_without_source(p) for p in alone.papers]


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_records_cost_only_themselves(fmt: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    @SETTINGS
    @given(case=listings(fmt))
    def run(case: dict[str, object]) -> None:
        _check(tmp_path_factory.mktemp(fmt), fmt, case)

    run()


@SETTINGS
@given(
    fmt=st.sampled_from(["jsonl", "csv", "bibtex", "arxiv_atom", "hf_page"]),
    compression=st.sampled_from(COMPRESSIONS[1:]),
    cut=st.floats(0.05, 0.95),
    garbage=st.booleans(),
)
def test_damaged_compression_keeps_what_decompresses(
    tmp_path_factory: pytest.TempPathFactory, fmt: str, compression: str, cut: float, garbage: bool
) -> None:
    texts = [(f"Clean {i} words here", "an abstract", ["Ann Lee"]) for i in range(200)]
    data = pack(frame(fmt, [clean(fmt, i, *t) for i, t in enumerate(texts)], "\n", False), compression)
    path = tmp_path_factory.mktemp("damaged") / f"damaged.{fmt}"
    path.write_bytes(data + b"trailing garbage" if garbage else data[: max(40, int(len(data) * cut))])
    try:
        result = read_files([path], format=fmt, merge=False)
    except Exception as err:  # a cut inside the header is a whole-file error, never a traceback
        assert type(err).__name__ == "InputError", err
        return
    titles = [p.title for p in result.papers]
    assert titles == [t[0] for t in texts[: len(titles)]]  # a prefix, in order, unaltered
    assert any("compressed data" in f.reason for f in result.failures)
    if garbage:
        assert len(titles) == len(texts)
    TALLY.update(records=len(titles), examples=1, damaged=1)


def test_zz_fuzz_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last: the suite tried enough records; print the tally for the record."""
    if TALLY["examples"] == 0:
        pytest.skip("run with the fuzz tests above")
    per_format = ", ".join(f"{fmt} {TALLY[f'records:{fmt}']}" for fmt in FORMATS)
    with capsys.disabled():
        print(
            f"\nfuzz: {TALLY['records']} records ({TALLY['hostile']} hostile) in {TALLY['examples']} files;"
            f" {per_format}; {TALLY['damaged']} damaged streams; silent drops {TALLY['silent drops']},"
            f" good records lost {TALLY['good lost']}, tracebacks 0, hangs 0"
        )
    assert TALLY["records"] >= 10_000
    assert TALLY["silent drops"] == 0 and TALLY["good lost"] == 0
