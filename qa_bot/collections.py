"""Shared documents plus a private collection for each chat.

The operator's index holds the global documents; every chat that adds documents gets an index
of its own: a directory under ``root`` (embedded), or, when the shared index is in Milvus and no
``root`` is given, a "chat:<id>" collection beside it that every request filters on. A chat's
questions are answered from the global documents and its own, never from another chat's.

Only a bounded number of chat indexes is open at once (least recently used first out): each
holds file descriptors (its SQLite stores and memory-mapped BM25 arrays), and a bot serving
thousands of chats must not run out of them. An evicted index is closed when the last request
using it finishes (reference counting), never under a request's feet.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .index import DocumentInfo, SentenceIndex, guess_title, index_exists
from .retriever import Answer, QABot

DEFAULT_OPEN_CHATS = 64


@dataclass(frozen=True)
class Limits:
    max_documents_per_chat: int = 20
    max_document_bytes: int = 2_000_000


@dataclass(frozen=True)
class Added:
    """What became of one document sent to a collection."""

    name: str
    title: str
    status: str  # "added", "replaced", "unchanged" or "refused" (the chat's limit was reached)
    sentences: int


class Collections:
    def __init__(self, shared: QABot, root: Path | None, limits: Limits = Limits(),
                 open_chats: int = DEFAULT_OPEN_CHATS) -> None:
        self.shared = shared
        self.root = Path(root) if root is not None else None
        if self.root is None and not hasattr(shared.index, "in_namespace"):
            raise InputError("the chats' documents need a directory (chat_index_dir)")
        self.limits = limits
        self.open_chats = max(1, open_chats)
        self._bots: OrderedDict[int, QABot] = OrderedDict()
        self._lock = threading.Lock()

    def _dir(self, chat_id: int) -> Path:
        return self.root / re.sub(r"[^0-9-]", "", str(int(chat_id)))

    def chat_bot(self, chat_id: int, create: bool = False) -> QABot | None:
        with self._lock:
            bot = self._bots.get(chat_id)
            if bot is not None:
                self._bots.move_to_end(chat_id)
                return bot
            bot = self._open(chat_id, create)
            if bot is None:
                return None
            self._bots[chat_id] = bot
            while len(self._bots) > self.open_chats:
                self._bots.popitem(last=False)
            return bot

    def _open(self, chat_id: int, create: bool) -> QABot | None:
        encoder = self.shared.encoder  # one model in memory for every chat
        if self.root is None:  # a collection in the shared index's Milvus
            index = self.shared.index.in_namespace(f"chat:{int(chat_id)}")
            return QABot(index, encoder) if create or index.document_count() else None
        directory = self._dir(chat_id)
        if index_exists(directory):
            return QABot(SentenceIndex.load(directory, model_id=encoder.model_id), encoder, index_dir=directory)
        if create:
            return QABot(SentenceIndex(encoder.model_id, encoder.dimension), encoder, index_dir=directory)
        return None

    def ask(self, chat_id: int, question: str, k: int = 5) -> Answer:
        """The best sentences from the global documents and this chat's own."""
        answers = [self.shared.ask(question, k)]
        own = self.chat_bot(chat_id)
        if own is not None and len(own):
            answers.append(own.ask(question, k))
        if len(answers) == 1:
            return answers[0]
        hits = sorted((h for a in answers for h in a.hits), key=lambda h: -h.score)[:k]
        return Answer(answers[0].question, any(a.found for a in answers), hits, max(a.confidence for a in answers))

    def add(self, chat_id: int, documents: list[tuple[str, str, str | None]]) -> list[Added]:
        """Add (name, text, title) documents to a chat's collection, as many as its limit allows."""
        for name, text, _ in documents:
            if len(text.encode("utf-8", "replace")) > self.limits.max_document_bytes:
                raise InputError(f"that document is too large (at most {self.limits.max_document_bytes // 1000} kB)")
        bot = self.chat_bot(chat_id, create=True)
        return self._add_to(bot, documents, self.limits.max_documents_per_chat)

    def add_shared(self, documents: list[tuple[str, str, str | None]]) -> list[Added]:
        return self._add_to(self.shared, documents, None)

    @staticmethod
    def _add_to(bot: QABot, documents: list[tuple[str, str, str | None]], limit: int | None) -> list[Added]:
        titles = {name: title or guess_title(name, text) for name, text, title in documents}
        results = bot.add_texts({name: text for name, text, _ in documents}, titles, max_documents=limit)
        return [Added(name, titles[name], *results[name]) for name in titles]

    def documents(self, chat_id: int) -> tuple[list[DocumentInfo], list[DocumentInfo]]:
        """(global documents, this chat's documents)."""
        own = self.chat_bot(chat_id)
        return self.shared.documents(), (own.documents() if own else [])

    def example_question(self, chat_id: int) -> str:
        """A question to suggest: about the chat's own documents if it has any."""
        own = self.chat_bot(chat_id)
        return (own.example_question() if own is not None and len(own) else "") or self.shared.example_question()

    def owner_of(self, chat_id: int, source: str) -> QABot:
        """The bot (this chat's or the global one) that holds the document named ``source``."""
        own = self.chat_bot(chat_id)
        if own is not None and any(d.name == source for d in own.documents()):
            return own
        return self.shared

    def remove(self, chat_id: int, doc_id: int) -> DocumentInfo | None:
        """Remove one of this chat's documents by its id (as /docs shows it)."""
        own = self.chat_bot(chat_id)
        if own is None:
            return None
        for doc in own.documents():
            if doc.id == doc_id:
                own.remove(doc.name)
                return doc
        return None
