"""Fairness under hostile load, with the real Telegram Application against the fake Bot API
server on 127.0.0.1 (tests/fake_telegram.py): a quiet chat's question latency while another chat
uploads nine 150 KB files at once, against the same questions with nobody uploading (baseline,
same run); and the seconds it takes to refuse each PDF decompression bomb."""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time

from .common import ROOT

sys.path.insert(0, str(ROOT / "tests"))

QUESTION = "What did Gates say about radars?"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _ask_in_turn(fake, chat_id: int, count: int) -> list[float]:
    from fake_telegram import message

    latencies = []
    for _ in range(count):
        before = len(fake.sent("sendMessage", chat_id=str(chat_id)))
        sent = time.monotonic()
        fake.push(message(chat_id, QUESTION))
        fake.wait_for("sendMessage", before + 1, timeout=120, chat_id=str(chat_id))
        latencies.append(time.monotonic() - sent)
    return latencies


def _latencies(questions: int) -> tuple[list[float], list[float], int]:
    """(quiet latencies, latencies while another chat uploads, uploads finished meanwhile)."""
    from fake_telegram import FakeBotAPI, document
    from qa_bot import QABot
    from qa_bot.config import TelegramSettings
    from qa_bot.telegram_bot import build_application

    token = "123456:bench"
    big = " ".join(f"Sentence {n} tells of cranes, ferries and the harbour wall of Riga in winter."
                   for n in range(2000))  # about 150 KB
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as chats, FakeBotAPI(token) as fake:
        async def main():
            app = build_application(QABot.bundled(), TelegramSettings(
                token=token, base_url=fake.base_url, chat_index_dir=chats, questions_per_minute=0,
                chat_questions_per_minute=0))
            async with app:
                await app.start()
                await app.updater.start_polling(poll_interval=0.0, timeout=1)
                await asyncio.to_thread(_ask_in_turn, fake, 200, 3)  # warm
                out["quiet"] = await asyncio.to_thread(_ask_in_turn, fake, 200, questions)
                for n in range(9):
                    fake.files[f"big{n}"] = f"Upload {n}. {big}".encode()
                    fake.push(document(100, f"big{n}", f"big{n}.txt", len(big)))
                await asyncio.sleep(0.5)
                out["busy"] = await asyncio.to_thread(_ask_in_turn, fake, 200, questions)
                out["finished"] = sum(1 for m in fake.sent("sendMessage", chat_id="100") if m["text"].startswith("Added"))
                await app.updater.stop()
                await app.stop()

        asyncio.run(main())
    return out["quiet"], out["busy"], out["finished"]


def _bomb_seconds() -> list[tuple[str, float]]:
    from samples import make_pdf, pdf_bomb_shared, pdf_bomb_single

    from qa_bot.documents import ExtractionLimits, parse_document
    from qa_bot.errors import InputError

    rows = []
    for limits in (ExtractionLimits(), ExtractionLimits.for_bytes(2_000_000)):  # start both workers' kinds
        parse_document(make_pdf(["A warm-up page."]), "warm.pdf", ".pdf", limits=limits)
    for name, data in (("20 pages sharing one deflated 1.4 MB stream", pdf_bomb_shared()),
                       ("one page, a 14 MB stream deflated", pdf_bomb_single())):
        for limits, where in ((ExtractionLimits(), "qa-bot index"), (ExtractionLimits.for_bytes(2_000_000), "Telegram")):
            started = time.perf_counter()
            try:
                parse_document(data, "bomb.pdf", ".pdf", limits=limits)
                refused = False
            except InputError:
                refused = True
            seconds = time.perf_counter() - started
            rows.append((f"{name} ({len(data) // 1024} KB), {where} limits", seconds if refused else float("nan")))
    return rows


def run(questions: int = 40) -> list[dict]:
    quiet, busy, finished = _latencies(questions)
    rows = [
        {"benchmark": "fairness", "case": f"quiet chat, nobody uploading: p50 / p99 ({questions} questions)",
         "value": f"{statistics.median(quiet) * 1000:.0f} / {_percentile(quiet, 0.99) * 1000:.0f} ms",
         "ratio": "1.00 (baseline)", "target": ""},
        {"benchmark": "fairness", "case": "same chat while another sends nine 150 KB files at once: p50 / p99",
         "value": f"{statistics.median(busy) * 1000:.0f} / {_percentile(busy, 0.99) * 1000:.0f} ms "
                  f"({finished} upload(s) finished meanwhile)",
         "ratio": f"{_percentile(busy, 0.99) / _percentile(quiet, 0.99):.2f}x p99",
         "target": "p99 within 2 s of quiet", "met": _percentile(busy, 0.99) <= _percentile(quiet, 0.99) + 2.0},
    ]
    for case, seconds in _bomb_seconds():
        rows.append({"benchmark": "bombs", "case": f"refuse a PDF bomb: {case}", "value": f"{seconds:.2f} s",
                     "ratio": "", "target": "seconds, not minutes", "met": seconds < 5})
    return rows
