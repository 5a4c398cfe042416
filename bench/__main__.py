"""Run every benchmark and write bench/RESULTS.md: `python -m bench [--quick] [--eval-dir DIR]`.

Every figure is a ratio against a baseline measured in the same run (see each module), so the
table means the same on a faster or slower machine. Nothing here is asserted by the test suite.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from . import backends, batching, hardening, incremental, indexing, latency, question_time, startup  # noqa: E402
from .common import DEFAULT_EVAL_DIR, ROOT, corpus  # noqa: E402


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import torch

    return (f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, Python {platform.python_version()}, "
            f"torch {torch.__version__}, {time.strftime('%Y-%m-%d')}")


def table(rows: list[dict]) -> str:
    lines = ["| benchmark | case | measured | ratio | target | met |", "|---|---|---|---|---|---|"]
    for r in rows:
        met = "" if "met" not in r else ("yes" if r["met"] else "**no**")
        lines.append(f"| {r['benchmark']} | {r['case']} | {r['value']} | {r['ratio']} | {r['target']} | {met} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR,
                        help="where squad_dev_docs.jsonl is (else the bundled article is used)")
    parser.add_argument("--quick", action="store_true", help="10k and 100k only, fewer questions")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "RESULTS.md")
    parser.add_argument("--only", choices=("hardening", "backends", "question-time"),
                        help="run just this benchmark (no RESULTS.md)")
    args = parser.parse_args()

    from qa_bot.embed import shared_encoder
    from qa_bot.segment import split_sentences

    started = time.perf_counter()
    rows: list[dict] = []
    if args.only == "hardening":
        print(table(hardening.run(20 if args.quick else 40)))
        return 0

    if args.only == "question-time":
        print(table(question_time.run(args.eval_dir, 100 if args.quick else 300)))
        return 0

    if args.only == "backends":
        docs, _ = corpus(args.eval_dir)
        sample_texts = list(dict.fromkeys(s.text for _, text in docs for s in split_sentences(text)))[:3000]
        sample_vectors = shared_encoder().encode(sample_texts)
        print(table(backends.run(args.eval_dir, sample_texts, sample_vectors, asks=100 if args.quick else 200)))
        return 0

    def section(name, fn, *a, **kw):
        print(f"bench: {name}...", file=sys.stderr, flush=True)
        rows.extend(fn(*a, **kw))
        print(table(rows[-len(rows):][-6:]), file=sys.stderr)

    section("indexing", indexing.run, args.eval_dir, 3 if args.quick else 6)
    docs, _ = corpus(args.eval_dir)
    sample_texts = list(dict.fromkeys(s.text for _, text in docs for s in split_sentences(text)))[:3000]
    sample_vectors = shared_encoder().encode(sample_texts)
    section("incremental", incremental.run, args.eval_dir, sample_texts, sample_vectors,
            20_000 if args.quick else 100_000)
    sizes = (10_000, 100_000) if args.quick else (10_000, 100_000, 1_000_000)
    section("latency", latency.run, args.eval_dir, sample_texts, sample_vectors, sizes, 100 if args.quick else 200)
    section("backends", backends.run, args.eval_dir, sample_texts, sample_vectors, (10_000, 100_000),
            100 if args.quick else 200)
    section("batch", batching.run, args.eval_dir, 300 if args.quick else 1000)
    section("startup", startup.run)
    section("question time", question_time.run, args.eval_dir, 100 if args.quick else 300)
    section("fairness and bombs", hardening.run, 20 if args.quick else 40)

    elapsed = time.perf_counter() - started
    report = (f"# Benchmark results\n\nMachine: {machine()}.\nCommand: `python -m bench"
              f"{' --quick' if args.quick else ''}` ({elapsed / 60:.1f} minutes). Latency sizes above the "
              f"{len(sample_texts):,} real sentences (embedded for real) use synthesized vectors (real ones "
              "plus noise) and numbered copies of the real texts.\n\n" + table(rows) + "\n")
    args.output.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
