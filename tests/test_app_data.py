"""The dashboard's data layer and chart builders, without Streamlit."""

import json
from datetime import date

import pytest
from conftest import SEEDS

from rallymap.app import charts
from rallymap.app.data import (
    COUNTRY_COLORS,
    OTHER_COLOR,
    RECENCY_RAMP,
    UNDATED_COLOR,
    Filters,
    apply_filters,
    country_colors,
    coverage,
    exports,
    figures,
    narrowed,
    next_window_start,
    playback_window,
    prepare,
    ramp_color,
    recency_colors,
    timeline_frame,
)
from rallymap.app.outlines import country_outlines
from rallymap.build.pipeline import build

STOCKHOLM = "2673730"


@pytest.fixture(scope="module")
def data(gazetteer):
    built = build([SEEDS], gazetteer).dataset
    return prepare(built.events, built.rallies, built.articles)


def test_all_filters_off(data):
    view = apply_filters(data, Filters())
    assert figures(view) == {"rallies": 23, "cities": 17, "countries": 12, "articles": 5, "sources": 3, "people": 0,
                             "unsized": 23}
    assert len(view.cities) == 17 and view.cities["rallies"].sum() == 23


@pytest.mark.parametrize("filters, rallies, cities", [
    pytest.param(Filters(date(2020, 1, 15), date(2020, 1, 25)), 5, 5, id="january-range"),
    pytest.param(Filters(date(2020, 2, 8), date(2020, 2, 8)), 8, 8, id="one-day-overlaps-weekends"),
    pytest.param(Filters(countries=("SE",)), 4, 3, id="sweden"),
    pytest.param(Filters(sources=("irannewsupdate",)), 5, 5, id="one-source"),
    pytest.param(Filters(date(2021, 1, 1), date(2021, 2, 1)), 0, 0, id="empty-range"),
    pytest.param(Filters(languages=("en",)), 23, 17, id="english-articles"),
    pytest.param(Filters(languages=("de",)), 0, 0, id="no-german-articles"),
    pytest.param(Filters(min_confidence=0.5), 22, 16, id="hide-the-least-sure-report"),
])
def test_filters(data, filters, rallies, cities):
    view = apply_filters(data, filters)
    assert (len(view.rallies), len(view.cities)) == (rallies, cities)
    assert set(view.events["rally_id"]) <= set(view.rallies["rally_id"])


def test_coverage_of_stockholm(data):
    view = apply_filters(data, Filters())
    groups = coverage(STOCKHOLM, view, data.articles)
    assert [list(reports["article_id"]) for _, reports in groups] == [["003_974651feac91a017"], ["000_d4c9b7411857badc"]]
    assert all(isinstance(r, str) and "Stockholm" in r for _, reports in groups for r in reports["text"])


def test_deck_is_offline_with_pickable_cities(data):
    view = apply_filters(data, Filters())
    spec = json.loads(charts.deck(view.cities).to_json())
    layers = {layer["id"]: layer for layer in spec["layers"]}
    assert set(layers) == {"countries", "cities"}
    assert layers["cities"]["pickable"] is True and layers["cities"]["wrapLongitude"] is True
    assert len(layers["cities"]["data"]) == 17 and "text" not in layers["cities"]["data"][0]
    assert spec.get("mapStyle") in (None, "") and len(country_outlines()["features"]) > 150
    online = json.loads(charts.deck(view.cities, basemap=True).to_json())
    assert [layer["id"] for layer in online["layers"]] == ["cities"]


def test_the_wheel_scrolls_the_page_and_the_world_fills_the_map(data):
    spec = json.loads(charts.deck(apply_filters(data, Filters()).cities).to_json())
    (map_view,) = spec["views"]
    assert map_view["@@type"] == "MapView" and map_view["repeat"] is True
    assert map_view["controller"]["scrollZoom"] is False and map_view["controller"]["doubleClickZoom"] is True
    assert 512 * 2 ** spec["initialViewState"]["minZoom"] >= charts.MAP_WIDTH
    assert spec["initialViewState"]["zoom"] >= spec["initialViewState"]["minZoom"]


@pytest.mark.parametrize("lats, lons", [
    pytest.param([59.3], [18.1], id="one-city"),
    pytest.param([-40, 65], [-170, 175], id="whole-world"),
    pytest.param([], [], id="nothing"),
])
def test_framing_never_zooms_out_past_the_world_or_into_a_street(lats, lons):
    import pandas as pd

    view = charts.view_for(pd.DataFrame({"lat": lats, "lon": lons}, dtype=float))
    assert charts.MIN_ZOOM <= view.zoom <= charts.FIT_MAX_ZOOM


