"""Human review of the reports: verdicts stored as data, applied after every extraction.

A reviewer accepts, rejects or corrects a report. Each verdict is one JSON line appended to
`DIR/corrections.jsonl` (never rewritten: the file is the audit log); the last verdict on a report
wins. Verdicts name reports by `report_id`, a hash of the article's text, the place's character
span and the place's GeoNames id, so a verdict still finds its report after a rebuild with
changed code, as long as the extractor still finds that place at that span.

Applying verdicts is a pure function of the machine's events: corrected values replace the
machine's, which stay beside them in `machine_*` columns; rejected reports stay in the events
table for audit but join no rally; verdicts whose report no longer exists are returned, not dropped.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Literal

import msgspec
import numpy as np
import pandas as pd

from ..errors import OutputError, ReviewError
from ..extract.gazetteer import City
from ..limits import implausible, plausible_range
from . import dataset
from .dataset import CORRECTABLE, Dataset, Merge, merge_rallies_since, rally_figures
from .layout import CORRECTIONS, LOCK

ACTIONS = ("accept", "reject", "correct")
STATUS_OF = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}
MACHINE = "machine"
MAX_NOTE_CHARS = 10_000  # a reviewer's note


@dataclass(frozen=True)
class Verdict:
    """One reviewer's decision on one report. A correction carries a new place (city, country,
    admin1, lat, lon and geonameid, resolved when it was made), new dates, or both."""

    report_id: str
    action: str
    at: str  # UTC, ISO 8601
    by: str
    note: str | None = None
    place: dict | None = field(default=None)  # city, country, admin1, lat, lon, geonameid
    date_start: date | None = None
    date_end: date | None = None

    def line(self) -> str:
        """The verdict as one line of corrections.jsonl."""
        record = {k: v for k, v in asdict(self).items() if v is not None}
        for key in ("date_start", "date_end"):
            if key in record:
                record[key] = record[key].isoformat()
        return json.dumps(record, ensure_ascii=False, sort_keys=True)


def report_id(content_hash: str, start_char: int, end_char: int, place_key: str) -> str:
    """The stable id of a report: its article's text, the place's span in it, and the place."""
    return hashlib.blake2b(f"{content_hash}|{start_char}|{end_char}|{place_key}".encode(), digest_size=8).hexdigest()


def make_verdict(report: str, action: str, by: str, note: str | None = None, place: City | None = None,
                 dates: tuple[date, date] | None = None, now: datetime | None = None) -> Verdict:
    """A checked verdict: a known action, a reviewer's name, and for a correction something to correct."""
    if action not in ACTIONS:
        raise ReviewError(f"unknown action {action!r}: use one of {', '.join(ACTIONS)}")
    if not by.strip():
        raise ReviewError("a verdict needs the reviewer's name")
    if action == "correct" and place is None and dates is None:
        raise ReviewError("a correction needs a new city, new dates, or both")
    if action != "correct" and (place is not None or dates is not None):
        raise ReviewError(f"only a correction takes a city or dates, not {action}")
    if dates is not None:
        check_dates(*dates)
    if len(by.strip()) > 200 or len(note or "") > MAX_NOTE_CHARS:
        raise ReviewError(f"a reviewer's name is at most 200 characters and a note {MAX_NOTE_CHARS:,}")
    moment = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    where = None if place is None else {"city": place.name, "country": place.country, "admin1": place.admin1,
                                        "lat": place.lat, "lon": place.lon, "geonameid": place.geonameid}
    return Verdict(report, action, moment, by.strip(), (note or "").strip() or None, where,
                   dates[0] if dates else None, dates[1] if dates else None)


def parse_dates(text: str) -> tuple[date, date]:
    """'2020-01-18' or '2020-01-18..2020-01-19' -> (first day, last day), within the dates a
    build believes (limits.plausible_range)."""
    first, _, last = text.strip().partition("..")
    try:
        start, end = date.fromisoformat(first), date.fromisoformat(last or first)
    except ValueError as exc:
        raise ReviewError(f"{text[:40]!r} is not a date (YYYY-MM-DD) or a range (YYYY-MM-DD..YYYY-MM-DD)") from exc
    return check_dates(start, end)


def check_dates(start: date, end: date) -> tuple[date, date]:
    """(start, end) when they run forwards and both are dates a build believes; else ReviewError."""
    if start > end:
        raise ReviewError(f"the dates run backwards: {start} is after {end}")
    if why := implausible(start) or implausible(end):
        first, last = plausible_range()
        raise ReviewError(f"{why}: a rally's dates lie from {first} to {last}")
    return start, end


# A line of corrections.jsonl longer than this is refused unread: a verdict is a few hundred bytes.
MAX_LINE_BYTES = 65_536
_Text = Annotated[str, msgspec.Meta(max_length=MAX_NOTE_CHARS)]
_Short = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]


