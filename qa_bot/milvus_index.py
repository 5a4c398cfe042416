"""The Milvus engine behind the `backend.Index` interface: for archives past one machine and
for fleets of stateless workers.

The same code runs embedded and against a cluster; only the URI changes: a file path opens
milvus-lite in this process (``./milvus.db``), ``http://host:19530`` a Milvus server. A qa-bot
index is two Milvus collections:

    <name>        one row per sentence: its text, speaker, offsets, the dense vector, and a
                  BM25 sparse vector the engine derives from ``lexical``: the words of title,
                  speaker and sentence as qa-bot's tokenizer finds them (backend.sentence_tokens)
    <name>_meta   documents, their texts (in chunks: a VARCHAR holds 64 KiB), the people each
                  names in full (JSON, speakers.full_names), the document
                  frequencies of words (coverage's IDF), counters and the manifest

Every row carries ``collection``: "" for the shared documents, "chat:<id>" for a chat's own.
Every request filters on it explicitly (milvus-lite cannot filter a partition-keyed
collection, and partitions do not isolate reliably there).

Writes go through to the engine. A document becomes visible only when its row turns "live",
after its sentences, text and word counts are written; a writer killed half way leaves a row
in another state, which the next writer to that collection finishes or rolls back (the states
say which steps were done, so counts are never applied twice).
"""

from __future__ import annotations

import calendar
import json
import os
import socket
import threading
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Collection, Iterable, Iterator, Mapping, TypeVar

import numpy as np

from .backend import (DocumentInfo, PreparedDocument, SentenceRow, check_text, embed_prepared, full_names_json,
                      prepare_document, sentence_tokens, text_sha256)
from .errors import IndexMismatchError, IndexStateError
from .lexical import B, K1, bm25_idf, bm25_term, coverage_weight, tokenize, word_forms
from .speakers import full_names, name_matches

if TYPE_CHECKING:
    from .embed import Encoder

T = TypeVar("T")

SCHEMA_VERSION = 1
DEFAULT_COLLECTION = "qa_bot"
TEXT_CHUNK_CHARS = 16_000      # at most 64 KiB of UTF-8: Milvus's VARCHAR limit
VARCHAR_MAX = 65_535
TITLE_CHARS = 1_000
INSERT_BATCH = 1_000
QUERY_BATCH = 1_000            # ids per `in [...]` filter
MAX_QUERY_ROWS = 16_384        # the most rows one plain query returns
# Per-process caches of what a document id names (never reused): a question's candidates stand
# in up to a hundred documents, whose texts the ranking reads for their headings.
DOCUMENTS_KEPT = 1024
TEXTS_KEPT = 256
TEXT_CHARS_KEPT = 16_000_000   # and at most this much of them: a document may be up to 50 MiB
PEOPLE_KEPT = 4096
STATISTICS_SECONDS = 1.0
ROW_CACHE = 20_000             # sentence rows (with words and vector, ~2 KB each) kept per collection
POSITION_BITS = 20             # sentence id = doc_id << 20 | position: consecutive within a document
POSITION_MASK = (1 << POSITION_BITS) - 1
# A document left half-written by a writer on another machine is taken to be abandoned after
# this long; one on this machine as soon as its process is gone.
ABANDONED_AFTER_SECONDS = 3600
DUMMY_DIM = 2                  # Milvus wants a vector field in every collection

# Document states, in the order a write goes through them (see the module docstring).
WRITING, COUNTED, LIVE, REMOVING, UNCOUNTED = "writing", "counted", "live", "removing", "uncounted"

_clients: dict[str, object] = {}
_clients_lock = threading.Lock()
_namespace_locks: dict[tuple[str, str, str], threading.RLock] = {}


def is_local(uri: str) -> bool:
    return "://" not in uri


def connect(uri: str):
    """One client per URI per process (milvus-lite allows one process per file: the client
    must be shared by every index in it). Credentials come from the environment:
    MILVUS_TOKEN, or MILVUS_USER and MILVUS_PASSWORD."""
    import os

    key = _client_key(uri)
    with _clients_lock:
        client = _clients.get(key)
        if client is not None:
            return client
        try:
            import logging
            import warnings

            from pymilvus import MilvusClient
            if is_local(uri):
                with warnings.catch_warnings():  # its `import pkg_resources` warns on every start
                    warnings.simplefilter("ignore")
                    import milvus_lite  # noqa: F401
            # Its iterators log a warning per call against milvus-lite (no MVCC timestamp there).
            logging.getLogger("pymilvus").setLevel(logging.ERROR)
        except ImportError:
            raise IndexStateError("the Milvus backend needs pymilvus and milvus-lite: "
                                  "pip install 'qa-bot[milvus]'") from None
        if is_local(uri):
            parent = Path(uri).expanduser().resolve().parent
            if not parent.is_dir():
                raise IndexStateError(f"cannot open Milvus file {uri}: folder {parent} does not exist")
        options = {}
        if os.environ.get("MILVUS_TOKEN"):
            options["token"] = os.environ["MILVUS_TOKEN"]
        elif os.environ.get("MILVUS_USER"):
            options["user"] = os.environ["MILVUS_USER"]
            options["password"] = os.environ.get("MILVUS_PASSWORD", "")
        try:
            client = MilvusClient(str(Path(uri).expanduser()) if is_local(uri) else uri, timeout=30, **options)
        except Exception as e:  # pymilvus raises several kinds; each means "cannot open"
            reason = getattr(e, "message", "") or str(e).splitlines()[0]
            hint = " (is another process using that file? milvus-lite opens a file in one process)" \
                if is_local(uri) else ""
            raise IndexStateError(f"cannot open Milvus at {uri}: {reason}{hint}") from None
        _clients[key] = client
        return client


