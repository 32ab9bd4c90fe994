"""The tables rallymap writes: their schema, validation, rally merging, and atomic writes.

The schema is data: each table is one dict of column -> (type, meaning). `frame` builds a
DataFrame in schema order and `validate` checks one at the write and read boundaries.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import DataError, OutputError, SchemaError

Schema = Mapping[str, tuple[str, str]]

EVENTS: Schema = {
    "article_id": ("string", "the article's file name without extension (a JSON record's id)"),
    "source": ("string", "publisher: URL domain or the source named in the text"),
    "title": ("string", "the article's title"),
    "url": ("string", "the article's URL when known"),
    "published": ("date", "publication date when known"),
    "city": ("string", "GeoNames name of the rally place"),
    "country": ("string", "ISO 3166-1 alpha-2 code"),
    "admin1": ("string", "GeoNames first-level region code"),
    "lat": ("float", "latitude (WGS84)"),
    "lon": ("float", "longitude (WGS84)"),
    "geonameid": ("int", "GeoNames id; empty when an online geocoder placed it"),
    "date_start": ("date", "first day the rally may have taken place; empty when unknown"),
    "date_end": ("date", "last day the rally may have taken place; empty when unknown"),
    "date_precision": ("string", "day, weekend, week, month, approximate or unknown"),
    "date_reason": ("string", "the words and the rule that gave the dates"),
    "scheduled": ("bool", "announced as a future event"),
    "evidence": ("string", "the sentence that reports the rally there"),
    "start_char": ("int", "offset of the place name in the article text"),
    "end_char": ("int", "end offset of the place name in the article text"),
    "confidence": ("float", "the resolver's share of evidence for this place (0..1)"),
    "geo_reason": ("string", "why this place was chosen among those of that name"),
    "geocoder": ("string", "which geocoder placed it (geonames-offline, or an online service)"),
    "rally_reason": ("string", "why the sentence counts as reporting a rally there"),
    "n_mentions": ("int", "how many times the article ties the place to a rally"),
    "rally_id": ("string", "the rally this report belongs to (rallies table)"),
}

ARTICLES: Schema = {
    "article_id": ("string", "file name without extension, or the JSON record's id"),
    "path": ("string", "the file it came from"),
    "title": ("string", "title"),
    "source": ("string", "publisher"),
    "url": ("string", "URL when known"),
    "published": ("date", "publication date when known"),
    "published_reason": ("string", "where the publication date was found"),
    "language": ("string", "'en', or 'und' when not English"),
    "text": ("string", "the article text that offsets refer to"),
    "status": ("string", "'ok', or 'skipped: <reason>'"),
    "n_reports": ("int", "rally reports extracted from it"),
    "duplicate_of": ("string", "the article with the same text that was processed instead"),
}

RALLIES: Schema = {
    "rally_id": ("string", "stable id: geonameid or coordinates, and first day"),
    "geonameid": ("int", "GeoNames id of the place; empty when an online geocoder placed it"),
    "city": ("string", "GeoNames name"),
    "country": ("string", "ISO 3166-1 alpha-2 code"),
    "lat": ("float", "latitude"),
    "lon": ("float", "longitude"),
    "date_start": ("date", "first possible day: the latest start among its reports"),
    "date_end": ("date", "last possible day: the earliest end among its reports"),
    "date_precision": ("string", "the most precise precision among its reports"),
    "scheduled": ("bool", "every report of it announces it as a future event"),
    "n_reports": ("int", "reports merged into it"),
    "n_sources": ("int", "distinct sources among them"),
    "article_ids": ("string", "the reporting articles, separated by '|'"),
}

TABLES = {"events": EVENTS, "articles": ARTICLES, "rallies": RALLIES}
_PANDAS_TYPES = {"string": "string", "float": "float64", "int": "Int64", "bool": "boolean"}
REQUIRED = {"events": ("article_id", "city", "country", "lat", "lon", "evidence", "date_precision"),
            "articles": ("article_id", "status"), "rallies": ("rally_id", "city", "lat", "lon")}


def frame(rows: Iterable[Mapping], schema: Schema) -> pd.DataFrame:
    """A DataFrame with exactly the schema's columns, in its order, with its types."""
    df = pd.DataFrame(list(rows), columns=list(schema))
    for column, (kind, _) in schema.items():
        if kind == "date":
            df[column] = pd.to_datetime(df[column], errors="coerce").astype("datetime64[s]")
        else:
            df[column] = df[column].astype(_PANDAS_TYPES[kind])
    return df


