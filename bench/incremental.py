"""Adding one article to a 100k-sentence index, against building that article alone; and what
the extra segment costs a question."""

from __future__ import annotations

import tempfile
from pathlib import Path

from .common import article_to_add, percentiles, questions, synthetic_index, synthetic_vectors, timed


def run(eval_dir, sample_texts, sample_vectors, size: int = 100_000, asks: int = 100) -> list[dict]:
    from qa_bot import QABot
    from qa_bot.embed import shared_encoder

    encoder = shared_encoder()
    name, article, alone_seconds = article_to_add(eval_dir)
    qs = questions(eval_dir, asks)

    def p50(bot) -> float:
        for q in qs[:5]:
            bot.ask(q)
        return percentiles([timed(bot.ask, q)[0] for q in qs])[0]

    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big"
        synthetic_index(big, sample_texts, synthetic_vectors(size, sample_vectors), encoder.model_id)
        bot = QABot.load(big)
        before_p50 = p50(bot)
        add_seconds, result = timed(bot.add_texts, {name: article})
        sentences = result[name][1]
        after_p50 = p50(bot)
        again_seconds, again = timed(bot.add_texts, {name: article})
        edited = article.replace(".", ";", 3)  # an edited version: a replacement
        replace_seconds, replaced = timed(bot.add_texts, {name: edited})
        segments = len(bot.index._parts)
    return [
        {"benchmark": "incremental", "case": f"build one article alone ({sentences} sentences)",
         "value": f"{alone_seconds * 1000:.0f} ms", "ratio": "1.00 (baseline)", "target": ""},
        {"benchmark": "incremental", "case": f"add it to a {size:,}-sentence index",
         "value": f"{add_seconds * 1000:.0f} ms", "ratio": f"{add_seconds / alone_seconds:.2f}x",
         "target": "<= 1.25x: the article's own cost", "met": add_seconds / alone_seconds <= 1.25},
        {"benchmark": "incremental", "case": "add it again, unchanged",
         "value": f"{again_seconds * 1000:.1f} ms ({again[name][0]})", "ratio": f"{again_seconds / alone_seconds:.3f}x",
         "target": "no-op"},
        {"benchmark": "incremental", "case": "replace it with an edited version (only changed sentences embedded)",
         "value": f"{replace_seconds * 1000:.0f} ms ({replaced[name][0]})",
         "ratio": f"{replace_seconds / alone_seconds:.2f}x", "target": ""},
        {"benchmark": "incremental", "case": f"ask p50 on the grown index ({segments} segments) vs before (1)",
         "value": f"{after_p50:.1f} / {before_p50:.1f} ms", "ratio": f"{after_p50 / before_p50:.2f}x",
         "target": ""},
    ]
