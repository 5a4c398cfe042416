"""Every CLI command, driven in-process, with its exit code and messages."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from qa_bot.cli import main

from conftest import snapshot


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_does_not_import_torch():
    code = (
        "import sys\n"
        "from qa_bot.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'transformers', 'sentence_transformers', 'faiss') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "usage: qa-bot" in result.stdout
    assert result.stdout.strip().endswith("[]")


def test_python_m_qa_bot_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "qa_bot", "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("qa-bot ")


def test_first_question_builds_and_saves_the_default_index(capsys, tmp_path):
    code, out, err = run(capsys, "ask", "what did Gates say about radars?")
    assert code == 0, err
    assert "radars would not constitute a threat" in out
    assert "speaker: Robert Gates" in out
    assert "source:" in out and "article.txt" in out
    assert (tmp_path / "index" / "manifest.json").is_file()


def test_ask_json_has_the_api_fields(capsys, built_index):
    code, out, _ = run(capsys, "ask", "What topped the agenda?", "--json", "--index-dir", str(built_index))
    assert code == 0
    data = json.loads(out)
    assert data["found"] is True and data["band"] == "found"
    assert set(data["hits"][0]) >= {"sentence", "context", "score", "source", "start", "end", "speaker"}
    code, out, _ = run(capsys, "ask", "How do I cook pasta?", "--json", "--index-dir", str(built_index))
    assert json.loads(out)["band"] == "not_found"


def test_ask_says_plainly_when_not_found(capsys, built_index):
    code, out, _ = run(capsys, "ask", "How do I cook pasta?", "--index-dir", str(built_index))
    assert code == 0
    assert out.strip() == "I could not find that in the documents."


def test_index_then_ask_then_docs_then_remove(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("The bridge over the river opened in May. It cost ten million euros.\n")
    (tmp_path / "b.md").write_text("# Storm Report\n\nA storm hit the coast on Sunday. Power was cut for hours.\n")
    code, out, err = run(capsys, "index", "a.txt", "b.md", "--index-dir", "idx")
    assert code == 0, err
    assert out.count("(2 sentences)") == 2  # b.md's heading is its title, not a sentence
    code, out, _ = run(capsys, "ask", "How much did the bridge cost?", "--index-dir", "idx")
    assert "ten million euros" in out
    code, out, _ = run(capsys, "docs", "--index-dir", "idx")
    assert "Storm Report\t2 sentences" in out and "a.txt" in out
    code, out, _ = run(capsys, "index", "a.txt", "--index-dir", "idx")
    assert "unchanged:" in out
    code, out, _ = run(capsys, "remove", "a.txt", "--index-dir", "idx")  # as it was indexed: relative
    assert code == 0 and "removed" in out
    code, out, _ = run(capsys, "docs", "--index-dir", "idx")
    assert "a.txt" not in out and "Storm Report" in out
    code, out, _ = run(capsys, "remove", str(tmp_path / "b.md"), "--index-dir", "idx")
    assert code == 0 and "removed" in out
    code, out, _ = run(capsys, "docs", "--index-dir", "idx")
    assert "no documents" in out


def test_control_characters_reach_the_terminal_escaped_never_obeyed(capsys, tmp_path):
    """A file name, or a document given through the API with its text exactly as given, may
    carry an escape sequence; printed raw it would clear the screen or retitle the window."""
    from qa_bot import QABot
    from qa_bot.render import answer_text

    name = "ferry\x1b[2J.txt"
    (tmp_path / name).write_text("The ferry sailed on Monday. The crossing took two hours.\n")
    for argv in (["index", name], ["docs"], ["ask", "How long did the crossing take?", "-k", "2"],
                 ["remove", "nonexistent\x1b]0;pwned\x07"]):
        code, out, err = run(capsys, *argv, "--index-dir", "idx")
        assert "\x1b" not in out + err and "\x07" not in out + err, argv
        assert "\\x1b" in out + err, argv  # shown, as its escape
    bot = QABot.from_texts({"api": "The ferry sailed on Monday.\x1b]0;pwned\x07 The crossing took two hours."})
    shown = answer_text(bot.ask("When did the ferry sail?", k=2), show_all=True)
    assert "\x1b" not in shown and "\\x1b]0;pwned\\x07" in shown


def test_index_a_folder(capsys, tmp_path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text("Rain fell in Lisbon all week.")
    (folder / "sub" / "two.txt").write_text("The mayor of Porto resigned on Friday.")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02\x03binary\x00")
    code, out, err = run(capsys, "index", "news", "--index-dir", "idx")
    assert code == 0
    assert "skipped:" in err and "bad.txt" in err
    assert out.count("added:") == 2


@pytest.mark.parametrize("content, message", [
    (None, "file not found"),
    (b"", "is empty"),
    (b"   \n\n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"%PDF-1.7\n\x00garbage", "not a readable PDF"),
])
def test_bad_documents_are_one_line_errors_and_leave_the_index_alone(capsys, tmp_path, built_index, content, message):
    import shutil

    shutil.copytree(built_index, tmp_path / "idx")
    before = snapshot(tmp_path / "idx")
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    (tmp_path / "good.txt").write_text("A good document with one sentence.")
    code, out, err = run(capsys, "index", "good.txt", "doc.txt", "--index-dir", "idx")
    assert code == 1
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert snapshot(tmp_path / "idx") == before


@pytest.mark.parametrize("question, message", [("", "the question is empty"), ("y" * 100_000, "too long"),
                                               ("?!?!", "has no words"), ("🙂 🙂", "has no words")])
def test_bad_questions_exit_1_with_one_line(capsys, built_index, question, message):
    code, out, err = run(capsys, "ask", question, "--index-dir", str(built_index))
    assert code == 1
    assert message in err and err.count("\n") == 1
    assert out == ""


def test_model_mismatch_is_one_line_with_the_rebuild_command(capsys, tmp_path, built_index):
    import shutil

    shutil.copytree(built_index, tmp_path / "idx")
    manifest = json.loads((tmp_path / "idx" / "manifest.json").read_text())
    manifest["model"] = "someone/other-model"
    (tmp_path / "idx" / "manifest.json").write_text(json.dumps(manifest))
    code, _, err = run(capsys, "ask", "What topped the agenda?", "--index-dir", "idx",
                       "--model", "sentence-transformers/all-MiniLM-L6-v2")
    assert code == 1
    assert "built with model 'someone/other-model'" in err and "--rebuild" in err


def test_unknown_model_is_a_clear_error(capsys, tmp_path):
    code, _, err = run(capsys, "ask", "What topped the agenda?", "--model", str(tmp_path / "no-such-model"))
    assert code == 1
    assert "cannot load embedding model" in err and err.count("\n") == 1


def test_missing_config_file_is_an_error(capsys):
    code, _, err = run(capsys, "ask", "anything", "--config", "nope.toml")
    assert code == 1 and "config file not found: nope.toml" in err


def test_config_file_sets_the_index_dir(capsys, tmp_path, built_index):
    (tmp_path / "conf.toml").write_text(f'[index]\ndir = "{built_index}"\n')
    code, out, _ = run(capsys, "docs", "--config", "conf.toml")
    assert code == 0 and "article.txt" in out


def test_remove_unknown_document(capsys, built_index):
    code, _, err = run(capsys, "remove", "nope.txt", "--index-dir", str(built_index))
    assert code == 1 and "no document 'nope.txt'" in err


def test_batch_from_the_cli_writes_jsonl_and_csv(capsys, tmp_path, built_index):
    (tmp_path / "q.txt").write_text("# questions\nWhat topped the agenda?\n\nHow do I cook pasta?\n")
    code, _, err = run(capsys, "batch", "q.txt", "-o", "out.jsonl", "--index-dir", str(built_index))
    assert code == 0, err
    records = [json.loads(l) for l in Path("out.jsonl").read_text().splitlines()]
    assert [r["found"] for r in records] == [True, False]
    assert "2 questions: 1 answered, 0 not sure, 1 not found, 0 errors" in err
    code, _, _ = run(capsys, "batch", "q.txt", "-o", "out.csv", "--index-dir", str(built_index))
    assert Path("out.csv").read_text().splitlines()[0].startswith("id,question,found,band,answer")


def test_batch_of_a_missing_file(capsys, built_index):
    code, _, err = run(capsys, "batch", "missing.txt", "--index-dir", str(built_index))
    assert code == 1 and "question file not found" in err


def test_repl_from_the_cli(capsys, monkeypatch, built_index):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("What topped the agenda?\n:quit\n"))
    code, out, _ = run(capsys, "repl", "--index-dir", str(built_index))
    assert code == 0 and "topped the agenda" in out
