"""The toponym-resolution benchmark's reader and scores, on a made-up copy of GeoWebNews' format
(tests/data/geowebnews: two articles; the real data are not shipped)."""

from pathlib import Path

import pytest

from rallymap import geobench

DATA = Path(__file__).parent / "data" / "geowebnews"


def test_the_reader_takes_what_it_can_read():
    articles = list(geobench.read_geowebnews(DATA))
    assert [a.name for a in articles] == ["0", "1"]
    assert [t.surface for t in articles[1].toponyms] == ["Toronto", "Ottawa", "London"]  # a broken entry is skipped
    london = articles[1].toponyms[2]
    assert articles[1].text[london.start:london.end] == "London"


def test_the_joint_resolver_reads_a_place_by_its_neighbours(tiny_gazetteer):
    result = geobench.evaluate(geobench.read_geowebnews(DATA), tiny_gazetteer)
    assert (result["toponyms"], result["covered"]) == (6, 5)  # France is a country: no city to resolve to
    assert result["population only"]["accuracy_at_161_km"] == 0.8  # London, UK beside Toronto and Ottawa
    assert result["rallymap joint"]["accuracy_at_161_km"] == 1.0
    assert result["rallymap joint"]["mean_error_km"] < result["population only"]["mean_error_km"]


@pytest.mark.parametrize("a, b, km", [
    pytest.param((48.8534, 2.3488), (51.5085, -0.1257), 344, id="paris-london"),
    pytest.param((0.0, 0.0), (0.0, 180.0), 20015, id="half-the-earth"),
    pytest.param((10.0, 10.0), (10.0, 10.0), 0, id="same-point"),
])
def test_distance(a, b, km):
    assert round(geobench.distance_km(*a, *b)) == km


def test_a_folder_without_the_data_is_a_clear_error(tmp_path, capsys):
    assert geobench.main([str(tmp_path)]) == 2
    assert "gwn_full.txt" in capsys.readouterr().err
