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


class ReportCache:
    """Reports by key, loaded from and saved to one pickle file. A missing, stale or damaged file
    is an empty cache, never an error."""

    def __init__(self, path: Path | None):
        self.path = path
        self._entries: dict[str, list] = {}
        self._used: set[str] = set()
        if path is not None and path.exists():
            try:
                with open(path, "rb") as handle:
                    version, entries = pickle.load(handle)
                if version == CACHE_VERSION and isinstance(entries, dict):
                    self._entries = entries
            except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
                self._entries = {}

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

    def save(self) -> None:
        """Write the entries this build used (others belong to articles no longer given)."""
        if self.path is None:
            return
        entries = {k: v for k, v in self._entries.items() if k in self._used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.path.parent, delete=False, suffix=".tmp") as handle:
                pickle.dump((CACHE_VERSION, entries), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, self.path)
        except OSError:
            pass  # a cache that cannot be saved only costs the next build time


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
