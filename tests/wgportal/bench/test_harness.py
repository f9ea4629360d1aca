"""The benchmarks' shared figures: percentiles, targets, the pages and endpoints asked for."""

import statistics

import pytest
from django.core.management.base import CommandError

from wgportal.bench.harness import against, chosen, percentile, timed_runs


def test_the_95th_percentile_is_the_one_statistics_gives_in_twentieths():
    values = [float(n * n % 97) for n in range(200)]
    assert percentile(values, 95) == pytest.approx(statistics.quantiles(values, n=20)[-1])


def test_with_fewer_than_twenty_values_the_95th_percentile_is_the_slowest():
    assert percentile([3.0, 9.0, 4.0], 95) == 9.0


def test_a_figure_within_its_target_is_met_and_one_beyond_it_missed():
    assert against(300, 300, met="met", missed="MISSED") == "met"
    assert against(300.1, 300, met="met", missed="MISSED") == "MISSED"
    assert against(13, 12, missed="OVER") == "OVER"


def test_only_the_pages_asked_for_are_timed_and_an_unknown_one_stops_the_run():
    assert chosen("healthz, search zh", ["healthz", "home", "search zh"], kind="page types") == [
        "healthz",
        "search zh",
    ]
    with pytest.raises(CommandError, match="Unknown page types: searches"):
        chosen("home,searches", ["healthz", "home"], kind="page types")


def test_each_run_is_timed_once():
    calls = []
    timings = timed_runs(lambda: calls.append(1), 5)
    assert len(timings) == len(calls) == 5
    assert all(ms >= 0 for ms in timings)
