"""The dashboard's data layer: filters and aggregates over the built tables. Pure pandas, no
Streamlit, so the views stay small and these functions are tested on their own."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
import pandas as pd

from ..limits import plausible_range
from ..store.dataset import place_keys

# Paul Tol's 'muted' scheme: nine qualitative colours told apart with every common colour-vision
# deficiency; the timeline gives them to its countries in order, so two never share one.
COUNTRY_COLORS = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"]
OTHER_COLOR = "#BBBBBB"
# Viridis, sampled: a sequential ramp that stays ordered in grey and for colour-blind readers.
# The map colours each city by how recent its latest rally in view is: dark purple oldest, yellow newest.
RECENCY_RAMP = [(68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37)]
UNDATED_COLOR = [150, 150, 150]
COVERAGE_PAGE = 10  # rallies shown at once in a city's coverage: a capital can have hundreds


@dataclass(frozen=True)
class Filters:
    """What the user chose: a date range (None: the whole span), countries, sources and article
    languages (empty: all), and the lowest report confidence to show."""

    start: date | None = None
    end: date | None = None
    include_undated: bool = True
    countries: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    min_confidence: float = 0.0
    review: str = "all"  # or 'unreviewed' (machine reports only) or 'reviewed' (accepted or corrected)
    min_people: int = 0  # rallies whose stated size is at least this many people (0: no size filter)
    include_unsized: bool = True  # with a size filter, keep the rallies that state no size


@dataclass(frozen=True)
class Prepared:
    """A loaded dataset with what every rerun needs computed once: a place key per row, each
    report's rally position, and the readable articles by source. Treat it as read-only."""

    events: pd.DataFrame  # reports in rallies: every report a reviewer did not reject
    rallies: pd.DataFrame
    articles: pd.DataFrame
    by_source: dict[str, dict[str, str]]  # source -> article id -> title (readable articles, by date)
    article_rows: dict[str, int]  # article id -> row in articles
    rejected: pd.DataFrame = field(default_factory=pd.DataFrame)  # rejected reports, kept for review

    def article(self, article_id: str) -> pd.Series:
        return self.articles.iloc[self.article_rows[article_id]]


@dataclass(frozen=True)
class View:
    """The filtered tables every view draws from."""

    rallies: pd.DataFrame
    events: pd.DataFrame
    cities: pd.DataFrame = field(default_factory=pd.DataFrame)


def prepare(events: pd.DataFrame, rallies: pd.DataFrame, articles: pd.DataFrame) -> Prepared:
    rallies = rallies.assign(place_key=place_keys(rallies)).reset_index(drop=True)
    position = pd.Series(range(len(rallies)), index=rallies["rally_id"].astype(str))
    is_rejected = (events["review_status"] == "rejected").to_numpy()
    rejected = events[is_rejected].assign(place_key=place_keys(events[is_rejected]))
    events = events[~is_rejected]
    events = events.assign(place_key=place_keys(events),
                           rally_pos=position.reindex(events["rally_id"].astype(str)).to_numpy(dtype=np.int64))
    readable = articles.loc[articles["status"] == "ok", ["article_id", "source", "published", "title"]]
    readable = readable.assign(source=readable["source"].fillna("").replace("", "unknown source"))
    readable = readable.sort_values(["source", "published", "article_id"], na_position="last")
    by_source = {source: dict(zip(group["article_id"], group["title"].fillna("")))
                 for source, group in readable.groupby("source", sort=True)}
    articles = articles.reset_index(drop=True)
    return Prepared(events, rallies, articles, by_source, dict(zip(articles["article_id"], range(len(articles)))),
                    rejected)


def narrowed(filters: Filters, brushed: tuple[date, date]) -> Filters:
    """The filters with their date range narrowed to the span brushed on the timeline (which
    shows dated rallies only); every other choice stays."""
    start = max(brushed[0], filters.start or brushed[0])
    end = min(brushed[1], filters.end or brushed[1])
    return replace(filters, start=start, end=end, include_undated=False)