class _PlaceLine(msgspec.Struct, frozen=True):
    """A corrected place as a line of corrections.jsonl holds it."""

    city: _Short
    country: Annotated[str, msgspec.Meta(max_length=3)]
    lat: Annotated[float, msgspec.Meta(ge=-90, le=90)]
    lon: Annotated[float, msgspec.Meta(ge=-180, le=180)]
    admin1: Annotated[str, msgspec.Meta(max_length=20)] | None = None
    geonameid: Annotated[int, msgspec.Meta(ge=0, lt=2**53)] | None = None


class _VerdictLine(msgspec.Struct, frozen=True):
    """One line of corrections.jsonl, checked as data before use: types, ranges and sizes."""

    report_id: Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
    action: Literal["accept", "reject", "correct"]
    at: Annotated[str, msgspec.Meta(max_length=64)]
    by: _Short
    note: _Text | None = None
    place: _PlaceLine | None = None
    date_start: date | None = None
    date_end: date | None = None


def read_verdicts(directory: Path) -> tuple[list[Verdict], list[str]]:
    """The verdicts in directory's corrections.jsonl, in the order given, and one problem per line
    that cannot be read or is not a valid verdict (that line is skipped, and named with its
    number and reason; the others still apply). No file: no verdicts."""
    path = Path(directory) / CORRECTIONS
    verdicts, problems = [], []
    try:
        with open(path, "rb") as handle:
            for number, raw in enumerate(_lines(handle), 1):
                if raw is None:
                    problems.append(f"{path.name} line {number}: longer than {MAX_LINE_BYTES:,} bytes")
                    continue
                if not raw.strip():
                    continue
                try:
                    verdicts.append(_verdict(msgspec.json.decode(raw, type=_VerdictLine)))
                except (msgspec.DecodeError, ReviewError) as exc:
                    problems.append(f"{path.name} line {number}: {exc}")
                except UnicodeDecodeError:
                    problems.append(f"{path.name} line {number}: not UTF-8 text")
    except (FileNotFoundError, NotADirectoryError):  # no dataset there yet, or no folder: no verdicts
        return [], []
    except OSError as exc:
        raise ReviewError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return verdicts, problems


def _lines(handle) -> Iterator[bytes | None]:
    """The lines of a binary file without their line breaks, each read to at most MAX_LINE_BYTES:
    a longer line is None (and the rest of it is skipped unread)."""
    while True:
        line = handle.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(MAX_LINE_BYTES)
            yield None
            continue
        yield line.rstrip(b"\r\n")


def _verdict(line: _VerdictLine) -> Verdict:
    """A verdict from a checked line; raises ReviewError for what the types do not say."""
    dates = None
    if line.date_start is not None:
        dates = check_dates(line.date_start, line.date_end or line.date_start)
    elif line.date_end is not None:
        raise ReviewError("a date_end without a date_start")
    if line.action == "correct" and line.place is None and dates is None:
        raise ReviewError("a correction with nothing to correct")
    place = None if line.place is None else msgspec.structs.asdict(line.place)
    return Verdict(line.report_id, line.action, line.at, line.by, line.note, place,
                   dates[0] if dates else None, dates[1] if dates else None)


