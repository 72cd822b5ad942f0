"""Precision rules 34-: a paper's own names typed by its own words, LaTeX markup, slogans, parts of
a defined long form (docs/typing.md). Texts are made up in the shape of the corpus cases."""

from __future__ import annotations

from kg.extract.extractor import extract_text


def _types(text: str, title: str = "") -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in extract_text(text, title=title):
        out.setdefault(m.text, set()).add(m.type)
    return out


def test_own_name_typed_by_its_appositive_over_the_title() -> None:
    title = "Snorkelo: Multilingual Reasoning via Template-Filling"
    text = "We propose Snorkelo, a template-first benchmark that factorizes reasoning type and language."
    assert _types(text, title)["Snorkelo"] == {"benchmark"}


def test_own_name_typed_by_the_head_after_it() -> None:
    title = "DroneQZ: Rethinking Few-shot Thermal Image Super-Resolution"
    text = "We study thermal images. The code and the DroneQZ dataset will be available."
    assert _types(text, title)["DroneQZ"] == {"dataset"}


def test_own_name_ending_in_bench_is_a_benchmark() -> None:
    title = "MirrorQuux: An Extensible Framework to Evaluate User-Proxy Agents"
    text = "We present MirrorQuuxBench, a reproducible, extensible benchmarking framework for user proxies."
    assert _types(text, title)["MirrorQuuxBench"] == {"benchmark"}


def test_own_name_typed_as_metric_by_scoring() -> None:
    text = "To assess the impact of personas, we introduce Integrative Hypothesis Quality scoring."
    assert _types(text)["Integrative Hypothesis Quality"] == {"metric"}


def test_own_type_ignores_prepositions_and_verbs_before_a_head() -> None:
    title = "ZorbNet: Scale-aware Prompts for Segmentation"
    text = "We propose ZorbNet, a prompt network. We evaluate ZorbNet on three datasets: Kvasir-SEG and ISIC."
    assert _types(text, title)["ZorbNet"] == {"method"}
    text = "We propose ZorbNet, a prompt network. ZorbNet combines reference corpora with a filter."
    assert _types(text, title)["ZorbNet"] == {"method"}


def test_own_type_needs_one_coarse_type() -> None:
    title = "Quuxa: Data and Models for Tables"
    text = "We release the Quuxa dataset and train the Quuxa model on it."
    assert _types(text, title)["Quuxa"] != {"dataset"}  # two coarse types: the phrases do not decide


def test_kinds_of_data_are_not_datasets() -> None:
    text = (
        "Extensive experiments on fMRI data collected during reading show gains. We also test on SAR "
        "imagery. Experiments on five public VQA benchmarks and on both raw and L9 datasets agree."
    )
    types = _types(text)
    assert not {"fMRI", "SAR", "VQA", "L9"} & {t for t, k in types.items() if k & {"dataset", "benchmark"}}


def test_named_data_lists_stay() -> None:
    text = "Experiments on the Zorp, Quux and HRF datasets and on TAP-Vidz benchmarks show gains."
    types = _types(text)
    data = {t for t, k in types.items() if k & {"dataset", "benchmark"}}
    assert {"Zorp", "Quux", "HRF", "TAP-Vidz"} <= data


def test_classes_of_models_with_a_modifier_and_vla_models() -> None:
    text = (
        "Recent medical LLMs (Med-LLMs) do well. Vision-language-action (VLA) models control robots; "
        "VLAs and Vision-Language-Action Models fail on long tasks."
    )
    assert not {m.text for m in extract_text(text)} & {"medical LLMs", "Med-LLMs", "VLA", "VLAs"}
    assert not [m for m in extract_text(text) if "Action" in m.text or "action" in m.text]


def test_a_named_long_form_ending_in_llms_stays() -> None:
    text = "We present Mathematics Explanations through Games by AI LLMs (MEGA), a tutoring method."
    assert "MEGA" in {m.text for m in extract_text(text)}


def test_gerund_title_prefixes_describe() -> None:
    text = "We study local models as evaluators of player answers."
    assert not extract_text(text, title="Meta-Evaluating Local LLMs: Rethinking Performance Metrics")
    title = "Self-Driving Quuxer: An Interactive Benchmark for Social Negotiation"
    assert "Self-Driving Quuxer" in {m.text for m in extract_text(text, title=title)}


def test_recall_as_memory_is_not_the_metric() -> None:
    text = "Our analysis on synthetic fact recall datasets with Llama-3.2B shows the ability to recall."
    assert "recall" not in {m.text for m in extract_text(text)}
    assert "recall" in {m.text for m in extract_text("It improves recall by 4.2% over the baseline.")}


