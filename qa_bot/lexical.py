"""Lexical matching: BM25 (bm25s) over stemmed words, and an IDF-weighted coverage of the
question's words, which unlike BM25 is on an absolute 0..1 scale and so can help decide whether
the documents answer a question at all.

A saved lexical index is bm25s's own plain files (.npy arrays, vocab and params JSON) plus
`ids.npy`, the sentence id of each row; it is memory-mapped on load.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import numpy as np

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Question words and fillers that say nothing about the topic.
_STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves s t don also said say says tell told according
""".split())
_EMPTY_ROW = "\u2400"  # bm25s needs at least one token per row


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    return _stemmer().stemWords([w for w in words if w not in _STOPWORDS])


class LexicalIndex:
    """BM25 scores and IDF coverage over rows; row i is the sentence with id ``row_ids[i]``."""

    def __init__(self, bm25, row_ids: np.ndarray) -> None:
        self._bm25 = bm25
        self.row_ids = row_ids
        self.size = len(row_ids)
        if bm25 is not None:
            self._vocab = bm25.vocab_dict
            self._indptr = bm25.scores["indptr"]
            self._indices = bm25.scores["indices"]

    @classmethod
    def build(cls, token_lists: Iterable[list[str]], row_ids: Iterable[int]) -> "LexicalIndex":
        import bm25s

        corpus = [tokens or [_EMPTY_ROW] for tokens in token_lists]
        ids = np.fromiter(row_ids, dtype=np.int64, count=len(corpus))
        if not corpus:
            return cls(None, ids)
        bm25 = bm25s.BM25(k1=1.2, b=0.75)
        bm25.index(corpus, show_progress=False)
        return cls(bm25, ids)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.save(directory / "ids.npy", self.row_ids, allow_pickle=False)
        if self._bm25 is not None:
            self._bm25.save(str(directory), show_progress=False)

    @classmethod
    def load(cls, directory: Path) -> "LexicalIndex":
        import bm25s

        ids = np.load(directory / "ids.npy", mmap_mode="r", allow_pickle=False)
        if not (directory / "params.index.json").exists():
            return cls(None, ids)
        return cls(bm25s.BM25.load(str(directory), mmap=True, show_progress=False), ids)

    def row_of(self, sentence_ids: list[int]) -> np.ndarray:
        return np.searchsorted(self.row_ids, np.asarray(sentence_ids, dtype=np.int64))

    def _rows_with(self, token: str) -> np.ndarray:
        column = self._vocab.get(token)
        if column is None:
            return np.empty(0, dtype=np.int64)
        return self._indices[self._indptr[column] : self._indptr[column + 1]]

    def idf(self, token: str) -> float:
        # Smoothed so that a word missing from every sentence weighs most, and a word in all of
        # them still weighs a little (a one-article index has tiny document frequencies).
        df = len(self._rows_with(token)) if self._bm25 is not None else 0
        return math.log(1.0 + (self.size + 1) / (df + 0.5))

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        known = [t for t in query_tokens if self._bm25 is not None and t in self._vocab]
        if not known:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def coverage(self, query_tokens: list[str], rows: np.ndarray) -> np.ndarray:
        """Share of the question's IDF weight that each row's words cover."""
        rows = np.asarray(rows, dtype=np.int64)
        unique = list(dict.fromkeys(query_tokens))
        weights = [self.idf(t) for t in unique]
        total = sum(weights)
        covered = np.zeros(len(rows), dtype=np.float64)
        if self._bm25 is None or total == 0:
            return covered.astype(np.float32)
        for token, weight in zip(unique, weights):
            covered += weight * np.isin(rows, self._rows_with(token))
        return (covered / total).astype(np.float32)
