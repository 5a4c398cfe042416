"""Time per question against the code as it stood when issue 13 asked for "no more than 1.5x
today's" (commit 7d70405, 2026-11-28): the same questions, on the same machine, in turns.

Each side runs in its own fresh process (the old code checked out into a temporary git worktree
and put first on PYTHONPATH), indexes the same articles, then times `ask` alone on every
question; the sides take turns so that a machine slowing down weighs on both. Needs the repo's
git history (a shallow clone has no baseline to check out)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .common import ROOT

BASELINE_COMMIT = "7d70405"
TARGET = 1.5

# Runs in the child, against whichever qa_bot comes first on the path; only API both sides have.
CHILD = """
import json, random, sys, time
from pathlib import Path
from qa_bot import QABot
from qa_bot.evaluate import load_items
dataset, limit = Path(sys.argv[1]), int(sys.argv[2])
items, documents = load_items(dataset, None)
if limit < len(items):
    items = [items[i] for i in sorted(random.Random(0).sample(range(len(items)), limit))]
by_doc = {}
for item in items:
    by_doc.setdefault(item.doc_key, []).append(item)
seconds = 0.0
for key, group in by_doc.items():
    held = documents[key]
    docs = held if isinstance(held, list) else [(key, held[0], held[1])]
    bot = QABot.from_texts({n: t for n, _, t in docs}, titles={n: ti for n, ti, _ in docs if ti})
    bot.ask("warm-up")
    for item in group:
        started = time.perf_counter()
        bot.ask(item.question, k=10)
        seconds += time.perf_counter() - started
print(json.dumps({"ms": 1000 * seconds / len(items)}))
"""


def _ms_per_question(code_root: Path, dataset: Path, limit: int) -> float:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(code_root)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(dataset), str(limit)], capture_output=True, text=True,
                          env=env, cwd=code_root, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])["ms"]


def question_sets(eval_dir: Path, squad_questions: int) -> list[tuple[str, Path, int]]:
    sets = [("seed probe questions on the bundled article (38)", ROOT / "tests" / "fixtures" / "seed_probe.jsonl", 10_000)]
    squad = eval_dir / "squad_dev_questions.jsonl"
    if squad.is_file():
        sets.append((f"SQuAD dev sample ({squad_questions})", squad, squad_questions))
    return sets


def run(eval_dir: Path, squad_questions: int = 300, turns: int = 3) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        baseline_root = Path(tmp) / "baseline"
        added = subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(baseline_root),
                                BASELINE_COMMIT], capture_output=True, text=True)
        if added.returncode:
            return [{"benchmark": "question time", "case": f"baseline {BASELINE_COMMIT} unavailable",
                     "value": added.stderr.strip().splitlines()[-1] if added.stderr.strip() else "git failed",
                     "ratio": "", "target": ""}]
        try:
            rows = []
            for name, dataset, limit in question_sets(eval_dir, squad_questions):
                old, new = [], []
                for _ in range(turns):
                    old.append(_ms_per_question(baseline_root, dataset, limit))
                    new.append(_ms_per_question(ROOT, dataset, limit))
                old_ms, new_ms = statistics.median(old), statistics.median(new)
                rows.append({"benchmark": "question time", "case": f"{name}: code of {BASELINE_COMMIT}",
                             "value": f"{old_ms:.1f} ms", "ratio": "1.00 (baseline)", "target": ""})
                rows.append({"benchmark": "question time", "case": f"{name}: this code",
                             "value": f"{new_ms:.1f} ms", "ratio": f"{new_ms / old_ms:.2f}x",
                             "target": f"<= {TARGET}x", "met": new_ms <= TARGET * old_ms})
            return rows
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(baseline_root)],
                           capture_output=True)
