"""Shared pieces of the benchmarks: a corpus, synthetic large indexes, timing helpers."""

from __future__ import annotations

import json
import os
import resource
import statistics
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = Path(os.environ.get("QA_BOT_EVAL_DIR", ROOT.parent / "shared" / "eval"))


def corpus(eval_dir: Path = DEFAULT_EVAL_DIR, max_docs: int | None = None) -> tuple[list[tuple[str, str]], str]:
    """(name, text) documents and a description: the SQuAD dev articles when available, else
    variations of the bundled article (so a fresh clone can still run every benchmark)."""
    squad = eval_dir / "squad_dev_docs.jsonl"
    if squad.is_file():
        docs = [json.loads(line) for line in squad.read_text(encoding="utf-8").splitlines() if line.strip()]
        docs = [(d["doc_id"], d["text"]) for d in docs][:max_docs]
        return docs, f"{len(docs)} SQuAD dev articles"
    from qa_bot.retriever import bundled_article
    from qa_bot.segment import split_sentences

    sentences = [s.text for s in split_sentences(bundled_article())]
    rng = np.random.default_rng(0)
    docs = []
    for i in range(max_docs or 60):
        order = rng.permutation(len(sentences))
        docs.append((f"variant-{i}.txt", " ".join(sentences[j] for j in order)))
    return docs, f"{len(docs)} shuffled variants of the bundled article (no SQuAD set found)"


def questions(eval_dir: Path = DEFAULT_EVAL_DIR, count: int = 1000) -> list[str]:
    path = eval_dir / "squad_dev_questions.jsonl"
    if path.is_file():
        qs = [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        qs = [json.loads(line)["question"] for line in
              (ROOT / "tests" / "fixtures" / "seed_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    return [qs[i % len(qs)] for i in range(count)]


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - started, result


def percentiles(seconds: list[float]) -> tuple[float, float]:
    ordered = sorted(seconds)
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]
    return statistics.median(ordered) * 1000, p99 * 1000


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def directory_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def synthetic_vectors(size: int, sample_vectors: np.ndarray) -> np.ndarray:
    """The sample's real embeddings, then copies of them plus noise, renormalised."""
    rng = np.random.default_rng(1)
    n_sample, dim = sample_vectors.shape
    out = np.empty((size, dim), dtype=np.float32)
    for first in range(0, size, 65536):
        count = min(65536, size - first)
        block = sample_vectors[np.arange(first, first + count) % n_sample].copy()
        synthetic = np.arange(first, first + count) >= n_sample
        block[synthetic] += rng.standard_normal((int(synthetic.sum()), dim)).astype(np.float32) * (0.6 / np.sqrt(dim))
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[first : first + count] = block
    return out


def synthetic_documents(sample_texts: list[str], size: int, per_document: int = 50):
    """(name, title, text, sentence rows, index of its first vector) per document: real
    sentences for the sample, numbered copies after it."""
    n_sample = len(sample_texts)
    for first in range(0, size, per_document):
        count = min(per_document, size - first)
        sentences, text, cursor = [], [], 0
        for i in range(first, first + count):
            sentence = sample_texts[i % n_sample] if i < n_sample else f"{sample_texts[i % n_sample]} ({i})"
            sentences.append((cursor, cursor + len(sentence), sentence, None))
            text.append(sentence)
            cursor += len(sentence) + 1
        doc = first // per_document
        yield f"doc-{doc}", f"Document {doc}", " ".join(text), sentences, first


def synthetic_index(directory: Path, sample_texts: list[str], vectors: np.ndarray, model_id: str,
                    per_document: int = 50):
    """Save an index over ``vectors`` (see synthetic_documents), so a 1M index costs minutes,
    not a day of embedding."""
    from qa_bot.index import SentenceIndex

    size, dim = vectors.shape
    index = SentenceIndex(model_id, dim)
    for name, title, text, sentences, first in synthetic_documents(sample_texts, size, per_document):
        index.insert_document(name, title, text, sentences, vectors[first : first + len(sentences)])
    index.save(directory)
    return index


def article_to_add(eval_dir: Path = DEFAULT_EVAL_DIR) -> tuple[str, str, float]:
    """(name, text, seconds to build and save an index of it alone): the baseline against
    which adding it to a large index is measured."""
    import tempfile

    from qa_bot import QABot

    docs, _ = corpus(eval_dir, 30)
    name, article = docs[-1]
    with tempfile.TemporaryDirectory() as tmp:
        seconds, _ = timed(lambda: QABot.from_texts({name: article}).index.save(Path(tmp) / "alone"))
    return name, article, seconds
