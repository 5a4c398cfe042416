"""How well qa-bot recognises what a question asks for, kind by kind, on the dev sets.

    python tools/answer_types.py --eval-dir ../shared/eval [--squad-limit 1000]

For every dev question whose kind (ranking.answer_type) is known, over its candidate sentences
(QABot.candidates, as `ask` ranks them): how many questions of the kind; how often the right
sentence is flagged as holding an answer of that kind (recall); of the flagged candidates, the
share that are right (precision), against the share of all candidates that are right (the base
rate: precision means something only above it).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_bot import QABot  # noqa: E402
from qa_bot.evaluate import load_items  # noqa: E402
from qa_bot.ranking import ANSWER_KINDS, answer_type, matches_answer_type  # noqa: E402
from qa_bot.retriever import clean_question  # noqa: E402


class _Span:
    def __init__(self, row):
        self.start, self.end, self.sentence = row.start, row.end, row.text


def measure(dataset: Path, limit: int | None, totals: dict) -> None:
    items, documents = load_items(dataset, None)
    items = [i for i in items if i.judge is not None]
    if limit and limit < len(items):
        items = [items[i] for i in sorted(random.Random(0).sample(range(len(items)), limit))]
    by_doc: dict[str, list] = defaultdict(list)
    for item in items:
        by_doc[item.doc_key].append(item)
    for key, group in by_doc.items():
        held = documents[key]
        bot = QABot.from_texts({key: held[1]}, titles={key: held[0]}) if isinstance(held, tuple) else \
            QABot.from_texts({n: t for n, _, t in held})
        questions = [clean_question(i.question) for i in group]
        for item, question, vector in zip(group, questions, bot.encoder.encode(questions)):
            kind = answer_type(question)
            if kind is None:
                continue
            t = totals[kind]
            t["questions"] += 1
            for row, _ in bot.candidates(question, vector, 50):
                right = item.judge(_Span(row))
                flagged = matches_answer_type(kind, row.text)
                t["candidates"] += 1
                t["right"] += right
                t["flagged"] += flagged
                t["flagged_right"] += flagged and right
                t["right_flagged"] += right and flagged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--squad-limit", type=int, default=1000)
    args = parser.parse_args()
    totals: dict = defaultdict(lambda: defaultdict(int))
    sets = [(args.eval_dir / "squad_dev_questions.jsonl", args.squad_limit), (args.eval_dir / "wikiqa_dev.jsonl", None),
            (ROOT / "tests" / "fixtures" / "seed_dev.jsonl", None)]
    for path, limit in sets:
        if path.is_file():
            measure(path, limit, totals)
    print("| kind | questions | right sentence flagged | precision of flagged | base rate |")
    print("|---|---|---|---|---|")
    for kind in ANSWER_KINDS:
        t = totals.get(kind)
        if not t:
            print(f"| {kind} | 0 | | | |")
            continue
        recall = t["right_flagged"] / max(1, t["right"])
        precision = t["flagged_right"] / max(1, t["flagged"])
        base = t["right"] / max(1, t["candidates"])
        print(f"| {kind} | {t['questions']} | {recall:.2f} | {precision:.3f} | {base:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
