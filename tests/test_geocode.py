"""Which place a city mention resolves to, and the reason recorded."""

import pytest

from rallymap.extract.geocode import resolve_place
from rallymap.extract.places import PlaceMention


def mention(name, country=None, region=None):
    from rallymap.extract.text import fold
    # a country or region cue is written after the name ('Baden, Switzerland')
    return PlaceMention(0, len(name), name, fold(name), "city", 0, country, region,
                        len(name) + (len(", XX") if country or region else 0))


@pytest.mark.parametrize("name, country, region, context, expected, reason_part", [
    pytest.param("Baden", "CH", None, (), ("CH", "AG"), "country written after it", id="baden-switzerland"),
    pytest.param("Baden", None, None, (), ("AT", "03"), "its own name", id="baden-own-name-beats-alternate"),
    pytest.param("London", "CA", ("CA", "08"), (), ("CA", "08"), "region written after it", id="london-ontario"),
    pytest.param("London", None, None, ("CA",), ("GB", "ENG"), "most populous", id="london-uk-despite-canada"),
    pytest.param("Paris", None, None, ("US",), ("FR", "11"), "most populous", id="paris-france"),
    pytest.param("Geneva", None, None, ("US",), ("CH", "GE"), "most populous", id="geneva-despite-us-context"),
    pytest.param("Perth", None, None, ("GB",), ("AU", "08"), "most populous", id="perth-australia"),
    pytest.param("Washington DC", None, None, (), ("US", "DC"), "only place", id="washington-dc"),
    pytest.param("Malmo", None, None, (), ("SE", "27"), "only place", id="malmo-without-diacritic"),
    pytest.param("Den Haag", None, None, (), ("NL", "11"), "only place", id="den-haag"),
])
def test_resolution(tiny_gazetteer, name, country, region, context, expected, reason_part):
    place = resolve_place(mention(name, country, region), tiny_gazetteer, context)
    assert (place.country, place.admin1) == expected
    assert reason_part in place.geo_reason
    assert 0 < place.confidence <= 1


def test_abstains_when_the_written_country_has_no_such_place(tiny_gazetteer):
    assert resolve_place(mention("Baden", "FR"), tiny_gazetteer) is None


def test_unknown_name(tiny_gazetteer):
    assert resolve_place(mention("Atlantis"), tiny_gazetteer) is None
