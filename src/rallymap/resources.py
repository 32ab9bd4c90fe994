"""Read-only data that other packages ship in forms slow to open, kept ready in the cache folder.

A build that extracts ten new articles would otherwise spend more than a second opening them:
py3langid's LZMA-compressed model (0.4 s), wordfreq's word lists with the language-code library
it imports (0.5 s), and pycountry's JSON of subdivisions (0.2 s). Each is derived once, written
to the cache folder (the gazetteer's, `RALLYMAP_CACHE`), and read from there afterwards; a file
that cannot be written or read is derived again, never an error. File names carry the version
of the package they come from, so an upgrade derives them afresh.
"""

from __future__ import annotations

import gc
import math
import os
import pickle
import tempfile
from array import array
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO



def default_cache_dir() -> Path:
    """Where built indexes and kept data live: RALLYMAP_CACHE, else the XDG cache folder."""
    base = os.environ.get("RALLYMAP_CACHE") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "rallymap" if base else Path.home() / ".cache" / "rallymap"


def unpickle(handle: BinaryIO) -> Any:
    """pickle.load, with the cyclic garbage collector paused and what it made then frozen
    (gc.freeze): a large file makes millions of objects that live as long as the process, none
    of them garbage. Every collection would walk them all (a sixth of the gazetteer's load time,
    and the same again soon after), and in a forked worker a full collection writes to their
    pages, which then stop being shared."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(handle)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _version(package: str) -> str:
    from importlib.metadata import version  # 20 ms of imports that a rebuild with no change skips

    return version(package)


def _kept(name: str, derive: Callable[[], Any], cache_dir: Path | None) -> Any:
    """What derive() returns, read from cache_dir/name when an earlier call wrote it there."""
    path = (cache_dir or default_cache_dir()) / name
    try:
        with open(path, "rb") as handle:
            return unpickle(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
        pass  # not written yet, or damaged: derive it again
    value = derive()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError:
        pass  # an unwritable cache folder only costs the next process the same time
    return value


@lru_cache(maxsize=1)
def language_identifier(cache_dir: Path | None = None):
    """py3langid's identifier over its shipped model (97 languages), the model read from an
    uncompressed copy: the same classifications, in a tenth of the time to open."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import load_model

    def derive() -> tuple:
        ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
        return ptc, pc, classes, (nextmove.typecode, nextmove.tobytes()), (row.typecode, row.tobytes()), output

    ptc, pc, classes, nextmove, row, output = _kept(f"langid-{_version('py3langid')}.pickle", derive, cache_dir)
    return LanguageIdentifier(ptc, pc, classes, array(*nextmove), output, tk_row=array(*row))


def plain_word(key: str) -> bool:
    """Whether key is one word of lower-case ASCII letters: a word wordfreq looks up as it is."""
    return key.isascii() and key.isalpha() and key.islower()


# Words this much rarer than the floor are left out of frequent_words: no name of several words
# that includes one reaches the floor (wordfreq's rounding moves a frequency by far less).
FLOOR_MARGIN = 0.05


@lru_cache(maxsize=64)
def frequent_words(language: str, floor: float, cache_dir: Path | None = None) -> dict[str, float]:
    """The plain words (plain_word) of a language whose Zipf frequency in wordfreq's list is at
    least floor (less FLOOR_MARGIN), with their frequencies as wordfreq keeps them."""

    def derive() -> dict[str, float]:
        from wordfreq import get_frequency_dict, zipf_to_freq

        least = zipf_to_freq(floor - FLOOR_MARGIN)
        return {word: freq for word, freq in get_frequency_dict(language).items()
                if freq >= least and plain_word(word)}

    return _kept(f"words-{language}-{floor}-{_version('wordfreq')}.pickle", derive, cache_dir)


def zipf_frequency(words: list[str], frequencies: dict[str, float]) -> float:
    """wordfreq's zipf_frequency of plain words written with single spaces (a name of one word
    or several), computed as wordfreq computes it from frequent_words' frequencies; a name with a
    word not among them is rarer than their floor (0.0 here)."""
    try:
        freq = 1.0 / sum(1.0 / frequencies[word] for word in words)
    except KeyError:
        return 0.0
    # As wordfreq does: three significant digits, then the Zipf scale to two decimals.
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


@lru_cache(maxsize=1)
def subdivision_names(cache_dir: Path | None = None) -> frozenset[str]:
    """Folded names of first-level regions and provinces (ISO 3166-2, through pycountry)."""
    from .text import fold

    def derive() -> frozenset[str]:
        import pycountry

        return frozenset(fold(s.name) for s in pycountry.subdivisions if s.parent_code is None and fold(s.name))

    return _kept(f"subdivisions-{_version('pycountry')}.pickle", derive, cache_dir)
