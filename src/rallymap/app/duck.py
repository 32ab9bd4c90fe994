"""The dashboard's data layer over the Parquet files through DuckDB, for datasets too large to
hold in memory: every rerun asks SQL for what it draws (one row per city, counts per day and
country, five figures), the coverage panel fetches only the clicked city's reports, and the
source viewer one article's text. It has the same methods as data.PandasSource, which serves
smaller datasets faster from memory.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from ..errors import DataError
from ..store import dataset
from .data import COVERAGE_PAGE, TIMELINE_COUNTRIES, Filters, bounded, finish_cities, to_geojson

LARGE_REPORTS = 1_000_000  # from this many reports on, the dashboard queries the files instead of loading them
BACKEND = "RALLYMAP_BACKEND"  # 'duckdb' or 'pandas' forces one data layer whatever the size
LIST_LIMIT = 2_000  # articles listed per source in the source viewer
MEMO_VIEWS = 16  # filtered views remembered
PLACE_KEY = ("coalesce(CAST(geonameid AS VARCHAR), '@' || CAST(round(lat, 3) AS VARCHAR) || ',' || "
             "CAST(round(lon, 3) AS VARCHAR))")


def report_count(data_dir: Path) -> int:
    """How many reports the dataset holds, from the Parquet footers (nothing else is read)."""
    import pyarrow.dataset as pa_dataset

    path = dataset.table_path(data_dir, "events")
    try:
        return pa_dataset.dataset(path, format="parquet").count_rows() if path.exists() else 0
    except (OSError, ValueError):
        return 0  # dataset.read says what is wrong with it


def use_duckdb(data_dir: Path) -> bool:
    forced = os.environ.get(BACKEND, "")
    if forced in ("duckdb", "pandas"):
        return forced == "duckdb"
    return report_count(data_dir) >= LARGE_REPORTS


@dataclass(frozen=True)
class DuckView:
    """A filtered view: the city table, and the SQL that selects its rallies and reports."""

    filters: Filters
    cities: pd.DataFrame
    rallies_sql: str  # a query of the rallies in view
    events_sql: str  # a query of the reports in view
    params: dict


class DuckSource:
    """A built dataset (either layout) read through DuckDB."""

    def __init__(self, data_dir: Path, memory_limit: str = "512MB"):
        self.con = duckdb.connect(config={"memory_limit": memory_limit})
        for name in dataset.TABLES:
            path = dataset.table_path(data_dir, name)
            if not path.exists():
                raise DataError(f"{path} is missing")
            source = (f"read_parquet('{_quote(path)}/**/*.parquet', hive_partitioning = true)" if path.is_dir()
                      else f"read_parquet('{_quote(path)}')")
            key = f", {PLACE_KEY} AS place_key" if name != "articles" else ""
            try:
                self.con.execute(f"CREATE VIEW {name} AS SELECT *{key} FROM {source}")
                columns = {row[0] for row in self.con.execute(f"DESCRIBE {name}").fetchall()}
            except duckdb.Error as exc:
                raise DataError(f"{path} cannot be read: {exc}") from exc
            missing = [c for c in dataset.TABLES[name] if c not in columns]
            if missing:
                raise DataError(f"{path} does not match the schema: missing {missing}")
        self._memo: dict = {}  # answers that do not depend on the filters
        # Most reruns (a click on a city, playback of a chosen window) ask for filters asked before.
        self._views: dict[Filters, DuckView] = {}
        self._figures: dict[Filters, dict] = {}

    def _query(self, sql: str, params: dict | None = None) -> pd.DataFrame:
        # A cursor per query: Streamlit serves sessions from several threads.
        return self.con.cursor().execute(sql, params or {}).df()

    def _once(self, key: str, make: Callable):
        return _remember(self._memo, key, make)

    def span(self) -> tuple[date, date] | None:
        def make():
            row = self._query("SELECT min(date_start) AS a, max(date_end) AS b FROM rallies").iloc[0]
            return None if pd.isna(row["a"]) else bounded(pd.Timestamp(row["a"]).date(), pd.Timestamp(row["b"]).date())
        return self._once("span", make)

    def options(self, kind: str) -> list[str]:
        table = "rallies" if kind == "country" else "events"
        return self._once(f"options-{kind}", lambda: self._query(
            f"SELECT DISTINCT {kind} AS v FROM {table} WHERE {kind} IS NOT NULL AND {kind} <> '' ORDER BY v")["v"].tolist())

    def n_articles(self) -> int:
        return self._once("articles", lambda: int(self._query("SELECT count(*) AS n FROM articles")["n"].iloc[0]))

    def has_reports(self) -> bool:
        return self._once("reports", lambda: bool(self._query(
            "SELECT count(*) AS n FROM (SELECT 1 FROM events WHERE review_status <> 'rejected' LIMIT 1)")["n"].iloc[0]))

    def select(self, filters: Filters) -> DuckView:
        return _remember(self._views, filters, lambda: self._select(filters), MEMO_VIEWS)

    def _select(self, filters: Filters) -> DuckView:
        rally_where, event_where, dated, params = _predicates(filters)
        reported = "" if not _narrows_reports(filters) else (
            f" AND rally_id IN (SELECT rally_id FROM events WHERE {event_where})")
        rallies_sql = f"SELECT * FROM rallies WHERE {rally_where}{reported}"
        # Only a date filter needs the rallies to choose reports: the others apply to reports directly.
        events_sql = f"SELECT * FROM events WHERE {event_where}" + (
            f" AND rally_id IN (SELECT rally_id FROM rallies WHERE {rally_where})" if dated else "")
        cities = ("SELECT place_key, first(city) AS city, first(country) AS country, first(lat) AS lat, "
                  "first(lon) AS lon, count(*) AS rallies, min(date_start) AS first, max(date_end) AS last, "
                  "sum(size_low) AS people, count(size_low) AS sized, CASE WHEN bool_or(size_low IS NOT NULL AND "
                  "size_high IS NULL) THEN NULL ELSE sum(size_high) END AS people_high")
        if _narrows_reports(filters):
            grouped = self._query(
                f"WITH r AS ({rallies_sql}), e AS ({events_sql}), c AS ({cities} FROM r GROUP BY place_key), "
                "n AS (SELECT place_key, count(*) AS reports FROM e GROUP BY place_key) "
                "SELECT c.*, coalesce(n.reports, 0) AS reports FROM c LEFT JOIN n USING (place_key)", params)
        else:  # every report in view is in a rally in view, and each rally counts its reports
            grouped = self._query(f"{cities}, sum(n_reports) AS reports FROM ({rallies_sql}) GROUP BY place_key",
                                  params)
        return DuckView(filters, finish_cities(grouped), rallies_sql, events_sql, params)

    def figures(self, view: DuckView) -> dict[str, int]:
        return _remember(self._figures, view.filters, lambda: self._count(view), MEMO_VIEWS)

    def _count(self, view: DuckView) -> dict[str, int]:
        cities = view.cities
        counts = self._query(f"WITH e AS ({view.events_sql}) SELECT count(DISTINCT article_id) AS articles, "
                             "count(DISTINCT nullif(source, '')) AS sources FROM e", view.params).iloc[0]
        rallies = int(cities["rallies"].sum()) if len(cities) else 0
        sized = int(cities["sized"].sum()) if len(cities) else 0
        return {"rallies": rallies, "cities": len(cities),
                "countries": int(cities["country"].nunique()), "articles": int(counts["articles"]),
                "sources": int(counts["sources"]), "people": int(cities["people"].sum()) if len(cities) else 0,
                "unsized": rallies - sized}

    def timeline(self, view: DuckView) -> tuple[pd.DataFrame, str]:
        """The same counts as data.timeline_frame, computed in SQL."""
        dated = (f"SELECT date_start, date_end, country, size_low FROM ({view.rallies_sql}) "
                 "WHERE date_start IS NOT NULL")
        extent = self._query(f"SELECT min(date_start) AS a, max(date_end) AS b FROM ({dated})", view.params).iloc[0]
        if pd.isna(extent["a"]):
            return pd.DataFrame(columns=["period", "country", "rallies", "people"]), "day"
        days = (pd.Timestamp(extent["b"]) - pd.Timestamp(extent["a"])).days
        unit = "month" if days > 3 * 366 else "week" if days > 120 else "day"
        period = {"day": "date_trunc('day', date_start)", "week": "date_trunc('week', date_start)",
                  "month": "date_trunc('month', date_start)"}[unit]
        counts = self._query(
            f"WITH d AS ({dated}), top AS (SELECT country FROM d GROUP BY country "
            f"ORDER BY count(*) DESC, country LIMIT {TIMELINE_COUNTRIES}) "
            f"SELECT CAST({period} AS TIMESTAMP) AS period, "
            "CASE WHEN country IN (SELECT country FROM top) THEN country ELSE 'other' END AS country, "
            "count(*) AS rallies, coalesce(sum(size_low), 0) AS people FROM d GROUP BY ALL ORDER BY period, country",
            view.params)
        counts["period"] = pd.to_datetime(counts["period"])
        counts["rallies"] = counts["rallies"].astype(int)
        counts["people"] = counts["people"].astype(int)
        return counts, unit

    def coverage(self, place_key: str, view: DuckView, page: int = 0) -> list[tuple[pd.Series, pd.DataFrame]]:
        """One page of the city's rallies and their reports; texts only of those reports' articles."""
        place, params = _place_predicate(place_key)
        params.update(view.params)
        rallies = self._query(f"SELECT * FROM ({view.rallies_sql}) WHERE {place} ORDER BY date_start NULLS LAST, "
                              f"rally_id LIMIT {COVERAGE_PAGE} OFFSET {page * COVERAGE_PAGE}", params)
        if rallies.empty:
            return []
        params["rallies"] = rallies["rally_id"].tolist()
        reports = self._query(f"SELECT * FROM ({view.events_sql}) WHERE {place} "
                              "AND list_contains($rallies, rally_id)", params)
        texts = self._query("SELECT article_id, text FROM articles WHERE article_id IN (SELECT unnest($ids))",
                            {"ids": reports["article_id"].unique().tolist()})
        reports = reports.merge(texts.drop_duplicates("article_id"), on="article_id", how="left")
        return [(rally, reports[reports["rally_id"] == rally["rally_id"]].sort_values(
            ["published", "article_id"], na_position="last")) for _, rally in rallies.iterrows()]

    def rejected(self, place_key: str | None = None) -> pd.DataFrame:
        where = "" if place_key is None else " AND place_key = $place"
        return self._query(f"SELECT * FROM events WHERE review_status = 'rejected'{where} LIMIT {LIST_LIMIT}",
                           {} if place_key is None else {"place": place_key})

    def sources(self) -> list[str]:
        return self._once("sources", lambda: self._query(
            f"SELECT DISTINCT {_SOURCE} AS s FROM articles WHERE status = 'ok' ORDER BY s")["s"].tolist())

    def articles_of(self, source: str) -> dict[str, str]:
        """The source's readable articles (the first LIST_LIMIT by date): id -> title."""
        rows = self._query(f"SELECT article_id, title FROM articles WHERE status = 'ok' AND {_SOURCE} = $source "
                           f"ORDER BY published NULLS LAST, article_id LIMIT {LIST_LIMIT}", {"source": source})
        return dict(zip(rows["article_id"], rows["title"].fillna("")))

    def article(self, article_id: str) -> pd.Series:
        return self._query("SELECT * FROM articles WHERE article_id = $id LIMIT 1", {"id": article_id}).iloc[0]

    def article_reports(self, view: DuckView, article_id: str) -> pd.DataFrame:
        return self._query(f"SELECT * FROM ({view.events_sql}) WHERE article_id = $id ORDER BY start_char",
                           {**view.params, "id": article_id})

    def exports(self, view: DuckView) -> dict[str, tuple[Callable[[], str], str]]:
        def events() -> pd.DataFrame:
            return self._query(f"SELECT {_columns('events')} FROM ({view.events_sql})", view.params)

        def rallies() -> pd.DataFrame:
            return self._query(f"SELECT {_columns('rallies')} FROM ({view.rallies_sql})", view.params)

        return {
            "rallymap-reports.csv": (lambda: events().to_csv(index=False), "text/csv"),
            "rallymap-rallies.csv": (lambda: rallies().to_csv(index=False), "text/csv"),
            "rallymap-reports.geojson": (lambda: to_geojson(events()), "application/geo+json"),
            "rallymap-rallies.geojson": (lambda: to_geojson(rallies()), "application/geo+json"),
        }


