"""Writers never interleave, readers see new documents, interrupted writes lose nothing."""

import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

from qa_bot import IndexStateError, QABot
from qa_bot.locking import write_lock

from conftest import snapshot


@pytest.fixture
def index_copy(built_index, tmp_path):
    target = tmp_path / "idx"
    shutil.copytree(built_index, target)
    return target


def test_second_writer_waits_then_fails_with_a_clear_message(index_copy):
    with write_lock(index_copy):
        started = time.monotonic()
        with pytest.raises(IndexStateError, match="another qa-bot is writing"):
            with write_lock(index_copy, timeout=0.3):
                pass
        assert time.monotonic() - started >= 0.3


def test_two_bots_adding_at_once_keep_both_documents(index_copy):
    first, second = QABot.load(index_copy), QABot.load(index_copy)
    errors = []

    def add(bot, name, text):
        try:
            bot.add_texts({name: text})
        except Exception as e:  # noqa: BLE001 - the assertion below reports it
            errors.append(e)

    threads = [threading.Thread(target=add, args=(first, "one.txt", "The first new article is about rain.")),
               threading.Thread(target=add, args=(second, "two.txt", "The second new article is about snow."))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    names = {d.name for d in QABot.load(index_copy).documents()}
    assert names == {"article.txt", "one.txt", "two.txt"}


def test_a_running_bot_sees_documents_added_by_another_process(index_copy):
    serving = QABot.load(index_copy)
    assert not serving.ask("Where did the Arctic council meet?").found
    writer = QABot.load(index_copy)
    time.sleep(0.01)  # a distinct manifest mtime on coarse filesystems
    writer.add_texts({"extra.txt": "The Arctic council met in Oslo on Friday."})
    answer = serving.ask("Where did the Arctic council meet?")
    assert answer.found and answer.hits[0].source == "extra.txt"


KILL_SCRIPT = """
import sys, time
from qa_bot import QABot
bot = QABot.load(sys.argv[1])
texts = {f"doc{i}.txt": f"Article number {i} reports that the council met for the {i}th time. " * 40 for i in range(40)}
print("ready", flush=True)
bot.add_texts(texts)
print("done", flush=True)
"""


@pytest.mark.parametrize("delay", [0.0, 0.3, 0.8, 1.5])
def test_kill_9_during_indexing_leaves_the_previous_index_usable(index_copy, tmp_path, delay):
    before = snapshot(index_copy)
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(index_copy)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    bot = QABot.load(index_copy)  # the index loads, checksums and all
    names = {d.name for d in bot.documents()}
    if names == {"article.txt"}:
        after = snapshot(index_copy)
        assert {name: after.get(name) for name in before} == before  # half-written files are orphans only
    else:  # the kill came after the manifest swap: the new index is whole
        assert len(names) == 41
    assert "topped the agenda" in bot.ask("What topped the agenda?").hits[0].sentence
    # and the next write works and cleans up what the killed one left
    bot.add_texts({"after.txt": "A later article about the harbour."})
    assert not [p for p in index_copy.iterdir() if p.name.startswith(".manifest-")]
