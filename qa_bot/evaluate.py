"""`qa-bot eval`: answer quality on a question set, measured through the public API.

Formats (see the eval sets' README): seed sets (`question`, optional `keys`; no keys means the
question is unanswerable), SQuAD whole-article sets (`doc_id`, `answers` with offsets, none for an
unanswerable question; documents in a sibling `*_docs.jsonl`), and WikiQA sets (`document`,
`gold_spans`).
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .errors import InputError
from .retriever import BUNDLED_DOCUMENT_NAME, QUESTION_BATCH_SIZE, Hit, QABot, bundled_article

DEPTH = 10  # hits per question: MRR@10


@dataclass
class Item:
    question: str
    doc_key: str
    judge: Callable[[Hit], bool] | None  # None: the documents do not answer it


def _read_jsonl(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"dataset not found: {path}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read dataset {path}: {e}") from None
    records = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except ValueError:
                raise InputError(f"{path}, line {n}: not valid JSON") from None
    if not records:
        raise InputError(f"dataset {path} is empty")
    return records


def _contains_span(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= a and b <= end for a, b in spans)


def _overlaps_half(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    for a, b in spans:
        inter = min(end, b) - max(start, a)
        if inter > 0 and inter >= (b - a) / 2 and inter >= (end - start) / 2:
            return True
    return False


class _Progress:
    """A bar on a terminal; elsewhere (a log, CI) a line every few seconds, so a long run is
    never silent."""

    EVERY_SECONDS = 5.0

    def __init__(self, questions: int, articles: int, terminal: bool) -> None:
        self.questions, self.articles = questions, articles
        self.asked = self.indexed = 0
        self.started = self.last = time.monotonic()
        self.bar = None
        if terminal:
            from tqdm import tqdm

            self.bar = tqdm(total=questions, unit="q", file=sys.stderr, desc="evaluating")

    def article_done(self) -> None:
        self.indexed += 1
        self._line()

    def update(self) -> None:
        self.asked += 1
        if self.bar is not None:
            self.bar.update(1)
        self._line()

    def _line(self) -> None:
        now = time.monotonic()
        if self.bar is None and now - self.last >= self.EVERY_SECONDS:
            self.last = now
            print(f"evaluating: {self.asked}/{self.questions} questions, {self.indexed}/{self.articles} "
                  f"documents indexed, {now - self.started:.0f} s", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def load_items(dataset: Path, docs_path: Path | None) -> tuple[list[Item], dict]:
    """Questions with their judges, and the documents they are asked about: key -> (title, text),
    or for a folder of documents key -> [(name, title, text)]."""
    records = _read_jsonl(dataset)
    first = records[0]
    documents: dict[str, tuple[str, str] | list[tuple[str, str, str]]] = {}
    items: list[Item] = []
    if "document" in first and "gold_spans" in first:  # WikiQA
        for r in records:
            documents[r["doc_id"]] = (r.get("title", r["doc_id"]), r["document"])
            spans = [tuple(s) for s in r["gold_spans"]]
            items.append(Item(r["question"], r["doc_id"], lambda h, s=spans: _overlaps_half(h.start, h.end, s)))
    elif "answers" in first and "doc_id" in first:  # SQuAD, whole-article
        if docs_path is None:
            docs_path = dataset.with_name(dataset.name.replace("_questions", "_docs"))
        for d in _read_jsonl(docs_path):
            documents[d["doc_id"]] = (d.get("title", d["doc_id"]), d["text"])
        for r in records:
            if r["doc_id"] not in documents:
                raise InputError(f"question {r.get('id')} names document {r['doc_id']}, not in {docs_path}")
            spans = [(a["start"], a["start"] + len(a["text"])) for a in r["answers"]]
            judge = (lambda h, s=spans: _contains_span(h.start, h.end, s)) if spans else None  # none: unanswerable
            items.append(Item(r["question"], r["doc_id"], judge))
    elif "question" in first:  # seed sets: key phrases, or none for unanswerable
        key = str(docs_path) if docs_path else BUNDLED_DOCUMENT_NAME
        if docs_path is not None and docs_path.is_dir():  # a folder of documents, indexed together
            from .documents import load_paths

            documents[key] = [(d.name, d.title or "", d.text) for d in load_paths([docs_path], warn=lambda _: None)]
        else:
            text = docs_path.read_text(encoding="utf-8") if docs_path else bundled_article()
            documents[key] = (key, text)
        for r in records:
            # A key phrase is matched as read: a line break in a hard-wrapped sentence is a space.
            keys = [" ".join(k.lower().split()) for k in r.get("keys") or []]
            judge = (lambda h, ks=keys: any(k in " ".join(h.sentence.lower().split()) for k in ks)) if keys else None
            items.append(Item(r["question"], key, judge))
    else:
        raise InputError(f"{dataset}: unknown dataset format (expected seed, SQuAD or WikiQA records)")
    return items, documents


def documents_of(key: str, held: tuple[str, str] | list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(name, title, text) of each document ``load_items`` gave under ``key``: one article's
    (title, text), or a folder's documents, which are indexed together."""
    return held if isinstance(held, list) else [(key, held[0], held[1])]


