"""Toponym resolution measured on a public benchmark: `python -m rallymap.geobench DIR` (or
`make bench-geo GEOWEBNEWS=DIR`).

DIR is the `data/Geocoding` folder of GeoWebNews (Gritta et al. 2019, 'A pragmatic guide to
geoparsing evaluation'; the public repository milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation):
`gwn_full.txt` holds one line per article (`files/N` is line N+1), its gold toponyms separated by
`||`, each `name,,surface,,lat,,lon,,start,,end`. The data are not shipped with rallymap: a user
downloads a copy.

The gold toponyms are given (no extraction is scored): each is looked up in the offline
gazetteer by its surface form, and resolved three ways, run the same way on the same toponyms:
by population alone (the most populous candidate), by rallymap's resolver alone (own names,
then population), and by rallymap's joint resolver (each toponym in the light of the article's
other toponyms, and of the countries it names: geocode.resolve_together). Scores, over the
toponyms the gazetteer has a city for: Accuracy@161 km (the share resolved within 161 km, 100
miles, of the gold point) and the mean error in km, an abstention counted as half the earth's
circumference (the resolver may abstain: a small town of that name only abroad), with how many
it abstained on and the mean error of those it answered. The share of gold toponyms covered is
printed beside them: countries, regions, streets and buildings have no city to resolve to.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from .extract.gazetteer import EARTH_RADIUS_KM, Gazetteer, distance_km, load_gazetteer
from .extract.geocode import NO_NEIGHBOURS, Neighbours, resolve_place, resolve_together
from .extract.places import PlaceMention
from .extract.text import fold, sentences

ACCURATE_KM = 161  # 100 miles: the field's usual threshold (Accuracy@161)


class Toponym(NamedTuple):
    """A gold toponym: its surface form in the article, its character span, and the gold point."""

    surface: str
    start: int
    end: int
    lat: float
    lon: float


class Article(NamedTuple):
    name: str
    text: str
    toponyms: tuple[Toponym, ...]


def read_geowebnews(folder: Path) -> Iterator[Article]:
    """The articles of GeoWebNews' geocoding data in folder, with their gold toponyms. A line or
    field that cannot be read is skipped (the benchmark scores what it can read)."""
    folder = Path(folder)
    lines = (folder / "gwn_full.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    for number, line in enumerate(lines):
        text_path = folder / "files" / str(number)
        if not text_path.is_file():
            continue
        text = text_path.read_bytes().decode("utf-8", errors="replace")
        toponyms = []
        for entry in filter(None, line.split("||")):
            fields = entry.split(",,")
            if len(fields) != 6:
                continue
            _, surface, lat, lon, start, end = fields
            try:
                toponyms.append(Toponym(surface, int(start), int(end), float(lat), float(lon)))
            except ValueError:
                continue
        yield Article(str(number), text, tuple(toponyms))


def _mention(toponym: Toponym, sentence: int) -> PlaceMention:
    key = fold(toponym.surface)
    return PlaceMention(toponym.start, toponym.end, toponym.surface, key, "city", sentence, None, None, toponym.end)


Resolve = Callable[[list[PlaceMention], Gazetteer, frozenset[str]], list[tuple[float, float] | None]]


def by_population(mentions: list[PlaceMention], gazetteer: Gazetteer, countries: frozenset[str]):
    """The most populous candidate of each name, whatever the article says."""
    points = []
    for mention in mentions:
        candidates = gazetteer.candidates(mention.key)
        best = max(candidates, key=lambda c: (c.city.population, c.primary), default=None)
        points.append(None if best is None else (best.city.lat, best.city.lon))
    return points


def alone(mentions: list[PlaceMention], gazetteer: Gazetteer, countries: frozenset[str]):
    """rallymap's resolver, each name by itself."""
    return [_point(resolve_place(m, gazetteer, (), NO_NEIGHBOURS)) for m in mentions]


def joint(mentions: list[PlaceMention], gazetteer: Gazetteer, countries: frozenset[str]):
    """rallymap's joint resolver: every name in the light of the others and of the countries named."""
    neighbours: Neighbours = resolve_together(mentions, gazetteer, countries)
    return [_point(resolve_place(m, gazetteer, countries, neighbours)) for m in mentions]


def _point(place) -> tuple[float, float] | None:
    return None if place is None else (place.lat, place.lon)


RESOLVERS: dict[str, Resolve] = {"population only": by_population, "rallymap alone": alone,
                                 "rallymap joint": joint}


def evaluate(articles: Iterable[Article], gazetteer: Gazetteer) -> dict:
    """Accuracy@161 km and mean error (km) of each resolver over the toponyms the gazetteer has a
    city for, with how many gold toponyms there were and how many were covered."""
    errors: dict[str, list[float]] = {name: [] for name in RESOLVERS}
    answered: dict[str, list[float]] = {name: [] for name in RESOLVERS}
    total = covered = 0
    for article in articles:
        total += len(article.toponyms)
        countries = frozenset(filter(None, (gazetteer.country_of(fold(t.surface)) for t in article.toponyms)))
        kept = [t for t in article.toponyms if gazetteer.candidates(fold(t.surface))
                and not gazetteer.country_of(fold(t.surface))]
        covered += len(kept)
        # each toponym in its sentence, as the joint resolver reads a sentence's places together
        starts = [s.start for s in sentences(article.text)]
        mentions = [_mention(t, bisect.bisect_right(starts, t.start) - 1) for t in kept]
        for name, resolve in RESOLVERS.items():
            for toponym, point in zip(kept, resolve(mentions, gazetteer, countries)):
                error = distance_km(toponym.lat, toponym.lon, *point) if point else math.pi * EARTH_RADIUS_KM
                errors[name].append(error)
                if point:
                    answered[name].append(error)
    result = {"toponyms": total, "covered": covered, "coverage": round(covered / total, 3) if total else 0.0}
    for name, found in errors.items():
        result[name] = {"accuracy_at_161_km": round(sum(e <= ACCURATE_KM for e in found) / len(found), 3)
                        if found else 0.0,
                        "mean_error_km": round(sum(found) / len(found), 1) if found else 0.0,
                        "abstained": len(found) - len(answered[name]),
                        "mean_error_answered_km": round(sum(answered[name]) / len(answered[name]), 1)
                        if answered[name] else 0.0}
    return result


def render(result: dict) -> str:
    lines = [f"GeoWebNews toponyms {result['toponyms']:,}; with a city in the gazetteer {result['covered']:,} "
             f"({result['coverage']:.0%})",
             f"{'resolver':<18}  Accuracy@161km  mean error (km)  abstained  mean error of those answered (km)"]
    for name in RESOLVERS:
        figures = result[name]
        lines.append(f"{name:<18}  {figures['accuracy_at_161_km']:>14.3f}  {figures['mean_error_km']:>15,.1f}"
                     f"  {figures['abstained']:>9,}  {figures['mean_error_answered_km']:>33,.1f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rallymap.geobench", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="GeoWebNews' data/Geocoding folder (gwn_full.txt and files/)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    if not (args.folder / "gwn_full.txt").is_file():
        print(f"rallymap: no gwn_full.txt in {args.folder}: give GeoWebNews' data/Geocoding folder", file=sys.stderr)
        return 2
    result = evaluate(read_geowebnews(args.folder), load_gazetteer())
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
