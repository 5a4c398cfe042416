"""The same behaviour from both index engines: the embedded one (FAISS + BM25 + SQLite files)
and Milvus (milvus-lite 2.5.1, the real engine, in a file of the test's directory). Each test
runs once per engine through the `engine` fixture; Milvus-only concerns (processes sharing a
server, a writer killed with SIGKILL) are at the end, against a milvus-lite server on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from conftest import FIXTURES
from qa_bot import QABot
from qa_bot.collections import Collections, Limits
from qa_bot.errors import IndexStateError
from qa_bot.index import SentenceIndex

HARBOUR = ("Harbour reopens after storm\n\nThe harbour of Vik reopened on Monday after the storm. "
           "\u201cWe lost two piers,\u201d said harbour master Anna Borg.")
BRIDGE = "The new Tolvik bridge is 1.8 kilometres long. It was designed by Maria Lund, who didn’t attend the opening."


class Engine:
    """Makes and reopens bots over one stored index of a given engine."""

    def __init__(self, kind: str, place: Path) -> None:
        self.kind = kind
        self.place = place
        self.uri = str(place / "milvus.db")

    def new(self) -> QABot:
        from qa_bot.embed import shared_encoder

        encoder = shared_encoder("")
        if self.kind == "embedded":
            return QABot(SentenceIndex(encoder.model_id, encoder.dimension), encoder, index_dir=self.place / "index")
        from qa_bot.milvus_index import MilvusIndex

        return QABot(MilvusIndex(self.uri, "qa_bot", "", encoder.model_id, encoder.dimension, create=True), encoder)

    def reopen(self) -> QABot:
        if self.kind == "embedded":
            return QABot.load(self.place / "index")
        return QABot.open_milvus(self.uri)

    def collections(self, shared: QABot, **limits) -> Collections:
        root = self.place / "index" / "chats" if self.kind == "embedded" else None  # as the Telegram door has it
        return Collections(shared, root, Limits(**limits))


@pytest.fixture(params=["embedded", "milvus"])
def engine(request, tmp_path):
    if request.param == "milvus":
        pytest.importorskip("milvus_lite", reason="the Milvus backend needs: pip install -e '.[dev]'")
    made = Engine(request.param, tmp_path)
    yield made
    if request.param == "milvus":
        from qa_bot.milvus_index import disconnect

        disconnect(made.uri)


def test_answers_the_bundled_question_with_speaker_offsets_and_context(engine, article):
    bot = engine.new()
    assert bot.add_texts({"article.txt": article}) == {"article.txt": ("added", 19)}
    answer = bot.ask("what did Gates say about radars?", k=3)
    best = answer.best
    assert answer.found and "radars would not constitute" in best.sentence
    assert best.speaker == "Robert Gates" and best.source == "article.txt"
    assert article[best.start:best.end] == best.sentence
    assert best.sentence in best.context and len(best.context) > len(best.sentence)
    assert best.sentence in bot.wider_context(best, 2)
    assert len(bot) == 19 and bot.example_question() == "what did Gates say about radars?"
    # Asked for the words of someone the article never quotes: honestly not found.
    assert not bot.ask("What did Condoleezza Rice say about Iran?").found


def test_add_replace_unchanged_remove_and_ids_never_reused(engine):
    bot = engine.new()
    assert bot.add_texts({"harbour.txt": HARBOUR, "bridge.txt": BRIDGE}) == {
        "harbour.txt": ("added", 2), "bridge.txt": ("added", 2)}
    assert bot.add_texts({"bridge.txt": BRIDGE}) == {"bridge.txt": ("unchanged", 2)}
    first_ids = {d.name: d.id for d in bot.documents()}
    changed = BRIDGE.replace("1.8", "2.1")
    assert bot.add_texts({"bridge.txt": changed}) == {"bridge.txt": ("replaced", 2)}
    hit = bot.ask("How long is the Tolvik bridge?").hits[0]
    assert "2.1 kilometres" in hit.sentence and changed[hit.start:hit.end] == hit.sentence
    replaced_id = {d.name: d.id for d in bot.documents()}["bridge.txt"]
    assert bot.remove("bridge.txt") and not bot.remove("bridge.txt")
    assert bot.index.full_names(replaced_id) == {}
    if engine.kind == "milvus":  # none of its rows is left behind
        assert not bot.index._query(bot.index.meta, f"doc_id == {replaced_id}", ["pk"])
    assert [d.name for d in bot.documents()] == ["harbour.txt"] and len(bot) == 2
    assert all("Tolvik" not in h.sentence for h in bot.ask("How long is the Tolvik bridge?", k=5).hits)
    bot.add_texts({"bridge.txt": BRIDGE})
    again = {d.name: d.id for d in bot.documents()}
    assert again["bridge.txt"] > max(first_ids.values()) + 1  # neither the old id nor the replaced one's
    assert again["harbour.txt"] == first_ids["harbour.txt"]


def test_a_reopened_index_holds_what_was_written(engine):
    bot = engine.new()
    bot.add_texts({"harbour.txt": HARBOUR}, titles={"harbour.txt": "Harbour reopens"})
    reopened = engine.reopen()
    [doc] = reopened.documents()
    assert (doc.name, doc.title, doc.sentences) == ("harbour.txt", "Harbour reopens", 2)
    assert reopened.index.full_names(doc.id) == {"Borg": "Anna Borg"}  # stored when it was added
    answer = reopened.ask("Who is the harbour master?")
    assert answer.found and "Anna Borg" in answer.best.sentence and answer.best.speaker == "Anna Borg"


def test_chats_are_isolated_and_see_the_shared_documents(engine, article):
    shared = engine.new()
    shared.add_texts({"article.txt": article})
    library = engine.collections(shared, max_documents_per_chat=2)
    [added] = library.add(100, [("harbour.txt", HARBOUR, None)])
    assert (added.status, added.sentences) == ("added", 2)
    assert "Anna Borg" in library.ask(100, "Who is the harbour master?").hits[0].sentence
    other = library.ask(200, "Who is the harbour master?", k=5)
    assert all("Anna Borg" not in h.sentence for h in other.hits)
    assert "radars" in library.ask(200, "what did Gates say about radars?").hits[0].sentence
    assert [d.name for d in library.documents(100)[1]] == ["harbour.txt"] and library.documents(200)[1] == []
    # The chat's limit: the third document is refused, the shared index is untouched.
    results = library.add(100, [("bridge.txt", BRIDGE, None), ("third.txt", "A third story. It is short.", None)])
    assert [r.status for r in results] == ["added", "refused"]
    assert [d.name for d in shared.documents()] == ["article.txt"]
    [doc] = [d for d in library.documents(100)[1] if d.name == "bridge.txt"]
    assert library.remove(100, doc.id).name == "bridge.txt" and library.remove(200, doc.id) is None


def test_ranking_signals_agree_between_engines(tmp_path, article):
    """Every ranking signal is the same number whichever engine serves it: Milvus scores BM25
    over the words qa-bot's tokenizer found, with the same k1 and b."""
    pytest.importorskip("milvus_lite", reason="the Milvus backend needs: pip install -e '.[dev]'")
    from qa_bot.milvus_index import disconnect

    embedded, milvus = Engine("embedded", tmp_path).new(), Engine("milvus", tmp_path).new()
    try:
        for bot in (embedded, milvus):
            bot.add_texts({"article.txt": article})
        question = "Which side proposed an alternative to the missile defence plan?"
        vector = embedded.encoder.encode([question])[0]
        by_text = [{row.text: f for row, f in bot.candidates(question, vector, 30)} for bot in (embedded, milvus)]
        assert by_text[0].keys() == by_text[1].keys()
        for text, signals in by_text[0].items():
            for name, value in signals.items():
                assert by_text[1][text][name] == pytest.approx(value, abs=1e-4), (name, text)
        # And so is what the confidence reads, the question's word weights included.
        assert embedded.index.word_weights(question) == pytest.approx(milvus.index.word_weights(question))
        confidence = [bot.answer_signals(question, bot.ranked(question, vector, 50)) for bot in (embedded, milvus)]
        assert confidence[0] == pytest.approx(confidence[1], abs=1e-4)
    finally:
        disconnect(str(tmp_path / "milvus.db"))


