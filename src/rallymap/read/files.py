"""Read article files: discover them, decode them, and find their metadata.

`discover` walks the sources a build was given; `read_file` turns one file into articles (a JSONL
file holds many) or into `Skipped` records that say why. Nothing a build was given goes unreported:
every file ends up as an article or a skip.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qsl, urlparse

from ..errors import InputError
from ..extract.dates import (CLOCK_WORDS, DATELINE_END, DATELINE_PLACE, PUBLISHED_LABELS, UPDATED_LABELS,
                             DateMention, dated_line_opening, find_dates, full_day, full_year)
from ..extract.lexicon import Lexicon, calendar_of, default_lexicons, english, readers_section, regional
from ..extract.resources import language_identifier
from ..extract.text import WORD, LineStarts, fold
from ..limits import implausible

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
PARQUET_SUFFIXES = {".parquet"}
SHARD_SUFFIXES = {".jsonl", ".ndjson"}  # read part by part when larger than MAX_BYTES
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | PARQUET_SUFFIXES
WARC_SUFFIXES = (".warc", ".warc.gz")  # web archives: read record by record, whatever their size
WARC_PART_RECORDS = 1_000  # records in a part of a WARC file larger than MAX_BYTES (about 330 pages)
WARC_END = 2 ** 62  # the stop of a WARC file's last part: its end
SHARD_PART_BYTES = 8_000_000  # a part of a JSONL shard: a few thousand articles
RECORD_FIELDS = ("id", "text", "title", "url", "source", "published")
MAX_BYTES = 5_000_000  # a news article is a few kB; larger files are dumps or mistakes
MAX_TEXT_CHARS = 1_000_000  # text an HTML page may give after extraction
MAX_JSON_DEPTH = 32  # article records nest a few levels; deeper is not an article (and would exhaust the stack)
MAX_RECORDS = 100_000  # records read from one JSON or JSONL file
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


# NamedTuples rather than dataclasses: the build caches and passes thousands of them between
# processes, and tuples pickle several times faster.
class Article(NamedTuple):
    article_id: str
    path: str
    text: str
    title: str
    source: str
    url: str
    published: date | None
    published_reason: str
    language: str
    content_hash: str
    published_month: str = ""  # 'YYYY-MM' when only the month of publication is known


# The skip reason of the build's own output folder met inside a source.
OUTPUT_FOLDER = "the build's output folder: its tables and cache are not read as articles"


class Skipped(NamedTuple):
    article_id: str
    path: str
    reason: str


def discover(sources: Iterable[Path], exclude: Iterable[Path] = (),
             kept_inside: Iterable[str] = ()) -> tuple[list[Path], list[Skipped]]:
    """Files under the sources (folders recursively, links followed once), sorted, and the paths
    that are not read, each with its reason: folders that cannot be listed, link loops, and the
    folders in exclude (the build's output folder: its tables and cache are not articles; only
    its subfolders named in kept_inside, such as the articles added from the dashboard, are read).
    Raises InputError when a source does not exist."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    excluded = {os.path.realpath(path) for path in exclude}
    kept_inside = frozenset(kept_inside)

    def unreadable(error: OSError) -> None:
        where = str(error.filename or "")
        skipped.append(Skipped(Path(where).name, where, f"cannot read folder: {error.strerror or error}"))

    for source in sources:
        source = Path(source)
        if not source.exists() and not source.is_symlink():
            raise InputError(f"no such file or folder: {source}")
        if source.is_dir():
            seen_dirs: set[str] = set()
            for root, dirs, names in os.walk(source, followlinks=True, onerror=unreadable):
                real = os.path.realpath(root)
                if real in seen_dirs:
                    dirs[:] = []
                    skipped.append(Skipped(Path(root).name, root, "folder already read (symbolic link loop)"))
                    continue
                if real in excluded:
                    dirs[:] = [name for name in dirs if name in kept_inside]
                    skipped.append(Skipped(Path(root).name, root, OUTPUT_FOLDER))
                    seen_dirs.add(real)
                    continue
                seen_dirs.add(real)
                dirs.sort()
                folder = Path(root)
                files.extend(map(folder.joinpath, sorted(names)))
        else:
            files.append(source)
    unique: dict[str, Path] = {}
    for path in files:
        unique.setdefault(str(path), path)
    return sorted(unique.values(), key=str), skipped


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> list[Article | Skipped]:
    """The articles in one file, or the reason it yields none. Only regular files are opened (a
    named pipe or a device would block or never end), and never more than max_bytes are read."""
    stem = path.stem
    suffix = path.suffix.lower()
    if is_warc(path):
        return read_warc(path)
    if suffix not in SUPPORTED:
        return [Skipped(stem, str(path), f"unsupported file type '{suffix or path.name}'")]
    if suffix in PARQUET_SUFFIXES:  # plan() reads readable Parquet files by row groups; this is what is left
        return [Skipped(stem, str(path), _parquet_problem(path))]
    try:
        if path.is_symlink() and not path.exists():
            return [Skipped(stem, str(path), "broken or looping symbolic link")]
        info = path.stat()  # follows links, never opens: safe on pipes and devices
        if not stat.S_ISREG(info.st_mode):
            return [Skipped(stem, str(path), f"not a regular file ({_file_kind(info.st_mode)})")]
        if info.st_size > max_bytes:
            return [Skipped(stem, str(path), f"too large ({info.st_size / 1e6:.1f} MB; the limit is "
                                             f"{max_bytes / 1e6:.0f} MB)")]
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)  # the size can change between stat and read
        if len(raw) > max_bytes:
            return [Skipped(stem, str(path), f"too large (over {max_bytes / 1e6:.0f} MB, the limit)")]
    except OSError as exc:
        return [Skipped(stem, str(path), f"cannot read: {exc.strerror or exc}")]
    if not raw.strip():
        return [Skipped(stem, str(path), "empty file")]
    text = decode(raw)
    if text is None:
        return [Skipped(stem, str(path), "binary file, not text")]
    if not text.strip():
        return [Skipped(stem, str(path), "empty file (nothing but white space once decoded)")]
    if suffix in HTML_SUFFIXES:
        return [_from_html(stem, str(path), text)]
    if suffix in JSON_SUFFIXES:
        return list(_from_json(stem, str(path), text, lines=suffix != ".json")) or [
            Skipped(stem, str(path), "no JSON records")]
    return [_article(stem, str(path), text)]


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, start: int = 0, stop: int | None = None) -> list[Article | Skipped]:
    """The articles of a web archive (a WARC file, gzipped or not: rallymap fetch's, or any
    crawl's such as CC-NEWS): each HTML response is an article (its text through trafilatura, its
    date through htmldate, its URL the record's target); every other record that names a URL is
    accounted for as a skip with its reason (an answer that is not HTML, an error status, a URL
    fetch skipped or could not get). Requests and other records are not articles. start and stop:
    the byte range of a part (plan); each article is named by its record's offset."""
    from .web import HTML_TYPES, header, web_records

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return [Skipped(path.name, str(path), f"not a regular file ({_file_kind(info.st_mode)})")]
    except OSError as exc:
        return [Skipped(path.name, str(path), f"cannot read: {exc.strerror or exc}")]
    base = path.name[:-len(next(s for s in WARC_SUFFIXES if path.name.lower().endswith(s)))]
    items: list[Article | Skipped] = []
    for offset, kind, uri, content, headers in web_records(path, start, stop):
        stem = f"{base}@{offset}"
        if kind == "metadata":
            outcome = _fetch_outcome(content)
            if outcome is not None and outcome[0] != "fetched":
                items.append(Skipped(stem, uri or str(path), f"{outcome[0]} when fetched: {outcome[1]}"))
            continue
        status = dict(headers).get(":status", "")
        kind_of = header(headers, "Content-Type").split(";")[0].strip().lower()
        if not status.startswith("2"):
            items.append(Skipped(stem, uri, f"answered HTTP {status or '?'}"))
        elif kind_of and kind_of not in HTML_TYPES:
            items.append(Skipped(stem, uri, f"not HTML ({kind_of})"))
        elif len(content) > MAX_BYTES:
            items.append(Skipped(stem, uri, f"too large ({len(content) / 1e6:.1f} MB; the limit is "
                                            f"{MAX_BYTES / 1e6:.0f} MB)"))
        elif (html := decode(content)) is None or not html.strip():
            items.append(Skipped(stem, uri, "empty or binary answer"))
        else:
            items.append(_from_html(stem, str(path), html, uri))
    if not items and start == 0:
        return [Skipped(base, str(path), "no web pages in this archive (or it is not a WARC file)")]
    return items


def _fetch_outcome(content: bytes) -> tuple[str, str] | None:
    """(outcome, reason) of a fetch's metadata record, or None for other metadata."""
    try:
        record = json.loads(content)
    except ValueError:
        return None
    if not isinstance(record, dict) or not isinstance(record.get("outcome"), str):
        return None
    return record["outcome"], str(record.get("reason", ""))[:500]


def _parquet_problem(path: Path) -> str:
    import pyarrow.parquet as pq

    try:
        rows = pq.ParquetFile(path).metadata.num_rows
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    except ValueError as exc:
        return f"cannot read Parquet: {str(exc)[:200]}"
    return "Parquet file with no rows" if rows == 0 else "Parquet file that cannot be read"


