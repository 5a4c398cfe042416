"""Batch mode: a file of questions in, one answer per question out (JSONL or CSV)."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TextIO

from .documents import decode_text, read_file_bytes
from .errors import InputError, QABotError
from .retriever import Answer, QABot, clean_question

CHUNK = 128  # questions answered together; big enough for batching to pay, small for progress


@dataclass(frozen=True)
class Question:
    line: int          # 1-based line (or CSV row) in the input file
    id: str
    text: str
    error: str | None = None


def _read_text(path: Path) -> str:
    return decode_text(read_file_bytes(path, "question file"), str(path))


TEXT_SUFFIXES = ("", ".txt", ".text", ".questions")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t", ".tab": "\t"}


def read_questions(path: str | Path) -> list[Question]:
    """Questions of a .txt, .jsonl, .csv or .tsv file; a bad line becomes a Question with an error."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + JSONL_SUFFIXES + tuple(TABLE_SUFFIXES):
        # Reading an unknown format as one question a line would answer its markup, silently.
        raise InputError(f"{path}: unknown question file type {suffix!r}; use .txt (one question a line), "
                         ".jsonl, .csv or .tsv")
    text = _read_text(path)
    questions: list[Question] = []
    if suffix in JSONL_SUFFIXES:
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("question"), str):
                    raise ValueError("needs a \"question\" string")
            except ValueError as e:
                questions.append(Question(n, str(n), "", f"not a JSON object with a question: {e}"))
                continue
            questions.append(Question(n, str(record.get("id", n)), record["question"]))
    elif suffix in TABLE_SUFFIXES:
        reader = csv.DictReader(io.StringIO(text), delimiter=TABLE_SUFFIXES[suffix])
        if not reader.fieldnames or "question" not in reader.fieldnames:
            raise InputError(f"{path}: a {suffix[1:].upper()} question file needs a 'question' column")
        for record in reader:
            n = reader.line_num
            question = record.get("question") or ""
            questions.append(Question(n, str(record.get("id") or n), question))
    else:
        for n, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if stripped and not stripped.startswith("#"):
                questions.append(Question(n, str(n), stripped))
    if not questions:
        raise InputError(f"{path} holds no questions")
    return questions


def _record(q: Question, answer: Answer | None, error: str | None) -> dict:
    hits = [
        {"sentence": h.sentence, "context": h.context, "score": h.score, "source": h.source,
         "start": h.start, "end": h.end, "speaker": h.speaker}
        for h in (answer.hits if answer else [])
    ]
    record = {
        "id": q.id,
        "question": q.text,
        "found": bool(answer and answer.found),
        "band": answer.band if answer else "not_found",
        "confidence": answer.confidence if answer else 0.0,
        # A likely answer below the "found" bar is given too: "band" says which it is.
        "answer": answer.hits[0].sentence if answer and answer.band != "not_found" and answer.hits else None,
        "hits": hits,
    }
    if error:
        record["error"] = error
    return record


CSV_COLUMNS = ["id", "question", "found", "band", "answer", "context", "speaker", "source", "start", "end", "score",
               "error"]


# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)" in a
# hostile web page, or in a question, would run on whoever opens the CSV): OWASP's CSV injection.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """Text as a spreadsheet shows it and never runs: a leading apostrophe defuses a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _csv_row(record: dict) -> dict:
    top = record["hits"][0] if record["answer"] is not None and record["hits"] else {}
    return {
        "id": _cell(record["id"]), "question": _cell(record["question"]), "found": record["found"],
        "band": record["band"], "answer": _cell(record["answer"] or ""), "context": _cell(top.get("context", "")),
        "speaker": _cell(top.get("speaker") or ""), "source": _cell(top.get("source", "")),
        "start": top.get("start", ""), "end": top.get("end", ""), "score": top.get("score", ""),
        "error": _cell(record.get("error", "")),
    }


def run_batch(bot: QABot, questions: list[Question], out: TextIO, fmt: str = "jsonl", k: int = 3,
              progress: bool = False, warn: Callable[[str], None] = lambda m: None) -> dict[str, int]:
    """Answer every question in input order, writing each record as soon as its chunk is done."""
    if fmt not in ("jsonl", "csv"):
        raise InputError(f"unknown output format {fmt!r}: use jsonl or csv")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    counts = {"questions": len(questions), "found": 0, "unsure": 0, "not_found": 0, "errors": 0}
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(questions), unit="q", file=sys.stderr, desc="answering")
    for first in range(0, len(questions), CHUNK):
        chunk = questions[first : first + CHUNK]
        errors: dict[int, str] = {}
        valid: list[tuple[int, str]] = []
        for i, q in enumerate(chunk):
            if q.error:
                errors[i] = q.error
                continue
            try:
                valid.append((i, clean_question(q.text)))
            except InputError as e:
                errors[i] = str(e)
        answers: dict[int, Answer] = {}
        if valid:
            try:
                for (i, _), answer in zip(valid, bot.ask_many([t for _, t in valid], k=k)):
                    answers[i] = answer
            except QABotError:  # one failure must not lose the rest of the chunk
                for i, text in valid:
                    try:
                        answers[i] = bot.ask(text, k=k)
                    except QABotError as inner:
                        errors[i] = str(inner)
        for i, q in enumerate(chunk):
            record = _record(q, answers.get(i), errors.get(i))
            if i in errors:
                counts["errors"] += 1
                warn(f"line {q.line}: {errors[i]}")
            else:
                counts[record["band"]] += 1
            if writer:
                writer.writerow(_csv_row(record))
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
        if bar:
            bar.update(len(chunk))
    if bar:
        bar.close()
    return counts
