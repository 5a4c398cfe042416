"""A sentence index: a FAISS vector index plus a SQLite store of documents and sentences.

On disk an index is a directory of plain files (see README, "Index format"):

    manifest.json              format, model, dimension, package version, documents, file hashes
    vectors-<generation>.faiss FAISS: IndexIDMap2(IndexFlatIP), or above `approximate_above`
                               sentences IndexIVFScalarQuantizer (8-bit); vector id == sentence id
    store-<generation>.sqlite  tables `documents` and `sentences` (schema in _SCHEMA)
    lexical-<generation>-<k>/  BM25 segments (see lexical.py): each the inverted index of a run
                               of sentence ids; a save adds one for new sentences and keeps the rest

Every save writes a new generation of files and then swaps manifest.json with an atomic rename,
so a reader (or a crash) sees either the old index or the new one, never a mix.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import numpy as np

from . import __version__
from .errors import IndexMismatchError, IndexStateError, InputError
from .lexical import SEGMENT_FILES, LexicalIndex, Segment, plan_merges, tokenize
from .segment import split_sentences
from .speakers import attribute_speakers

if TYPE_CHECKING:
    from .embed import Encoder

FORMAT_VERSION = 3
# Format 2 kept BM25 as one bm25s index; such an index still loads (its BM25 is rebuilt from the
# stored tokens in memory) and is written as format 3 by the next save.
READABLE_FORMATS = (2, 3)
# Above this many sentences the exact (flat) FAISS index gives way to an approximate one: 8-bit
# IVF, a quarter of the memory and a fraction of the search time, recall@10 >= 0.95 (bench/).
APPROXIMATE_ABOVE = 200_000
NPROBE = 32
MANIFEST = "manifest.json"
# Above this size a file's sha256 is checked by `qa-bot verify`, not on every load.
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
"""


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: int
    name: str
    title: str
    sha256: str
    sentences: int
    added: str


@dataclass(frozen=True, slots=True)
class SentenceRow:
    id: int
    doc_id: int
    position: int
    start: int
    end: int
    text: str
    speaker: str | None


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def guess_title(name: str, text: str) -> str:
    """A heading line if the text starts with one, else the document's name."""
    first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    if first and len(first) <= 120 and not first.endswith((".", "?", "!", ",", ";", ":")):
        return first
    return Path(name).stem if "/" in name or "." in name else name


def embedding_text(sentence: str, speaker: str | None) -> str:
    """What the encoder sees: a quote carries its speaker, as it does for a reader."""
    return f"{speaker}: {sentence}" if speaker else sentence


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