def _file_kind(mode: int) -> str:
    kinds = [(stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
             (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")]
    return next((name for test, name in kinds if test(mode)), "not a file")


def decode(raw: bytes) -> str | None:
    """Text from bytes: BOMs first, then UTF-8, then the most likely single-byte encoding
    (cp1252/latin-1). None for binary data (NUL bytes without a UTF-16 BOM)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace").lstrip("\ufeff")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if b"\x00" in raw[:8192]:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


# htmldate reads the date the page's markup gives (its metadata, JSON-LD, time and date elements,
# URL), not a date its extensive search finds in free text: that search takes a copyright line's
# year for 1 January ('© 2024' -> 2024-01-01) or a sidebar's date for the article's, and a rally
# 'on Saturday' would then sit at a wrong day given as a day.
_PAGE_DATE_SEARCH = {"original_date": True, "extensive_search": False}


def _from_html(stem: str, path: str, html: str, url: str = "") -> Article | Skipped:
    """An article from an HTML page (url: where it was fetched, when known; the page's canonical
    URL wins)."""
    import trafilatura  # imported here: loading it costs half a second that text-only builds skip

    document = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False,
                                           date_extraction_params=_PAGE_DATE_SEARCH)
    fields = document.as_dict() if hasattr(document, "as_dict") else (document or {})
    text = (fields.get("text") or "").strip()
    if not text:
        return Skipped(stem, path, "no article text found in the HTML")
    if len(text) > MAX_TEXT_CHARS:
        return Skipped(stem, path, f"article text too long after HTML extraction ({len(text):,} characters; "
                                   f"the limit is {MAX_TEXT_CHARS:,})")
    published = _parse_day(fields.get("date"))
    return _article(stem, path, text, title=fields.get("title") or "", url=fields.get("url") or url,
                    source=fields.get("sitename") or fields.get("hostname") or "",
                    published=published, published_reason="HTML metadata" if published else "")


def json_depth(text: str) -> int:
    """How deeply arrays and objects nest in a JSON text (strings ignored), without parsing it."""
    structure = _BRACKETS.findall(_JSON_STRING.sub("", text))
    return max(accumulate(1 if ch in "[{" else -1 for ch in structure), default=0)


def _from_json(stem: str, path: str, text: str, lines: bool) -> Iterator[Article | Skipped]:
    if lines:
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            if len(records) >= MAX_RECORDS:
                yield Skipped(f"{stem}:{number}", path, f"more than {MAX_RECORDS:,} records in one file; "
                                                        f"lines from {number} on are not read")
                break
            record = _json_line(line, f"{stem}:{number}", path, f"line {number}")
            if isinstance(record, Skipped):
                yield record
            else:
                records.append((number, record))
    else:
        if json_depth(text) > MAX_JSON_DEPTH:
            yield Skipped(stem, path, f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
            return
        try:
            data = json.loads(text)
        except ValueError as exc:
            yield Skipped(stem, path, f"invalid JSON at line {exc.lineno}: {exc.msg}")
            return
        items = data if isinstance(data, list) else [data]
        if len(items) > MAX_RECORDS:
            yield Skipped(f"{stem}:{MAX_RECORDS + 1}", path, f"more than {MAX_RECORDS:,} records in one file; "
                                                             f"records from {MAX_RECORDS + 1} on are not read")
            items = items[:MAX_RECORDS]
        records = list(enumerate(items, 1))
    for number, record in records:
        yield _from_record(record, f"{stem}:{number}", f"record {number}", path)


def _json_line(line: str, where: str, path: str, name: str):
    """The JSON value on one line of a JSONL file, or a Skipped saying why there is none."""
    if json_depth(line) > MAX_JSON_DEPTH:
        return Skipped(where, path, f"{name}: JSON nested deeper than {MAX_JSON_DEPTH}")
    try:
        return json.loads(line)
    except ValueError as exc:
        return Skipped(where, path, f"{name}: invalid JSON ({exc.msg})")


def _from_record(record, where: str, name: str, path: str) -> Article | Skipped:
    """An article from one JSON or Parquet record (id, text, and optional title, url, source,
    published); where: its id when it has none; name: how messages call it."""
    if not isinstance(record, dict):
        return Skipped(where, path, f"{name} is not an object")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return Skipped(str(record.get("id") or where), path, f"{name} has no 'text'")
    if len(body) > MAX_TEXT_CHARS:
        return Skipped(str(record.get("id") or where), path, f"{name}'s text is over {MAX_TEXT_CHARS:,} characters")
    published = _parse_day(record.get("published"))
    month = _RECORD_MONTH.fullmatch(str(record.get("published") or "")) if not published else None
    return _article(str(record.get("id") or where), path, body, title=str(record.get("title") or ""),
                    url=str(record.get("url") or ""), source=str(record.get("source") or ""),
                    published=published, published_reason="record field 'published'" if published else "",
                    published_month=f"{month.group(1)}-{month.group(2)}" if month else "")


# A record's 'published' that gives only the month ('2022-09', '2022/09').
_RECORD_MONTH = re.compile(r"\s*((?:19|20)\d\d)[-/](0[1-9]|1[0-2])\s*")


class Part(NamedTuple):
    """A part of a shard, read on its own: a byte range of a JSONL file (the lines that start in
    it) or of a WARC file (the records that start in it), or a range of row groups of a Parquet file."""

    path: Path
    start: int
    stop: int


def plan(path: Path) -> list[Path | Part]:
    """How to read path: whole (an article file, or a small JSONL file), or part by part (a
    Parquet file by its row groups, a JSONL file larger than MAX_BYTES by byte ranges of
    SHARD_PART_BYTES), so that no shard is ever loaded whole."""
    suffix = path.suffix.lower()
    try:
        if suffix in PARQUET_SUFFIXES and path.is_file():
            import pyarrow.parquet as pq

            meta = pq.ParquetFile(path).metadata
            return [Part(path, g, g + 1) for g in range(meta.num_row_groups)] if meta.num_rows else [path]
        if is_warc(path) and path.is_file() and path.stat().st_size > MAX_BYTES:
            from .web import record_offsets

            starts = record_offsets(path, WARC_PART_RECORDS)
            return [Part(path, a, b) for a, b in zip(starts, [*starts[1:], WARC_END])]
        if suffix in SHARD_SUFFIXES and path.is_file() and (size := path.stat().st_size) > MAX_BYTES:
            return [Part(path, at, min(at + SHARD_PART_BYTES, size)) for at in range(0, size, SHARD_PART_BYTES)]
    except (OSError, ValueError):
        pass  # read_file says what is wrong with it
    return [path]


def read_part(part: Part) -> list[Article | Skipped]:
    """The articles of one part of a shard (see plan)."""
    path, where = part.path, str(part.path)
    if is_warc(path):
        return read_warc(path, part.start, part.stop)
    try:
        if path.suffix.lower() in PARQUET_SUFFIXES:
            import pyarrow.parquet as pq

            shard = pq.ParquetFile(path)
            columns = [c for c in RECORD_FIELDS if c in shard.schema_arrow.names]
            if "text" not in columns:
                return [Skipped(f"{path.stem}#{part.start}", where, "Parquet file without a 'text' column")]
            table = shard.read_row_groups(list(range(part.start, part.stop)), columns=columns)
            first = sum(shard.metadata.row_group(g).num_rows for g in range(part.start))
            return [_from_record(record, f"{path.stem}:{first + k + 1}", f"row {first + k + 1}", where)
                    for k, record in enumerate(table.to_pylist())]
        return list(_jsonl_range(part))
    except OSError as exc:
        return [Skipped(f"{path.stem}@{part.start}", where, f"cannot read: {exc.strerror or exc}")]
    except ValueError as exc:  # pyarrow's ArrowInvalid is a ValueError: not Parquet, or a damaged one
        return [Skipped(f"{path.stem}#{part.start}", where, f"cannot read Parquet: {str(exc)[:200]}")]


def _jsonl_range(part: Part) -> Iterator[Article | Skipped]:
    """The records of the lines that start within part's byte range; each line is read with
    at most MAX_BYTES in memory, and an article without an id is named by its byte offset."""
    path, stem = str(part.path), part.path.stem
    with open(part.path, "rb") as handle:
        if part.start:
            handle.seek(part.start - 1)
            handle.readline()  # the rest of the line that began in the previous part
        while (offset := handle.tell()) < part.stop:
            line = handle.readline(MAX_BYTES + 1)
            if not line:
                return
            where = f"{stem}@{offset}"
            if len(line) > MAX_BYTES and not line.endswith(b"\n"):
                handle.readline()  # not an article: skip what is left of it
                yield Skipped(where, path, f"line at byte {offset} is over {MAX_BYTES:,} bytes")
                continue
            text = line.decode("utf-8", errors="replace").strip()
            if not text:
                continue
            record = _json_line(text, where, path, f"line at byte {offset}")
            yield record if isinstance(record, Skipped) else _from_record(record, where, f"line at byte {offset}", path)


def _parse_day(value, lexicon: Lexicon | None = None) -> date | None:
    if not value:
        return None
    # (a year first is always year, month, day: '2021-05-15', '2021/05/15 14:23:05', '2021.05.15')
    match = re.match(r"\s*(\d{4})([-/.])(\d\d)\2(\d\d)(?!\d)", str(value))
    if match:
        try:
            return date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        except ValueError:
            return None
    value = str(value)
    mentions = find_dates(value, lexicon=lexicon)
    found = [m for m in mentions if m.kind == "day" and m.year]
    if not found:
        return None
    if (dash := _RANGE_DASH.match(value, found[0].end)) and any(m.start == dash.end() for m in mentions):
        return None  # '7 October 2019 – October 2021': the span of an event (an infobox's field), not a page's day
    return date(found[0].year, found[0].month, found[0].day)


# A dash between two dates: their span.
_RANGE_DASH = re.compile(r"[ \t]*[–—-][ \t]*")


def _datelines(head: str, lexicon: Lexicon | None) -> list[tuple[re.Match, DateMention, int]]:
    """The first lines that open with a dateline's place and a day ('PARIS, May 3, 2018 —', 'ROMA,
    14 SET -'): each line's place, its day and where the line ends. Read once for both the full
    date (_dateline_day) and the day without a year (_dateline_month_day)."""
    found_lines = []
    for match in _LINE_START.finditer(head[:1500]):
        place = DATELINE_PLACE.match(head, match.start())
        if place is None:
            continue
        line_end = head.find("\n", place.end())
        line_end = len(head) if line_end < 0 else line_end
        found = find_dates(head, place.end(), min(line_end, place.end() + 60), lexicon=lexicon)
        if found and found[0].start == place.end() and found[0].kind == "day":
            found_lines.append((place, found[0], line_end))
    return found_lines


SOURCE_LINE = "a line of a source and a date"


def _dateline_day(head: str, datelines: list[tuple[re.Match, DateMention, int]],
                  lexicon: Lexicon | None) -> tuple[date, str, int] | None:
    """The date of a dateline among the first lines (datelines: _datelines): a place, a full date,
    a dash ('PARIS, May 3, 2018 —'); or a line of a source and a full date alone ('NY Times, August
    30, 2004', as a forwarded article is headed, though not a gathering's name), the day it was
    written. A weekday and a date alone on a line ('Monday, March 4, 2024') is not one: a site's
    banner gives the day the page was shown.
    Returns the day, which of the two gave it, and where its line ends."""
    weekdays = calendar_of(lexicon or english()).weekdays
    for place, mention, line_end in datelines:
        if not mention.year:
            continue
        day = date(mention.year, mention.month, mention.day)
        if DATELINE_END.match(head, mention.end):
            return day, "dateline", line_end
        if not head[mention.end:line_end].strip() and not any(
                fold(word) in weekdays for word in WORD.findall(place.group())) and \
                not (lexicon or english()).gathering.search(place.group()):
            # (not a gathering's name and its day: 'Anti-War March in London – September 28th 2003'
            # heads the story of that march, whenever it was written)
            return day, SOURCE_LINE, line_end
    return None


def _written_after(head: str, day: date, start: int, lexicon: Lexicon | None) -> bool:
    """Whether head writes day as a full date after position start."""
    return any(m.kind == "day" and m.year and (m.year, m.month, m.day) == (day.year, day.month, day.day)
               for m in find_dates(head, start, len(head), lexicon=lexicon))


def _dateline_apart(head: str, datelines: list[tuple[re.Match, DateMention, int]], published: date) -> date | None:
    """The day of a dateline (a place, a day, a dash: 'TORONTO, September 25 –', 'PARIS, 23 nov
    (AFP) -') apart from the page's publication date, the day the story was written: before it and
    at most DATELINE_LEAD days before, or, given with its year, more than DATELINE_CLOCKS days after
    it (no story is written after its page: the page's date is wrong). A day without its year is the
    latest such day on or before publication, unless it falls up to DATELINE_CLOCKS days after it
    (the same day, told in another time zone)."""
    for _, mention, _ in datelines:
        if not DATELINE_END.match(head, mention.end):
            continue
        years = [mention.year] if mention.year else [published.year, published.year - 1]
        for year in years:
            try:
                day = date(year, mention.month, mention.day)
            except ValueError:
                continue
            if day <= published:
                return day if timedelta(0) < published - day <= timedelta(DATELINE_LEAD) else None
            if day - published <= timedelta(DATELINE_CLOCKS):
                return None  # a day after the page's: the two clocks' time zones, not a year before
            if mention.year:
                return day
        return None
    return None


def _dateline_month_day(head: str, datelines: list[tuple[re.Match, DateMention, int]]) -> tuple[int, int] | None:
    """The month and day of a dateline that gives no year ('ROMA, 14 SET -', 'PARIS, 23 nov (AFP) -',
    'MADRID, 8 Mar. (EUROPA PRESS) -'): with the page's month, the day it was written."""
    return next(((mention.month, mention.day) for _, mention, _ in datelines
                 if mention.year is None and DATELINE_END.match(head, mention.end)), None)


def _date_line_day(head: str, lexicon: Lexicon | None = None, month_day: tuple[int, int] | None = None) -> date | None:
    """The day of the first line atop a page that is a full date alone, marks at most around it
    ('Monday, September 7, 2015', a blog's post date), or None. Without a time of day it may be
    a banner's (the day the page was shown): only a month the page gives apart from it confirms it.
    With month_day (a dateline's month and day), the first such line of that month and day."""
    for day in _dates_alone(head, lexicon):
        if day is None or month_day is None or (day.month, day.day) == month_day:
            return day
    return None


def _dates_alone(head: str, lexicon: Lexicon | None) -> Iterator[date | None]:
    """The day of each line atop a page that is a full date alone, marks at most around it, in
    order (None for a date no calendar has: '31 June 2019')."""
    for line in _DATE_ALONE.finditer(head):
        found = [m for m in find_dates(line.group(1), lexicon=lexicon) if m.kind == "day"]
        if len(found) == 1 and found[0].year and not _MARKS.sub("", line.group(1)[:found[0].start]) \
                and not _MARKS.sub("", line.group(1)[found[0].end:]):
            try:
                yield date(found[0].year, found[0].month, found[0].day)
            except ValueError:
                yield None


def _date_line_under_a_banner(head: str, lexicon: Lexicon | None) -> date | None:
    """The day of the second of two lines atop a page that are full dates alone, when the first
    is later ('Wednesday January 19, 2022', the title, 'December 07, 2020'): a banner shows the
    day the page was shown, never one before the post's, so the other line is the post's day."""
    days = list(_dates_alone(head, lexicon))
    return days[1] if len(days) == 2 and None not in days and days[0] > days[1] else None


DATE_PLACE_LINE = "a line of a date and a place"
# A place's name after a date's comma, all its line has left: one to three capitalised words.
_PLACE_AFTER_DATE = re.compile(r"[ \t]*,[ \t]*[^\W\d_a-zà-ÿ][^\W\d_]+(?:[ -][^\W\d_a-zà-ÿ][^\W\d_]+){0,2}[ \t]*$")


def _date_then_place(head: str, lexicon: Lexicon | None) -> date | None:
    """The day of a line atop a page that is a full date, a comma and a place's name ('10th March
    2019, Zürich', '12 mars 2019, Lyon'): a dateline written day first, the day the story was
    written. A banner may give its day and no place; one with a weekday is not read (a banner's
    'Monday, March 4, 2024, Calgary')."""
    weekdays = calendar_of(lexicon or english()).weekdays
    for line in _DATE_ALONE_THEN.finditer(head):
        found = find_dates(line.group(1), lexicon=lexicon)
        if not found or found[0].kind != "day" or not found[0].year or _MARKS.sub("", line.group(1)[:found[0].start]):
            continue
        rest = line.group(1)[found[0].end:]
        if _PLACE_AFTER_DATE.match(rest) and not any(fold(word) in weekdays for word in WORD.findall(line.group(1))):
            try:
                return date(found[0].year, found[0].month, found[0].day)
            except ValueError:
                return None
    return None


# A line near the top of a page whose name or title runs into a full date with no space between, as a
# byline or a title loses its separator when a page is saved ('Jane Author19 December 2015'): a
# letter, then the date, and nothing after it.
_NAME_GLUED_TO_DATE = re.compile(r"^[ \t]*[^\W\d_][^\n]{0,120}?[^\W\d_](\d{1,2}[. \t][^\n\d]{2,15}(?:19|20)\d\d)[ \t]*$",
                                 re.M)
GLUED_DATE_LINE = "a name or a title run into its date"


def _name_glued_to_date(head: str, lexicon: Lexicon | None) -> date | None:
    """The day of a line near the top of a page whose name or title runs into a full date ('Jane
    Author19 December 2015', a headline then 'i dag24. august 2025'): a byline or a saved title,
    the day the story was written. The whole rest of the line must be the date, its month a name
    (no count of things: 'Room101 2015')."""
    for line in _NAME_GLUED_TO_DATE.finditer(head):
        found = find_dates(line.group(1), lexicon=lexicon)
        if len(found) == 1 and found[0].kind == "day" and found[0].year and found[0].start == 0 and \
                not line.group(1)[found[0].end:].strip():
            try:
                return date(found[0].year, found[0].month, found[0].day)
            except ValueError:
                return None
    return None


DATE_DASH_LINE = "the date the story's first line opens with, a dash after it"


# A line that may open with a date and a dash, prose after it: what is read for one (a cheap
# look before the date grammar's).
_DASHED_LINE = re.compile(r"^[ \t]*(\S[^\n]{2,40}?)[ \t]+(?:--|[–—-])[ \t]+[^\W\d_]", re.M)


def _date_opening_the_story(text: str, lexicon: Lexicon | None) -> date | None:
    """The day a line near the top of the text opens with, a dash and prose after it ('2019-08-16
    -- Tens of thousands gathered …', '16.08.2019 - Tausende versammelten sich …'; the one such
    line: dated_line_opening): a dateline without its place, the day the story was written."""
    mentions = [found for line in _DASHED_LINE.finditer(text)
                for found in find_dates(text, line.start(1), line.end(1), lexicon=lexicon)[:1]]
    found = dated_line_opening(text, mentions, LineStarts(text)) if mentions else None
    if found is None:
        return None
    try:
        return date(found.year, found.month, found.day)
    except ValueError:
        return None


def _atop(head: str) -> str:
    """The lines of head before its first line of prose (PROSE_WORDS words or more and a sentence's
    end): a page's title, menu, byline and date line stand there. A date alone on a line after the
    story has begun heads a part of it ('24 April 1950' over the history the story tells), and is
    no post's or banner's day."""
    start = 0
    for line in head.splitlines(keepends=True):
        if len(line.split()) >= PROSE_WORDS and _SENTENCE_END.search(line):
            return head[:start]
        start += len(line)
    return head


# A line of prose: at least this many words, and a sentence's end among them.
PROSE_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?…](?:[\s\"'»”)]|$)")

# How far into a page a date line of its dateline's day is sought (a page's date may close it).
DATE_LINE_CHARS = 20000
# A short line with a year: perhaps a date alone (_date_line_day); the marks that may stand around it.
_DATE_ALONE = re.compile(r"^[ \t]*([^\n]{0,40}(?:19|20)\d\d[^\n]{0,3})$", re.M)
_MARKS = re.compile(r"[\s|·•–—,:.()\[\]-]+")
# A short line with a year and a comma after it: perhaps a date and a place (_date_then_place).
_DATE_ALONE_THEN = re.compile(r"^[ \t]*([^\n]{0,40}(?:19|20)\d\d[ \t]*,[^\n]{1,40})$", re.M)


def _days_written(line: str, lexicon: Lexicon | None) -> list[DateMention]:
    """The days a timestamp's line writes, read in the lexicon's language, or in English when it
    reads none: a site may write its timestamps in English whatever its language ('19 March 2003
    10:55' on a Dutch page)."""
    found = [m for m in find_dates(line, lexicon=lexicon) if m.kind == "day"]
    if not found and lexicon is not None and lexicon is not english():
        found = [m for m in find_dates(line, lexicon=english()) if m.kind == "day"]
    return found


def _byline_day(head: str, lexicon: Lexicon | None = None) -> date | None:
    """The day of the byline timestamp atop a page, when the lines there give one day only (a
    list of other stories, each with its time, gives several: none is this one's): a line that
    opens with a full date in figures and a time ('07.03.2021 17:00 Redaktion'), or that is a time
    and a full date in figures alone ('15:14 Uhr | 06.06.2020'), or that is only a
    written date and its time, a label or an author's name before them at most ('Tuesday 12 March
    2019 16.47 GMT', '12 mars 2019 à 18h05', 'Stand: 12.03.2019, 18:05 Uhr', 'A. Author | 15
    octobre 2018, 01:26'; read in the lexicon's language), an author's name after them at most
    ('vendredi 15 juillet 2016 à 23:39 Par A. Author, Outlet'). An update's date after it on its
    line is not read ('samedi 5 mai 2018 à 16:25 - Mis à jour le dimanche 6 mai 2018 à 8:30'); the
    date before it is read without a time ('29.10.2020 | aktual.: 01.03.2022 14:28'): a banner's
    day is never updated; nor has it an author: a date alone under an author's line ('By Jane Doe'
    over 'March 12, 2019') is read without one too."""
    days = set()
    credits = [*_update_after(lexicon).finditer(head), *_author_after(lexicon).finditer(head),
               *_by_line_above(lexicon).finditer(head), *_DATE_OVER_ITS_TIME.finditer(head),
               *(_correspondent_above(lexicon).finditer(head) if lexicon and lexicon.get("page", "byline_place")
                 else ())]
    for credit in credits:
        # the date before an update's or an author's credit on its line, under an author's line, or
        # over its time
        line = credit.group("date") if "date" in credit.re.groupindex else \
            head[head.rfind("\n", 0, credit.start()) + 1:credit.start()]
        found = _days_written(line, lexicon)
        if len(found) == 1 and found[0].year and _LABEL.fullmatch(line, 0, found[0].start) and (
                not line[found[0].end:].strip(" \t,.") or _CLOCK_AFTER.fullmatch(line, found[0].end)):
            try:
                days.add(date(found[0].year, found[0].month, found[0].day))
            except ValueError:
                continue
    head = _author_after(lexicon).sub("", _update_after(lexicon).sub("", head))
    for match in _by_line(lexicon).finditer(head):
        # 'By Jane Doe | Mar 3, 2019': an author's line; its one full date is the article's
        rest = match.group("rest")
        found = _days_written(rest, lexicon)
        if len(found) != 1 or not found[0].year:
            continue
        if not rest[found[0].end:].strip(" \t.,|") or _CLOCK_AFTER.fullmatch(rest, found[0].end) or \
                _COUNT_AFTER.fullmatch(rest, found[0].end):
            try:
                days.add(date(found[0].year, found[0].month, found[0].day))
            except ValueError:
                continue
    for match in (*_TIMESTAMP_LINE.finditer(head), *_CLOCK_FIRST_LINE.finditer(head)):
        written = match.group(1)
        try:
            day = date.fromisoformat(written) if "-" in written else _figures_day(written, lexicon)
        except ValueError:
            continue
        days.add(day)
    if (stamped := _title_timestamp(_title(head), lexicon)) is not None:
        days.add(stamped)
    update_line = _updated_line(lexicon)
    for match in _CLOCKED_LINE.finditer(head):
        line = match.group(0)
        if update_line.match(line):
            continue  # 'Last modified on Mon 11 Mar 2019 09.00 GMT': an update's timestamp, not the post's
        found = _days_written(line, lexicon)
        if len(found) != 1 or not found[0].year or not _LABEL.fullmatch(line, 0, found[0].start):
            continue
        clock = _CLOCK_AND_TAGS if _BAR.search(line, 0, found[0].start) else _CLOCK_AFTER
        if clock.fullmatch(line, found[0].end) or _published_at(lexicon).fullmatch(line, found[0].end):
            try:
                days.add(date(found[0].year, found[0].month, found[0].day))
            except ValueError:
                continue
    return days.pop() if len(days) == 1 else None


# How many of a story's last lines may hold the source's credit that closes it (a copyright line,
# a share button's words may follow).
CLOSING_LINES = 3
CLOSING_CHARS = 600  # ... and how far from its end they are sought
CLOSING_SOURCE_LINE = "the source's credit that closes the story, with its day and time"


def _closing_source_day(story: str, lexicon: Lexicon | None) -> date | None:
    """The day of a source's credit among the story's last CLOSING_LINES lines (story: the last
    CLOSING_CHARS of the text before the readers' comments), with the time of day after it
    ('Quelle: BR24 Nachrichten, 20.03.2022 12:30 Uhr', 'Source: Agency, 3 March 2019 14:05';
    lexicon [page] source_labels, a label, a colon, up to five words): when the item was filed.
    None when no such line gives one full date."""
    labels = {"Source", *(lexicon.get("page", "source_labels") if lexicon else ())}
    lines = [line.strip() for line in story.split("\n") if line.strip()][-CLOSING_LINES:]
    for line in lines:
        label, colon, credit = line.partition(":")
        if not colon or label.strip() not in labels:
            continue
        found = _days_written(credit, lexicon)
        if len(found) == 1 and found[0].year and len(credit[:found[0].start].split()) <= 5 and \
                _CLOCK_AFTER.fullmatch(credit, found[0].end):
            return full_day(found[0])
    return None


CLOSING_DATE_LINE = "the date line that closes the story"


def _closing_date_line(story: str, lexicon: Lexicon | None) -> date | None:
    """The day of a line that is a full date alone among the story's last CLOSING_LINES lines
    (story: the text before the readers' comments), marks at most around it ('(10/09/2004)'
    above a copyright line), after a line of prose: a local paper's or an archive's way to date
    the item it closes. None when any other line of the story is a date alone (a listing's items
    each end with theirs, and a dated part of a story is no day of writing), or when no prose
    comes before it (a banner's date atop a page of a line or two)."""
    alone = list(_dates_alone(story, lexicon))
    if len(alone) != 1 or alone[0] is None:
        return None
    lines = [line for line in story.split("\n") if line.strip()]
    at = next((k for k in range(max(0, len(lines) - CLOSING_LINES), len(lines))
               if next(_dates_alone(lines[k], lexicon), None) is not None), None)
    prose = [len(line.split()) >= PROSE_WORDS and _SENTENCE_END.search(line) is not None for line in lines]
    return alone[0] if at is not None and any(prose[:at]) and not any(prose[at:]) else None


# What parts a headline from the timestamp a page writes after it.
_TITLE_SEPARATORS = (" - ", " – ", " — ", " | ")


def _title_timestamp(title: str, lexicon: Lexicon | None) -> date | None:
    """The day of a timestamp that ends the page's headline after a dash or a bar ('Big peace
    demonstration in the capital - 22.03.2003 21:07'): a full date and the time of day, nothing
    else after the separator."""
    cut = max(title.rfind(separator) for separator in _TITLE_SEPARATORS)
    stamp = title[cut + 3:].strip() if cut >= 0 else ""
    found = _days_written(stamp, lexicon) if stamp else []
    if len(found) != 1 or not found[0].year or found[0].start or not _CLOCK_AFTER.fullmatch(stamp, found[0].end):
        return None
    return full_day(found[0])


def _figures_day(written: str, lexicon: Lexicon | None) -> date:
    """The day a timestamp's date in figures writes ('07.03.2021', '24/03/2017', '12.08.20': a year
    of two figures as full_year reads it): day first, but
    with slashes in a language (of a country) that writes the month first, unless a number over 12
    says which is which. Raises ValueError for no such day."""
    first, second, year = (int(part) for part in re.split(r"[./]", written))
    year = full_year(year) if year < 100 else year  # '12.08.20 | 20:55 Uhr'
    month_first = "/" in written and lexicon is not None and lexicon.figures_month_first
    if first > 12 or second > 12:
        month_first = second > 12
    return date(year, first, second) if month_first else date(year, second, first)


# Query parameters by which a redirector or a feed reader carries the article's own address
# ('…/r.php?u=https%3A%2F%2Fsite%2F2017%2F01%2Fslug', '…/url?q=…'); not 'ref' or 'source', which
# name where a reader came from.
_CARRIED_ADDRESS = frozenset({"u", "url", "q", "target", "to", "link", "dest", "destination", "redirect",
                              "redirect_url", "redirect_uri"})


def unwrapped(url: str) -> str:
    """The article's own address when url only carries it in a query parameter (a redirector's, a
    feed reader's), else url."""
    try:
        query = urlparse(url).query if url else ""
    except ValueError:  # an invalid bracketed host
        return url
    for name, value in parse_qsl(query):
        if name.lower() in _CARRIED_ADDRESS and value.startswith(("http://", "https://")):
            try:
                if urlparse(value).netloc:
                    return value
            except ValueError:
                continue
    return url


# A web archive's copy of a page: the capture's timestamp (14 digits or fewer, perhaps a replay
# modifier after it: 'if_', 'id_'; or archive.today's '2019.03.15-123456'), then the page's own
# address ('https://web.archive.org/web/20190315123456/https://example.org/a-slug', the Memento
# convention many archives follow).
_ARCHIVED = re.compile(r"/(?:\d{4,14}(?:[a-z]{2}_)?|\d{4}\.\d\d\.\d\d-\d{6})/(https?):/{1,2}(?=[^/])", re.IGNORECASE)


def original_address(url: str) -> str:
    """The address of the page a web archive's copy holds (the capture's day is when the page was
    saved, not when it was written), else url."""
    match = _ARCHIVED.search(url) if url else None
    return f"{match.group(1).lower()}://{url[match.end():]}" if match else url


def url_month(url: str) -> str:
    """'YYYY-MM' when a URL's path gives the month of publication without the day ('/2018/01/')."""
    url = original_address(url)
    match = _URL_MONTH.search(urlparse(url).path) if url else None
    if not match:
        return ""
    year, month = match.group(1, 2) if match.group(1) else match.group(3, 4)
    return f"{year}-{int(month):02d}"


# A path segment that is a year alone, a slug after it and no month ('/2015/france-en-solidarite').
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)/(?!(?:0?[1-9]|1[0-2])(?:/|$))[^/]")


def url_year(url: str) -> int | None:
    """The year of publication when a URL's path gives only that ('/2015/a-slug'), else None; of
    several, the latest: a section begun in one year holds the pages of later ones
    ('/dossiers/2022/war/2024/live/' was written in 2024)."""
    url = original_address(url)
    years = [int(found) for found in _URL_YEAR.findall(urlparse(url).path)] if url else []
    return max(years) if years else None


def without_header(passage: str) -> str:
    """A passage of an article's text without the 'date' header that may open it (' date 2022-02
    Tausende …': a saved page's date before its first words), as a reader is shown it."""
    for header in (_DATE_HEADER, _MONTH_HEADER, _YEAR_HEADER):
        passage = header.sub("", passage, count=1)
    return passage


def header_year(text: str) -> int | None:
    """The year a page's 'date' header line gives when it gives only that ('date 2019'), else None."""
    found = _YEAR_HEADER.search(text, 0, 3000)
    return int(found.group(1)) if found else None


def url_day(url: str, month_first: bool = False) -> date | None:
    """A publication date written in a URL's path: '/2019/09/30/', '/2024-10-05/' (htmldate's URL
    rules, and before 1990 '/1983/09/06/'), the month and day one segment after the year
    ('/2012/0515/'), packed as '/20140930/', at a slug's end ('…-20170415', '…_2017-04-15.html') or at the
    start of an id ('/20150111trib2a636/', '/b170414xqzt/': two digits each), or a path segment of
    its own or three with the year last ('/04-12-2021/', '/04/12/2021/': day first, unless the article's
    language writes the month first and the numbers allow it), or with the month's English name
    (or its number and name in any language) between the year and the day ('/2019/jun/16/',
    '/2003/02_Febbraio/15/')."""
    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor

    url = _URN_DATE_ID.sub(r"\1", original_address(url))
    options = Extractor(False, datetime(2100, 1, 1), datetime(1990, 1, 1), True, "%Y-%m-%d")
    # the address without its query: a date there is a referrer's or a tracker's, not the article's
    found = extract_url_date(url.split("?", 1)[0].split("#", 1)[0], options)
    if found:
        return date.fromisoformat(found)
    path = urlparse(url).path
    match = _URL_ARCHIVE_DAY.search(path)
    if match:
        try:
            return date(*map(int, [part for part in match.groups() if part is not None]))
        except ValueError:
            return None
    match = _URL_COMPACT_DATE.search(path)
    if match:
        try:
            return date(*map(int, [part for part in match.groups() if part is not None]))
        except ValueError:
            return None
    match = _URL_SHORT_DATE.search(path)
    if match:
        year, month, day = map(int, match.groups())
        try:
            return date(2000 + year, month, day)
        except ValueError:
            return None
    match = _URL_YEAR_LAST.search(path)
    if match:
        first, second, year = map(int, match.group(1, 3, 4))
        day, month = (second, first) if month_first and second <= 31 and first <= 12 else (first, second)
        try:
            return date(year, month, day)
        except ValueError:
            return None
    match = _URL_MONTH_NAMED.search(path)
    if match and (month := int(match.group(2)) if match.group(2) else
                  calendar_of(english()).months.get(match.group(3).lower())):
        try:
            return date(int(match.group(1)), month, int(match.group(4)))
        except ValueError:
            return None
    return None


# The longest segment of a URL's directories read as a date in words ('26-februari-2024').
_DATE_SEGMENT_CHARS = 40


def url_words_day(url: str, lexicon: Lexicon | None = None) -> date | None:
    """A date the words of a URL's last segment write in the article's language, as its text would
    ('…/corteo-modena-28-ottobre-2020.html', '…/rally-on-april-15-2017'), or as a day, month and
    year among them ('…/demo-am-3-6-2020-in-jena', '…-am-13.08.2020', '…-piatek-25022022-r', day
    first unless the language writes the month first, and the other order where that gives no day);
    None unless the segment gives exactly one
    such day."""
    url = original_address(url)
    segments = [part for part in urlparse(url).path.split("/") if part] if url else []
    if not segments:
        return None
    calendar_names = calendar_of(lexicon or english())
    months = calendar_names.months
    respelled = _slug_spellings(calendar_names.written)
    for segment in segments[:-1]:
        # a segment of its own of a two-digit year, a month's name and a day ('/18_ottobre_01/')
        packed = _YEAR_MONTH_DAY_SEGMENT.fullmatch(segment)
        if packed and (month := months.get(fold(packed.group(2)))):
            try:
                return date(2000 + int(packed.group(1)), month, int(packed.group(3)))
            except ValueError:
                return None
        # ... or of a full date in words and nothing else ('/2024/26-februari-2024/slug')
        written = " ".join(respelled.get(word.lower(), word.capitalize()) for word in _SLUG_SPLIT.split(segment) if word)
        found = find_dates(written, lexicon=lexicon) if len(written) <= _DATE_SEGMENT_CHARS else []
        if len(found) == 1 and found[0].kind == "day" and found[0].year and \
                (found[0].start, found[0].end) == (0, len(written)):
            try:
                return date(found[0].year, found[0].month, found[0].day)
            except ValueError:
                return None
    last = len(segments) - 1
    if last and _PAGE_VARIANT.fullmatch(segments[last]) and _SLUG_SPLIT.search(segments[last - 1]):
        last -= 1  # '…/slug,20-11-2023.html/embed', '…/a-slug/amp': a variant of the page its slug names
    slug = _FILE_EXTENSION.sub("", segments[last])
    words = [word for word in _SLUG_SPLIT.split(slug) if word]
    written_days = [m for m in find_dates(" ".join(respelled.get(word.lower(), word.capitalize()) for word in words),
                                          lexicon=lexicon) if m.kind == "day"]
    days = {date(m.year, m.month, m.day) for m in written_days if m.year}
    if not days and (month := url_month(url)):
        # a day and month without a year ('/2018/07/march-june-30'): of the path's month, or of
        # the days just before it (a post is published on the day or soon after)
        days = {day for m in written_days if (day := _in_the_path_s_month(m, month)) is not None}
    month_first = bool(lexicon and lexicon.figures_month_first)
    # a day, month and year as words ('3-6-2020'), or packed as a word of eight figures, the year
    # last ('…-piatek-25022022-r')
    numbers = [(first, second, year) for first, _, second, year in _SLUG_NUMBERS.findall(slug)]
    numbers += [packed.groups() for word in words if (packed := _PACKED_YEAR_LAST.fullmatch(word))]
    for first, second, year in numbers:
        # the language's order first; the other only where that gives no day ('30-08-2021' on an
        # English page: the 30th is no month)
        orders = ((second, first), (first, second)) if month_first else ((first, second), (second, first))
        for day, month in orders:
            try:
                days.add(date(int(year), int(month), int(day)))
                break
            except ValueError:
                continue
    return days.pop() if len(days) == 1 else None


@lru_cache(maxsize=None)
def _slug_spellings(names: tuple[str, ...]) -> dict[str, str]:
    """The month and weekday names as an address spells them, folded (without their accents) or
    with a German umlaut's two letters ('fevrier', 'aout', 'marco', 'wrzesnia', 'maerz') -> the
    name as written, for the date grammar, which reads names as written. Built once per calendar."""
    spellings = {}
    for name in names:
        lower = name.lower()
        for spelled in (fold(lower), fold(lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))):
            if spelled != lower:
                spellings.setdefault(spelled, name)
    return spellings


# How many days before the path's month a slug's day without a year may lie ('/2018/07/…-june-30').
SLUG_DAY_LEAD = 31


def _in_the_path_s_month(mention: DateMention, month: str) -> date | None:
    """The day a slug's day and month without a year names, in the year that puts it in the path's
    month ('YYYY-MM') or at most SLUG_DAY_LEAD days before it; None when no year does."""
    year, number = map(int, month.split("-"))
    first = date(year, number, 1)
    last = date(year, number, calendar.monthrange(year, number)[1])
    for candidate_year in (year, year - 1):
        try:
            day = date(candidate_year, mention.month, mention.day)
        except ValueError:
            continue
        if first - timedelta(days=SLUG_DAY_LEAD) <= day <= last:
            return day
    return None


def content_hash(text: str) -> str:
    """Identity of an article's content: the same text under two names is one article."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def _article(article_id: str, path: str, text: str, title: str = "", url: str = "", source: str = "",
             published: date | None = None, published_reason: str = "", published_month: str = "") -> Article:
    """An article from its text and what came with it: its url, and its publication date or only
    its month ('YYYY-MM'; a day the text or the address gives within that month is its day)."""
    text = unwrap_hard_lines(text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))
    code = language(text)
    meta = metadata(text, default_lexicons().get(code), url)
    url = meta["url"]
    written, month = meta["published"], meta["published_month"]  # what the text and the address say
    if published_month and not published:
        if written and written.isoformat()[:7] != published_month:
            written = None  # another month's day: the month the article came with wins
        if not written:
            month = published_month
    if not published and written:
        published, published_reason = written, meta["published_reason"]
    if why := implausible(published):
        # 9999-12-31 or Go's zero time 0001-01-01 is no publication date: said, and not used
        published, published_reason = None, f"not used: {published_reason} gives {why}"
    given_month = not published and bool(month) and not url_month(url)  # a header's month, which the address does not give
    month = "" if published else month or url_month(url)
    if month and implausible(date(int(month[:4]), int(month[5:7]), 1)):
        month = ""
    if month and (dated := _in_month(month, meta["dateline_month_day"])):
        # 'ROMA, 14 SET -' atop a page of September 2024: written on 14 September 2024
        published, published_reason, month = dated, "the dateline's day in the page's month", ""
    elif not published and not month and (dated := meta["dateline_dated"]) and not implausible(dated):
        # 'ROMA, 14 SET -' atop a page whose date line, anywhere on it, is of that day ('14/09/2024')
        published, published_reason = dated, "the dateline's day, the date line of the page gives its year"
    elif month and (dated := meta["date_line_day"]) and dated.isoformat()[:7] == month:
        # 'Monday, September 7, 2015' alone atop a page of September 2015: the post's day, which
        # the month the page gives apart from it confirms (a banner's day need not be of it)
        published, published_reason, month = dated, "the date line atop the page, in the page's month", ""
    elif given_month and (dated := meta["date_line_day"]) and dated.isoformat()[:7] < month and not implausible(dated):
        # '12/05/2012' alone atop a page the header gives August 2018: a banner shows the day the
        # page was shown, never one before its month; the header's month is another version's
        # (updated, re-dated). (An address's month is the first version's: it stands.)
        published, published_reason, month = dated, f"the date line atop the page, before the page's month {month}", ""
    elif not published and not month and (year := url_year(url)) and \
            (dated := _in_year(year, meta["dateline_month_day"])) and not implausible(dated):
        # ... and atop a page whose address gives only the year 2019: written on that day of 2019
        published, published_reason = dated, "the dateline's day in the year of the page's address"
    return Article(article_id, path, text, title or meta["title"], source or meta["source"] or _domain(url),
                   url, published, published_reason, code, content_hash(text), month)


# The widths a hard-wrapped text's lines are broken at (mail, wire copy and text archives wrap
# at 60 to 80 characters); lines of a paragraph wider than the most are no wrap.
WRAP_WIDTHS = (55, 100)
# A line ends a sentence, a heading or an item: no wrap broke it.
_ENDS_A_LINE = re.compile(r"[.!?:;\"”»)\]]\s*$")


def unwrap_hard_lines(text: str) -> str:
    """text, the lines of each hard-wrapped paragraph joined into one ('Thousands marched in' /
    'Hollywood and rallied …'): a text broken at a fixed width reads as one line per sentence
    fragment, and a place or a date cut in two is lost. A paragraph (lines between blank lines)
    is hard-wrapped when its lines but the last are at most as wide as a wrap (WRAP_WIDTHS), each
    of them too long to have taken the next line's first word, and most of them end inside a
    sentence (a line of its own ends in a full stop, a colon, a quote or a bracket); its lines
    are then joined with a space (a hyphen at a line's end joins without one)."""
    if "\n" not in text:
        return text
    blocks = text.split("\n\n")
    return "\n\n".join(_unwrapped(block) for block in blocks)


def _unwrapped(block: str) -> str:
    content = block.rstrip()
    lines = content.split("\n")
    if len(lines) < 3:
        return block
    body = [line.rstrip() for line in lines[:-1]]
    width = max(len(line) for line in body)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] or any(not line.strip() for line in body):
        return block
    following = [next(iter(line.split()), "") for line in lines[1:]]
    if any(len(line) + 1 + len(word) <= width for line, word in zip(body, following)):
        return block  # a line that would have taken the next one's first word was broken on purpose
    if 2 * sum(1 for line in body if _ENDS_A_LINE.search(line)) >= len(body):
        return block
    joined = lines[0].rstrip()
    for line in lines[1:]:
        joined += line.strip() if joined.endswith("-") else " " + line.strip()
    return joined + block[len(content):]


def _in_month(month: str, month_day: tuple[int, int] | None) -> date | None:
    """The day of a dateline's month and day in the page's month ('YYYY-MM'), when they agree."""
    if month_day is None or month_day[0] != int(month[5:7]):
        return None
    return _in_year(int(month[:4]), month_day)


def _in_year(year: int, month_day: tuple[int, int] | None) -> date | None:
    """The day of a dateline's month and day in the year the page's address gives."""
    if month_day is None:
        return None
    try:
        return date(year, *month_day)
    except ValueError:
        return None


_URL_LINE = re.compile(r"^\s*url:\s*(\S+)", re.I | re.M)
_ANY_URL = re.compile(r"https?://[^\s\"'<>]+")
_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d\d-\d\d)\b", re.I | re.M)
_MONTH_HEADER = re.compile(r"^\s*date\s+((?:19|20)\d\d)-(0[1-9]|1[0-2])\b(?!-\d)", re.I | re.M)
_YEAR_HEADER = re.compile(r"^\s*date\s+((?:19|20)\d\d)\b(?![-/.]\d)", re.I | re.M)
# '/2018/01/' (or a month's archive, '/archive/2016/09'), a section of the year and month in one
# ('/politics/2013-06/a-slug'), or a slug ending in its year and month ('…-of-dublin-2010-11').
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])(?:/|$)|[-_]((?:19|20)\d\d)-(0[1-9]|1[0-2])/?$")