def test_seed_questions_score_the_same_on_both_engines(engine):
    from qa_bot.evaluate import evaluate

    report = evaluate(FIXTURES / "seed_dev.jsonl", backend=engine.kind)
    assert report["top1_right"] == 16 and report["right_but_abstained"] == 0
    unanswerable = evaluate(FIXTURES / "seed_dev_unanswerable.jsonl", backend=engine.kind)
    assert unanswerable["abstention_rate"] == 1.0


# ----- migrate ----------------------------------------------------------------------------------
def test_migrate_to_milvus_and_back_keeps_documents_vectors_and_chats(tmp_path, article):
    pytest.importorskip("milvus_lite", reason="the Milvus backend needs: pip install -e '.[dev]'")
    from qa_bot.migrate import to_embedded, to_milvus
    from qa_bot.milvus_index import MilvusIndex, disconnect

    source = Engine("embedded", tmp_path).new()
    source.add_texts({"article.txt": article})
    Engine("embedded", tmp_path).collections(source).add(-100123, [("harbour.txt", HARBOUR, None)])
    uri = str(tmp_path / "milvus.db")
    try:
        copied = to_milvus(tmp_path / "index", uri, "qa_bot")
        assert (copied.documents, copied.sentences, copied.chats) == (2, 21, 1)
        assert to_milvus(tmp_path / "index", uri, "qa_bot").unchanged == 2  # again: nothing to copy
        milvus = MilvusIndex(uri, "qa_bot")
        rows = source.index.document_sentences(1)
        copied_rows = milvus.document_sentences(milvus.documents()[0].id)
        assert [(r.start, r.end, r.text, r.speaker) for r in rows] == \
               [(r.start, r.end, r.text, r.speaker) for r in copied_rows]
        assert np.array_equal(source.index.vectors([r.id for r in rows]), milvus.vectors([r.id for r in copied_rows]))
        chat = milvus.in_namespace("chat:-100123")
        assert [d.name for d in chat.documents()] == ["harbour.txt"]

        back = to_embedded(uri, "qa_bot", tmp_path / "back")
        assert (back.documents, back.chats) == (2, 1)
        with pytest.raises(IndexStateError, match="already holds an index"):
            to_embedded(uri, "qa_bot", tmp_path / "back")
        returned = QABot.load(tmp_path / "back")
        assert returned.ask("what did Gates say about radars?").best.speaker == "Robert Gates"
        assert [d.name for d in QABot.load(tmp_path / "back" / "chats" / "-100123").documents()] == ["harbour.txt"]
    finally:
        disconnect(uri)


