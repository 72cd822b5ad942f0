"""The spaCy side: the ``kg_entities`` component and :func:`load_pipeline`.

Any spaCy user can add the component to a blank pipeline::

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("kg_entities")
    >>> doc = nlp("We introduce FooBench, a benchmark for code agents.")
    >>> [(e.text, e.label_, e.ent_id_) for e in doc.ents]
    [('FooBench', 'BENCHMARK', 'benchmark:foobench')]
    >>> doc._.kg_mentions[0].role
    'introduced'

``doc.ents`` carry the upper-case type as label and the entity id as ``ent_id_`` (lexicon id when known, else
``"<type>:<slug>"``); ``doc._.kg_mentions`` holds every :class:`Candidate` with its role, confidence, source
and rule, and ``doc._.kg_sentences`` the sentence spans. Set ``doc._.kg_title_len`` before the component runs
when the text starts with a title followed by a blank line (what :func:`kg.extract.extract_paper` does).
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from functools import cache, lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.extract.acronym_tails import acronym_tails
from kg.extract.apposed_own import settle_apposed
from kg.extract.candidates import AMBIGUOUS, Candidate, select_longest, uncut
from kg.extract.data_kinds import names_a_unit, not_records
from kg.extract.definitions import acronym_candidates, reads_redefined
from kg.extract.discovery import discover
from kg.extract.ending_data import after_capitalised_word, capitalised_parts, longer_candidates, modality_pair
from kg.extract.expansions import inside_expansions
from kg.extract.extent import VARIANT, maker_release, maker_start, name_end, suffix_rule
from kg.extract.interrupted import joined_forms
from kg.extract.learned import PhraseModel, add_model, default_model
from kg.extract.lexicon import ABSTRACT_DOMAIN, Lexicon, LexiconEntry, default_lexicon_paths, load_lexicon
from kg.extract.lexicon import corpus_name_extended as corpus_extended
from kg.extract.likeness import describes_likeness
from kg.extract.list_senses import list_partners, list_senses, method_partners
from kg.extract.matcher import CasedMatcher, TokenMatcher, Tokens
from kg.extract.method_lists import headed_partners
from kg.extract.mined import inside_longer_name as mined_inside
from kg.extract.name_typer import ON_BY_DEFAULT, add_names, default_typer
from kg.extract.orphan_copies import orphan_copies
from kg.extract.own_types import own_types
from kg.extract.precision import (
    PROPER_TYPES,
    context_rejects,
    hyphen_context,
    inside_longer_name,
    lost_capitals,
    not_cited_authors,
    outside_urls,
)
from kg.extract.roles import assign_roles
from kg.extract.sentences import split_sentences
from kg.extract.shapes import (
    is_adjectival,
    is_capitalised,
    is_generic,
    variant_type,
)
from kg.extract.task_cues import after_modifier, names_a_part
from kg.extract.text_words import remember
from kg.extract.titles import concept_ids
from kg.extract.tokenizer import FAST_TOKENIZER
from kg.extract.variants import cased_spellings, form_variants, glued_inside
from kg.ids import slug

__all__ = ["KGEntities", "load_pipeline", "provisional_id"]

for _name, _default in (("kg_mentions", None), ("kg_sentences", None), ("kg_title_len", 0)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@lru_cache(maxsize=1 << 16)
def provisional_id(entity_type: str, text: str) -> str:
    """The id of a name the lexicon does not know: ``"<type>:<slug>"``.

    >>> provisional_id("benchmark", "SWE-Bench Verified")
    'benchmark:swe-bench-verified'
    """
    return f"{entity_type}:{slug(text)}"


def _is_cased_form(form: str, entry: LexiconEntry) -> bool:
    if entry.ambiguous or entry.case_sensitive:
        return True
    if " " not in form and is_capitalised(form):
        return True
    return any(ch.isupper() for ch in form) and len(form) <= 5


class KGEntities:
    """Lexicon matching (longest wins) plus discovery rules, acronym pairing, roles."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        lexicon: Lexicon,
        discover: bool = True,
        model: bool | PhraseModel = True,
        names: bool = ON_BY_DEFAULT,
    ) -> None:
        self.name = name
        self.discover = discover
        self.model = default_model() if model is True else model or None  # the trained source, or None
        self.names = default_typer() if names else None  # the name typer (kg.extract.name_typer)
        self.entries = lexicon.by_id
        self.concepts = concept_ids(lexicon.entries)
        self.yielding = frozenset(e.id for e in lexicon.entries if e.domain == ABSTRACT_DOMAIN)
        self.ambiguous = frozenset(e.id for e in lexicon.entries if e.ambiguous)  # rule 338 reads them
        self.nlp = nlp
        self._spacy: tuple[PhraseMatcher, PhraseMatcher] | None = None
        cased: dict[str, set[str]] = {}
        lowered: dict[str, set[str]] = {}
        for entry in lexicon.entries:
            for form in entry.forms:
                if is_generic(form, generic_modifier=False):
                    continue  # a curated "Dataset Distillation" is a name: only wholly generic forms go
                if _is_cased_form(form, entry):
                    cased.setdefault(entry.id, set()).add(form)
                    if not (entry.ambiguous or entry.case_sensitive):
                        cased[entry.id].update(cased_spellings(form, entry.type))
                else:
                    lowered.setdefault(entry.id, set()).update(form_variants(form, entry.type))
        self.tables = {
            "ORTH": {k: sorted(v) for k, v in sorted(cased.items())},
            "LOWER": {k: sorted(v) for k, v in sorted(lowered.items())},
        }
        self.joined = joined_forms(self.tables.values(), {k: e.type for k, e in self.entries.items()})
        self.fast_lower = TokenMatcher(lower=True)
        self.fast_orth = TokenMatcher(lower=False)
        for fast, attr in ((self.fast_orth, "ORTH"), (self.fast_lower, "LOWER")):
            for entity_id, forms in self.tables[attr].items():
                fast.add(entity_id, forms)
            shared = {key for keys in fast.phrases.values() if len(keys) > 1 for key in keys}
            if shared:  # a spaCy matcher of these entities alone reports a shared phrase's keys alike
                _mirror_key_order(nlp, self._spacy_matcher(attr, shared), fast)
        table = self.model.table_phrases if self.model is not None and self.model.table is not None else None
        self.fast = CasedMatcher(self.fast_lower, self.fast_orth, table)  # one walk (and the model's gate)

    def _phrase_matchers(self) -> tuple[PhraseMatcher, PhraseMatcher]:
        """spaCy's (LOWER, ORTH) matchers for the component path, built on first use (a second or two)."""
        if self._spacy is None:
            self._spacy = (self._spacy_matcher("LOWER"), self._spacy_matcher("ORTH"))
        return self._spacy

    def _spacy_matcher(self, attr: str, keys: Container[str] | None = None) -> PhraseMatcher:
        """spaCy's matcher of the ``attr`` table; of the entities ``keys`` alone when given (start-up)."""
        matcher = PhraseMatcher(self.nlp.vocab, attr=attr)
        for entity_id, forms in self.tables[attr].items():
            if keys is None or entity_id in keys:
                matcher.add(entity_id, [self.nlp.make_doc(form) for form in forms])
        return matcher

    def _doc_matches(self, doc: Doc) -> list[tuple[str, int, int, str]]:
        """``(entity id, start char, end char, rule)`` of the spaCy matchers on ``doc``."""
        out = []
        strings, (lower, orth) = doc.vocab.strings, self._phrase_matchers()
        for matcher, rule in ((lower, "lexicon"), (orth, "lexicon.cased")):
            for match_id, s, e in matcher(doc):
                out.append((strings[match_id], doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), rule))
        return out

    def _text_matches(self, tokens: Tokens) -> tuple[list[tuple[str, int, int, str]], list[tuple[int, int]]]:
        """What :meth:`_doc_matches` finds on a :class:`FastTokenizer` Doc of a text, without the Doc; and
        where a phrase of the model's table is a run of the tokens (nowhere, when it has no table)."""
        low, exact, table = self.fast.matches(tokens)
        out = [(key, s, e, "lexicon") for key, s, e in low]
        out += [(key, s, e, "lexicon.cased") for key, s, e in exact]
        return out, table

    def _lexicon(
        self, matches: list[tuple[str, int, int, str]], text: str, title_len: int
    ) -> list[Candidate]:
        out, entries, known_ends = [], self.entries, frozenset(match[2] for match in matches)
        parts = capitalised_parts(text, [(s, e, entries[key].type) for key, s, e, _ in matches], known_ends)
        for key, start, end, rule in matches:
            entry, kind = entries[key], entries[key].type
            if rule == "lexicon" and kind in PROPER_TYPES and lost_capitals(text[start:end], entry.forms):
                continue  # "the independent test set", "3D shapes"
            if context_rejects(text, start, end, kind) or (
                kind == "task" and (names_a_unit(text, end) or names_a_part(text, end))
            ):
                continue  # "the accuracy of diagnosis"; "the MLE benchmark"; "QA pairs"; "a detection module"
            if kind == "organization" and (release := maker_release(text, start, end)) is not None:
                out.append(release)
                continue  # "DeepSeek V4 Flash", "Deepseek 2.5": the model of its maker, not the maker
            word = entry.ambiguous and text[start:end] == entry.name  # "Meta", "Apple": also ordinary words
            if kind == "organization" and inside_longer_name(text, start, end, word):
                continue  # "the Independent Cascade model": not the organisation (a maker, "NVIDIA A40", is)
            begin = maker_start(text, start, kind)  # "OpenAI o1", "Deepseek Janus": the maker is in the name
            if (
                begin == start
                and rule == "lexicon.cased"
                and after_capitalised_word(text, start, end, known_ends, kind)
            ):
                continue  # "on Web Voyager", "Linq Embed Mistral": a longer name, not Voyager or Mistral
            if (start, end) in parts:  # "a Dual-Prompt Controlled Attention Mechanism": a part, no name
                if kind == "method":  # rule 108: "the Upside-Down Reinforcement Learning" is the longer name
                    out += longer_candidates(text, start, end, [m[1:3] for m in matches], known_ends)
                continue
            if describes_likeness(text, end):
                continue  # "a UNet-like net": no name
            context = (
                hyphen_context(text, start, end, kind) if "-" in text[max(start - 1, 0) : end + 1] else None
            )
            if corpus_extended(entry, text, start, end) or mined_inside(entry, text, start, end, title_len):
                continue  # "EarthSynth-180K" is not the corpus name EarthSynth; "a Prompt Optimization Agent"
            if kind == "model" and glued_inside(entry.forms, kind, text, start, end):
                continue  # rule 171: "Phi3" in "Phi3.5V" is part of a longer name (asked of models only)
            if entry.domain == ABSTRACT_DOMAIN and after_modifier(text, start):
                continue  # "kidney abnormality detection": longer than the mined "abnormality detection"
            if context is not None:
                out += _compound(text, context, end, entry)
                continue
            out.append(Candidate(
                begin, end, kind, entry.name, entry.id,
                confidence=AMBIGUOUS if entry.ambiguous else 0.95, source="lexicon", rule=rule,
            ))  # fmt: skip
            stop = name_end(text, start, end, kind) if kind in _VARIANT_TYPES else end
            if stop > end and not describes_likeness(text, stop):  # "Mistral 7B v0.1": a longer name
                name = text[begin:stop]
                out.append(Candidate(
                    begin, stop, variant_type(name, kind), name,
                    confidence=0.8, source="pattern", rule=suffix_rule(text, end, stop),
                ))  # fmt: skip
        return out

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get("kg_text") or doc.text
        title_len = int(doc._.kg_title_len or 0)
        cands, sentences = self.candidates(text, title_len, self._doc_matches(doc))
        doc._.kg_mentions = tuple(cands)
        doc._.kg_sentences = tuple(sentences)
        if doc.user_data.get("kg_skip_ents"):  # kg's own batch path reads kg_mentions only
            return doc
        spans = []
        for c in cands:
            span = doc.char_span(
                c.start, c.end, label=c.type.upper(), alignment_mode="expand",
                span_id=c.entity_id or provisional_id(c.type, c.name),
            )  # fmt: skip
            if span is not None:
                spans.append(span)
        doc.ents = filter_spans(spans)
        return doc

    def extract(self, text: str, title_len: int = 0) -> tuple[list[Candidate], list[tuple[int, int]]]:
        """The mentions and sentence spans of ``text``: kg's batch path (lexicon matched on plain tokens)."""
        matches, table = self._text_matches(tokens := Tokens(text))
        remember(text, tokens.lower)  # the rules' cue-word gates read the same words (kg.extract.text_words)
        return self.candidates(text, title_len, matches, tokens.words, table)

    def candidates(
        self,
        text: str,
        title_len: int,
        matches: list[tuple[str, int, int, str]],
        words: list[str] | None = None,
        table: list[tuple[int, int]] | None = None,
    ) -> tuple[list[Candidate], list[tuple[int, int]]]:
        """Mentions from lexicon ``matches`` plus discovery, longest match, types, roles (``words``: the
        text's tokens, ``table``: where runs of them are phrases of the model's table, when known)."""
        sentences = split_sentences(text)
        known = self._lexicon(matches, text, title_len)
        found: list[Candidate] = []
        if self.discover:
            found, redefined = acronym_candidates(text, known, self.entries, self.joined)
            if redefined:  # the paper's meaning wins, for the short form and its variants (rules 5, 54)
                known = [c for c in known if not reads_redefined(c, text, redefined)]
            found = discover(text, title_len, known, found, self.yielding, self.ambiguous)
        found = uncut(found, known, text)  # a discovered name never cuts a known one in two (rule 48)
        cands = [c for c in select_longest(known + found) if not (c.start < title_len < c.end)]
        cands = orphan_copies(cands, found, text, title_len)  # a copy whose reading lost (rule 356)
        cands = acronym_tails(cands, text)  # an acronym of a longer name's tail, written once (rule 393)
        cands = not_cited_authors(outside_urls(cands, text), text)
        cands = method_partners(_harmonise(not_records(cands, text)), text)
        cands = list_senses(headed_partners(cands, text), text)  # list senses (rules 193, 416)
        cands = list_partners(cands, text)  # and an unknown name among known data is data (rule 78)
        cands = add_model(cands, self.model, text, title_len, words, table)  # trained sources, where no rule:
        cands = add_names(cands, self.names, text, title_len)  # phrases, then untyped name-shaped words
        cands = inside_expansions(cands, text)
        cands = settle_apposed(assign_roles(cands, text, sentences, title_len, self.concepts), text)
        return own_types(cands, text), sentences