@lru_cache(maxsize=32)
def _published_line(lexicon: Lexicon | None) -> re.Pattern:
    """A line that opens with a word for 'published' (English, and the lexicon's [page] published:
    'Publicerad', 'Pubblicato il'), then the date."""
    words = _published_words(lexicon)
    # ... perhaps after another label's date and a bar ('Last Modified: March 4, 2019 | Published: …')
    return re.compile(r"^\s*(?:[^\n|·•]{0,60}[|·•][ \t]*)?(?:Details\s+)?(?:" + "|".join(map(re.escape, words))
                      + r")\s*:?\s*(.{6,60})$", re.M)


@lru_cache(maxsize=32)
def _published_within(lexicon: Lexicon | None) -> re.Pattern:
    """A word for 'published' (as _published_line reads them) inside a line, then the date."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _published_words(lexicon))) + r")\s*:?\s*(.{6,60})$")


def _published_words(lexicon: Lexicon | None) -> list[str]:
    """English's labels of a page's publication date and the lexicon's [page] published, as written
    and in title case ('Date Published'), longest first."""
    words = {*PUBLISHED_LABELS, *(lexicon.get("page", "published") if lexicon else ())}
    return sorted(words | {w.title() for w in words}, key=len, reverse=True)


@lru_cache(maxsize=32)
def _published_at(lexicon: Lexicon | None) -> re.Pattern:
    """A word for 'published' between a byline's date and its time ('Wednesday, February 17, 1999
    Published at 12:21 GMT'; English's and the lexicon's [page] published), the time after it."""
    return re.compile(r"[ \t,|·•–—/-]*(?:" + "|".join(map(re.escape, _published_words(lexicon))) + r")"
                      + CLOCK_WORDS + r"[ \t./)\]]*", re.I)


