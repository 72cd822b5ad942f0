"""Dataset and benchmark recall, session 20 (docs/typing.md rule 398; rule 399 was dropped). Texts are
made up in the shape of the corpus cases; each test of a missed name fails before the rule, and the guards
keep their names unlinked."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text

_DATA = ("dataset", "benchmark")


def _data(text: str) -> set[str]:
    """The surfaces linked as a dataset or benchmark."""
    return {m.text for m in extract_text(text) if m.type in _DATA}


# Rule 398: a list a data head opens or closes, with a known dataset among its items.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # the last item before a verb
            "Experiments on datasets including GTSRB, TT100K, and GTSDB demonstrate gains in accuracy.",
            {"TT100K", "GTSDB"},
        ),
        (  # plain capitalised words in a list closed by a data head
            "Our codec saves 15% BD-rate on the Kodak, Tecnick, and CLIC benchmarks, respectively.",
            {"Tecnick"},
        ),
        (
            "Experiments on five benchmark datasets -- CIFAR-10, CIFAR-100, SVHN, Imagenette, and "
            "Imagewoof -- demonstrate that the network consistently achieves gains.",
            {"Imagenette"},
        ),
        (  # the first item after the head itself
            "Evaluations on benchmark datasets TVSum20 and SumMe show that the summariser is the best.",
            {"TVSum20"},
        ),
        (  # a clause subject after the list is no item
            "On knowledge discovery benchmarks, including GAIA, WebWalkerQA, and BrowseCamp, FooAgent "
            "consistently outperforms the baselines.",
            {"BrowseCamp"},
        ),
        (
            "Across RAG benchmarks such as TyDi QA, HotpotQA, and Musique, retrieval helps.",
            {"Musique"},
        ),
    ],
)
def test_governed_list_items_are_data(text: str, names: set[str]) -> None:
    assert names <= _data(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # no data head governs the list
        ("On COCO, Tecnick improves the detector.", "Tecnick"),
        # a word the paper also writes in lower case is an ordinary word
        ("On benchmarks such as GSM8K and Countdown, the countdown length matters.", "Countdown"),
        # the last item is cut by a number or a capital: the item goes on ("Assembly 101")
        ("Evaluated across three benchmarks, Breakfast, 50 Salads, and Assembly 101, it wins.", "Assembly"),
        ("Using datasets such as BUSI, BUS-BRA, and BrEaST-Lesions USG, we test.", "BrEaST-Lesions"),
        # a plain word needs its slot's end, and may not stand right after the head
        ("Tuning helps on VidLM benchmarks, such as VideoMME and Perception text.", "Perception"),
        ("The team released two tailored datasets Lens and AdsQA as test sets.", "Lens"),
    ],
)
def test_governed_list_guards(text: str, absent: str) -> None:
    assert absent not in _data(text)
