"""Resolve a city mention to one GeoNames place, and say why.

Evidence is applied in a fixed order: a country or region written after the name ('Baden,
Switzerland', 'London, Ont.') filters the candidates; among the rest, a place matched by its own
name (not an alternate name) gains a factor of ten, a place in a country the article names
elsewhere a factor of three, and a place in the region, or the focus country, of the article's
other rally places (its neighbours: 'Sevilla, Córdoba, Mérida' in one article are Spanish) a
factor of three for each of them, up to three (resolve_together); where nothing in the text
points anywhere, the country of the article's language tips the balance. Population decides what the context leaves. The resolver abstains
when the written country or region has no place of that name. This is focus-country resolution
and spatial minimality (Leidner; Mordecai 3 ranks candidates by the document's country), done
with the article's own places.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from .gazetteer import Candidate, City, Gazetteer
from .places import PlaceMention
from .text import fold

# An article about rallies in many countries names many countries: that a candidate's country is
# among them is weaker evidence than a name or population (Geneva, Illinois in an article that
# also names the United States should not beat Geneva, Switzerland).
CONTEXT_WEIGHT = 0.5
# Each other place of the article whose likeliest reading lies in a candidate's country adds this
# (log10 units: a factor of three), for up to NEIGHBOUR_CAP of them, when that country holds more
# than half of the article's other places (its focus: an article about rallies in eight
# countries has none, nor has one of New York and Toronto beside 'London'): three Spanish
# cities beside 'Córdoba' outweigh Argentina's fourfold
# population. Each other place in a candidate's own region (first-level division) adds as much
# again, whatever the focus: 'Perth' among Edinburgh and Glasgow is in Scotland.
NEIGHBOUR_WEIGHT = 0.5
REGION_WEIGHT = 0.5
NEIGHBOUR_CAP = 3
FOCUS_SHARE = 0.5
# A name whose largest own-name place is this many times larger than any place of that name in
# another country points to that country (Sevilla, Paris, Perth); a name without one (Córdoba,
# Mérida, Santiago) points nowhere and lends no support.
DOMINANCE = 10
# Where neither the text nor its places point anywhere: the country where the article's language
# is most likely written (CLDR's likely subtags) adds this, a tie-breaker.
LANGUAGE_WEIGHT = 0.3
# A place below this population in a country outside the article's focus, which the article does
# not name, is not taken: the name is more likely a district or landmark of the focus country.
FOREIGN_SMALL_TOWN = 15_000


@dataclass(frozen=True)
class Neighbours:
    """What an article's places say about where each of them is: for each country and each
    region (country, admin1), the names (folded) of the places that lie there (where they point on
    their own, region_pointed_to, or where they were resolved in a round of resolve_together), and
    the country the article's language is most written in (None where it is not to be used)."""

    countries: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    regions: Mapping[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)  # (country, admin1) -> names
    language_country: str | None = None
    # for each sentence, the (name, country) of each of its places that points to a country on its
    # own, or, after a round of resolve_together, where each was resolved
    sentence_points: Mapping[int, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    _of: dict = field(default_factory=dict, compare=False, repr=False)  # of(key), once per key

    def of(self, key: str) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
        """How many other places support each country (only the article's focus: a country
        holding more than FOCUS_SHARE of the other places) and each region, the place named key
        left out."""
        if key not in self._of:
            homes = self._homes
            home_country, home_region = homes[0].get(key), homes[1].get(key)
            counts = {c: len(names) - (c == home_country) for c, names in self.countries.items()}
            total = sum(counts.values())
            focus = {c: n for c, n in counts.items() if n and n > FOCUS_SHARE * total}
            regions = {r: n for r, names in self.regions.items() if (n := len(names) - (r == home_region))}
            self._of[key] = focus, regions
        return self._of[key]

    def focus_of(self, mention: PlaceMention) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
        """of(mention.key), without the focus when another place of the mention's sentence lies in a
        country outside it (sentence_points: 'Lisboa, Paris e Frankfurt' in an article about
        rallies in the United States: a list's places keep to the part of the world their list
        names, and Paris is not the Texan town)."""
        focus, regions = self.of(mention.key)
        if focus and any(country not in focus for name, country in self.sentence_points.get(mention.sentence, ())
                         if name != mention.key):
            return {}, regions
        return focus, regions

    def names(self, where: str | tuple[str, str], key: str) -> list[str]:
        """The other places (folded names) that support a country or region, key left out."""
        found = self.countries.get(where, ()) if isinstance(where, str) else self.regions.get(where, ())
        return [name for name in found if name != key]

    @cached_property
    def _homes(self) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
        return ({k: c for c, names in self.countries.items() for k in names},
                {k: r for r, names in self.regions.items() for k in names})


NO_NEIGHBOURS = Neighbours()


# What was worked out for each name, per gazetteer (by identity: one is built per process and
# injected): its candidates, each place once, and where it points on its own.
_MEMOS: dict[int, tuple[Gazetteer, dict[str, tuple[list[Candidate], tuple[str, str] | None]]]] = {}


def _memo(key: str, gazetteer: Gazetteer) -> tuple[list[Candidate], tuple[str, str] | None]:
    held = _MEMOS.get(id(gazetteer))
    if held is None or held[0] is not gazetteer:
        held = _MEMOS[id(gazetteer)] = (gazetteer, {})
    found = held[1].get(key)
    if found is None:
        # A name can be listed twice for one place (name and alternate name).
        unique: dict[int, Candidate] = {}
        for c in gazetteer.candidates(key):
            if c.city.geonameid not in unique or c.primary:
                unique[c.city.geonameid] = c
        candidates = list(unique.values())
        found = held[1][key] = candidates, _region_pointed_to(candidates)
    return found


def region_pointed_to(key: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The country and first-level region a place name points to on its own: those of its
    largest own-name place when that is DOMINANCE times larger than every place of the name in
    another country; else None."""
    return _memo(key, gazetteer)[1]


def _region_pointed_to(candidates: list[Candidate]) -> tuple[str, str] | None:
    largest: dict[str, City] = {}
    for candidate in candidates:
        city = candidate.city
        if candidate.primary and (city.country not in largest or city.population > largest[city.country].population):
            largest[city.country] = city
    if not largest:
        return None
    ranked = sorted(largest.values(), key=lambda city: -city.population)
    if len(ranked) == 1 or ranked[0].population >= DOMINANCE * max(ranked[1].population, 1):
        return ranked[0].country, ranked[0].admin1
    return None


def neighbours_of(mentions: Iterable[PlaceMention], gazetteer: Gazetteer, language_country: str | None = None,
                  countries_where: Mapping[int, tuple[tuple[str, str], ...]] = MappingProxyType({})) -> Neighbours:
    """The Neighbours of an article's city mentions: each distinct name that points to a country
    and region (region_pointed_to) supports them; countries_where: for each sentence, the
    countries it names as where things happen (name, ISO code), which join its points."""
    mentions = list(mentions)
    countries: dict[str, list[str]] = {}
    regions: dict[tuple[str, str], list[str]] = {}
    for key in dict.fromkeys(m.key for m in mentions):
        region = region_pointed_to(key, gazetteer)
        if region:
            countries.setdefault(region[0], []).append(key)
            if region[1]:
                regions.setdefault(region, []).append(key)
    return Neighbours({c: tuple(names) for c, names in countries.items()},
                      {r: tuple(names) for r, names in regions.items()}, language_country,
                      _with_countries(_sentence_points(mentions, gazetteer), countries_where))


def _sentence_points(mentions: list[PlaceMention], gazetteer: Gazetteer) -> dict[int, tuple[tuple[str, str], ...]]:
    """For each sentence of the mentions, the (name, country) of each of its places that points
    to a country on its own (region_pointed_to)."""
    found: dict[int, dict[tuple[str, str], None]] = {}
    for mention in mentions:
        if (region := region_pointed_to(mention.key, gazetteer)) is not None:
            found.setdefault(mention.sentence, {})[(mention.key, region[0])] = None
    return {sentence: tuple(points) for sentence, points in found.items()}


def _with_countries(points: dict[int, tuple[tuple[str, str], ...]],
                    countries_where: Mapping[int, tuple[tuple[str, str], ...]]) -> dict[int, tuple[tuple[str, str], ...]]:
    """points, each sentence's with the countries it names as where things happen added."""
    if not countries_where:
        return points
    merged = dict(points)
    for sentence, named in countries_where.items():
        merged[sentence] = tuple(dict.fromkeys(merged.get(sentence, ()) + named))
    return merged


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


# Rounds of joint resolution: each resolves every ambiguous place in the light of where the
# others were resolved in the round before (coordinate ascent); most articles settle in one.
JOINT_ROUNDS = 3


def resolve_together(mentions: Iterable[PlaceMention], gazetteer: Gazetteer, context: Iterable[str] = (),
                     language_country: str | None = None,
                     countries_where: Mapping[int, tuple[tuple[str, str], ...]] = MappingProxyType({})) -> Neighbours:
    """The Neighbours an article's places give one another once they are resolved together:
    first each name that points to a country on its own (region_pointed_to) supports it; then,
    for up to JOINT_ROUNDS rounds, every place is resolved with the support of the others'
    resolutions, until they agree. 'Sevilla, Córdoba, Mérida y Granada': Sevilla is Spanish on its
    own, Granada then follows it, Córdoba then has two Spanish neighbours, and Mérida three.
    countries_where: for each sentence, the countries it names as where things happen (name, ISO
    code; places.ArticleAnalysis): a town beside one is not held to the article's focus
    ('Demonstrators in Switzerland, … in Geneva' in an article of American rallies)."""
    mentions = list(mentions)
    # one mention per name, one written with its region or country where there is one
    first = {m.key: m for m in sorted(mentions, key=lambda m: m.cue_end > m.end)}
    if len(first) < 2:
        return Neighbours(language_country=language_country)  # one place: nothing to resolve it against
    context = frozenset(context)
    neighbours = neighbours_of(mentions, gazetteer, language_country, countries_where)
    pointed = {key for names in neighbours.countries.values() for key in names}
    if len(pointed) == len(first):
        return neighbours  # every name points somewhere on its own: their support is all there is
    by_sentence: dict[int, dict[str, None]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, {})[mention.key] = None
    for _ in range(JOINT_ROUNDS):
        countries: dict[str, list[str]] = {}
        regions: dict[tuple[str, str], list[str]] = {}
        resolved: dict[str, str] = {}
        for key, mention in first.items():
            place = resolve_place(mention, gazetteer, context, neighbours)
            if place is not None:
                resolved[key] = place.country
                countries.setdefault(place.country, []).append(key)
                if place.admin1:
                    regions.setdefault((place.country, place.admin1), []).append(key)
        points = _with_countries({sentence: tuple((key, resolved[key]) for key in keys if key in resolved)
                                  for sentence, keys in by_sentence.items()}, countries_where)
        settled = Neighbours({c: tuple(k) for c, k in countries.items()},
                             {r: tuple(k) for r, k in regions.items()}, language_country, points)
        if settled == neighbours:
            break
        neighbours = settled
    return neighbours


def _score(candidate: Candidate, context: frozenset[str], focus: Mapping[str, int],
           regions: Mapping[tuple[str, str], int], language_country: str | None) -> float:
    city = candidate.city
    return (math.log10(city.population + 10) + (1.0 if candidate.primary else 0.0)
            + (CONTEXT_WEIGHT if city.country in context else 0.0)
            + NEIGHBOUR_WEIGHT * min(focus.get(city.country, 0), NEIGHBOUR_CAP)
            + REGION_WEIGHT * min(regions.get((city.country, city.admin1), 0), NEIGHBOUR_CAP)
            + (LANGUAGE_WEIGHT if city.country == language_country else 0.0))


def _named_country_s_own(best: Candidate, candidates: list[Candidate], context: frozenset[str],
                         focus: Mapping[str, int]) -> Candidate | None:
    """A place in a country the article names that bears the name only as an alternate and is
    larger than the best-scored place, which bears it as its own in a country the article neither
    names nor points to ('Westminster' in an article about Britain is the City of Westminster, not
    the town in Colorado): the largest such, or None. The own-name bonus weighs a name's places
    against one another when nothing says where; a named country does."""
    if not best.primary or best.city.country in context or best.city.country in focus:
        return None
    larger = [c for c in candidates if not c.primary and c.city.country in context
              and c.city.population > best.city.population]
    return max(larger, key=lambda c: (c.city.population, -c.city.geonameid)) if larger else None


def resolve_place(mention: PlaceMention, gazetteer: Gazetteer, context: Iterable[str] = (),
                  neighbours: Neighbours = NO_NEIGHBOURS) -> ResolvedPlace | None:
    """The most likely place for mention, or None when the evidence rules every candidate out.
    context: the countries the article names; neighbours: what its other places say."""
    context = frozenset(context)
    focus, regions = neighbours.focus_of(mention)
    # The language speaks only where nothing else in the text does.
    language_country = neighbours.language_country if not (context or focus or regions) else None
    candidates = _memo(mention.key, gazetteer)[0]
    if not candidates:
        return None
    reasons: list[str] = []
    if "-" in mention.surface and fold(mention.surface.split("-", 1)[0]) == mention.key:
        reasons.append(f"'{mention.surface}': a part of the town named before its hyphen")
    elif fold(mention.surface) != mention.key:
        # (the language's inflection, 'Warszawie', or a list's misspelling one letter apart, 'Aukland')
        reasons.append(f"'{mention.surface}' read as '{mention.key}', an inflected form or a misspelling of it")
    if mention.region_cue:
        country, admin1 = mention.region_cue
        narrowed = [c for c in candidates if c.city.country == country and c.city.admin1 == admin1]
        if not narrowed:
            return None
        reasons.append(f"region written after it ({country}-{admin1})")
        # within a state or province a larger town's alternate name is an old name or a nickname
        # ('Newtown', Hartford's first name): the town whose own name it is, if there is one
        candidates = [c for c in narrowed if c.primary] or narrowed
        if len(candidates) < len(narrowed):
            reasons.append(f"its own name there, not the alternate name of {len(narrowed) - len(candidates)} "
                           "other place(s)")
    elif mention.country_cue:
        narrowed = [c for c in candidates if c.city.country == mention.country_cue]
        if not narrowed:
            return None
        reasons.append(f"country written after it ({mention.country_cue})" if mention.cue_end > mention.end
                       else f"the country its sentence or section is framed in ({mention.country_cue})")
        candidates = narrowed
    scored = sorted(((_score(c, context, focus, regions, language_country), c) for c in candidates),
                    key=lambda x: (-x[0], x[1].city.geonameid))
    best_score, best = scored[0]
    displaced = best
    if (named := _named_country_s_own(best, [c for _, c in scored], context, focus)) is not None:
        best_score, best = next((s, c) for s, c in scored if c is named)
    if ((focus or context) and best.city.country not in focus and best.city.country not in context
            and best.city.population < FOREIGN_SMALL_TOWN and not (mention.region_cue or mention.country_cue)
            and not (best.primary and best.city.country == neighbours.language_country)):
        # An article whose places lie in countries it names or points to, and a small town of that
        # name only elsewhere: a district or landmark the gazetteer does not hold ('Bloomsbury' in
        # an article about the UK is not the hamlet in New Jersey). The resolver abstains; not for
        # a town of its own name in the country the article's language is most written in, which a
        # country named as a cause does not make foreign ('ad Assisi … bandiere della Palestina';
        # 'en Californie' is still no hamlet whose other name it is).
        return None
    total = sum(10 ** (s - best_score) for s, _ in scored)
    confidence = round(1.0 / total, 3)
    if len(scored) == 1:
        reasons.append("one place of that name there" if mention.region_cue or mention.country_cue
                       else "the only place of that name")
    elif named is not None:
        reasons.append(f"the article names {best.city.country}, where the name is this larger place's alternate "
                       f"name, over {displaced.city.name} ({displaced.city.country}), whose own name it is")
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
            region = (best.city.country, best.city.admin1)
            if regions.get(region):
                lifts.append(f"the article's other places in {best.city.country}-{best.city.admin1} "
                             f"({', '.join(neighbours.names(region, mention.key)[:3])})")
            if focus.get(best.city.country) and any(c.city.country != best.city.country for c in bigger):
                lifts.append(f"most of the article's other places in {best.city.country} "
                             f"({', '.join(neighbours.names(best.city.country, mention.key)[:3])})")
            if language_country == best.city.country and any(c.city.country != best.city.country for c in bigger):
                lifts.append(f"the article's language is most written in {best.city.country}")
            reasons.append(f"{' and '.join(lifts)}, over {len(bigger)} more populous of {len(scored)} candidates")
    city = best.city
    return ResolvedPlace(city.geonameid, city.name, city.country, city.admin1, city.lat, city.lon,
                         city.population, confidence, "; ".join(reasons))
