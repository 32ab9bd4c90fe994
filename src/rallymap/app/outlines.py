"""Country outlines for the offline map, decoded from the TopoJSON the package ships."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


def topojson_to_geojson(topology: dict, name: str) -> dict:
    """Decode one object of a quantized TopoJSON topology into a GeoJSON FeatureCollection, with
    coordinates rounded to 0.01° (about 1 km: finer than a 1:110m map can show)."""
    scale = topology.get("transform", {}).get("scale", (1, 1))
    translate = topology.get("transform", {}).get("translate", (0, 0))
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * scale[0] + translate[0], 2), round(y * scale[1] + translate[1], 2)))
        arcs.append(points)

    def ring(indices):
        coordinates = []
        for index in indices:
            points = arcs[index] if index >= 0 else arcs[~index][::-1]
            coordinates.extend(points if not coordinates else points[1:])
        return coordinates

    features = []
    for geometry in topology["objects"][name]["geometries"]:
        kind = geometry["type"]
        if kind == "Polygon":
            coordinates = [ring(r) for r in geometry["arcs"]]
        elif kind == "MultiPolygon":
            coordinates = [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append({"type": "Feature", "properties": {"name": geometry.get("properties", {}).get("name", "")},
                         "geometry": {"type": kind, "coordinates": coordinates}})
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def country_outlines() -> dict:
    """Natural Earth 1:110m country outlines as GeoJSON (decoded once per process)."""
    source = resources.files("rallymap") / "assets" / "countries-110m.json"
    return topojson_to_geojson(json.loads(source.read_text(encoding="utf-8")), "countries")