def test_enumeration_labels_are_not_lexicon_names() -> None:
    text = "We require monitoring (P1), anticipation (P2), and monotonic restriction (P3) of the agent."
    assert "P3" not in {m.text for m in extract_text(text)}


def test_own_name_spelled_otherwise_does_not_join_a_mixed_case_entry() -> None:
    from kg.extract import extract_paper
    from kg.model import Paper, Source
    from kg.resolve.resolver import resolve

    src = Source(file="x")
    own = Paper(id="a", title="SCHNet: SAM Marries CLIP for Human Parsing", source=src, abstract="We parse.")
    used = Paper(id="b", title="Molecules", source=src, abstract="We train SchNet on molecules.")
    docs = [(p, extract_paper(p)) for p in (own, used)]
    ids = {p.id: {m.entity_id for m in ms if m.text.lower() == "schnet"} for p, ms in resolve(docs).docs}
    assert ids["a"] and ids["b"] and not ids["a"] & ids["b"]


def _entity_ids(*texts: str) -> list[set[str]]:
    from kg.extract import extract_paper
    from kg.model import Paper, Source
    from kg.resolve.resolver import resolve

    src = Source(file="x")
    papers = [Paper(id=str(i), title="", source=src, abstract=t) for i, t in enumerate(texts)]
    docs = [(p, extract_paper(p)) for p in papers]
    by_paper = {p.id: {m.entity_id for m in ms if m.text == "Falcon"} for p, ms in resolve(docs).docs}
    return [by_paper[str(i)] for i in range(len(texts))]


def test_own_name_that_only_an_ambiguous_entry_knows_is_the_papers_own() -> None:
    # rule 41: "We introduce Falcon, a … benchmark" is not the Falcon language model
    own = "We introduce Falcon, a comprehensive Chinese text-to-SQL benchmark. Falcon has 600 questions."
    used = "We fine-tune Falcon and Llama 2 on medical questions."
    a, b = _entity_ids(own, used)
    assert a and b and not a & b
    assert _types(own)["Falcon"] == {"benchmark"}


def test_used_ambiguous_entry_still_joins_the_lexicon() -> None:
    a, b = _entity_ids(
        "We compare Falcon with GPT-4 on reasoning.", "We fine-tune Falcon on medical questions."
    )
    assert a and a == b


def test_own_name_of_the_same_coarse_type_keeps_a_key_of_its_own() -> None:
    own = "We propose a time-aware retrieval baseline, Falcon, which organizes retrieved evidence."
    a, b = _entity_ids(own, "We fine-tune Falcon on medical questions.")
    assert a and b and not a & b


def test_own_name_typed_by_an_appositive_after_to_our_knowledge() -> None:
    text = "We introduce Falcon, to our knowledge the first unified red-teaming benchmark for robots."
    assert _types(text)["Falcon"] == {"benchmark"}


def test_a_lexicon_method_inside_a_spelled_out_short_form_is_a_part() -> None:
    # rule 43: the parenthesised words spell EVA / SoCD, so they are one name
    text = (
        "This paper introduces EVA (EVent Asynchronous representation learning), a novel framework. "
        "We also propose SoCD (Soft Contrastive Decoding) for hallucinations."
    )
    names = {m.text for m in extract_text(text)}
    assert "representation learning" not in names and "Contrastive Decoding" not in names


def test_a_whole_spelled_out_name_and_a_task_inside_one_stay() -> None:
    text = "We train with RL (reinforcement learning) and DC4CR (Diffusion Control for Cloud Removal)."
    names = {m.text for m in extract_text(text)}
    assert "reinforcement learning" in names and "Cloud Removal" in names


def test_a_lexicon_name_inside_a_defined_long_form_elsewhere_is_a_part() -> None:
    # rule 43: the paper defines the long form, so its title's copy is that name too
    title = "Federated Continual Learning with Gated Experts"
    text = "Federated continual learning (FCL) lets clients learn tasks in sequence. We study FCL."
    names = {m.text.lower() for m in extract_text(text, title=title)}
    assert "continual learning" not in names and "federated continual learning" in names


def test_a_task_inside_a_defined_task_is_a_part_but_not_inside_a_method() -> None:
    title = "Recursive Thinking for Temporal Knowledge Graph Question Answering"
    text = "Temporal knowledge graph question answering (TKGQA) is hard. We propose it."
    assert "Knowledge Graph Question Answering" not in {m.text for m in extract_text(text, title=title)}


def test_a_list_in_parentheses_is_no_expansion() -> None:
    text = "We evaluate four LLMs (Llama-3B, Meditron-8B, Mistral-7B) across cycles."
    assert "Mistral-7B" in {m.text for m in extract_text(text)}
