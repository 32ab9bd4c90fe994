"""The DuckDB data layer answers what the in-memory one answers, on either layout."""

from datetime import date

import pandas as pd
import pytest
from conftest import SEEDS

from rallymap.app.data import Filters, PandasSource, prepare
from rallymap.app.duck import DuckSource, use_duckdb
from rallymap.build.pipeline import build
from rallymap.store import dataset, review

STOCKHOLM = "2673730"


@pytest.fixture(scope="module", params=["files", "partitioned"])
def sources(request, gazetteer, tmp_path_factory):
    """Both data layers over the seeds build, with one report rejected and one corrected."""
    built = build([SEEDS], gazetteer).dataset
    events = built.events
    rome = events.loc[events["city"] == "Rome", "report_id"].iloc[0]
    oslo = events.loc[(events["city"] == "Oslo") & (events["date_start"] == "2020-02-08"), "report_id"].iloc[0]
    data, _ = review.reviewed(built, [review.make_verdict(rome, "reject", "ana"),
                                      review.make_verdict(oslo, "accept", "bo")])
    folder = tmp_path_factory.mktemp(request.param)
    dataset.write(data, folder, {}, partitioned=request.param == "partitioned")
    return PandasSource(prepare(data.events, data.rallies, data.articles)), DuckSource(folder)


FILTERS = [
    pytest.param(Filters(), id="everything"),
    pytest.param(Filters(date(2020, 1, 15), date(2020, 1, 25)), id="january"),
    pytest.param(Filters(date(2020, 2, 8), date(2020, 2, 8), include_undated=False), id="one-day"),
    pytest.param(Filters(countries=("SE", "NO")), id="two-countries"),
    pytest.param(Filters(sources=("irannewsupdate",)), id="one-source"),
    pytest.param(Filters(languages=("de",)), id="no-german"),
    pytest.param(Filters(min_confidence=0.9), id="sure-reports"),
    pytest.param(Filters(review="reviewed"), id="reviewed"),
    pytest.param(Filters(review="unreviewed", countries=("NO",)), id="unreviewed-norway"),
    pytest.param(Filters(date(2021, 1, 1), date(2021, 2, 1)), id="nothing"),
]


def test_both_layers_agree(sources, filters, monkeypatch):
    from rallymap.app import data
    from rallymap.app import duck as duck_layer

    for layer in (data, duck_layer):  # a page of one rally: every page boundary is crossed
        monkeypatch.setattr(layer, "COVERAGE_PAGE", 1)
    memory, duck = sources
    a, b = memory.select(filters), duck.select(filters)
    key = ["place_key"]
    pd.testing.assert_frame_equal(a.cities.sort_values(key).reset_index(drop=True),
                                  b.cities.sort_values(key).reset_index(drop=True), check_dtype=False)
    assert memory.figures(a) == duck.figures(b)
    (counts_a, unit_a), (counts_b, unit_b) = memory.timeline(a), duck.timeline(b)
    assert unit_a == unit_b
    order = ["period", "country"]
    pd.testing.assert_frame_equal(counts_a.sort_values(order).reset_index(drop=True),
                                  counts_b.sort_values(order).reset_index(drop=True), check_dtype=False)
    for place, rallies in zip(a.cities["place_key"], a.cities["rallies"]):
        pages = [[(r["rally_id"], list(reports["report_id"])) for r, reports in layer.coverage(place, view, page)]
                 for layer, view in ((memory, a), (duck, b)) for page in range(rallies + 1)]
        ours, theirs = pages[:rallies + 1], pages[rallies + 1:]
        assert ours == theirs
        assert [len(page) for page in ours] == [1] * rallies + [0]


test_both_layers_agree = pytest.mark.parametrize("filters", FILTERS)(test_both_layers_agree)


def test_lists_articles_and_exports_agree(sources):
    memory, duck = sources
    assert memory.span() == duck.span() and memory.sources() == duck.sources()
    for kind in ("country", "source", "language"):
        assert memory.options(kind) == duck.options(kind)
    assert memory.n_articles() == duck.n_articles() and memory.has_reports() and duck.has_reports()
    assert list(memory.rejected()["report_id"]) == list(duck.rejected()["report_id"])
    a, b = memory.select(Filters()), duck.select(Filters())
    for source in memory.sources():
        assert memory.articles_of(source) == duck.articles_of(source)
        for article_id in memory.articles_of(source):
            assert memory.article(article_id)["text"] == duck.article(article_id)["text"]
            assert list(memory.article_reports(a, article_id)["report_id"]) == list(
                duck.article_reports(b, article_id)["report_id"])
    for name, (make, _) in memory.exports(a).items():
        assert len(make().splitlines()) == len(duck.exports(b)[name][0]().splitlines()), name


def test_large_datasets_use_duckdb(tmp_path, monkeypatch, sources):
    from rallymap.app import duck

    memory, _ = sources
    dataset.write(dataset.Dataset(memory.data.events.drop(columns=["place_key", "rally_pos"]),
                                  memory.data.articles, memory.data.rallies.drop(columns=["place_key"])), tmp_path, {})
    monkeypatch.delenv(duck.BACKEND, raising=False)
    assert not use_duckdb(tmp_path)
    monkeypatch.setattr(duck, "LARGE_REPORTS", 10)
    assert use_duckdb(tmp_path)
    monkeypatch.setenv(duck.BACKEND, "pandas")
    assert not use_duckdb(tmp_path)


def test_the_dashboard_runs_on_the_duckdb_layer(monkeypatch, tmp_path, gazetteer):
    from test_dashboard import STOCKHOLM as STOCKHOLM_KEY
    from test_dashboard import app, metrics

    from rallymap.app import duck

    result = build([SEEDS], gazetteer)
    dataset.write(result.dataset, tmp_path, result.summary, partitioned=True)
    monkeypatch.setenv(duck.BACKEND, "duckdb")
    at = app(monkeypatch, tmp_path)
    assert not at.exception
    assert metrics(at) == {"Rallies": "23", "Cities": "17", "Countries": "12", "Articles": "5", "Sources": "3",
                           "People (sized rallies, low estimates)": "0", "Rallies without a size": "23"}
    at.selectbox(key="city").set_value(STOCKHOLM_KEY).run()
    assert [s.value for s in at.subheader] == ["Coverage: Stockholm, SE"]
    at.multiselect(key="countries").set_value(["SE", "DK"]).run()
    assert metrics(at)["Rallies"] == "6" and metrics(at)["Cities"] == "5"  # Sweden: 4 rallies in 3 cities; Denmark: 2 in 2
