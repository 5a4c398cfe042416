"""Refit qa-bot's ranking weights and its "not found" calibration on the dev sets.

    python tools/fit_scoring.py --eval-dir ../shared/eval [--squad-limit 1000] [--write]

It asks every dev question through QABot.candidates (the very signals `ask` uses), then
1. picks the signal weights that maximise mean Recall@1 over SQuAD, WikiQA and the seed set
   (coordinate ascent over a small grid; dense similarity keeps weight 1);
2. fits a logistic model of "the best sentence answers the question" on the best candidate's
   signals, with answerable questions as positives and, as negatives, the seed set's
   unanswerable questions plus every SQuAD/WikiQA question asked of a *different* article;
3. sets the threshold that abstains on as many negatives as possible while keeping at least
   --keep of the answerable questions found.
With --write it stores the result in qa_bot/data/scoring.json, which the package loads.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_bot import QABot  # noqa: E402
from qa_bot.evaluate import load_items  # noqa: E402
from qa_bot.ranking import FEATURES, Scoring, shipped_scoring  # noqa: E402
from qa_bot.retriever import clean_question  # noqa: E402

CONFIDENCE_FEATURES = ("dense", "coverage", "answer_type")
GRID = {
    "lexical": [0.1, 0.2, 0.35, 0.5, 0.7],
    "coverage": [0.0, 0.1, 0.25, 0.4, 0.6],
    # Never 0: the dev sets hold few questions about quotes, and "what did X say" must find X.
    "speaker": [0.1, 0.2, 0.3],
    "answer_type": [0.0, 0.05, 0.1, 0.2, 0.3, 0.4],
    "lead": [0.0, 0.05, 0.1, 0.15, 0.2],
    "length": [0.0, 0.05, 0.1, 0.2],
}


class _Span:
    def __init__(self, row):
        self.start, self.end, self.sentence = row.start, row.end, row.text


def collect(dataset: Path, limit: int | None, negatives: bool) -> tuple[list[dict], list[dict]]:
    """Per question: candidate feature matrix and right/wrong labels; and negative questions."""
    items, documents = load_items(dataset, None)
    if limit and limit < len(items):
        items = [items[i] for i in sorted(random.Random(0).sample(range(len(items)), limit))]
    by_doc: dict[str, list] = {}
    for item in items:
        by_doc.setdefault(item.doc_key, []).append(item)
    keys = list(by_doc)
    bots = {}
    answered, unanswerable = [], []
    for n, key in enumerate(keys):
        title, text = documents[key]
        bot = bots[key] = QABot.from_texts({key: text}, titles={key: title})
        questions = [clean_question(i.question) for i in by_doc[key]]
        vectors = bot.encoder.encode(questions)
        for item, question, vector in zip(by_doc[key], questions, vectors):
            cands = bot.candidates(question, vector, 50)
            matrix = np.array([[f[name] for name in FEATURES] for _, f in cands])
            if item.judge is None:
                unanswerable.append({"features": matrix})
                continue
            labels = np.array([item.judge(_Span(row)) for row, _ in cands])
            answered.append({"features": matrix, "labels": labels})
        if negatives and len(keys) > 1:
            # This article's questions asked of another article: the other article cannot answer them.
            other_key = keys[(n + 1) % len(keys)]
            other_title, other_text = documents[other_key]
            other = QABot.from_texts({other_key: other_text}, titles={other_key: other_title})
            for question, vector in list(zip(questions, vectors))[:10]:
                cands = other.candidates(question, vector, 50)
                unanswerable.append({"features": np.array([[f[name] for name in FEATURES] for _, f in cands])})
    return answered, unanswerable


def recall_at_1(answered: list[dict], weights: np.ndarray) -> float:
    right = sum(bool(q["labels"][int(np.argmax(q["features"] @ weights))]) for q in answered)
    return right / len(answered)


def fit_weights(sets: dict[str, list[dict]], start: dict[str, float]) -> dict[str, float]:
    weights = dict(start)

    def objective(w: dict[str, float]) -> float:
        vector = np.array([w[name] for name in FEATURES])
        return float(np.mean([recall_at_1(qs, vector) for qs in sets.values()]))

    for _ in range(3):
        for name, values in GRID.items():
            weights[name] = max(values, key=lambda v: (objective({**weights, name: v}), -abs(v - weights[name])))
    return weights


def top_features(q: dict, weights: np.ndarray) -> np.ndarray:
    top = q["features"][int(np.argmax(q["features"] @ weights))]
    return np.array([top[FEATURES.index(name)] for name in CONFIDENCE_FEATURES])


def fit_confidence(pos: np.ndarray, neg: np.ndarray, keep: float) -> tuple[float, dict[str, float], float]:
    """Logistic regression by gradient descent, classes weighted equally; then the threshold."""
    x = np.vstack([pos, neg])
    y = np.r_[np.ones(len(pos)), np.zeros(len(neg))]
    sample_weight = np.r_[np.full(len(pos), 0.5 / len(pos)), np.full(len(neg), 0.5 / len(neg))]
    coef = np.zeros(x.shape[1])
    bias = 0.0
    for _ in range(20000):
        p = 1 / (1 + np.exp(-(x @ coef + bias)))
        grad = (p - y) * sample_weight
        coef -= 2.0 * (x.T @ grad)
        bias -= 2.0 * grad.sum()
    pos_conf = 1 / (1 + np.exp(-(pos @ coef + bias)))
    threshold = float(np.quantile(pos_conf, 1 - keep))
    return float(bias), {n: float(c) for n, c in zip(CONFIDENCE_FEATURES, coef)}, threshold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--squad-limit", type=int, default=1000)
    parser.add_argument("--keep", type=float, default=0.97, help="share of answerable questions to keep found")
    parser.add_argument("--write", action="store_true", help="write qa_bot/data/scoring.json")
    args = parser.parse_args()

    seed_dir = ROOT / "tests" / "fixtures"
    sets, negatives = {}, []
    sets["squad"], neg = collect(args.eval_dir / "squad_dev_questions.jsonl", args.squad_limit, True)
    negatives += neg
    sets["wikiqa"], neg = collect(args.eval_dir / "wikiqa_dev.jsonl", None, True)
    negatives += neg
    sets["seed"], _ = collect(seed_dir / "seed_dev.jsonl", None, False)
    _, seed_negatives = collect(seed_dir / "seed_dev_unanswerable.jsonl", None, False)

    start = {name: shipped_scoring().weights.get(name, 0.0) for name in FEATURES}  # new signals start at 0
    before = {name: recall_at_1(qs, np.array([start[f] for f in FEATURES])) for name, qs in sets.items()}
    weights = fit_weights(sets, start)
    vector = np.array([weights[f] for f in FEATURES])
    after = {name: recall_at_1(qs, vector) for name, qs in sets.items()}

    pos = np.array([top_features(q, vector) for qs in sets.values() for q in qs])
    neg = np.array([top_features(q, vector) for q in negatives + seed_negatives])
    bias, coef, threshold = fit_confidence(pos, neg, args.keep)
    scoring = replace(Scoring(), weights=weights, confidence_bias=bias, confidence_coef=coef, min_confidence=threshold)

    def conf(q):
        return scoring.confidence(dict(zip(CONFIDENCE_FEATURES, top_features(q, vector))))

    report = {
        "recall@1 before": {k: round(v, 4) for k, v in before.items()},
        "recall@1 after": {k: round(v, 4) for k, v in after.items()},
        "found (answerable)": {k: round(np.mean([conf(q) >= threshold for q in qs]), 4) for k, qs in sets.items()},
        "abstained (cross-article negatives)": round(np.mean([conf(q) < threshold for q in negatives]), 4),
        "abstained (seed unanswerable)": round(np.mean([conf(q) < threshold for q in seed_negatives]), 4),
        "scoring": scoring.to_json(),
    }
    print(json.dumps(report, indent=2))
    if args.write:
        path = ROOT / "qa_bot" / "data" / "scoring.json"
        path.write_text(json.dumps({**scoring.to_json(), "fitted_on": report}, indent=2) + "\n")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
