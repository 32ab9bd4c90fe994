"""Geocoders behind geopy's one interface: the offline gazetteer as a geopy Geocoder, online
services through geopy, chosen in `make_geocoder`; `OnlineResolver` puts an online service in front
of (or behind) the offline resolver with a persistent cache, rate limiting, retries and fallback.

A module of its own so that a build without --geocoder never imports geopy.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlparse

from geopy.exc import GeocoderNotFound, GeocoderServiceError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import get_geocoder_for_service
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from ..errors import GeocoderError
from .gazetteer import Gazetteer
from .geocode import NO_NEIGHBOURS, Neighbours, ResolvedPlace, resolve_place
from .places import PlaceMention
from .text import fold


class GazetteerGeocoder(Geocoder):
    """The offline gazetteer behind geopy's Geocoder interface: 'Baden, Switzerland' -> Location."""

    def __init__(self, gazetteer: Gazetteer):
        super().__init__()
        self.gazetteer = gazetteer

    def geocode(self, query: str, *, exactly_one: bool = True, **_ignored):
        name, _, country = (part.strip() for part in str(query).partition(","))
        iso = self.gazetteer.country_of(fold(country)) if country else None
        place = resolve_place(PlaceMention(0, len(name), name, fold(name), "city", 0, iso, None, len(name)),
                              self.gazetteer)
        if place is None:
            return None
        location = Location(f"{place.city}, {place.country}", (place.lat, place.lon),
                            {"geonameid": place.geonameid, "address": {"country_code": place.country.lower()},
                             "geo_reason": place.geo_reason})
        return location if exactly_one else [location]


def make_geocoder(service: str, gazetteer: Gazetteer, url: str | None = None, user_agent: str | None = None,
                  timeout: float = 10.0) -> Geocoder:
    """The geocoder for a service name: 'geonames-offline', or any geopy service ('nominatim',
    'photon', 'arcgis', ...), optionally at another URL (a self-hosted Nominatim)."""
    if service in ("geonames-offline", "offline"):
        return GazetteerGeocoder(gazetteer)
    try:
        cls = get_geocoder_for_service(service)
    except GeocoderNotFound as exc:
        raise GeocoderError(f"unknown geocoder '{service}' (geopy knows e.g. nominatim, photon, arcgis)") from exc
    kwargs: dict = {"timeout": timeout}
    if service == "nominatim" and not user_agent:
        raise GeocoderError("Nominatim requires an identifying --user-agent (its usage policy asks for one)")
    if user_agent:
        kwargs["user_agent"] = user_agent
    if url:
        parsed = urlparse(url if "://" in url else f"https://{url}")
        kwargs.update(domain=parsed.netloc + parsed.path.rstrip("/"), scheme=parsed.scheme)
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise GeocoderError(f"geocoder '{service}' does not take these settings: {exc}") from exc


class GeocodeCache:
    """Answers of online geocoders by (service, query), in SQLite: each answer is committed when it
    arrives, so an interrupted build keeps what it asked. Errors are not cached; 'no result' is."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (service TEXT, query TEXT, found INTEGER, lat REAL, "
                         "lon REAL, address TEXT, country TEXT, PRIMARY KEY (service, query))")
        self._db.commit()

    def get(self, service: str, query: str) -> tuple[bool, dict | None]:
        row = self._db.execute("SELECT found, lat, lon, address, country FROM answers WHERE service=? AND query=?",
                               (service, query)).fetchone()
        if row is None:
            return False, None
        found, lat, lon, address, country = row
        return True, ({"lat": lat, "lon": lon, "address": address, "country": country} if found else None)

    def put(self, service: str, query: str, answer: dict | None) -> None:
        values = (answer["lat"], answer["lon"], answer["address"], answer["country"]) if answer else (None,) * 4
        self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (service, query, 1 if answer else 0, *values))
        self._db.commit()

    def close(self) -> None:
        self._db.close()


class LookupFailed(Exception):
    """An online lookup failed after its retries (the resolver falls back to the offline gazetteer)."""


@dataclass
class GeocoderStats:
    sent: int = 0  # requests that reached the service (retries included)
    cached: int = 0  # lookups answered by the cache
    answered: int = 0  # places the online service placed
    fell_back: int = 0  # lookups that failed and fell back to the offline gazetteer


class OnlineResolver:
    """Resolve mentions with an online geocoder: for the places the offline gazetteer cannot
    resolve (mode 'fallback'), or for every place (mode 'all'). A service that times out, refuses
    (429), fails (5xx) or answers nonsense is retried with exponential backoff, then the offline
    result stands and geo_reason says so. A service that is down never fails the build."""

    def __init__(self, service: str, geocoder: Geocoder, gazetteer: Gazetteer, cache: GeocodeCache,
                 mode: str = "fallback", min_delay: float = 1.0, retries: int = 3, backoff: float = 1.0,
                 sleep=time.sleep):
        if mode not in ("fallback", "all"):
            raise GeocoderError(f"unknown geocoder mode '{mode}' (fallback or all)")
        self.service, self.gazetteer, self.cache, self.mode = service, gazetteer, cache, mode
        self.retries, self.backoff, self.sleep = retries, backoff, sleep
        self.stats = GeocoderStats()
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay, max_retries=0,
                                    swallow_exceptions=False)

    def __call__(self, mention: PlaceMention, context: frozenset[str],
                 neighbours: Neighbours = NO_NEIGHBOURS) -> ResolvedPlace | None:
        offline = resolve_place(mention, self.gazetteer, context, neighbours)
        if self.mode == "fallback" and offline is not None:
            return offline
        query = self._query(mention, offline)
        try:
            answer = self._lookup(query)
        except LookupFailed as exc:
            self.stats.fell_back += 1
            if offline is None:
                return None
            return replace(offline, geocoder="geonames-offline (fallback)",
                           geo_reason=f"{self.service} failed ({exc}); offline: {offline.geo_reason}")
        if answer is None:
            return offline if offline is None else replace(
                offline, geo_reason=f"{self.service} found nothing for '{query}'; offline: {offline.geo_reason}")
        self.stats.answered += 1
        city = answer["address"].split(",")[0].strip() or mention.surface
        country = answer["country"] or (offline.country if offline else "")
        return ResolvedPlace(None, city, country, "", answer["lat"], answer["lon"], 0, 1.0,
                             f"{self.service} answered '{query}'", self.service)

    def _query(self, mention: PlaceMention, offline: ResolvedPlace | None) -> str:
        country = offline.country if offline else mention.country_cue
        name = self.gazetteer.country_names.get(country or "", country or "")
        return f"{mention.surface}, {name}" if name else mention.surface

    def _lookup(self, query: str) -> dict | None:
        known, answer = self.cache.get(self.service, query)
        if known:
            self.stats.cached += 1
            return answer
        error = "no attempt"
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            self.stats.sent += 1
            try:
                location = self._geocode(query, exactly_one=True)
            except GeocoderServiceError as exc:
                error = f"{type(exc).__name__}: {exc}"[:200]
                continue
            except (ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
                error = f"malformed answer: {exc}"[:200]  # a proxy's HTML page, a truncated JSON...
                continue
            answer = None if location is None else {
                "lat": float(location.latitude), "lon": float(location.longitude), "address": location.address,
                "country": str(((location.raw or {}).get("address") or {}).get("country_code") or "").upper()}
            self.cache.put(self.service, query, answer)
            return answer
        raise LookupFailed(error)
