"""Identities of what a build depends on, computed without loading anything heavy: the code
(CACHE_VERSION) and the inputs (inputs_fingerprint). The CLI compares them with the last build's
before it imports pandas."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .. import __version__


def _code_fingerprint() -> str:
    """Identity of the code that produced cached results: any change to rallymap's source files
    (extraction rules, lexicons, gazetteer, dates) invalidates the cache."""
    package = Path(__file__).resolve().parents[1]  # all of rallymap, not only build/
    digest = hashlib.sha1(__version__.encode())
    for source in sorted([*package.rglob("*.py"), *package.rglob("*.toml")]):
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


CACHE_VERSION = _code_fingerprint()


FileState = tuple[str, int, int] | tuple[str, str]  # (absolute path, size, mtime_ns), or (path, error name)


def file_states(paths: list[Path]) -> dict[Path, FileState]:
    """Each file's absolute path, size and modification time (or why it cannot be stat'ed): what
    says that a file is unchanged. One stat per file, for the fingerprint and the file cache."""
    states: dict[Path, FileState] = {}
    for path in paths:
        name = os.fspath(path)
        try:
            info = os.stat(name)
            states[path] = (os.path.abspath(name), info.st_size, info.st_mtime_ns)
        except OSError as exc:
            states[path] = (os.path.abspath(name), type(exc).__name__)
    return states


def inputs_fingerprint(paths: list[Path], settings: tuple, states: dict[Path, FileState] | None = None) -> str:
    """Identity of everything a build reads: each file's path, size and modification time (from
    states when given: file_states(paths)), the build's settings, and the code (CACHE_VERSION).
    The same fingerprint as the last build's means the same tables, so the build can stop before
    loading anything."""
    states = states if states is not None else file_states(paths)
    digest = hashlib.sha1(CACHE_VERSION.encode())
    digest.update(repr(settings).encode())
    for path in paths:
        digest.update(("\0".join(map(str, states[path])) + "\n").encode())
    return digest.hexdigest()
