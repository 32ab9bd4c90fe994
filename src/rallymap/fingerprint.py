"""Identities of what a build depends on, computed without loading anything heavy: the code
(CACHE_VERSION) and the inputs (inputs_fingerprint). The CLI compares them with the last build's
before it imports pandas."""

from __future__ import annotations

import hashlib
import os
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
