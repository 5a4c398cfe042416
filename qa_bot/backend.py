"""What QABot needs from an index, whichever engine holds it.

Two engines implement `Index`: `index.SentenceIndex` (segmented FAISS + BM25 + SQLite files in
one directory, embedded: the default) and `milvus_index.MilvusIndex` (a Milvus collection:
milvus-lite in a file, or a Milvus cluster). The ranking code (retriever.QABot.candidates)
asks only through this interface, so it never knows which one answers.

The records both return, and the document preparation both share (segmenting, speakers,
BM25 tokens), live here too, so a document is split and attributed the same way in either.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Collection, ContextManager, Iterable, Mapping, Protocol

import numpy as np

from .errors import IndexMismatchError, InputError
from .lexical import tokenize
from .segment import leading_headings, split_sentences
from .speakers import attribute_speakers, full_names

if TYPE_CHECKING:
    from .embed import Encoder


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
    id: int         # ids run consecutively within a document: id - 1 is the sentence before
    doc_id: int
    position: int
    start: int
    end: int
    text: str
    speaker: str | None


@dataclass
class PreparedDocument:
    """A document segmented and attributed, waiting for its vectors."""

    name: str
    title: str
    text: str
    sentences: list
    speakers: list[str | None]
    existing: int | None  # the id of the version it replaces

    def embedding_texts(self) -> list[str]:
        return [embedding_text(s.text, who) for s, who in zip(self.sentences, self.speakers)]

    def rows(self) -> list[tuple[int, int, str, str | None]]:
        """(start, end, text, speaker) per sentence: what insert_document stores."""
        return [(s.start, s.end, s.text, who) for s, who in zip(self.sentences, self.speakers)]


def prepare_document(name: str, text: str, title: str | None, existing: int | None) -> PreparedDocument:
    check_text(name, text)
    sentences = split_sentences(text)
    if not sentences:
        raise InputError(f"{name}: no sentences found in the document")
    speakers = attribute_speakers([s.text for s in sentences])
    return PreparedDocument(name, title or guess_title(name, text), text, sentences, speakers, existing)


def embed_prepared(group: list[PreparedDocument], encoder: "Encoder", cached: dict[str, np.ndarray],
                   dimension: int, show_progress: bool = False) -> list[np.ndarray]:
    """Each document's vectors (float32), one encoder call for the whole group: the encoder
    sorts a call's sentences by length, so one call pads less than one per document. Texts in
    ``cached`` (the sentences of the versions being replaced) keep their vectors."""
    wanted = [t for doc in group for t in doc.embedding_texts()]
    missing = [t for t in dict.fromkeys(wanted) if t not in cached]
    if missing:
        cached = {**cached, **dict(zip(missing, encoder.encode(missing, show_progress=show_progress)))}
    out = []
    for doc in group:
        vectors = np.stack([cached[t] for t in doc.embedding_texts()]).astype(np.float32)
        if vectors.shape[1] != dimension:
            raise IndexMismatchError(f"the model gives {vectors.shape[1]}-dimensional vectors but the index "
                                     f"holds {dimension}-dimensional ones")
        out.append(vectors)
    return out


def check_text(name: str, text: object) -> None:
    if not isinstance(text, str):
        raise InputError(f"{name}: the document must be text")
    if not text.strip():
        raise InputError(f"{name}: the document is empty")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def full_names_json(text: str) -> str:
    """What an index stores of the people a document names in full (speakers.full_names), read
    once when it is added: reading them at question time cost ~2 ms a candidate document, a third
    of a question's time on an archive of thousands."""
    return json.dumps(full_names(text), ensure_ascii=False, sort_keys=True)


# A first line that labels the text rather than naming its subject: "PRESS RELEASE" titled every
# press release alike, and the title is matched as part of every sentence.
_LABEL_LINE = re.compile(r"(?:for immediate release|(?:press|news|media) (?:release|statement|advisory)|embargoed\b.*|"
                         r"breaking(?: news)?|statement|update|by\s+\S.*)", re.IGNORECASE)


def guess_title(name: str, text: str) -> str:
    """A heading line if the text starts with one (after a label or a byline), else the
    document's name."""
    for line in leading_headings(text):
        first = line.lstrip("#").strip()
        if first and not _LABEL_LINE.fullmatch(first) and len(first) <= 120 and \
                not first.endswith((".", "?", "!", ",", ";", ":")):
            return first
    return Path(name).stem if "/" in name or "." in name else name


def embedding_text(sentence: str, speaker: str | None) -> str:
    """What the encoder sees: a quote carries its speaker, as it does for a reader."""
    return f"{speaker}: {sentence}" if speaker else sentence


