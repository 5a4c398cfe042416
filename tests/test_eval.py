"""Answer quality, measured through `qa-bot eval` (the public API)."""

import json

import pytest

from qa_bot.cli import main
from qa_bot.evaluate import evaluate

from conftest import EVAL_DIR, FIXTURES


def test_seed_dev_top_answers():
    report = evaluate(FIXTURES / "seed_dev.jsonl")
    assert report["questions"] == 16
    assert report["top1_right"] >= 15, report
    # Abstention never withholds a right answer; the one question we answer wrongly ("How did
    # the talks end?") is the one we abstain on.
    assert report["right_but_abstained"] == 0, report
    assert report["found_rate"] >= 15 / 16, report


def test_seed_unanswerable_questions_are_all_abstained():
    report = evaluate(FIXTURES / "seed_dev_unanswerable.jsonl")
    assert report["unanswerable"] == 4
    assert report["abstention_rate"] == 1.0


def test_eval_command_prints_the_metrics(capsys):
    assert main(["eval", str(FIXTURES / "seed_dev.jsonl"), "--limit", "5", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["questions"] == 5
    assert {"recall@1", "recall@3", "mrr@10", "found_rate", "ms_per_question"} <= set(report)
    assert 0.0 <= report["recall@3"] <= 1.0 and report["recall@1"] <= report["recall@3"]


def test_eval_of_a_missing_dataset_is_one_line(capsys, tmp_path):
    assert main(["eval", str(tmp_path / "none.jsonl")]) == 1
    assert "dataset not found" in capsys.readouterr().err


needs_eval_sets = pytest.mark.skipif(
    not (EVAL_DIR / "squad_dev_questions.jsonl").is_file(),
    reason=f"the SQuAD/WikiQA dev sets are not in the repo (licences, size); set QA_BOT_EVAL_DIR "
           f"(looked in {EVAL_DIR})",
)


@needs_eval_sets
def test_squad_whole_article_smoke():
    report = evaluate(EVAL_DIR / "squad_dev_questions.jsonl", limit=30)
    assert report["questions"] == 30 and report["answerable"] == 30
    assert report["recall@1"] >= 0.6, report


@needs_eval_sets
def test_wikiqa_smoke():
    report = evaluate(EVAL_DIR / "wikiqa_dev.jsonl", limit=30)
    assert report["questions"] == 30
    assert report["recall@3"] >= 0.6, report


def test_a_long_evaluation_off_a_terminal_prints_progress_lines(monkeypatch, capsys):
    from qa_bot import evaluate as evaluation

    monkeypatch.setattr(evaluation._Progress, "EVERY_SECONDS", 0.0)
    report = evaluation.evaluate(FIXTURES / "seed_dev.jsonl", progress=False)
    err = capsys.readouterr().err
    assert report["questions"] == 16
    assert "evaluating: 0/16 questions, 1/1 documents indexed" in err and "evaluating: 16/16 questions" in err
