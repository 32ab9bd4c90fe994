"""The build's cache: what each file gave (its articles and skips) and what each article gave
(its reports), so that a rebuild reads and extracts only what is new or changed, and puts its
tables together from stored columns.

An article's key covers everything its reports depend on but the corpus: its text (content
hash), its metadata, the resolver that placed it, and the code (CACHE_VERSION); what an undated
article took from the corpus is checked by the pipeline. A file's key is its path, size and time.

Everything is kept as data, never as code: entries as MessagePack decoded against their types
(FileItems, CorpusTaken), rows and the last merge's rallies as Arrow files checked against their
schemas. The cache folder sits inside a data folder that people share and sync, so a file found
there is checked before use; one that is damaged, planted or of another shape is dropped (its
articles are read and extracted again), never run and never fatal.
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import msgspec
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..extract.resources import UNREADABLE, decode, read_data, write_data
from ..read.files import Article, Skipped
from ..store.dataset import ARTICLES, EVENTS, RALLIES, Merge, arrow_frame, arrow_schema
from .fingerprint import CACHE_VERSION
from .reports import CorpusUse

# A build appends its new entries to a journal beside the cache file instead of writing the whole
# cache again; the two are rewritten as one file when the journal grows past this share of the
# cache's size, or when entries no build uses any more (articles no longer given) pass it.
COMPACT_SHARE = 0.25
ROW_ENTRY = "_entry"  # in a rows file: the entry each row belongs to
# Each build that adds rows writes a rows file; past this many, the cache is rewritten with one.
MAX_ROW_FILES = 8
# The articles-table columns that a file alone decides: kept by the cache with the file's entry.
FILE_FIELDS = ("article_id", "path", "title", "source", "url", "published", "published_reason", "published_month",
               "language", "text")
# The schema of the rows kept of each table (keep_rows): a rows file of another schema is dropped.
ROW_SCHEMAS = {"events": arrow_schema(EVENTS),
               "articles": arrow_schema({name: ARTICLES[name] for name in FILE_FIELDS})}
# A rows file's name as the cache makes it (a name read from a file is checked against this).
_ROWS_NAME = re.compile(r"[\w.-]+\.rows-[0-9a-f]{12}\.arrow")
# A journal is a sequence of frames: the payload's length as 4 little-endian bytes, then the payload.
_FRAME = struct.Struct("<I")


class FileItems(msgspec.Struct, tag="file", array_like=True, frozen=True, gc=False):
    """What one file, or part of a shard, gave: its articles and skips (items() in order)."""

    articles: list[Article]
    skips: list[Skipped]
    is_article: list[bool]  # for each item in order: an article (else a skip)

    @classmethod
    def of(cls, items: Sequence[Article | Skipped]) -> FileItems:
        return cls([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)],
                   [isinstance(i, Article) for i in items])

    def __post_init__(self):
        if sum(self.is_article) != len(self.articles) or len(self.is_article) != len(self.articles) + len(self.skips):
            raise ValueError("the items of a file entry do not add up")

    def items(self) -> list[Article | Skipped]:
        articles, skips = iter(self.articles), iter(self.skips)
        return [next(articles) if is_article else next(skips) for is_article in self.is_article]


class CorpusTaken(msgspec.Struct, tag="article", array_like=True, frozen=True, gc=False):
    """What an extracted article took from the corpus (None: nothing); its rows are kept apart."""

    used: CorpusUse | None


Entry = FileItems | CorpusTaken  # what the pipeline keeps under a key


class StoredRows(NamedTuple):
    """Rows the cache keeps: rows.take(indices) are those asked for, and positions the index of
    each one's key among the keys asked for."""

    rows: pa.Table
    indices: np.ndarray
    positions: np.ndarray


