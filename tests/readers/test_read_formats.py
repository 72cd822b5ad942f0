"""Every format, from the project's own fixtures and (when present) the real samples in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.readers import detect_format, read_files

R = "readers"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("hf_page_variants.txt", "hf_page"),
        ("hf_daily.json", "hf_daily"),
        ("atom.xml", "arxiv_atom"),
        ("arxiv_kaggle.jsonl", "arxiv_jsonl"),
        ("arxiv_digest.jsonl", "arxiv_jsonl"),
        ("openalex_page.json", "openalex"),
        ("s2_page.json", "s2"),
        ("refs.bib", "bibtex"),
        ("papers.csv", "csv"),
        ("custom.jsonl", "jsonl"),
    ],
)
def test_formats_are_detected_from_content(fixtures: Path, tmp_path: Path, name: str, fmt: str) -> None:
    renamed = tmp_path / "listing.dat"  # the name says nothing
    renamed.write_bytes((fixtures / R / name).read_bytes())
    assert detect_format(str(renamed)) == fmt


def test_arxiv_kaggle_layout(fixtures: Path) -> None:
    first, second = read_files([fixtures / R / "arxiv_kaggle.jsonl"]).papers
    assert first.id == first.arxiv_id == "0704.0001"
    assert (
        first.title == "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies"
    )
    assert first.abstract == (
        "A fully differential calculation in perturbative quantum chromodynamics is presented for the "
        "production of massive photon pairs at hadron colliders."
    )
    assert first.authors == ("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan")
    assert (first.date, first.doi, first.categories) == (
        "2007-04-02",
        "10.1103/physrevd.76.013009",
        ("hep-ph",),
    )
    assert first.url == "https://arxiv.org/abs/0704.0001"
    assert (second.id, second.date, second.categories) == (
        "2310.06825",
        "2023-10-10",
        ("cs.CL", "cs.AI", "cs.LG"),
    )


def test_arxiv_digest_layout_keeps_good_records_and_reports_bad_ones(fixtures: Path) -> None:
    result = read_files([fixtures / R / "arxiv_digest.jsonl"])
    assert [(p.id, p.title, p.source.line, p.source.record) for p in result.papers] == [
        ("2503.00001", "Sparse Experts for Vision", 1, 1),
        ("2503.00002", "Compilers for Agents", 3, 2),
    ]
    assert result.papers[0].abstract == "Mixture-of-Experts layers in ViT-B/16 improve ImageNet-1k accuracy."
    assert result.papers[0].date is None
    assert [(f.source.line, f.reason.split(":")[0]) for f in result.failures] == [
        (4, "record has no title"),
        (5, "bad JSON"),
    ]


def test_arxiv_atom(fixtures: Path) -> None:
    result = read_files([fixtures / R / "atom.xml"])
    sparse, mistral = result.papers
    assert (sparse.id, sparse.title, sparse.authors) == (
        "2503.00001",
        "Sparse Experts for Vision",
        ("Ada Lovelace", "Alan Turing"),
    )
    assert (sparse.date, sparse.categories, sparse.source.record) == ("2025-03-01", ("cs.CV", "cs.LG"), 1)
    assert mistral.abstract == "We introduce Mistral 7B & show it is fast."
    assert mistral.doi == "10.48550/arxiv.2310.06825"
    assert len(result.failures) == 1 and "incorrect id format" in result.failures[0].reason


def test_hf_daily(fixtures: Path) -> None:
    result = read_files([fixtures / R / "hf_daily.json"])
    first, second = result.papers
    assert (first.id, first.upvotes, first.organization, first.date) == (
        "2503.00001",
        42,
        "Meta Research",
        "2025-03-01",
    )
    assert first.authors == ("Ada Lovelace", "Alan Turing")
    assert (second.upvotes, second.n_authors, second.organization) == (0, None, None)
    assert [f.source.record for f in result.failures] == [3]


def test_openalex_rebuilds_abstracts_and_resolves_references(fixtures: Path) -> None:
    result = read_files([fixtures / R / "openalex_page.json"])
    work, cited = result.papers
    assert work.abstract == "Mixture-of-Experts layers help."
    assert (work.id, work.arxiv_id, work.doi) == ("2503.00001", "2503.00001", "10.1234/sparse.2025")
    assert work.references == tuple(sorted([cited.id, "openalex:W999"]))  # W200 is in the set, W999 is not
    assert (cited.title, cited.date, cited.date_text, cited.abstract) == (
        "Routing Tokens to Experts",
        None,
        "2021",
        "",
    )
    assert [f.reason for f in result.failures] == ["record has no title"]


def test_s2_references_and_citations(fixtures: Path) -> None:
    result = read_files([fixtures / R / "s2_page.json"])
    sparse, routing = result.papers
    assert sparse.id == "2503.00001" and routing.id == "10.5555/route.1"
    assert sparse.references == ("10.5555/route.1",)
    assert routing.cited_by == ("2401.00009", "2503.00001")
    assert (routing.date, routing.date_text, routing.abstract) == (None, "2021", "")


def test_bibtex_decodes_latex_and_reports_broken_entries(fixtures: Path) -> None:
    result = read_files([fixtures / R / "refs.bib"])
    vaswani, vit, kernels = result.papers
    assert vaswani.title == "Attention is All you Need"
    assert vaswani.authors[-2:] == ("Łukasz Kaiser", "Illia Polosukhin") and vaswani.n_authors == 8
    assert (vaswani.date, vaswani.date_text, vaswani.source.line) == (None, "2017", 4)
    assert vit.title == "An image is worth 16× 16 words: Transformers for image recognition at scale"
    assert (vit.arxiv_id, vit.id, vit.date_text, vit.authors) == (
        "2010.11929",
        "2010.11929",
        "Oct 2020",
        ("Alexey Dosovitskiy", "Lucas Beyer"),
    )
    assert kernels.authors == ("Bernhard Schölkopf", "Alexander J Smola", "Santiago Ramón y Cajal")
    assert (kernels.id, kernels.date, kernels.date_text) == (
        "10.7551/mitpress/4175.001.0001",
        "2001-12-01",
        "Dec 1, 2001",
    )
    assert [(f.source.line, f.reason.split(" (")[0]) for f in result.failures] == [
        (22, "malformed BibTeX entry"),
        (36, "record has no title"),
    ]


def test_csv_with_a_mapping(fixtures: Path) -> None:
    result = read_files(
        [fixtures / R / "papers.csv"], mapping={"title": "paper_title", "abstract": "summary"}
    )
    first, second = result.papers
    assert (
        first.abstract == "Mixture-of-Experts layers, in ViT-B/16, improve accuracy."
    )  # a quoted multi-line cell
    assert (first.id, first.upvotes, first.authors, first.date) == (
        "2503.00001",
        42,
        ("Ada Lovelace", "Alan Turing"),
        "2025-03-01",
    )
    assert (second.source.line, second.authors, second.upvotes) == (4, ("Grace Hopper",), None)
    assert [(f.source.line, f.reason) for f in result.failures] == [
        (5, "record has no title"),
        (6, "row has 2 cells, the header has 6"),
    ]


def test_jsonl_with_dotted_paths(fixtures: Path) -> None:
    mapping = {"title": "paper.name", "abstract": "paper.text", "authors": "people", "date": "when"}
    first, second = read_files([fixtures / R / "custom.jsonl"], mapping=mapping).papers
    assert (first.title, first.abstract, first.authors, first.date) == (
        "Sparse Experts for Vision",
        "Mixture-of-Experts layers help.",
        ("Ada Lovelace", "Alan Turing"),
        "2025-03-01",
    )
    assert (second.date, second.date_text) == (None, "March 2025")


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "fmt", "n_papers"),
    [
        ("arxiv_atom_100.xml", "arxiv_atom", 100),
        ("d2l.bib", "bibtex", 476),  # 488 entries, 12 of them duplicates by title
        ("hf_daily_papers_item.json", "hf_daily", 1),
        ("openalex_work.json", "openalex", 1),
        ("semantic_scholar_paper.json", "s2", 1),
    ],
)
def test_real_samples(shared_data: Path, name: str, fmt: str, n_papers: int) -> None:
    path = shared_data / "formats" / name
    assert detect_format(str(path)) == fmt
    result = read_files([path])
    assert result.failures == ()
    assert len(result.papers) == n_papers
    assert all(p.title and p.source.format == fmt for p in result.papers)


@pytest.mark.shared
def test_real_sample_fields(shared_data: Path) -> None:
    d = shared_data / "formats"
    (daily,) = read_files([d / "hf_daily_papers_item.json"]).papers
    assert (daily.id, daily.upvotes, daily.n_authors, daily.organization) == (
        "2602.23229",
        10,
        5,
        "Multimedia and Human Understanding Group",
    )
    assert daily.abstract.startswith("Which multimodal model should we use for classification?")
    (work,) = read_files([d / "openalex_work.json"]).papers
    assert (work.id, work.date) == ("10.7717/peerj.4375", "2018-02-13")
    assert work.abstract.startswith("Despite growing interest in")
    assert work.references[:2] == ("openalex:W1560783210", "openalex:W1724212071")
    (turing,) = read_files([d / "semantic_scholar_paper.json"]).papers
    assert (turing.title, turing.authors, turing.date) == (
        "Computing Machinery and Intelligence",
        ("A. Turing",),
        "1950-10-01",
    )
    assert len(turing.references) >= 8 and len(turing.cited_by) >= 900
    atom = read_files([d / "arxiv_atom_100.xml"]).papers
    assert atom[0].id == "2202.12139" and atom[0].doi == "10.1109/icstw55395.2022.00035"
    bib = {p.title: p for p in read_files([d / "d2l.bib"]).papers}
    assert bib["TensorFlow: A system for large-scale machine learning"].authors[0] == "Martín Abadi"
    assert not any("\\" in p.title or "{" in p.title for p in bib.values())


@pytest.mark.shared
@pytest.mark.slow
def test_the_arxiv_corpus_reads_every_record(shared_data: Path) -> None:
    result = read_files([shared_data / "arxiv_cs_2025_2026.jsonl.gz"])
    assert len(result.papers) == 74728 and result.failures == ()
    assert not any("\n" in p.abstract for p in result.papers[:2000])
