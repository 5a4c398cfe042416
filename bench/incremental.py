"""Adding one article to a 100k-sentence index, against building that article alone."""

from __future__ import annotations

import tempfile
from pathlib import Path

from .common import corpus, synthetic_index, synthetic_vectors, timed


def run(eval_dir, sample_texts, sample_vectors, size: int = 100_000) -> list[dict]:
    from qa_bot import QABot
    from qa_bot.embed import shared_encoder

    encoder = shared_encoder()
    docs, _ = corpus(eval_dir, 30)
    name, article = docs[-1]
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big"
        synthetic_index(big, sample_texts, synthetic_vectors(size, sample_vectors), encoder.model_id)
        alone_seconds, _ = timed(lambda: QABot.from_texts({name: article}).index.save(Path(tmp) / "alone"))
        bot = QABot.load(big)
        add_seconds, result = timed(bot.add_texts, {name: article})
        sentences = result[name][1]
        again_seconds, again = timed(bot.add_texts, {name: article})
    return [
        {"benchmark": "incremental", "case": f"build one article alone ({sentences} sentences)",
         "value": f"{alone_seconds * 1000:.0f} ms", "ratio": "1.00 (baseline)", "target": ""},
        {"benchmark": "incremental", "case": f"add it to a {size:,}-sentence index",
         "value": f"{add_seconds * 1000:.0f} ms", "ratio": f"{add_seconds / alone_seconds:.2f}x",
         "target": "proportional to the article"},
        {"benchmark": "incremental", "case": "add it again, unchanged",
         "value": f"{again_seconds * 1000:.1f} ms ({again[name][0]})", "ratio": f"{again_seconds / alone_seconds:.3f}x",
         "target": "no-op"},
    ]
