"""The embedded index: FAISS vectors, a SQLite store of documents and sentences, and BM25, in
one directory of segments (index_files.py: the format, saving and loading). The default engine
behind `backend.Index`; `milvus_index.py` is the other.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
import weakref
from typing import TYPE_CHECKING, Collection, Iterable, Iterator, Mapping

import numpy as np

from .backend import (DocumentInfo, PreparedDocument, SentenceRow, check_text, embed_prepared, embedding_text,
                      full_names_json, prepare_document, sentence_tokens, text_sha256)
from .errors import IndexStateError
from .index_files import (APPROXIMATE_ABOVE, MAX_SEGMENTS, NPROBE, _SCHEMA, SegmentFiles, _Part,
                          _read_only_uri)
from .lexical import LexicalIndex, Segment, coverage_weight, tokenize
from .speakers import full_names, name_matches

# What other modules import from here, wherever it is defined.
from .backend import guess_title, match_documents  # noqa: F401,E402
from .index_files import FORMAT_VERSION, MANIFEST, index_exists, read_manifest, stored_documents  # noqa: F401,E402

if TYPE_CHECKING:
    from .embed import Encoder

# Documents are embedded a group at a time, up to about this many sentences per encoder call.
ENCODE_GROUP_SENTENCES = 8192


class SentenceIndex(SegmentFiles):
    """Documents, their sentences and one vector per sentence, kept in step.

    An index is a list of saved segments (immutable files, see the module docstring) plus, when
    it is being changed, pending documents in memory. The SQLite segments are attached to one
    connection behind the views ``documents`` and ``sentences``, which leave out removed
    documents, so reading code sees one store. Removing a saved document records its id
    (a tombstone) until a merge rewrites its segment.
    """

    def __init__(self, model_id: str, dimension: int, generation: int = 0,
                 approximate_above: int = APPROXIMATE_ABOVE, nprobe: int = NPROBE) -> None:
        self.model_id = model_id
        self.dimension = dimension
        self.generation = generation
        self.approximate_above = approximate_above
        self.nprobe = nprobe
        self._parts: list[_Part] = []
        self._removed_documents: set[int] = set()
        self._removed_ids = np.empty(0, dtype=np.int64)  # sentences of removed saved documents
        # Document ids are never reused, even after the highest one is removed and its segment
        # rewritten: a stale id (in a script, a chat's /remove) must never name another document.
        self._next_document_id = 1
        self._conn: sqlite3.Connection | None = None
        self._close_conn: weakref.finalize | None = None
        self._pending = None
        self._lexical: LexicalIndex | None = None
        self.read_only = False
        self.changed = False
        self._connect()

    def _connect(self) -> None:
        """A fresh connection: pending tables in memory, the parts attached, the views."""
        import faiss

        if self._close_conn is not None:
            self._close_conn()
        if len(self._parts) > MAX_SEGMENTS:
            raise IndexStateError(f"an index has at most {MAX_SEGMENTS} segments; this one has {len(self._parts)}")
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.executescript(_SCHEMA)
        conn.execute("CREATE TEMP TABLE removed (doc_id INTEGER PRIMARY KEY)")
        conn.executemany("INSERT INTO temp.removed VALUES (?)", [(d,) for d in sorted(self._removed_documents)])
        schemas = ["main"]
        for n, part in enumerate(self._parts):
            part.schema = f"s{n}"
            conn.execute(f"ATTACH DATABASE ? AS {part.schema}", (_read_only_uri(part.directory / part.entry["store"]["name"]),))
            schemas.append(part.schema)
        live = "doc_id NOT IN (SELECT doc_id FROM temp.removed)"
        conn.execute("CREATE TEMP VIEW documents AS " + " UNION ALL ".join(
            f"SELECT * FROM {s}.documents WHERE id NOT IN (SELECT doc_id FROM temp.removed)" for s in schemas))
        conn.execute("CREATE TEMP VIEW sentences AS " + " UNION ALL ".join(
            f"SELECT * FROM {s}.sentences WHERE {live}" for s in schemas))
        known = [s for s in schemas if conn.execute(
            f"SELECT 1 FROM {s}.sqlite_master WHERE type = 'table' AND name = 'people'").fetchone()]
        conn.execute("CREATE TEMP VIEW people AS " + " UNION ALL ".join(
            f"SELECT * FROM {s}.people WHERE {live}" for s in known))
        self._conn = conn
        # A connection sits in a reference cycle (CPython's statement cache holds it), so
        # dropping it would keep its files open until the cyclic GC runs: a bot that opens many
        # chats' indexes would pile up descriptors. Close it when this index is dropped.
        self._close_conn = weakref.finalize(self, conn.close)
        self._pending = faiss.IndexIDMap2(faiss.IndexFlatIP(self.dimension))
        self._lexical = None

    @property
    def approximate(self) -> bool:
        return any(not hasattr(p.vectors, "id_map") for p in self._parts)

    # ----- reading -------------------------------------------------------------------------
    def __len__(self) -> int:
        return sum(int(p.vectors.ntotal) for p in self._parts) - len(self._removed_ids) + int(self._pending.ntotal)

    def _documents_query(self, where: str) -> str:
        # Per schema, not through the views: a document's sentences live in its own segment,
        # and counting them there is an index range scan.
        return " UNION ALL ".join(
            f"SELECT d.id, d.name, d.title, d.sha256, (SELECT COUNT(*) FROM {schema}.sentences s "
            f"WHERE s.doc_id = d.id), d.added FROM {schema}.documents d "
            f"WHERE d.id NOT IN (SELECT doc_id FROM temp.removed) AND {where}"
            for schema in ["main", *(p.schema for p in self._parts)])

    def documents(self) -> list[DocumentInfo]:
        rows = self._conn.execute(self._documents_query("1") + " ORDER BY 1").fetchall()
        return [DocumentInfo(*row) for row in rows]

    def has_speaker(self, surname: str) -> bool:
        """Whether any sentence is attributed to a speaker with this name among their words."""
        pattern = surname.replace("\\", "").replace("%", "").replace("_", "")
        for (speaker,) in self._conn.execute("SELECT DISTINCT speaker FROM sentences WHERE speaker LIKE ?",
                                             (f"%{pattern}%",)):
            if name_matches(surname, speaker):
                return True
        return False

    def a_speaker(self) -> str | None:
        """The speaker of a quote somewhere in the documents (the newest first), if any."""
        row = self._conn.execute(
            "SELECT speaker FROM sentences WHERE speaker IS NOT NULL AND speaker != '' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    def document_count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def documents_named(self, names: list[str]) -> list[DocumentInfo]:
        out = []
        for chunk in range(0, len(names), 500):
            part = [str(n) for n in names[chunk : chunk + 500]]
            query = self._documents_query(f"d.name IN ({','.join('?' * len(part))})")
            out += [DocumentInfo(*row) for row in self._conn.execute(query, part * (len(self._parts) + 1))]
        return out

    def document_text(self, doc_id: int) -> str:
        row = self._conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else ""

    def full_names(self, doc_id: int) -> dict[str, str]:
        row = self._conn.execute("SELECT full_names FROM people WHERE doc_id = ?", (doc_id,)).fetchone()
        # A segment saved before the people table: read from the text (its next merge stores them).
        return json.loads(row[0]) if row else full_names(self.document_text(doc_id))

    def prefetch(self, doc_ids: Collection[int]) -> None:
        pass  # a read here is a local SQLite lookup: nothing to gain by reading ahead

    def document(self, doc_id: int) -> DocumentInfo:
        query = self._documents_query("d.id = :doc")
        row = self._conn.execute(query, {"doc": doc_id}).fetchone()
        if row is None:
            raise IndexStateError(f"no document with id {doc_id}")
        return DocumentInfo(*row)

    def lexical(self) -> LexicalIndex:
        """BM25 over the parts' segments (memory-mapped) and one for pending sentences."""
        if self._lexical is None:
            segments = [p.lexical_segment(self._token_rows(p.first_id, p.last_id, schema=p.schema)) for p in self._parts]
            segments.append(Segment.build(self._token_rows(schema="main")))
            self._lexical = LexicalIndex(segments, removed_ids=self._removed_ids)
        return self._lexical

    def _token_rows(self, first: int = 0, last: int | None = None, schema: str | None = None
                    ) -> Iterator[tuple[int, list[str]]]:
        """(id, tokens) of sentences in an id range: of one schema, or the live ones of all."""
        table = f"{schema}.sentences" if schema else "sentences"
        query = f"SELECT id, tokens FROM {table} WHERE id >= ?" + (" AND id <= ?" if last is not None else "")
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

    def document_sentences(self, doc_id: int) -> list[SentenceRow]:
        rows = self._conn.execute("SELECT id, doc_id, position, start, end, text, speaker FROM sentences "
                                  "WHERE doc_id = ? ORDER BY position", (doc_id,)).fetchall()
        return [SentenceRow(*r) for r in rows]

    def iter_sentences(self) -> Iterator[SentenceRow]:
        for row in self._conn.execute(
            "SELECT id, doc_id, position, start, end, text, speaker FROM sentences ORDER BY id"
        ):
            yield SentenceRow(*row)

    def vectors(self, sentence_ids: list[int]) -> np.ndarray:
        """Stored vectors by sentence id, from the part whose id range covers each (else pending)."""
        ids = np.asarray(sentence_ids, dtype=np.int64)
        if not self._parts:
            return self._pending.reconstruct_batch(ids)
        out = np.zeros((len(ids), self.dimension), dtype=np.float32)
        firsts = np.array([p.first_id for p in self._parts], dtype=np.int64)
        which = np.searchsorted(firsts, ids, side="right") - 1
        which[ids > self._parts[-1].last_id] = len(self._parts)  # pending
        for n in np.unique(which):
            mask = which == n
            holder = self._pending if n == len(self._parts) else self._parts[n].vectors
            out[mask] = holder.reconstruct_batch(ids[mask])
        return out

    def search(self, query_vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top ``k`` by inner product over every part and the pending vectors, removed ones left out."""
        import faiss

        queries = np.ascontiguousarray(query_vectors, dtype=np.float32)
        k = max(1, min(k, len(self)))
        scores, ids = [], []
        for part in self._parts:
            index = part.vectors
            mine = self._removed_in(part)
            selector = faiss.IDSelectorNot(faiss.IDSelectorBatch(mine)) if len(mine) else None
            ivf = not hasattr(index, "id_map")
            if ivf:
                params = faiss.SearchParametersIVF(nprobe=self.nprobe, sel=selector) if selector else None
            else:
                params = faiss.SearchParameters(sel=selector) if selector else None
            d, i = index.search(queries, min(k, int(index.ntotal)), params=params)
            scores.append(d)
            ids.append(i)
        if self._pending.ntotal:
            d, i = self._pending.search(queries, min(k, int(self._pending.ntotal)))
            scores.append(d)
            ids.append(i)
        if len(scores) == 1:
            return scores[0], ids[0]
        all_scores, all_ids = np.hstack(scores), np.hstack(ids)
        all_scores[all_ids < 0] = -np.inf
        order = np.argsort(-all_scores, axis=1, kind="stable")[:, :k]
        top_scores = np.take_along_axis(all_scores, order, axis=1)
        top_ids = np.take_along_axis(all_ids, order, axis=1)
        top_ids[~np.isfinite(top_scores)] = -1
        return top_scores, top_ids

    def dense_search(self, vector: np.ndarray, k: int) -> dict[int, float]:
        scores, ids = self.search(vector[None, :], k)
        return {int(i): float(sc) for i, sc in zip(ids[0], scores[0]) if i >= 0}

    def lexical_search(self, question: str, k: int, include: Iterable[int] = ()) -> dict[int, float]:
        lexical = self.lexical()
        bm25 = lexical.scores(tokenize(question))
        if not bm25.any():
            return {}
        best = float(bm25.max())
        top = np.argpartition(-bm25, min(k, len(bm25) - 1))[:k]
        out = {int(lexical.row_ids[r]): float(bm25[r]) / best for r in top if bm25[r] > 0}
        extra = [i for i in include if i not in out]
        if extra:
            out.update(zip(extra, (bm25[lexical.row_of(extra)] / best).tolist()))
        return out

    def word_weights(self, question: str) -> dict[str, float]:
        lexical = self.lexical()
        words = dict.fromkeys(tokenize(question))
        return {w: coverage_weight(lexical.size, lexical.document_frequency(w)) for w in words}

    def coverage(self, question: str, rows: Mapping[int, SentenceRow]) -> dict[int, float]:
        lexical = self.lexical()
        ids = list(rows)
        covered = lexical.coverage(tokenize(question), lexical.row_of(ids)) if ids else []
        return {i: float(c) for i, c in zip(ids, covered)}

    def write_guard(self):
        """Writers of a saved index hold its directory's lock (QABot takes it); none here."""
        return contextlib.nullcontext()

    # ----- writing -------------------------------------------------------------------------
    def add_document(self, name: str, text: str, encoder: "Encoder", title: str | None = None,
                     show_progress: bool = False) -> tuple[str, int]:
        """Add or replace one document. Returns ("added" | "replaced" | "unchanged", sentences)."""
        return self.add_documents({name: text}, encoder, {name: title} if title else None, show_progress)[name]

    def add_documents(self, texts: Mapping[str, str], encoder: "Encoder", titles: Mapping[str, str] | None = None,
                      show_progress: bool = False) -> dict[str, tuple[str, int]]:
        """Add or replace documents: {name: ("added" | "replaced" | "unchanged", sentences)}.

        Documents are segmented first and their new sentences embedded together, a group of
        documents per encoder call: the encoder sorts a call's sentences by length, so one call
        pads less than one per document (bench/: int8 indexing ~6% faster).
        """
        if self.read_only:
            raise IndexStateError("this index is open read-only; change a writable_copy() of it")
        results: dict[str, tuple[str, int]] = {}
        group: list[PreparedDocument] = []
        for name, text in texts.items():
            prepared = self._prepare(name, text, (titles or {}).get(name))
            if isinstance(prepared, tuple):
                results[name] = prepared
                continue
            group.append(prepared)
            if sum(len(p.sentences) for p in group) >= ENCODE_GROUP_SENTENCES:
                results.update(self._embed_and_insert(group, encoder, show_progress))
                group = []
        results.update(self._embed_and_insert(group, encoder, show_progress))
        return {name: results[name] for name in texts}

    def _prepare(self, name: str, text: str, title: str | None) -> "PreparedDocument | tuple[str, int]":
        """A document segmented, its speakers found; or ("unchanged", sentences)."""
        check_text(name, text)
        existing = self._conn.execute("SELECT id, sha256 FROM documents WHERE name = ?", (name,)).fetchone()
        if existing and existing[1] == text_sha256(text):
            count = self._conn.execute("SELECT COUNT(*) FROM sentences WHERE doc_id = ?", (existing[0],)).fetchone()[0]
            return "unchanged", count
        return prepare_document(name, text, title, existing[0] if existing else None)

    def _embed_and_insert(self, group: list[PreparedDocument], encoder: "Encoder",
                          show_progress: bool) -> dict[str, tuple[str, int]]:
        # Sentences that did not change keep their vectors: only new text is embedded.
        cached: dict[str, np.ndarray] = {}
        for doc in group:
            if doc.existing is not None:
                cached.update(self._vectors_of_document(doc.existing))
        results = {}
        for doc, vectors in zip(group, embed_prepared(group, encoder, cached, self.dimension, show_progress)):
            with self._conn:
                if doc.existing is not None:
                    self._delete_document(doc.existing)
                self.insert_document(doc.name, doc.title, doc.text, doc.rows(), vectors)
            results[doc.name] = ("replaced" if doc.existing is not None else "added"), len(doc.sentences)
        return results

    def insert_document(self, name: str, title: str, text: str,
                        sentences: list[tuple[int, int, str, str | None]], vectors: np.ndarray) -> int:
        """Store a segmented, embedded document: (start, end, text, speaker) per sentence."""
        # Ids continue past every saved part, removed documents included: a tombstoned id
        # still names a row and a vector in its segment.
        doc_id = max(self._next_document_id, self._max_id("documents") + 1,
                     (self._parts[-1].last_document + 1) if self._parts else 1)
        self._next_document_id = doc_id + 1
        self._conn.execute(
            "INSERT INTO main.documents (id, name, title, sha256, added, text) VALUES (?, ?, ?, ?, ?, ?)",
            (doc_id, name, title, text_sha256(text), time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), text),
        )
        first_id = max(self._max_id("sentences"), self._parts[-1].last_id if self._parts else -1) + 1
        ids = np.arange(first_id, first_id + len(sentences), dtype=np.int64)
        self._conn.execute("INSERT INTO main.people VALUES (?, ?)", (doc_id, full_names_json(text)))
        self._conn.executemany(
            "INSERT INTO main.sentences (id, doc_id, position, start, end, text, speaker, tokens) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(int(i), doc_id, pos, start, end, sentence, who, " ".join(sentence_tokens(title, sentence, who)))
             for pos, (i, (start, end, sentence, who)) in enumerate(zip(ids, sentences))],
        )
        self._pending.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)
        self._touch()
        return doc_id

    def insert_documents(self, documents: list[tuple[str, str, str, list, np.ndarray]]) -> list[int]:
        """insert_document for each (name, title, text, sentences, vectors)."""
        return [self.insert_document(*document) for document in documents]

    def _max_id(self, table: str) -> int:
        row = self._conn.execute(f"SELECT MAX(id) FROM main.{table}").fetchone()
        return row[0] if row[0] is not None else -1

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
        rows = self._conn.execute("SELECT id, text, speaker FROM sentences WHERE doc_id = ?", (doc_id,)).fetchall()
        vectors = self.vectors([r[0] for r in rows]) if rows else []
        return {embedding_text(text, speaker): v for (_, text, speaker), v in zip(rows, vectors)}

    def _delete_document(self, doc_id: int) -> None:
        pending = self._conn.execute("SELECT 1 FROM main.documents WHERE id = ?", (doc_id,)).fetchone()
        ids = np.array([r[0] for r in self._conn.execute("SELECT id FROM sentences WHERE doc_id = ?", (doc_id,))],
                       dtype=np.int64)
        if pending:  # not saved yet: simply gone
            if len(ids):
                self._pending.remove_ids(ids)
            self._conn.execute("DELETE FROM main.sentences WHERE doc_id = ?", (doc_id,))
            self._conn.execute("DELETE FROM main.documents WHERE id = ?", (doc_id,))
            self._conn.execute("DELETE FROM main.people WHERE doc_id = ?", (doc_id,))
        else:  # in a saved segment: a tombstone until a merge rewrites it
            self._conn.execute("INSERT INTO temp.removed VALUES (?)", (doc_id,))
            self._removed_documents.add(doc_id)
            self._removed_ids = np.union1d(self._removed_ids, ids)

    def writable_copy(self, directory: str | os.PathLike[str] | None = None) -> "SentenceIndex":
        """A copy to change and then save as the next generation: the saved segments are
        shared (they never change), new documents are held in memory until the save."""
        copy = SentenceIndex(self.model_id, self.dimension, generation=self.generation,
                             approximate_above=self.approximate_above, nprobe=self.nprobe)
        copy._parts = [_Part(p.entry, p.directory, p.vectors, lexical=p.lexical, legacy=p.legacy) for p in self._parts]
        copy._removed_documents = set(self._removed_documents)
        copy._next_document_id = self._next_document_id
        copy._connect()
        copy._removed_ids = self._removed_ids.copy()
        if not self.read_only:  # an unsaved index: carry its pending documents over
            self._conn.commit()
            for table in ("documents", "sentences", "people"):
                columns = [r[1] for r in self._conn.execute(f"PRAGMA main.table_info({table})")]
                rows = self._conn.execute(f"SELECT {', '.join(columns)} FROM main.{table}").fetchall()
                copy._conn.executemany(f"INSERT INTO main.{table} VALUES ({', '.join('?' * len(columns))})", rows)
            copy._conn.commit()
            if self._pending.ntotal:
                import faiss

                copy._pending = faiss.clone_index(self._pending)
        return copy

    def discard(self) -> None:
        """Drop a writable copy that will not be saved (it holds nothing on disk)."""
        if self._close_conn is not None:
            self._close_conn()
            self._conn = None
