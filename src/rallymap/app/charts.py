"""Pure builders of the dashboard's map and timeline, testable without Streamlit."""

from __future__ import annotations

import html
import json
import math
from datetime import date
from functools import lru_cache

import altair as alt
import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from .data import PERIOD_LENGTHS, RECENCY_RAMP, UNDATED_COLOR, country_colors, timeline_frame
from .outlines import country_outlines

CITY_LAYER = "cities"
TOOLTIP = {"html": "<b>{city}</b>, {country}<br/>{rallies} rallies, {reports} reports<br/>{span}<br/>{size_span}",
           "style": {"fontSize": "12px"}}
BRUSH = "brush"
MAP_HEIGHT = 410
MAP_WIDTH = 620  # about the map column's width on a laptop screen
# Zoomed out no further than where the world (512 px wide at zoom 0) spans the map's width: the
# map then always shows land and sea, never a small world in a corner of an empty canvas.
MIN_ZOOM = math.ceil(1000 * math.log2(MAP_WIDTH / 512)) / 1000
MAX_ZOOM = 12
FIT_MAX_ZOOM = 5  # a view framed on one or two cities still shows the country they are in
# The mouse wheel scrolls the page, as everywhere else on it; zoom is by the +/- buttons, a
# double click, a pinch, or the +/- keys once the map has been clicked. Panning is by dragging.
CONTROLLER = {"scrollZoom": False, "dragPan": True, "dragRotate": False, "doubleClickZoom": True,
              "touchZoom": True, "touchRotate": False, "keyboard": True}


def view_for(cities: pd.DataFrame, width: int = MAP_WIDTH, height: int = MAP_HEIGHT) -> pdk.ViewState:
    """A view that fits every city in a map of about width x height pixels (the map column of a
    laptop screen): centred on their bounding box, zoomed to fit it (Web Mercator), never
    zoomed out past MIN_ZOOM."""
    if cities.empty:
        return pdk.ViewState(latitude=30, longitude=10, zoom=MIN_ZOOM, min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM)
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
                         zoom=round(max(MIN_ZOOM, min(zoom, FIT_MAX_ZOOM)), 3), min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM)


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


# What a circle's size may show: the number of rallies, or the people their stated sizes add up to.
SIZE_BY = {"rallies": "radius", "people": "people_radius"}


def deck(cities: pd.DataFrame, basemap: bool = False, view: pdk.ViewState | None = None,
         size_by: str = "rallies") -> pdk.Deck:
    """The map: country outlines (shipped, offline) and one pickable circle per city, sized by
    size_by (SIZE_BY: rallies, or people, where a city with no stated size keeps a small circle).

    basemap: draw a Carto basemap under them (needs the network)."""
    outlines = pdk.Layer("GeoJsonLayer", id="countries", data=OUTLINES_PLACEHOLDER, stroked=True, filled=True,
                         get_fill_color=[236, 236, 236], get_line_color=[170, 170, 170], line_width_min_pixels=0.5,
                         pickable=False, wrap_longitude=True)
    columns = ["place_key", "city", "country", "lat", "lon", "rallies", "reports", "span", "size_span", "color"]
    records = cities[columns].assign(radius=cities[SIZE_BY[size_by]]).to_dict("records")
    circles = pdk.Layer("ScatterplotLayer", id=CITY_LAYER, data=records,
                        get_position=["lon", "lat"], get_radius="radius", radius_units="'pixels'",  # quoted: a literal, not an accessor
                        get_fill_color="color", get_line_color=[255, 255, 255], line_width_min_pixels=1,
                        stroked=True, opacity=0.85, pickable=True, auto_highlight=True, wrap_longitude=True)
    layers = [circles] if basemap else [outlines, circles]
    # repeat: the world is drawn again east and west, so panning never reaches an empty edge.
    map_view = pdk.View(type="MapView", controller=CONTROLLER, repeat=True)
    return CompactDeck(layers=layers, views=[map_view], initial_view_state=view or view_for(cities), tooltip=TOOLTIP,
                       map_provider="carto" if basemap else None, map_style="light" if basemap else None)