def sentence_tokens(title: str, sentence: str, speaker: str | None) -> list[str]:
    """The words BM25 and coverage match a sentence by: its own, its speaker's and its
    document's title (a story's subject is often named only there)."""
    return tokenize(f"{title} {embedding_text(sentence, speaker)}")


def match_documents(documents: list[DocumentInfo], query: str) -> list[DocumentInfo]:
    """The documents ``query`` names, by the most exact reading that names any: an id, the name
    as stored, a path to that file, its file name (with or without extension), its title, and
    last a word or phrase that only some titles or names contain (case-insensitive). More than
    one is ambiguous: the caller lists them."""
    query = query.strip()
    if not query:
        return []
    folded = query.casefold()
    path = str(Path(query).expanduser().resolve()) if query.startswith(("/", ".", "~")) or "/" in query else None

    def file_name(d: DocumentInfo) -> str:
        return d.name.rsplit("/", 1)[-1].split("#", 1)[0]

    readings = [
        lambda d: str(d.id) == query,
        lambda d: d.name == query or d.name == path,
        lambda d: file_name(d).casefold() == folded,
        lambda d: Path(file_name(d)).stem.casefold() == folded,
        lambda d: d.title.casefold() == folded,
        lambda d: folded in d.title.casefold() or folded in file_name(d).casefold(),
    ]
    for reading in readings:
        found = [d for d in documents if reading(d)]
        if found:
            return found
    return []


class Index(Protocol):
    """The operations QABot uses. Writes go to a ``writable_copy()``: the embedded index
    changes a private copy that ``save`` then publishes; Milvus writes through at once and
    its copy is itself (``save`` and ``discard`` have nothing left to do)."""

    model_id: str
    dimension: int
    generation: int
    changed: bool

    # ----- retrieval: what the ranking signals are computed from -----
    def __len__(self) -> int: ...
    def dense_search(self, vector: np.ndarray, k: int) -> dict[int, float]:
        """The ``k`` nearest sentences by inner product: {sentence id: similarity}."""
    def lexical_search(self, question: str, k: int, include: Iterable[int] = ()) -> dict[int, float]:
        """The ``k`` best sentences by BM25 and those of ``include``, scaled so the best in the
        index scores 1 (sentences sharing no word with the question are left out)."""
    def word_weights(self, question: str) -> dict[str, float]:
        """The question's words (as tokenized) and their weights in coverage (rarer weighs more)."""
    def coverage(self, question: str, rows: Mapping[int, SentenceRow]) -> dict[int, float]:
        """Per sentence, the share of the question's IDF weight that its words cover."""
    def vectors(self, sentence_ids: list[int]) -> np.ndarray: ...
    def sentences(self, ids: Iterable[int]) -> dict[int, SentenceRow]:
        """The rows of these ids that belong to live documents (others are left out)."""
    def neighbours(self, row: SentenceRow, before: int, after: int) -> list[SentenceRow]: ...
    def document_sentences(self, doc_id: int) -> list[SentenceRow]: ...

    # ----- documents -----
    def documents(self) -> list[DocumentInfo]: ...
    def documents_named(self, names: list[str]) -> list[DocumentInfo]: ...
    def document(self, doc_id: int) -> DocumentInfo: ...
    def document_text(self, doc_id: int) -> str: ...
    def full_names(self, doc_id: int) -> dict[str, str]:
        """{surname: full name} of the people the document names in full (speakers.full_names)."""
    def prefetch(self, doc_ids: Collection[int]) -> None:
        """Read ahead the details, texts and people of these documents, which the ranking is
        about to read one document at a time: for an engine where each read is a request.
        Changes nothing that any read returns."""
    def document_count(self) -> int: ...
    def has_speaker(self, surname: str) -> bool: ...
    def a_speaker(self) -> str | None: ...

    # ----- writing -----
    def add_documents(self, texts: Mapping[str, str], encoder: "Encoder", titles: Mapping[str, str] | None = None,
                      show_progress: bool = False) -> dict[str, tuple[str, int]]: ...
    def insert_document(self, name: str, title: str, text: str,
                        sentences: list[tuple[int, int, str, str | None]], vectors: np.ndarray) -> int: ...
    def insert_documents(self, documents: list[tuple[str, str, str, list, np.ndarray]]) -> list[int]: ...
    def remove_document(self, name: str) -> bool: ...
    def writable_copy(self, directory=None) -> "Index": ...
    def discard(self) -> None: ...
    def write_guard(self) -> ContextManager: ...
