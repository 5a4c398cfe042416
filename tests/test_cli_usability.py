"""What a new user meets on the command line: naming documents, typos in paths, settings that
mean the same everywhere, refusals that say what to do (issue 10's rough edges)."""

import json
import os
import subprocess
import sys

import pytest

from qa_bot.cli import main

from conftest import snapshot
from fake_telegram import FakeBotAPI
from test_telegram_bot import TOKEN

STORM = "Storm closes the harbour\n\nA storm closed the harbour of Valletta on Monday. Ferries stayed in port."
AMAZON = "Amazon opens a depot\n\nAmazon opened a depot near Tartu on Friday. It employs 300 people."
BRIDGE = "Tolvik bridge opens\n\nThe new bridge at Tolvik opened to traffic on Sunday after four years of work."


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def three_documents(tmp_path, capsys):
    docs = tmp_path / "news"
    docs.mkdir()
    for name, text in (("storm.txt", STORM), ("amazon.md", AMAZON), ("bridge.txt", BRIDGE)):
        (docs / name).write_text(text)
    code, _, err = run(capsys, "index", str(docs), "--index-dir", "idx")
    assert code == 0, err
    return docs


def docs_table(capsys) -> dict[str, str]:
    code, out, _ = run(capsys, "docs", "--index-dir", "idx")
    assert code == 0
    return {line.split("\t")[1]: line.split("\t")[0] for line in out.splitlines()}


@pytest.mark.parametrize("name", ["amazon", "amazon.md", "Amazon opens a depot", "news/amazon.md", "AMAZON"])
def test_remove_takes_what_docs_shows(capsys, three_documents, name):
    code, out, err = run(capsys, "remove", name, "--index-dir", "idx")
    assert code == 0, err
    assert out.startswith("removed: ") and "Amazon opens a depot" in out and "amazon.md" in out
    assert "Amazon opens a depot" not in docs_table(capsys)


def test_an_ambiguous_name_is_refused_with_the_candidates(capsys, three_documents):
    before = snapshot(three_documents.parent / "idx")
    code, _, err = run(capsys, "remove", "opens", "--index-dir", "idx")
    assert code == 1
    assert "'opens' names 2 documents" in err and "Amazon opens a depot" in err and "Tolvik bridge opens" in err
    assert "Say which, by its id" in err and err.count("\n") == 1
    assert snapshot(three_documents.parent / "idx") == before


def test_document_ids_are_never_reused(capsys, three_documents, tmp_path):
    ids = docs_table(capsys)
    last = max(ids.values(), key=int)
    assert run(capsys, "remove", last, "--index-dir", "idx")[0] == 0
    (three_documents / "bridge.txt").write_text(BRIDGE + " Tolls start in June.")
    (tmp_path / "extra.txt").write_text("Extra note\n\nThe museum of Tartu reopened in June.")
    assert run(capsys, "index", str(three_documents / "bridge.txt"), str(tmp_path / "extra.txt"),
               "--index-dir", "idx")[0] == 0
    new_ids = {int(i) for title, i in docs_table(capsys).items()} - {int(i) for i in ids.values()}
    assert len(new_ids) == 2 and min(new_ids) > int(last), (ids, docs_table(capsys))
    assert run(capsys, "remove", last, "--index-dir", "idx")[0] == 1  # the stale id names nothing now


def test_a_mistyped_index_dir_is_an_error_not_a_new_index(capsys, built_index, tmp_path):
    code, out, err = run(capsys, "ask", "what did Gates say about radars?", "--index-dir", "./indx")
    assert code == 1 and out == ""
    assert "no index in indx" in err and "qa-bot index FILE... --index-dir indx" in err
    assert not (tmp_path / "indx").exists()
    (tmp_path / "afile").write_text("not an index")
    code, _, err = run(capsys, "docs", "--index-dir", "afile")
    assert code == 1 and "afile is a file, not an index directory" in err


def test_k_from_the_environment_and_the_config_file_shapes_ask(capsys, built_index, monkeypatch, tmp_path):
    ask = ("ask", "What topped the agenda?", "--index-dir", str(built_index))
    assert run(capsys, *ask)[1].count("  source:") == 1
    monkeypatch.setenv("QA_BOT_K", "3")
    out = run(capsys, *ask)[1]
    assert out.count("  source:") == 3 and out.startswith("[1] ")
    monkeypatch.delenv("QA_BOT_K")
    (tmp_path / "qa-bot.toml").write_text("[answer]\nk = 2\n")
    assert run(capsys, *ask)[1].count("  source:") == 2