_VARIANT_TYPES = frozenset({"model", "method", "dataset", "benchmark"})


def _compound(text: str, context: tuple[str, int], end: int, entry: LexiconEntry) -> list[Candidate]:
    """The whole hyphenated name around a lexicon name ("N-MNIST"), as a new name of the entry's type."""
    how, begin = context
    if how != "compound" or entry.type not in _VARIANT_TYPES:
        return []
    variant = VARIANT.match(text, end)
    stop = variant.end() if variant and not is_adjectival(variant.group()) else end
    name = text[begin:stop]
    if not (text[begin].isupper() or text[begin].isdigit()) or is_adjectival(name) or modality_pair(name):
        return []  # "non-Transformer", "self-supervised learning": a modifier; "Text-to-video X": a class
    kind = variant_type(name, entry.type, text)
    return [Candidate(begin, stop, kind, name, confidence=0.7, source="pattern", rule="lexicon.compound")]


def _mirror_key_order(nlp: Language, matcher: PhraseMatcher, fast: TokenMatcher) -> None:
    """Phrases of several entities: give ``fast`` the key order the spaCy matcher reports them in."""
    for phrase, keys in fast.phrases.items():
        if len(keys) > 1:
            doc = Doc(nlp.vocab, words=list(phrase))
            found = [nlp.vocab.strings[k] for k, s, e in matcher(doc) if s == 0 and e == len(phrase)]
            if sorted(found) == sorted(keys):
                fast.order_keys(phrase, found)