UPDATED_LINE = "'Updated' line (no publication date given)"


@lru_cache(maxsize=32)
def _updated_line(lexicon: Lexicon | None) -> re.Pattern:
    """A line that opens with a word for 'updated' (English, and the lexicon's [page] updated:
    'Aktualisiert am', 'Mis à jour le'), then the date: an update's date stands in for the
    publication date only when the page gives no other, and its address no other month."""
    words = {*UPDATED_LABELS, *(lexicon.get("page", "updated") if lexicon else ())}
    # ... in capitals and in title case too ('LAST UPDATED', 'Last Updated')
    words = sorted(words | {w.upper() for w in words} | {w.title() for w in words}, key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(map(re.escape, words)) + r")(?:\s+on)?\s*:?\s*(.{6,60})$", re.M)


@lru_cache(maxsize=32)
def _update_after(lexicon: Lexicon | None) -> re.Pattern:
    """What follows a byline's timestamp on its line when that is an update's ('… 16:25 - Updated
    Sunday 6 May 2018 at 8:30 By A. Author'): a separator, a word for 'updated', the rest of the line."""
    words = {*UPDATED_LABELS, *(lexicon.get("page", "updated") if lexicon else ())}
    words = sorted(words | {w.lower() for w in words}, key=len, reverse=True)
    # (or right after the timestamp's last figure, a space or none between: '10:55Gewijzigd op …')
    return re.compile(r"(?:[|·•–—,/-][ \t]*|(?<=\d)[ \t]*)(?:" + "|".join(map(re.escape, words))
                      + r")(?![^\W\d_])[^\n]*")