_SOURCE = "coalesce(nullif(source, ''), 'unknown source')"
_BASE_EVENTS = "review_status <> 'rejected'"  # rejected reports are in no rally


def _predicates(filters: Filters) -> tuple[str, str, bool, dict]:
    """SQL conditions on rallies and on reports for the filters, whether they filter by date, and
    their parameters; the same rules as data.apply_filters."""
    rally, events, params = ["TRUE"], [_BASE_EVENTS], {}
    if filters.countries:
        rally.append("list_contains($countries, country)")
        events.append("list_contains($countries, country)")  # a report's country is its rally's
        params["countries"] = list(filters.countries)
    # whether the rallies choose the reports: a date or size filter applies to rallies only
    dated = (filters.start is not None or filters.end is not None or not filters.include_undated
             or filters.min_people > 0)
    if filters.start is not None or filters.end is not None:
        rally.append("((date_start <= $end AND date_end >= $start) OR (date_start IS NULL AND $undated))")
        params.update(start=filters.start or date.min, end=filters.end or date.max, undated=filters.include_undated)
    elif not filters.include_undated:
        rally.append("date_start IS NOT NULL")
    if filters.min_people > 0:
        rally.append("(size_low >= $people OR (size_low IS NULL AND $unsized))")
        params.update(people=filters.min_people, unsized=filters.include_unsized)
    if filters.sources:
        events.append("list_contains($sources, coalesce(source, ''))")
        params["sources"] = list(filters.sources)
    if filters.languages:
        events.append("list_contains($languages, coalesce(language, 'und'))")
        params["languages"] = list(filters.languages)
    if filters.min_confidence > 0:
        events.append("coalesce(confidence, 0) >= $confidence")
        params["confidence"] = filters.min_confidence
    if filters.review != "all":
        events.append("review_status = 'machine'" if filters.review == "unreviewed" else "review_status <> 'machine'")
    return " AND ".join(rally), " AND ".join(events), dated, params


def _narrows_reports(filters: Filters) -> bool:
    """Whether a filter on reports leaves out rallies none of whose reports pass it."""
    return bool(filters.sources or filters.languages or filters.min_confidence > 0 or filters.review != "all")


def _place_predicate(place_key: str) -> tuple[str, dict]:
    """A condition selecting one place's rows, and its parameters. A GeoNames place is selected by
    its id, which the Parquet statistics can skip row groups on; a place_key is computed per row."""
    if place_key.isdigit():
        return "geonameid = $geonameid", {"geonameid": int(place_key)}
    return "place_key = $place", {"place": place_key}


def _remember(memo: dict, key, make: Callable, most: int | None = None):
    """memo[key], made the first time it is asked for; the oldest answer goes beyond most answers."""
    if key not in memo:
        if most is not None and len(memo) >= most:
            memo.pop(next(iter(memo)))
        memo[key] = make()
    return memo[key]


def _columns(name: str) -> str:
    return ", ".join(f'"{c}"' for c in dataset.TABLES[name])


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
