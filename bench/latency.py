"""Warm `ask` latency and memory at 10k, 100k and 1M sentences, against the bare minimum
(encode the question + search a flat FAISS index of the same vectors) in the same run."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from .common import article_to_add, directory_bytes, percentiles, questions, synthetic_index, synthetic_vectors, timed

# Peak RSS from VmHWM: ru_maxrss would carry over the (much larger) benchmark parent's peak,
# which Linux keeps across fork and exec.
MEMORY_PROBE = """
import json, sys
from qa_bot import QABot
bot = QABot.load(sys.argv[1])
for q in json.loads(sys.argv[2]):
    bot.ask(q)
status = open("/proc/self/status").read()
print(int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1]) / 1024)
"""


def run(eval_dir, sample_texts, sample_vectors, sizes=(10_000, 100_000, 1_000_000), asks: int = 200) -> list[dict]:
    import faiss

    from qa_bot import QABot
    from qa_bot.embed import shared_encoder

    encoder = shared_encoder()
    qs = questions(eval_dir, asks)
    rows = []
    # At the largest size, adding an article too: the incremental benchmark's case at scale.
    name, article, alone_seconds = article_to_add(eval_dir)
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            directory = Path(tmp) / "idx"
            vectors = synthetic_vectors(size, sample_vectors)
            build_seconds, index = timed(synthetic_index, directory, sample_texts, vectors, encoder.model_id)
            del index
            bot = QABot.load(directory)
            flat = faiss.IndexFlatIP(vectors.shape[1])  # sentence ids are 0..size-1, in order
            flat.add(vectors)
            del vectors
            for q in qs[:5]:  # warm caches, lazy loads (BM25 files) and the encoder
                bot.ask(q)
                flat.search(encoder.encode([q]), 10)
            bare, ours = [], []
            for q in qs:
                seconds, _ = timed(lambda: flat.search(encoder.encode([q]), 10))
                bare.append(seconds)
                seconds, _ = timed(bot.ask, q)
                ours.append(seconds)
            recall = _recall_at_10(bot, flat, encoder, qs) if bot.index.approximate else 1.0
            bare_p50, bare_p99 = percentiles(bare)
            p50, p99 = percentiles(ours)
            memory = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(directory), json.dumps(qs[:50])],
                                    capture_output=True, text=True, check=True)
            rss = float(memory.stdout.strip().splitlines()[-1])
            kind = "IVF-SQ8" if bot.index.approximate else "flat"
            rows.append({"benchmark": "latency", "case": f"{size:,} sentences ({kind}) bare minimum p50 / p99",
                         "value": f"{bare_p50:.1f} / {bare_p99:.1f} ms", "ratio": "1.00 (baseline)", "target": ""})
            rows.append({"benchmark": "latency", "case": f"{size:,} sentences ({kind}) qa-bot ask p50 / p99",
                         "value": f"{p50:.1f} / {p99:.1f} ms", "ratio": f"{p50 / bare_p50:.2f}x p50",
                         "target": "p50 <= 2x", "met": p50 <= 2 * bare_p50})
            if bot.index.approximate:
                rows.append({"benchmark": "latency", "case": f"{size:,} sentences recall@10 of IVF vs exact",
                             "value": f"{recall:.3f}", "ratio": "", "target": ">= 0.95", "met": recall >= 0.95})
            per_sentence = directory_bytes(directory) / size
            rows.append({"benchmark": "memory", "case": f"{size:,} sentences: on disk / peak RSS answering",
                         "value": f"{per_sentence:.0f} B/sentence / {rss:.0f} MiB", "ratio": "",
                         "target": "< 1024 MiB at 1M" if size >= 1_000_000 else "",
                         **({"met": rss < 1024} if size >= 1_000_000 else {})})
            rows.append({"benchmark": "build", "case": f"{size:,} sentences synthetic build + save",
                         "value": f"{build_seconds:.1f} s", "ratio": "", "target": ""})
            if size == max(sizes):
                add_seconds, _ = timed(bot.add_texts, {name: article})
                rows.append({"benchmark": "incremental", "case": f"add the same article to the {size:,}-sentence index",
                             "value": f"{add_seconds * 1000:.0f} ms (alone: {alone_seconds * 1000:.0f} ms)",
                             "ratio": f"{add_seconds / alone_seconds:.2f}x", "target": "<= 1.25x: the article's own cost",
                             "met": add_seconds / alone_seconds <= 1.25})
            del bot
    return rows


def _recall_at_10(bot, flat, encoder, qs) -> float:
    vectors = encoder.encode(qs)
    _, exact = flat.search(vectors, 10)
    _, approx = bot.index.search(vectors, 10)
    return float(np.mean([len(set(e) & set(a)) / 10 for e, a in zip(exact, approx)]))
