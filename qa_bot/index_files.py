"""The embedded index's files: segments of plain files behind one manifest, written and read.

On disk an index is a directory of plain files (see README, "Index format"):

    manifest.json                  format, model, dimension, package version, the segments (file
                                   names, sizes, sha256, id ranges), removed documents, documents
    store-<generation>-<k>.sqlite  a segment's documents, sentences and the people each document
                                   names in full (schema in _SCHEMA)
    vectors-<generation>-<k>.faiss its vectors: IndexIDMap2(IndexFlatIP), or for a segment above
                                   `approximate_above` sentences IndexIVFScalarQuantizer (8-bit);
                                   a vector's id is its sentence's id
    lexical-<generation>-<k>/      its BM25 inverted index (see lexical.py)

A segment holds a run of documents (consecutive ids) and never changes once written. A save
writes a segment for the new documents, merges the last segments when they grow comparable in
size, and keeps the rest as they are, so adding an article costs time in proportion to the
article, not to the index. Removing a saved document records a tombstone in the manifest until a
merge rewrites its segment. Every save writes its new files first and then swaps manifest.json
with an atomic rename, so a reader (or a crash) sees either the old index or the new one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import tempfile
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Self

import numpy as np

from . import __version__
from .backend import DocumentInfo, full_names_json
from .errors import IndexMismatchError, IndexStateError
from .lexical import SEGMENT_FILES, Segment, plan_merges

if TYPE_CHECKING:
    from .documents import LoadedDocument

FORMAT_VERSION = 3
# Format 2 was one generation of whole files (BM25 by bm25s); such an index still loads, as one
# segment whose BM25 is rebuilt from the stored tokens, and the next save writes format 3.
READABLE_FORMATS = (2, 3)
# SQLite attaches at most 10 databases to a connection; a save attaches one more to write.
MAX_SEGMENTS = 8
# Above this many sentences the exact (flat) FAISS index gives way to an approximate one: 8-bit
# IVF, a quarter of the memory and a fraction of the search time, recall@10 >= 0.95 (bench/).
APPROXIMATE_ABOVE = 200_000
NPROBE = 32
MANIFEST = "manifest.json"
# Above this size only a file's size is checked on load: hashing it would make opening slow.
_HASH_ON_LOAD_BYTES = 64 * 1024 * 1024

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,   -- as given: a file path or the key passed to the API
    title   TEXT NOT NULL,
    sha256  TEXT NOT NULL,          -- of the UTF-8 text
    added   TEXT NOT NULL,          -- ISO 8601, UTC
    text    TEXT NOT NULL           -- the text exactly as given; sentence offsets refer to it
);
CREATE TABLE IF NOT EXISTS sentences (
    id       INTEGER PRIMARY KEY,   -- also the id of its vector in the FAISS index
    doc_id   INTEGER NOT NULL REFERENCES documents(id),
    position INTEGER NOT NULL,      -- 0-based order within its document
    start    INTEGER NOT NULL,      -- character offsets: text[start:end] is the sentence
    end      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    speaker  TEXT,                  -- who says it, when it is a quote or reported speech
    tokens   TEXT NOT NULL          -- stemmed words (with title and speaker) for BM25
);
CREATE INDEX IF NOT EXISTS sentences_by_doc ON sentences(doc_id, position);
CREATE TABLE IF NOT EXISTS people (
    doc_id     INTEGER PRIMARY KEY REFERENCES documents(id),
    full_names TEXT NOT NULL        -- JSON {surname: full name}: speakers.full_names of the text
);
"""


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@dataclass
class _Part:
    """A saved segment: an immutable run of documents and sentences (ids first_id..last_id),
    with their vectors and BM25 segment, attached to the connection as schema ``schema``."""

    entry: dict             # its manifest entry: file names, sizes, hashes, id ranges
    directory: Path
    vectors: object         # FAISS: flat in memory, or IVF memory-mapped
    schema: str = ""
    lexical: Segment | None = None
    legacy: bool = False    # a format 2 index: rewritten as a segment by the next save

    @property
    def first_id(self) -> int:
        return self.entry["first_id"]

    @property
    def last_id(self) -> int:
        return self.entry["last_id"]

    @property
    def first_document(self) -> int:
        return self.entry["first_document"]

    @property
    def last_document(self) -> int:
        return self.entry["last_document"]

    def lexical_segment(self, rows: Iterator[tuple[int, list[str]]]) -> Segment:
        if self.lexical is None:
            lexical = self.entry.get("lexical")
            try:
                if lexical is None:
                    raise FileNotFoundError
                self.lexical = Segment.load(self.directory / lexical["name"])
            except (OSError, ValueError):
                # A format 2 index, or a newer writer removed these files before we read them:
                # the store (attached, so still readable) holds the tokens.
                self.lexical = Segment.build(rows)
        return self.lexical


