"""Pure builders of the dashboard's map and timeline, testable without Streamlit."""

from __future__ import annotations

import json
import math
from functools import lru_cache

import altair as alt
import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from .data import country_color, timeline_frame
from .outlines import country_outlines

CITY_LAYER = "cities"
TOOLTIP = {"html": "<b>{city}</b>, {country}<br/>{rallies} rallies, {reports} reports<br/>{span}",
           "style": {"fontSize": "12px"}}
BRUSH = "brush"


def view_for(cities: pd.DataFrame, width: int = 540, height: int = 500) -> pdk.ViewState:
    """A view that fits every city in a map of about width x height pixels (the map column of a
    laptop screen): centred on their bounding box, zoomed to fit it (Web Mercator)."""
    if cities.empty:
        return pdk.ViewState(latitude=30, longitude=10, zoom=0.6)
    lat0, lat1 = cities["lat"].min(), cities["lat"].max()
    lon0, lon1 = cities["lon"].min(), cities["lon"].max()

    def mercator_y(lat):
        return math.log(math.tan(math.pi / 4 + math.radians(max(-85, min(85, lat))) / 2))

    dx = max(lon1 - lon0, 1.0) / 360
    dy = max(mercator_y(lat1) - mercator_y(lat0), 0.02) / (2 * math.pi)
    zoom = math.log2(min(width / (512 * dx), height / (512 * dy))) - 0.35
    center_y = (mercator_y(lat0) + mercator_y(lat1)) / 2
    center_lat = math.degrees(2 * math.atan(math.exp(center_y)) - math.pi / 2)
    return pdk.ViewState(latitude=round(center_lat, 5), longitude=round((lon0 + lon1) / 2, 5),
                         zoom=round(max(0.3, min(zoom, 9)), 3))


OUTLINES_PLACEHOLDER = "rallymap:country-outlines"


@lru_cache(maxsize=1)
def _outlines_json() -> str:
    return json.dumps(country_outlines(), separators=(",", ":"))


class CompactDeck(pdk.Deck):
    """A Deck serialised without indentation, which halves what the map sends to the browser and
    lets json use its C encoder (pydeck's indented JSON takes the slow pure-Python path); the
    country outlines are serialised once per process: their layer carries a placeholder that is
    replaced by the cached JSON."""

    def to_json(self) -> str:
        compact = json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))
        return compact.replace(json.dumps(OUTLINES_PLACEHOLDER), _outlines_json(), 1)


def deck(cities: pd.DataFrame, basemap: bool = False, view: pdk.ViewState | None = None) -> pdk.Deck:
    """The map: country outlines (shipped, offline) and one pickable circle per city.

    basemap: draw a Carto basemap under them (needs the network)."""
    outlines = pdk.Layer("GeoJsonLayer", id="countries", data=OUTLINES_PLACEHOLDER, stroked=True, filled=True,
                         get_fill_color=[236, 236, 236], get_line_color=[170, 170, 170], line_width_min_pixels=0.5,
                         pickable=False, wrap_longitude=True)
    columns = ["place_key", "city", "country", "lat", "lon", "rallies", "reports", "span", "radius", "color"]
    circles = pdk.Layer("ScatterplotLayer", id=CITY_LAYER, data=cities[columns].to_dict("records"),
                        get_position=["lon", "lat"], get_radius="radius", radius_units="'pixels'",  # quoted: a literal, not an accessor
                        get_fill_color="color", get_line_color=[255, 255, 255], line_width_min_pixels=1,
                        stroked=True, opacity=0.85, pickable=True, auto_highlight=True, wrap_longitude=True)
    layers = [circles] if basemap else [outlines, circles]
    return CompactDeck(layers=layers, initial_view_state=view or view_for(cities), tooltip=TOOLTIP,
                    map_provider="carto" if basemap else None, map_style="light" if basemap else None)


def timeline(rallies: pd.DataFrame) -> alt.Chart:
    """Rallies per day (per week over long spans), stacked by country, with an interval brush on
    time. A single view: Streamlit only reports selections of single-view charts."""
    counts, unit = timeline_frame(rallies)
    countries = sorted(counts["country"].unique())
    colors = ["#%02x%02x%02x" % tuple(country_color(c)) for c in countries]
    brush = alt.selection_interval(encodings=["x"], name=BRUSH)
    return alt.Chart(counts).mark_bar().encode(
        x=alt.X("period:T", title="week" if unit == "week" else "day"),
        y=alt.Y("sum(rallies):Q", title="rallies"),
        color=alt.Color("country:N", scale=alt.Scale(domain=countries, range=colors), title="country",
                        legend=alt.Legend(columns=2, symbolLimit=0)),
        tooltip=[alt.Tooltip("period:T", title=unit), "country:N", alt.Tooltip("sum(rallies):Q", title="rallies")],
    ).add_params(brush).properties(height=180)