def _client_key(uri: str) -> str:
    return str(Path(uri).expanduser().resolve()) if is_local(uri) else uri


def disconnect(uri: str) -> None:
    """Close this process's client for ``uri`` (for milvus-lite: stop its engine, free the file)."""
    with _clients_lock:
        client = _clients.pop(_client_key(uri), None)
    if client is not None:
        client.close()


def _literal(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _clip_utf8(text: str, limit: int = VARCHAR_MAX) -> str:
    data = text.encode("utf-8")
    return text if len(data) <= limit else data[:limit].decode("utf-8", "ignore")


# What milvus-lite says of a call made before its server has fully started, and how often and how
# long (doubling from this, in seconds) to wait for it: 0.2 + 0.4 + ... + 3.2 s at most.
_NOT_YET_STARTED = "Mmap manager has not been init"
_START_RETRIES = 5
_START_WAIT = 0.2


@dataclass(frozen=True, slots=True)
class _Stored:
    row: SentenceRow
    tokens: list[str]
    vector: np.ndarray


class MilvusIndex:
    """A qa-bot index in a Milvus collection, seen through one ``namespace`` ("" or "chat:<id>")."""

    generation = 0
    changed = False

    def __init__(self, uri: str, name: str = DEFAULT_COLLECTION, namespace: str = "",
                 model_id: str | None = None, dimension: int | None = None, create: bool = False) -> None:
        self.uri = uri
        self.name = name
        self.meta = f"{name}_meta"
        self.namespace = namespace
        self.client = connect(uri)
        self._in_namespace = f"collection == {_literal(namespace)}"
        self._texts: OrderedDict[int, str] = OrderedDict()  # ids are never reused: a text never changes
        self._people: OrderedDict[int, dict[str, str]] = OrderedDict()
        self._rows: OrderedDict[int, _Stored] = OrderedDict()
        self._df: dict[str, tuple[float, int]] = {}
        self._live: dict[int, float] = {}
        self._documents_seen: OrderedDict[int, DocumentInfo] = OrderedDict()
        self._stats: tuple[float, int, int] | None = None
        with _clients_lock:
            self._lock = _namespace_locks.setdefault((uri, name, namespace), threading.RLock())
        manifest = self._manifest()
        if manifest is None:
            if not create or model_id is None or dimension is None:
                raise IndexStateError(f"no qa-bot index {name!r} in Milvus at {uri}")
            self._create(model_id, dimension)
            manifest = self._manifest()
        if manifest.get("schema_version") != SCHEMA_VERSION:
            raise IndexStateError(f"the Milvus collection {name!r} has qa-bot schema version "
                                  f"{manifest.get('schema_version')}; this qa-bot reads {SCHEMA_VERSION}")
        self.model_id = manifest["model"]
        self.dimension = int(manifest["dimension"])
        if model_id is not None:
            self.check_model(model_id)

    def check_model(self, model_id: str) -> None:
        if model_id != self.model_id:
            raise IndexMismatchError(f"the Milvus index {self.name!r} was built with model {self.model_id!r}, "
                                     f"not {model_id!r}: use that model (and precision), or build a new index")

    @staticmethod
    def exists(uri: str, name: str = DEFAULT_COLLECTION) -> bool:
        return name in connect(uri).list_collections()

    def in_namespace(self, namespace: str) -> "MilvusIndex":
        """The same Milvus index seen through another collection (a chat's)."""
        return MilvusIndex(self.uri, self.name, namespace, model_id=self.model_id)

    def namespaces(self) -> list[str]:
        """The collections that hold documents: "" and each chat's."""
        rows = self._call("query", self.meta, filter='kind == "counter" and pk like "%/#next_document"',
                          output_fields=["collection"], limit=MAX_QUERY_ROWS)
        return sorted({r["collection"] for r in rows})

    # ----- schema --------------------------------------------------------------------------
    def _call(self, method: str, *args, **kwargs):
        """A client call whose failures read as one line. A milvus-lite server may answer before its
        memory-mapping manager has started (pymilvus issue 2981): a call it fails so is tried again
        a moment later, a few times."""
        for attempt in range(_START_RETRIES + 1):
            try:
                if attempt and method == "create_collection" and args and args[0] in self.client.list_collections():
                    return None  # made by the attempt that failed
                return getattr(self.client, method)(*args, **kwargs)
            except IndexStateError:
                raise
            except Exception as e:
                if _NOT_YET_STARTED in str(e) and attempt < _START_RETRIES:
                    time.sleep(_START_WAIT * 2 ** attempt)
                    continue
                reason = getattr(e, "message", "") or str(e).splitlines()[0]
                raise IndexStateError(f"Milvus at {self.uri} failed ({method}): {reason}") from None

    def _manifest(self) -> dict | None:
        if self.name not in self._call("list_collections") or self.meta not in self._call("list_collections"):
            return None
        rows = self._call("query", self.meta, filter='pk == "#manifest"', output_fields=["text"])
        return json.loads(rows[0]["text"]) if rows else None

    def _create(self, model_id: str, dimension: int) -> None:
        from pymilvus import DataType, Function, FunctionType

        properties = {"qa_bot.schema_version": str(SCHEMA_VERSION)}  # a cluster keeps it; milvus-lite drops it
        s = self.client.create_schema(auto_id=True)
        s.add_field("pk", DataType.INT64, is_primary=True)
        s.add_field("collection", DataType.VARCHAR, max_length=512)
        s.add_field("sid", DataType.INT64)
        s.add_field("doc_id", DataType.INT64)
        s.add_field("position", DataType.INT64)
        s.add_field("start", DataType.INT64)
        s.add_field("end", DataType.INT64)
        s.add_field("text", DataType.VARCHAR, max_length=VARCHAR_MAX)
        s.add_field("speaker", DataType.VARCHAR, max_length=1024)
        # The words qa-bot's own tokenizer finds (stemmed, no stop words), so BM25 and coverage
        # match the same words in either engine; the engine only splits them at spaces.
        s.add_field("lexical", DataType.VARCHAR, max_length=VARCHAR_MAX, enable_analyzer=True,
                    analyzer_params={"tokenizer": "whitespace"})
        s.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        s.add_field("dense", DataType.FLOAT_VECTOR, dim=dimension)
        s.add_function(Function(name="bm25", function_type=FunctionType.BM25,
                                input_field_names=["lexical"], output_field_names=["sparse"]))
        index = self.client.prepare_index_params()
        index.add_index("dense", index_type="AUTOINDEX", metric_type="IP")
        index.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",
                        params={"bm25_k1": K1, "bm25_b": B})
        existing = self._call("list_collections")  # a creator killed half way may have made one
        if self.name not in existing:
            self._call("create_collection", self.name, schema=s, index_params=index, consistency_level="Strong",
                       properties=properties)

        m = self.client.create_schema(auto_id=False)
        m.add_field("pk", DataType.VARCHAR, is_primary=True, max_length=VARCHAR_MAX)
        m.add_field("collection", DataType.VARCHAR, max_length=512)
        m.add_field("kind", DataType.VARCHAR, max_length=16)      # document, text, people, term, counter, manifest
        m.add_field("doc_id", DataType.INT64)
        m.add_field("number", DataType.INT64)                     # sentences, chunk, df or counter value
        m.add_field("state", DataType.VARCHAR, max_length=16)
        m.add_field("name", DataType.VARCHAR, max_length=VARCHAR_MAX)
        m.add_field("title", DataType.VARCHAR, max_length=4 * TITLE_CHARS)
        m.add_field("sha256", DataType.VARCHAR, max_length=64)
        m.add_field("added", DataType.VARCHAR, max_length=32)
        m.add_field("text", DataType.VARCHAR, max_length=VARCHAR_MAX)
        m.add_field("unused", DataType.FLOAT_VECTOR, dim=DUMMY_DIM)
        meta_index = self.client.prepare_index_params()
        meta_index.add_index("unused", index_type="AUTOINDEX", metric_type="L2")
        if self.meta not in existing:
            self._call("create_collection", self.meta, schema=m, index_params=meta_index,
                       consistency_level="Strong", properties=properties)
        manifest = {"schema_version": SCHEMA_VERSION, "model": model_id, "dimension": dimension,
                    "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        self._call("upsert", self.meta, [self._meta_row("#manifest", "manifest", text=json.dumps(manifest), ns="")])

    def _meta_row(self, pk: str, kind: str, doc_id: int = 0, number: int = 0, state: str = "", name: str = "",
                  title: str = "", sha256: str = "", added: str = "", text: str = "", ns: str | None = None) -> dict:
        return {"pk": pk, "collection": self.namespace if ns is None else ns, "kind": kind, "doc_id": doc_id,
                "number": number, "state": state, "name": name, "title": title, "sha256": sha256, "added": added,
                "text": text, "unused": [0.0] * DUMMY_DIM}

    def _key(self, *parts: object) -> str:
        return "/".join([self.namespace, *map(str, parts)])

    def _term_key(self, word: str) -> str:
        # Hex: milvus-lite 2.5.1 builds SQL from a primary key when it upserts, and a word's
        # apostrophe ("n't") breaks it.
        return self._key("term", word.encode("utf-8").hex())

    # ----- small query helpers -------------------------------------------------------------
    def _query(self, collection: str, where: str, fields: list[str], limit: int | None = None) -> list[dict]:
        where = f"{self._in_namespace} and ({where})" if where else self._in_namespace
        if limit is not None:
            return list(self._call("query", collection, filter=where, output_fields=fields, limit=limit))
        out: list[dict] = []
        iterator = self._call("query_iterator", collection, batch_size=QUERY_BATCH, filter=where, output_fields=fields)
        try:
            while True:
                batch = iterator.next()
                if not batch:
                    return out
                out += batch
        finally:
            iterator.close()

    def _all_rows(self, collection: str, where: str, fields: list[str]) -> list[dict]:
        """Every row that matches, by a plain query where one holds them all: a query iterator
        costs ~10 ms to set up on milvus-lite, more than reading a few short texts."""
        rows = self._query(collection, where, fields, limit=MAX_QUERY_ROWS)
        return rows if len(rows) < MAX_QUERY_ROWS else self._query(collection, where, fields)

    def _count_rows(self, collection: str, where: str) -> int:
        rows = self._call("query", collection, filter=f"{self._in_namespace} and ({where})", output_fields=["count(*)"])
        return int(rows[0]["count(*)"]) if rows else 0

    def _in(self, field: str, values: Iterable) -> Iterator[str]:
        values = list(values)
        for i in range(0, len(values), QUERY_BATCH):
            chunk = values[i : i + QUERY_BATCH]
            yield f"{field} in [{', '.join(_literal(v) if isinstance(v, str) else str(int(v)) for v in chunk)}]"

    # ----- reading -------------------------------------------------------------------------
    def __len__(self) -> int:
        return self._statistics()[0]

    def _statistics(self) -> tuple[int, int]:
        """(sentences, words) of this collection, for BM25 and coverage. A question asks for
        them several times: one query serves them for STATISTICS_SECONDS (this process's own
        writes refresh them at once; another's show within that time)."""
        now = time.monotonic()
        if self._stats is None or now - self._stats[0] > STATISTICS_SECONDS:
            self._stats = (now, *self._counters("sentences", "tokens"))
        return self._stats[1], self._stats[2]

    _SENTENCE_FIELDS = ["sid", "doc_id", "position", "start", "end", "text", "speaker"]

    @staticmethod
    def _row(r: dict) -> SentenceRow:
        return SentenceRow(int(r["sid"]), int(r["doc_id"]), int(r["position"]), int(r["start"]), int(r["end"]),
                           r["text"], r["speaker"] or None)

    def dense_search(self, vector: np.ndarray, k: int) -> dict[int, float]:
        hits = self._call("search", self.name, data=[np.asarray(vector, dtype=np.float32).tolist()],
                          anns_field="dense", limit=max(1, k), filter=self._in_namespace, output_fields=["sid"],
                          search_params={"metric_type": "IP"})[0]
        return {int(h["entity"]["sid"]): float(h["distance"]) for h in hits}

    def lexical_search(self, question: str, k: int, include: Iterable[int] = ()) -> dict[int, float]:
        """The engine's BM25 finds the candidates; they are scored again with this collection's
        own statistics. Milvus computes IDF and average length over the whole Milvus collection,
        every chat's sentences included, which costs 0.025 Recall@1 on the SQuAD sample when
        each article is a collection of its own (README, "Scaling out"); rescored, none."""
        words = tokenize(question)
        if not words:
            return {}
        forms = {word: word_forms(word) for word in words}  # "took" is found by "take", as embedded
        query = " ".join(dict.fromkeys(f for word in words for f in forms[word]))
        hits = self._call("search", self.name, data=[query], anns_field="sparse", limit=max(1, k),
                          filter=self._in_namespace, output_fields=["sid"], search_params={"metric_type": "BM25"})[0]
        found = [int(h["entity"]["sid"]) for h in hits if h["distance"] > 0]
        if not found:
            return {}
        ids = list(dict.fromkeys([*found, *include]))
        # One request brings every row the ranking will ask for: the candidates and the
        # sentence before each (the "previous" signal), words and vectors included.
        self._fetch(ids + [i - 1 for i in ids if i & POSITION_MASK])
        tokens = self._tokens(ids)
        sentences, words_in_all = self._statistics()
        size = max(1, sentences)
        average_length = max(1e-9, words_in_all / size)
        df = self._document_frequencies(list(dict.fromkeys(f for word in words for f in forms[word])))
        scores = dict.fromkeys(ids, 0.0)
        for word in words:  # a word asked twice counts twice, as in lexical.LexicalIndex.scores
            n = sum(df.get(f, 0) for f in forms[word])
            if not n:
                continue
            idf = bm25_idf(size, n)
            for i in ids:
                tf = sum(tokens[i].count(f) for f in forms[word]) if i in tokens else 0
                if tf:
                    scores[i] += bm25_term(idf, tf, len(tokens[i]), average_length)
        best = max(scores.values())
        return {i: sc / best for i, sc in scores.items() if sc > 0} if best > 0 else {}

    def word_weights(self, question: str) -> dict[str, float]:
        """As the embedded index weighs them: from the document frequencies kept in the meta
        collection."""
        words = list(dict.fromkeys(tokenize(question)))
        size = len(self)
        df = self._document_frequencies(list(dict.fromkeys(f for w in words for f in word_forms(w)))) if words else {}
        return {w: coverage_weight(size, sum(df.get(f, 0) for f in word_forms(w))) for w in words}

    def coverage(self, question: str, rows: Mapping[int, SentenceRow]) -> dict[int, float]:
        """As the embedded index computes it, words from each sentence's stored tokens."""
        weights = self.word_weights(question)
        if not rows or not weights:
            return {i: 0.0 for i in rows}
        total = sum(weights.values())
        tokens = self._tokens(list(rows))
        forms = {word: set(word_forms(word)) for word in weights}
        return {i: sum(w for word, w in weights.items() if not forms[word].isdisjoint(tokens.get(i, ()))) / total
                for i in rows}

    def _fetch(self, sentence_ids: Iterable[int]) -> dict[int, "_Stored"]:
        """Sentence rows with their words and vectors, from the cache or in one request. Kept:
        a sentence id never changes its row, since document ids are never reused."""
        wanted = [int(i) for i in sentence_ids]
        missing = [i for i in dict.fromkeys(wanted) if i not in self._rows]
        for where in self._in("sid", missing):
            for r in self._query(self.name, where, [*self._SENTENCE_FIELDS, "lexical", "dense"], limit=QUERY_BATCH):
                self._rows[int(r["sid"])] = _Stored(self._row(r), r["lexical"].split(),
                                                    np.asarray(r["dense"], dtype=np.float32))
        out = {i: self._rows[i] for i in wanted if i in self._rows}
        while len(self._rows) > ROW_CACHE:
            self._rows.popitem(last=False)
        return out

    def _tokens(self, sentence_ids: list[int]) -> dict[int, list[str]]:
        return {i: stored.tokens for i, stored in self._fetch(sentence_ids).items()}

    def _document_frequencies(self, words: list[str], remembered: bool = True) -> dict[str, int]:
        """Each word's document frequency in this collection (absent if none), remembered for
        STATISTICS_SECONDS: BM25 and coverage ask for the same words. Writers read them afresh."""
        now = time.monotonic()
        fresh = {w: n for w, (at, n) in ((w, self._df.get(w, (-1e9, 0))) for w in words)
                 if remembered and now - at <= STATISTICS_SECONDS}
        missing = [w for w in words if w not in fresh]
        for where in self._in("pk", [self._term_key(w) for w in missing]):
            for r in self._call("query", self.meta, filter=where, output_fields=["name", "number"]):
                fresh[r["name"]] = int(r["number"])
        for w in missing:
            fresh.setdefault(w, 0)
            self._df[w] = (now, fresh[w])
        if len(self._df) > 100_000:
            self._df.clear()
        return {w: n for w, n in fresh.items() if n}

    def vectors(self, sentence_ids: list[int]) -> np.ndarray:
        found = self._fetch(sentence_ids)
        out = np.zeros((len(sentence_ids), self.dimension), dtype=np.float32)
        for n, sid in enumerate(sentence_ids):
            if int(sid) in found:
                out[n] = found[int(sid)].vector
        return out

    def sentences(self, ids: Iterable[int]) -> dict[int, SentenceRow]:
        rows = {i: stored.row for i, stored in self._fetch(ids).items()}
        live = self._live_ids({r.doc_id for r in rows.values()})
        return {i: r for i, r in rows.items() if r.doc_id in live}

    def _live_ids(self, doc_ids: set[int]) -> set[int]:
        """Which of these documents are live; a live one is remembered for STATISTICS_SECONDS
        (this process's own removals forget it at once)."""
        now = time.monotonic()
        live = {d for d in doc_ids if now - self._live.get(d, -1e9) <= STATISTICS_SECONDS}
        for where in self._in("doc_id", sorted(doc_ids - live)):
            for r in self._query(self.meta, f'kind == "document" and state == "{LIVE}" and {where}', ["doc_id"],
                                 limit=QUERY_BATCH):
                live.add(int(r["doc_id"]))
                self._live[int(r["doc_id"])] = now
        if len(self._live) > 100_000:
            self._live.clear()
        return live

    def neighbours(self, row: SentenceRow, before: int, after: int) -> list[SentenceRow]:
        first = (row.doc_id << POSITION_BITS) | max(0, row.position - before)
        found = self._fetch(range(first, (row.doc_id << POSITION_BITS) | (row.position + after + 1)))
        return sorted((stored.row for stored in found.values()), key=lambda r: r.position)

    def document_sentences(self, doc_id: int) -> list[SentenceRow]:
        return sorted(map(self._row, self._query(self.name, f"doc_id == {doc_id}", self._SENTENCE_FIELDS)),
                      key=lambda r: r.position)

    # ----- documents -----------------------------------------------------------------------
    _DOCUMENT_FIELDS = ["doc_id", "name", "title", "sha256", "number", "added"]

    @staticmethod
    def _document(r: dict) -> DocumentInfo:
        return DocumentInfo(int(r["doc_id"]), r["name"], r["title"], r["sha256"], int(r["number"]), r["added"])

    def _documents_where(self, where: str, state: str = LIVE, limit: int | None = None) -> list[DocumentInfo]:
        rows = self._query(self.meta, f'kind == "document" and state == "{state}" and ({where})', self._DOCUMENT_FIELDS,
                           limit)
        return sorted(map(self._document, rows), key=lambda d: d.id)

    def documents(self) -> list[DocumentInfo]:
        return self._documents_where("doc_id >= 0")

    def documents_named(self, names: list[str]) -> list[DocumentInfo]:
        return [d for where in self._in("name", [str(n) for n in names]) for d in self._documents_where(where)]

    def document(self, doc_id: int) -> DocumentInfo:
        """A document's details; kept, since its id is never reused (a hit's title and source)."""
        return _kept(self._documents_seen, doc_id, DOCUMENTS_KEPT, self._read_document)

    def _read_document(self, doc_id: int) -> DocumentInfo:
        found = self._documents_where(f"doc_id == {int(doc_id)}", limit=1)  # a plain query: see _all_rows
        if not found:
            raise IndexStateError(f"no document with id {doc_id}")
        return found[0]

    def document_text(self, doc_id: int) -> str:
        return _kept(self._texts, doc_id, TEXTS_KEPT, self._read_text, chars=TEXT_CHARS_KEPT)

    def _read_text(self, doc_id: int) -> str:
        return _joined(self._all_rows(self.meta, f'kind == "text" and doc_id == {int(doc_id)}', ["number", "text"]))

    def full_names(self, doc_id: int) -> dict[str, str]:
        return _kept(self._people, doc_id, PEOPLE_KEPT, self._read_full_names)

    def _read_full_names(self, doc_id: int) -> dict[str, str]:
        # One row a document: a plain query, not an iterator (which milvus-lite pages slowly).
        rows = self._query(self.meta, f'kind == "people" and doc_id == {int(doc_id)}', ["text"], limit=1)
        stored = _stored_people(rows[0]["text"]) if rows else None  # none: a document stored before these rows
        return stored if stored is not None else full_names(self.document_text(doc_id))

    def prefetch(self, doc_ids: Collection[int]) -> None:
        # A question's candidates stand in dozens of documents: one request a kind of row for
        # those not kept, not one a document (which cost seconds on a question's first asking).
        wanted = sorted({int(d) for d in doc_ids})
        if len(wanted) > TEXTS_KEPT:  # more than would be kept: read as asked
            return
        for where in self._in("doc_id", [d for d in wanted if d not in self._documents_seen]):
            for document in self._documents_where(where, limit=QUERY_BATCH):  # one live row a document
                _keep(self._documents_seen, document.id, document, DOCUMENTS_KEPT)
        texts: dict[int, list[dict]] = {}
        for where in self._in("doc_id", [d for d in wanted if d not in self._texts]):
            for chunk in self._all_rows(self.meta, f'kind == "text" and ({where})', ["doc_id", "number", "text"]):
                texts.setdefault(int(chunk["doc_id"]), []).append(chunk)
        for doc_id, chunks in texts.items():
            _keep(self._texts, doc_id, _joined(chunks), TEXTS_KEPT, chars=TEXT_CHARS_KEPT)
        unread = [d for d in wanted if d not in self._people]
        for where in self._in("doc_id", unread):
            for row in self._query(self.meta, f'kind == "people" and ({where})', ["doc_id", "text"], limit=len(unread)):
                stored = _stored_people(row["text"])
                if stored is not None:  # else read from the text when asked
                    _keep(self._people, int(row["doc_id"]), stored, PEOPLE_KEPT)

    def document_count(self) -> int:
        return self._count_rows(self.meta, f'kind == "document" and state == "{LIVE}"')

    def has_speaker(self, surname: str) -> bool:
        pattern = surname.replace("\\", "").replace("%", "").replace('"', "")
        # Milvus's `like` is case-sensitive and a chat user types "lavrov": match from the second
        # letter on, and let name_matches decide.
        needle = pattern[1:] if len(pattern) > 2 else pattern
        rows = self._query(self.name, f"speaker like {_literal('%' + needle + '%')}", ["speaker", "doc_id"], limit=200)
        live = self._live_ids({int(r["doc_id"]) for r in rows})
        return any(int(r["doc_id"]) in live and name_matches(surname, r["speaker"]) for r in rows)

    def a_speaker(self) -> str | None:
        rows = self._query(self.name, 'speaker != ""', ["speaker", "sid", "doc_id"], limit=200)
        live = self._live_ids({int(r["doc_id"]) for r in rows})
        rows = [r for r in rows if int(r["doc_id"]) in live]
        return max(rows, key=lambda r: r["sid"])["speaker"] if rows else None

    # ----- writing -------------------------------------------------------------------------
    def write_guard(self):
        """One writer per collection in this process. Across processes on a server there is no
        lock: route a collection's writes to one worker (see README, "Scaling out")."""
        return self._lock

    def writable_copy(self, directory=None) -> "MilvusIndex":
        return self  # writes go through to the engine; a document shows only once complete

    def discard(self) -> None:
        pass

    def save(self, directory=None) -> None:
        pass

    def add_documents(self, texts: Mapping[str, str], encoder: "Encoder", titles: Mapping[str, str] | None = None,
                      show_progress: bool = False) -> dict[str, tuple[str, int]]:
        with self._lock:
            self._recover()
            known = {d.name: d for d in self.documents_named(list(texts))}
            results: dict[str, tuple[str, int]] = {}
            group: list[PreparedDocument] = []
            for name, text in texts.items():
                check_text(name, text)
                old = known.get(name)
                if old is not None and old.sha256 == text_sha256(text):
                    results[name] = ("unchanged", old.sentences)
                else:
                    group.append(prepare_document(name, text, (titles or {}).get(name), old.id if old else None))
            for start in range(0, len(group), 64):
                part = group[start : start + 64]
                cached = {}
                for doc in part:
                    if doc.existing is not None:
                        cached.update(self._vectors_of_document(doc.existing))
                vectors = embed_prepared(part, encoder, cached, self.dimension, show_progress)
                self.insert_documents([(d.name, d.title, d.text, d.rows(), v) for d, v in zip(part, vectors)])
                for doc in part:  # the new version is live: the old one goes
                    if doc.existing is not None:
                        self._remove(doc.existing)
                    results[doc.name] = ("replaced" if doc.existing is not None else "added", len(doc.sentences))
            return {name: results[name] for name in texts}

    def _vectors_of_document(self, doc_id: int) -> dict[str, np.ndarray]:
        from .backend import embedding_text

        rows = self._query(self.name, f"doc_id == {doc_id}", ["text", "speaker", "dense"])
        return {embedding_text(r["text"], r["speaker"] or None): np.asarray(r["dense"], dtype=np.float32) for r in rows}

    def insert_document(self, name: str, title: str, text: str,
                        sentences: list[tuple[int, int, str, str | None]], vectors: np.ndarray) -> int:
        """Store a segmented, embedded document; it becomes visible at the last step."""
        return self.insert_documents([(name, title, text, sentences, vectors)])[0]

    def insert_documents(self, documents: list[tuple[str, str, str, list, np.ndarray]]) -> list[int]:
        """Store (name, title, text, sentences, vectors) documents together: each step is one
        request for the whole group (an upsert in Milvus costs far more than its rows), and the
        states move together, so a killed writer leaves each document in a state that says
        whether its words are counted."""
        for name, _, _, sentences, _ in documents:
            if len(sentences) >= 1 << POSITION_BITS:
                raise IndexStateError(f"{name}: too many sentences for one document ({len(sentences)})")
        first = self._counters("next_document")[0] or 1
        self._set_counters(next_document=first + len(documents))
        added = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        rows_of_documents, sentence_rows, chunk_rows, words = [], [], [], []
        for doc_id, (name, title, text, sentences, vectors) in enumerate(documents, first):
            title = title[:TITLE_CHARS]
            rows_of_documents.append(self._meta_row(self._key("document", doc_id), "document", doc_id, len(sentences),
                                                    WRITING, _clip_utf8(name), title, text_sha256(text), added,
                                                    text=_WRITER))
            chunks = [text[i : i + TEXT_CHUNK_CHARS] for i in range(0, len(text), TEXT_CHUNK_CHARS)]
            chunk_rows += [self._meta_row(self._key("text", doc_id, n), "text", doc_id, n, text=c)
                           for n, c in enumerate(chunks)]
            chunk_rows.append(self._meta_row(self._key("people", doc_id), "people", doc_id,
                                             text=_clip_utf8(full_names_json(text))))
            for position, ((start, end, sentence, speaker), vector) in enumerate(zip(sentences, vectors)):
                tokens = sentence_tokens(title, sentence, speaker)
                lexical = _clip_utf8(" ".join(tokens))
                words.append(lexical.split())
                sentence_rows.append({"collection": self.namespace, "sid": (doc_id << POSITION_BITS) | position,
                                      "doc_id": doc_id, "position": position, "start": start, "end": end,
                                      "text": sentence, "speaker": speaker or "", "lexical": lexical,
                                      "dense": np.asarray(vector, dtype=np.float32).tolist()})
        self._upsert_meta(rows_of_documents)
        self._upsert_meta(chunk_rows)
        for start in range(0, len(sentence_rows), INSERT_BATCH):
            self._call("insert", self.name, sentence_rows[start : start + INSERT_BATCH])
        self._count_sentences(words, +1)
        self._upsert_meta([{**row, "state": COUNTED} for row in rows_of_documents])
        self._upsert_meta([{**row, "state": LIVE, "text": ""} for row in rows_of_documents])
        return list(range(first, first + len(documents)))

    def _upsert_meta(self, rows: list[dict]) -> None:
        for start in range(0, len(rows), INSERT_BATCH):
            self._call("upsert", self.meta, rows[start : start + INSERT_BATCH])

    def remove_document(self, name: str) -> bool:
        with self._lock:
            self._recover()
            found = self.documents_named([name])
            for doc in found:
                self._remove(doc.id)
            return bool(found)

    def _remove(self, doc_id: int) -> None:
        self._set_state(doc_id, REMOVING)   # invisible from here on
        self._count_words(doc_id, -1)
        self._set_state(doc_id, UNCOUNTED)
        self._delete_rows(doc_id)

    def _set_state(self, doc_id: int, state: str) -> None:
        """Move a document to ``state``, marking it as this process's work (see _recover)."""
        self._live.pop(doc_id, None)
        rows = self._query(self.meta, f'pk == {_literal(self._key("document", doc_id))}',
                           ["pk", "collection", "kind", "doc_id", "number", "state", "name", "title", "sha256",
                            "added", "text"], limit=1)
        if rows:
            change = {"state": state, "text": "" if state == LIVE else _WRITER, "unused": [0.0] * DUMMY_DIM}
            if state == REMOVING:  # from now on "added" dates the removal, for _abandoned
                change["added"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            self._call("upsert", self.meta, [{**rows[0], **change}])

    def _delete_rows(self, doc_id: int) -> None:
        self._call("delete", self.name, filter=f"{self._in_namespace} and doc_id == {doc_id}")
        self._call("delete", self.meta,
                   filter=f'{self._in_namespace} and kind in ["text", "people"] and doc_id == {doc_id}')
        self._call("delete", self.meta, filter=f'pk == {_literal(self._key("document", doc_id))}')
        self._texts.pop(doc_id, None)
        self._people.pop(doc_id, None)

    def _count_words(self, doc_id: int, sign: int) -> None:
        """Add (or take away) a stored document's sentences to the counts."""
        rows = self._query(self.name, f"doc_id == {doc_id}", ["lexical"])
        self._count_sentences([r["lexical"].split() for r in rows], sign)

    def _count_sentences(self, sentences: list[list[str]], sign: int) -> None:
        """Add (or take away) sentences, given by their words, to the document frequencies,
        the sentence count and the word count: what BM25 and coverage are computed from."""
        counts = Counter(word for words in sentences for word in set(words))
        current = self._document_frequencies(list(counts), remembered=False)
        changed, gone = [], []
        for word, n in counts.items():
            df = current.get(word, 0) + sign * n
            if df > 0:
                changed.append(self._meta_row(self._term_key(word), "term", number=df, name=word))
            else:
                gone.append(self._term_key(word))
        self._upsert_meta(changed)
        for where in self._in("pk", gone):
            self._call("delete", self.meta, filter=where)
        count, length = self._counters("sentences", "tokens")
        self._set_counters(sentences=max(0, count + sign * len(sentences)),
                           tokens=max(0, length + sign * sum(len(words) for words in sentences)))

    def _counters(self, *names: str) -> list[int]:
        keys = [self._key("#" + name) for name in names]
        rows = self._call("query", self.meta, filter=f"pk in {json.dumps(keys)}", output_fields=["pk", "number"])
        found = {r["pk"]: int(r["number"]) for r in rows}
        return [found.get(key, 0) for key in keys]

    def _set_counters(self, **values: int) -> None:
        self._stats = None
        self._df.clear()  # this process's own writes show at once
        self._upsert_meta([self._meta_row(self._key("#" + name), "counter", number=value)
                           for name, value in values.items()])

    def _recover(self) -> None:
        """Finish what a killed writer left: roll back a half-written document, finish a
        half-done removal. A document's state says which word counts it holds."""
        rows = self._query(self.meta, f'kind == "document" and state != "{LIVE}"', ["doc_id", "state", "added", "text"])
        for row in rows:
            if not _abandoned(row["text"], row["added"]):
                continue  # its writer is still at work
            if row["state"] in (COUNTED, REMOVING):
                self._count_words(int(row["doc_id"]), -1)
                self._set_state(int(row["doc_id"]), UNCOUNTED)
            self._delete_rows(int(row["doc_id"]))


_WRITER = f"{socket.gethostname()}:{os.getpid()}"


def _kept(cache: OrderedDict, key: int, limit: int, read: Callable[[int], T], chars: int | None = None) -> T:
    """``read(key)``, kept in ``cache`` with the ``limit`` most recently read: what a document id
    names never changes, since ids are never reused."""
    if key in cache:
        return cache[key]
    return _keep(cache, key, read(key), limit, chars)


def _keep(cache: OrderedDict, key: int, value: T, limit: int, chars: int | None = None) -> T:
    """Keep ``value``, dropping the oldest past ``limit`` entries or (texts) ``chars`` characters;
    the newest is kept whatever its size, as its reader is about to use it."""
    cache[key] = value
    while len(cache) > limit or (chars is not None and len(cache) > 1 and sum(map(len, cache.values())) > chars):
        cache.popitem(last=False)
    return value


def _stored_people(text: str) -> dict[str, str] | None:
    """A document's people row as stored, or None when it was clipped at 64 KiB (a document naming
    thousands of people), whose people are then read from its text."""
    try:
        return json.loads(text)
    except ValueError:
        return None


def _joined(chunks: list[dict]) -> str:
    """A document's text from its chunk rows, in any order."""
    return "".join(c["text"] for c in sorted(chunks, key=lambda c: c["number"]))


def _abandoned(writer: str, since: str) -> bool:
    """Whether the writer of a half-done change is gone: a process of this machine that no
    longer runs, or (elsewhere: we cannot see it) one silent for ABANDONED_AFTER_SECONDS."""
    host, _, pid = writer.rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        if int(pid) == os.getpid():
            return True  # ours, and we hold the namespace's lock: a write that failed half way
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False
    started = calendar.timegm(time.strptime(since, "%Y-%m-%dT%H:%M:%SZ")) if since else 0
    return time.time() - started >= ABANDONED_AFTER_SECONDS