def _harmonise(cands: list[Candidate]) -> list[Candidate]:
    """One type per surface form within a document: the type of its most trusted mention."""
    best: dict[str, Candidate] = {}
    for cand in sorted(cands, key=lambda c: (c.source != "lexicon", -c.confidence, c.start)):
        best.setdefault(cand.name.lower(), cand)
    out = []
    for cand in cands:
        top = best[cand.name.lower()]
        if top.type != cand.type and cand.source != "lexicon":
            cand = cand.with_(type=top.type, entity_id=top.entity_id, name=top.name)
        out.append(cand)
    return out


@Language.factory(
    "kg_entities",
    default_config={"extra_lexicons": [], "discover": True, "model": True, "names": ON_BY_DEFAULT},
)
def make_kg_entities(
    nlp: Language, name: str, extra_lexicons: list[str], discover: bool, model: bool, names: bool
) -> KGEntities:
    """spaCy factory: the shipped lexicon, ``extra_lexicons`` (JSONL paths), ``model``: the trained
    phrase source, ``names``: the trained name typer."""
    paths = (*default_lexicon_paths(), *(Path(p) for p in extra_lexicons))
    return KGEntities(nlp, name, load_lexicon(paths), discover=discover, model=model, names=names)


def load_pipeline(
    extra_lexicons: Sequence[Path | str] = (), *, model: bool = True, names: bool | None = None
) -> Language:
    """``spacy.blank("en")`` (kg's tokenizer) + ``kg_entities``, cached; ``model=False``: no phrase model;
    ``names``: the name typer (:mod:`kg.extract.name_typer`) on or off; None: its default
    (``name_typer.ON_BY_DEFAULT``), and off with ``model=False``."""
    typer = (model and ON_BY_DEFAULT) if names is None else names
    return _pipeline(tuple(str(Path(p).resolve()) for p in extra_lexicons), model, typer)


@cache
def _pipeline(extra: tuple[str, ...], model: bool = True, names: bool = True) -> Language:
    # the tokenizer through the config, so a saved pipeline records it and spacy.load restores it
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": FAST_TOKENIZER}}})
    nlp.add_pipe("kg_entities", config={"extra_lexicons": list(extra), "model": model, "names": names})
    return nlp
