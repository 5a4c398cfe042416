"""Questions in, answers out: the `QABot` API that every door uses."""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np

from .errors import InputError
from .embed import Encoder, shared_encoder
from .index import SentenceIndex, SentenceRow, embedding_text, index_exists, read_manifest
from .lexical import LexicalIndex, tokenize
from .speakers import name_matches

MAX_QUESTION_CHARS = 1000
BUNDLED_DOCUMENT_NAME = "article.txt"
BUNDLED_DOCUMENT_TITLE = "U.S. and Russian officials hold defence talks in Moscow"


@dataclass(frozen=True)
class Scoring:
    """How the signals are weighed; defaults chosen on the dev sets (see `qa-bot eval`)."""

    candidates: int = 50          # taken from each of dense and lexical search before fusing
    lexical_weight: float = 0.35  # weight of BM25, relative to the best BM25 score of the question
    coverage_weight: float = 0.25 # weight of the share of the question's rare words a sentence has
    speaker_bonus: float = 0.25   # for a quote by the person the question names
    min_confidence: float = 0.40  # below this, the documents do not answer the question
    context_before: int = 1
    context_after: int = 1


@dataclass(frozen=True)
class Hit:
    sentence: str
    context: str
    score: float
    source: str
    start: int
    end: int
    speaker: str | None = None
    title: str = ""
    sentence_id: int = -1

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    question: str
    found: bool
    hits: list[Hit] = field(default_factory=list)
    confidence: float = 0.0

    @property
    def best(self) -> Hit | None:
        return self.hits[0] if self.found and self.hits else None


def bundled_article() -> str:
    return resources.files("qa_bot").joinpath("data/article.txt").read_text(encoding="utf-8")


def clean_question(question: object) -> str:
    if not isinstance(question, str):
        raise InputError("the question must be text")
    # Control characters (but not ordinary spaces) are noise from terminals and pasted text.
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in question)
    text = " ".join(text.split())
    if not text:
        raise InputError("the question is empty")
    if len(text) > MAX_QUESTION_CHARS:
        raise InputError(f"the question is too long ({len(text)} characters; at most {MAX_QUESTION_CHARS})")
    return text


_ASKED_NAME = re.compile(r"\b(?:[A-Z][a-z][\w’'\-]*)(?:\s+[A-Z][a-z][\w’'\-]*)*")


def _names_in_question(question: str) -> list[str]:
    """Capitalised words of the question that may name a person (not its first word)."""
    body = question[1:] if question else question
    return [m.group(0) for m in _ASKED_NAME.finditer(body)]