class _MilvusBots:
    """Each article's bot in its own collection of one Milvus index, made for this run: a
    milvus-lite file in a temporary folder, or (``uri``) a server, where it is dropped after."""

    def __init__(self, uri: str | None, model: str, batch_size: int | None, precision: str) -> None:
        import os
        import tempfile

        from .embed import shared_encoder
        from .milvus_index import MilvusIndex

        self._folder = None if uri else tempfile.TemporaryDirectory(prefix="qa-bot-eval-")
        self.uri = uri or os.path.join(self._folder.name, "eval.db")
        self.encoder = shared_encoder(model, batch_size, precision)
        self.root = MilvusIndex(self.uri, f"qa_bot_eval_{os.getpid()}", "", self.encoder.model_id,
                                self.encoder.dimension, create=True)
        self.made = 0

    def __call__(self, texts: dict[str, str], titles: dict[str, str]) -> QABot:
        self.made += 1
        bot = QABot(self.root.in_namespace(f"eval:{self.made}"), self.encoder)
        bot.add_texts(texts, titles)
        return bot

    def close(self) -> None:
        if self._folder is None:
            self.root.client.drop_collection(self.root.name)
            self.root.client.drop_collection(self.root.meta)


def evaluate(dataset: str | Path, docs_path: str | Path | None = None, limit: int | None = None,
             model: str = "", batch_size: int | None = None, progress: bool = False, precision: str = "fp32",
             backend: str = "embedded", milvus_uri: str | None = None) -> dict:
    """Quality on a question set. ``backend`` "milvus" indexes each article into Milvus (a
    temporary milvus-lite file unless ``milvus_uri`` names a server) to compare the engines."""
    if backend == "milvus":
        make_bot = _MilvusBots(milvus_uri, model, batch_size, precision)
    else:
        def make_bot(texts: dict[str, str], titles: dict[str, str]) -> QABot:
            return QABot.from_texts(texts, model=model, batch_size=batch_size, titles=titles, precision=precision)
    try:
        return _evaluate(Path(dataset), docs_path, limit, make_bot, progress)
    finally:
        if backend == "milvus":
            make_bot.close()


