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
import sys
from collections import defaultdict
from pathlib import Path

# The same questions, candidates and labels as the fit; importing it puts the repo on sys.path.
from fit_scoring import ROOT, collect

from qa_bot.ranking import ANSWER_KINDS, answer_type, matches_answer_type


def measure(dataset: Path, limit: int | None, totals: dict) -> None:
    for q in collect(dataset, limit):
        kind = answer_type(q["question"])
        if kind is None or q["labels"] is None:
            continue
        t = totals[kind]
        t["questions"] += 1
        for (row, _), right in zip(q["candidates"], q["labels"]):
            flagged = matches_answer_type(kind, row.text)
            t["candidates"] += 1
            t["right"] += right
            t["flagged"] += flagged
            t["right_flagged"] += flagged and right


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
        precision = t["right_flagged"] / max(1, t["flagged"])
        base = t["right"] / max(1, t["candidates"])
        print(f"| {kind} | {t['questions']} | {recall:.2f} | {precision:.3f} | {base:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
