"""Named-entity extraction from titles and abstracts: spaCy ``blank("en")`` + lexicon + patterns.

>>> [(m.text, m.type) for m in extract_text("We evaluate on ZorbQA and Quux-Bench.")]
[('ZorbQA', 'dataset'), ('Quux-Bench', 'benchmark')]
"""

from __future__ import annotations

from kg.extract.component import KGEntities, load_pipeline
from kg.extract.extractor import extract_lines, extract_paper, extract_papers, extract_text, lines_to_papers
from kg.extract.lexicon import Lexicon, LexiconEntry, default_lexicon_paths, lint_lexicon, load_lexicon

__all__ = [
    "KGEntities",
    "Lexicon",
    "LexiconEntry",
    "default_lexicon_paths",
    "extract_lines",
    "extract_paper",
    "extract_papers",
    "extract_text",
    "lines_to_papers",
    "lint_lexicon",
    "load_lexicon",
    "load_pipeline",
]