@lru_cache(maxsize=32)
def _author_after(lexicon: Lexicon | None) -> re.Pattern:
    """An author's credit after a timestamp's last figure, to the end of its line ('… à 23:39 Par
    A. Author, Outlet'): a word for 'by' (English and the lexicon's [page] byline) and a name."""
    return re.compile(r"(?<=\d)[ \t,|·•–—-]+(?:" + _byline_words(lexicon) + r")[ \t]+[^\W\d_][^\n]{0,80}$", re.M)


# A date alone on its line, then a line that is only a time of day (blank lines perhaps between):
# a byline's timestamp set on two lines ('29 Dezember 2019' over '05:16:48'); group 'date'.
_DATE_OVER_ITS_TIME = re.compile(r"^(?P<date>[^\n]{6,40})\n(?:[ \t]*\n){0,2}[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d"
                                 r"(?::[0-5]\d)?[ \t]*$", re.M)


@lru_cache(maxsize=32)
def _by_line_above(lexicon: Lexicon | None) -> re.Pattern:
    """An author's line alone ('By Jane Doe', 'di Mario Rossi'), then the line under it (group
    'date'): where a byline's date stands ('By Jane Doe' over 'March 12, 2019')."""
    return re.compile(r"^[ \t]*(?:" + _byline_words(lexicon) + r")[ \t]+[^\W\d_][^\W\d_'.-]*\.?"
                      r"(?:[ \t]+[^\W\d_][^\W\d_'.-]*\.?){0,4}[ \t]*\n(?P<date>[^\n]{6,60})$", re.M)


