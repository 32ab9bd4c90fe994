"""The dashboard's views through Streamlit's AppTest (pydeck and altair arrive as UnknownElement;
a map click is a selection payload put in session_state)."""

import json
import shutil
from datetime import date

import pytest
from conftest import ROOT, SEEDS
from streamlit.testing.v1 import AppTest

from rallymap import dataset
from rallymap.pipeline import build

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
    assert metrics(at) == {"Rallies": "23", "Cities": "17", "Countries": "12", "Articles": "5", "Sources": "3"}
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
    assert any("No rallies in this range" in i.value for i in at.info)
    assert not at.exception


def coverage_titles(at):
    return [m.value for m in at.markdown if m.value.startswith("**") and "Rally" not in m.value]


def test_city_selectbox_opens_coverage(monkeypatch, seeds_data):
    at = app(monkeypatch, seeds_data)
    at.selectbox(key="city").set_value(STOCKHOLM).run()
    assert [s.value for s in at.subheader] == ["Coverage: Stockholm, SE"]
    rallies = [m.value for m in at.markdown if m.value.startswith("**Rally")]
    assert len(rallies) == 2
    captions = " ".join(c.value for c in at.caption)
    assert "003_974651feac91a017" in captions and "000_d4c9b7411857badc" in captions
    assert any(":orange-background[Stockholm]" in m.value for m in at.markdown)


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
    assert "rallymap build seeds --out data" in at.error[0].value and "events.parquet" in at.error[0].value


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