def test_migrate_command_copies_and_reports_in_one_line(tmp_path, capsys, built_index):
    import shutil

    from qa_bot.cli import main
    from qa_bot.milvus_index import disconnect

    pytest.importorskip("milvus_lite", reason="the Milvus backend needs: pip install -e '.[dev]'")
    shutil.copytree(built_index, tmp_path / "index")
    uri = str(tmp_path / "copy.db")
    try:
        assert main(["migrate", "--to", "milvus", "--milvus-uri", uri]) == 0
        assert capsys.readouterr().out.startswith("copied 1 document (19 sentences, 0 chat collections) to Milvus")
        assert main(["ask", "what did Gates say about radars?", "--backend", "milvus", "--milvus-uri", uri]) == 0
        assert "Robert Gates" in capsys.readouterr().out
        assert main(["migrate", "--to", "embedded", "--milvus-uri", uri]) == 1  # ./index is taken
        assert "already holds an index" in capsys.readouterr().err
    finally:
        disconnect(uri)


# ----- Milvus as a server: processes sharing it, writers killed --------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def milvus_server(tmp_path):
    """milvus-lite's engine serving one file on a loopback port: what a Milvus server is to qa-bot."""
    pytest.importorskip("milvus_lite", reason="the Milvus backend needs: pip install -e '.[dev]'")
    from milvus_lite.server import Server
    from pymilvus import MilvusClient

    port = _free_port()
    server = Server(str(tmp_path / "server.db"), address=f"127.0.0.1:{port}")
    assert server.start(), "milvus-lite did not start"
    uri = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            MilvusClient(uri, timeout=5).close()
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    yield uri
    from qa_bot.milvus_index import disconnect

    disconnect(uri)
    server.stop()


def _qa_bot(*args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "qa_bot", *args], capture_output=True, text=True, env=env,
                          timeout=timeout)


def test_a_writer_process_and_a_reader_see_each_others_writes(milvus_server, tmp_path):
    """Two processes on one Milvus: `qa-bot index` writes, this process reads; this process
    writes, `qa-bot ask` (another process) reads."""
    story = tmp_path / "harbour.txt"
    story.write_text(HARBOUR, encoding="utf-8")
    flags = ["--backend", "milvus", "--milvus-uri", milvus_server]
    written = _qa_bot("index", str(story), *flags)
    assert written.returncode == 0, written.stderr
    reader = QABot.open_milvus(milvus_server)
    assert [d.name for d in reader.documents()] == [str(story.resolve())]
    assert "Anna Borg" in reader.ask("Who is the harbour master?").best.sentence

    reader.add_texts({"bridge.txt": BRIDGE})
    asked = _qa_bot("ask", "Who designed the Tolvik bridge?", "--json", *flags)
    assert asked.returncode == 0, asked.stderr
    assert "Maria Lund" in asked.stdout