@lru_cache(maxsize=32)
def _correspondent_above(lexicon: Lexicon) -> re.Pattern:
    """A correspondent's line alone: a name of two to four capitalised words, the word that says
    where they write from (lexicon [page] byline_place: 'in', 'em', 'à') and a town of one to three
    capitalised words ('João Carlos em Lisboa'), then the line under it (group 'date')."""
    name = r"[A-ZÀ-ÖØ-Þ][^\W\d_'.-]*\.?"
    return re.compile(r"^[ \t]*" + name + r"(?:[ \t]+" + name + r"){1,3}[ \t]+(?:"
                      + "|".join(map(re.escape, lexicon.get("page", "byline_place"))) + r")[ \t]+" + name
                      + r"(?:[ \t-]+" + name + r"){0,2}[ \t]*\n(?P<date>[^\n]{6,60})$", re.M)


@lru_cache(maxsize=32)
def _by_line(lexicon: Lexicon | None) -> re.Pattern:
    """An author's line: a word for 'by' (English and the lexicon's [page] byline: 'Von', 'Par'),
    a name of up to five words, a separator, then the rest of the line (group 'rest')."""
    return re.compile(r"^[ \t]*(?:" + _byline_words(lexicon) + r")[ \t]+[^\W\d_][^\W\d_'.-]*\.?"
                      r"(?:[ \t]+[^\W\d_][^\W\d_'.-]*\.?){0,4}[ \t]*[|·•,–—-][ \t]*(?P<rest>[^\n]{6,60})$", re.M)


