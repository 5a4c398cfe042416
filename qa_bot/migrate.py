"""`qa-bot migrate`: copy an index between the embedded backend and Milvus, both ways.

Documents are copied with their sentences, offsets, speakers and vectors as they are: nothing
is re-embedded, so the copy answers exactly as the original (up to each engine's BM25). The
chats' own collections come along: `<index dir>/chats/<id>` directories on one side,
"chat:<id>" collections on the other. Copying again only copies what changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .backend import Index
from .errors import IndexStateError
from .index import SentenceIndex, index_exists
from .locking import write_lock
from .milvus_index import MilvusIndex

CHATS = "chats"
COPY_GROUP = 64  # documents written to the target in one go


@dataclass
class Copied:
    documents: int = 0
    sentences: int = 0
    unchanged: int = 0
    chats: int = 0


def copy_documents(source: Index, target: Index, copied: Copied) -> None:
    """Every live document of ``source`` into ``target`` (a writable one), replacing a
    different version of the same name; vectors are read, not computed."""
    if source.dimension != target.dimension or source.model_id != target.model_id:
        raise IndexStateError(f"the target holds {target.model_id!r} vectors, the source {source.model_id!r}: "
                              "they cannot be mixed")
    waiting = []
    for doc in source.documents():
        same = target.documents_named([doc.name])
        if same and same[0].sha256 == doc.sha256:
            copied.unchanged += 1
            continue
        if same:
            target.remove_document(doc.name)
        rows = source.document_sentences(doc.id)
        waiting.append((doc.name, doc.title, source.document_text(doc.id),
                        [(r.start, r.end, r.text, r.speaker) for r in rows], source.vectors([r.id for r in rows])))
        copied.documents += 1
        copied.sentences += len(rows)
        if len(waiting) == COPY_GROUP:
            target.insert_documents(waiting)
            waiting = []
    if waiting:
        target.insert_documents(waiting)


def to_milvus(index_dir: Path, uri: str, collection: str, chats_root: Path | None = None,
              progress: Callable[[str], None] = lambda _: None) -> Copied:
    index_dir = Path(index_dir)
    if not index_exists(index_dir):
        raise IndexStateError(f"no index in {index_dir} to copy")
    source = SentenceIndex.load(index_dir)
    target = MilvusIndex(uri, collection, "", source.model_id, source.dimension, create=True)
    copied = Copied()
    with target.write_guard():
        copy_documents(source, target, copied)
    progress(f"{index_dir}: {copied.documents} documents copied")
    chats_root = Path(chats_root) if chats_root else index_dir / CHATS
    for chat_dir in sorted(chats_root.iterdir()) if chats_root.is_dir() else []:
        if re.fullmatch(r"-?\d+", chat_dir.name) and index_exists(chat_dir):
            chat = target.in_namespace(f"chat:{chat_dir.name}")
            with chat.write_guard():
                copy_documents(SentenceIndex.load(chat_dir), chat, copied)
            copied.chats += 1
    if copied.chats:
        progress(f"{copied.chats} chat collections copied")
    return copied


def to_embedded(uri: str, collection: str, index_dir: Path, chats_root: Path | None = None,
                progress: Callable[[str], None] = lambda _: None) -> Copied:
    index_dir = Path(index_dir)
    if index_exists(index_dir):
        raise IndexStateError(f"{index_dir} already holds an index: copy into a new --index-dir")
    if not MilvusIndex.exists(uri, collection):
        raise IndexStateError(f"no qa-bot index {collection!r} in Milvus at {uri} to copy")
    shared = MilvusIndex(uri, collection)
    copied = Copied()
    chats_root = Path(chats_root) if chats_root else index_dir / CHATS
    for namespace in [""] + [n for n in shared.namespaces() if n.startswith("chat:")]:
        source = shared if namespace == "" else shared.in_namespace(namespace)
        directory = index_dir if namespace == "" else chats_root / namespace.split(":", 1)[1]
        target = SentenceIndex(source.model_id, source.dimension)
        copy_documents(source, target, copied)
        with write_lock(directory):
            target.save(directory)
        copied.chats += namespace != ""
        progress(f"{namespace or 'shared documents'}: copied to {directory}")
    return copied
