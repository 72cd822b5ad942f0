"""SciREX reading, paper-level scores, sentence vs by-document modes, extraction modes (issue 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.extract.evaluate import SCHEMES, predict, read_gold, score, score_papers
from kg.extract.extractor import extract_text
from kg.extract.gold import GoldSentence
from kg.extract.scirex import read_scirex_docs
from kg.model import Mention


def test_scirex_reader_sentences_and_paper_gold(fx: Path) -> None:
    docs = list(read_scirex_docs(fx / "scirex_mini.jsonl"))
    assert [d.paper.doc_id for d in docs] == ["p1", "p2"]
    first = docs[0].sentences
    assert first[2].text == "Abstract We propose ZorbNet for semantic segmentation."
    assert first[2].mentions == (("Method", "ZorbNet"), ("Task", "semantic segmentation"))
    assert first[3].mentions == (("Metric", "mean IoU"), ("Dataset", "Quuxset"))  # Material -> Dataset
    assert docs[1].sentences[2].text == "We train on ImageNet with self-attention."
    # gold spans index the sentences joined by one space
    assert [docs[1].text[s:e] for s, e, _ in docs[1].spans] == ["Blorp", "BLP", "ImageNet", "self-attention"]
    paper = {(kind, name): forms for kind, name, forms in docs[1].paper.entities}
    assert paper["Method", "Blorp"] == {"blorp", "blp"}  # the coref mentions' surface forms
    assert paper["Task", "Image_Classification"] == {"imageclassification"}  # no mention: the name alone
    assert read_gold(fx / "scirex_mini.jsonl", "scirex")[2] == first[2]


def test_score_papers_counts(fx: Path) -> None:
    rows = score_papers(fx / "scirex_mini.jsonl", mode="rules")
    assert {kind: r["paper"]["gold"] for kind, r in rows.items()} == {
        "Dataset": 2, "Method": 2, "Metric": 2, "Task": 2,
    }  # fmt: skip
    # ImageNet (lexicon), ZorbNet ("we propose"), semantic segmentation and mean IoU (lexicon) are found
    assert rows["Dataset"]["paper"]["r"] == 0.5
    assert rows["Method"]["paper"]["tp"] >= 1
    assert rows["Task"]["paper"]["r"] == 0.5 and rows["Metric"]["paper"]["r"] == 0.5
    assert rows["Dataset"]["paper"]["p"] == 1.0


def test_sentence_mode_extracts_each_sentence_alone() -> None:
    seen: list[str] = []

    def record(text: str) -> list[Mention]:
        seen.append(text)
        return extract_text(text, model=False)

    sentences = [
        GoldSentence("d", "We train on ImageNet.", ()),
        GoldSentence("d", "We test on CIFAR-10.", ()),
    ]
    alone = predict(sentences, record, by_document=False)
    assert seen == ["We train on ImageNet.", "We test on CIFAR-10."]
    seen.clear()
    joined = predict(sentences, record, by_document=True)
    assert seen == ["We train on ImageNet. We test on CIFAR-10."]
    assert [[m.text for m in ms] for ms in alone] == [["ImageNet"], ["CIFAR-10"]]
    assert [[m.text for m in ms] for ms in joined] == [["ImageNet"], ["CIFAR-10"]]
    assert joined[1][0].start == len("We train on ImageNet. We test on ")  # offsets in the joined text


def test_modes_differ_only_by_model_mentions(fx: Path) -> None:
    gold = read_gold(fx / "scier_mini.jsonl", "scier")
    rules = score(gold, SCHEMES["scier"], mode="rules").counts
    both = score(gold, SCHEMES["scier"], mode="both").counts
    for kind in rules:
        assert both[kind]["gold"] == rules[kind]["gold"]
        assert both[kind]["pred"] >= rules[kind]["pred"]  # the model only adds mentions


def test_cli_scirex_json(fx: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = str(fx / "scirex_mini.jsonl")
    assert main(["evaluate", "--gold", gold, "--format", "scirex", "--json", "--mode", "rules"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows["paper:Dataset"]["paper"]["gold"] == 2
    assert rows["Dataset"]["exact"]["gold"] == 2
    assert main(["evaluate", "--gold", gold, "--format", "scirex", "--by-document"]) == 0
    table = capsys.readouterr().out
    assert "paper:Method" in table and "exact" in table


@pytest.mark.shared
@pytest.mark.slow
def test_scirex_train_reads(shared_data: Path) -> None:
    docs = read_scirex_docs(shared_data / "labelled" / "scirex_train.jsonl.gz")
    first = next(iter(docs))
    assert first.sentences[0].text.startswith("Full-Resolution Residual Networks")
    assert sum(len(s.mentions) for s in first.sentences) == len(first.spans) > 100
    assert any(kind == "Dataset" and name == "Cityscapes" for kind, name, _ in first.paper.entities)
