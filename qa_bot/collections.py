"""Shared documents plus a private collection for each chat.

The operator's index holds the global documents; every chat that adds documents gets an index
directory of its own under ``root``. A chat's questions are answered from the global documents
and its own, never from another chat's: isolation by construction, one index per chat.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .index import DocumentInfo, SentenceIndex, guess_title, index_exists
from .retriever import Answer, QABot


@dataclass(frozen=True)
class Limits:
    max_documents_per_chat: int = 20
    max_document_bytes: int = 2_000_000


class Collections:
    def __init__(self, shared: QABot, root: Path, limits: Limits = Limits()) -> None:
        self.shared = shared
        self.root = Path(root)
        self.limits = limits
        self._bots: dict[int, QABot] = {}
        self._lock = threading.Lock()

    def _dir(self, chat_id: int) -> Path:
        return self.root / re.sub(r"[^0-9-]", "", str(int(chat_id)))

    def chat_bot(self, chat_id: int, create: bool = False) -> QABot | None:
        with self._lock:
            bot = self._bots.get(chat_id)
            if bot is None:
                directory = self._dir(chat_id)
                encoder = self.shared.encoder  # one model in memory for every chat
                if index_exists(directory):
                    bot = QABot(SentenceIndex.load(directory, model_id=encoder.model_id), encoder, index_dir=directory)
                elif create:
                    bot = QABot(SentenceIndex(encoder.model_id, encoder.dimension), encoder, index_dir=directory)
                else:
                    return None
                self._bots[chat_id] = bot
            return bot

    def ask(self, chat_id: int, question: str, k: int = 5) -> Answer:
        """The best sentences from the global documents and this chat's own."""
        answers = [self.shared.ask(question, k)]
        own = self.chat_bot(chat_id)
        if own is not None and len(own.index):
            answers.append(own.ask(question, k))
        if len(answers) == 1:
            return answers[0]
        hits = sorted((h for a in answers for h in a.hits), key=lambda h: -h.score)[:k]
        return Answer(answers[0].question, any(a.found for a in answers), hits, max(a.confidence for a in answers))

    def add(self, chat_id: int, name: str, text: str, title: str | None = None) -> tuple[str, str, int]:
        """Add a document to a chat's collection: (status, title, sentences)."""
        if len(text.encode("utf-8")) > self.limits.max_document_bytes:
            raise InputError(f"that document is too large (at most {self.limits.max_document_bytes // 1000} kB)")
        bot = self.chat_bot(chat_id, create=True)
        existing = {d.name for d in bot.documents()}
        if name not in existing and len(existing) >= self.limits.max_documents_per_chat:
            raise InputError(f"this chat already has {len(existing)} documents, the most allowed; "
                             "/remove one first")
        title = title or guess_title(name, text)
        status, sentences = bot.add_texts({name: text}, {name: title})[name]
        return status, title, sentences

    def add_shared(self, name: str, text: str, title: str | None = None) -> tuple[str, str, int]:
        title = title or guess_title(name, text)
        status, sentences = self.shared.add_texts({name: text}, {name: title})[name]
        return status, title, sentences

    def documents(self, chat_id: int) -> tuple[list[DocumentInfo], list[DocumentInfo]]:
        """(global documents, this chat's documents)."""
        own = self.chat_bot(chat_id)
        return self.shared.documents(), (own.documents() if own else [])

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
