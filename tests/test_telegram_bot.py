"""The Telegram bot end to end: the real python-telegram-bot Application, pointed through its
base_url at a fake Bot API server on 127.0.0.1 (tests/fake_telegram.py)."""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import logging
import os
import re
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser

import pytest

from qa_bot import Hit, QABot
from qa_bot.config import TelegramSettings
from qa_bot.telegram_bot import RateLimiter, _escape_within, build_application, hit_html

from fake_telegram import BOT_ID, BOT_USERNAME, FakeBotAPI, callback, document, message, post_update, sticker

TOKEN = "123456:TEST-secret-token-abcdef"
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a", "tg-spoiler",
                "span", "blockquote"}


class TelegramHTML(HTMLParser):
    """Fails on anything Telegram's HTML parse mode would reject."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.stack = []

    def handle_starttag(self, tag, attrs):
        assert tag in ALLOWED_TAGS, f"tag <{tag}> is not allowed by Telegram"
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"

    def handle_entityref(self, name):
        assert name in ("lt", "gt", "amp", "quot"), f"&{name}; is not supported by Telegram"


def assert_valid_telegram_html(text: str) -> None:
    assert len(text) <= 4096
    assert not re.search(r"&(?!(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", text), "bare & in HTML"
    parser = TelegramHTML()
    parser.feed(text)
    parser.close()
    assert parser.stack == [], f"unclosed tags {parser.stack}"


def visible(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def run_bot(qa: QABot, scenario, **settings) -> FakeBotAPI:
    """Run the Application against a fresh fake server while ``scenario(fake)`` runs.

    Chats' own documents go to the test's directory (tests run in a fresh tmp cwd)."""
    settings.setdefault("chat_index_dir", "chats")
    with FakeBotAPI(TOKEN) as fake:
        async def main():
            app = build_application(qa, TelegramSettings(token=TOKEN, base_url=fake.base_url, **settings))
            async with app:
                await app.start()
                await app.updater.start_polling(poll_interval=0.0, timeout=1)
                try:
                    await scenario(fake)
                finally:
                    await app.updater.stop()
                    await app.stop()

        asyncio.run(asyncio.wait_for(main(), timeout=120))
    return fake


async def wait_for(fake, method, count=1, **match):
    return await asyncio.to_thread(fake.wait_for, method, count, 30.0, **match)


def buttons(sent: dict) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for row in sent["reply_markup"]["inline_keyboard"] for b in row}


# ----- conversations ----------------------------------------------------------------------------
def test_private_question_gets_the_quote_highlighted_with_speaker_and_source(bot):
    async def scenario(fake):
        fake.push(message(100, "what did Gates say about radars?"))
        [reply] = await wait_for(fake, "sendMessage", chat_id="100")
        assert fake.sent("sendChatAction", chat_id="100", action="typing")
        assert reply["parse_mode"] == "HTML"
        assert_valid_telegram_html(reply["text"])
        assert re.search(r"<b>[^<]*radars would not constitute a threat to Russia,” he said\.</b>", reply["text"])
        assert "🗣 Robert Gates" in reply["text"]
        assert "defence talks in Moscow" in reply["text"]  # the document's title
        assert set(buttons(reply)) == {"More", "Source"}

    run_bot(bot, scenario)


def test_start_and_help(bot):
    async def scenario(fake):
        fake.push(message(100, "/start"))
        [reply] = await wait_for(fake, "sendMessage", chat_id="100")
        assert_valid_telegram_html(reply["text"])
        assert "U.S. and Russian officials hold defence talks in Moscow" in reply["text"]
        assert "what did Gates say about radars?" in reply["text"]
        fake.push(message(100, "/help"))
        replies = await wait_for(fake, "sendMessage", 2, chat_id="100")
        assert_valid_telegram_html(replies[1]["text"])
        assert "/ask" in replies[1]["text"] and f"@{BOT_USERNAME}" in replies[1]["text"]

    run_bot(bot, scenario)


def test_group_answers_only_when_addressed(bot):
    async def scenario(fake):
        unaddressed = message(-200, "what did Gates say about radars?", user_id=7)
        fake.push(unaddressed)
        fake.push(message(-200, f"@{BOT_USERNAME} what topped the agenda?", user_id=7))
        fake.push(message(-200, "/ask What alternative did Russia offer?", user_id=7))
        bot_message = {"message_id": 5, "date": int(time.time()), "chat": {"id": -200, "type": "group", "title": "g"},
                       "from": {"id": BOT_ID, "is_bot": True, "first_name": "QA", "username": BOT_USERNAME}}
        fake.push(message(-200, "Who held talks in Moscow?", user_id=7, reply_to_message=bot_message))
        await wait_for(fake, "sendMessage", 3, chat_id="-200")
        await asyncio.sleep(1.0)  # give the unaddressed message time to (wrongly) get a reply
        replies = fake.sent("sendMessage", chat_id="-200")
        assert len(replies) == 3
        texts = [visible(r["text"]) for r in replies]
        assert any("topped the agenda" in t for t in texts)
        assert any("Gabala" in t for t in texts)
        assert any("Condoleezza Rice" in t for t in texts)
        # In groups, answers quote the question they answer; none quotes the unaddressed one.
        quoted = {r["reply_parameters"]["message_id"] for r in replies}
        assert len(quoted) == 3 and unaddressed["message"]["message_id"] not in quoted

    run_bot(bot, scenario)


def test_non_text_empty_long_and_odd_messages_get_clear_replies(bot):
    async def scenario(fake):
        fake.push(sticker(100))
        [hint] = await wait_for(fake, "sendMessage", chat_id="100")
        assert "only read text" in hint["text"]
        fake.push(message(101, "/ask"))
        [empty] = await wait_for(fake, "sendMessage", chat_id="101")
        assert "Ask me something after /ask" in empty["text"]
        fake.push(message(102, "why " * 2500))
        [long] = await wait_for(fake, "sendMessage", chat_id="102")
        assert "too long" in long["text"]
        fake.push(message(103, "\u202eWhat\u200b topped <the> & agenda? 🤔 e\u0301\u0000"))
        [odd] = await wait_for(fake, "sendMessage", chat_id="103")
        assert odd["parse_mode"] == "HTML"
        assert_valid_telegram_html(odd["text"])
        assert "topped the agenda" in visible(odd["text"])
        fake.push(message(-300, None, user_id=5, sticker={"file_id": "s", "file_unique_id": "u", "type": "regular",
                                                          "width": 1, "height": 1, "is_animated": False,
                                                          "is_video": False}))
        fake.push(message(104, "How do I cook pasta?"))
        [nope] = await wait_for(fake, "sendMessage", chat_id="104")
        assert nope["text"].startswith("I could not find that in the documents.")
        fake.push(message(105, "🙂🙂 ?!"))  # no words: no "closest" sentence to offer either
        [wordless] = await wait_for(fake, "sendMessage", chat_id="105")
        assert "no words to look for" in wordless["text"]
        assert not fake.sent("sendMessage", chat_id="-300")  # stickers in groups: silence

    run_bot(bot, scenario)


def test_more_and_source_buttons_edit_the_answer_in_place(bot):
    async def scenario(fake):
        fake.push(message(100, "What did Lavrov say about Kosovo?"))
        [reply] = await wait_for(fake, "sendMessage", chat_id="100")
        first = visible(reply["text"])
        fake.push(callback(100, buttons(reply)["More"], message_id=77))
        await wait_for(fake, "answerCallbackQuery")
        [edited] = await wait_for(fake, "editMessageText", chat_id="100", message_id="77")
        assert_valid_telegram_html(edited["text"])
        assert "Answer 2 of 5" in edited["text"] and visible(edited["text"]) != first
        assert "More" in buttons(edited) and "Source" in buttons(edited)
        fake.push(callback(100, buttons(reply)["Source"], message_id=77))
        [_, wider] = await wait_for(fake, "editMessageText", 2, chat_id="100")
        assert_valid_telegram_html(wider["text"])
        assert len(visible(wider["text"])) > len(first)  # three sentences each side, not one
        fake.push(callback(100, "more:999:1", message_id=77))
        answers = await wait_for(fake, "answerCallbackQuery", 3)
        assert "too old" in answers[2].get("text", "")

    run_bot(bot, scenario)


def test_a_likely_answer_below_found_is_sent_with_its_caveat(bot):
    from dataclasses import replace

    from qa_bot.ranking import shipped_scoring

    unsure = QABot(bot.index, bot.encoder, scoring=replace(shipped_scoring(), min_confidence=1.01, unsure_confidence=0.0))

    async def scenario(fake):
        fake.push(message(100, "What topped the agenda?"))
        [reply] = await wait_for(fake, "sendMessage", chat_id="100")
        assert_valid_telegram_html(reply["text"])
        assert visible(reply["text"]).startswith("I am not sure, but this is the closest I found:")
        assert "topped the agenda" in visible(reply["text"])
        fake.push(callback(100, buttons(reply)["More"], message_id=77))
        [edited] = await wait_for(fake, "editMessageText", chat_id="100", message_id="77")
        assert visible(edited["text"]).startswith("I am not sure") and "Answer 2 of" in edited["text"]

    run_bot(unsure, scenario)


def test_allow_list_refuses_politely_in_private_and_stays_silent_in_groups(bot):
    async def scenario(fake):
        fake.push(message(555, "what did Gates say about radars?", user_id=555))
        [refusal] = await wait_for(fake, "sendMessage", chat_id="555")
        assert "private" in refusal["text"] and "555" in refusal["text"]
        assert "radars" not in refusal["text"]
        fake.push(message(-600, f"@{BOT_USERNAME} what did Gates say about radars?", user_id=555))
        fake.push(message(1, "What topped the agenda?", user_id=1))
        await wait_for(fake, "sendMessage", chat_id="1")
        await asyncio.sleep(0.5)
        assert not fake.sent("sendMessage", chat_id="-600")

    run_bot(bot, scenario, allowed_users=(1,))


class ExplodingBot(QABot):
    def ask(self, question, k=3):
        if "boom" in question:
            raise RuntimeError("the retriever fell over")
        return super().ask(question, k)


def test_a_failing_update_is_logged_answered_with_an_apology_and_the_bot_goes_on(bot, caplog):
    exploding = ExplodingBot(bot.index, bot.encoder)

    async def scenario(fake):
        fake.push(message(100, "boom"))
        [apology] = await wait_for(fake, "sendMessage", chat_id="100")
        assert apology["text"].startswith("Sorry, something went wrong")
        fake.push(message(100, "What topped the agenda?"))
        replies = await wait_for(fake, "sendMessage", 2, chat_id="100")
        assert "topped the agenda" in replies[1]["text"]

    with caplog.at_level(logging.ERROR, logger="qa_bot.telegram"):
        run_bot(exploding, scenario)
    assert any("the retriever fell over" in r.getMessage() and r.exc_info for r in caplog.records)


def test_per_user_limit_on_questions(bot):
    async def scenario(fake):
        for question in ("What topped the agenda?", "Who held talks in Moscow?", "What alternative did Russia offer?"):
            fake.push(message(100, question))
            await asyncio.sleep(0.3)
        replies = await wait_for(fake, "sendMessage", 3, chat_id="100")
        assert "too fast" in replies[2]["text"]

    run_bot(bot, scenario, questions_per_minute=2)


def test_flood_limit_retry_after_is_respected(bot):
    async def scenario(fake):
        fake.flood_once.add(100)
        started = time.monotonic()
        fake.push(message(100, "What topped the agenda?"))
        [reply] = await wait_for(fake, "sendMessage", chat_id="100")
        assert "topped the agenda" in reply["text"]
        assert time.monotonic() - started >= 1.0  # waited retry_after before sending again

    run_bot(bot, scenario)


def test_twenty_chats_at_once_all_get_their_answers(bot):
    questions = ["What topped the agenda?", "What alternative did Russia offer?", "Who held talks in Moscow?",
                 "What did Lavrov say about Kosovo?"]
    expected = ["topped the agenda", "Gabala", "Condoleezza Rice", "Lavrov"]
    timings = {}

    async def scenario(fake):
        started = time.monotonic()
        for n in range(20):
            fake.push(message(1000 + n, questions[n % 4]))
        for n in range(20):
            [reply] = await wait_for(fake, "sendMessage", chat_id=str(1000 + n))
            assert expected[n % 4] in visible(reply["text"])
        timings["all"] = time.monotonic() - started

    run_bot(bot, scenario)
    print(f"\n20 chats answered in {timings['all']:.2f} s")


def test_token_never_appears_in_logs(bot, caplog):
    async def scenario(fake):
        fake.push(message(100, "What topped the agenda?"))
        await wait_for(fake, "sendMessage", chat_id="100")

    with caplog.at_level(logging.DEBUG):
        run_bot(bot, scenario)
    assert caplog.records
    assert not any(TOKEN in r.getMessage() for r in caplog.records)


def test_missing_token_is_a_one_line_error(capsys):
    from qa_bot.cli import main

    assert main(["telegram"]) == 1
    err = capsys.readouterr().err
    assert "no Telegram bot token" in err and err.count("\n") == 1


@contextlib.contextmanager
def bot_process(tmp_path, built_index, fake, *extra_args, **telegram_settings):
    """`qa-bot telegram` as a real process against the fake server; stops it with Ctrl-C and
    checks that it neither leaked the token nor crashed. ``telegram_settings``: more of [telegram]."""
    conf = tmp_path / "bot.toml"
    telegram_settings.setdefault("chat_index_dir", str(tmp_path / "chats"))
    more = "".join(f"{key} = {json.dumps(value)}\n" for key, value in telegram_settings.items())
    conf.write_text(f'[index]\ndir = "{built_index}"\n[telegram]\nbase_url = "{fake.base_url}"\n{more}')
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "qa_bot", "telegram", "--config", str(conf), *extra_args],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield proc
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    assert TOKEN not in err
    assert "Traceback" not in err
    assert proc.returncode in (0, -signal.SIGINT), f"the bot died with {proc.returncode}: {err[-2000:]}"


def test_real_bot_process_serves_against_the_fake_server(tmp_path, built_index):
    with FakeBotAPI(TOKEN) as fake, bot_process(tmp_path, built_index, fake):
        fake.push(message(100, "what did Gates say about radars?"))
        [reply] = fake.wait_for("sendMessage", chat_id="100", timeout=90)
        assert "radars would not constitute" in reply["text"]
        commands = fake.wait_for("setMyCommands")[0]["commands"]
        assert {c["command"] for c in commands} == {"ask", "add", "docs", "remove", "help", "start"}


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_webhook_mode_accepts_updates_with_the_secret_only(tmp_path, built_index):
    port = _free_port()
    hook_url = f"http://127.0.0.1:{port}/qa-hook"
    update = {"update_id": 1, **message(100, "What topped the agenda?")}

    def post(secret):
        return post_update(hook_url, update, {"X-Telegram-Bot-Api-Secret-Token": secret})

    with FakeBotAPI(TOKEN) as fake, bot_process(tmp_path, built_index, fake, "--webhook-url", hook_url, "--listen",
                                                "127.0.0.1", "--port", str(port), "--secret-token", "s3cret"):
        [hook] = fake.wait_for("setWebhook", timeout=90)
        assert hook["url"] == hook_url and hook["secret_token"] == "s3cret"
        assert post("wrong") == 403
        assert post("s3cret") == 200
        [reply] = fake.wait_for("sendMessage", chat_id="100", timeout=60)
        assert "topped the agenda" in reply["text"]
        assert len(fake.sent("sendMessage")) == 1  # the update with the wrong secret was dropped


# ----- documents sent by users -----------------------------------------------------------------
HARBOUR = ("Harbour reopens after storm\n\nThe harbour of Valletta reopened on Thursday after a storm closed it "
           "for three days. “The damage was smaller than we feared,” said the harbour master, Anna Borg.")


def test_a_chat_adds_a_file_and_only_that_chat_can_ask_about_it(bot):
    async def scenario(fake):
        fake.files["f1"] = HARBOUR.encode()
        fake.push(document(100, "f1", "harbour.txt", len(HARBOUR)))
        [added] = await wait_for(fake, "sendMessage", chat_id="100")
        assert "Added <b>Harbour reopens after storm</b> (2 sentences)" in added["text"]  # the headline is a title
        assert_valid_telegram_html(added["text"])
        fake.push(message(100, "Who is the harbour master?"))
        fake.push(message(200, "Who is the harbour master?"))
        [_, answer] = await wait_for(fake, "sendMessage", 2, chat_id="100")
        [other] = await wait_for(fake, "sendMessage", chat_id="200")
        assert "Anna Borg" in visible(answer["text"]) and "Harbour reopens after storm" in answer["text"]
        assert other["text"].startswith("I could not find that")
        fake.push(message(100, "what did Gates say about radars?"))  # the global article still answers
        replies = await wait_for(fake, "sendMessage", 3, chat_id="100")
        assert "radars would not constitute" in replies[2]["text"]

    run_bot(bot, scenario)


def test_add_docs_and_remove_by_pasting(bot):
    async def scenario(fake):
        fake.push(message(100, "/add The museum of Tartu reopened in June. Its new wing holds 300 paintings."))
        [added] = await wait_for(fake, "sendMessage", chat_id="100")
        assert "(2 sentences)" in added["text"]
        fake.push(message(100, "/docs"))
        [_, listing] = await wait_for(fake, "sendMessage", 2, chat_id="100")
        assert "U.S. and Russian officials hold defence talks in Moscow" in listing["text"]
        doc_id = re.search(r"<code>(\d+)</code>", listing["text"]).group(1)
        fake.push(message(100, "How many paintings does the new wing hold?"))
        [*_, answer] = await wait_for(fake, "sendMessage", 3, chat_id="100")
        assert "300 paintings" in visible(answer["text"])
        fake.push(message(100, f"/remove {doc_id}"))
        [*_, removed] = await wait_for(fake, "sendMessage", 4, chat_id="100")
        assert removed["text"].startswith("Removed")
        fake.push(message(100, "How many paintings does the new wing hold?"))
        [*_, gone] = await wait_for(fake, "sendMessage", 5, chat_id="100")
        assert gone["text"].startswith("I could not find that")
        fake.push(message(100, "/remove 999"))
        [*_, nope] = await wait_for(fake, "sendMessage", 6, chat_id="100")
        assert "no document 999" in nope["text"]

    run_bot(bot, scenario)


def test_limits_and_bad_files_get_clear_refusals(bot):
    async def scenario(fake):
        fake.push(message(100, "/add First pasted document about the council meeting in Riga."))
        await wait_for(fake, "sendMessage", chat_id="100")
        fake.push(message(100, "/add Second pasted document about the port of Klaipeda."))
        [_, refused] = await wait_for(fake, "sendMessage", 2, chat_id="100")
        assert "the most allowed" in refused["text"]
        fake.push(document(101, "big", "big.txt", 10_000_000))
        [too_big] = await wait_for(fake, "sendMessage", chat_id="101")
        assert "too large" in too_big["text"]
        fake.files["bin"] = b"\x00\x01\x02\x03" * 50
        fake.push(document(102, "bin", "photo.txt", 200))
        [binary] = await wait_for(fake, "sendMessage", chat_id="102")
        assert "binary" in binary["text"]
        fake.push(message(103, "/add"))
        [empty] = await wait_for(fake, "sendMessage", chat_id="103")
        assert "Paste the text after /add" in empty["text"]

    run_bot(bot, scenario, max_documents_per_chat=1, max_document_bytes=100_000)


def test_only_admins_add_documents_for_everyone(bot, tmp_path):
    async def scenario(fake):
        fake.push(message(300, "/addglobal The lighthouse of Hiiumaa was repainted red in April.", user_id=300))
        [refused] = await wait_for(fake, "sendMessage", chat_id="300")
        assert "Only the bot's admins" in refused["text"]
        fake.push(message(9, "/addglobal The lighthouse of Hiiumaa was repainted red in April.", user_id=9))
        [added] = await wait_for(fake, "sendMessage", chat_id="9")
        assert "for everyone" in added["text"]
        fake.push(message(301, "What colour was the lighthouse repainted?", user_id=301))
        [answer] = await wait_for(fake, "sendMessage", chat_id="301")
        assert "repainted red" in visible(answer["text"])

    from qa_bot import QABot as Bot

    shared = Bot.bundled()
    shared.index.save(tmp_path / "shared")
    run_bot(Bot.load(tmp_path / "shared"), scenario, admins=(9,))


# ----- formatting -------------------------------------------------------------------------------
def make_hit(sentence="He said <no> & “yes”.", context=None, speaker="A <b>", title="T & T"):
    context = context if context is not None else f"Before <x>. {sentence} After & more."
    return Hit(sentence=sentence, context=context, score=1.0, source="doc.txt", start=0, end=len(sentence),
               speaker=speaker, title=title)


def test_hit_html_escapes_article_text_and_bolds_the_sentence():
    text = hit_html(make_hit(), 1, 3)
    assert_valid_telegram_html(text)
    assert "<b>He said &lt;no&gt; &amp; “yes”.</b>" in text
    assert "Before &lt;x&gt;." in text and "A &lt;b&gt;" in text and "T &amp; T" in text
    assert text.startswith("<i>Answer 1 of 3</i>")


@pytest.mark.parametrize("sentence_len, context_len", [(10, 20000), (9000, 0), (5000, 5000), (100, 100)])
def test_hit_html_never_exceeds_telegram_limit(sentence_len, context_len):
    sentence = ("<&> " * sentence_len)[:sentence_len] or "x"
    context = "& " * (context_len // 2) + sentence + " <" * (context_len // 2)
    text = hit_html(make_hit(sentence, context), 2, 5)
    assert_valid_telegram_html(text)
    assert "<b>" in text and "</b>" in text


def test_escape_within_never_splits_an_entity():
    for limit in range(1, 30):
        cut = _escape_within("a&b<c>d" * 5, limit)
        assert len(cut) <= limit
        assert not re.search(r"&(?!(lt|gt|amp|quot|#x27);)", cut)


def test_rate_limiter_window():
    limiter = RateLimiter(per_minute=2)
    assert limiter.allow(1, now=0) and limiter.allow(1, now=1)
    assert not limiter.allow(1, now=2)
    assert limiter.allow(2, now=2)  # per user
    assert limiter.allow(1, now=61)


def test_answer_keys_differ_between_workers_so_a_button_never_shows_another_answer(bot):
    """With several webhook workers, a More press may land on a worker that never saw the
    answer: the key it carries must find nothing there, not that worker's own answer."""
    from qa_bot.telegram_bot import BotState

    answer = bot.ask("what did Gates say about radars?")
    workers = [BotState(library=None, settings=None, limiter=None, uploads=None, writes=None, reads=None)
               for _ in range(2)]
    keys = [worker.remember(100, answer) for worker in workers]
    assert keys[0] != keys[1]
    assert workers[1].answers[100].get(keys[0]) is None