def legend_html(cities: pd.DataFrame, size_by: str = "rallies") -> str:
    """The map's legend, as HTML made only from dates the dataset holds (escaped): the colour
    ramp from the oldest to the newest latest-rally date among the cities, grey for unknown
    dates, and what a circle's size means."""
    stops = ", ".join(f"rgb{tuple(c)}" for c in RECENCY_RAMP)
    dated = sorted(d for d in cities["last"] if d != "date unknown") if not cities.empty else []
    oldest, newest = (html.escape(dated[0]), html.escape(dated[-1])) if dated else ("", "")
    grey = f"rgb{tuple(UNDATED_COLOR)}"
    undated = "" if len(dated) == len(cities) else (
        f'<span style="display:inline-block;width:10px;height:10px;border-radius:50%;background:{grey};'
        'margin:0 4px 0 12px;vertical-align:middle"></span>date unknown')
    return (
        '<div class="rallymap-legend" style="font-size:0.8rem;color:#555;line-height:1.6">'
        "Colour: date of the city's latest rally in view "
        f'<span style="white-space:nowrap">{oldest} <span style="display:inline-block;width:90px;height:10px;'
        f'vertical-align:middle;background:linear-gradient(to right, {stops})"></span> {newest}</span>'
        f"{undated} · Size: {'number of rallies' if size_by == 'rallies' else SIZE_BY_PEOPLE}</div>")


SIZE_BY_PEOPLE = "people (the low estimates of the stated sizes; small: no size stated)"


def timeline(rallies: pd.DataFrame, window: tuple[date, date] | None = None, measure: str = "rallies") -> alt.Chart:
    """The timeline of a rallies table (see timeline_chart)."""
    return timeline_chart(*timeline_frame(rallies), window, measure)


# The timeline's measures: what its bars count, as its axis says.
MEASURES = {"rallies": "rallies", "people": "people (sum of low estimates)"}


def timeline_chart(counts: pd.DataFrame, unit: str, window: tuple[date, date] | None = None,
                   measure: str = "rallies") -> alt.Chart:
    """Rallies (or, measure 'people', the sum of their stated sizes' low estimates: rallies
    without one add nothing) per day (per week or month over long spans; counts from
    timeline_frame), stacked by country, with an interval brush on time; during playback the bars
    outside the window are faded. A single view: Streamlit only reports selections of
    single-view charts."""
    title = MEASURES[measure]
    totals = counts.groupby("country")["rallies"].sum()
    countries = sorted(totals.index, key=lambda c: (c == "other", -totals[c], c))
    colors = country_colors(countries)
    brush = alt.selection_interval(encodings=["x"], name=BRUSH)
    encodings = {}
    if window is not None:
        counts = counts.assign(in_window=_overlaps(counts["period"], unit, window))
        encodings["opacity"] = alt.Opacity("in_window:N", scale=alt.Scale(domain=[False, True], range=[0.25, 1.0]),
                                           legend=None)
    return alt.Chart(counts).mark_bar().encode(
        **encodings,
        x=alt.X("period:T", title="week" if unit == "week" else "day"),
        y=alt.Y(f"sum({measure}):Q", title=title),
        color=alt.Color("country:N", scale=alt.Scale(domain=countries, range=colors), title="country",
                        legend=alt.Legend(columns=2, symbolLimit=0)),
        tooltip=[alt.Tooltip("period:T", title=unit), "country:N", alt.Tooltip("sum(rallies):Q", title="rallies"),
                 alt.Tooltip("sum(people):Q", title=MEASURES["people"], format=",")],
    ).add_params(brush).properties(height=180)


def _overlaps(periods: pd.Series, unit: str, window: tuple[date, date]) -> pd.Series:
    """Whether each timeline bar (a day, or the week or month opening on it) overlaps window."""
    ends = periods + PERIOD_LENGTHS[unit] - pd.Timedelta(days=1)
    return (periods <= pd.Timestamp(window[1])) & (ends >= pd.Timestamp(window[0]))
