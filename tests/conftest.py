"""Shared fixtures. The real model and FAISS are used throughout: the encoder is cached per
process (qa_bot.embed.shared_encoder), so the weights load once for the whole run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from qa_bot.locking import LOCK_NAME

os.environ.setdefault("HF_HUB_OFFLINE", "1")
if os.environ.get("PYTEST_XDIST_WORKER"):
    # xdist runs one worker a core; each encoding with every core's threads as well oversubscribes
    # the machine (the suite took a third longer on 2 cores). Set in this process only, not through
    # OMP_NUM_THREADS, which the milvus-lite server and the CLI's subprocesses would inherit.
    import torch

    torch.set_num_threads(1)

FIXTURES = Path(__file__).parent / "fixtures"
# The large eval sets live outside the repo; tests that need them skip when they are absent.
EVAL_DIR = Path(os.environ.get("QA_BOT_EVAL_DIR", Path(__file__).resolve().parents[2] / "shared" / "eval"))


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Every test runs in its own directory with no qa-bot settings from the environment."""
    for var in list(os.environ):
        if var.startswith("QA_BOT_") or var == "TELEGRAM_BOT_TOKEN":
            monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def article() -> str:
    from qa_bot.retriever import bundled_article

    return bundled_article()


@pytest.fixture(scope="session")
def bot(article):
    from qa_bot import QABot

    return QABot.bundled()


@pytest.fixture(scope="session")
def built_index(tmp_path_factory, article):
    """A saved index of the bundled article; copy it before changing it."""
    from qa_bot import QABot

    directory = tmp_path_factory.mktemp("index") / "idx"
    QABot.bundled().index.save(directory)
    before = snapshot(directory)
    yield directory
    assert snapshot(directory) == before, "a test changed the shared built_index; copy it first"


def story_batch(folder: str):
    """All the documents of a story batch (a folder of tests/fixtures), in one index, as its eval
    asks them."""
    from qa_bot import QABot
    from qa_bot.documents import load_paths

    docs = load_paths([FIXTURES / folder], warn=lambda message: None)  # its questions.jsonl is no document
    return QABot.from_texts({d.name: d.text for d in docs}, titles={d.name: d.title for d in docs if d.title})


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file of a directory, to prove that a failed command changed nothing."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*"))
            if p.is_file() and p.name != LOCK_NAME}


def index_files(directory: Path) -> list[str]:
    """The files of an index directory, less the writers' lock file."""
    return sorted(p.name for p in directory.iterdir() if p.name != LOCK_NAME)


ENGINES = ("embedded", "milvus")


def bundled_bot_on(engine: str, tmp_path_factory):
    """A bot over the bundled article on either index engine (Milvus: milvus-lite in a file)."""
    from qa_bot import QABot

    if engine == "embedded":
        yield QABot.bundled()
        return
    pytest.importorskip("milvus_lite", reason="the Milvus backend needs: pip install -e '.[dev]'")
    from qa_bot.milvus_index import disconnect

    uri = str(tmp_path_factory.mktemp("milvus") / "qa-bot-milvus.db")
    yield QABot.open_milvus(uri, build_bundled=True)
    disconnect(uri)
