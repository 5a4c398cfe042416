"""A sentence index: a FAISS vector index plus a SQLite store of documents and sentences.

On disk an index is a directory of plain files (see README, "Index format"):

    manifest.json              format, model, dimension, package version, documents, file hashes
    vectors-<generation>.faiss FAISS IndexIDMap2 over IndexFlatIP; vector id == sentence id
    store-<generation>.sqlite  tables `documents` and `sentences` (schema in _SCHEMA)

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
from .segment import Sentence, split_sentences
from .speakers import attribute_speakers

if TYPE_CHECKING:
    from .embed import Encoder

FORMAT_VERSION = 1
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
    speaker  TEXT                   -- who says it, when it is a quote or reported speech
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
    """Documents, their sentences and one vector per sentence, kept in step."""

    def __init__(self, model_id: str, dimension: int, conn: sqlite3.Connection | None = None,
                 vectors=None, generation: int = 0) -> None:
        import faiss

        self.model_id = model_id
        self.dimension = dimension
        self.generation = generation
        self._conn = conn or sqlite3.connect(":memory:", check_same_thread=False)
        self._conn.executescript(_SCHEMA)
        self._vectors = vectors if vectors is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
        self.changed = False

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
        for doc in self.documents():
            if doc.id == doc_id:
                return doc
        raise IndexStateError(f"no document with id {doc_id}")

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

        with self._conn:
            if existing:
                self._delete_document(existing[0])
            cur = self._conn.execute(
                "INSERT INTO documents (name, title, sha256, added, text) VALUES (?, ?, ?, ?, ?)",
                (name, title or guess_title(name, text), sha, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), text),
            )
            doc_id = cur.lastrowid
            first_id = self._next_sentence_id()
            ids = np.arange(first_id, first_id + len(sentences), dtype=np.int64)
            self._conn.executemany(
                "INSERT INTO sentences (id, doc_id, position, start, end, text, speaker) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(int(i), doc_id, pos, s.start, s.end, s.text, who)
                 for pos, (i, s, who) in enumerate(zip(ids, sentences, speakers))],
            )
            self._vectors.add_with_ids(vectors, ids)
        self.changed = True
        return ("replaced" if existing else "added"), len(sentences)

    def remove_document(self, name: str) -> bool:
        row = self._conn.execute("SELECT id FROM documents WHERE name = ?", (name,)).fetchone()
        if not row:
            return False
        with self._conn:
            self._delete_document(row[0])
        self.changed = True
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
        self._conn.execute("DELETE FROM sentences WHERE doc_id = ?", (doc_id,))
        self._conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def _next_sentence_id(self) -> int:
        row = self._conn.execute("SELECT MAX(id) FROM sentences").fetchone()
        return (row[0] + 1) if row and row[0] is not None else 0

    # ----- files ---------------------------------------------------------------------------
    def save(self, directory: str | os.PathLike[str]) -> Path:
        """Write a new generation of files, then swap the manifest atomically."""
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
        written: list[Path] = []
        try:
            vectors_path = directory / vectors_name
            faiss.write_index(self._vectors, str(vectors_path))
            written.append(vectors_path)
            store_path = directory / store_name
            target = sqlite3.connect(store_path)
            written.append(store_path)
            with target:
                self._conn.backup(target)
            target.close()
            for path in written:
                with path.open("rb+") as f:
                    os.fsync(f.fileno())
            manifest = {
                "format": FORMAT_VERSION,
                "qa_bot_version": __version__,
                "model": self.model_id,
                "dimension": self.dimension,
                "generation": generation,
                "sentences": len(self),
                "files": {
                    "vectors": {"name": vectors_name, "bytes": vectors_path.stat().st_size,
                                "sha256": _file_sha256(vectors_path)},
                    "store": {"name": store_name, "bytes": store_path.stat().st_size,
                              "sha256": _file_sha256(store_path)},
                },
                "documents": [
                    {"id": d.id, "name": d.name, "title": d.title, "sha256": d.sha256,
                     "sentences": d.sentences, "added": d.added}
                    for d in self.documents()
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
            for path in written:
                path.unlink(missing_ok=True)
            raise IndexStateError(f"cannot write index to {directory}: {e.strerror or e}") from None
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        self.generation = generation
        self.changed = False
        _remove_stale_files(directory, keep={vectors_name, store_name})
        return directory

    @classmethod
    def load(cls, directory: str | os.PathLike[str], model_id: str | None = None) -> "SentenceIndex":
        import faiss

        directory = Path(directory)
        manifest = _read_manifest(directory)
        if model_id is not None and manifest["model"] != model_id:
            raise IndexMismatchError(
                f"the index in {directory} was built with model '{manifest['model']}', not "
                f"'{model_id}': rebuild it with `qa-bot index FILE... --rebuild --index-dir {directory}` "
                f"or use the model it was built with"
            )
        files = {}
        for role in ("vectors", "store"):
            entry = manifest["files"][role]
            path = directory / entry["name"]
            if not path.is_file():
                raise IndexStateError(f"index file {path} is missing: rebuild with `qa-bot index FILE... --rebuild --index-dir {directory}`")
            size = path.stat().st_size
            if size != entry["bytes"] or (size <= _HASH_ON_LOAD_BYTES and _file_sha256(path) != entry["sha256"]):
                raise IndexStateError(
                    f"index file {path} is damaged (size or checksum differs from the manifest): "
                    f"rebuild with `qa-bot index FILE... --rebuild --index-dir {directory}`"
                )
            files[role] = path
        try:
            vectors = faiss.read_index(str(files["vectors"]))
        except RuntimeError:
            raise IndexStateError(f"index file {files['vectors']} cannot be read: rebuild the index") from None
        if vectors.d != manifest["dimension"]:
            raise IndexStateError(f"index file {files['vectors']} holds {vectors.d}-dimensional vectors, manifest says {manifest['dimension']}")
        # Read-only: answering never writes, and a writer always makes a new generation.
        conn = sqlite3.connect(f"file:{files['store']}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        index = cls(manifest["model"], manifest["dimension"], conn=None, vectors=vectors,
                    generation=manifest["generation"])
        index._conn.close()
        index._conn = conn
        index._read_only = True
        return index

    def writable_copy(self) -> "SentenceIndex":
        """An in-memory copy to change and save as the next generation."""
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        self._conn.backup(conn)
        import faiss

        vectors = faiss.clone_index(self._vectors)
        return SentenceIndex(self.model_id, self.dimension, conn=conn, vectors=vectors, generation=self.generation)


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
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_VERSION:
        raise IndexMismatchError(
            f"the index in {directory} has format {manifest.get('format') if isinstance(manifest, dict) else '?'}, "
            f"this qa-bot reads format {FORMAT_VERSION}: rebuild it with `qa-bot index FILE... --rebuild --index-dir {directory}`"
        )
    for key in ("model", "dimension", "generation", "files"):
        if key not in manifest:
            raise IndexStateError(f"index manifest {path} lacks '{key}': rebuild the index")
    return manifest


def read_manifest(directory: str | os.PathLike[str]) -> dict:
    """The manifest of a saved index, checked; cheap (no FAISS, no model)."""
    return _read_manifest(Path(directory))


def index_exists(directory: str | os.PathLike[str]) -> bool:
    return (Path(directory) / MANIFEST).is_file()


def _remove_stale_files(directory: Path, keep: set[str]) -> None:
    """Old generations go once the manifest no longer names them (readers reopen by manifest)."""
    for path in directory.iterdir():
        if path.name in keep:
            continue
        if (path.name.startswith(("vectors-", "store-")) and path.suffix in (".faiss", ".sqlite")) or (
            path.name.startswith(".manifest-") and path.suffix == ".tmp"
        ):
            try:
                path.unlink()
            except OSError:
                pass
