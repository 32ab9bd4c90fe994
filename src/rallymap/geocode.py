"""Resolve a city mention to one GeoNames place, and say why.

Evidence is applied in a fixed order: a country or region written after the name ('Baden,
Switzerland', 'London, Ont.') filters the candidates; among the rest, a place in a country the
article names elsewhere gains a factor of three, a place matched by its own name (not an alternate
name) another factor of ten, and then population decides. The resolver abstains when the written
country or region has no place of that name.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from .extract import PlaceMention
from .gazetteer import Candidate, Gazetteer
from .text import fold

# An article about rallies in many countries names many countries: that a candidate's country is
# among them is weaker evidence than a name or population (Geneva, Illinois in an article that
# also names the United States should not beat Geneva, Switzerland).
CONTEXT_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    geonameid: int | None
    city: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    confidence: float  # share of the evidence weight that went to this place (0..1)
    geo_reason: str
    geocoder: str = "geonames-offline"


def _score(candidate: Candidate, context: frozenset[str]) -> float:
    return (math.log10(candidate.city.population + 10) + (1.0 if candidate.primary else 0.0)
            + (CONTEXT_WEIGHT if candidate.city.country in context else 0.0))


def resolve_place(mention: PlaceMention, gazetteer: Gazetteer,
                  context: Iterable[str] = ()) -> ResolvedPlace | None:
    """The most likely place for mention, or None when the evidence rules every candidate out."""
    context = frozenset(context)
    candidates = gazetteer.candidates(mention.key)
    # A name can be listed twice for one place (name and alternate name).
    unique: dict[int, Candidate] = {}
    for c in candidates:
        if c.city.geonameid not in unique or c.primary:
            unique[c.city.geonameid] = c
    candidates = list(unique.values())
    if not candidates:
        return None
    reasons: list[str] = []
    if fold(mention.surface) != mention.key:
        reasons.append(f"'{mention.surface}' read as a misspelling of '{mention.key}' (one letter apart, "
                       "in a list of places)")
    if mention.region_cue:
        country, admin1 = mention.region_cue
        narrowed = [c for c in candidates if c.city.country == country and c.city.admin1 == admin1]
        if not narrowed:
            return None
        reasons.append(f"region written after it ({country}-{admin1})")
        candidates = narrowed
    elif mention.country_cue:
        narrowed = [c for c in candidates if c.city.country == mention.country_cue]
        if not narrowed:
            return None
        reasons.append(f"country written after it ({mention.country_cue})")
        candidates = narrowed
    scored = sorted(((_score(c, context), c) for c in candidates), key=lambda x: (-x[0], x[1].city.geonameid))
    best_score, best = scored[0]
    total = sum(10 ** (s - best_score) for s, _ in scored)
    confidence = round(1.0 / total, 3)
    if len(scored) == 1:
        reasons.append("one place of that name there" if mention.region_cue or mention.country_cue
                       else "the only place of that name")
    else:
        bigger = [c for _, c in scored if c.city.population > best.city.population]
        if not bigger:
            reasons.append(f"most populous of {len(scored)} candidates")
        else:
            lifts = []
            if best.primary and not all(c.primary for c in bigger):
                lifts.append("its own name, not an alternate name")
            if best.city.country in context and any(c.city.country not in context for c in bigger):
                lifts.append(f"the article names {best.city.country}")
            reasons.append(f"{' and '.join(lifts)}, over {len(bigger)} more populous of {len(scored)} candidates")
    city = best.city
    return ResolvedPlace(city.geonameid, city.name, city.country, city.admin1, city.lat, city.lon,
                         city.population, confidence, "; ".join(reasons))