_KILLED_WRITER = textwrap.dedent("""
    import os, signal, sys
    from qa_bot import QABot
    from qa_bot import milvus_index

    uri, step = sys.argv[1], sys.argv[2]
    bot = QABot.open_milvus(uri)

    def die(self, *args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    if step == "acknowledged":
        bot.add_texts({"bridge.txt": "The new Tolvik bridge is 1.8 kilometres long. It was designed by Maria Lund."})
        os.kill(os.getpid(), signal.SIGKILL)
    setattr(milvus_index.MilvusIndex, step, die)
    if step == "_delete_rows":
        bot.remove("harbour.txt")
    else:
        bot.add_texts({"bridge.txt": "The new Tolvik bridge is 1.8 kilometres long. It was designed by Maria Lund."})
""")


@pytest.mark.parametrize("step", ["_count_sentences", "_delete_rows", "acknowledged"])
def test_a_writer_killed_mid_write_leaves_a_consistent_index(milvus_server, tmp_path, step):
    """SIGKILL while a document's sentences are written but not yet counted, while a removal
    has uncounted its words but not deleted them, and right after an acknowledged write."""
    from qa_bot.milvus_index import MilvusIndex

    bot = QABot.open_milvus(milvus_server, build_bundled=True)
    bot.add_texts({"harbour.txt": HARBOUR})
    before = {d.name for d in bot.documents()}
    script = tmp_path / "writer.py"
    script.write_text(_KILLED_WRITER, encoding="utf-8")
    killed = subprocess.run([sys.executable, str(script), milvus_server, step], capture_output=True, text=True,
                            env={**os.environ, "HF_HUB_OFFLINE": "1"}, timeout=180)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]

    expected = {"_count_sentences": before, "_delete_rows": before - {"harbour.txt"},
                "acknowledged": before | {"bridge.txt"}}[step]
    assert {d.name for d in bot.documents()} == expected
    sentences = sum(d.sentences for d in bot.documents())
    assert len(bot) == sentences
    tolvik = bot.ask("Who designed the Tolvik bridge?", k=5)
    assert any("Maria Lund" in h.sentence for h in tolvik.hits) == ("bridge.txt" in expected)

    # The next writer finishes what the killed one left: no stray rows, counts as if rebuilt.
    bot.add_texts({"museum.txt": "The museum of Tartu reopened in June. Its new wing holds 300 paintings."})
    index: MilvusIndex = bot.index
    live = {d.id for d in bot.documents()}
    stored = {r["doc_id"] for r in index._query(index.name, "doc_id >= 0", ["doc_id"])}
    assert stored == live
    fresh = Engine("embedded", tmp_path / "fresh").new()
    fresh.add_texts({d.name: index.document_text(d.id) for d in bot.documents()},
                    titles={d.name: d.title for d in bot.documents()})
    question = "How many paintings does the new wing of the Tartu museum hold?"
    rows = index.sentences(index.dense_search(fresh.encoder.encode([question])[0], 10))
    fresh_rows = {r.text: r for r in fresh.index.sentences(range(len(fresh) + 5)).values()}
    ours = index.coverage(question, rows)
    theirs = fresh.index.coverage(question, {fresh_rows[r.text].id: fresh_rows[r.text] for r in rows.values()})
    assert sorted(ours.values()) == pytest.approx(sorted(theirs.values()), abs=1e-6)


# ----- every door on Milvus ---------------------------------------------------------------------
MILVUS_CONFIG = '[index]\nbackend = "milvus"\nuri = "qa-bot-milvus.db"\n'


@pytest.fixture
def milvus_config(tmp_path):
    """A config that puts the index in the default milvus-lite file of the test's directory."""
    pytest.importorskip("milvus_lite", reason="the Milvus backend needs: pip install -e '.[dev]'")
    config = tmp_path / "qa-bot.toml"  # read from the current directory, which is tmp_path
    config.write_text(MILVUS_CONFIG, encoding="utf-8")
    yield config
    from qa_bot.milvus_index import disconnect

    disconnect(str(tmp_path / "qa-bot-milvus.db"))


