"""Readers: turn listing files of any supported format into :class:`~kg.model.Paper` records.

>>> sorted(FORMATS)[:3]
['arxiv_atom', 'arxiv_jsonl', 'bibtex']

See ``docs/formats.md`` for every format, how it is detected and what each field means.
"""

from __future__ import annotations

from kg.readers.detect import detect_format, sniff
from kg.readers.generic import parse_mapping
from kg.readers.hf_page import parse_page
from kg.readers.merge import merge_papers, resolve_references
from kg.readers.read import FORMATS, iter_files, iter_records, read_files

__all__ = [
    "FORMATS",
    "detect_format",
    "iter_files",
    "iter_records",
    "merge_papers",
    "parse_mapping",
    "parse_page",
    "read_files",
    "resolve_references",
    "sniff",
]
