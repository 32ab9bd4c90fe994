"""The dashboard's views through Streamlit's AppTest (pydeck and altair arrive as UnknownElement;
a map click is a selection payload put in session_state)."""

import json
import re
import shutil
from datetime import date

import pandas as pd
import pytest
from conftest import ROOT, SEEDS
from streamlit.testing.v1 import AppTest

from rallymap.app import charts
from rallymap.build.pipeline import build
from rallymap.store import dataset

STOCKHOLM = "2673730"
OSLO = "3143244"


@pytest.fixture(scope="module")
def seeds_data(gazetteer, tmp_path_factory):
    out = tmp_path_factory.mktemp("data")
    result = build([SEEDS], gazetteer)
    dataset.write(result.dataset, out, result.summary)
    return out


def app(monkeypatch, data_dir):
    monkeypatch.setenv("RALLYMAP_DATA", str(data_dir))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    return at.run()


def metrics(at):
    return {m.label: m.value for m in at.metric}


def test_default_view(monkeypatch, seeds_data):
    at = app(monkeypatch, seeds_data)
    assert not at.exception and not at.error
    assert metrics(at) == {"Rallies": "23", "Cities": "17", "Countries": "12", "Articles": "5", "Sources": "3",
                           "People (sized rallies, low estimates)": "0", "Rallies without a size": "23"}
    deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    cities = next(layer for layer in deck["layers"] if layer["id"] == "cities")
    assert len(cities["data"]) == 17
    assert at.slider(key="dates").value == (date(2019, 12, 15), date(2020, 2, 11))
    assert len(at.selectbox(key="city").options) == 18


def test_date_range_and_country_filter(monkeypatch, seeds_data):
    at = app(monkeypatch, seeds_data)
    at.slider(key="dates").set_value((date(2020, 1, 15), date(2020, 1, 25))).run()
    assert metrics(at)["Rallies"] == "5" and metrics(at)["Articles"] == "1"
    at.multiselect(key="countries").set_value(["SE", "DK"]).run()
    assert metrics(at)["Rallies"] == "2" and metrics(at)["Cities"] == "2"


def test_empty_range_shows_a_message(monkeypatch, seeds_data):
    at = app(monkeypatch, seeds_data)
    at.multiselect(key="sources").set_value(["PMOI/MEK"]).run()
    assert metrics(at)["Rallies"] == "1"
    at.multiselect(key="countries").set_value(["SE"]).run()
    assert metrics(at)["Rallies"] == "0"
    assert any("No rallies match these filters" in i.value for i in at.info)
    assert not at.get("deck_gl_json_chart") and not at.exception
    at.button(key="reset").click().run()
    assert metrics(at)["Rallies"] == "23" and at.multiselect(key="countries").value == []


def app_with_link(monkeypatch, data_dir, **query):
    monkeypatch.setenv("RALLYMAP_DATA", str(data_dir))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key.rstrip("_")] = value
    return at.run()


def test_a_link_opens_its_view_and_the_view_writes_its_link(monkeypatch, seeds_data):
    at = app_with_link(monkeypatch, seeds_data, from_="2020-02-01", to="2020-02-11", country=["SE", "NO"],
                       city=STOCKHOLM)
    assert not at.exception and not at.warning
    assert at.slider(key="dates").value == (date(2020, 2, 1), date(2020, 2, 11))
    assert at.multiselect(key="countries").value == ["SE", "NO"]
    assert metrics(at)["Rallies"] == "5"
    assert [s.value for s in at.subheader] == ["Coverage: Stockholm, SE"]
    at.multiselect(key="countries").set_value(["SE"]).run()
    assert at.query_params["country"] == "SE" and at.query_params["city"] == STOCKHOLM
    assert at.query_params["from"] == "2020-02-01" and at.query_params["to"] == "2020-02-11"
    at.multiselect(key="countries").set_value([]).run()
    at.selectbox(key="city").set_value(OSLO).run()
    assert at.query_params["city"] == OSLO and "country" not in at.query_params