@dataclass
class _Unit:
    """What a save does with a run of segments: keep one as it is, or write them (and the
    pending documents, if ``pending``) as one new segment."""

    parts: list[_Part]
    pending: bool
    rewrite: bool


class SegmentFiles:
    """Saving and loading of `index.SentenceIndex` (its half that touches files)."""

    def save(self, directory: str | os.PathLike[str]) -> Path:
        """Write the segments this change needs, then swap the manifest atomically.

        Pending documents become a new segment; the last segments merge when the new one is
        at least half the size of the one before (lexical.plan_merges), and a segment that
        lost a quarter of its sentences to removals is rewritten without them. Every other
        segment is kept as it is, so a save costs time in proportion to what changed.
        Callers that may race another writer hold locking.write_lock(directory).
        """
        directory = Path(directory)
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise IndexStateError(f"cannot create index directory {directory}: {e.strerror}") from None
        old = _read_manifest(directory) if (directory / MANIFEST).exists() else None
        generation = max(self.generation, old["generation"] if old else 0) + 1
        self._conn.commit()
        kept_names = {seg["store"]["name"] for seg in (old or {}).get("segments", [])}

        # Units of consecutive id ranges: each a kept part, or written as one new segment.
        units = []
        for part in self._parts:
            foreign = (part.directory.resolve() != directory.resolve()
                       or part.entry["store"]["name"] not in kept_names)
            compact = len(self._removed_in(part)) * 4 >= part.vectors.ntotal
            units.append(_Unit([part], False, foreign or part.legacy or compact))
        if self._pending.ntotal:
            units.append(_Unit([], True, True))
        merge = 1
        if units and units[-1].rewrite:
            merge = plan_merges([self._live_count(u) for u in units])
        merge = max(merge, len(units) - MAX_SEGMENTS + 1)
        if merge > 1:
            tail = units[-merge:]
            units[-merge:] = [_Unit([p for u in tail for p in u.parts], any(u.pending for u in tail), True)]

        written: list[Path] = []
        entries: list[dict] = []
        built: dict[str, tuple[object, Segment]] = {}
        try:
            for k, unit in enumerate(units):
                if not unit.rewrite:
                    entries.append(unit.parts[0].entry)
                    continue
                entry = self._write_segment(directory, f"{generation:06d}-{k}", unit, written, built)
                if entry is not None:
                    entries.append(entry)
            kept = [u.parts[0] for u in units if not u.rewrite]
            removed_documents = sorted(d for d in self._removed_documents
                                       if any(p.first_document <= d <= p.last_document for p in kept))
            documents = self._documents_after_save(old)
            manifest = {
                "format": FORMAT_VERSION,
                "qa_bot_version": __version__,
                "model": self.model_id,
                "dimension": self.dimension,
                "generation": generation,
                "sentences": len(self),
                "approximate": any(e["approximate"] for e in entries),
                "segments": entries,
                "removed_documents": removed_documents,
                "next_document_id": self._next_document_id,
                "documents": documents,
            }
            fd, tmp = tempfile.mkstemp(prefix=".manifest-", suffix=".tmp", dir=directory)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(_manifest_text(manifest))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, directory / MANIFEST)
            _fsync_dir(directory)
        except OSError as e:
            _remove_paths(written)
            raise IndexStateError(f"cannot write index to {directory}: {e.strerror or e}") from None
        except BaseException:
            _remove_paths(written)
            raise
        # From here on this object reads the saved generation, like a freshly loaded index.
        reuse = {p.entry["store"]["name"]: p for p in self._parts}
        self._parts = []
        for entry in entries:
            name = entry["store"]["name"]
            if name in reuse:
                self._parts.append(reuse[name])
            else:
                vectors, lexical = built[name]
                self._parts.append(_Part(entry, directory, vectors, lexical=lexical))
        self._removed_documents = set(removed_documents)
        self.generation = generation
        self._connect()
        self._removed_ids = self._tombstoned_sentence_ids()
        self.read_only = True
        self.changed = False
        keep = {n for e in entries for n in (e["store"]["name"], e["vectors"]["name"], e["lexical"]["name"])}
        _remove_stale_files(directory, keep=keep)
        return directory

    def _documents_after_save(self, old: dict | None) -> list[dict]:
        """The manifest's document list: the previous one, less removals, plus pending documents
        (cheap for a large index), or from the store when there is no previous one to trust."""
        def entry(d: DocumentInfo) -> dict:
            return {"id": d.id, "name": d.name, "title": d.title, "sha256": d.sha256,
                    "sentences": d.sentences, "added": d.added}

        if old is None or old["generation"] != self.generation or old["format"] != FORMAT_VERSION:
            return [entry(d) for d in self.documents()]
        pending = self._conn.execute(
            "SELECT d.id, d.name, d.title, d.sha256, (SELECT COUNT(*) FROM main.sentences s WHERE s.doc_id = d.id), "
            "d.added FROM main.documents d ORDER BY d.id").fetchall()
        kept = [d for d in old["documents"] if d["id"] not in self._removed_documents]
        return kept + [entry(DocumentInfo(*row)) for row in pending]

    def _live_count(self, unit: "_Unit") -> int:
        return int(self._pending.ntotal) * unit.pending + sum(
            int(p.vectors.ntotal) - len(self._removed_in(p)) for p in unit.parts)

    def _removed_in(self, part: _Part) -> np.ndarray:
        """The tombstoned sentence ids that lie in a part's id range."""
        removed = self._removed_ids
        return removed[(removed >= part.first_id) & (removed <= part.last_id)]

    def _write_segment(self, directory: Path, stem: str, unit: "_Unit", written: list[Path], built: dict) -> dict | None:
        """One segment holding the live documents and sentences of a unit."""
        import faiss

        unbounded = 2**62
        if unit.parts:
            first, first_doc = unit.parts[0].first_id, unit.parts[0].first_document
        else:
            first = self._conn.execute("SELECT MIN(id) FROM main.sentences").fetchone()[0]
            first_doc = self._conn.execute("SELECT MIN(id) FROM main.documents").fetchone()[0]
        last = unbounded if unit.pending else unit.parts[-1].last_id
        last_doc = unbounded if unit.pending else unit.parts[-1].last_document
        ids, docs = (first, last), (first_doc, last_doc)
        sentence_ids = [r[0] for r in self._conn.execute(
            "SELECT id FROM sentences WHERE id BETWEEN ? AND ? ORDER BY id", ids)]
        if not sentence_ids:
            return None  # every document in it was removed
        store_path = directory / f"store-{stem}.sqlite"
        vectors_path = directory / f"vectors-{stem}.faiss"
        lexical_path = directory / f"lexical-{stem}"
        written.append(store_path)
        target = sqlite3.connect(store_path)
        target.executescript(_SCHEMA)
        target.close()
        self._conn.execute("ATTACH DATABASE ? AS target", (str(store_path),))
        try:
            with self._conn:
                self._conn.execute("INSERT INTO target.documents SELECT * FROM documents WHERE id BETWEEN ? AND ?", docs)
                self._conn.execute("INSERT INTO target.sentences SELECT * FROM sentences WHERE id BETWEEN ? AND ?", ids)
                self._conn.execute("INSERT INTO target.people SELECT * FROM people WHERE doc_id BETWEEN ? AND ?", docs)
                # A segment written before the people table existed: its documents' names now.
                unread = self._conn.execute("SELECT id, text FROM target.documents "
                                            "WHERE id NOT IN (SELECT doc_id FROM target.people)").fetchall()
                self._conn.executemany("INSERT INTO target.people VALUES (?, ?)",
                                       [(doc_id, full_names_json(text)) for doc_id, text in unread])
            first_document, last_document = self._conn.execute("SELECT MIN(id), MAX(id) FROM target.documents").fetchone()
        finally:
            self._conn.execute("DETACH DATABASE target")

        id_array = np.array(sentence_ids, dtype=np.int64)
        if unit.pending and not unit.parts:
            flat = self._pending  # exactly these sentences: no copy
        else:
            flat = faiss.IndexIDMap2(faiss.IndexFlatIP(self.dimension))
            flat.add_with_ids(self.vectors(sentence_ids), id_array)
        vectors = approximate_index(flat, self.dimension, self.nprobe) if len(id_array) > self.approximate_above else flat
        written.append(vectors_path)
        faiss.write_index(vectors, str(vectors_path))
        written.append(lexical_path)
        lexical = Segment.build(self._token_rows(*ids))
        lexical.save(lexical_path)
        for path in [store_path, vectors_path, *(lexical_path / name for name in SEGMENT_FILES)]:
            with path.open("rb+") as f:
                os.fsync(f.fileno())
        _fsync_dir(lexical_path)
        lexical = Segment.load(lexical_path)
        entry = {
            "store": _file_entry(store_path),
            "vectors": _file_entry(vectors_path),
            "lexical": {"name": lexical_path.name, "files": {n: _file_entry(lexical_path / n) for n in SEGMENT_FILES}},
            "sentences": len(sentence_ids),
            "first_id": int(id_array[0]),
            "last_id": int(id_array[-1]),
            "first_document": int(first_document),
            "last_document": int(last_document),
            "approximate": vectors is not flat,
        }
        built[store_path.name] = (vectors, lexical)
        return entry

    def _tombstoned_sentence_ids(self) -> np.ndarray:
        if not self._removed_documents:
            return np.empty(0, dtype=np.int64)
        ids = []
        marks = ",".join("?" * len(self._removed_documents))
        for part in self._parts:
            ids += [r[0] for r in self._conn.execute(
                f"SELECT id FROM {part.schema}.sentences WHERE doc_id IN ({marks})", sorted(self._removed_documents))]
        return np.unique(np.array(ids, dtype=np.int64))

    @classmethod
    def load(cls, directory: str | os.PathLike[str], model_id: str | None = None,
             approximate_above: int = APPROXIMATE_ABOVE, nprobe: int = NPROBE) -> Self:
        import faiss

        directory = Path(directory)
        manifest = _read_manifest(directory)
        rebuild = f"rebuild with `qa-bot index --rebuild --index-dir {directory}`"
        if model_id is not None and manifest["model"] != model_id:
            from .embed import split_model_id

            (built, built_precision), (asked, asked_precision) = split_model_id(manifest["model"]), split_model_id(model_id)
            if built == asked:
                raise IndexMismatchError(
                    f"the index in {directory} was built at {built_precision} precision, and questions must be "
                    f"encoded the same way: leave out --precision (or QA_BOT_PRECISION), or rebuild it with "
                    f"`qa-bot index --rebuild --precision {asked_precision} --index-dir {directory}`")
            raise IndexMismatchError(
                f"the index in {directory} was built with model '{manifest['model']}', not "
                f"'{model_id}': {rebuild} or use the model it was built with"
            )
        legacy = manifest["format"] == 2
        entries = [_legacy_entry(directory, manifest)] if legacy else manifest["segments"]
        parts = []
        for entry in entries:
            vectors_path = directory / entry["vectors"]["name"]
            _check_file(vectors_path, entry["vectors"], rebuild)
            _check_file(directory / entry["store"]["name"], entry["store"], rebuild)
            for name, file_entry in (entry.get("lexical") or {}).get("files", {}).items():
                _check_file(directory / entry["lexical"]["name"] / name, file_entry, rebuild)
            # An approximate (large) segment is memory-mapped: it opens in milliseconds and
            # only the lists a search visits become resident.
            flags = faiss.IO_FLAG_MMAP if entry.get("approximate") else 0
            try:
                vectors = faiss.read_index(str(vectors_path), flags)
            except RuntimeError:
                raise IndexStateError(f"index file {vectors_path} cannot be read: {rebuild}") from None
            if vectors.d != manifest["dimension"]:
                raise IndexStateError(f"index file {vectors_path} holds {vectors.d}-dimensional vectors, "
                                      f"the manifest says {manifest['dimension']}: {rebuild}")
            try:
                faiss.extract_index_ivf(vectors).nprobe = nprobe
            except RuntimeError:
                pass  # a flat index: nothing to tune
            parts.append(_Part(entry, directory, vectors, legacy=legacy))
        index = cls(manifest["model"], manifest["dimension"], generation=manifest["generation"],
                    approximate_above=approximate_above, nprobe=nprobe)
        index._parts = parts
        index._removed_documents = set(manifest.get("removed_documents", []))
        index._next_document_id = manifest.get("next_document_id", 1)  # older manifests: from the ids
        index._connect()
        index._removed_ids = index._tombstoned_sentence_ids()
        index.read_only = True
        return index


