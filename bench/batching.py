"""Batch mode: 1,000 questions through run_batch (questions encoded in batches) against asking
them one by one, same bot, same process."""

from __future__ import annotations

import io

from .common import corpus, questions, timed


def run(eval_dir, count: int = 1000) -> list[dict]:
    from qa_bot import QABot
    from qa_bot.batch import Question, run_batch

    docs, _ = corpus(eval_dir, 1)
    bot = QABot.from_texts(dict(docs))
    qs = questions(eval_dir, count)
    bot.ask(qs[0])
    one_by_one, _ = timed(lambda: [bot.ask(q) for q in qs])
    batch, _ = timed(run_batch, bot, [Question(i + 1, str(i + 1), q) for i, q in enumerate(qs)], io.StringIO())
    return [
        {"benchmark": "batch", "case": f"{count} questions asked one by one", "value": f"{one_by_one:.2f} s",
         "ratio": "1.00 (baseline)", "target": ""},
        {"benchmark": "batch", "case": f"{count} questions through qa-bot batch", "value": f"{batch:.2f} s",
         "ratio": f"{one_by_one / batch:.2f}x faster", "target": ">= 5x", "met": one_by_one / batch >= 5},
    ]