def shown(markdown: str) -> str:
    """What markdown whose every special character is backslash-escaped shows."""
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.mark.parametrize("value", [
    pytest.param("x` [Log in again](https://evil.example/phish) `", id="link-out-of-backticks"),
    pytest.param("![x](https://evil.example/pixel.png)", id="image"),
    pytest.param("<img src=x onerror=alert(1)>", id="html"),
    pytest.param("**bold** _em_ :red[red] $x$", id="formatting"),
])
def test_a_link_notice_shows_the_parameter_as_text(monkeypatch, seeds_data, value):
    at = app_with_link(monkeypatch, seeds_data, city=value)
    assert not at.exception
    notice = at.warning[0].value
    assert value in shown(notice)
    # every character markdown could act on is escaped: no link, image, tag or style survives
    assert not re.search(r"(?<!\\)[\[\]()<>`*_$:!]", notice.split("restored:", 1)[1].replace("\n- ", ""))


def test_a_bad_link_falls_back_with_a_notice(monkeypatch, seeds_data):
    at = app_with_link(monkeypatch, seeds_data, from_="2020-02-30", country="ZZ", confidence="lots", city="999")
    assert not at.exception
    notice = shown(at.warning[0].value)
    assert "from=2020-02-30" in notice and "country=ZZ" in notice and "confidence=lots" in notice
    assert "city=999" in notice
    assert metrics(at)["Rallies"] == "23" and at.selectbox(key="city").value in ("", None)
    assert dict(at.query_params) == {}


def test_a_link_can_start_playback(monkeypatch, seeds_data):
    at = app_with_link(monkeypatch, seeds_data, window="week", at="2020-01-15")
    assert not at.exception
    assert at.slider(key="play_at").value == date(2020, 1, 15)
    assert metrics(at)["Rallies"] == "5"  # the week from 15 January holds the five rallies of the 18th
    at.session_state["_advance"] = True
    at.run()
    assert at.slider(key="play_at").value == date(2020, 1, 22) and at.query_params["at"] == "2020-01-22"


def coverage_titles(at):
    return [m.value for m in at.markdown if m.value.startswith("**") and "Rally" not in m.value]


def test_city_selectbox_opens_coverage(monkeypatch, seeds_data):
    at = app(monkeypatch, seeds_data)
    at.selectbox(key="city").set_value(STOCKHOLM).run()
    assert [s.value for s in at.subheader] == ["Coverage: Stockholm, SE"]
    rallies = [m.value for m in at.markdown if m.value.startswith("**Rally")]
    assert len(rallies) == 2
    captions = " ".join(c.value for c in at.caption).replace("\\", "")
    assert "003_974651feac91a017" in captions and "000_d4c9b7411857badc" in captions
    assert any(":orange-background[Stockholm]" in m.value for m in at.markdown)


def test_coverage_of_many_rallies_comes_in_pages(monkeypatch, seeds_data):
    from rallymap.app import data, views

    for module in (data, views):
        monkeypatch.setattr(module, "COVERAGE_PAGE", 1)
    at = app(monkeypatch, seeds_data)
    at.selectbox(key="city").set_value(OSLO).run()
    pages = at.selectbox(key=f"coverage_page-{OSLO}")
    assert pages.options == ["1–1 of 3, by date", "2–2 of 3, by date",
                                                                "3–3 of 3, by date"]
    shown = []
    for page in range(3):
        at.selectbox(key=f"coverage_page-{OSLO}").set_value(page).run()
        shown += [m.value for m in at.markdown if m.value.startswith("**Rally")]
    assert [rally.split(" · ")[0].replace("\\", "") for rally in shown] == [
        "**Rally 2019-12-15 to 2019-12-28**", "**Rally 2020-02-01 to 2020-02-02**", "**Rally 2020-02-08 to 2020-02-09**"]
    at.selectbox(key="city").set_value(STOCKHOLM).run()
    assert len([m for m in at.markdown if m.value.startswith("**Rally")]) == 1