PERIOD_LENGTHS = {"day": pd.DateOffset(days=1), "week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1)}


def playback_window(start: date, size: str) -> tuple[date, date]:
    """The playback window of size ('day', 'week' or 'month') that opens on start, both ends inclusive."""
    return start, (pd.Timestamp(start) + PERIOD_LENGTHS[size] - pd.Timedelta(days=1)).date()


def next_window_start(start: date, size: str, last: date) -> date | None:
    """Where the window after the one opening on start opens; None when that is past last."""
    following = (pd.Timestamp(start) + PERIOD_LENGTHS[size]).date()
    return following if following <= last else None


def span(rallies: pd.DataFrame) -> tuple[date, date] | None:
    """First and last day of the dated rallies, within the dates a build believes (bounded)."""
    dated = rallies.dropna(subset=["date_start"])
    if dated.empty:
        return None
    return bounded(dated["date_start"].min().date(), dated["date_end"].max().date())


def bounded(first: date, last: date) -> tuple[date, date]:
    """first and last within limits.plausible_range, first no later than last: no widget is ever
    built from a date a damaged or planted table holds (year 1 or 9999 breaks the browser's
    date slider for every visitor)."""
    low, high = plausible_range()
    first, last = min(max(first, low), high), min(max(last, low), high)
    return first, max(first, last)


def apply_filters(data: Prepared, filters: Filters) -> View:
    """Rallies and reports that satisfy the filters. A rally is in the date range when its interval
    overlaps it; a source, language, confidence or review filter keeps the rallies that such
    reports report, with those reports."""
    rallies = data.rallies
    keep = np.ones(len(rallies), dtype=bool)
    if filters.countries:
        keep &= rallies["country"].isin(filters.countries).to_numpy()
    undated = rallies["date_start"].isna().to_numpy()
    if filters.start is not None or filters.end is not None:
        start = pd.Timestamp(filters.start or date.min)
        end = pd.Timestamp(filters.end or date.max)
        overlaps = ((rallies["date_start"] <= end) & (rallies["date_end"] >= start)).to_numpy()
        keep &= overlaps | (undated & filters.include_undated)
    elif not filters.include_undated:
        keep &= ~undated
    if filters.min_people > 0:
        lows = rallies["size_low"]
        keep &= ((lows >= filters.min_people).fillna(False) | (lows.isna() & filters.include_unsized)).to_numpy()
    event_keep = keep[data.events["rally_pos"].to_numpy()]
    if filters.sources:
        event_keep &= data.events["source"].fillna("").isin(filters.sources).to_numpy()
    if filters.languages:
        event_keep &= data.events["language"].fillna("und").isin(filters.languages).to_numpy()
    if filters.min_confidence > 0:
        event_keep &= (data.events["confidence"].fillna(0) >= filters.min_confidence).to_numpy()
    if filters.review != "all":
        unreviewed = (data.events["review_status"] == "machine").to_numpy()
        event_keep &= unreviewed if filters.review == "unreviewed" else ~unreviewed
    if filters.sources or filters.languages or filters.min_confidence > 0 or filters.review != "all":
        reported = np.zeros(len(rallies), dtype=bool)
        reported[data.events["rally_pos"].to_numpy()[event_keep]] = True
        keep &= reported
    events = data.events[event_keep]
    kept = rallies[keep]
    return View(kept, events, city_table(kept, events))


CITY_COLUMNS = ["place_key", "city", "country", "lat", "lon", "rallies", "reports", "first", "last", "label", "span",
                "radius", "color", "people", "people_high", "sized", "size_span", "people_radius"]


def city_table(rallies: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """One row per city for the map: position, counts, date span, label, radius and colour."""
    if rallies.empty:
        return pd.DataFrame(columns=CITY_COLUMNS)
    grouped = rallies.groupby("place_key", sort=False).agg(
        city=("city", "first"), country=("country", "first"), lat=("lat", "first"), lon=("lon", "first"),
        rallies=("rally_id", "size"), first=("date_start", "min"), last=("date_end", "max"),
        people=("size_low", "sum"), sized=("size_low", "count"))
    # The most people the city's sized rallies allow; none when any of them is open-ended.
    open_ended = rallies["size_low"].notna() & rallies["size_high"].isna()
    grouped["people_high"] = rallies["size_high"].groupby(rallies["place_key"], sort=False).sum().where(
        ~open_ended.groupby(rallies["place_key"], sort=False).any())
    grouped["reports"] = events.groupby("place_key", sort=False).size().reindex(grouped.index, fill_value=0)
    return finish_cities(grouped.reset_index())


def finish_cities(table: pd.DataFrame) -> pd.DataFrame:
    """The map's city table from one row per city (place_key, city, country, lat, lon, rallies,
    reports, and the first and last day as dates): labels, date spans, radii and colours added."""
    if table.empty:
        return pd.DataFrame(columns=CITY_COLUMNS)
    table = table.copy()
    table["rallies"] = table["rallies"].astype(int)
    table["reports"] = table["reports"].astype(int)
    table["label"] = table["city"] + ", " + table["country"]
    first = pd.to_datetime(table["first"]).dt.strftime("%Y-%m-%d").fillna("date unknown")
    last = pd.to_datetime(table["last"]).dt.strftime("%Y-%m-%d").fillna("date unknown")
    table["span"] = first.where(first == last, first + " to " + last)
    table["radius"] = (6 + 4 * table["rallies"] ** 0.5).round(1)
    table["people"] = pd.to_numeric(table["people"]).fillna(0).astype(int)
    table["sized"] = pd.to_numeric(table["sized"]).fillna(0).astype(int)
    table["people_high"] = pd.to_numeric(table["people_high"]).where(table["sized"] > 0)
    table["size_span"] = [size_words(low, high, sized, rallies) for low, high, sized, rallies in
                          zip(table["people"], table["people_high"], table["sized"], table["rallies"])]
    # By crowd: the area grows with the people (square root), from UNSIZED_RADIUS for a city none of
    # whose rallies states a size.
    table["people_radius"] = (UNSIZED_RADIUS + 0.12 * table["people"] ** 0.5).clip(upper=MAX_PEOPLE_RADIUS).round(1)
    table["color"] = recency_colors(pd.to_datetime(table["last"]))
    table["first"] = first
    table["last"] = last
    # Larger circles first, so that smaller ones are drawn on top and stay clickable.
    return table.sort_values(["rallies", "label"], ascending=[False, True])[CITY_COLUMNS].reset_index(drop=True)


# Circle radii (pixels) on the map by crowd: a city without a stated size, and the largest.
UNSIZED_RADIUS = 4
MAX_PEOPLE_RADIUS = 60


def people(low, high) -> str:
    """A size range as a reader reads it: '2,000–9,999 people', 'at least 30,000 people'."""
    if pd.isna(low):
        return "no stated size"
    low = int(low)
    if pd.isna(high):
        return f"at least {low:,} people"
    high = int(high)
    return f"{low:,} people" if low == high else f"{low:,}–{high:,} people"


def size_words(low, high, sized: int, rallies: int) -> str:
    """A city's size line for the map's tooltip: the range its sized rallies add up to, and how
    many of its rallies state a size."""
    if not sized:
        return "no stated size"
    of = "" if sized == rallies == 1 else f" ({sized} of {rallies} rallies sized)"
    return people(low, high) + of


def recency_colors(last: pd.Series) -> list[list[int]]:
    """Each city's colour from the date of its latest rally, on the recency ramp stretched over
    the dates in view (oldest dark, newest yellow); grey where the date is unknown."""
    known = last.dropna()
    low, high = (known.min(), known.max()) if len(known) else (None, None)
    colors = []
    for day in last:
        if pd.isna(day):
            colors.append(list(UNDATED_COLOR))
            continue
        share = 1.0 if high == low else (day - low) / (high - low)
        colors.append(ramp_color(share))
    return colors


def ramp_color(share: float) -> list[int]:
    """The recency ramp's colour at share (0 oldest, 1 newest), linearly between its stops."""
    position = min(max(share, 0.0), 1.0) * (len(RECENCY_RAMP) - 1)
    below = min(int(position), len(RECENCY_RAMP) - 2)
    t = position - below
    return [round(a + (b - a) * t) for a, b in zip(RECENCY_RAMP[below], RECENCY_RAMP[below + 1])]


def country_colors(countries: list[str]) -> list[str]:
    """Colours for the timeline's countries, listed most rallies first: distinct for the first
    nine, the 'other' bucket grey."""
    palette = iter(COUNTRY_COLORS)
    return [OTHER_COLOR if c == "other" else next(palette, OTHER_COLOR) for c in countries]


def figures(view: View) -> dict[str, int]:
    """The headline counts of a view; 'people' is the sum of the sized rallies' low estimates,
    'unsized' the rallies that state no size (counted apart, never as zero people)."""
    events = view.events
    sized = view.rallies["size_low"].notna()
    return {"rallies": len(view.rallies), "cities": view.rallies["place_key"].nunique() if len(view.rallies) else 0,
            "countries": view.rallies["country"].nunique(), "articles": events["article_id"].nunique(),
            "sources": events["source"].fillna("").replace("", pd.NA).dropna().nunique(),
            "people": int(view.rallies.loc[sized, "size_low"].sum()), "unsized": int((~sized).sum())}


TIMELINE_COUNTRIES = len(COUNTRY_COLORS)  # stacked separately, each in its own colour; the rest summed as 'other'


def timeline_frame(rallies: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Rallies counted per day (per week over four months, per month over three years) and per
    country, the smaller countries summed as 'other', so the chart stays small at any scale.
    Returns the frame (columns: period, country, rallies, and people: the sum of the sized
    rallies' low estimates) and the unit."""
    dated = rallies.dropna(subset=["date_start"])
    if dated.empty:
        return pd.DataFrame(columns=["period", "country", "rallies", "people"]), "day"
    days = (dated["date_end"].max() - dated["date_start"].min()).days
    unit = "month" if days > 3 * 366 else "week" if days > 120 else "day"
    starts = dated["date_start"]
    if unit == "week":  # Monday of the week, by arithmetic (to_period is ten times slower)
        period = starts - pd.to_timedelta(starts.dt.weekday, unit="D")
    elif unit == "month":
        period = pd.Series(starts.to_numpy().astype("datetime64[M]"), index=starts.index)
    else:
        period = starts
    per_country = dated["country"].value_counts()
    top = sorted(per_country.index, key=lambda c: (-per_country[c], c))[:TIMELINE_COUNTRIES]  # ties by name
    country = dated["country"].where(dated["country"].isin(top), "other")
    counts = pd.DataFrame({"period": period, "country": country, "people": dated["size_low"].fillna(0)}).groupby(
        ["period", "country"]).agg(rallies=("people", "size"), people=("people", "sum"))
    counts["people"] = counts["people"].astype(int)
    return counts.reset_index(), unit


def coverage(place_key: str, view: View, articles: pd.DataFrame, page: int = 0) -> list[tuple[pd.Series, pd.DataFrame]]:
    """One page (COVERAGE_PAGE rallies, by date) of the city's rallies in the view, each with the
    reports of it joined to their articles."""
    rallies = view.rallies[view.rallies["place_key"] == place_key].sort_values(
        ["date_start", "rally_id"], na_position="last").iloc[page * COVERAGE_PAGE:(page + 1) * COVERAGE_PAGE]
    reporting = view.events.loc[view.events["rally_id"].isin(rallies["rally_id"]), "article_id"]
    meta = articles.loc[articles["article_id"].isin(reporting), ["article_id", "text"]]
    result = []
    for rally in rallies.itertuples(index=False):
        reports = view.events[view.events["rally_id"] == rally.rally_id].merge(meta, on="article_id", how="left")
        result.append((pd.Series(rally._asdict()), reports.sort_values(["published", "article_id"], na_position="last")))
    return result


def exports(view: View) -> dict[str, tuple[Callable[[], str], str]]:
    """The export files of a view: file name -> (a function making its content, MIME type).
    Contents are made on demand, not on every rerun."""
    events = view.events.drop(columns=["place_key", "rally_pos"], errors="ignore")
    rallies = view.rallies.drop(columns=["place_key"], errors="ignore")
    return {
        "rallymap-reports.csv": (lambda: events.to_csv(index=False), "text/csv"),
        "rallymap-rallies.csv": (lambda: rallies.to_csv(index=False), "text/csv"),
        "rallymap-reports.geojson": (lambda: to_geojson(events), "application/geo+json"),
        "rallymap-rallies.geojson": (lambda: to_geojson(rallies), "application/geo+json"),
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


class PandasSource:
    """A dataset held in memory as pandas frames: the dashboard's data layer for datasets that
    fit. DuckSource (app/duck.py) has the same methods over Parquet files through DuckDB."""

    def __init__(self, data: Prepared):
        self.data = data

    def span(self) -> tuple[date, date] | None:
        return span(self.data.rallies)

    def options(self, kind: str) -> list[str]:
        """The values a filter offers: 'country', 'source' or 'language'."""
        if kind == "country":
            return sorted(self.data.rallies["country"].dropna().unique())
        values = self.data.events[kind].dropna().unique()
        return sorted(v for v in values if v)

    def n_articles(self) -> int:
        return len(self.data.articles)

    def has_reports(self) -> bool:
        return not self.data.events.empty

    def select(self, filters: Filters) -> View:
        return apply_filters(self.data, filters)

    def figures(self, view: View) -> dict[str, int]:
        return figures(view)

    def timeline(self, view: View) -> tuple[pd.DataFrame, str]:
        return timeline_frame(view.rallies)

    def coverage(self, place_key: str, view: View, page: int = 0) -> list[tuple[pd.Series, pd.DataFrame]]:
        return coverage(place_key, view, self.data.articles, page)

    def rejected(self, place_key: str | None = None) -> pd.DataFrame:
        rejected = self.data.rejected
        return rejected if place_key is None or rejected.empty else rejected[rejected["place_key"] == place_key]

    def sources(self) -> list[str]:
        return list(self.data.by_source)

    def articles_of(self, source: str) -> dict[str, str]:
        """The source's readable articles, by date: id -> title."""
        return self.data.by_source.get(source, {})

    def article(self, article_id: str) -> pd.Series:
        return self.data.article(article_id)

    def article_reports(self, view: View, article_id: str) -> pd.DataFrame:
        return view.events[view.events["article_id"] == article_id].sort_values("start_char")

    def exports(self, view: View) -> dict[str, tuple[Callable[[], str], str]]:
        return exports(view)