class QABot:
    """Answers questions with the sentences of its documents that answer them."""

    def __init__(self, index: SentenceIndex, encoder: Encoder, index_dir: Path | None = None,
                 scoring: Scoring | None = None) -> None:
        self.index = index
        self.encoder = encoder
        self.index_dir = index_dir
        self.scoring = scoring or Scoring()
        self._lock = threading.RLock()
        self._refresh_lexical()

    # ----- construction --------------------------------------------------------------------
    @classmethod
    def from_texts(cls, texts: Mapping[str, str], model: str = "", batch_size: int = 64,
                   show_progress: bool = False, titles: Mapping[str, str] | None = None) -> "QABot":
        """Build an in-memory bot over ``{name: text}``."""
        if not texts:
            raise InputError("no documents given")
        encoder = shared_encoder(model, batch_size)
        index = SentenceIndex(encoder.model_id, encoder.dimension)
        for name, text in texts.items():
            index.add_document(name, text, encoder, title=(titles or {}).get(name), show_progress=show_progress)
        return cls(index, encoder)

    @classmethod
    def load(cls, index_dir: str | os.PathLike[str], model: str | None = None, batch_size: int = 64) -> "QABot":
        """Open a saved index. With no ``model``, the one the index was built with is used."""
        index_dir = Path(index_dir)
        if model is None:
            model = read_manifest(index_dir)["model"]
        encoder = shared_encoder(model, batch_size)
        index = SentenceIndex.load(index_dir, model_id=encoder.model_id)
        return cls(index, encoder, index_dir=index_dir)

    @classmethod
    def bundled(cls, model: str = "", batch_size: int = 64, show_progress: bool = False) -> "QABot":
        """An in-memory bot over the article that ships with qa-bot."""
        return cls.from_texts({BUNDLED_DOCUMENT_NAME: bundled_article()}, model, batch_size,
                              show_progress=show_progress, titles={BUNDLED_DOCUMENT_NAME: BUNDLED_DOCUMENT_TITLE})

    @classmethod
    def open_or_build_default(cls, index_dir: str | os.PathLike[str], model: str = "",
                              batch_size: int = 64, show_progress: bool = False) -> "QABot":
        """The index at ``index_dir``; with none there yet, one over the bundled article, saved."""
        index_dir = Path(index_dir)
        if index_exists(index_dir):
            return cls.load(index_dir, model or None, batch_size)
        bot = cls.bundled(model, batch_size, show_progress)
        bot.index.save(index_dir)
        bot.index_dir = index_dir
        return bot

    # ----- changing documents --------------------------------------------------------------
    def add_texts(self, texts: Mapping[str, str], titles: Mapping[str, str] | None = None,
                  show_progress: bool = False) -> dict[str, tuple[str, int]]:
        """Add or replace documents; saves at once when the bot has an index directory."""
        with self._lock:
            index = self.index if not getattr(self.index, "_read_only", False) else self.index.writable_copy()
            results = {}
            for name, text in texts.items():
                results[name] = index.add_document(name, text, self.encoder, title=(titles or {}).get(name),
                                                   show_progress=show_progress)
            self._commit(index)
            return results

    def remove(self, name: str) -> bool:
        with self._lock:
            index = self.index if not getattr(self.index, "_read_only", False) else self.index.writable_copy()
            removed = index.remove_document(name)
            if removed:
                self._commit(index)
            return removed

    def _commit(self, index: SentenceIndex) -> None:
        if index.changed and self.index_dir is not None:
            index.save(self.index_dir)
        self.index = index
        self._refresh_lexical()

    def documents(self):
        return self.index.documents()

    def _refresh_lexical(self) -> None:
        self._lexical: LexicalIndex | None = None  # built on the first question, not on load

    def _lexical_index(self) -> LexicalIndex:
        if self._lexical is None:
            rows = list(self.index.iter_sentences())
            self._row_ids = np.array([r.id for r in rows], dtype=np.int64)
            self._row_of_id = {int(i): n for n, i in enumerate(self._row_ids)}
            self._lexical = LexicalIndex(embedding_text(r.text, r.speaker) for r in rows)
        return self._lexical

    # ----- answering -----------------------------------------------------------------------
    def ask(self, question: str, k: int = 3) -> Answer:
        return self.ask_many([question], k=k)[0]

    def ask_many(self, questions: list[str], k: int = 3) -> list[Answer]:
        """Answer several questions, encoding them in one batch (much faster than one by one)."""
        if k < 1:
            raise InputError("k must be at least 1")
        cleaned = [clean_question(q) for q in questions]
        if len(self.index) == 0:
            return [Answer(q, False, []) for q in cleaned]
        vectors = self.encoder.encode(cleaned)
        with self._lock:
            return [self._answer(q, v, k) for q, v in zip(cleaned, vectors)]

    def _answer(self, question: str, vector: np.ndarray, k: int) -> Answer:
        s = self.scoring
        n = len(self.index)
        depth = min(n, max(s.candidates, k))
        dense_scores, dense_ids = self.index.search(vector[None, :], depth)
        dense = {int(i): float(sc) for i, sc in zip(dense_ids[0], dense_scores[0]) if i >= 0}

        q_tokens = tokenize(question)
        lexical_index = self._lexical_index()
        bm25 = lexical_index.scores(q_tokens)
        lexical_rows = np.argsort(-bm25)[:depth] if bm25.any() else np.array([], dtype=np.int64)
        candidate_ids = list(dict.fromkeys(list(dense) + [int(self._row_ids[r]) for r in lexical_rows if bm25[r] > 0]))
        rows = [self._row_of_id[i] for i in candidate_ids]
        # Lexical-only candidates need their dense score too: reconstruct and dot.
        missing = [i for i in candidate_ids if i not in dense]
        for i in missing:
            dense[i] = float(np.dot(self.index._vectors.reconstruct(i), vector))

        best_bm25 = float(bm25.max()) if bm25.size else 0.0
        coverage = lexical_index.coverage(q_tokens, rows)
        stored = self.index.sentences(candidate_ids)
        asked_names = _names_in_question(question)

        scored = []
        for cid, row, cov in zip(candidate_ids, rows, coverage):
            sentence = stored[cid]
            lexical = float(bm25[row]) / best_bm25 if best_bm25 > 0 else 0.0
            score = dense[cid] + s.lexical_weight * lexical + s.coverage_weight * float(cov)
            if asked_names and any(name_matches(name, sentence.speaker) for name in asked_names):
                score += s.speaker_bonus
            scored.append((score, dense[cid], float(cov), sentence))
        scored.sort(key=lambda t: -t[0])

        top_score, top_dense, top_cov, _ = scored[0]
        confidence = _confidence(top_dense, top_cov)
        hits = [self._hit(sentence, score) for score, _, _, sentence in scored[:k]]
        return Answer(question, confidence >= s.min_confidence, hits, confidence)

    def _hit(self, row: SentenceRow, score: float) -> Hit:
        doc = self._doc(row.doc_id)
        around = self.index.neighbours(row, self.scoring.context_before, self.scoring.context_after)
        text = self.index.document_text(row.doc_id)
        context = text[around[0].start : around[-1].end] if around else row.text
        return Hit(sentence=row.text, context=context, score=round(score, 4), source=doc.name,
                   start=row.start, end=row.end, speaker=row.speaker, title=doc.title, sentence_id=row.id)

    def wider_context(self, hit: Hit, sentences: int = 3) -> str:
        """The text around a hit, ``sentences`` on each side: what "show me the source" means."""
        row = self.index.sentences([hit.sentence_id]).get(hit.sentence_id)
        if row is None:
            return hit.context
        around = self.index.neighbours(row, sentences, sentences)
        return self.index.document_text(row.doc_id)[around[0].start : around[-1].end]

    def _doc(self, doc_id: int):
        cache = self.__dict__.setdefault("_doc_cache", {})
        if doc_id not in cache or cache[doc_id][0] is not self.index:
            cache[doc_id] = (self.index, self.index.document(doc_id))
        return cache[doc_id][1]


def _confidence(dense: float, coverage: float) -> float:
    """How sure we are that the best sentence answers the question, from 0 to 1-ish."""
    return 0.6 * dense + 0.4 * coverage