# ('by admin - Mar 28, 2021': a blog's author line, in lower case)
_BY_WORDS = ("By", "BY", "by")


def _byline_words(lexicon: Lexicon | None) -> str:
    """The words for 'by' (English and the lexicon's [page] byline: 'Von', 'Par') as a regex
    alternation, the longest first."""
    words = sorted({*_BY_WORDS, *(lexicon.get("page", "byline") if lexicon else ())}, key=len, reverse=True)
    return "|".join(map(re.escape, words))


_WRITTEN_ON = re.compile(r"^\s*(?:Written|Posted|Published)\s+by\s+.{2,60}?\s+on\s+(.{6,40})$", re.M)
_LINE_START = re.compile(r"^", re.M)
# A byline's timestamp: a line that opens with a full date and a time ('2021-03-07, 17:00  A. Author',
# '07.03.2021 17:00', '24/03/2017 12:36:00', '12.08.20 | 20:55 Uhr', '2019-03-03T15:45:00Z'). The
# time tells it from a date the text speaks of.
_TIMESTAMP_LINE = re.compile(r"^[ \t]*((?:19|20)\d\d-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./](?:(?:19|20)\d\d|\d\d(?!\d)))"
                             r"(?:[,\s|–—-]+|T)"
                             r"(?:\w{1,3}\s+)?\d{1,2}[:.h]\d\d(?!\d)", re.M)
# ... or the time first, then the date in figures with its year, alone on the line ('15:14 Uhr | 06.06.2020').
_CLOCK_FIRST_LINE = re.compile(r"^[ \t]*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:[ \t]*(?:[^\W\d_]{1,3}\.?|[ap]\.?[ \t]?m\.?))?"
                               r"[ \t]*[,|·•–—/-][ \t]*"
                               r"((?:19|20)\d\d-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)[ \t.]*$", re.M)
BYLINE_CHARS = 1200  # where a byline stands: under the title, before the story
# How long before a page's date a dateline's day may be (a story re-dated, re-posted, updated):
# further back, the day is another story's, quoted or listed
DATELINE_LEAD = 366
# How far after a page's date a dateline's day may fall and be the same day, told by another clock
DATELINE_CLOCKS = 2
# A short line with a year and a time of day: perhaps a byline's written date and time.
# A byline may end in the post's tags, each after a bar ('A. Author | 09.03.2008 17:07 | Repression | World').
_TAGS = r"(?:[ \t]*[|·•][ \t]*[^\W\d_][^\n|·•]{0,30}){1,8}"
_BAR = re.compile(r"[|·•]")
_CLOCKED_LINE = re.compile(r"^[^\n]{0,45}(?:19|20)\d\d\b[^\n]{0,30}\b(?:[01]?\d|2[0-3])[:.h][0-5]\d\b(?:[^\n]{0,12}|"
                           r"[^\n|·•]{0,12}" + _TAGS + r")$", re.M)
# What may stand before a byline's date: a label ('Stand:', 'Published:'), a short weekday ('Tue'),
# an author's name of up to four words and a bar ('A. Author | '), a separator; or a source's
# attribution of up to five words ('information fournie par Reuters 21/11/2015 à 18:45'), in
# brackets perhaps ('[Agency, Tuesday, 07 April 2009, 01:16 GMT]').
_LABEL = re.compile(r"[ \t|·•–—([-]*(?:[^\W\d_]{2,20}[ \t]*:[ \t]*|[^\W\d_]{2,4}\.?,?[ \t]+"
                    r"|[^\W\d_][^\W\d_'-]*\.?(?:[ \t]+[^\W\d_][^\W\d_'-]*\.?){0,3}[ \t]*[|·•][ \t]*"
                    r"|(?:[^\W\d_][^\W\d_'-]*\.?,?[ \t]+){1,5})?")
# ... and after it: the time (CLOCK_WORDS), a separator ('March 3, 2019 / 3:45 PM /').
_CLOCK_AFTER = re.compile(CLOCK_WORDS + r"[ \t./)\]]*", re.I)
# ... or, on an author's line, a count of the post's comments or views after it ('by admin - Mar 28,
# 2021 0 Comment')
_COUNT_AFTER = re.compile(r"[ \t]+\d{1,6}[ \t]+[^\W\d_]{3,12}[ \t]*")
# ... and, after an author's name and a bar, the post's tags after it ('A. Author | 09.03.2008 17:07 |
# Repression'); after menu words they are more menu words ('Home Saturday, … 12:15 AM | Calgary | Log in').
_CLOCK_AND_TAGS = re.compile(CLOCK_WORDS + r"(?:" + _TAGS + r")?[ \t./)\]]*", re.I)
# Dates packed into a URL path without separators: '/20140930/', '/en/202302054687', an id's
# digits after them ('/20190318324361360-a-slug'), or a
# timestamp to the second and its fraction or an id ('/20080319213321046545.html',
# '/201203300600001243430.html').
# ... or at the end of a slug: '/march-for-peace-20170415', '/rally_2017-04-15.html', after a
# comma ('…-a-slug,20020928p49531').
_URL_COMPACT_DATE = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
                               r"(?:\d{0,10}|(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{1,10})(?=[/._-]|$)"
                               r"|[-_,]((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])"
                               # a time of day may follow ('…-20170122030759.html'), or a letter
                               # and an id's digits ('…-a-slug,20020928p49531')
                               r"(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?|[a-z]\d{1,10})?(?=[/._-]|$)"
                               # ... or opening a segment an id's letters go on, a figure perhaps
                               # first ('/20150111trib2a636/', '/200602156lzsda/')
                               r"|/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d?[a-z]{2})"
                               # ... or after an id's letters, a time to the second after it
                               # ('/ab20190316104512345'): a timestamp, no count
                               r"|/[a-z]{1,3}((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
                               r"(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{0,6}(?=[/._-]|$)")
# A segment of one letter, a date as two digits each of year, month and day, and an id's letters
# ('/news/b170414xqzt/'): the date of this century it packs.
# '/1983/09/06/' in an archive's address: htmldate reads such a day only from 1990 on.
_URL_ARCHIVE_DAY = re.compile(r"/(19\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=/|$)"
                              # ... and any year's, the month and day one segment ('/2012/0515/')
                              r"|/((?:19|20)\d\d)/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=/)"
                              # ... or the month and day a section or two after the year
                              # ('/2019/NEWS/europe/03/16/')
                              r"|/((?:19|20)\d\d)/(?:[A-Za-z][A-Za-z-]*/){1,2}(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?=/)")
# A NewsML URN's date id ('urn:newsml:<provider>:<CCYYMMDD>:<item>', in an address
# 'urn-newsml-<provider>-<CCYYMMDD>-<item>') is the day a provider's identifiers count from, which a
# provider may fix once for all its items: no page's date.
_URN_DATE_ID = re.compile(r"(urn[-:.]newsml[-:.][a-z0-9.]{1,30}(?:-[a-z0-9.]{1,30}){0,3}?[-:.])(?:19|20)\d{6}(?=[-:.])",
                          re.IGNORECASE)
_URL_SHORT_DATE = re.compile(r"/[a-z](\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[a-z]{3,}(?=/|$)")
_SLUG_SPLIT = re.compile(r"[-_+]")
# A day, month and year as three words of a slug of their own ('demo-am-3-6-2020-in-jena'), or
# dotted ('…-am-13.08.2020').
_SLUG_NUMBERS = re.compile(r"(?<![^-_,])([0-3]?\d)([-_.])([0-3]?\d)\2((?:19|20)\d\d)(?![^-_,])")
# A last segment of a few letters alone after a slug ('amp', 'embed', 'print'): a variant of the
# page, not its slug.
_PAGE_VARIANT = re.compile(r"[a-z]{1,8}")
# ... or packed as a word of eight figures, the year last ('…-piatek-25022022-r').
_PACKED_YEAR_LAST = re.compile(r"([0-3]\d)([0-3]\d)((?:19|20)\d\d)")
# A file name's extension ('.html', '.php'), not a date's last part ('…-am-13.08.2020').
_FILE_EXTENSION = re.compile(r"\.[A-Za-z]{2,5}$")
_YEAR_MONTH_DAY_SEGMENT = re.compile(r"(\d\d)[_-]([^\W\d_]{3,12})[_-]([0-3]\d)")
# A day, month and year in one segment ('/04-12-2021/') or in three ('/12/07/2021/'), one separator.
_URL_YEAR_LAST = re.compile(r"/([0-3]?\d)([-./])([0-3]?\d)\2((?:19|20)\d\d)(?=/)")
# The year, the month's English name or abbreviation and the day, each a directory ('/2019/jun/16/',
# '/news/2007/oct/7/'), as several English papers write them; or the month's number and its name in
# any language ('/2003/02_Febbraio/15/')
_URL_MONTH_NAMED = re.compile(r"/((?:19|20)\d\d)/(?:(0[1-9]|1[0-2])_[^\W\d_]{3,12}|([A-Za-z]{3,9}))/([0-3]?\d)(?=/)")
_SOURCE_PATTERNS = [
    re.compile(r"^\s*Source\s*[»:>]\s*(.{2,60}?)\s*$", re.M),
    re.compile(r"^\s*Site icon\s+(.{2,60}?)\s*$", re.M),
    re.compile(r"^\s*Reporting by\s+(.{2,60}?)\s*$", re.M),
    re.compile(r"^\s*By\s+([A-Z][\w.&' -]{1,60}?)\s*$", re.M),
]


