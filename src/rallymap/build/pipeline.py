"""`build`: articles in, the three tables out. It composes the stages and does nothing else."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import TimeLimitError
from ..extract.gazetteer import Gazetteer
from ..extract.lexicon import Lexicon, default_lexicons
from ..limits import ARTICLE_SECONDS, TOOK_LONGER, time_limit
from ..read.files import Article, Part, Skipped, discover, plan, read_file, read_part
from ..store.dataset import (
    ARTICLES,
    EVENTS,
    RALLIES,
    Dataset,
    arrow_frame,
    arrow_table,
    frame,
    place_keys,
    rally_figures,
)
from ..store.review import MACHINE, Verdict, report_id, review_summary, reviewed_since
from .cache import FILE_FIELDS, CorpusTaken, FileItems, ReportCache, StoredRows
from .engine import Engine, LocalEngine
from .fingerprint import FileState, file_states
from .reports import (
    FAILED,
    REPORT_FIELDS,
    CorpusDates,
    CorpusUse,
    Resolver,
    corpus_dates,
    describe,
    extract_article,
)


@dataclass
class BuildResult:
    dataset: Dataset
    summary: dict = field(default_factory=dict)  # what build.json records: the same for the same input
    processed: int = 0  # articles extracted in this run
    reused: int = 0  # articles whose reports came from the cache


def build(sources: Iterable[Path], gazetteer: Gazetteer | None, resolver: Resolver | None = None,
          progress: Callable[[int, int], None] | None = None, cache: ReportCache | None = None,
          resolver_name: str = "geonames-offline", workers: int = 1, engine: Engine | None = None,
          lexicons: dict[str, Lexicon] | None = None, min_confidence: float = 0.0,
          verdicts: Sequence[Verdict] = (), verdict_problems: Sequence[str] = (),
          discovered: tuple[list[Path], list[Skipped]] | None = None,
          states: Mapping[Path, FileState] | None = None, seconds: float | None = ARTICLE_SECONDS) -> BuildResult:
    """Read every file under sources and return the events, articles and rallies tables with a
    summary. Files that yield no article appear in the articles table as skipped, with the reason.

    gazetteer: None when the engine prepares it (engine.PreparedEngine, which then extracts).
    cache: reuse the reports of articles whose content and context are unchanged since a
    previous build (resolver_name is part of its key). workers: processes that extract articles
    in parallel, when no engine is given; engine: where reading and extraction run (a Dask
    cluster's engine takes only the offline resolver, which is rebuilt on its workers).
    lexicons: the languages to read, by code (default: every lexicon the package ships); articles
    in other languages are kept with no reports. min_confidence: reports below it are dropped.
    verdicts: reviewers' verdicts (review.read_verdicts), applied after extraction; the summary
    lists those whose report no longer exists, and verdict_problems (lines that could not be read).
    discovered: ingest.discover(sources), when the caller has walked them already; states:
    fingerprint.file_states of those files, when the caller has them. seconds: the time budget of
    reading one file (or part of a shard) and of extracting one article (limits.time_limit); one
    that takes longer is skipped with that reason, and the build goes on."""
    lexicons = default_lexicons() if lexicons is None else lexicons
    engine = engine or LocalEngine(workers)
    cache = cache or ReportCache(None)
    sources = list(sources)
    units = read_units(sources, cache, progress, engine, discovered, states, seconds)
    items = [item for unit in units for item in unit.items]
    reference = corpus_dates(a for a in items if isinstance(a, Article))
    # The first article with each text; any later one is a duplicate of it. Articles are told
    # apart by their place in items: two files may share a name (and so an article_id).
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        if isinstance(item, Article):
            first.setdefault(item.content_hash, index)
    unique = list(first.values())
    extracted_rows, processed = extract_cached([items[k] for k in unique], gazetteer, resolver, reference, cache,
                                               resolver_name, engine, lexicons, seconds)
    extracted, summary, kept = tables(units, first, dict(zip(unique, extracted_rows)), lexicons, min_confidence,
                                      cache.rows)
    for table, rows, keys in kept:
        cache.keep_rows(table, rows, keys)
    dataset, unmatched, cache.merge = reviewed_since(extracted, verdicts, cache.merge)
    summary.update(rally_figures(dataset), review=review_summary(dataset, unmatched, verdict_problems),
                   sources=[str(Path(source).resolve()) for source in sources])
    summary["corpus_reference"] = reference.median.isoformat() if reference.median else None
    return BuildResult(dataset, summary, processed, len(unique) - processed)


class Unit(NamedTuple):
    """What one file, or one part of a shard, gave: its articles and skips, the key the cache
    keeps them under (None: not kept), and whether they came from the cache."""

    items: list[Article | Skipped]
    key: str | None
    cached: bool


def read_all(sources: Iterable[Path], cache: ReportCache, progress: Callable[[int, int], None] | None = None,
             engine: Engine | None = None,
             discovered: tuple[list[Path], list[Skipped]] | None = None) -> list[Article | Skipped]:
    """Every file under sources as articles or skips, in sorted order (shards part by part):
    parsed files and parts from the cache, the others read on the engine (this process by default).
    discovered: discover(sources), when the caller has it."""
    return [item for unit in read_units(sources, cache, progress, engine, discovered) for item in unit.items]


def read_units(sources: Iterable[Path], cache: ReportCache, progress: Callable[[int, int], None] | None = None,
               engine: Engine | None = None, discovered: tuple[list[Path], list[Skipped]] | None = None,
               states: Mapping[Path, FileState] | None = None,
               seconds: float | None = ARTICLE_SECONDS) -> list[Unit]:
    """read_all, file by file (part by part): first a unit of the paths that could not be walked.
    states: fingerprint.file_states of the files, when the caller has them; seconds: the time
    budget of one unit (read_safely)."""
    paths, walk_skips = discovered or discover(sources)
    units = [unit for path in paths for unit in plan(path)]
    keys = [_unit_key(unit, states or {}) for unit in units]
    found = [_file_items(cache.get(key)) if key else None for key in keys]
    cached = [items is not None for items in found]
    missing = [k for k, items in enumerate(found) if items is None]
    engine = engine or LocalEngine()
    for done, (k, items) in enumerate(zip(missing, engine.map(read_safely, [units[k] for k in missing], seconds=seconds)), 1):
        found[k] = items
        if keys[k] and not any(isinstance(i, Skipped) and i.reason.startswith((FAILED, TOOK_LONGER)) for i in items):
            cache.put(keys[k], FileItems.of(items))
        else:
            keys[k] = None
        if progress:
            progress(len(units) - len(missing) + done, len(units))
    return [Unit(list(walk_skips), None, False), *map(Unit, found, keys, cached)]


def _file_items(entry) -> list[Article | Skipped] | None:
    """The items a cache entry of a file holds (None: no such entry)."""
    return entry.items() if isinstance(entry, FileItems) else None


def read_safely(unit: Path | Part, seconds: float | None = ARTICLE_SECONDS) -> list[Article | Skipped]:
    """read_file (or read_part for a part of a shard), with any exception it raises, or its
    taking longer than seconds, recorded as that file's skip reason: one file never ends a build."""
    path = unit.path if isinstance(unit, Part) else unit
    try:
        with time_limit(seconds, "read"):
            return read_part(unit) if isinstance(unit, Part) else read_file(unit)
    except TimeLimitError as exc:
        return [Skipped(path.stem, str(path), str(exc))]
    except Exception as exc:  # noqa: BLE001 - the boundary of one file: whatever it raises, the build goes on
        return [Skipped(path.stem, str(path), f"{FAILED}reading: {describe(exc)}")]


def _unit_key(unit: Path | Part, states: Mapping[Path, FileState]) -> str | None:
    """The cache key of a parsed file or part: its path, size, time (from states, when it has the
    file's) and range (None when it cannot be stat'ed: reading it says why)."""
    path = unit.path if isinstance(unit, Part) else unit
    state = states.get(path) or file_states([path])[path]
    if len(state) != 3:
        return None
    span = (unit.start, unit.stop) if isinstance(unit, Part) else None
    return ReportCache.key("file", *state, span)


class Cached(NamedTuple):
    """An article whose report rows the cache keeps, under this key (ReportCache.rows)."""

    key: str


class Extracted(NamedTuple):
    """An article's report rows (REPORT_FIELDS tuples) extracted in this build, and the key the
    cache is to keep them under (None: not kept)."""

    rows: list[tuple]
    key: str | None


_GEOCODER = REPORT_FIELDS.index("geocoder")
Rows = Extracted | Cached | str  # what extract_cached gives for one article: a str says what went wrong


def extract_cached(articles: list[Article], gazetteer: Gazetteer | None, resolver: Resolver | None,
                   reference: CorpusDates, cache: ReportCache, resolver_name: str, engine: Engine,
                   lexicons: dict[str, Lexicon], seconds: float | None = ARTICLE_SECONDS) -> tuple[list[Rows], int]:
    """The report rows of each article, in order: Cached when the article and its context are
    unchanged since a build that kept them, else Extracted in this run (with the key to keep
    them under, unless a lookup failed), or what went wrong (a str) for an article whose
    extraction raised. Returns them with the number of articles extracted in this run."""
    keys = [ReportCache.key(a.content_hash, a.article_id, a.title, a.source, a.url, a.published, a.published_month,
                            resolver_name, a.language in lexicons) for a in articles]
    rows: list[Rows | None] = []
    for article, key in zip(articles, keys):
        # The corpus is not in the key: an article that took a reference date from it is reused
        # while the corpus, now, gives that article the same reference.
        cached = cache.get(key)
        reused = isinstance(cached, CorpusTaken) and (cached.used is None or cached.used.still_holds(
            article, reference, lexicons.get(article.language)))
        rows.append(Cached(key) if reused else None)
    pending = [k for k, found in enumerate(rows) if found is None]
    for k, extracted in zip(pending, _extract_all([articles[k] for k in pending], gazetteer, resolver, reference,
                                                  engine, lexicons, seconds)):
        if isinstance(extracted, str):
            rows[k] = extracted  # what went wrong: tried again next time
            continue
        found, used = extracted
        key = None if any(r[_GEOCODER].endswith("(fallback)") for r in found) else keys[k]
        if key:  # failed lookups are tried again next time
            cache.put(key, CorpusTaken(used))
        rows[k] = Extracted(found, key)
    return rows, len(pending)


Kept = tuple[str, pa.Table, list[str]]  # rows of a table for the cache to keep (keep_rows), and their keys


def tables(units: list[Unit], first: dict[str, int], rows_of: dict[int, Rows], lexicons: dict[str, Lexicon],
           min_confidence: float = 0.0, stored: Callable[[str, list[str]], StoredRows | None] = lambda t, k: None,
           ) -> tuple[Dataset, dict, list[Kept]]:
    """The events, articles and rallies tables, and the build summary. Every item of the units
    becomes an articles row: ok, skipped with its reason, or the same text as an article already
    kept. first: the index among the items of the first article of each text (content hash);
    rows_of: the report rows of each such article, by that index. Reports below min_confidence
    are left out.

    Both tables are put together column by column: what the cache keeps comes from
    stored(table, keys) (as ReportCache.rows gives it): the reports of Cached articles, and the
    FILE_FIELDS of files from the cache; the rest from Python objects. Also returns those rows
    made from Python objects that the cache is to keep."""
    items = [item for unit in units for item in unit.items]
    articles = [item for item in items if isinstance(item, Article)]
    status, duplicate_of = [], []
    reported: list[tuple[Article, Extracted | Cached]] = []  # the articles whose reports are events, in order
    reported_at: list[int] = []  # their indexes in items
    for index, item in enumerate(items):
        original = None
        if isinstance(item, Skipped):
            status.append(f"skipped: {item.reason}")
        elif first[item.content_hash] != index:
            original = items[first[item.content_hash]].article_id
            status.append(f"skipped: same text as {original}")
        elif isinstance(rows := rows_of[index], str):
            status.append(f"skipped: {rows}")
        else:
            status.append("ok")
            reported.append((item, rows))
            reported_at.append(index)
        duplicate_of.append(original)
    new, new_positions, new_keys = _extracted_events(reported)
    cached = [(position, rows.key) for position, (_, rows) in enumerate(reported) if isinstance(rows, Cached)]
    combined, positions = _in_order(stored("events", [key for _, key in cached]) if cached else None, cached, new,
                                    new_positions)
    if min_confidence > 0:
        confident = pc.greater_equal(combined["confidence"], min_confidence)
        combined, positions = combined.filter(confident), positions[confident.to_numpy(zero_copy_only=False)]
    n_reports = np.zeros(len(items), dtype=np.int64)
    n_reports[reported_at] = np.bincount(positions, minlength=len(reported))
    events = arrow_frame(combined, EVENTS)
    file_rows, kept_files = _file_rows(units, stored)
    article_table = file_rows.append_column(
        "status", pa.array(status, pa.string())).append_column(
        "n_reports", pa.array(n_reports, pa.int64())).append_column("duplicate_of", pa.array(duplicate_of, pa.string()))
    skipped = [(i.article_id, reason.removeprefix("skipped: ")) for i, reason in zip(items, status) if reason != "ok"]
    summary = {
        "files": len({i.path for i in items}),
        "articles_read": len(articles), "skipped": len(skipped),
        "skip_reasons": dict(skipped),
        "reports": len(events),
        "geocoders": events["geocoder"].value_counts().to_dict() if len(events) else {},
        "languages": dict(sorted(Counter(a.language for a in articles).items())),
        "unsupported_language": sum(1 for a in articles if a.language not in lexicons),
        "failures": sum(1 for _, reason in skipped if reason.startswith((FAILED, TOOK_LONGER))),
    }
    keep = pa.array([key is not None for key in new_keys], pa.bool_())
    kept_events = ("events", new.filter(keep), [key for key in new_keys if key])
    return (Dataset(events, arrow_frame(article_table, ARTICLES), frame([], RALLIES)), summary,
            [kept_events, kept_files])


def _in_order(kept: StoredRows | None, cached: list[tuple[int, str]], new: pa.Table,
              new_positions: list[int]) -> tuple[pa.Table, np.ndarray]:
    """The stored rows (kept, as ReportCache.rows gives them for the keys of cached, whose
    positions they take) and the new rows, ordered by position, each position's rows as kept or
    made; and the position of each row. The rows are copied once at most."""
    new_positions = np.asarray(new_positions, dtype=np.int64)
    if kept is None:
        return new, new_positions
    stored_positions = np.asarray([position for position, _ in cached], dtype=np.int64)[kept.positions]
    rows = pa.concat_tables([kept.rows, new])
    indices = np.concatenate([kept.indices, len(kept.rows) + np.arange(len(new))])
    positions = np.concatenate([stored_positions, new_positions])
    order = np.argsort(positions, kind="stable")
    indices, positions = indices[order], positions[order]
    if len(indices) == len(rows) and (indices == np.arange(len(rows))).all():
        return rows, positions  # every stored row, already in order: nothing to copy
    return rows.take(pa.array(indices)), positions


def _file_rows(units: list[Unit], stored: Callable[[str, list[str]], StoredRows | None]) -> tuple[pa.Table, Kept]:
    """The FILE_FIELDS of every item, in order: those of units from the cache as stored when the
    cache has all of a unit's, the others made from the items. Also returns the made rows of
    units the cache keeps, with their units' keys."""
    cached = [(position, unit.key) for position, unit in enumerate(units) if unit.cached and unit.key]
    kept = stored("articles", [key for _, key in cached]) if cached else None
    whole: set[int] = set()
    if kept is not None:
        counts = np.bincount(kept.positions, minlength=len(cached))
        complete = np.array([count == len(units[position].items) for count, (position, _) in zip(counts, cached)])
        whole = {position for ok, (position, _) in zip(complete, cached) if ok}
        if not complete.all():  # a unit the cache has only some rows of is made again, whole
            whole_rows = complete[kept.positions]
            kept = kept._replace(indices=kept.indices[whole_rows], positions=kept.positions[whole_rows])
    made = [(position, unit) for position, unit in enumerate(units) if position not in whole]
    made_items = [item for _, unit in made for item in unit.items]
    columns = {name: [getattr(item, name, None) for item in made_items] for name in FILE_FIELDS}
    columns["language"] = [getattr(item, "language", "und") for item in made_items]
    new = arrow_table(columns, {name: ARTICLES[name] for name in FILE_FIELDS})
    keys = [unit.key for _, unit in made for _ in unit.items]
    keep = pa.array([key is not None for key in keys], pa.bool_())
    rows, _ = _in_order(kept, cached, new, [position for position, unit in made for _ in unit.items])
    return rows, ("articles", new.filter(keep), [key for key in keys if key])


def _extracted_events(reported: list[tuple[Article, Extracted | Cached]],
                      ) -> tuple[pa.Table, list[int], list[str | None]]:
    """The events rows (EVENTS columns) of the Extracted articles, with each row's article's
    index in reported and its cache key."""
    fresh = [(position, article, rows) for position, (article, rows) in enumerate(reported)
             if isinstance(rows, Extracted)]
    columns = {name: [getattr(article, name) for _, article, rows in fresh for _ in rows.rows]
               for name in ("article_id", "source", "title", "url", "published", "language")}
    event_rows = [row for _, _, rows in fresh for row in rows.rows]
    columns.update(zip(REPORT_FIELDS, map(list, zip(*event_rows))) if event_rows
                   else ((name, []) for name in REPORT_FIELDS))
    columns.update(review_status=[MACHINE] * len(event_rows))
    for name in EVENTS:
        columns.setdefault(name, [None] * len(event_rows))
    hashes = [article.content_hash for _, article, rows in fresh for _ in rows.rows]
    places = place_keys(pd.DataFrame({"geonameid": pd.array(columns["geonameid"], dtype="Int64"),
                                      "lat": pd.array(columns["lat"], dtype="float64"),
                                      "lon": pd.array(columns["lon"], dtype="float64")}))
    columns["report_id"] = [report_id(h, s, e, k) for h, s, e, k in zip(
        hashes, columns["start_char"], columns["end_char"], places)]
    return (arrow_table(columns, EVENTS), [position for position, _, rows in fresh for _ in rows.rows],
            [rows.key for _, _, rows in fresh for _ in rows.rows])


def _extract_all(articles: list[Article], gazetteer: Gazetteer | None, resolver: Resolver | None,
                 reference: CorpusDates,
                 engine: Engine, lexicons: dict[str, Lexicon],
                 seconds: float | None = ARTICLE_SECONDS) -> list[tuple[list[tuple], CorpusUse | None] | str]:
    """extract_article of each article, in order, on the engine (rows are plain dicts, which
    pickle fast on the way back)."""
    # Each worker builds the word tables of the languages it meets. Built here before forking, they
    # would be shared at first, but this process would keep every language's word frequencies
    # (about 40 MB each) through the table-building that follows: the build's peak memory.
    shared = {"reference": reference, "lexicons": lexicons, "seconds": seconds,
              **({"gazetteer": gazetteer} if gazetteer else {}),
              **({"resolver": resolver} if resolver else {})}
    return engine.map(extract_article, articles, **shared)