def validate(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Check a table against its schema; raises SchemaError naming the first problem."""
    schema = TABLES[name]
    if list(df.columns) != list(schema):
        missing = [c for c in schema if c not in df.columns]
        extra = [c for c in df.columns if c not in schema]
        raise SchemaError(f"{name}: columns differ from the schema (missing {missing}, unexpected {extra})")
    for column in REQUIRED[name]:
        if df[column].isna().any():
            raise SchemaError(f"{name}: column '{column}' has empty values")
    if name != "articles":
        bad = df[(df["lat"].abs() > 90) | (df["lon"].abs() > 180)]
        if len(bad):
            raise SchemaError(f"{name}: coordinates out of range in {len(bad)} rows")
        dated = df.dropna(subset=["date_start", "date_end"])
        if (dated["date_start"] > dated["date_end"]).any():
            raise SchemaError(f"{name}: date_start after date_end")
    if name == "events" and not df["date_precision"].isin(
            ["day", "weekend", "week", "month", "approximate", "unknown"]).all():
        raise SchemaError("events: unknown date_precision value")
    return df


@dataclass(frozen=True)
class Dataset:
    events: pd.DataFrame
    articles: pd.DataFrame
    rallies: pd.DataFrame


def merge_rallies(events: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Merge reports of the same place whose dates overlap into rallies.

    Reports are taken in date order; a report joins the current rally of its place when its
    interval overlaps the rally's interval, which then narrows to the overlap (every report
    describes the same day, so it lies in all of them). Undated reports of a place form one rally.
    Returns the rallies table and each event's rally_id (in the events' order)."""
    rally_of = [""] * len(events)
    rallies: list[dict] = []
    place_key = events["geonameid"].astype("string").fillna(
        events["lat"].round(3).astype(str) + "," + events["lon"].round(3).astype(str))
    order = events.assign(place_key=place_key.values, row_number=range(len(events))).sort_values(
        ["place_key", "date_start", "date_end", "article_id"], na_position="last", kind="stable")
    for place, group in order.groupby("place_key", sort=True):
        current: dict | None = None
        for row in group.itertuples(index=False):
            start = None if pd.isna(row.date_start) else row.date_start.date()
            end = None if pd.isna(row.date_end) else row.date_end.date()
            fits = current is not None and (
                (start is None and current["date_start"] is None) or
                (start is not None and current["date_start"] is not None
                 and start <= current["date_end"] and current["date_start"] <= end))
            if fits:
                if start is not None:
                    current["date_start"] = max(current["date_start"], start)
                    current["date_end"] = min(current["date_end"], end)
                current["rows"].append(row)
            else:
                current = {"place": place, "date_start": start, "date_end": end, "rows": [row]}
                rallies.append(current)
    precision_rank = ["day", "weekend", "week", "month", "approximate", "unknown"].index
    out = []
    for rally in rallies:
        rows = rally["rows"]
        first = rows[0]
        day = rally["date_start"].isoformat() if rally["date_start"] else "undated"
        rally_id = f"{rally['place']}-{day}"
        for row in rows:
            rally_of[row.row_number] = rally_id
        start, end = rally["date_start"], rally["date_end"]
        precision = min((r.date_precision for r in rows), key=precision_rank)
        if start is not None and start == end:
            precision = "day"
        articles = sorted({r.article_id for r in rows})
        out.append({"rally_id": rally_id, "geonameid": first.geonameid, "city": first.city, "country": first.country, "lat": first.lat,
                    "lon": first.lon, "date_start": start, "date_end": end, "date_precision": precision,
                    "scheduled": all(bool(r.scheduled) for r in rows), "n_reports": len(rows),
                    "n_sources": len({r.source or r.article_id for r in rows}), "article_ids": "|".join(articles)})
    table = frame(out, RALLIES).sort_values(["date_start", "city", "rally_id"], na_position="last", kind="stable")
    return table.reset_index(drop=True), rally_of


def write(dataset: Dataset, out: Path, summary: Mapping | None = None) -> list[Path]:
    """Validate the tables and write them to out (created if needed). Returns the files written.

    Every file is first written under a temporary name in out, then all are renamed over the old
    ones: a build killed while writing leaves the previous tables in place, readable."""
    tables = {"events": dataset.events, "articles": dataset.articles, "rallies": dataset.rallies}
    for name, df in tables.items():
        validate(df, name)
    writers = {}
    for name, df in tables.items():
        writers[f"{name}.parquet"] = lambda tmp, df=df: df.to_parquet(tmp, index=False)
        if name != "articles":
            writers[f"{name}.csv"] = lambda tmp, df=df: _to_csv(df, tmp)
    manifest = json.dumps(dict(summary or {}), indent=2, default=str, sort_keys=True) + "\n"
    writers["build.json"] = lambda tmp: Path(tmp).write_text(manifest, encoding="utf-8")
    staged: list[tuple[str, Path]] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob(".*.tmp"):
            stale.unlink()  # left by a build that was killed while writing
        for file_name, write_file in writers.items():
            handle = tempfile.NamedTemporaryFile(dir=out, prefix=f".{file_name}.", suffix=".tmp", delete=False)
            handle.close()
            staged.append((handle.name, out / file_name))
            write_file(handle.name)
        for temporary, target in staged:
            os.replace(temporary, target)
        return [target for _, target in staged]
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from exc
    finally:
        for temporary, _ in staged:
            Path(temporary).unlink(missing_ok=True)


def _to_csv(df: pd.DataFrame, path: str) -> None:
    copy = df.copy()
    for column in copy.columns:
        if str(copy[column].dtype).startswith("datetime"):
            copy[column] = copy[column].dt.strftime("%Y-%m-%d")
    copy.to_csv(path, index=False, lineterminator="\n")


def read(out: Path) -> Dataset:
    """Load a built dataset; raises DataError saying which file is missing or unreadable."""
    tables = {}
    for name in TABLES:
        path = Path(out) / f"{name}.parquet"
        if not path.exists():
            raise DataError(f"{path} is missing")
        try:
            df = pd.read_parquet(path)
        except (OSError, ValueError) as exc:
            raise DataError(f"{path} cannot be read: {exc}") from exc
        try:
            tables[name] = validate(df, name)
        except SchemaError as exc:
            raise DataError(f"{path} does not match the schema: {exc}") from exc
    return Dataset(**tables)