class ReportCache:
    """Values of one kind (a type msgspec checks; Entry by default) by key, kept in one MessagePack
    file and a journal of the entries added since it was written (batches appended one after
    another). An entry may also keep rows of a named table (keep_rows): they are stored as Arrow
    files beside the cache, one per table and build that added rows, and come back as one table
    (rows), so that a build puts its tables together from stored columns instead of from Python
    objects. row_schemas: the schema of each table whose rows may be kept (ROW_SCHEMAS by
    default); a rows file of another schema is dropped. A missing, stale, damaged or misshapen
    file is an empty cache, never an error; a damaged batch at the journal's end loses only that
    batch; an entry whose rows file is gone is no entry."""

    def __init__(self, path: Path | None, kind: Any = Entry, row_schemas: dict[str, pa.Schema] | None = None):
        self.path = path
        self._row_schemas = ROW_SCHEMAS if row_schemas is None else row_schemas
        self._batch_type = tuple[str, dict[str, tuple[kind, str | None]], list[tuple[str, str]]]
        self._entries: dict[str, tuple[Any, str | None]] = {}  # key -> (value, the id of its rows or None)
        self._files: list[tuple[str, str]] = []  # (table, rows file in the cache's folder)
        self._used: set[str] = set()
        self._added: set[str] = set()
        self._new_rows: dict[str, pa.Table] = {}
        self._journal_bytes = 0
        self._token = os.urandom(6).hex()  # this build's rows ids: unique among builds
        self._rows: dict[str, pa.Table] = {}
        self.merge: Any = None  # the last build's rally merge (pipeline), kept beside the entries
        self._merge_loaded: Any = None
        if path is None:
            return
        self.merge = self._merge_loaded = _load_merge(self.merge_file, self.merge_rallies_file)
        self._entries, self._files = self._load(path)
        self._stored = len(self._entries)  # in the cache file; the rest came from the journal
        if self._entries:
            self._read_journal()
        self._rows = self._read_rows()
        present = {row_id for rows in self._rows.values() for row_id in pc.unique(rows[ROW_ENTRY]).to_pylist()}
        self._entries = {k: v for k, v in self._entries.items() if v[1] is None or v[1] in present}

    @property
    def journal(self) -> Path:
        return self.path.with_name(self.path.name + ".journal")

    @property
    def merge_file(self) -> Path:
        return self.path.with_name(self.path.name + ".merge")

    @property
    def merge_rallies_file(self) -> Path:
        return self.path.with_name(self.path.name + ".merge.arrow")

    def _batch(self, payload: bytes | memoryview) -> tuple[dict, list[tuple[str, str]]] | None:
        """A batch's entries and rows files, or None when it is not one of this code's."""
        try:
            version, entries, files = decode(payload, self._batch_type)
        except (msgspec.DecodeError, ValueError):
            return None
        if version != CACHE_VERSION or not all(_ROWS_NAME.fullmatch(name) for _, name in files):
            return None
        return entries, files

    def _load(self, path: Path) -> tuple[dict, list[tuple[str, str]]]:
        """The entries and rows files of a cache file written by this code (none otherwise)."""
        try:
            found = self._batch(path.read_bytes())
        except OSError:
            return {}, []
        return found if found is not None else ({}, [])

    def _read_journal(self) -> None:
        """The batches of the journal, up to the first that is cut short or not this code's."""
        try:
            data = memoryview(self.journal.read_bytes())
        except OSError:
            return
        at = 0
        while at + _FRAME.size <= len(data):
            (length,) = _FRAME.unpack_from(data, at)
            end = at + _FRAME.size + length
            batch = self._batch(data[at + _FRAME.size:end]) if end <= len(data) else None
            if batch is None:
                break  # the end of the journal, or a batch cut short: what was read before it stands
            self._entries.update(batch[0])
            self._files.extend(batch[1])
            at = self._journal_bytes = end

    @staticmethod
    def key(*parts: object) -> str:
        return hashlib.sha1("\x1f".join(map(str, (CACHE_VERSION, *parts))).encode("utf-8")).hexdigest()

    def get(self, key: str) -> Any | None:
        found = self._entries.get(key)
        if found is None:
            return None
        self._used.add(key)
        return found[0]

    def put(self, key: str, value: Any) -> None:
        self._entries[key] = (value, None)
        self._used.add(key)
        self._added.add(key)

    def keep_rows(self, table: str, rows: pa.Table, keys: Sequence[str]) -> None:
        """Keep rows of the named table with the entries of keys (one key per row, each an entry
        of this cache; a table's rows all have one schema): rows() gives them back, in this
        build and later ones."""
        if not keys or self.path is None:
            return
        ids = [f"{self._token}:{key}" for key in keys]
        for key, row_id in dict(zip(keys, ids)).items():
            self._entries[key] = (self._entries[key][0], row_id)
            self._added.add(key)
        rows = rows.append_column(ROW_ENTRY, pa.array(ids, pa.string()))
        self._new_rows[table] = pa.concat_tables([self._new_rows[table], rows]) if table in self._new_rows else rows

    def rows(self, table: str, keys: Sequence[str]) -> StoredRows | None:
        """The stored rows of the named table of the entries of keys (None when no entry of keys
        kept rows), as indexes into every row the cache keeps of that table, in the keys' order
        and then as kept, with each one's key's index in keys. No row is copied."""
        kept = [(index, self._entries[key][1]) for index, key in enumerate(keys)
                if key in self._entries and self._entries[key][1] is not None]
        stored = self._rows.get(table)
        if not kept or stored is None:
            return None
        indices, ids = zip(*kept)
        found_at = pc.index_in(stored[ROW_ENTRY], value_set=pa.array(ids, pa.string()))
        found = pc.is_valid(found_at)
        positions = np.asarray(indices, dtype=np.int64)[found_at.filter(found).to_numpy()]
        order = np.argsort(positions, kind="stable")
        return StoredRows(stored.drop_columns([ROW_ENTRY]), np.flatnonzero(found.to_numpy(zero_copy_only=False))[order],
                          positions[order])

    def _read_rows(self) -> dict[str, pa.Table]:
        tables: dict[str, list[pa.Table]] = {}
        try:
            for table, name in self._files:
                with pa.memory_map(str(self.path.parent / name)) as source:
                    rows = pa.ipc.open_file(source).read_all()
                expected = self._row_schemas.get(table)
                if expected is None or not rows.schema.equals(expected.append(pa.field(ROW_ENTRY, pa.string()))):
                    raise pa.ArrowInvalid(f"rows of {table} with another schema")
                tables.setdefault(table, []).append(rows)
            return {table: pa.concat_tables(parts) for table, parts in tables.items()}
        except (OSError, pa.ArrowException):
            self._files = []
            return {}  # a rows file lost, damaged or planted: the entries that kept rows are gone with it

    def save(self) -> None:
        """Keep what this build added: appended to the journal, or, when the journal has grown or
        the cache holds many entries this build did not use (others belong to articles no longer
        given), the entries this build used written as a new cache file and the journal emptied."""
        if self.path is None:
            return
        self._save_merge()
        stale = len(self._entries) - len(self._used) > COMPACT_SHARE * len(self._entries)
        if not self._added and not stale:
            return
        size = self.path.stat().st_size if self.path.exists() and self._stored else 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            new_files = [(table, self._rows_name()) for table in self._new_rows]
            batch = msgspec.msgpack.encode((CACHE_VERSION, {k: self._entries[k] for k in self._added}, new_files))
            files_per_table = Counter(table for table, _ in [*self._files, *new_files])
            if (size and not stale and self._journal_bytes + len(batch) <= COMPACT_SHARE * size
                    and max(files_per_table.values(), default=0) <= MAX_ROW_FILES):
                for table, name in new_files:  # before the entries that name them
                    self._write_rows(name, self._new_rows[table])
                self._files.extend(new_files)
                self._append(batch)
                return
            self._compact()
        except (OSError, pa.ArrowException):
            pass  # a cache that cannot be saved only costs the next build time

    def _compact(self) -> None:
        """The entries this build used, and their rows, as one cache file and a rows file per table."""
        used = {k: v for k, v in self._entries.items() if k in self._used}
        live = pa.array([v[1] for v in used.values() if v[1] is not None], pa.string())
        files = []
        for table in {*self._rows, *self._new_rows}:
            rows = pa.concat_tables([t[table] for t in (self._rows, self._new_rows) if table in t])
            files.append((table, self._rows_name()))
            self._write_rows(files[-1][1], rows.filter(pc.is_in(rows[ROW_ENTRY], value_set=live)))
        write_data(self.path, (CACHE_VERSION, used, files))
        self.journal.unlink(missing_ok=True)
        # The files these replace, and any that a build killed before it saved its entries left.
        for stray in self.path.parent.glob(f"{self.path.name}.rows-*.arrow"):
            if stray.name not in {name for _, name in files}:
                stray.unlink(missing_ok=True)

    def _save_merge(self) -> None:
        if self.merge is self._merge_loaded or self.merge is None:
            return
        merge = self.merge
        try:
            self._write_arrow(self.merge_rallies_file, pa.Table.from_pandas(merge.rallies, arrow_schema(RALLIES),
                                                                          preserve_index=False))
            write_data(self.merge_file, (CACHE_VERSION, merge.digests, merge.report_ids.tolist(),
                                         merge.rally_ids.tolist()))
        except (OSError, pa.ArrowException):
            pass  # the next build merges every place again

    def _rows_name(self) -> str:
        return f"{self.path.name}.rows-{os.urandom(6).hex()}.arrow"

    def _write_rows(self, name: str, rows: pa.Table) -> None:
        self._write_arrow(self.path.parent / name, rows)

    def _write_arrow(self, path: Path, rows: pa.Table) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)  # the first build's merge comes before its entries
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            with pa.ipc.new_file(handle, rows.schema) as writer:
                writer.write_table(rows)
        os.replace(handle.name, path)

    def _append(self, batch: bytes) -> None:
        # Cut off whatever follows the batches that were read (a batch cut short by a crash), so
        # that the new batch is read after them.
        with open(self.journal, "ab") as handle:
            handle.truncate(self._journal_bytes)
            handle.write(_FRAME.pack(len(batch)) + batch)


def _load_merge(path: Path, rallies_path: Path) -> Merge | None:
    """The last build's merge kept in path and rallies_path by this code (None otherwise: missing,
    damaged, of another version, or not of its shape)."""
    found = read_data(path, tuple[str, dict[str, tuple[int, int]], list[str], list[str]])
    if found is None or found[0] != CACHE_VERSION or len(found[2]) != len(found[3]):
        return None
    try:
        with pa.memory_map(str(rallies_path)) as source:
            rallies = pa.ipc.open_file(source).read_all()
        if not rallies.schema.equals(arrow_schema(RALLIES)):
            return None
        frame = arrow_frame(rallies, RALLIES)
    except (*UNREADABLE, pa.ArrowException, ValueError):
        return None
    rally_ids = frame["rally_id"].tolist()
    if len(set(rally_ids)) != len(rally_ids) or not set(found[3]) <= set(rally_ids):
        return None  # a report's rally that the rallies do not hold
    return Merge(found[1], frame, np.array(found[2], dtype=object), np.array(found[3], dtype=object))
