import csv
import io
import json

import pytest

from qa_bot import InputError
from qa_bot.batch import read_questions, run_batch


def answer_file(bot, path, fmt="jsonl"):
    out = io.StringIO()
    warnings = []
    counts = run_batch(bot, read_questions(path), out, fmt, warn=warnings.append)
    return out.getvalue(), counts, warnings


def test_txt_skips_blank_lines_and_comments(tmp_path, bot):
    path = tmp_path / "q.txt"
    path.write_text("# about the talks\nWhat topped the agenda?\n\n   \nWho held talks in Moscow?\n")
    questions = read_questions(path)
    assert [(q.line, q.text) for q in questions] == [(2, "What topped the agenda?"), (5, "Who held talks in Moscow?")]


def test_jsonl_output_in_input_order_with_all_fields(tmp_path, bot):
    path = tmp_path / "q.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "question": "What topped the agenda?"}) + "\n"
        + json.dumps({"question": "What is the capital of Spain?"}) + "\n"
        + json.dumps({"id": 7, "question": "What alternative did Russia offer?"}) + "\n"
    )
    text, counts, _ = answer_file(bot, path)
    records = [json.loads(line) for line in text.splitlines()]
    assert [r["id"] for r in records] == ["a1", "2", "7"]
    assert records[0]["found"] and "topped the agenda" in records[0]["answer"]
    assert records[1]["found"] is False and records[1]["band"] == "not_found" and records[1]["answer"] is None
    assert "Gabala" in records[2]["answer"]
    hit = records[0]["hits"][0]
    assert set(hit) == {"sentence", "context", "score", "source", "start", "end", "speaker"}
    assert counts == {"questions": 3, "found": 2, "unsure": 0, "not_found": 1, "errors": 0}


def test_csv_input_and_output_flatten_the_top_hit(tmp_path, bot):
    path = tmp_path / "q.csv"
    path.write_text('id,question\nq1,"What did Gates say about radars?"\nq2,How do I cook pasta?\n')
    text, _, _ = answer_file(bot, path, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["id"] for r in rows] == ["q1", "q2"]
    assert "radars" in rows[0]["answer"] and rows[0]["speaker"] == "Robert Gates" and rows[0]["source"] == "article.txt"
    assert rows[1]["found"] == "False" and rows[1]["answer"] == ""


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_defused(tmp_path):
    from qa_bot import QABot

    # A hostile page's sentence and a question file's id, both formulas; JSONL keeps them verbatim.
    hostile = QABot.from_texts({"page.txt": '=HYPERLINK("http://evil.example","x") The Tolvik bridge cost 2.4 '
                                            "billion kroner to build. It opened on Sunday."})
    path = tmp_path / "q.csv"
    path.write_text('id,question\n@SUM(A1),How much did the Tolvik bridge cost?\n')
    text, _, _ = answer_file(hostile, path, "csv")
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["id"] == "'@SUM(A1)"
    assert row["answer"].startswith("'=HYPERLINK(") and row["context"].startswith("'=HYPERLINK(")
    assert row["question"] == "How much did the Tolvik bridge cost?"
    record = json.loads(answer_file(hostile, path, "jsonl")[0])
    assert record["id"] == "@SUM(A1)" and record["answer"].startswith("=HYPERLINK(")


def test_one_bad_line_is_reported_and_the_rest_answered(tmp_path, bot):
    path = tmp_path / "q.jsonl"
    path.write_text(
        '{"question": "What topped the agenda?"}\n'
        "this is not json\n"
        '{"question": ""}\n'
        '{"question": "Who held talks in Moscow?"}\n'
    )
    text, counts, warnings = answer_file(bot, path)
    records = [json.loads(line) for line in text.splitlines()]
    assert len(records) == 4
    assert records[0]["found"] and records[3]["found"]
    assert "error" in records[1] and "error" in records[2]
    assert warnings[0].startswith("line 2:") and warnings[1].startswith("line 3: the question is empty")
    assert counts["errors"] == 2


def test_csv_needs_a_question_column(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("id,text\n1,hello\n")
    with pytest.raises(InputError, match="'question' column"):
        read_questions(path)


@pytest.mark.parametrize("content, message", [
    (b"", "holds no questions"), (b"# only a comment\n", "holds no questions"),
    (b"\x00\x01\x02", "binary"),
])
def test_unusable_question_files(tmp_path, content, message):
    path = tmp_path / "q.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_questions(path)


def test_question_file_in_another_encoding(tmp_path):
    path = tmp_path / "q.txt"
    path.write_bytes("Qu'a dit le ministre à propos du café et de l'économie française?\n".encode("cp1252"))
    assert read_questions(path)[0].text == "Qu'a dit le ministre à propos du café et de l'économie française?"


def test_many_questions_cross_chunk_boundaries_in_order(tmp_path, bot):
    questions = ["What topped the agenda?", "Who held talks in Moscow?"] * 70
    path = tmp_path / "q.txt"
    path.write_text("\n".join(questions))
    text, counts, _ = answer_file(bot, path)
    records = [json.loads(line) for line in text.splitlines()]
    assert [r["question"] for r in records] == questions
    assert counts["found"] == 140
