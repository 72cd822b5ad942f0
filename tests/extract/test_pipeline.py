"""The spaCy component: registration, doc.ents, longest match, case rules, determinism."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import spacy

from kg.extract import load_pipeline
from kg.model import Mention


def test_component_works_for_any_spacy_user(mini_lexicon: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_entities", config={"extra_lexicons": [str(mini_lexicon)]})
    doc = nlp("We train Quuxformer on Zorblax XL.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("Quuxformer", "METHOD", "method:quuxformer"),
        ("Zorblax XL", "DATASET", "dataset:zorblax-xl"),
    ]
    assert [m.rule for m in doc._.kg_mentions] == ["lexicon.cased", "lexicon"]


def test_load_pipeline_is_cached_and_has_the_component(mini_lexicon: Path) -> None:
    nlp = load_pipeline([mini_lexicon])
    assert nlp is load_pipeline([mini_lexicon])
    assert nlp.pipe_names == ["kg_entities"]
    assert [e.ent_id_ for e in nlp("Zorblax-XL and Quux Former").ents] == [
        "dataset:zorblax-xl",
        "method:quuxformer",
    ]


def test_longest_match_wins(extract: Callable[..., list[Mention]]) -> None:
    ms = extract("We fine-tune Quuxformer Large on the Zorblax XL split.")
    assert [(m.text, m.entity_id) for m in ms] == [
        ("Quuxformer Large", "model:quuxformer-large"),
        ("Zorblax XL", "dataset:zorblax-xl"),
    ]


def test_hyphen_and_space_variants_match(extract: Callable[..., list[Mention]]) -> None:
    ms = extract("Results on Zorblax-XL, and on Zorblax XL again.")
    assert [m.entity_id for m in ms] == ["dataset:zorblax-xl", "dataset:zorblax-xl"]


def test_ambiguous_names_match_only_as_written(extract: Callable[..., list[Mention]]) -> None:
    assert [m.entity_id for m in extract("Scores on Plinth improve.")] == ["benchmark:plinth"]
    assert extract("The plinth of the statue.") == []
    assert extract("PLINTH is loud.") == []


def test_same_input_same_output(extract: Callable[..., list[Mention]]) -> None:
    text = "We introduce FooBench, a benchmark. We evaluate Quuxformer on Zorblax and BarQA."
    assert extract(text) == extract(text)


def test_saved_pipeline_loads_with_spacy_load_in_a_fresh_process(tmp_path: Path, mini_lexicon: Path) -> None:
    """The ``spacy_factories`` / ``spacy_tokenizers`` entry points let plain ``spacy.load`` find
    ``kg_entities`` and kg's tokenizer without importing kg first (else spaCy raises E002)."""
    load_pipeline([mini_lexicon]).to_disk(tmp_path / "nlp")
    code = (
        "import sys, spacy\n"
        "assert 'kg' not in sys.modules\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp('We train Quuxformer on Zorblax XL.')\n"
        "print(nlp.pipe_names, type(nlp.tokenizer).__name__, [(e.text, e.ent_id_) for e in doc.ents])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "nlp")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == (
        "['kg_entities'] FastTokenizer "
        "[('Quuxformer', 'method:quuxformer'), ('Zorblax XL', 'dataset:zorblax-xl')]"
    )
