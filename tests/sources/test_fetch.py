"""``kg fetch``: each source's real response shape in, a listing the readers understand out."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fake_api import SOURCES, Clock, FakeApi, Reply, json_reply

from kg.cli import main
from kg.errors import FetchError
from kg.readers import read_files
from kg.sources.fetch import fetch_listing, open_http
from kg.sources.http import Http, HttpSettings

ROOT = Path(__file__).resolve().parents[2]


def serve_hf(api: FakeApi) -> None:
    for day in ("2026-03-06", "2026-03-07"):
        body = (SOURCES / f"hf_daily_{day}.json").read_bytes()
        api.on("/api/daily_papers", {"date": day}, Reply(body=body))
    api.on("/api/daily_papers", {"date": "2026-03-08"}, json_reply([]))  # a day with no papers


def test_hf_daily_days_become_one_listing(
    api: FakeApi, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    serve_hf(api)
    out = tmp_path / "week.json"
    http = make_http()
    dates = ["2026-03-06", "2026-03-07", "2026-03-08"]
    result = fetch_listing("hf-daily", out, http, base=api.base, dates=dates)
    assert result.records == 3 and api.hits() == 3
    papers = read_files([str(out)]).papers
    assert [(p.id, p.source.format) for p in papers] == [
        ("2603.00001", "hf_daily"),
        ("2603.00002", "hf_daily"),
        ("2603.00003", "hf_daily"),
    ]
    first = out.read_bytes()
    fetch_listing("hf-daily", out, make_http(offline=True), base=api.base, dates=dates)
    assert out.read_bytes() == first and api.hits() == 3  # offline, from the cache, same bytes


def test_a_bad_day_is_reported_and_nothing_is_written(
    api: FakeApi, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    api.on("/api/daily_papers", {"date": "2026-03-06"}, json_reply({"error": "Invalid date"}))
    out = tmp_path / "day.json"
    with pytest.raises(FetchError, match="list of daily-paper items") as err:
        fetch_listing("hf-daily", out, make_http(), base=api.base, dates=["2026-03-06"])
    assert "date=2026-03-06" in (err.value.url or "") and not out.exists()


def serve_arxiv(api: FakeApi, query: str = "ti:citation") -> None:
    for start in (0, 2):
        body = (SOURCES / f"arxiv_page_{start}.xml").read_bytes()
        api.on("/api/query", {"search_query": query, "start": start, "max_results": 2}, Reply(body=body))


def test_arxiv_pages_three_seconds_apart(
    api: FakeApi, make_http: Callable[..., Http], clock: Clock, tmp_path: Path
) -> None:
    serve_arxiv(api)
    out = tmp_path / "feed.xml"
    with open_http(
        "arxiv", HttpSettings(cache_dir=tmp_path / "http"), f"{api.base}/api/query", sleep=clock.sleep
    ) as http:
        from kg.sources import arxiv

        body = arxiv.fetch_arxiv(
            http, query="ti:citation", max_results=10, page_size=2, base=f"{api.base}/api/query"
        )
    out.write_bytes(body)
    assert api.hits() == 2 and clock.waits and all(w <= 3.0 for w in clock.waits)
    papers = read_files([str(out)]).papers
    assert [p.id for p in papers] == ["2603.00011", "2603.00012", "2603.00013"]
    assert papers[0].categories == ("cs.CL",) and papers[0].source.format == "arxiv_atom"


def test_arxiv_html_error_page_is_not_data(
    api: FakeApi, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    api.on("/api/query", {"id_list": "2603.00011", "start": 0, "max_results": 1}, Reply(body=b"<html>oops"))
    with pytest.raises(FetchError, match="well-formed XML"):
        fetch_listing(
            "arxiv", tmp_path / "a.xml", make_http(), base=f"{api.base}/api/query", ids=["2603.00011"]
        )
    assert not (tmp_path / "a.xml").exists()


def oa_page(works: list[dict[str, object]], cursor: str | None) -> Reply:
    return json_reply({"meta": {"count": 3, "next_cursor": cursor, "per_page": 2}, "results": works})


def oa_work(n: int) -> dict[str, object]:
    sample = json.loads((SOURCES / "openalex_works.json").read_text())
    return sample[n]


def test_openalex_follows_the_cursor_to_an_empty_page(
    api: FakeApi, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    q = {"filter": "title.search:cite", "per-page": 200}
    api.on("/works", {**q, "cursor": "*"}, oa_page([oa_work(0), oa_work(1)], "c2"))
    api.on("/works", {**q, "cursor": "c2"}, oa_page([oa_work(2)], "c3"))
    api.on("/works", {**q, "cursor": "c3"}, oa_page([], None))
    out = tmp_path / "oa.json"
    r = fetch_listing("openalex", out, make_http(), base=api.base, filter="title.search:cite", max_results=50)
    assert r.records == 3 and api.hits() == 3
    papers = read_files([str(out)]).papers
    assert [p.source.format for p in papers] == ["openalex"] * 3
    assert papers[0].arxiv_id == "2603.00001" and "openalex:W10" in papers[0].references


def test_openalex_looping_cursor_is_an_error(
    api: FakeApi, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    q = {"filter": "x", "per-page": 200}
    api.on("/works", {**q, "cursor": "*"}, oa_page([oa_work(0)], "c2"))
    api.on("/works", {**q, "cursor": "c2"}, oa_page([oa_work(1)], "c2"))
    with pytest.raises(FetchError, match="cursor loops"):
        fetch_listing(
            "openalex", tmp_path / "oa.json", make_http(), base=api.base, filter="x", max_results=50
        )
    assert api.hits() == 2 and not (tmp_path / "oa.json").exists()


def test_s2_papers_and_unknown_ids(api: FakeApi, make_http: Callable[..., Http], tmp_path: Path) -> None:
    rec = json.loads((SOURCES / "s2_paper.json").read_text())
    api.route("/graph/v1/paper/ARXIV:2603.00001", lambda _: json_reply(rec))
    out = tmp_path / "s2.json"
    http = make_http()
    r = fetch_listing(
        "s2", out, http, base=api.base, ids=["ARXIV:2603.00001", "ARXIV:0000.00000"], creds={"api_key": "k"}
    )
    assert r.records == 1 and r.missing == ("ARXIV:0000.00000",)
    assert api.log[0][2].get("x-api-key") == "k"
    (paper,) = read_files([str(out)]).papers
    assert paper.id == "2603.00001" and "2603.00002" in paper.references


def test_cli_fetch_then_offline(api: FakeApi, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    serve_hf(api)
    args = ["fetch", "hf-daily", "--since", "2026-03-06", "--until", "2026-03-07", "--base-url", api.base]
    args += ["--cache-dir", str(tmp_path / "http"), "-o", str(tmp_path / "d.json")]
    assert main(args) == 0
    assert "3 records" in capsys.readouterr().err
    assert main([*args, "--offline"]) == 0
    assert "0 requests, 2 from the cache" in capsys.readouterr().err
    other = ["fetch", "hf-daily", "--date", "2026-03-09", "--base-url", api.base, "--offline"]
    assert main([*other, "--cache-dir", str(tmp_path / "http"), "-o", str(tmp_path / "e.json")]) == 2
    err = capsys.readouterr().err
    assert "not in the cache" in err and "date=2026-03-09" in err and not (tmp_path / "e.json").exists()


def test_a_killed_fetch_resumes_without_refetching(api: FakeApi, tmp_path: Path) -> None:
    """Kill ``kg fetch`` while it waits for day 3: a re-run asks only for day 3."""
    serve_hf(api)
    api.on("/api/daily_papers", {"date": "2026-03-08"}, Reply(body=b"[]", delay=30), json_reply([]))
    out = tmp_path / "d.json"
    args = [sys.executable, "-m", "kg", "fetch", "hf-daily", "--since", "2026-03-06", "--until", "2026-03-08"]
    args += ["--base-url", api.base, "--cache-dir", str(tmp_path / "http"), "-o", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while api.hits() < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert api.hits() == 3 and not out.exists()
    assert main(args[3:]) == 0
    days = [params["date"] for _, params, _ in api.log]
    assert days == ["2026-03-06", "2026-03-07", "2026-03-08", "2026-03-08"]
    assert len(read_files([str(out)]).papers) == 3
