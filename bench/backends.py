"""The two index engines side by side: `ask` latency (p50 / p99) and indexing throughput at
10k and 100k sentences, the Milvus engine (milvus-lite 2.5.1, in a file) as a ratio to the
embedded one in the same run, over the same sentences and vectors.

Indexing is measured with the vectors given (``insert_document``, as `qa-bot migrate` does),
so the figure is the engine's own cost; embedding, the same for both, comes on top
(see the indexing benchmark for the encoder's rate).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .common import percentiles, questions, synthetic_documents, synthetic_vectors, timed

def _fill(index, documents, vectors, group: int = 64) -> None:
    """As `qa-bot index` and `migrate` write: groups of documents (one at a time in memory for
    the embedded index, one request per step for Milvus)."""
    for start in range(0, len(documents), group):
        index.insert_documents([(name, title, text, rows, vectors[first : first + len(rows)])
                                for name, title, text, rows, first in documents[start : start + group]])


def run(eval_dir, sample_texts, sample_vectors, sizes=(10_000, 100_000), asks: int = 200) -> list[dict]:
    from qa_bot import QABot
    from qa_bot.embed import shared_encoder
    from qa_bot.index import SentenceIndex
    from qa_bot.milvus_index import MilvusIndex, disconnect

    encoder = shared_encoder()
    qs = questions(eval_dir, asks)
    rows = []
    for size in sizes:
        vectors = synthetic_vectors(size, sample_vectors)
        documents = list(synthetic_documents(sample_texts, size))
        with tempfile.TemporaryDirectory() as tmp:
            embedded = SentenceIndex(encoder.model_id, encoder.dimension)
            embedded_seconds, _ = timed(lambda: (_fill(embedded, documents, vectors), embedded.save(Path(tmp) / "idx")))
            uri = str(Path(tmp) / "milvus.db")
            milvus = MilvusIndex(uri, "bench", "", encoder.model_id, encoder.dimension, create=True)
            milvus_seconds, _ = timed(_fill, milvus, documents, vectors)
            bots = {"embedded": QABot.load(Path(tmp) / "idx"), "milvus": QABot(milvus, encoder)}
            latency = {}
            for kind, bot in bots.items():
                for q in qs[:5]:
                    bot.ask(q)  # warm caches and lazy loads
                latency[kind] = percentiles([timed(bot.ask, q)[0] for q in qs])
            disconnect(uri)
        base_p50, base_p99 = latency["embedded"]
        p50, p99 = latency["milvus"]
        rows += [
            {"benchmark": "backends", "case": f"{size:,} sentences embedded ask p50 / p99",
             "value": f"{base_p50:.1f} / {base_p99:.1f} ms", "ratio": "1.00 (baseline)", "target": ""},
            {"benchmark": "backends", "case": f"{size:,} sentences Milvus (lite) ask p50 / p99",
             "value": f"{p50:.1f} / {p99:.1f} ms", "ratio": f"{p50 / base_p50:.2f}x / {p99 / base_p99:.2f}x",
             "target": ""},
            {"benchmark": "backends", "case": f"{size:,} sentences embedded indexing (vectors given)",
             "value": f"{size / embedded_seconds:,.0f} sentences/s", "ratio": "1.00 (baseline)", "target": ""},
            {"benchmark": "backends", "case": f"{size:,} sentences Milvus (lite) indexing (vectors given)",
             "value": f"{size / milvus_seconds:,.0f} sentences/s",
             "ratio": f"{embedded_seconds / milvus_seconds:.2f}x throughput", "target": ""},
        ]
    return rows