def test_cli_ask_repl_batch_docs_index_remove_on_milvus(milvus_config, tmp_path, capsys, monkeypatch):
    import io
    import json

    from qa_bot.cli import main

    assert main(["ask", "what did Gates say about radars?"]) == 0  # first use: the bundled article
    assert "radars would not constitute" in capsys.readouterr().out
    assert not (tmp_path / "index").exists()  # nothing went to the embedded default

    monkeypatch.setattr(sys, "stdin", io.StringIO("Who is the harbour master?\n:quit\n"))
    story = tmp_path / "harbour.md"
    story.write_text(HARBOUR, encoding="utf-8")
    assert main(["index", str(story)]) == 0
    assert "added: " in capsys.readouterr().out
    assert main(["repl"]) == 0
    assert "Anna Borg" in capsys.readouterr().out

    (tmp_path / "questions.txt").write_text("what did Gates say about radars?\nWho is the harbour master?\n")
    assert main(["batch", "questions.txt", "-o", "answers.jsonl"]) == 0
    answers = [json.loads(line) for line in (tmp_path / "answers.jsonl").read_text().splitlines()]
    assert ["radars" in answers[0]["hits"][0]["sentence"], "Anna Borg" in answers[1]["hits"][0]["sentence"]] == \
           [True, True]

    capsys.readouterr()
    assert main(["docs"]) == 0
    listing = capsys.readouterr().out
    assert "U.S. and Russian officials hold defence talks in Moscow" in listing and "harbour.md" in listing
    assert main(["remove", "harbour"]) == 0
    assert capsys.readouterr().out.startswith("removed: 2 Harbour reopens after storm")
    assert main(["remove", "harbour"]) == 1
    assert "no document 'harbour'" in capsys.readouterr().err


