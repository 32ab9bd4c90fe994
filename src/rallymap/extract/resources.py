"""Read-only data that other packages ship in forms slow to open, kept ready in the cache folder.

A build that extracts ten new articles would otherwise spend more than a second opening them:
py3langid's LZMA-compressed model (0.4 s), wordfreq's word lists with the language-code library
it imports (0.5 s), and pycountry's JSON of subdivisions (0.2 s). Each is derived once, written
to the cache folder (the gazetteer's, `RALLYMAP_CACHE`) as MessagePack, and read from there
afterwards, checked against its type: a file is data, never code (no pickle), and one that
cannot be written, read or checked is derived again, never an error. File names carry the
version of the package they come from, so an upgrade derives them afresh.
"""

from __future__ import annotations

import gc
import math
import os
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import msgspec


def default_cache_dir() -> Path:
    """Where built indexes and kept data live: RALLYMAP_CACHE, else the XDG cache folder."""
    base = os.environ.get("RALLYMAP_CACHE") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "rallymap" if base else Path.home() / ".cache" / "rallymap"


def frozen_after(decode: Callable[[], Any]) -> Any:
    """decode(), with the cyclic garbage collector paused and what it made then frozen
    (gc.freeze): a large file makes millions of objects that live as long as the process, none
    of them garbage. Every collection would walk them all (a sixth of the gazetteer's load time,
    and the same again soon after), and in a forked worker a full collection writes to their
    pages, which then stop being shared."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return decode()
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def package_version(package: str) -> str:
    """An installed package's version (names what is kept for that version)."""
    from importlib.metadata import version  # 20 ms of imports that a rebuild with no change skips

    return version(package)


# What a file kept on disk may be found to be instead of the data it should hold: missing,
# unreadable, not MessagePack, or MessagePack of another shape (msgspec.DecodeError is a
# ValidationError's base).
UNREADABLE = (OSError, msgspec.DecodeError)


def decode(data: bytes | memoryview, kind: Any) -> Any:
    """MessagePack data as a value of kind (a type msgspec validates: its fields' types, and
    __post_init__ checks), made with the collector paused (frozen_after). Raises
    msgspec.DecodeError (or ValueError from a check) for anything else."""
    return frozen_after(lambda: msgspec.msgpack.decode(data, type=kind))


def read_data(path: Path, kind: Any) -> Any | None:
    """The value of kind kept in path (write_data), or None when there is none or the file holds
    anything else: what is read from disk is data, checked before use, and never code."""
    try:
        with open(path, "rb") as handle:
            return decode(handle.read(), kind)
    except (*UNREADABLE, ValueError):
        return None


def write_data(path: Path, value: Any) -> None:
    """value as MessagePack in path, through a temporary file renamed over it: a reader never
    sees half a file. Raises OSError when the folder cannot be written."""
    payload = msgspec.msgpack.encode(value)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
        handle.write(payload)
    os.replace(handle.name, path)


def kept(name: str, derive: Callable[[], Any], cache_dir: Path | None, kind: Any) -> Any:
    """What derive() returns, read from cache_dir/name (a .msgpack file) when an earlier call
    wrote it there and it is a valid value of kind; derived again, and written, when it is
    missing, damaged or of another shape."""
    path = (cache_dir or default_cache_dir()) / name
    value = read_data(path, kind)
    if value is not None:
        return value
    value = derive()
    try:
        write_data(path, value)
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
    """Whether key is one word of lower-case letters ('centro', 'independência'): a word wordfreq
    looks up as it is (not 'größte', which it case-folds to 'grösste')."""
    return key.isalpha() and key.islower() and key == key.casefold()


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

    # 'letters': the words kept are of any letters, not only ASCII ones (a file of an older rule
    # has another name)
    return kept(f"words-letters-{language}-{floor}-{package_version('wordfreq')}.msgpack", derive, cache_dir,
                dict[str, float])


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
def subdivisions(cache_dir: Path | None = None) -> dict[str, list[str]]:
    """Folded names of first-level regions and provinces (ISO 3166-2, through pycountry), each
    with the countries that have one of that name."""
    from .text import fold

    def derive() -> dict[str, list[str]]:
        import pycountry

        found: dict[str, set[str]] = {}
        for s in pycountry.subdivisions:
            if s.parent_code is None and fold(s.name):
                found.setdefault(fold(s.name), set()).add(s.country_code)
        return {name: sorted(codes) for name, codes in found.items()}

    return kept(f"subdivisions-by-country-{package_version('pycountry')}.msgpack", derive, cache_dir,
                dict[str, list[str]])


@lru_cache(maxsize=64)
def spelled_numbers(language: str, numbers: tuple[int, ...], to: str = "cardinal") -> dict[str, int]:
    """The words of numbers in a language as num2words writes them (lower case, also without
    hyphens) -> value; to: 'cardinal' ('three') or 'ordinal' ('third', 'troisième', 'dritte');
    {} for a language num2words lacks. Kept in the cache folder: num2words' import and a few
    hundred conversions would cost every process that reads the language."""
    kind = "numbers" if to == "cardinal" else f"{to}s"
    name = f"{kind}-{numbers[0]}-{numbers[-1]}-{len(numbers)}-{language}-{package_version('num2words')}.msgpack"
    return kept(name, lambda: _spell(language, numbers, to), None, dict[str, int])


def _spell(language: str, numbers: tuple[int, ...], to: str = "cardinal") -> dict[str, int]:
    from num2words import num2words

    words: dict[str, int] = {}
    for number in numbers:
        try:
            spelled = num2words(number, lang=language, to=to).lower()
        except (NotImplementedError, KeyError, ValueError, OverflowError):
            return {}
        for form in (spelled, spelled.replace("-", " ")):
            words.setdefault(form, number)
    return words
