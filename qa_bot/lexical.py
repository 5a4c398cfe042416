"""Lexical matching: BM25 (bm25s) over stemmed words, and an IDF-weighted coverage of the
question's words, which unlike BM25 is on an absolute 0..1 scale and so can help decide whether
the documents answer a question at all."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
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


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    return _stemmer().stemWords([w for w in words if w not in _STOPWORDS])


class LexicalIndex:
    """BM25 scores and IDF coverage over a fixed list of texts (row i is texts[i])."""

    def __init__(self, texts: Iterable[str]) -> None:
        import bm25s

        self._tokens = [tokenize(t) for t in texts]
        self.size = len(self._tokens)
        df: Counter[str] = Counter()
        for tokens in self._tokens:
            df.update(set(tokens))
        self._df = df
        self._bm25 = bm25s.BM25(k1=1.2, b=0.75)
        corpus = [t if t else ["\u2400"] for t in self._tokens]  # bm25s needs a token per row
        self._bm25.index(corpus, show_progress=False)
        self._vocab = set(df)

    def idf(self, token: str) -> float:
        # Smoothed so that a word missing from every sentence weighs most, and a word in all of
        # them still weighs a little (a one-article index has tiny document frequencies).
        return math.log(1.0 + (self.size + 1) / (self._df.get(token, 0) + 0.5))

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        known = [t for t in query_tokens if t in self._vocab]
        if not known or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def coverage(self, query_tokens: list[str], rows: Iterable[int]) -> np.ndarray:
        """Share of the question's IDF weight that each row's words cover."""
        unique = list(dict.fromkeys(query_tokens))
        weights = {t: self.idf(t) for t in unique}
        total = sum(weights.values())
        out = []
        for row in rows:
            have = set(self._tokens[row])
            out.append(sum(w for t, w in weights.items() if t in have) / total if total else 0.0)
        return np.asarray(out, dtype=np.float32)
