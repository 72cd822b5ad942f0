"""Bad input: whole-file problems raise InputError naming the file; record problems are failures."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from kg.errors import ConfigError, InputError
from kg.model import Paper
from kg.readers import iter_records, read_files

R = "readers"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        read_files([tmp_path / "nope.txt"])
    assert str(err.value) == f"{tmp_path / 'nope.txt'}: no such file"


def test_a_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_files([tmp_path])


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputError, match="file is empty") as err:
        read_files([path])
    assert err.value.file == str(path)


def test_empty_gzip_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.gz"
    path.write_bytes(gzip.compress(b""))
    with pytest.raises(InputError, match="file is empty"):
        read_files([path])


def test_invalid_utf8_at_the_start(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Título\n\nResumen\n".encode("latin-1"))
    with pytest.raises(InputError, match="not valid UTF-8") as err:
        read_files([path])
    assert err.value.line == 1


def test_invalid_utf8_later_costs_only_its_line(tmp_path: Path) -> None:
    lines = [b'{"title": "Paper %d"}\n' % i for i in range(5000)]
    lines[4000] = b'{"title": "Caf\xe9"}\n'
    path = tmp_path / "papers.jsonl"
    path.write_bytes(b"".join(lines))
    result = read_files([path])
    assert len(result.papers) == 4999 and result.papers[-1].title == "Paper 4999"
    (failure,) = result.failures
    assert failure.source.line == 4001 and "not valid UTF-8" in failure.reason
    assert str(failure).startswith(f"{path}:4001: ")


def test_truncated_gzip_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    data = gzip.compress(
        b"".join(b'{"id": "2501.%05d", "title": "Paper %d"}\n' % (i, i) for i in range(20000))
    )
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    result = read_files([path])
    assert 1000 < len(result.papers) < 20000
    assert [p.id for p in result.papers[:2]] == ["2501.00000", "2501.00001"]
    *cut_line, tail = result.failures  # the line cut in half (when the cut falls inside one), the tail
    assert "truncated" in tail.reason and tail.source.line == len(result.papers) + len(cut_line) + 1
    assert all("bad JSON" in f.reason for f in cut_line) and len(cut_line) <= 1


def test_gzip_is_found_by_magic_bytes_not_the_name(fixtures: Path, tmp_path: Path) -> None:
    path = tmp_path / "page.txt"  # gzip data, a plain-text name
    path.write_bytes(gzip.compress((fixtures / R / "hf_page_variants.txt").read_bytes()))
    assert len(read_files([path]).papers) == 6


def test_forcing_a_format_of_another_kind(fixtures: Path) -> None:
    with pytest.raises(
        InputError, match="--format bibtex does not fit: the content looks like openalex"
    ) as err:
        read_files([fixtures / R / "openalex_page.json"], format="bibtex")
    assert err.value.hint and "--format openalex" in err.value.hint


def test_unknown_format_name(fixtures: Path) -> None:
    with pytest.raises(ConfigError, match="unknown format"):
        read_files([fixtures / R / "refs.bib"], format="ris")


def test_unrecognisable_content(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just a line\nand another\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot tell the format") as err:
        read_files([path])
    assert err.value.hint and "--format" in err.value.hint


def test_broken_json_document(tmp_path: Path) -> None:
    path = tmp_path / "page.json"
    path.write_text('{"results": [\n  {"title": "A"},\n', encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON") as err:
        read_files([path], format="openalex")
    assert err.value.line is not None


def test_truncated_xml_keeps_earlier_entries(fixtures: Path, tmp_path: Path) -> None:
    text = (fixtures / R / "atom.xml").read_text(encoding="utf-8")
    path = tmp_path / "cut.xml"
    path.write_text(text[: text.index("<entry>", text.index("Mistral"))], encoding="utf-8")
    result = read_files([path])
    assert [p.id for p in result.papers] == ["2503.00001", "2310.06825"]
    (failure,) = result.failures
    assert "cut off" in failure.reason and failure.source.record is None


def test_csv_without_a_title_column(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("heading,summary\nA,B\n", encoding="utf-8")
    with pytest.raises(InputError, match="no title column") as err:
        read_files([path], format="csv")
    assert err.value.hint == "name it with --map title=COLUMN"


def test_bad_mapping_field(fixtures: Path) -> None:
    with pytest.raises(ConfigError, match="unknown paper field"):
        read_files([fixtures / R / "papers.csv"], mapping={"titel": "paper_title"})


def test_iter_records_streams_lazily(fixtures: Path) -> None:
    items = iter_records(fixtures / R / "arxiv_digest.jsonl")
    first = next(items)
    assert isinstance(first, Paper) and first.id == "2503.00001"
