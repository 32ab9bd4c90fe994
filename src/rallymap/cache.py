"""A content-hash cache of per-article extraction results, so a rebuild only processes the
articles that are new or changed.

The key covers everything an article's reports depend on: its text (content hash), its metadata,
the reference date it was read against when it has no publication date of its own, the resolver
that placed it, and the extractor's version.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from . import __version__


def _code_fingerprint() -> str:
    """Identity of the code that produced cached results: any change to rallymap's source files
    (extraction rules, lexicons, gazetteer, dates) invalidates the cache."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha1(__version__.encode())
    for source in sorted([*package.rglob("*.py"), *package.rglob("*.toml")]):
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


CACHE_VERSION = _code_fingerprint()


# A build appends its new entries to a journal beside the cache file instead of writing the whole
# cache again; the two are rewritten as one file when the journal grows past this share of the
# cache's size, or when entries no build uses any more (articles no longer given) pass it.
COMPACT_SHARE = 0.25


class ReportCache:
    """Reports by key, kept in one pickle file and a journal of the entries added since it was
    written (pickled batches appended one after another). A missing, stale or damaged file is
    an empty cache, never an error; a damaged batch at the journal's end loses only that batch."""

    def __init__(self, path: Path | None):
        self.path = path
        self._entries: dict[str, list] = {}
        self._used: set[str] = set()
        self._added: set[str] = set()
        self._journal_bytes = 0
        if path is None:
            return
        self._entries = _load(path) or {}
        self._stored = len(self._entries)  # in the cache file; the rest came from the journal
        journal = self.journal
        if self._entries and journal.exists():
            try:
                with open(journal, "rb") as handle:
                    while True:
                        version, batch = pickle.load(handle)
                        if version != CACHE_VERSION or not isinstance(batch, dict):
                            break
                        self._entries.update(batch)
                        self._journal_bytes = handle.tell()
            except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
                pass  # the end of the journal, or a batch cut short: what was read before it stands

    @property
    def journal(self) -> Path:
        return self.path.with_name(self.path.name + ".journal")

    @staticmethod
    def key(*parts: object) -> str:
        return hashlib.sha1("\x1f".join(map(str, (CACHE_VERSION, *parts))).encode("utf-8")).hexdigest()

    def get(self, key: str) -> list | None:
        found = self._entries.get(key)
        if found is not None:
            self._used.add(key)
        return found

    def put(self, key: str, reports: list) -> None:
        self._entries[key] = reports
        self._used.add(key)
        self._added.add(key)

    def save(self) -> None:
        """Keep what this build added: appended to the journal, or, when the journal has grown or
        the cache holds many entries this build did not use (others belong to articles no longer
        given), the entries this build used written as a new cache file and the journal emptied."""
        if self.path is None:
            return
        stale = len(self._entries) - len(self._used) > COMPACT_SHARE * len(self._entries)
        if not self._added and not stale:
            return
        size = self.path.stat().st_size if self.path.exists() and self._stored else 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            batch = pickle.dumps((CACHE_VERSION, {k: self._entries[k] for k in self._added}),
                                 protocol=pickle.HIGHEST_PROTOCOL)
            if size and not stale and self._journal_bytes + len(batch) <= COMPACT_SHARE * size:
                self._append(batch)
                return
            used = {k: v for k, v in self._entries.items() if k in self._used}
            with tempfile.NamedTemporaryFile(dir=self.path.parent, delete=False, suffix=".tmp") as handle:
                pickle.dump((CACHE_VERSION, used), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, self.path)
            self.journal.unlink(missing_ok=True)
        except OSError:
            pass  # a cache that cannot be saved only costs the next build time

    def _append(self, batch: bytes) -> None:
        # Cut off whatever follows the batches that were read (a batch cut short by a crash), so
        # that the new batch is read after them.
        with open(self.journal, "ab") as handle:
            handle.truncate(self._journal_bytes)
            handle.write(batch)


def _load(path: Path) -> dict | None:
    """The entries of a cache file written by this code, or None."""
    if not path.exists():
        return None
    try:
        with open(path, "rb") as handle:
            version, entries = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return None
    return entries if version == CACHE_VERSION and isinstance(entries, dict) else None


def inputs_fingerprint(paths: list[Path], settings: tuple) -> str:
    """Identity of everything a build reads: each file's path, size and modification time, the
    build's settings, and the code (CACHE_VERSION). The same fingerprint as the last build's
    means the same tables, so the build can stop before loading anything."""
    digest = hashlib.sha1(CACHE_VERSION.encode())
    digest.update(repr(settings).encode())
    for path in paths:
        try:
            info = os.stat(path)
            digest.update(f"{os.path.abspath(path)}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
        except OSError as exc:
            digest.update(f"{os.path.abspath(path)}\0{type(exc).__name__}\n".encode())
    return digest.hexdigest()
