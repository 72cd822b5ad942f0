"""The HTTP layer against a misbehaving local server: retries, Retry-After, timeouts, cache, offline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fake_api import Clock, FakeApi, Reply, json_reply

from kg.errors import FetchError
from kg.sources.http import Http


def test_429_waits_as_long_as_retry_after_says(
    api: FakeApi, make_http: Callable[..., Http], clock: Clock
) -> None:
    api.on("/x", {"q": "1"}, Reply(429, b"slow down", {"Retry-After": "7"}), json_reply({"ok": 1}))
    http = make_http()
    assert http.get_json(f"{api.base}/x", {"q": 1}) == {"ok": 1}
    assert clock.waits == [7.0] and api.hits("/x") == 2 and http.stats.retries == 1


def test_503_with_an_http_date_and_500_then_success_back_off(
    api: FakeApi, make_http: Callable[..., Http], clock: Clock
) -> None:
    api.on("/x", {"q": "1"}, Reply(500), Reply(502), json_reply([1]))
    http = make_http(backoff=0.5)
    assert http.get_json(f"{api.base}/x", {"q": 1}) == [1]
    assert clock.waits == [0.5, 1.0]  # exponential backoff when the server names no time


def test_retries_run_out_with_a_typed_error(api: FakeApi, make_http: Callable[..., Http]) -> None:
    api.on("/x", {}, Reply(503, headers={"Retry-After": "1"}))
    with pytest.raises(FetchError) as err:
        make_http(retries=2).get(f"{api.base}/x")
    assert err.value.status == 503 and err.value.retry and err.value.url == f"{api.base}/x"
    assert api.hits() == 3


def test_a_client_error_is_not_retried(api: FakeApi, make_http: Callable[..., Http]) -> None:
    api.on("/x", {}, Reply(403, b"no"))
    with pytest.raises(FetchError, match="HTTP 403") as err:
        make_http().get(f"{api.base}/x")
    assert not err.value.retry and api.hits() == 1


def test_a_timeout_is_retried(api: FakeApi, make_http: Callable[..., Http], clock: Clock) -> None:
    api.on("/x", {}, Reply(delay=1.0, body=b"[]"), json_reply(["late but fine"]))
    http = make_http(timeout=0.2)
    assert http.get_json(f"{api.base}/x") == ["late but fine"]
    assert http.stats.retries == 1 and clock.waits == [1.0]


def test_a_body_cut_short_is_retried_and_never_cached(api: FakeApi, make_http: Callable[..., Http]) -> None:
    api.on("/x", {}, Reply(body=b'{"results": [1, 2', cut=True), json_reply({"results": [1, 2]}))
    http = make_http()
    assert http.get_json(f"{api.base}/x") == {"results": [1, 2]}
    assert http.get_json(f"{api.base}/x") == {"results": [1, 2]}
    assert api.hits() == 2 and http.stats.cached == 1


def test_truncated_json_is_reported_with_its_url_and_forgotten(
    api: FakeApi, make_http: Callable[..., Http]
) -> None:
    api.on("/x", {"page": "2"}, Reply(body=b'{"results": [1, 2'), json_reply({"results": []}))
    http = make_http()
    with pytest.raises(FetchError, match="not valid JSON") as err:
        http.get_json(f"{api.base}/x", {"page": 2})
    assert err.value.url == f"{api.base}/x?page=2" and err.value.status == 200
    assert http.get_json(f"{api.base}/x", {"page": 2}) == {"results": []}  # asked again, not cached
    assert api.hits() == 2


def test_second_run_is_answered_from_the_cache_and_offline_works(
    api: FakeApi, make_http: Callable[..., Http]
) -> None:
    api.on("/x", {"a": "1"}, json_reply({"n": 1}))
    assert make_http().get_json(f"{api.base}/x", {"a": 1, "mailto": "me@org.example"}) == {"n": 1}
    again = make_http()  # a new process would open the same on-disk cache
    assert again.get_json(f"{api.base}/x", {"a": 1, "mailto": "other@org.example"}) == {"n": 1}
    offline = make_http(offline=True)
    assert offline.get_json(f"{api.base}/x", {"a": 1}) == {"n": 1}
    assert api.hits() == 1 and again.stats.requests == 0 and offline.stats.requests == 0
    with pytest.raises(FetchError, match="not in the cache") as err:
        offline.get(f"{api.base}/x", {"a": 2})
    assert err.value.url == f"{api.base}/x?a=2" and api.hits() == 1


def test_requests_to_a_host_are_spaced(api: FakeApi, make_http: Callable[..., Http], clock: Clock) -> None:
    api.route("/x", lambda params: json_reply(params))
    http = make_http(intervals={"127.0.0.1": 3.0})
    for i in range(3):
        http.get_json(f"{api.base}/x", {"i": i})
    http.get_json(f"{api.base}/x", {"i": 0})  # from the cache: no wait
    assert clock.waits == [3.0, 3.0] and api.hits() == 3


def test_the_api_key_never_shows_in_errors(api: FakeApi, make_http: Callable[..., Http]) -> None:
    api.on("/x", {}, Reply(401))
    with pytest.raises(FetchError) as err:
        make_http().get(f"{api.base}/x", {"api_key": "SECRET"})
    assert "SECRET" not in str(err.value) and api.log[0][1]["api_key"] == "SECRET"
