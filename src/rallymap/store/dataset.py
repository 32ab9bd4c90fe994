"""The tables rallymap writes: their schema, validation, rally merging, and atomic writes.

The schema is data: each table is one dict of column -> (type, meaning). `frame` builds a
DataFrame in schema order and `validate` checks one at the write and read boundaries.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from ..errors import DataError, OutputError, SchemaError
from .layout import SUMMARY

Schema = Mapping[str, tuple[str, str]]

EVENTS_EXTRACTED: Schema = {
    "report_id": ("string", "stable id of the report: a hash of the article's text, the place's character span and "
                  "the place (GeoNames id or coordinates); review verdicts name reports by it"),
    "article_id": ("string", "the article's file name without extension (a JSON record's id)"),
    "source": ("string", "publisher: URL domain or the source named in the text"),
    "title": ("string", "the article's title"),
    "url": ("string", "the article's URL when known"),
    "published": ("date", "publication date when known"),
    "language": ("string", "the article's language (ISO 639-1)"),
    "city": ("string", "GeoNames name of the rally place"),
    "country": ("string", "ISO 3166-1 alpha-2 code"),
    "admin1": ("string", "GeoNames first-level region code"),
    "lat": ("float", "latitude (WGS84)"),
    "lon": ("float", "longitude (WGS84)"),
    "geonameid": ("int", "GeoNames id; empty when an online geocoder placed it"),
    "date_start": ("date", "first day the rally may have taken place; empty when unknown"),
    "date_end": ("date", "last day the rally may have taken place; empty when unknown"),
    "date_precision": ("string", "day, weekend, week, month, approximate, year-unknown (a day or month "
                                 "given without its year: the dates stay empty) or unknown; range for a reviewer's "
                                 "interval"),
    "date_reason": ("string", "the words and the rule that gave the dates"),
    "scheduled": ("bool", "announced as a future event"),
    "evidence": ("string", "the sentence that reports the rally there"),
    "start_char": ("int", "offset of the place name in the article text"),
    "end_char": ("int", "end offset of the place name in the article text"),
    "confidence": ("float", "how sure the report is (0..1): the rally rule's strength (cue distance, list, "
                   "common word) times the resolver's share of evidence for this place (ambiguity, population)"),
    "geo_reason": ("string", "why this place was chosen among those of that name"),
    "geocoder": ("string", "which geocoder placed it (geonames-offline, or an online service)"),
    "rally_reason": ("string", "why the sentence counts as reporting a rally there"),
    "n_mentions": ("int", "how many times the article ties the place to a rally"),
    "size_low": ("int", "the fewest people the article's figures for this rally allow (crowd-size conventions: "
                 "'thousands' 2,000, 'about N' 0.8N); empty when it states no size"),
    "size_high": ("int", "the most people they allow; empty when the size is open-ended or not stated"),
    "size_text": ("string", "the size's words, verbatim ('about 5,000' … 'up to 10,000' when several)"),
    "size_source": ("string", "whose figure: police, organisers, expected (an announced rally's) or article"),
    "size_start": ("int", "offset of the first size figure's words in the article text"),
    "size_end": ("int", "end offset of the first size figure's words"),
    "rally_id": ("string", "the rally this report belongs to (rallies table); empty when the report was rejected"),
}
# What a reviewer's correction may change; the machine's values are kept beside the corrected ones.
CORRECTABLE = ("city", "country", "admin1", "lat", "lon", "geonameid", "geo_reason", "date_start", "date_end",
               "date_precision", "date_reason")
EVENTS: Schema = {
    **EVENTS_EXTRACTED,
    "review_status": ("string", "machine (as extracted), accepted, corrected or rejected (corrections.jsonl)"),
    "reviewed_by": ("string", "who gave the verdict"),
    "reviewed_at": ("string", "when the verdict was given (UTC, ISO 8601)"),
    "review_note": ("string", "the reviewer's note"),
    **{f"machine_{column}": (EVENTS_EXTRACTED[column][0], f"the machine's {column}, kept when a correction replaced it")
       for column in CORRECTABLE},
}
# Most precise first.
PRECISIONS = ("day", "weekend", "week", "range", "month", "approximate", "year-unknown", "unknown")

ARTICLES: Schema = {
    "article_id": ("string", "file name without extension, or the JSON record's id"),
    "path": ("string", "the file it came from"),
    "title": ("string", "title"),
    "source": ("string", "publisher"),
    "url": ("string", "URL when known"),
    "published": ("date", "publication date when known"),
    "published_reason": ("string", "where the publication date was found"),
    "published_month": ("string", "'YYYY-MM' when the page gives only the month of publication"),
    "language": ("string", "ISO 639-1 code detected by py3langid; 'und' when too short to tell"),
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
    "size_low": ("int", "the fewest people any of its sized reports allows (the widest range they give); empty "
                 "when none states a size"),
    "size_high": ("int", "the most people any of them allows; empty when open-ended or not stated"),
    "n_sized_reports": ("int", "how many of its reports state a size"),
    "article_ids": ("string", "the reporting articles, separated by '|'"),
}

TABLES = {"events": EVENTS, "articles": ARTICLES, "rallies": RALLIES}
_PANDAS_TYPES = {"string": "string", "float": "float64", "int": "Int64", "bool": "boolean"}
REQUIRED = {"events": ("report_id", "review_status", "article_id", "city", "country", "lat", "lon", "evidence", "date_precision"),
            "articles": ("article_id", "status"), "rallies": ("rally_id", "city", "lat", "lon")}


_ARROW_TYPES = {"string": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_(),
                "date": pa.date32()}
_FROM_ARROW = {pa.string(): pd.StringDtype("pyarrow"), pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}


def frame(rows: Iterable[Mapping], schema: Schema) -> pd.DataFrame:
    """A DataFrame with exactly the schema's columns, in its order, with its types."""
    rows = list(rows)
    return columns_frame({column: [row.get(column) for row in rows] for column in schema}, schema)