def test_map_click_payload_selects_the_city(monkeypatch, seeds_data):
    at = app(monkeypatch, seeds_data)
    at.session_state["map"] = {"selection": {"indices": {"cities": [0]},
                                             "objects": {"cities": [{"place_key": OSLO, "city": "Oslo"}]}}}
    at.run()
    assert at.selectbox(key="city").value == OSLO
    assert [s.value for s in at.subheader] == ["Coverage: Oslo, NO"]
    assert len([m for m in at.markdown if m.value.startswith("**Rally")]) == 3


def test_source_viewer_selects_a_city(monkeypatch, seeds_data):
    at = app(monkeypatch, seeds_data)
    at.selectbox(key="viewer_source").set_value("irannewsupdate").run()
    buttons = [b for b in at.button if b.label.startswith("Show ")]
    assert [b.label.split(":")[0] for b in buttons] == [
        "Show Stockholm, SE", "Show Washington, US", "Show The Hague, NL", "Show Hamburg, DE", "Show Copenhagen, DK"]
    buttons[2].click().run()
    assert at.selectbox(key="city").value == "2747373"
    assert [s.value for s in at.subheader] == ["Coverage: The Hague, NL"]


LINKED = [
    {"id": "good", "url": "https://news.example.org/2020/02/rally?id=1&lang=en", "source": "Good News",
     "published": "2020-02-10", "text": "Hundreds rallied in Oslo on Saturday."},
    {"id": "script", "url": "javascript:alert(document.cookie)", "source": "Script Source",
     "published": "2020-02-10", "text": "Hundreds rallied in Bergen on Saturday."},
    {"id": "quotes", "url": 'https://evil.example/a"onmouseover="alert(1)', "source": "Quote Source",
     "published": "2020-02-10", "text": "Hundreds rallied in Stockholm on Saturday."},
    {"id": "none", "source": "No Link", "published": "2020-02-10", "text": "Hundreds rallied in Malmö on Saturday."},
]


@pytest.fixture(scope="module")
def linked_data(gazetteer, tmp_path_factory):
    folder = tmp_path_factory.mktemp("linked")
    (folder / "in").mkdir()
    (folder / "in" / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in LINKED), encoding="utf-8")
    result = build([folder / "in"], gazetteer)
    dataset.write(result.dataset, folder / "out", result.summary)
    return folder / "out"


@pytest.mark.parametrize("city, shown", [
    pytest.param("Oslo", "[Good News](https://news.example.org/2020/02/rally?id=1&lang=en)", id="web-address"),
    pytest.param("Bergen", "Script Source ·", id="javascript-is-text"),
    pytest.param("Stockholm", "[Quote Source](https://evil.example/a%22onmouseover=%22alert%281%29)",
                 id="quotes-are-encoded"),
    pytest.param("Malmö", "No Link ·", id="no-url"),
])
def test_article_cards_link_their_source(monkeypatch, linked_data, city, shown):
    at = app(monkeypatch, linked_data)
    events = dataset.read(linked_data).events
    at.selectbox(key="city").set_value(str(events.loc[events["city"] == city, "geonameid"].iloc[0])).run()
    captions = [c.value for c in at.caption if "·" in c.value and "confidence" in c.value]
    assert len(captions) == 1 and captions[0].startswith(shown)
    assert "javascript" not in captions[0].replace("Script Source", "") and '"' not in captions[0]


def test_export_buttons(monkeypatch, seeds_data):
    at = app(monkeypatch, seeds_data)
    assert sorted(b.label for b in at.download_button) == [
        "rallymap-rallies.csv", "rallymap-rallies.geojson", "rallymap-reports.csv", "rallymap-reports.geojson"]


