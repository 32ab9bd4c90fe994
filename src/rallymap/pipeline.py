"""`build`: articles in, the three tables out. It composes the stages and does nothing else."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from .dataset import ARTICLES, EVENTS, Dataset, frame, merge_rallies
from .dates import RANK_FALLBACK, DatedTarget, DateInterval, Reference, date_targets, find_dates, hull, infer_reference
from .extract import PlaceMention, analyse
from .gazetteer import Gazetteer
from .geocode import ResolvedPlace, resolve_place
from .ingest import Article, Skipped, discover, read_file


class Resolver(Protocol):
    def __call__(self, mention: PlaceMention, context: frozenset[str]) -> ResolvedPlace | None: ...


def offline_resolver(gazetteer: Gazetteer) -> Resolver:
    """The default resolver: the offline gazetteer alone."""
    return lambda mention, context: resolve_place(mention, gazetteer, context)


@dataclass(frozen=True, slots=True)
class Report:
    """One rally place reported by one article (its mentions merged)."""

    article_id: str
    place: ResolvedPlace
    interval: DateInterval
    evidence: str
    start_char: int
    end_char: int
    rally_reason: str
    n_mentions: int


def reference_for(article: Article, corpus_reference: date | None) -> Reference | None:
    """What the article's relative dates are read against: its publication date, else a date
    inferred from the article itself."""
    if article.published:
        return Reference(article.published, "published", article.published_reason)
    return infer_reference(find_dates(article.text), corpus_reference)


def extract_reports(article: Article, gazetteer: Gazetteer, resolver: Resolver,
                    corpus_reference: date | None) -> list[Report]:
    """The rally reports of one article: extraction, dates and places, one report per place."""
    analysis = analyse(article.text, gazetteer)
    if not analysis.rallies:
        return []
    reference = reference_for(article, corpus_reference)
    targets = [DatedTarget(r.place.start, r.place.sentence, r.scheduled) for r in analysis.rallies]
    dated = date_targets(article.text, analysis.sentences, analysis.rally_sentences, targets, reference)
    by_place: dict[object, list[tuple]] = {}
    for rally, (interval, rank) in zip(analysis.rallies, dated):
        place = resolver(rally.place, analysis.countries)
        if place is None:
            continue
        key = place.geonameid if place.geonameid is not None else (round(place.lat, 3), round(place.lon, 3))
        by_place.setdefault(key, []).append((rank, rally, interval, place))
    reports = []
    for mentions in by_place.values():
        best_rank = min(m[0] for m in mentions)
        best = [m for m in mentions if m[0] == best_rank]
        _, first, _, place = best[0]
        intervals = [m[2] for m in best]
        interval = intervals[0] if len(intervals) == 1 else hull(
            intervals, "; ".join(dict.fromkeys(i.reason for i in intervals)))
        if best_rank == RANK_FALLBACK and interval.start is None:
            interval = DateInterval.unknown(interval.reason)
        sentence = analysis.sentences[first.place.sentence]
        reports.append(Report(article.article_id, place, interval, article.text[sentence.start:sentence.end].strip(),
                              first.place.start, first.place.end, first.why, len(mentions)))
    return sorted(reports, key=lambda r: r.start_char)


def corpus_reference(articles: Iterable[Article]) -> date | None:
    """The median publication date of the corpus: the year hint for articles without one."""
    days = sorted(a.published.toordinal() for a in articles if a.published)
    return date.fromordinal(int(statistics.median_low(days))) if days else None


@dataclass
class BuildResult:
    dataset: Dataset
    summary: dict = field(default_factory=dict)


def build(sources: Iterable[Path], gazetteer: Gazetteer, resolver: Resolver | None = None,
          progress: Callable[[int, int], None] | None = None) -> BuildResult:
    """Read every file under sources and return the events, articles and rallies tables with a
    summary. Files that yield no article appear in the articles table as skipped, with the reason."""
    resolver = resolver or offline_resolver(gazetteer)
    paths, walk_skips = discover(sources)
    items: list[Article | Skipped] = list(walk_skips)
    for n, path in enumerate(paths, 1):
        items.extend(read_file(path))
        if progress:
            progress(n, len(paths))
    articles = [a for a in items if isinstance(a, Article)]
    reference = corpus_reference(articles)
    first_by_hash: dict[str, str] = {}
    event_rows: list[dict] = []
    article_rows: list[dict] = []
    for item in items:
        if isinstance(item, Skipped):
            article_rows.append({"article_id": item.article_id, "path": item.path, "status": f"skipped: {item.reason}",
                                 "n_reports": 0, "language": "und"})
            continue
        duplicate_of = first_by_hash.setdefault(item.content_hash, item.article_id)
        row = {"article_id": item.article_id, "path": item.path, "title": item.title, "source": item.source,
               "url": item.url, "published": item.published, "published_reason": item.published_reason,
               "language": item.language, "text": item.text, "status": "ok", "n_reports": 0}
        if duplicate_of != item.article_id:
            row.update(status=f"skipped: same text as {duplicate_of}", duplicate_of=duplicate_of)
            article_rows.append(row)
            continue
        reports = extract_reports(item, gazetteer, resolver, reference)
        row["n_reports"] = len(reports)
        article_rows.append(row)
        event_rows.extend(_event_row(item, r) for r in reports)
    events = frame(event_rows, EVENTS)
    rallies, rally_ids = merge_rallies(events)
    events["rally_id"] = rally_ids
    events = events.astype({"rally_id": "string"})
    articles_df = frame(article_rows, ARTICLES)
    skipped = [r for r in article_rows if r["status"] != "ok"]
    summary = {
        "files": len(paths), "articles_read": len(articles), "skipped": len(skipped),
        "skip_reasons": {r["article_id"]: r["status"].removeprefix("skipped: ") for r in skipped},
        "reports": len(events), "rallies": len(rallies), "cities": int(events["geonameid"].nunique()) if len(events) else 0,
        "countries": int(events["country"].nunique()) if len(events) else 0,
        "geocoders": events["geocoder"].value_counts().to_dict() if len(events) else {},
        "corpus_reference": reference.isoformat() if reference else None,
    }
    return BuildResult(Dataset(events, articles_df, rallies), summary)


def _event_row(article: Article, report: Report) -> dict:
    place, interval = report.place, report.interval
    return {
        "article_id": article.article_id, "source": article.source, "title": article.title, "url": article.url,
        "published": article.published, "city": place.city, "country": place.country, "admin1": place.admin1,
        "lat": place.lat, "lon": place.lon, "geonameid": place.geonameid, "date_start": interval.start,
        "date_end": interval.end, "date_precision": interval.precision, "date_reason": interval.reason,
        "scheduled": interval.scheduled, "evidence": report.evidence, "start_char": report.start_char,
        "end_char": report.end_char, "confidence": place.confidence, "geo_reason": place.geo_reason,
        "geocoder": place.geocoder, "rally_reason": report.rally_reason, "n_mentions": report.n_mentions,
    }
