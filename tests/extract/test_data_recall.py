"""Session 8 data recall: unknown names in lists of known data (rule 78), "MAE" reported as a measure
(rule 79) and social platforms named as sources, on real extraction."""

from __future__ import annotations

from kg.extract import extract_text


def _typed(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_text(text)}


def test_an_unknown_name_among_known_benchmarks_is_a_benchmark() -> None:
    found = _typed("Across ALFWorld, WebShop, and SciWorld, our agents achieve strong performance.")
    assert found.get("SciWorld") == "benchmark"
    found = _typed("On trajectories drawn from ASSEBench and R-Judge, we surface a failure mode.")
    assert found.get("R-Judge") == "benchmark"


def test_an_unknown_name_among_known_datasets_is_a_dataset() -> None:
    found = _typed("Experiments were conducted on the three datasets including IEMOCAP, MELD and EmoryNLP.")
    assert found.get("EmoryNLP") == "dataset"


def test_list_partners_need_known_data_and_no_other_kind() -> None:
    # plural acronyms are classes, a list opened by a model head names models
    assert "APIs" not in _typed(
        "We evaluate our approach on real-world APIs, WebArena APIs, and research APIs."
    )
    text = "We use pretrained foundation models, specifically CT-FM and RadImageNet, to extract features."
    assert "CT-FM" not in _typed(text)
    # no known data in the list: nothing is guessed
    assert "FooLM" not in _typed("We compare GPT-4o, Llama 3 and FooLM on our tasks.")
    # a version word after a name is not an item of its own
    assert "v2" not in _typed("Results across CH-SIMS, CH-SIMS v2, CMU-MOSI, and CMU-MOSEI show gains.")


def test_mae_with_a_value_or_beside_a_metric_is_the_mean_absolute_error() -> None:
    found = {
        m.text: m.name for m in extract_text("The model achieves an MAE of 0.31 years and an RMSE of 0.52.")
    }
    assert found.get("MAE") == "Mean Absolute Error"
    found = _typed("We assess frozen and fine-tuned settings, using MSE, MAE, and R2 metrics.")
    assert found.get("MAE") == "metric"


def test_mae_as_the_masked_autoencoder_is_no_metric() -> None:
    found = _typed("We build on masked autoencoders (MAE). MAE pre-training of 3 layers helps.")
    assert found.get("MAE") != "metric"
    assert _typed("Our MAE-based encoder improves accuracy by 2%.").get("MAE") is None


def test_social_platforms_named_as_sources_are_organisations() -> None:
    found = _typed("We collect TikTok videos, Sina Weibo posts, Instagram images and Telegram channels.")
    assert {found.get(k) for k in ("TikTok", "Sina Weibo", "Instagram", "Telegram")} == {"organization"}


def test_a_list_that_goes_on_into_a_refused_name_gives_no_partner() -> None:
    found = _typed("After fine-tuning on COCO, HDINO-T and HDINO-L further achieve 56.4 mAP.")
    assert "HDINO-T" not in found
    text = "It saves bitrate against AV2, VVC, ECM and JPEG-AI, and 20-40% against learned codecs."
    assert not {"VVC", "ECM", "JPEG-AI"} & set(_typed(text))


def test_a_word_read_backwards_must_open_its_item() -> None:
    text = "Across 4 real datasets (UCSD Ped1, UCSD Ped2, CUHK Avenue, ShanghaiTech) AUC averages 0.704."
    assert "Ped2" not in _typed(text)
    assert _typed("Using FineWebEdu and Cosmopedia, we generate a dataset.").get("FineWebEdu") == "dataset"