def test_cli_on_milvus_refuses_what_it_cannot_do_in_one_line(milvus_config, tmp_path, capsys):
    from qa_bot.cli import main

    assert main(["ask", "anything?", "--milvus-uri", str(tmp_path / "typo.db")]) == 1
    err = capsys.readouterr().err
    assert "no qa-bot index 'qa_bot' in Milvus" in err and err.count("\n") == 1
    assert main(["index", "--rebuild"]) == 1
    assert "Milvus index has none to rebuild" in capsys.readouterr().err
    assert main(["ask", "anything?", "--milvus-uri", str(tmp_path / "no-such-folder" / "m.db")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_telegram_chats_keep_their_documents_in_milvus(milvus_config, tmp_path):
    import asyncio

    from fake_telegram import FakeBotAPI, document, message
    from qa_bot.config import TelegramSettings
    from qa_bot.telegram_bot import build_application

    qa = QABot.open_milvus(str(tmp_path / "qa-bot-milvus.db"), build_bundled=True)
    token = "123456:TEST-secret-token-abcdef"
    with FakeBotAPI(token) as fake:
        async def scenario():
            fake.files["f1"] = HARBOUR.encode()
            fake.push(document(100, "f1", "harbour.txt", len(HARBOUR)))
            await asyncio.to_thread(fake.wait_for, "sendMessage", 1, 60.0, chat_id="100")
            fake.push(message(100, "Who is the harbour master?"))
            fake.push(message(200, "Who is the harbour master?"))
            [_, answer] = await asyncio.to_thread(fake.wait_for, "sendMessage", 2, 60.0, chat_id="100")
            [other] = await asyncio.to_thread(fake.wait_for, "sendMessage", 1, 60.0, chat_id="200")
            assert "Anna Borg" in answer["text"]
            assert other["text"].startswith("I could not find that")

        async def main():
            app = build_application(qa, TelegramSettings(token=token, base_url=fake.base_url))
            async with app:
                await app.start()
                await app.updater.start_polling(poll_interval=0.0, timeout=1)
                try:
                    await scenario()
                finally:
                    await app.updater.stop()
                    await app.stop()

        asyncio.run(asyncio.wait_for(main(), timeout=120))
    # The chat's document went to its own collection in Milvus, not to a directory.
    assert [d.title for d in qa.index.in_namespace("chat:100").documents()] == ["Harbour reopens after storm"]
    assert qa.index.in_namespace("chat:200").documents() == []
    assert not (tmp_path / "index").exists() and not (tmp_path / "chats").exists()


def test_milvus_reads_a_questions_documents_in_a_few_requests(tmp_path):
    """A question's candidates stand in many documents; reading each one's text and people with
    its own request took seconds on a question's first asking at 100k sentences."""
    pytest.importorskip("milvus_lite", reason="the Milvus backend needs: pip install -e '.[dev]'")
    from qa_bot.milvus_index import disconnect

    engine = Engine("milvus", tmp_path)
    stories = {f"harbour-{n}.md": f"# Harbour {n}\n\n## Repairs\n\nThe harbour of Port {n} reopened after storm "
                                  f"number {n}. \u201cWe lost {n} piers,\u201d said harbour master Anna Borg."
               for n in range(40)}
    try:
        engine.new().add_texts(stories)
        cold, warm = (engine.reopen() for _ in range(2))
        requests = []
        calls = cold.index._call
        cold.index._call = lambda method, *args, **kwargs: (requests.append(method), calls(method, *args, **kwargs))[1]
        answer = cold.ask("How many piers did the harbour of Port 7 lose?", k=3)
        assert answer.best.source == "harbour-7.md" and "lost 7 piers" in answer.best.sentence
        assert len(requests) <= 20, requests  # one a document would be 80 and more
        # Read ahead or one at a time, each document reads the same.
        documents = {d.id: d for d in warm.documents()}
        requests.clear()
        cold.index.prefetch(list(documents))
        assert len(requests) <= 3
        for doc_id, document in documents.items():
            assert cold.index.document(doc_id) == document
            assert cold.index.document_text(doc_id) == warm.index.document_text(doc_id)
            assert cold.index.full_names(doc_id) == warm.index.full_names(doc_id) != {}
        assert len(requests) <= 3  # all of it was read ahead
    finally:
        disconnect(engine.uri)


def test_milvus_keeps_documents_texts_within_a_budget_of_characters(tmp_path, monkeypatch):
    """Texts are kept to save a request a document, but an archive of large documents (up to
    50 MiB each) must not fill the process's memory with them."""
    pytest.importorskip("milvus_lite", reason="the Milvus backend needs: pip install -e '.[dev]'")
    from qa_bot import milvus_index

    monkeypatch.setattr(milvus_index, "TEXT_CHARS_KEPT", 1_000)
    engine = Engine("milvus", tmp_path)
    try:
        engine.new().add_texts({f"story-{n}.txt": f"Story {n} begins here. " + "It goes on and on. " * 20
                                for n in range(6)})
        bot = engine.reopen()
        ids = [d.id for d in bot.documents()]
        texts = [bot.index.document_text(doc_id) for doc_id in ids]
        bot.index.prefetch(ids)
        assert all(text.startswith(f"Story {n} begins") and len(text) > 400 for n, text in enumerate(texts))
        assert 0 < sum(map(len, bot.index._texts.values())) <= 1_000
        assert bot.index.document_text(ids[0]) == texts[0]  # dropped, read again
    finally:
        milvus_index.disconnect(engine.uri)


def test_a_milvus_lite_server_not_yet_started_is_waited_for_not_reported(monkeypatch):
    """milvus-lite may answer before its memory-mapping manager has started (pymilvus issue 2981;
    a fresh-clone CI run failed so once in ~1,190 tests): the call is tried again, and a collection
    the failed attempt made anyway is not made twice. Any other failure, or one that lasts, is
    reported as one line. (A fake client: the race cannot be brought about on demand.)"""
    import qa_bot.milvus_index as milvus
    from qa_bot.errors import IndexStateError

    class Client:
        def __init__(self, failures: int, made_anyway: bool = False):
            self.failures, self.made_anyway, self.made = failures, made_anyway, []

        def list_collections(self):
            return list(self.made)

        def create_collection(self, name, **_):
            if self.failures:
                self.failures -= 1
                if self.made_anyway:
                    self.made.append(name)
                raise RuntimeError('Assert "init_flag_ == true" => Mmap manager has not been init. at MmapManager.h')
            self.made.append(name)

        def query(self, *_args, **_kwargs):
            raise RuntimeError("collection not loaded")

    waits = []
    monkeypatch.setattr(milvus.time, "sleep", waits.append)
    index = milvus.MilvusIndex.__new__(milvus.MilvusIndex)
    index.uri = "qa-bot-milvus.db"
    for made_anyway in (False, True):
        index.client = Client(failures=2, made_anyway=made_anyway)
        index._call("create_collection", "qa_bot")
        assert index.client.made == ["qa_bot"]
    assert waits == [0.2, 0.4, 0.2]
    index.client = Client(failures=milvus._START_RETRIES + 1)
    with pytest.raises(IndexStateError, match=r"failed \(create_collection\): .*Mmap manager has not been init"):
        index._call("create_collection", "qa_bot")
    waits.clear()
    with pytest.raises(IndexStateError, match=r"failed \(query\): collection not loaded"):
        index._call("query", "qa_bot")
    assert waits == []