def test_missing_data_is_built_from_seeds(monkeypatch, tmp_path, gazetteer):
    data_dir = tmp_path / "data"
    at = app(monkeypatch, data_dir)
    assert not at.exception and metrics(at)["Rallies"] == "23"
    assert (data_dir / "events.parquet").exists()


def test_corrupt_data_says_how_to_rebuild(monkeypatch, seeds_data, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(seeds_data, broken)
    (broken / "events.parquet").write_bytes(b"garbage")
    at = app(monkeypatch, broken)
    assert not at.exception
    assert "rallymap build seeds --out data" in at.error[0].value and "events.parquet" in shown(at.error[0].value)


def _damaged_latitudes(folder):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(folder / "events.parquet")
    at = table.schema.get_field_index("lat")
    pq.write_table(table.set_column(at, "lat", pa.array([str(v) for v in table["lat"].to_pylist()])),
                   folder / "events.parquet")


def _rally_lost(folder):
    import pyarrow.parquet as pq

    table = pq.read_table(folder / "rallies.parquet")
    pq.write_table(table.slice(1), folder / "rallies.parquet")


def _far_dates(folder):
    import pyarrow as pa
    import pyarrow.parquet as pq

    for name in ("rallies", "events"):
        table = pq.read_table(folder / f"{name}.parquet")
        days = pa.array([date(9999, 12, 31)] * len(table), pa.date32())
        for column in ("date_start", "date_end"):
            table = table.set_column(table.schema.get_field_index(column), column, days)
        pq.write_table(table, folder / f"{name}.parquet")


@pytest.mark.parametrize("damage, says", [
    pytest.param(_damaged_latitudes, "events.parquet", id="latitudes-as-strings"),
    pytest.param(_rally_lost, "rallies.parquet", id="a-rally-of-events-missing"),
])
def test_a_damaged_table_says_how_to_rebuild(monkeypatch, seeds_data, tmp_path, damage, says):
    broken = tmp_path / "broken"
    shutil.copytree(seeds_data, broken)
    damage(broken)
    at = app(monkeypatch, broken)
    assert not at.exception
    assert "rallymap build seeds --out data" in at.error[0].value and says in shown(at.error[0].value)


def test_dates_far_off_never_reach_a_widget(monkeypatch, seeds_data, tmp_path):
    far = tmp_path / "far"
    shutil.copytree(seeds_data, far)
    _far_dates(far)
    at = app(monkeypatch, far)
    assert not at.exception
    low, high = at.slider(key="dates").value
    assert low.year >= 1900 and high <= date.today().replace(year=date.today().year + 2)


def test_empty_dataset(monkeypatch, tmp_path, gazetteer):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Nothing happened anywhere today.", encoding="utf-8")
    result = build([tmp_path / "in"], gazetteer)
    dataset.write(result.dataset, tmp_path / "out", result.summary)
    at = app(monkeypatch, tmp_path / "out")
    assert not at.exception
    assert metrics(at)["Rallies"] == "0"
    assert any("no rallies yet" in i.value for i in at.info)


HOSTILE = ("<script>alert('x')</script> Iranians rallied in Oslo on Saturday. [click me](http://evil.example) "
           "![img](http://evil.example/a.png) <b>bold</b> **stars** :smile: $x^2$ " + "A" * 1_000_000)


def test_hostile_article_text_is_shown_literally(monkeypatch, tmp_path, gazetteer):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hostile.txt").write_text(" date 2020-02-13 Hostile\n\n" + HOSTILE, encoding="utf-8")
    result = build([tmp_path / "in"], gazetteer)
    dataset.write(result.dataset, tmp_path / "out", result.summary)
    at = app(monkeypatch, tmp_path / "out")
    assert not at.exception
    article = next(m for m in at.markdown if "alert" in m.value)
    assert not article.proto.allow_html
    assert "\\<script\\>" in article.value and "<script>" not in article.value
    assert "\\[click me\\]\\(http" in article.value and "](" not in article.value
    assert "\\!\\[img\\]" in article.value and "\\*\\*stars\\*\\*" in article.value
    assert "\\:smile\\:" in article.value and "\\$x\\^2\\$" in article.value
    assert ":orange-background[Oslo]" in article.value
    assert any("Showing the first 200,000" in c.value for c in at.caption)


@pytest.fixture
def fresh_data(seeds_data, tmp_path):
    """A copy of the seeds dataset that a test may review and grow."""
    copy = tmp_path / "data"
    shutil.copytree(seeds_data, copy)
    return copy


def reviewing(monkeypatch, data_dir, name="ana"):
    at = app(monkeypatch, data_dir)
    at.toggle(key="review_mode").set_value(True).run()
    at.text_input(key="reviewer").set_value(name).run()
    return at


def report_ids(data_dir, city):
    events = dataset.read(data_dir).events
    return events.loc[events["city"] == city, "report_id"].tolist()


def test_review_mode_rejects_a_report_and_its_city_leaves_the_map(monkeypatch, fresh_data):
    at = reviewing(monkeypatch, fresh_data)
    at.selectbox(key="city").set_value("3169070").run()  # Rome: one report
    (rome,) = report_ids(fresh_data, "Rome")
    at.button(key=f"reject-{rome}").click().run()
    assert not at.exception and metrics(at)["Cities"] == "16" and metrics(at)["Rallies"] == "22"
    deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    cities = next(layer for layer in deck["layers"] if layer["id"] == "cities")
    assert "Rome" not in {c["city"] for c in cities["data"]}
    line = json.loads((fresh_data / "corrections.jsonl").read_text())
    assert (line["report_id"], line["action"], line["by"]) == (rome, "reject", "ana")
    at.button(key=f"restore-{rome}").click().run()  # from the Rejected reports tab
    assert metrics(at)["Cities"] == "17"


def test_review_needs_a_name(monkeypatch, fresh_data):
    at = reviewing(monkeypatch, fresh_data, name="")
    at.selectbox(key="city").set_value(OSLO).run()
    assert all(b.disabled for b in at.button if b.key and b.key.startswith(("accept-", "reject-")))


def test_a_correction_from_the_panel_moves_the_report(monkeypatch, fresh_data, gazetteer):
    at = reviewing(monkeypatch, fresh_data)
    at.selectbox(key="city").set_value("3169070").run()
    (rome,) = report_ids(fresh_data, "Rome")
    at.text_input(key=f"city-query-{rome}").set_value("Milan").run()
    milan = gazetteer.places("Milan", "IT")[0]
    at.selectbox(key=f"place-{rome}").set_value(milan).run()
    at.button(key=f"correct-{rome}").click().run()
    assert not at.exception
    events = dataset.read(fresh_data).events.set_index("report_id")
    assert events.loc[rome, "city"] == milan.name and events.loc[rome, "machine_city"] == "Rome"
    assert events.loc[rome, "review_status"] == "corrected"
    at.radio(key="review_filter").set_value("reviewed").run()
    assert metrics(at)["Rallies"] == "1" and metrics(at)["Cities"] == "1"
    at.radio(key="review_filter").set_value("unreviewed").run()
    assert metrics(at)["Rallies"] == "22"


def test_a_pasted_article_is_added_and_its_rally_appears(monkeypatch, fresh_data):
    at = reviewing(monkeypatch, fresh_data)
    at.text_area(key="pasted").set_value("Hundreds of people rallied in Bergen on Saturday for Iran.")
    at.text_input(key="pasted_url").set_value("https://example.org/bergen")
    at.date_input(key="pasted_date").set_value(date(2020, 2, 10))
    at.button(key="add").click().run()
    assert not at.exception and not at.error
    assert metrics(at)["Articles"] == "6" and metrics(at)["Cities"] == "18"
    assert [p.suffix for p in (fresh_data / "sources").iterdir()] == [".json"]
    summary = json.loads((fresh_data / "build.json").read_text())
    assert str(fresh_data / "sources") in summary["sources"] and str(SEEDS) in summary["sources"]


@pytest.mark.parametrize("start, precision, shown", [
    pytest.param(pd.NaT, "year-unknown", "day given, year not given", id="year-unknown"),
    pytest.param(pd.NaT, "unknown", "date unknown", id="unknown"),
    pytest.param(pd.Timestamp("2020-02-08"), "day", "2020-02-08", id="a-day"),
])
def test_a_day_without_its_year_is_never_drawn_at_a_guessed_year(start, precision, shown):
    from rallymap.app.views import _dates

    assert _dates(start, start, precision) == shown


SIZED = ROOT / "tests" / "data" / "sized"


@pytest.fixture(scope="module")
def sized_data(gazetteer, tmp_path_factory):
    out = tmp_path_factory.mktemp("sized")
    result = build([SIZED], gazetteer)
    dataset.write(result.dataset, out, result.summary)
    return out


def circles(at):
    deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    layer = next(layer for layer in deck["layers"] if layer["id"] == "cities")
    return {row["city"]: row for row in layer["data"]}, charts.TOOLTIP["html"]


def test_circles_by_people_tooltips_with_sizes_and_unsized_counted_apart(monkeypatch, sized_data):
    at = app(monkeypatch, sized_data)
    assert metrics(at)["People (sized rallies, low estimates)"] == "4,200"
    assert metrics(at)["Rallies without a size"] == "1"
    by_rallies, tooltip = circles(at)
    assert len({row["radius"] for row in by_rallies.values()}) == 1  # one rally each: one size
    assert "{size_span}" in tooltip
    assert by_rallies["Oslo"]["size_span"] == "4,000–6,000 people"
    assert by_rallies["Trondheim"]["size_span"] == "no stated size"
    at.radio(key="measure").set_value("people").run()
    by_people, _ = circles(at)
    assert by_people["Oslo"]["radius"] > by_people["Bergen"]["radius"] > by_people["Trondheim"]["radius"] > 0
    rallies = dataset.read(sized_data).rallies
    spec = charts.timeline(rallies, measure="people").to_dict()
    assert spec["encoding"]["y"]["field"] == "people" and spec["encoding"]["y"]["title"] == charts.MEASURES["people"]
    counts = pd.DataFrame(spec["datasets"][next(iter(spec["datasets"]))])
    assert counts["people"].sum() == 4_200  # the low estimates; the unsized rally adds nothing


def test_size_filter_keeps_unsized_rallies_apart(monkeypatch, sized_data):
    at = app(monkeypatch, sized_data)
    at.select_slider(key="min_people").set_value(1_000).run()
    assert metrics(at)["Rallies"] == "2"  # Oslo, and Trondheim, which states no size
    at.checkbox(key="unsized").uncheck().run()
    assert metrics(at)["Rallies"] == "1" and metrics(at)["Cities"] == "1"


def test_a_coverage_card_shows_the_size_and_its_words(monkeypatch, sized_data):
    at = app(monkeypatch, sized_data)
    cities, _ = circles(at)
    at.selectbox(key="city").set_value(cities["Oslo"]["place_key"]).run()
    texts = [m.value for m in at.markdown]
    assert any("4,000–6,000 people" in t for t in texts)  # the rally's line
    assert any(":orange-background[About 5,000]" in t.replace("\\", "") for t in texts)
    assert any("Size: 4,000–6,000 people, from 'About 5,000' (police)" in c.value.replace("\\", "")
               for c in at.caption)


def test_a_link_keeps_the_size_filter(monkeypatch, sized_data):
    at = app_with_link(monkeypatch, sized_data, people="1000", unsized="0")
    assert metrics(at)["Rallies"] == "1" and at.select_slider(key="min_people").value == 1_000
    assert at.query_params["people"] == "1000" and at.query_params["unsized"] == "0"