def _manifest_text(manifest: dict) -> str:
    """JSON, one segment and one document a line: readable, and written by the C encoder (an
    indented dump of 20,000 documents takes half a second)."""
    lines = []
    for key, value in manifest.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            items = ",\n    ".join(json.dumps(v, ensure_ascii=False) for v in value)
            text = f"[\n    {items}\n  ]"
        else:
            text = json.dumps(value, ensure_ascii=False)
        lines.append(f"  {json.dumps(key)}: {text}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _legacy_entry(directory: Path, manifest: dict) -> dict:
    """A format 2 index as one segment (its bm25s files are not read: BM25 comes from tokens)."""
    files = manifest["files"]
    with sqlite3.connect(_read_only_uri(directory / files["store"]["name"]), uri=True) as conn:
        first_id, last_id = conn.execute("SELECT MIN(id), MAX(id) FROM sentences").fetchone()
        first_doc, last_doc = conn.execute("SELECT MIN(id), MAX(id) FROM documents").fetchone()
    conn.close()
    return {"store": files["store"], "vectors": files["vectors"], "lexical": None,
            "sentences": manifest.get("sentences", 0), "first_id": first_id or 0, "last_id": last_id or 0,
            "first_document": first_doc or 0, "last_document": last_doc or 0,
            "approximate": manifest.get("approximate", False)}


def _read_only_uri(path: Path) -> str:
    # immutable: a saved segment never changes (writers write new ones), so SQLite may skip
    # locking entirely and readers never block each other or the writer.
    return f"file:{urllib.parse.quote(str(path))}?mode=ro&immutable=1"


def approximate_index(flat, dimension: int, nprobe: int = NPROBE):
    """An 8-bit IVF index with the same ids and (approximately) the same vectors as ``flat``."""
    import faiss

    count = flat.ntotal
    ids = faiss.vector_to_array(flat.id_map).astype(np.int64)
    vectors = flat.index.reconstruct_n(0, count)
    nlist = int(min(16384, max(64, 4 * np.sqrt(count))))
    ivf = faiss.index_factory(dimension, f"IVF{nlist},SQ8", faiss.METRIC_INNER_PRODUCT)
    sample = vectors[np.random.default_rng(0).choice(count, size=min(count, nlist * 40), replace=False)]
    ivf.train(sample)
    ivf.set_direct_map_type(faiss.DirectMap.Hashtable)  # reconstruct and remove by sentence id
    ivf.add_with_ids(vectors, ids)
    ivf.nprobe = nprobe
    return ivf


def _file_entry(path: Path) -> dict:
    return {"name": path.name, "bytes": path.stat().st_size, "sha256": _file_sha256(path)}


def _check_file(path: Path, entry: dict, rebuild: str) -> None:
    if not path.is_file():
        raise IndexStateError(f"index file {path} is missing: {rebuild}")
    size = path.stat().st_size
    if size != entry["bytes"] or (size <= _HASH_ON_LOAD_BYTES and _file_sha256(path) != entry["sha256"]):
        raise IndexStateError(f"index file {path} is damaged (size or checksum differs from the manifest): {rebuild}")


def _remove_paths(paths: list[Path]) -> None:
    import shutil

    for path in paths:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _read_manifest(directory: Path) -> dict:
    path = directory / MANIFEST
    if not directory.is_dir():
        raise IndexStateError(f"no index at {directory}: build one with `qa-bot index FILE... --index-dir {directory}`")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexStateError(f"no index at {directory} (no {MANIFEST}): build one with `qa-bot index FILE... --index-dir {directory}`") from None
    except (OSError, ValueError) as e:
        raise IndexStateError(f"index manifest {path} is damaged ({e}): rebuild with `qa-bot index FILE... --rebuild --index-dir {directory}`") from None
    if not isinstance(manifest, dict) or manifest.get("format") not in READABLE_FORMATS:
        raise IndexMismatchError(
            f"the index in {directory} has format {manifest.get('format') if isinstance(manifest, dict) else '?'}, "
            f"this qa-bot reads format {FORMAT_VERSION}: rebuild it with `qa-bot index FILE... --rebuild --index-dir {directory}`"
        )
    for key in ("model", "dimension", "generation", "files" if manifest["format"] == 2 else "segments", "documents"):
        if key not in manifest:
            raise IndexStateError(f"index manifest {path} lacks '{key}': rebuild the index")
    return manifest


def read_manifest(directory: str | os.PathLike[str]) -> dict:
    """The manifest of a saved index, checked; cheap (no FAISS, no model)."""
    return _read_manifest(Path(directory))


def stored_documents(directory: str | os.PathLike[str]) -> list["LoadedDocument"]:
    """Every live document's name, title and text, read straight from the segments' SQLite
    stores: what `qa-bot index --rebuild` rebuilds from when a FAISS or BM25 file is damaged
    (nothing but the stores and the manifest are trusted)."""
    from .documents import LoadedDocument

    directory = Path(directory)
    manifest = _read_manifest(directory)
    entries = [_legacy_entry(directory, manifest)] if manifest["format"] == 2 else manifest["segments"]
    removed = set(manifest.get("removed_documents", []))
    docs = []
    for entry in entries:
        store = directory / entry["store"]["name"]
        try:
            with contextlib.closing(sqlite3.connect(_read_only_uri(store), uri=True)) as conn:
                rows = conn.execute("SELECT id, name, title, text FROM documents ORDER BY id").fetchall()
        except sqlite3.Error as e:
            raise IndexStateError(f"the document store {store} cannot be read ({e}): rebuild from the original "
                                  f"files with `qa-bot index FILE... --rebuild --index-dir {directory}`") from None
        docs += [LoadedDocument(name, text, title) for doc_id, name, title, text in rows if doc_id not in removed]
    if not docs:
        raise IndexStateError(f"the index in {directory} holds no documents to rebuild from")
    return docs


def index_exists(directory: str | os.PathLike[str]) -> bool:
    return (Path(directory) / MANIFEST).is_file()


def _remove_stale_files(directory: Path, keep: set[str]) -> None:
    """Old generations go once the manifest no longer names them; so do work files that a
    killed writer left. Open readers keep their (unlinked) files until they reload."""
    import shutil

    for path in directory.iterdir():
        if path.name in keep:
            continue
        old_generation = path.name.startswith(("vectors-", "store-", "lexical-"))
        leftover = path.name.startswith((".manifest-", ".store-work-"))
        if old_generation or leftover:
            try:
                shutil.rmtree(path) if path.is_dir() else path.unlink()
            except OSError:
                pass
