"""The dashboard's data layer: filters and aggregates over the built tables. Pure pandas, no
Streamlit, so the views stay small and these functions are tested on their own."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

PALETTE = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189), (140, 86, 75),
           (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207), (174, 199, 232), (255, 187, 120)]


@dataclass(frozen=True)
class Filters:
    """What the user chose: a date range (None: the whole span), countries and sources (empty: all)."""

    start: date | None = None
    end: date | None = None
    include_undated: bool = True
    countries: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class View:
    """The filtered tables every view draws from."""

    rallies: pd.DataFrame
    events: pd.DataFrame
    cities: pd.DataFrame = field(default_factory=pd.DataFrame)


def place_keys(df: pd.DataFrame) -> pd.Series:
    """One key per place: the GeoNames id, or rounded coordinates for online-geocoded places."""
    coords = "@" + df["lat"].round(3).astype(str) + "," + df["lon"].round(3).astype(str)
    return df["geonameid"].astype("string").fillna(coords).astype(str)


def span(rallies: pd.DataFrame) -> tuple[date, date] | None:
    """First and last day of the dated rallies."""
    dated = rallies.dropna(subset=["date_start"])
    if dated.empty:
        return None
    return dated["date_start"].min().date(), dated["date_end"].max().date()


def apply_filters(rallies: pd.DataFrame, events: pd.DataFrame, filters: Filters) -> View:
    """Rallies and reports that satisfy the filters. A rally is in the date range when its interval
    overlaps it; a source filter keeps the rallies those sources reported, with their reports."""
    events = events.assign(place_key=place_keys(events))
    rallies = rallies.assign(place_key=place_keys(rallies))
    if filters.countries:
        rallies = rallies[rallies["country"].isin(filters.countries)]
    if filters.start is not None or filters.end is not None:
        start = pd.Timestamp(filters.start or date.min)
        end = pd.Timestamp(filters.end or date.max)
        overlaps = (rallies["date_start"] <= end) & (rallies["date_end"] >= start)
        undated = rallies["date_start"].isna() & filters.include_undated
        rallies = rallies[overlaps | undated]
    elif not filters.include_undated:
        rallies = rallies[rallies["date_start"].notna()]
    events = events[events["rally_id"].isin(rallies["rally_id"])]
    if filters.sources:
        events = events[events["source"].fillna("").isin(filters.sources)]
        rallies = rallies[rallies["rally_id"].isin(events["rally_id"])]
    return View(rallies, events, city_table(rallies, events))


def city_table(rallies: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """One row per city for the map: position, counts, date span, label, radius and colour."""
    columns = ["place_key", "city", "country", "lat", "lon", "rallies", "reports", "articles", "first", "last",
               "label", "span", "radius", "color"]
    if rallies.empty:
        return pd.DataFrame(columns=columns)
    grouped = rallies.groupby("place_key", sort=False).agg(
        city=("city", "first"), country=("country", "first"), lat=("lat", "first"), lon=("lon", "first"),
        rallies=("rally_id", "size"), first=("date_start", "min"), last=("date_end", "max"))
    counts = events.groupby("place_key").agg(reports=("article_id", "size"), articles=("article_id", "nunique"))
    table = grouped.join(counts, how="left").fillna({"reports": 0, "articles": 0}).reset_index()
    table["reports"] = table["reports"].astype(int)
    table["articles"] = table["articles"].astype(int)
    table["label"] = table["city"] + ", " + table["country"]
    first = table["first"].dt.strftime("%Y-%m-%d").fillna("date unknown")
    last = table["last"].dt.strftime("%Y-%m-%d").fillna("date unknown")
    table["span"] = first.where(first == last, first + " to " + last)
    table["radius"] = (6 + 4 * table["rallies"] ** 0.5).round(1)
    table["color"] = table["country"].map(country_color)
    table["first"] = first
    table["last"] = last
    # Larger circles first, so that smaller ones are drawn on top and stay clickable.
    return table.sort_values(["rallies", "label"], ascending=[False, True])[columns].reset_index(drop=True)


def country_color(country: str) -> list[int]:
    """A stable colour per country code (the same in the map and the timeline)."""
    code = str(country or "")
    return list(PALETTE[sum(ord(c) * (i + 1) for i, c in enumerate(code)) % len(PALETTE)])


def figures(view: View) -> dict[str, int]:
    events = view.events
    return {"rallies": len(view.rallies), "cities": view.rallies["place_key"].nunique() if len(view.rallies) else 0,
            "countries": view.rallies["country"].nunique(), "articles": events["article_id"].nunique(),
            "sources": events["source"].fillna("").replace("", pd.NA).dropna().nunique()}


def timeline_frame(rallies: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Rallies counted per day, or per week when the span is long, and per country. Returns the
    frame (columns: period, country, rallies) and the unit ('day' or 'week')."""
    dated = rallies.dropna(subset=["date_start"])
    if dated.empty:
        return pd.DataFrame(columns=["period", "country", "rallies"]), "day"
    days = (dated["date_end"].max() - dated["date_start"].min()).days
    unit = "week" if days > 120 else "day"
    period = dated["date_start"].dt.to_period("W-SUN").dt.start_time if unit == "week" else dated["date_start"]
    counts = dated.assign(period=period).groupby(["period", "country"]).size().rename("rallies").reset_index()
    return counts, unit


def coverage(place_key: str, view: View, articles: pd.DataFrame) -> list[tuple[pd.Series, pd.DataFrame]]:
    """The city's rallies in the view, each with the reports of it joined to their articles."""
    rallies = view.rallies[view.rallies["place_key"] == place_key].sort_values("date_start", na_position="last")
    meta = articles[["article_id", "text"]]
    result = []
    for rally in rallies.itertuples(index=False):
        reports = view.events[view.events["rally_id"] == rally.rally_id].merge(meta, on="article_id", how="left")
        result.append((pd.Series(rally._asdict()), reports.sort_values(["published", "article_id"], na_position="last")))
    return result


def exports(view: View) -> dict[str, tuple[str, str]]:
    """The export files of a view: file name -> (content, MIME type)."""
    events = view.events.drop(columns=["place_key"], errors="ignore")
    rallies = view.rallies.drop(columns=["place_key"], errors="ignore")
    return {
        "rallymap-reports.csv": (events.to_csv(index=False), "text/csv"),
        "rallymap-rallies.csv": (rallies.to_csv(index=False), "text/csv"),
        "rallymap-reports.geojson": (to_geojson(events), "application/geo+json"),
        "rallymap-rallies.geojson": (to_geojson(rallies), "application/geo+json"),
    }


def to_geojson(df: pd.DataFrame) -> str:
    """A GeoJSON FeatureCollection of points, every other column a property (dates as ISO)."""
    features = []
    for record in df.drop(columns=["lat", "lon"]).to_dict("records"):
        features.append({"type": "Feature", "properties": {k: _plain(v) for k, v in record.items()}})
    for feature, (lat, lon) in zip(features, zip(df["lat"], df["lon"])):
        feature["geometry"] = {"type": "Point", "coordinates": [float(lon), float(lat)]}
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def _plain(value):
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "item"):
        return value.item()
    return value
