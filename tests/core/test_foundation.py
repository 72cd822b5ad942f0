"""The foundation: records, ids, errors, atomic writes, the CLI spine."""

from __future__ import annotations

import dataclasses
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kg
from kg.atomic import write_text_atomic
from kg.cli import build_parser, main
from kg.errors import InputError, KGError
from kg.ids import normalise_title, paper_id, slug
from kg.model import PAPER_FIELDS, Mention, Paper, Source, mention_from_row, mention_to_row, paper_to_dict


def test_records_are_frozen() -> None:
    p = Paper(id="x", title="t", source=Source(file="f"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.title = "u"  # type: ignore[misc]


def test_mention_init_takes_the_dataclass_fields_in_order_with_their_default() -> None:
    params = list(inspect.signature(Mention.__init__).parameters.values())[1:]
    assert [(p.name, p.default) for p in params] == [
        (f.name, inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default)
        for f in dataclasses.fields(Mention)
    ]
    values = ("p1", "dataset", "COCO", "dataset:coco", "used", "COCO", 3, 7, "title", "COCO.", 0.9, "x", "r")
    mention = Mention(*values)
    assert tuple(getattr(mention, f.name) for f in dataclasses.fields(Mention)) == values
    assert Mention(**dict(zip([p.name for p in params], values, strict=True))) == mention
    assert mention_from_row("p1", mention_to_row(mention)) == mention
    assert Mention(*values[:-1]).rule == ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.role = "introduced"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Mention("p1", "dataset")  # type: ignore[call-arg]


def test_paper_json_shape_is_the_contract() -> None:
    p = Paper(id="2501.00001", title="T", source=Source(file="f", line=1, record=1, format="hf_page"))
    d = paper_to_dict(p)
    assert list(d) == list(PAPER_FIELDS)
    assert d["authors"] == [] and d["references"] == [] and d["date"] is None
    json.dumps(d)  # serialisable


def test_paper_id_precedence() -> None:
    assert paper_id(arxiv_id="2501.00001v3", doi="10.1/x", title="T") == "2501.00001"
    assert paper_id(doi="10.1/X", title="T") == "10.1/x"
    assert paper_id(title="T").startswith("h:")
    with pytest.raises(ValueError):
        paper_id()


@given(st.text())
def test_normalised_title_is_idempotent(title: str) -> None:
    once = normalise_title(title)
    assert normalise_title(once) == once


@given(st.text(min_size=1))
def test_slug_is_never_empty_and_url_safe(text: str) -> None:
    s = slug(text)
    assert s and all(c.isascii() and (c.isalnum() or c == "-") for c in s)


def test_input_error_names_file_and_line() -> None:
    err = InputError("bad", file="a.txt", line=3)
    assert str(err) == "a.txt:3: bad" and isinstance(err, KGError)


def test_atomic_write_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    write_text_atomic(target, "old")

    class Boom(Exception):
        pass

    from kg.atomic import open_atomic

    with pytest.raises(Boom), open_atomic(target) as fh:
        fh.write("new, half written")
        raise Boom
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_cli_version_and_module_entry_point() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"kg {kg.__version__}"


def test_every_command_has_an_example_in_its_help() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, cmd in sub.choices.items():  # type: ignore[attr-defined]
        epilog = cmd.epilog or ""
        assert f"kg {name}" in epilog, f"`kg {name}` help (epilog) has no example"


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    missing = [n for n in sub.choices if f"kg {n}" not in readme]  # type: ignore[attr-defined]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_unknown_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2


def test_evaluate_cli_offers_every_gold_format() -> None:
    from kg.cli.evaluate import GOLD_FORMATS
    from kg.extract.evaluate import FORMATS

    assert sorted(GOLD_FORMATS) == sorted(FORMATS)


def test_atomic_write_gives_the_usual_file_mode(tmp_path: Path) -> None:
    import os
    import stat

    mask = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "f.txt", "x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "f.txt").stat().st_mode) == 0o644


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_fast_path_of_normalise_title_equals_the_unicode_path(title: str) -> None:
    import re
    import unicodedata

    text = unicodedata.normalize("NFKD", title)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    assert normalise_title(title) == " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def test_a_graph_file_given_without_graph_gets_a_hint(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`kg stats kg-out/graph.json` is what a new user types first: the error says how to give it."""
    with pytest.raises(SystemExit) as exc:
        main(["stats", "kg-out/graph.json"])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert err.startswith("usage: kg stats")  # the command's own usage, not the top-level one
    assert "unrecognized arguments: kg-out/graph.json (a graph file is given with --graph:" in err
    with pytest.raises(SystemExit):
        main(["similar", "kg-out/graph.json", "LoRA-Drop"])
    assert "kg similar --graph kg-out/graph.json" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["stats", "--bogus"])
    err = capsys.readouterr().err
    assert "unrecognized arguments: --bogus" in err and "--graph:" not in err