def columns_frame(columns: Mapping[str, Sequence], schema: Schema) -> pd.DataFrame:
    """frame() of a table given column by column (every column of the schema, of one length)."""
    return arrow_frame(arrow_table(columns, schema), schema)


def arrow_schema(schema: Schema) -> pa.Schema:
    return pa.schema([(column, _ARROW_TYPES[kind]) for column, (kind, _) in schema.items()])


def arrow_table(columns: Mapping[str, Sequence], schema: Schema) -> pa.Table:
    """The schema's columns as an Arrow table of the schema's types (columns as in columns_frame)."""
    try:  # pyarrow makes the columns in C++, several times faster than pandas from Python objects
        return pa.table({c: pa.array(columns[c], type=_ARROW_TYPES[k]) for c, (k, _) in schema.items()})
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        # a value of another type ('2020-02-08' for a date): pandas converts it, or says what is wrong
        df = typed(pd.DataFrame({column: list(columns[column]) for column in schema}, columns=list(schema)), schema)
        return pa.Table.from_pandas(df, preserve_index=False).cast(arrow_schema(schema), safe=False)


def arrow_frame(table: pa.Table, schema: Schema) -> pd.DataFrame:
    """A DataFrame of the schema's columns of table, with the schema's types."""
    return typed(table.select(list(schema)).to_pandas(date_as_object=False, types_mapper=_FROM_ARROW.get), schema)


def typed(df: pd.DataFrame, schema: Schema) -> pd.DataFrame:
    """df, which has the schema's columns in its order, with the schema's types."""
    for column, (kind, _) in schema.items():
        if kind == "date":
            df[column] = pd.to_datetime(df[column], errors="coerce").astype("datetime64[s]")
        else:
            df[column] = df[column].astype(_PANDAS_TYPES[kind])
    return df