def _domain(url: str) -> str:
    url = original_address(url)
    host = urlparse(url).netloc.lower() if url else ""
    return host[4:] if host.startswith("www.") else host


# The publication dates read from a page's address: the first version's day, which a page
# updated later keeps ('/2022/02/26/' over a report of Sunday the 27th).
URL_PATH_DATE = "date in the URL path"
URL_WORDS_DATE = "date in the words of the URL"


def metadata(text: str, lexicon: Lexicon | None = None, url: str = "") -> dict:
    """Title, URL, source and publication date written in the article text itself (dates read in
    the lexicon's language, default English), or in url, the address the article came with (a
    record's field, a page's canonical link), which wins over one the text writes. The readers'
    comments under the article (lexicon comments) give none of these."""
    story_end = readers_section(text, lexicon or english())
    head = text[:min(3000, story_end)]
    if not url:
        url_match = _URL_LINE.search(head) or _ANY_URL.search(head[:600])
        url = url_match.group(1) if url_match and url_match.groups() else (url_match.group(0) if url_match else "")
    url = unwrapped(url)
    # 12/03/2019 as the page's country writes it
    lexicon = regional(lexicon, original_address(url)) if lexicon is not None else None
    published, reason = None, ""
    candidates = [(_DATE_HEADER, "header line 'date'"), (_published_line(lexicon), "'Published' line"),
                  (_WRITTEN_ON, "'Written by ... on' line"), (_updated_line(lexicon), UPDATED_LINE)]
    for pattern, why in candidates:
        match = pattern.search(head)
        if match:
            # 'Actualizado: 05/03/2012 Publicado: 03/03/2010': the publication's label later on
            # an update's line gives the page's day
            later = _published_within(lexicon).search(match.group(1)) if why == UPDATED_LINE else None
            published = _parse_day(later.group(1), lexicon) if later else None
            if published:
                reason = "'Published' line"
                break
            published = _parse_day(match.group(1), lexicon)
            if published:
                reason = why
                break
    if reason == UPDATED_LINE and (posted := _byline_day(head[:BYLINE_CHARS], lexicon)) and posted <= published:
        # 'Sat 9 Mar 2019 14.05 GMT', then 'Last modified on Mon 11 Mar 2019 09.00 GMT': the post's
        # own timestamp, not its update's
        published, reason = posted, "byline timestamp, above its update's date"
    address: tuple[date | None, str] | None = None  # the address's day and why, read once if at all
    header_month = _MONTH_HEADER.search(head)
    month = f"{header_month.group(1)}-{header_month.group(2)}" if header_month else ""
    if url and (published and reason in ("header line 'date'", UPDATED_LINE) or month):
        # The page's own address says when it was first published: a header's or an update's date,
        # or a header's month, far from it is another version's (saved, updated, re-dated)
        address = _address_day(url, lexicon)
        if won := _address_wins(published.isoformat()[:7] if published else month, address, url):
            published, reason, month = won
    datelines = _datelines(head, lexicon)
    told_apart = bool(published)  # a date the page gives apart from its text, which a dateline may precede
    if not published:
        published, reason, line_end = _dateline_day(head, datelines, lexicon) or (None, "", 0)
        if reason == SOURCE_LINE and (byline := _byline_day(head[:BYLINE_CHARS], lexicon)) and byline != published \
                and _written_after(head[:BYLINE_CHARS], byline, line_end, lexicon):
            # a site's name and the day it was shown atop the page ('Ecuador, 21 de Septiembre de
            # 2024'), then the story's title and its own timestamp ('13 de mayo de 2012 - 00:00'):
            # the date nearer the story is the story's
            published, reason = byline, f"byline timestamp, under a line of a source and another date ({published})"
    atop = ""  # the lines atop the page, read once here for a page still undated (a page dated now stays so)
    if not published:
        atop = _atop(head[:BYLINE_CHARS])
        published = _byline_day(head[:BYLINE_CHARS], lexicon)
        reason = "byline timestamp" if published else ""
        if not published and (published := _date_line_under_a_banner(atop, lexicon)):
            reason = "the date line under a later one (a banner's)"
        if not published and (published := _date_then_place(atop, lexicon)):
            reason = DATE_PLACE_LINE
        if not published and (published := _date_opening_the_story(head, lexicon)):
            reason = DATE_DASH_LINE
        if not published and (published := _name_glued_to_date(head[:BYLINE_CHARS], lexicon)):
            reason = GLUED_DATE_LINE
        if published and url:
            # ... and so is a timestamp far from it (a banner, an update)
            address = address or _address_day(url, lexicon)
            if won := _address_wins(published.isoformat()[:7], address, url):
                published, reason, month = won
    if not published and url:
        published, reason = address or _address_day(url, lexicon)
        told_apart = bool(published)
    if not published and (closing := _closing_source_day(text[max(0, story_end - CLOSING_CHARS):story_end],
                                                         lexicon)) and (
            not month or closing.isoformat()[:7] == month):
        published, reason, told_apart = closing, CLOSING_SOURCE_LINE, True
    if not published and (closing := _closing_date_line(text[:story_end], lexicon)) and (
            closing.isoformat()[:7] == (month or url_month(url) or closing.isoformat()[:7])) and (
            (month_day := _dateline_month_day(head, datelines)) is None or month_day == (closing.month, closing.day)):
        # ('PARIS, 23 nov (AFP) - …' above a closing '24/11/2019': the dateline's day is the
        # day of writing, the line's another day's)
        published, reason, told_apart = closing, CLOSING_DATE_LINE, True
    if told_apart and (written := _dateline_apart(head, datelines, published)):
        # 'TORONTO, September 25 – … today' atop a page dated 10 November: the story was written
        # on the dateline's day, and its 'today' and 'on Monday' count from it
        side = "before" if written < published else "after"
        published, reason = written, f"the dateline's day, {side} the page's date {published} ({reason})"
    source = _domain(url)
    if not source:
        for pattern in _SOURCE_PATTERNS:
            match = pattern.search(text)
            if match:
                source = match.group(1).strip()
                break
    return {"url": url, "published": published, "published_reason": reason, "source": source,
            "title": _title(text), "published_month": month,
            "dateline_month_day": (month_day := None if published else _dateline_month_day(head, datelines)),
            "date_line_day": None if published else _date_line_day(atop, lexicon),
            # '17 giu –' atop a page that ends with its date line '17/06/2009': the day of writing
            "dateline_dated": _date_line_day(text[:DATE_LINE_CHARS], lexicon, month_day) if month_day else None}


def _address_day(url: str, lexicon: Lexicon | None) -> tuple[date | None, str]:
    """The publication day a URL gives, in its path or else in its words, and why; (None, '')."""
    day = url_day(url, bool(lexicon and lexicon.figures_month_first))
    if day:
        return day, URL_PATH_DATE
    day = url_words_day(url, lexicon)
    return (day, URL_WORDS_DATE) if day else (None, "")


def _address_wins(said: str, address: tuple[date | None, str], url: str) -> tuple[date | None, str, str] | None:
    """When the month a page says it is from (said, 'YYYY-MM': a header, a timestamp) lies two
    calendar months or more from the day or month its address gives, or from the year it gives
    alone ('/2015/a-slug'), what the address gives instead: its day and why, or no day and its
    month ('YYYY-MM'), or neither (its year is read from it later); else None."""
    in_address, why = address
    address_month = in_address.isoformat()[:7] if in_address else url_month(url)
    if not address_month:
        year = url_year(url)
        # (a month either side of the year stands: 'YYYY-MM' strings compare as the months do)
        return None if year is None or f"{year - 1}-12" <= said <= f"{year + 1}-01" else (None, "", "")
    if _months_apart(said, address_month) <= 1:
        return None
    return (in_address, why, "") if in_address else (None, "", address_month)


def _months_apart(first: str, second: str) -> int:
    """How many months lie between two 'YYYY-MM' months."""
    return abs((int(first[:4]) * 12 + int(first[5:7])) - (int(second[:4]) * 12 + int(second[5:7])))


def _title(text: str) -> str:
    """The first line that reads like a headline (three words or more), without header prefixes."""
    for line in text.splitlines()[:12]:
        line = _YEAR_HEADER.sub("", _MONTH_HEADER.sub("", _DATE_HEADER.sub("", line))).strip()
        if not line or _URL_LINE.match(line) or re.match(r"^(?:Site icon|Details|Published|By)\b", line):
            continue
        if len(re.findall(r"[^\W\d_]{2,}", line)) >= 3:
            return line if len(line) <= 200 else line[:197].rsplit(" ", 1)[0] + "…"
    return ""


# Enough text to tell the language; more only costs time.
LANGUAGE_SAMPLE = 1500
LANGUAGE_CLASSIFY_CHARS = 400
LANGUAGE_MIN_WORDS = 3
_LETTERS = re.compile(r"[^\W\d_]+")
# Addresses are no words of the text ('/news/story-12' on a German page); nor is the 'url:' label.
_ADDRESS = re.compile(r"^\s*url:|(?:https?://|www\.)\S*", re.I | re.M)


def language(text: str) -> str:
    """The article's language as an ISO 639-1 code (py3langid, a language identifier trained on 97
    languages), or 'und' when the text has too few letters to tell. Addresses are left out."""
    letters = _LETTERS.findall(_ADDRESS.sub(" ", text[:LANGUAGE_SAMPLE]))
    if sum(map(len, letters)) < 20:
        return "und"
    # Names are the same in every language and outvote the few words of a list ('Rallies were held
    # in Oslo, Paris, ...'): the language is in the words that are not capitalised.
    words = [w for w in letters if w[0].islower()]
    sample = " ".join(words) if len(words) >= LANGUAGE_MIN_WORDS else " ".join(letters)
    code, _ = language_identifier().classify(sample[:LANGUAGE_CLASSIFY_CHARS])  # its time grows with the text
    return code
