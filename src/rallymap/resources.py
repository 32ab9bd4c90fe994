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


def package_version(package: str) -> str:
    """An installed package's version (names what is kept for that version)."""
    from importlib.metadata import version  # 20 ms of imports that a rebuild with no change skips

    return version(package)


# What reading a pickle written by another version of the code, or cut short, may raise.
_UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError, ImportError)


def read_pickle(path: Path) -> Any | None:
    """The value pickled in path (with unpickle), or None when there is none or it is damaged."""
    try:
        with open(path, "rb") as handle:
            return unpickle(handle)
    except _UNREADABLE:
        return None


def write_pickle(path: Path, value: Any) -> None:
    """Pickle value to path through a temporary file renamed over it: a reader never sees half a
    file. Raises OSError when the folder cannot be written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(handle.name, path)


def kept(name: str, derive: Callable[[], Any], cache_dir: Path | None, kind: type = object) -> Any:
    """What derive() returns, read from cache_dir/name when an earlier call wrote it there (and
    it is a kind); derived again, and written, when it is missing or damaged."""
    path = (cache_dir or default_cache_dir()) / name
    value = read_pickle(path)
    if isinstance(value, kind) and value is not None:
        return value
    value = derive()
    try:
        write_pickle(path, value)
    except OSError:
        pass  # an unwritable cache folder only costs the next process the same time
    return value


# py3langid's model as arrays: feature weights per language, language priors, language codes, and
# the feature automaton's transitions, rows and outputs.
LANGID_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")


@lru_cache(maxsize=1)
def language_identifier(cache_dir: Path | None = None):
    """py3langid's identifier over its shipped model (97 languages), the model's arrays kept
    uncompressed in the cache folder and mapped into memory: the same classifications, in 0.01 s
    to open instead of 0.4 s."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    folder = (cache_dir or default_cache_dir()) / f"langid-{package_version('py3langid')}"
    try:
        arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in LANGID_ARRAYS}
    except (OSError, ValueError):  # not kept yet, or damaged
        arrays = _keep_langid_model(folder)
    return LanguageIdentifier(arrays["ptc"], arrays["pc"], arrays["classes"].tolist(), _as_array(arrays["nextmove"]),
                              arrays["output"].tolist(), tk_row=_as_array(arrays["row"]))


def _as_array(values) -> memoryview:
    """A numpy array of unsigned ints as the indexable buffer py3langid's automaton reads."""
    return memoryview(values).cast("B").cast(values.dtype.char)


def _keep_langid_model(folder: Path) -> dict:
    """py3langid's model read from its LZMA file, written to folder as .npy files (when it can be)."""
    import shutil

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    arrays = {"ptc": np.asarray(ptc), "pc": np.asarray(pc), "classes": np.array(classes),
              "nextmove": np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
              "row": np.frombuffer(row, dtype=f"u{row.itemsize}"), "output": np.asarray(output, dtype=np.int32)}
    staging = None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.", suffix=".tmp"))
        for name, values in arrays.items():
            np.save(staging / f"{name}.npy", values, allow_pickle=False)
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(staging, folder)
    except OSError:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)  # an unwritable cache folder costs the next process the same time
    return arrays


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

    return kept(f"words-{language}-{floor}-{package_version('wordfreq')}.pickle", derive, cache_dir)


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

    return kept(f"subdivisions-{package_version('pycountry')}.pickle", derive, cache_dir)