# What each kind of column may be stored as, by pandas' dtype kind: text (object or string),
# numbers (a float column may hold integers), true/false, and days.
_DTYPE_KINDS = {"string": "OU", "float": "fiu", "int": "iu", "bool": "b", "date": "M"}


def validate(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Check a table against its schema (columns, their types, required values, ranges); raises
    SchemaError naming the first problem."""
    schema = TABLES[name]
    if list(df.columns) != list(schema):
        missing = [c for c in schema if c not in df.columns]
        extra = [c for c in df.columns if c not in schema]
        raise SchemaError(f"{name}: columns differ from the schema (missing {missing}, unexpected {extra})")
    for column, (kind, _) in schema.items():
        dtype = df[column].dtype
        stored = "O" if isinstance(dtype, pd.StringDtype) else dtype.kind
        if stored not in _DTYPE_KINDS[kind] and not (stored == "O" and df[column].isna().all()):
            raise SchemaError(f"{name}: column '{column}' holds {dtype}, not {kind}")
    for column in REQUIRED[name]:
        if df[column].isna().any():
            raise SchemaError(f"{name}: column '{column}' has empty values")
    if name != "articles":
        # Column by column: a filtered copy of the table would copy every column (texts too).
        bad = int(((df["lat"].abs() > 90) | (df["lon"].abs() > 180)).sum())
        if bad:
            raise SchemaError(f"{name}: coordinates out of range in {bad} rows")
        if (df["date_start"] > df["date_end"]).any():  # an empty date compares as False
            raise SchemaError(f"{name}: date_start after date_end")
    if name == "events" and not df["date_precision"].isin(PRECISIONS).all():
        raise SchemaError("events: unknown date_precision value")
    if name == "events" and not df["review_status"].isin(("machine", "accepted", "corrected", "rejected")).all():
        raise SchemaError("events: unknown review_status value")
    return df


@dataclass(frozen=True)
class Dataset:
    events: pd.DataFrame
    articles: pd.DataFrame
    rallies: pd.DataFrame


def place_keys(df: pd.DataFrame) -> pd.Series:
    """One key per place: the GeoNames id, or rounded coordinates for online-geocoded places."""
    keys = df["geonameid"].astype("string")
    unplaced = keys.isna().to_numpy()
    if unplaced.any():  # coordinates written out only where they are the key: string-making is slow
        rows = df[unplaced]
        keys[unplaced] = "@" + rows["lat"].round(3).astype(str) + "," + rows["lon"].round(3).astype(str)
    return keys.astype(str)


def rally_figures(data: Dataset) -> dict:
    """The build summary's counts of rallies, and of the cities and countries they were held in."""
    rallies = data.rallies
    return {"rallies": len(rallies), "cities": int(place_keys(rallies).nunique()) if len(rallies) else 0,
            "countries": int(rallies["country"].nunique()) if len(rallies) else 0}


def merge_rallies(events: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Merge reports of the same place whose dates overlap into rallies.

    Reports are taken in date order; a report joins the current rally of its place when its
    interval overlaps the rally's interval, which then narrows to the overlap (every report
    describes the same day, so it lies in all of them). Undated reports of a place form one rally.
    Returns the rallies table and each event's rally_id (in the events' order)."""
    n = len(events)
    if n == 0:
        return frame([], RALLIES), []
    place_names, places = np.unique(place_keys(events).to_numpy(dtype=str), return_inverse=True)
    article_names, articles = np.unique(events["article_id"].to_numpy(dtype=str), return_inverse=True)
    undated = events["date_start"].isna().to_numpy()
    # Days as integers (numpy, no per-row Python objects); undated rows sort last in their place.
    starts = events["date_start"].to_numpy().astype("datetime64[D]").astype(np.int64)
    ends = events["date_end"].to_numpy().astype("datetime64[D]").astype(np.int64)
    order = np.lexsort((articles, ends, starts, undated, places))
    # Greedy merge in date order, the one sequential step: a report joins the current rally of its
    # place while it overlaps the rally's interval, which narrows to the intersection.
    group = np.empty(n, dtype=np.int64)  # the rally of each report, in sorted order
    lows, highs = [], []
    count = -1
    place = lo = hi = None
    dated = False
    for k, (p, start, end, is_undated) in enumerate(zip(places[order].tolist(), starts[order].tolist(),
                                                          ends[order].tolist(), undated[order].tolist())):
        if k and p == place and is_undated != dated and (not dated or (start <= hi and lo <= end)):
            if dated:
                lo, hi = max(lo, start), min(hi, end)
        else:
            if count >= 0:
                lows.append(lo)
                highs.append(hi)
            count += 1
            place, dated, lo, hi = p, not is_undated, start, end
        group[k] = count
    lows.append(lo)
    highs.append(hi)
    firsts = np.flatnonzero(np.diff(group, prepend=-1))  # each rally's first report, in sorted order
    first_rows = order[firsts]
    rally_dated = ~undated[first_rows]
    lows, highs = np.array(lows), np.array(highs)
    day_starts = np.where(rally_dated, lows, 0).astype("datetime64[D]")
    day_ends = np.where(rally_dated, highs, 0).astype("datetime64[D]")
    rally_ids = [f"{place_names[p]}-{str(day) if is_dated else 'undated'}" for p, day, is_dated in
                 zip(places[first_rows].tolist(), day_starts.astype(str).tolist(), rally_dated.tolist())]
    rank = pd.Categorical(events["date_precision"], categories=PRECISIONS).codes.astype(np.int64)
    least_precise = np.minimum.reduceat(rank[order], firsts)
    precision = np.where(rally_dated & (lows == highs), 0, least_precise)
    # Distinct sources (a report without one counts as its own) and distinct articles per rally.
    source = events["source"].fillna("").to_numpy(dtype=str)
    sources = np.unique(np.where(source == "", events["article_id"].to_numpy(dtype=str), source),
                        return_inverse=True)[1]
    width = max(len(article_names), int(sources.max()) + 1)
    n_sources = np.bincount(np.unique(group * width + sources[order]) // width, minlength=len(firsts))
    pairs = np.unique(group * width + articles[order])
    bounds = np.searchsorted(pairs // width, np.arange(len(firsts) + 1))
    names = article_names[pairs % width].tolist()
    article_ids = ["|".join(names[a:b]) for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist())]
    # Sizes: the widest range the sized reports give (fmin/fmax pass over the unsized ones' NaN);
    # open-ended when any sized report is.
    size_lows = events["size_low"].to_numpy(dtype="float64", na_value=np.nan)[order]
    size_highs = events["size_high"].to_numpy(dtype="float64", na_value=np.nan)[order]
    sized = ~np.isnan(size_lows)
    n_sized = np.add.reduceat(sized.astype(np.int64), firsts)
    rally_lows = np.fmin.reduceat(size_lows, firsts)
    rally_highs = np.where(np.logical_or.reduceat(sized & np.isnan(size_highs), firsts), np.nan,
                           np.fmax.reduceat(size_highs, firsts))
    columns = {"rally_id": rally_ids}
    for column in ("geonameid", "city", "country", "lat", "lon"):
        columns[column] = events[column].to_numpy()[first_rows]
    columns.update(
        date_start=np.where(rally_dated, day_starts, np.datetime64("NaT")),
        date_end=np.where(rally_dated, day_ends, np.datetime64("NaT")),
        date_precision=np.array(PRECISIONS, dtype=object)[precision],
        scheduled=np.logical_and.reduceat(events["scheduled"].fillna(False).to_numpy(dtype=bool)[order], firsts),
        n_reports=np.diff(np.append(firsts, n)), n_sources=n_sources, article_ids=article_ids,
        size_low=pd.array(rally_lows, dtype="Float64").astype("Int64"),
        size_high=pd.array(rally_highs, dtype="Float64").astype("Int64"), n_sized_reports=n_sized)
    table = typed(pd.DataFrame(columns)[list(RALLIES)], RALLIES).sort_values(
        ["date_start", "city", "rally_id"], na_position="last", kind="stable")
    rally_of = np.empty(n, dtype=object)
    rally_of[order] = np.array(rally_ids, dtype=object)[group]
    return table.reset_index(drop=True), rally_of.tolist()



# What a rally depends on, of each of its reports: a place whose reports agree on these with the
# last merge's gets the same rallies.
MERGED_COLUMNS = ("report_id", "article_id", "source", "geonameid", "city", "country", "lat", "lon", "date_start",
                  "date_end", "date_precision", "scheduled", "size_low", "size_high")


@dataclass(frozen=True)
class Merge:
    """A merge's outcome, kept for the next one (merge_rallies_since): a digest of each place's
    reports, the rallies, and the rally of each report, by report_id."""

    digests: dict[str, tuple[int, int]]  # place key -> (sum of its reports' row hashes, their count)
    rallies: pd.DataFrame
    report_ids: np.ndarray
    rally_ids: np.ndarray


def merge_rallies_since(events: pd.DataFrame, previous: Merge | None) -> tuple[pd.DataFrame, list[str], Merge]:
    """merge_rallies(events), merging again only the places whose reports differ from those
    of the previous merge (MERGED_COLUMNS), and that merge's rallies for the others; also
    returns this merge, to pass to the next."""
    keys = place_keys(events).to_numpy(dtype=str) if len(events) else np.array([], dtype=str)
    names, inverse = np.unique(keys, return_inverse=True)
    sums = np.zeros(len(names), dtype=np.uint64)
    np.add.at(sums, inverse, pd.util.hash_pandas_object(events[list(MERGED_COLUMNS)], index=False).to_numpy())
    digests = dict(zip(names.tolist(), zip(sums.tolist(), np.bincount(inverse, minlength=len(names)).tolist())))
    same = [] if previous is None else [name for name, digest in digests.items()
                                        if previous.digests.get(name) == digest]
    report_ids = events["report_id"].to_numpy(dtype=object)
    last_reports = pd.Index(previous.report_ids) if same else None
    if not same or not last_reports.is_unique:
        rallies, rally_ids = merge_rallies(events)
    else:
        again = ~np.isin(keys, same)
        rallies, merged_again = merge_rallies(events[again])
        kept = previous.rallies[place_keys(previous.rallies).isin(same).to_numpy()]
        rallies = typed(pd.concat([kept, rallies], ignore_index=True), RALLIES).sort_values(
            ["date_start", "city", "rally_id"], na_position="last", kind="stable").reset_index(drop=True)
        rally_of = np.empty(len(events), dtype=object)
        rally_of[again] = merged_again
        rally_of[~again] = previous.rally_ids[last_reports.get_indexer(report_ids[~again])]
        rally_ids = rally_of.tolist()
    return rallies, rally_ids, Merge(digests, rallies, report_ids, np.array(rally_ids, dtype=object))


PARTITIONED = ("events", "articles")  # tables written as Parquet datasets with the partitioned layout
PARTITION = "month"  # the partition column: the rally's (events) or publication's (articles) 'YYYY-MM'
ROW = "_row"  # each row's place in the table, kept in a partitioned dataset so reading restores the order
# Rows per Parquet row group in the partitioned layout: each group's min and max let a query for a
# few countries skip the rest, and pyarrow's default (a million rows) spans every country.
ROW_GROUP_ROWS = 16_384


def write(dataset: Dataset, out: Path, summary: Mapping | None = None, partitioned: bool = False) -> list[Path]:
    """Validate the tables and write them to out (created if needed). Returns the files written.

    Every file is first written under a temporary name in out, then all are renamed over the old
    ones: a build killed while writing leaves the previous tables in place, readable.
    partitioned: events/ and articles/ as Parquet datasets in hive partitions by month (no CSV),
    for datasets too large for one file; rallies.parquet stays one file."""
    tables = {"events": dataset.events, "articles": dataset.articles, "rallies": dataset.rallies}
    for name, df in tables.items():
        validate(df, name)
    manifest = json.dumps(dict(summary or {}), indent=2, default=str, sort_keys=True) + "\n"
    # The other layout's files would be read instead of these: they go.
    stale = [f"{n}.{kind}" for n in PARTITIONED for kind in ("parquet", "csv")] if partitioned else list(PARTITIONED)
    staged: list[tuple[str, Path]] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for leftover in out.glob(".*.tmp"):
            _remove(leftover)  # left by a build that was killed while writing
        _write_files(tables, partitioned, manifest, out, staged)
        mask = _umask()
        for temporary, target in staged:  # temporary files are private; the tables are not
            _publish(Path(temporary), target, 0o666 & ~mask, 0o777 & ~mask)
        for name in stale:
            _remove(out / name)
        return [target for _, target in staged]
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from exc
    finally:
        for temporary, _ in staged:
            _remove(Path(temporary))


def _write_files(tables: dict[str, pd.DataFrame], partitioned: bool, manifest: str, out: Path,
                 staged: list[tuple[str, Path]]) -> None:
    """Write every file of the tables under a temporary name in out, each added to staged (with
    its final path) before it is written. Arrow converts and writes in C++ with the GIL released:
    the files are written side by side. Returns when every write has ended, or raises the first
    error once every write that had begun has ended (none is left writing)."""
    pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 1)
    try:
        # Each table goes to Arrow once, for its Parquet file and its CSV file.
        converted = {name: pool.submit(pa.Table.from_pandas, df, preserve_index=False)
                     for name, df in tables.items() if not (partitioned and name in PARTITIONED)}
        writers = {}
        for name, df in tables.items():
            if partitioned and name in PARTITIONED:
                writers[name] = lambda tmp, df=df, name=name: _write_partitions(df, name, Path(tmp))
                continue
            writers[f"{name}.parquet"] = lambda tmp, name=name: pq.write_table(converted[name].result(), tmp)
            if name != "articles":
                writers[f"{name}.csv"] = lambda tmp, name=name: _to_csv(converted[name].result(), tmp)
        writers[SUMMARY] = lambda tmp: Path(tmp).write_text(manifest, encoding="utf-8")
        for file_name in writers:
            temporary = tempfile.mkdtemp(dir=out, prefix=f".{file_name}.", suffix=".tmp") \
                if file_name in PARTITIONED else _temporary_file(out, file_name)
            staged.append((temporary, out / file_name))
        for written in [pool.submit(write, temporary) for write, (temporary, _) in zip(writers.values(), staged)]:
            written.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _temporary_file(out: Path, file_name: str) -> str:
    handle = tempfile.NamedTemporaryFile(dir=out, prefix=f".{file_name}.", suffix=".tmp", delete=False)
    handle.close()
    return handle.name


def _publish(temporary: Path, target: Path, mode: int, folder_mode: int) -> None:
    """Move a written file or folder over target. A folder cannot replace a folder in one rename:
    the old one is moved aside first and removed after."""
    if temporary.is_dir():
        for path in [temporary, *temporary.rglob("*")]:
            os.chmod(path, folder_mode if path.is_dir() else mode)
        aside = target.with_name(f".{target.name}.old.tmp")
        if target.exists():
            _remove(aside)
            os.replace(target, aside)
        os.replace(temporary, target)
        _remove(aside)
        return
    os.chmod(temporary, mode)
    os.replace(temporary, target)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _write_partitions(df: pd.DataFrame, name: str, folder: Path) -> None:
    """df as a Parquet dataset in folder, one hive partition ('month=YYYY-MM') per month of the
    rally (events) or of publication (articles); 'unknown' when there is no date."""
    day = df["date_start"] if name == "events" else df["published"]
    months = day.dt.strftime("%Y-%m").fillna("unknown")
    df = df.assign(**{PARTITION: months, ROW: np.arange(len(df))})
    if name == "events":  # rows of one country together: a query for a country skips the others' row groups
        df = df.sort_values(["country", "geonameid"], kind="stable")
    import pyarrow.dataset as pa_dataset  # only this layout needs it

    table = pa.Table.from_pandas(df, preserve_index=False)
    pa_dataset.write_dataset(table, folder, format="parquet", partitioning=[PARTITION], partitioning_flavor="hive",
                             existing_data_behavior="overwrite_or_ignore", basename_template="part-{i}.parquet",
                             max_rows_per_group=ROW_GROUP_ROWS)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _to_csv(table: pa.Table, path: str) -> None:
    """CSV through pyarrow (ten times faster than pandas for text-heavy tables); dates as ISO days."""
    for i, field in enumerate(table.schema):
        if pa.types.is_timestamp(field.type):
            table = table.set_column(i, field.name, table.column(i).cast(pa.date32()))
    pa_csv.write_csv(table, path, pa_csv.WriteOptions(quoting_style="needed"))


def read_summary(out: Path) -> dict:
    """The build summary written beside the tables (empty when there is none or it is unreadable)."""
    try:
        summary = json.loads((Path(out) / SUMMARY).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return summary if isinstance(summary, dict) else {}


def is_partitioned(out: Path) -> bool:
    """Whether the dataset in out has the partitioned layout (events/ and articles/ folders)."""
    return (Path(out) / "events").is_dir()


def table_path(out: Path, name: str) -> Path:
    """Where a table of a built dataset is: NAME.parquet, or the NAME/ folder of the partitioned layout."""
    folder = Path(out) / name
    return folder if name in PARTITIONED and folder.is_dir() else Path(out) / f"{name}.parquet"


def read(out: Path) -> Dataset:
    """Load a built dataset (either layout); raises DataError saying which file is missing or unreadable."""
    tables = {}
    for name in TABLES:
        path = table_path(out, name)
        if not path.exists():
            raise DataError(f"{path} is missing")
        try:
            df = pd.read_parquet(path)
        except (OSError, ValueError) as exc:
            raise DataError(f"{path} cannot be read: {exc}") from exc
        if path.is_dir():  # back in the order written, without the partition and order columns
            if ROW in df:  # written by rallymap (other writers' row order is theirs)
                df = df.sort_values(ROW)
            df = df.drop(columns=[PARTITION, ROW], errors="ignore").reset_index(drop=True)
        # Parquet keeps days as milliseconds; the tables hold them as seconds, as frame() makes them.
        df = df.astype({c: "datetime64[s]" for c, (kind, _) in TABLES[name].items() if kind == "date" and c in df})
        try:
            tables[name] = validate(df, name)
        except SchemaError as exc:
            raise DataError(f"{path} does not match the schema: {exc}") from exc
    # Every rally a report belongs to is in the rallies table (compared in Arrow: 100,000 reports
    # take 3 ms, where pandas' isin takes 0.2 s of every cold start of the dashboard).
    pointed = pa.array(tables["events"]["rally_id"], pa.string())
    lost = pc.and_(pc.is_valid(pointed), pc.invert(pc.is_in(pointed, value_set=pa.array(
        tables["rallies"]["rally_id"], pa.string()))))
    if pc.any(lost).as_py():
        first = pointed.filter(lost)[0].as_py()
        raise DataError(f"{table_path(out, 'rallies')} does not hold rally {first!r}, which "
                        f"{pc.sum(lost).as_py()} report(s) in {table_path(out, 'events').name} belong to")
    return Dataset(**tables)