def test_recency_colours_run_from_oldest_to_newest():
    import pandas as pd

    last = pd.Series(pd.to_datetime(["2020-01-01", None, "2020-03-01", "2020-01-31"]))
    colors = recency_colors(last)
    assert colors[0] == list(RECENCY_RAMP[0]) and colors[2] == list(RECENCY_RAMP[-1])
    assert colors[1] == UNDATED_COLOR and colors[3] == ramp_color(0.5)
    assert recency_colors(pd.Series(pd.to_datetime(["2020-01-01", "2020-01-01"]))) == [list(RECENCY_RAMP[-1])] * 2


def test_timeline_countries_never_share_a_colour(data):
    colors = country_colors([f"C{i}" for i in range(len(COUNTRY_COLORS))] + ["other"])
    assert len(set(colors)) == len(colors) and colors[-1] == OTHER_COLOR
    spec = charts.timeline(data.rallies).to_dict()
    scale = spec["encoding"]["color"]["scale"]
    assert len(set(scale["range"])) == len(scale["domain"]) and scale["domain"][-1] == "other"


def test_legend_says_what_colour_and_size_mean(data):
    cities = apply_filters(data, Filters()).cities
    legend = charts.legend_html(cities)
    assert "2019-12-28" in legend and "2020-02-11" in legend and "number of rallies" in legend
    assert "date unknown" not in legend
    undated = cities.assign(last=["<b>date unknown"] + ["date unknown"] * (len(cities) - 1))
    assert "&lt;b&gt;" in charts.legend_html(undated) and "date unknown" in charts.legend_html(undated)


@pytest.mark.parametrize("start, size, window, following", [
    pytest.param(date(2020, 1, 31), "day", date(2020, 1, 31), date(2020, 2, 1), id="day"),
    pytest.param(date(2020, 1, 27), "week", date(2020, 2, 2), date(2020, 2, 3), id="week-across-months"),
    pytest.param(date(2020, 1, 31), "month", date(2020, 2, 28), date(2020, 2, 29), id="month-from-the-31st"),
    pytest.param(date(2020, 3, 25), "week", date(2020, 3, 31), None, id="last-window"),
])
def test_playback_windows(start, size, window, following):
    assert playback_window(start, size) == (start, window)
    assert next_window_start(start, size, last=date(2020, 3, 31)) == following


def test_playback_fades_the_timeline_outside_the_window(data):
    spec = charts.timeline(data.rallies, (date(2020, 2, 1), date(2020, 2, 7))).to_dict()
    assert spec["encoding"]["opacity"]["field"] == "in_window"
    assert "layer" not in spec


def test_timeline_is_a_single_view_with_a_brush(data):
    spec = charts.timeline(data.rallies).to_dict()
    assert "layer" not in spec and "hconcat" not in spec and "vconcat" not in spec
    assert spec["params"][0]["name"] == charts.BRUSH and spec["params"][0]["select"]["type"] == "interval"
    counts, unit = timeline_frame(data.rallies)
    assert unit == "day" and counts["rallies"].sum() == 23  # eight weeks: still daily bars


def test_exports(data):
    view = apply_filters(data, Filters(countries=("SE",)))
    files = exports(view)
    assert set(files) == {"rallymap-reports.csv", "rallymap-rallies.csv", "rallymap-reports.geojson",
                          "rallymap-rallies.geojson"}
    rallies = json.loads(files["rallymap-rallies.geojson"][0]())
    assert len(rallies["features"]) == 4
    assert {f["properties"]["city"] for f in rallies["features"]} == {"Stockholm", "Gothenburg", "Malmö"}
    assert rallies["features"][0]["geometry"]["type"] == "Point"
    assert files["rallymap-reports.csv"][0]().count("\n") == 5  # header and four reports


def test_brush_range_reads_streamlits_selection_payload():
    from datetime import date as day

    from rallymap.app.views import brush_range

    january_15, january_22 = 1579046400000, 1579651200000  # epoch milliseconds, as Vega sends them
    assert brush_range({"selection": {"brush": {"period": [january_15, january_22]}}}) == (
        day(2020, 1, 15), day(2020, 1, 22))
    assert brush_range({"selection": {"brush": {}}}) is None
    assert brush_range({"selection": {}}) is None


def test_brushing_the_timeline_keeps_the_other_filters():
    chosen = Filters(date(2020, 1, 1), date(2020, 2, 28), True, ("SE",), ("x",), ("en",), 0.5)
    assert narrowed(chosen, (date(2019, 12, 1), date(2020, 1, 31))) == Filters(
        date(2020, 1, 1), date(2020, 1, 31), False, ("SE",), ("x",), ("en",), 0.5)
