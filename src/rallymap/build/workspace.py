"""A dataset folder as a reviewer's workspace: articles added to it, and the rebuild that follows.

Articles added from the dashboard are saved under `DIR/sources/` (uploaded files as they came,
pasted texts as JSON records) and the dataset is rebuilt incrementally from the sources of its
last build plus that folder, with every review verdict applied, under the folder's lock.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..extract.gazetteer import Gazetteer
from ..read.files import MAX_BYTES, SUPPORTED, discover
from ..store import dataset, review
from ..store.layout import ADDED
from . import pipeline
from .cache import ReportCache

_UNSAFE = re.compile(r"[^\w.\-]+")


def added_dir(directory: Path) -> Path:
    return Path(directory) / ADDED


def save_upload(directory: Path, name: str, content: bytes) -> Path:
    """Save one uploaded file under DIR/sources/ and return its path. The name is reduced to
    safe characters; a different file of the same name gets the start of its hash appended.
    Raises InputError for a format the build does not read or a file over the build's limit."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(f"{name}: rallymap reads {', '.join(sorted(SUPPORTED))} files, not {suffix or 'this'}")
    if len(content) > MAX_BYTES:
        raise InputError(f"{name}: {len(content):,} bytes is over the {MAX_BYTES:,}-byte limit for one file")
    stem = _UNSAFE.sub("-", Path(name).stem).strip(".-") or "article"
    target = added_dir(directory) / f"{stem}{suffix}"
    if target.exists() and target.read_bytes() != content:
        target = target.with_name(f"{stem}-{hashlib.sha1(content).hexdigest()[:8]}{suffix}")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return target


def save_pasted(directory: Path, text: str, url: str = "", published: date | None = None, title: str = "") -> Path:
    """Save a pasted article as a JSON record under DIR/sources/ (named by its text's hash)."""
    if not text.strip():
        raise InputError("the pasted article is empty")
    record = {"id": f"pasted-{hashlib.sha1(text.encode()).hexdigest()[:12]}", "text": text, "url": url.strip(),
              "title": title.strip(), "published": published.isoformat() if published else ""}
    content = json.dumps(record, ensure_ascii=False).encode("utf-8")
    return save_upload(directory, f"{record['id']}.json", content)


def sources_of(directory: Path) -> list[Path]:
    """What a rebuild of DIR reads: the sources its last build recorded (or, for a dataset built
    before builds recorded them, the files its articles came from) and DIR/sources/."""
    summary = dataset.read_summary(directory)
    recorded = [Path(p) for p in summary.get("sources", [])]
    if not recorded:
        articles = dataset.read(directory).articles
        recorded = sorted({Path(p) for p in articles["path"].dropna() if p})
    extra = added_dir(directory)
    return _unique([*(p for p in recorded if p.exists()), *([extra] if extra.exists() else [])])


def rebuild(directory: Path, gazetteer: Gazetteer) -> pipeline.BuildResult:
    """Rebuild DIR from sources_of(DIR), reusing every unchanged article from its cache, with the
    verdicts in DIR/corrections.jsonl applied; written atomically under DIR's lock."""
    directory = Path(directory)
    with review.locked(directory):
        verdicts, problems = review.read_verdicts(directory)
        cache = ReportCache(directory / ".cache" / "reports.msgpack")
        sources = sources_of(directory)
        result = pipeline.build(sources, gazetteer, cache=cache, verdicts=verdicts, verdict_problems=problems,
                                discovered=discover(sources, exclude=[directory], kept_inside=[ADDED]))
        dataset.write(result.dataset, directory, result.summary, partitioned=dataset.is_partitioned(directory))
        cache.save()
    return result


def _unique(paths: Iterable[Path]) -> list[Path]:
    seen: dict[Path, None] = {}
    for path in paths:
        seen.setdefault(path.resolve(), None)
    return list(seen)