@contextmanager
def locked(directory: Path) -> Iterator[None]:
    """Hold directory's lock: every append to corrections.jsonl and every rewrite of the tables
    happens inside it, so two reviewers (two browser sessions, or the CLI and the app) never
    lose each other's work."""
    try:
        Path(directory).mkdir(parents=True, exist_ok=True)
        handle = open(Path(directory) / LOCK, "a")  # noqa: SIM115 - held open for the with block below
    except OSError as exc:
        raise OutputError(f"cannot write {directory}: {exc.strerror or exc}") from exc
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def append_verdict(directory: Path, verdict: Verdict) -> None:
    """Append one verdict to directory's corrections.jsonl. Call it inside locked(directory)."""
    path = Path(directory) / CORRECTIONS
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(verdict.line() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise ReviewError(f"cannot write {path}: {exc.strerror or exc}") from exc


def machine_events(events: pd.DataFrame) -> pd.DataFrame:
    """events as the machine extracted them: corrected values put back, review columns emptied.
    A table nobody has reviewed (every fresh build's) is returned as it is."""
    if (events["review_status"] == MACHINE).all():
        return events
    events = events.copy()
    corrected = events["review_status"] == "corrected"
    for column in CORRECTABLE:
        kept = events[f"machine_{column}"]
        events.loc[corrected, column] = kept[corrected]
        events[f"machine_{column}"] = kept.iloc[:0].reindex(events.index)  # all missing, same type
    events["review_status"] = MACHINE
    for column in ("review_note", "reviewed_by", "reviewed_at"):
        events[column] = pd.NA
    return events.astype({"review_status": "string", "review_note": "string", "reviewed_by": "string",
                          "reviewed_at": "string"})


def apply_verdicts(events: pd.DataFrame, verdicts: Iterable[Verdict]) -> tuple[pd.DataFrame, list[Verdict]]:
    """The machine's events with the last verdict on each report applied, and the verdicts whose
    report is not among them (in the order given)."""
    last: dict[str, Verdict] = {}
    for verdict in verdicts:
        last.pop(verdict.report_id, None)
        last[verdict.report_id] = verdict
    if not last:
        return events, []
    events = events.copy()
    row_of = {rid: i for i, rid in enumerate(events["report_id"])}
    unmatched = [v for v in last.values() if v.report_id not in row_of]
    for verdict in last.values():
        if verdict.report_id not in row_of:
            continue
        i = events.index[row_of[verdict.report_id]]
        events.loc[i, ["review_status", "reviewed_by", "reviewed_at", "review_note"]] = [
            STATUS_OF[verdict.action], verdict.by, verdict.at, verdict.note]
        if verdict.action == "correct":
            _correct(events, i, verdict)
    return events, unmatched


def _correct(events: pd.DataFrame, i, verdict: Verdict) -> None:
    for column in CORRECTABLE:
        events.loc[i, f"machine_{column}"] = events.loc[i, column]
    why = f"corrected by {verdict.by} on {verdict.at[:10]}" + (f": {verdict.note}" if verdict.note else "")
    if verdict.place is not None:
        place = verdict.place
        events.loc[i, ["city", "country", "admin1", "lat", "lon", "geo_reason"]] = [
            place["city"], place["country"], place.get("admin1") or "", float(place["lat"]), float(place["lon"]), why]
        events.loc[i, "geonameid"] = pd.NA if place.get("geonameid") is None else int(place["geonameid"])
    if verdict.date_start is not None:
        start, end = verdict.date_start, verdict.date_end or verdict.date_start
        events.loc[i, ["date_start", "date_end"]] = [pd.Timestamp(start), pd.Timestamp(end)]
        events.loc[i, ["date_precision", "date_reason"]] = ["day" if start == end else "range", why]


def reviewed(data: Dataset, verdicts: Sequence[Verdict]) -> tuple[Dataset, list[Verdict]]:
    """data with verdicts applied from scratch: the machine's events restored, the verdicts
    applied, the rallies merged again from the reports that are not rejected. Also returns the
    verdicts whose report is gone."""
    reviewed_data, unmatched, _ = reviewed_since(data, verdicts, None)
    return reviewed_data, unmatched


def reviewed_since(data: Dataset, verdicts: Sequence[Verdict],
                   previous: Merge | None) -> tuple[Dataset, list[Verdict], Merge]:
    """reviewed(), the rallies merged again only where the reports differ from those of the
    previous merge (dataset.merge_rallies_since); also returns this merge."""
    events, unmatched = apply_verdicts(machine_events(data.events), verdicts)
    kept = (events["review_status"] != "rejected").to_numpy()
    rallies, ids, merge = merge_rallies_since(events[kept], previous)
    rally_ids = np.full(len(events), None, dtype=object)
    rally_ids[kept] = ids
    return (Dataset(events.assign(rally_id=pd.array(rally_ids, dtype="string")), data.articles, rallies), unmatched,
            merge)


def review_summary(data: Dataset, unmatched: Sequence[Verdict], problems: Sequence[str]) -> dict:
    """What build.json records about the review: reports per status, verdicts that found no
    report, lines that could not be read."""
    return {"review_status": {k: int(v) for k, v in data.events["review_status"].value_counts().items()},
            "unmatched_verdicts": [f"{v.report_id} ({v.action} by {v.by} at {v.at})" for v in unmatched],
            "unreadable_verdicts": list(problems)}


def record(directory: Path, verdict: Verdict | None = None) -> tuple[Dataset, dict]:
    """Append verdict (when given) to directory's corrections.jsonl and rewrite its tables with
    every verdict applied, atomically and under the directory's lock. Returns the new tables and
    the build summary written with them. Raises ReviewError when verdict names no report there."""
    directory = Path(directory)
    with locked(directory):
        current = dataset.read(directory)
        if verdict is not None:
            if verdict.report_id not in set(current.events["report_id"]):
                raise ReviewError(f"no report {verdict.report_id} in {directory} (rallymap review list --data "
                                  f"{directory} lists them)")
            append_verdict(directory, verdict)
        verdicts, problems = read_verdicts(directory)
        updated, unmatched = reviewed(current, verdicts)
        summary = {**dataset.read_summary(directory), **rally_figures(updated),
                   "review": review_summary(updated, unmatched, problems)}
        dataset.write(updated, directory, summary, partitioned=dataset.is_partitioned(directory))
    return updated, summary