def test_counts_are_in_proper_english(capsys, tmp_path):
    (tmp_path / "one.txt").write_text("A single sentence about the tram line.")
    code, out, _ = run(capsys, "index", str(tmp_path / "one.txt"), "--index-dir", "idx")
    assert code == 0 and "(1 sentence)" in out and "(1 sentence in 1 document)" in out
    (tmp_path / "q.txt").write_text("When did the tram line open?\n")
    code, _, err = run(capsys, "batch", str(tmp_path / "q.txt"), "--index-dir", "idx")
    assert "1 question:" in err and "0 errors" in err


def test_help_explains_arguments_with_examples_and_lists_only_flags_that_work(capsys):
    for command, wanted in (("index", ".txt, .md, .html, .pdf or .jsonl files"), ("ask", "the question, in quotes"),
                            ("remove", "its id, file name, path or title")):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = capsys.readouterr().out
        assert wanted in out and "examples:" in out
    for command in ("docs", "remove"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = capsys.readouterr().out
        assert "--model" not in out and "--precision" not in out


def test_batch_reads_tsv_and_refuses_unknown_file_types(capsys, built_index, tmp_path):
    (tmp_path / "own.tsv").write_text("id\tquestion\nq1\tWhat topped the agenda?\n")
    code, out, err = run(capsys, "batch", str(tmp_path / "own.tsv"), "--index-dir", str(built_index))
    assert code == 0, err
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["id"] == "q1" and record["question"] == "What topped the agenda?" and record["found"]
    (tmp_path / "own.xlsx").write_bytes(b"PK\x03\x04 not questions")
    code, _, err = run(capsys, "batch", str(tmp_path / "own.xlsx"), "--index-dir", str(built_index))
    assert code == 1 and "unknown question file type '.xlsx'" in err


def test_a_damaged_index_is_rebuilt_from_the_texts_it_stores(capsys, three_documents, tmp_path):
    index_dir = tmp_path / "idx"
    vectors = next(index_dir.glob("vectors-*.faiss"))
    vectors.write_bytes(vectors.read_bytes()[:100])  # truncated: the index no longer loads
    code, _, err = run(capsys, "ask", "When did the bridge open?", "--index-dir", str(index_dir))
    assert code == 1 and "qa-bot index --rebuild --index-dir" in err
    for source in three_documents.iterdir():
        source.unlink()  # the original files are gone too
    code, out, err = run(capsys, "index", "--rebuild", "--index-dir", str(index_dir))
    assert code == 0, err
    assert "in 3 documents" in out
    code, out, _ = run(capsys, "ask", "When did the bridge open?", "--index-dir", str(index_dir))
    assert code == 0 and "opened to traffic on Sunday" in out
    code, _, err = run(capsys, "index", "--index-dir", str(index_dir))
    assert code == 1 and "name the files or folders to index" in err


def test_asking_an_fp32_index_at_int8_says_what_to_do(capsys, built_index):
    code, _, err = run(capsys, "ask", "What topped the agenda?", "--index-dir", str(built_index), "--precision", "int8")
    assert code == 1
    assert "was built at fp32 precision" in err and "leave out --precision" in err and err.count("\n") == 1


def test_a_refused_telegram_token_is_one_redacted_line(tmp_path, built_index):
    with FakeBotAPI("999:the-real-token") as fake:  # any other token gets 401 Unauthorized
        conf = tmp_path / "bot.toml"
        conf.write_text(f'[index]\ndir = "{built_index}"\n[telegram]\nbase_url = "{fake.base_url}"\n')
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "HF_HUB_OFFLINE": "1"}
        done = subprocess.run([sys.executable, "-m", "qa_bot", "telegram", "--config", str(conf)], env=env,
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert TOKEN not in done.stderr and "TEST-secret" not in done.stderr
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if "error" in line.lower()]
    assert errors == ["qa-bot: error: Telegram refused the bot token (mistyped or revoked): get the current one "
                      "from @BotFather and set TELEGRAM_BOT_TOKEN"], done.stderr


def test_start_suggests_a_question_the_chats_own_documents_answer(bot):
    from fake_telegram import message
    from test_telegram_bot import run_bot, wait_for

    async def scenario(fake):
        fake.push(message(100, "/add The ferry carried a record 9,200 passengers. “The sea was calm,” said "
                               "Captain Mari Kask."))
        await wait_for(fake, "sendMessage", chat_id="100")
        fake.push(message(100, "/start"))
        fake.push(message(200, "/start"))
        [_, own] = await wait_for(fake, "sendMessage", 2, chat_id="100")
        [other] = await wait_for(fake, "sendMessage", chat_id="200")
        assert "Try: <code>What did Mari Kask say?</code>" in own["text"]
        assert "Try: <code>what did Gates say about radars?</code>" in other["text"]  # the bundled article

    run_bot(bot, scenario)