def _evaluate(dataset: Path, docs_path: str | Path | None, limit: int | None,
              make_bot: Callable[[dict[str, str], dict[str, str]], QABot], progress: bool) -> dict:
    items, documents = load_items(dataset, Path(docs_path) if docs_path else None)
    if limit is not None:
        if limit < 1:
            raise InputError("--limit must be at least 1")
        if limit < len(items):
            chosen = sorted(random.Random(0).sample(range(len(items)), limit))
            items = [items[i] for i in chosen]

    by_doc: dict[str, list[Item]] = {}
    for item in items:
        by_doc.setdefault(item.doc_key, []).append(item)

    ranks: list[int | None] = []      # answerable: rank of the first right hit (1-based), or None
    found_answerable = 0
    right_but_abstained = 0           # what abstention costs: a right top answer not "found"
    right_but_hidden = 0              # ... and not even shown as "not sure, but the closest is"
    abstained = unanswerable = shown_unsure = 0
    seconds_asking = 0.0
    seconds_indexing = 0.0
    bar = _Progress(len(items), len(by_doc), terminal=progress)
    indexed_documents = 0
    for key, group in by_doc.items():
        group_docs = documents_of(key, documents[key])
        indexed_documents += len(group_docs)
        started = time.perf_counter()
        bot = make_bot({name: text for name, _, text in group_docs},
                       {name: title for name, title, _ in group_docs if title})
        seconds_indexing += time.perf_counter() - started
        bar.article_done()
        # Asked a batch at a time, as the batch door asks: one encoder call for many questions
        # (the same answers, in half the time); the time per question is the batch's share.
        for at in range(0, len(group), QUESTION_BATCH_SIZE):
            batch = group[at:at + QUESTION_BATCH_SIZE]
            started = time.perf_counter()
            answers = bot.ask_many([item.question for item in batch], k=DEPTH)
            seconds_asking += time.perf_counter() - started
            for item, answer in zip(batch, answers):
                if item.judge is None:
                    unanswerable += 1
                    abstained += not answer.found
                    shown_unsure += answer.band == "unsure"
                else:
                    found_answerable += answer.found
                    rank = next((i + 1 for i, h in enumerate(answer.hits) if item.judge(h)), None)
                    ranks.append(rank)
                    right_but_abstained += rank == 1 and not answer.found
                    right_but_hidden += rank == 1 and answer.band == "not_found"
                bar.update()
    bar.close()
    answerable = len(ranks)

    def recall(n: int) -> float | None:
        return round(sum(1 for r in ranks if r is not None and r <= n) / answerable, 4) if answerable else None

    return {
        "dataset": str(dataset),
        "questions": len(items),
        "answerable": answerable,
        "unanswerable": unanswerable,
        "documents": indexed_documents,
        "recall@1": recall(1),
        "recall@3": recall(3),
        "mrr@10": round(sum(1 / r for r in ranks if r) / answerable, 4) if answerable else None,
        "top1_right": sum(1 for r in ranks if r == 1),
        "found_rate": round(found_answerable / answerable, 4) if answerable else None,
        "right_but_abstained": right_but_abstained,
        "right_but_hidden": right_but_hidden,
        "abstention_rate": round(abstained / unanswerable, 4) if unanswerable else None,
        "unsure_rate": round(shown_unsure / unanswerable, 4) if unanswerable else None,
        "ms_per_question": round(1000 * seconds_asking / max(1, len(items)), 2),
        "index_seconds": round(seconds_indexing, 2),
    }


def format_report(report: dict) -> str:
    from .render import plural

    lines = [f"{report['dataset']}: {plural(report['questions'], 'question')} over "
             f"{plural(report['documents'], 'document')}"]
    names = [("recall@1", "Recall@1"), ("recall@3", "Recall@3"), ("mrr@10", "MRR@10"),
             ("found_rate", "found (answerable)"), ("abstention_rate", "abstained (unanswerable)"),
             ("unsure_rate", "  of them shown as unsure"),
             ("ms_per_question", "ms per question")]
    for key, label in names:
        if report.get(key) is not None:
            lines.append(f"  {label:<26}{report[key]}")
    if report["answerable"]:
        lines.append(f"  {'top answer right':<26}{report['top1_right']} of {report['answerable']}")
        lines.append(f"  {'right but abstained':<26}{report['right_but_abstained']} "
                     f"({report['right_but_hidden']} not even shown as unsure)")
    return "\n".join(lines)