class SentenceIndex:
    """Documents, their sentences and one vector per sentence, kept in step.

    An index is either in memory (built by the API), read-only on disk (loaded), or a writable
    copy of a loaded one, whose store is a new file in the index directory until it is saved.
    """

    def __init__(self, model_id: str, dimension: int, conn: sqlite3.Connection | None = None,
                 vectors=None, generation: int = 0, approximate_above: int = APPROXIMATE_ABOVE,
                 nprobe: int = NPROBE) -> None:
        import faiss

        self.model_id = model_id
        self.dimension = dimension
        self.generation = generation
        self.approximate_above = approximate_above
        self.nprobe = nprobe
        self._conn = conn or sqlite3.connect(":memory:", check_same_thread=False)
        if conn is None:
            self._conn.executescript(_SCHEMA)
        self._vectors = vectors if vectors is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
        self._lexical: LexicalIndex | None = None
        self._segment_dirs: list[Path] | None = None  # saved BM25 segments of this generation
        self._saved_segments: list[Segment] | None = None  # ... once loaded
        self._removed_ids: np.ndarray = np.empty(0, dtype=np.int64)  # since the last save
        self._work_file: Path | None = None     # the store file a writable copy changes
        self._vectors_file: Path | None = None  # where the (possibly memory-mapped) vectors came from
        self.read_only = False
        self.changed = False

    @property
    def approximate(self) -> bool:
        return not hasattr(self._vectors, "id_map")

    # ----- reading -------------------------------------------------------------------------
    def __len__(self) -> int:
        return int(self._vectors.ntotal)

    def documents(self) -> list[DocumentInfo]:
        rows = self._conn.execute(
            "SELECT d.id, d.name, d.title, d.sha256, "
            "(SELECT COUNT(*) FROM sentences s WHERE s.doc_id = d.id), d.added "
            "FROM documents d ORDER BY d.id"
        ).fetchall()
        return [DocumentInfo(*row) for row in rows]

    def document_text(self, doc_id: int) -> str:
        row = self._conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else ""

    def document(self, doc_id: int) -> DocumentInfo:
        row = self._conn.execute(
            "SELECT d.id, d.name, d.title, d.sha256, "
            "(SELECT COUNT(*) FROM sentences s WHERE s.doc_id = d.id), d.added FROM documents d WHERE d.id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            raise IndexStateError(f"no document with id {doc_id}")
        return DocumentInfo(*row)

    def lexical(self) -> LexicalIndex:
        """The BM25 index: the saved segments (memory-mapped), plus one for sentences added since."""
        if self._lexical is None:
            self._lexical = LexicalIndex(self._lexical_segments())
        return self._lexical

    def _lexical_segments(self, merge: bool = False) -> list[Segment]:
        """Saved segments that no removal touched, rebuilt ones that it did, and one for new
        sentences; with ``merge``, the small last ones merged (lexical.plan_merges)."""
        saved = self._load_segments()
        if saved is None:  # nothing saved (built in memory, or a format 2 index)
            return [Segment.build(self._token_rows())]
        segments = []
        removed = np.sort(self._removed_ids)
        for segment in saved:
            touched = np.searchsorted(removed, segment.last_id, "right") > np.searchsorted(removed, segment.first_id)
            segments.append(Segment.build(self._token_rows(segment.first_id, segment.last_id)) if touched else segment)
        # A rebuilt segment still covers its old id range, so new sentences are those past it.
        after = saved[-1].last_id + 1 if saved else 0
        segments.append(Segment.build(self._token_rows(after)))
        segments = [seg for seg in segments if len(seg)]
        if merge and segments:
            count = plan_merges([len(seg) for seg in segments])
            if count > 1:
                merged = Segment.build(self._token_rows(segments[-count].first_id, segments[-1].last_id))
                segments[-count:] = [merged]
        return segments

    def _load_segments(self) -> list[Segment] | None:
        if self._saved_segments is None and self._segment_dirs is not None:
            try:
                self._saved_segments = [Segment.load(d) for d in self._segment_dirs]
            except (OSError, ValueError):
                # A newer writer removed this generation's files before we read them: the
                # store (still open) holds the tokens, so rebuild rather than fail.
                self._segment_dirs = None
        return self._saved_segments

    def _token_rows(self, first: int = 0, last: int | None = None) -> Iterator[tuple[int, list[str]]]:
        query = "SELECT id, tokens FROM sentences WHERE id >= ?" + (" AND id <= ?" if last is not None else "")
        params = (first,) if last is None else (first, last)
        for row_id, joined in self._conn.execute(query + " ORDER BY id", params):
            yield row_id, joined.split()

    def sentences(self, ids: Iterable[int]) -> dict[int, SentenceRow]:
        ids = [int(i) for i in ids]
        out: dict[int, SentenceRow] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            for row in self._conn.execute(
                f"SELECT id, doc_id, position, start, end, text, speaker FROM sentences WHERE id IN ({marks})",
                part,
            ):
                out[row[0]] = SentenceRow(*row)
        return out

    def neighbours(self, row: SentenceRow, before: int, after: int) -> list[SentenceRow]:
        rows = self._conn.execute(
            "SELECT id, doc_id, position, start, end, text, speaker FROM sentences "
            "WHERE doc_id = ? AND position BETWEEN ? AND ? ORDER BY position",
            (row.doc_id, row.position - before, row.position + after),
        ).fetchall()
        return [SentenceRow(*r) for r in rows]

    def iter_sentences(self) -> Iterator[SentenceRow]:
        for row in self._conn.execute(
            "SELECT id, doc_id, position, start, end, text, speaker FROM sentences ORDER BY id"
        ):
            yield SentenceRow(*row)

    def vector(self, sentence_id: int) -> np.ndarray:
        return self._vectors.reconstruct(int(sentence_id))

    def vectors(self, sentence_ids: list[int]) -> np.ndarray:
        return self._vectors.reconstruct_batch(np.asarray(sentence_ids, dtype=np.int64))

    def short_documents(self, doc_ids: Iterable[int], max_sentences: int) -> set[int]:
        """Those of ``doc_ids`` with at most ``max_sentences`` sentences."""
        doc_ids = [int(d) for d in doc_ids]
        if not doc_ids:
            return set()
        marks = ",".join("?" * len(doc_ids))
        rows = self._conn.execute(
            f"SELECT doc_id FROM sentences WHERE doc_id IN ({marks}) GROUP BY doc_id HAVING COUNT(*) <= ?",
            [*doc_ids, max_sentences],
        )
        return {r[0] for r in rows}

    def search(self, query_vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        k = max(1, min(k, len(self)))
        return self._vectors.search(np.ascontiguousarray(query_vectors, dtype=np.float32), k)

    # ----- writing -------------------------------------------------------------------------
    def add_document(self, name: str, text: str, encoder: "Encoder", title: str | None = None,
                     show_progress: bool = False) -> tuple[str, int]:
        """Add or replace one document. Returns ("added" | "replaced" | "unchanged", sentences)."""
        if not isinstance(text, str):
            raise InputError(f"{name}: the document must be text")
        if not text.strip():
            raise InputError(f"{name}: the document is empty")
        sha = text_sha256(text)
        existing = self._conn.execute("SELECT id, sha256 FROM documents WHERE name = ?", (name,)).fetchone()
        if self.read_only:
            raise IndexStateError("this index is open read-only; change a writable_copy() of it")
        if existing and existing[1] == sha:
            count = self._conn.execute("SELECT COUNT(*) FROM sentences WHERE doc_id = ?", (existing[0],)).fetchone()[0]
            return "unchanged", count

        sentences = split_sentences(text)
        if not sentences:
            raise InputError(f"{name}: no sentences found in the document")
        speakers = attribute_speakers([s.text for s in sentences])
        to_embed = [embedding_text(s.text, who) for s, who in zip(sentences, speakers)]

        # Sentences that did not change keep their vectors: only new text is embedded.
        cached: dict[str, np.ndarray] = {}
        if existing:
            cached = self._vectors_of_document(existing[0])
        missing = [t for t in dict.fromkeys(to_embed) if t not in cached]
        if missing:
            fresh = encoder.encode(missing, show_progress=show_progress)
            cached.update(zip(missing, fresh))
        vectors = np.stack([cached[t] for t in to_embed]).astype(np.float32)
        if vectors.shape[1] != self.dimension:
            raise IndexMismatchError(
                f"the model gives {vectors.shape[1]}-dimensional vectors but the index holds "
                f"{self.dimension}-dimensional ones"
            )

        title = title or guess_title(name, text)
        with self._conn:
            if existing:
                self._delete_document(existing[0])
            self.insert_document(name, title, text, [(s.start, s.end, s.text, who) for s, who in zip(sentences, speakers)],
                                 vectors)
        return ("replaced" if existing else "added"), len(sentences)

    def insert_document(self, name: str, title: str, text: str,
                        sentences: list[tuple[int, int, str, str | None]], vectors: np.ndarray) -> int:
        """Store a segmented, embedded document: (start, end, text, speaker) per sentence."""
        cur = self._conn.execute(
            "INSERT INTO documents (name, title, sha256, added, text) VALUES (?, ?, ?, ?, ?)",
            (name, title, text_sha256(text), time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), text),
        )
        doc_id = cur.lastrowid
        first_id = self._next_sentence_id()
        ids = np.arange(first_id, first_id + len(sentences), dtype=np.int64)
        self._conn.executemany(
            "INSERT INTO sentences (id, doc_id, position, start, end, text, speaker, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(int(i), doc_id, pos, start, end, sentence, who, " ".join(tokenize(f"{title} {embedding_text(sentence, who)}")))
             for pos, (i, (start, end, sentence, who)) in enumerate(zip(ids, sentences))],
        )
        self._vectors.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)
        self._touch()
        return doc_id

    def _touch(self) -> None:
        self.changed = True
        self._lexical = None

    def remove_document(self, name: str) -> bool:
        if self.read_only:
            raise IndexStateError("this index is open read-only; change a writable_copy() of it")
        row = self._conn.execute("SELECT id FROM documents WHERE name = ?", (name,)).fetchone()
        if not row:
            return False
        with self._conn:
            self._delete_document(row[0])
        self._touch()
        return True

    def _vectors_of_document(self, doc_id: int) -> dict[str, np.ndarray]:
        out = {}
        for row_id, text, speaker in self._conn.execute(
            "SELECT id, text, speaker FROM sentences WHERE doc_id = ?", (doc_id,)
        ):
            out[embedding_text(text, speaker)] = self._vectors.reconstruct(int(row_id))
        return out

    def _delete_document(self, doc_id: int) -> None:
        ids = [r[0] for r in self._conn.execute("SELECT id FROM sentences WHERE doc_id = ?", (doc_id,))]
        if ids:
            self._vectors.remove_ids(np.array(ids, dtype=np.int64))
            self._removed_ids = np.concatenate([self._removed_ids, np.array(ids, dtype=np.int64)])
        self._conn.execute("DELETE FROM sentences WHERE doc_id = ?", (doc_id,))
        self._conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def _next_sentence_id(self) -> int:
        row = self._conn.execute("SELECT MAX(id) FROM sentences").fetchone()
        return (row[0] + 1) if row and row[0] is not None else 0

    # ----- files ---------------------------------------------------------------------------
    def _vectors_to_save(self):
        """The FAISS index to write: flat while small, 8-bit IVF once past approximate_above."""
        if self.approximate or len(self) <= self.approximate_above:
            return self._vectors
        self._vectors = approximate_index(self._vectors, self.dimension, self.nprobe)
        return self._vectors

    def save(self, directory: str | os.PathLike[str]) -> Path:
        """Write a new generation of files, then swap the manifest atomically.

        Callers that may race another writer hold locking.write_lock(directory).
        """
        import faiss

        directory = Path(directory)
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise IndexStateError(f"cannot create index directory {directory}: {e.strerror}") from None
        old = _read_manifest(directory) if (directory / MANIFEST).exists() else None
        generation = max(self.generation, old["generation"] if old else 0) + 1
        vectors_name = f"vectors-{generation:06d}.faiss"
        store_name = f"store-{generation:06d}.sqlite"
        vectors_path, store_path = directory / vectors_name, directory / store_name
        self._conn.commit()  # an open transaction would make the backup below wait forever
        # Built from the store before a work file is moved into place; so is the document list.
        segments = self._lexical_segments(merge=True)
        documents = self.documents()
        # Segments already saved in this directory are kept as they are (their entries too):
        # a save writes only the segments for what changed.
        kept = {entry["name"]: entry for entry in (old or {}).get("files", {}).get("lexical", {}).get("segments", [])}
        new_segments = [seg for seg in segments
                        if not (seg.directory is not None and seg.directory.parent == directory
                                and seg.directory.name in kept)]
        segment_paths = {id(seg): directory / f"lexical-{generation:06d}-{k}" for k, seg in enumerate(new_segments)}
        written: list[Path] = []
        try:
            written.append(vectors_path)
            faiss.write_index(self._vectors_to_save(), str(vectors_path))
            written.append(store_path)
            if self._work_file is not None:  # a writable copy: its file becomes the new store
                self._conn.close()
                os.replace(self._work_file, store_path)
                self._work_file = None
            else:
                target = sqlite3.connect(store_path)
                with target:
                    self._conn.backup(target)
                target.close()
            for seg in new_segments:
                written.append(segment_paths[id(seg)])
                seg.save(segment_paths[id(seg)])
            for path in [vectors_path, store_path, *(p / name for p in segment_paths.values() for name in SEGMENT_FILES)]:
                with path.open("rb+") as f:
                    os.fsync(f.fileno())
            for path in segment_paths.values():
                _fsync_dir(path)
            lexical_entries = []
            for seg in segments:
                path = segment_paths.get(id(seg))
                if path is None:
                    lexical_entries.append(kept[seg.directory.name])
                else:
                    lexical_entries.append({"name": path.name, "sentences": len(seg),
                                            "files": {name: _file_entry(path / name) for name in SEGMENT_FILES}})
            manifest = {
                "format": FORMAT_VERSION,
                "qa_bot_version": __version__,
                "model": self.model_id,
                "dimension": self.dimension,
                "generation": generation,
                "sentences": len(self),
                "approximate": self.approximate,
                "files": {
                    "vectors": _file_entry(vectors_path),
                    "store": _file_entry(store_path),
                    "lexical": {"segments": lexical_entries},
                },
                "documents": [
                    {"id": d.id, "name": d.name, "title": d.title, "sha256": d.sha256,
                     "sentences": d.sentences, "added": d.added}
                    for d in documents
                ],
            }
            fd, tmp = tempfile.mkstemp(prefix=".manifest-", suffix=".tmp", dir=directory)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(manifest, f, indent=2, ensure_ascii=False)
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
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
        self._conn = _open_read_only(store_path)
        self.generation = generation
        for seg in new_segments:
            seg.directory = segment_paths[id(seg)]
        self._segment_dirs = [seg.directory for seg in segments]
        self._saved_segments = segments
        self._removed_ids = np.empty(0, dtype=np.int64)
        self._lexical = None
        self.read_only = True
        self.changed = False
        _remove_stale_files(directory, keep={vectors_name, store_name, *(p.name for p in self._segment_dirs)})
        return directory

    @classmethod
    def load(cls, directory: str | os.PathLike[str], model_id: str | None = None,
             approximate_above: int = APPROXIMATE_ABOVE, nprobe: int = NPROBE) -> "SentenceIndex":
        import faiss

        directory = Path(directory)
        manifest = _read_manifest(directory)
        rebuild = f"rebuild with `qa-bot index FILE... --rebuild --index-dir {directory}`"
        if model_id is not None and manifest["model"] != model_id:
            raise IndexMismatchError(
                f"the index in {directory} was built with model '{manifest['model']}', not "
                f"'{model_id}': {rebuild} or use the model it was built with"
            )
        files = manifest["files"]
        vectors_path = directory / files["vectors"]["name"]
        store_path = directory / files["store"]["name"]
        _check_file(vectors_path, files["vectors"], rebuild)
        _check_file(store_path, files["store"], rebuild)
        segment_dirs = None  # format 2: BM25 is rebuilt from the stored tokens
        if "segments" in files["lexical"]:
            segment_dirs = [directory / seg["name"] for seg in files["lexical"]["segments"]]
            for path, seg in zip(segment_dirs, files["lexical"]["segments"]):
                for name, entry in seg["files"].items():
                    _check_file(path / name, entry, rebuild)
        # An approximate (large) index is memory-mapped: it opens in milliseconds and only the
        # lists a search visits become resident.
        flags = faiss.IO_FLAG_MMAP if manifest.get("approximate") else 0
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
        index = cls(manifest["model"], manifest["dimension"], conn=_open_read_only(store_path), vectors=vectors,
                    generation=manifest["generation"], approximate_above=approximate_above, nprobe=nprobe)
        index._segment_dirs = segment_dirs
        index._vectors_file = vectors_path
        index.read_only = True
        return index

    def writable_copy(self, directory: str | os.PathLike[str] | None = None) -> "SentenceIndex":
        """A copy to change and then save as the next generation.

        With ``directory`` (where it will be saved), the store is copied to a work file there,
        so even a large index is never loaded into memory to be changed.
        """
        import faiss

        if directory is not None:
            fd, work = tempfile.mkstemp(prefix=".store-work-", suffix=".sqlite", dir=directory)
            os.close(fd)
            target = sqlite3.connect(work, check_same_thread=False)
            self._conn.backup(target)
        else:
            work = None
            target = sqlite3.connect(":memory:", check_same_thread=False)
            self._conn.backup(target)
        if self.approximate and self._vectors_file is not None:
            vectors = faiss.read_index(str(self._vectors_file))  # a memory-mapped index cannot be cloned
            faiss.extract_index_ivf(vectors).nprobe = self.nprobe
        else:
            vectors = faiss.clone_index(self._vectors)
        copy = SentenceIndex(self.model_id, self.dimension, conn=target, vectors=vectors,
                             generation=self.generation, approximate_above=self.approximate_above, nprobe=self.nprobe)
        copy._work_file = Path(work) if work else None
        copy._segment_dirs = self._segment_dirs
        copy._saved_segments = self._saved_segments  # immutable: shared, not copied
        copy._removed_ids = self._removed_ids
        return copy

    def discard(self) -> None:
        """Drop a writable copy that will not be saved (its work file goes too)."""
        if self._work_file is not None:
            self._conn.close()
            self._work_file.unlink(missing_ok=True)
            self._work_file = None


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


def _open_read_only(path: Path) -> sqlite3.Connection:
    # immutable: a saved store never changes (writers make a new generation), so SQLite may
    # skip locking entirely and readers never block each other or the writer.
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


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
    for key in ("model", "dimension", "generation", "files", "documents"):
        if key not in manifest:
            raise IndexStateError(f"index manifest {path} lacks '{key}': rebuild the index")
    return manifest


def read_manifest(directory: str | os.PathLike[str]) -> dict:
    """The manifest of a saved index, checked; cheap (no FAISS, no model)."""
    return _read_manifest(Path(directory))


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
