"""The Telegram door: a python-telegram-bot v22 Application over one shared QABot.

Updates are processed concurrently. Questions (and the other reads: /docs, /start, Source) run
in a thread pool of their own; writes (files, /add, /remove) run one at a time in another
thread behind a bounded queue with a per-chat cap and a per-user rate, so uploads can never
take the threads questions need, and a flood of them gets "busy, try later". The token is a
password: it is redacted from every log record and never put in a message.
"""

from __future__ import annotations

import asyncio
import functools
import html
import logging
import secrets
import threading
import time
from collections import defaultdict, deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Hashable, TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction, ChatType, MessageLimit, ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from .collections import Added, Collections, Limits
from .config import TelegramSettings
from .documents import ExtractionLimits, parse_document, scrub_text as scrub
from .errors import ConfigError, QABotError
from .render import plural
from .retriever import Answer, Hit, QABot, MAX_QUESTION_CHARS

log = logging.getLogger("qa_bot.telegram")

MAX_MESSAGE = MessageLimit.MAX_TEXT_LENGTH  # 4096
HITS_PER_QUESTION = 5
KEPT_ANSWERS_PER_CHAT = 50  # answers whose buttons still work; older ones are forgotten
EXAMPLE_QUESTION = "what did Gates say about radars?"
NOT_FOUND = "I could not find that in the documents. Try asking with other words, or /help."
UNSURE = "I am not sure, but this is the closest I found:"
HINT_NON_TEXT = "I can only read text. Send me a question as a message, e.g. /ask {example}"
APOLOGY = "Sorry, something went wrong while answering. Please try again."
TOKEN_REFUSED = ("Telegram refused the bot token (mistyped or revoked): get the current one from @BotFather "
                 "and set TELEGRAM_BOT_TOKEN")
BUSY = "I am busy with other documents right now; please send it again in a minute."
QUESTION_THREADS = 4
TITLE_CHARS = 120  # a title in a reply; a JSONL record's title can be any length
# Senders that stand for a whole chat, not a person: anonymous group admins, channels'
# automatic forwards, Telegram's service account. Their questions count against the chat.
SHARED_SENDER_IDS = {1087968824, 136817688, 777000}
T = TypeVar("T")
REFUSAL = "Sorry, this bot is private. Ask its operator to add your user id ({user_id}) to allowed_users."


# ----- formatting (pure functions, unit-tested) ------------------------------------------------
def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts twice)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def clip(text: str, chars: int = TITLE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def _escape_within(text: str, limit: int, keep_end: bool = False) -> str:
    """HTML-escaped ``text`` cut to at most ``limit`` Telegram units after escaping, never
    inside an entity; ``keep_end`` keeps the end of the text instead of its start."""
    if telegram_length(html.escape(text)) <= limit:
        return html.escape(text)
    if limit < 1:
        return ""
    pieces, used = [], 1  # room for the ellipsis
    for char in (reversed(text) if keep_end else text):
        escaped = html.escape(char)
        if used + telegram_length(escaped) > limit:
            break
        pieces.append(escaped)
        used += telegram_length(escaped)
    if keep_end:
        return "…" + "".join(reversed(pieces))
    return "".join(pieces) + "…"


def fit_lines(lines: list[str], limit: int = MAX_MESSAGE) -> str:
    """Lines joined, cut at a line boundary to fit one message (each line is balanced HTML)."""
    out, used = [], telegram_length("\n…")
    for line in lines:
        cost = telegram_length(line) + 1
        if used + cost > limit:
            return "\n".join(out + ["…"])
        out.append(line)
        used += cost
    return "\n".join(out)


def hit_html(hit: Hit, number: int | None = None, total: int | None = None, context: str | None = None,
             limit: int = MAX_MESSAGE, unsure: bool = False) -> str:
    """The sentence in bold inside its context, the speaker and the source, as Telegram HTML;
    ``unsure``: under the caveat that it is only the closest sentence.

    Never longer than ``limit``: the context gives way first, then the sentence itself.
    """
    context = context if context is not None else hit.context
    at = context.find(hit.sentence)
    before, after = (context[:at], context[at + len(hit.sentence):]) if at >= 0 else ("", "")
    head = f"<i>Answer {number} of {total}</i>\n" if number and total and total > 1 else ""
    if unsure:
        head = f"<i>{html.escape(UNSURE)}</i>\n{head}"
    speaker = f"\n🗣 {_escape_within(hit.speaker, 200)}" if hit.speaker else ""
    source = hit.title if hit.title and hit.title != hit.source else hit.source
    tail = f"{speaker}\n📄 <i>{_escape_within(source, 200)}</i>"
    budget = limit - telegram_length(head) - telegram_length(tail) - len("<b></b>")
    sentence_html = _escape_within(hit.sentence, budget)
    room = budget - telegram_length(sentence_html)
    before_html = _escape_within(before, room // 2, keep_end=True)
    after_html = _escape_within(after, room - telegram_length(before_html))
    return f"{head}{before_html}<b>{sentence_html}</b>{after_html}{tail}"


def answer_keyboard(message_key: str, shown: int, total: int) -> InlineKeyboardMarkup | None:
    buttons = []
    if shown + 1 < total:
        buttons.append(InlineKeyboardButton("More", callback_data=f"more:{message_key}:{shown + 1}"))
    buttons.append(InlineKeyboardButton("Source", callback_data=f"src:{message_key}:{shown}"))
    return InlineKeyboardMarkup([buttons])


# ----- state -----------------------------------------------------------------------------------
@dataclass
class RateLimiter:
    """At most ``per_minute`` events per key in any 60 seconds (0: no limit)."""

    per_minute: int
    _times: dict[Hashable, deque] = field(default_factory=lambda: defaultdict(deque))

    def allow(self, key: Hashable, now: float | None = None) -> bool:
        return self.allow_all([(key, self.per_minute)], now)

    def allow_all(self, limits: list[tuple[Hashable, int]], now: float | None = None) -> bool:
        """Whether every (key, per_minute) bucket has room; if so, count the event in each."""
        now = time.monotonic() if now is None else now
        limits = [(key, n) for key, n in limits if n > 0]
        for key, per_minute in limits:
            times = self._times[key]
            while times and now - times[0] >= 60:
                times.popleft()
            if len(times) >= per_minute:
                return False
        for key, _ in limits:
            self._times[key].append(now)
        return True


class WriteQueue:
    """Writes run one at a time on a thread of their own, never on the questions' threads.

    At most ``capacity`` writes wait or run at once, all chats together, and at most
    ``per_chat`` of one chat; past that ``admit`` says no and the user is told to try later,
    instead of a queue that grows without bound.
    """

    def __init__(self, capacity: int, per_chat: int = 2) -> None:
        self.capacity = max(1, capacity)
        self.per_chat = per_chat
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="qa-write")
        self._lock = threading.Lock()
        self._total = 0
        self._by_chat: dict[int, int] = defaultdict(int)

    def admit(self, chat_id: int) -> "WriteTicket | None":
        with self._lock:
            if self._total >= self.capacity or self._by_chat[chat_id] >= self.per_chat:
                return None
            self._total += 1
            self._by_chat[chat_id] += 1
        return WriteTicket(self, chat_id)

    def _release(self, chat_id: int) -> None:
        with self._lock:
            self._total -= 1
            self._by_chat[chat_id] -= 1
            if not self._by_chat[chat_id]:
                del self._by_chat[chat_id]

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


class WriteTicket:
    """A place in the write queue; leaving the ``with`` block gives it back."""

    def __init__(self, queue: WriteQueue, chat_id: int) -> None:
        self._queue, self._chat_id, self._held = queue, chat_id, True

    def __enter__(self) -> "WriteTicket":
        return self

    def __exit__(self, *exc) -> None:
        if self._held:
            self._held = False
            self._queue._release(self._chat_id)

    async def run(self, work: Callable[[], T]) -> T:
        return await asyncio.wrap_future(self._queue._executor.submit(work))


@dataclass
class BotState:
    library: Collections
    settings: TelegramSettings
    limiter: RateLimiter
    uploads: RateLimiter
    writes: WriteQueue
    reads: ThreadPoolExecutor
    hits: int = HITS_PER_QUESTION  # answers a question keeps for the More button
    answers: dict[int, dict[str, tuple[Answer, int]]] = field(default_factory=lambda: defaultdict(dict))
    def remember(self, chat_id: int, answer: Answer) -> str:
        # Random, not counted: with several webhook workers a button may reach one that never
        # saw the answer, and it must then find nothing rather than another answer's page.
        key = secrets.token_hex(4)
        kept = self.answers[chat_id]
        kept[key] = (answer, 0)
        while len(kept) > KEPT_ANSWERS_PER_CHAT:
            kept.pop(next(iter(kept)))
        return key

    async def read(self, work: Callable[..., T], *args) -> T:
        """Run a read (a question, a listing) on the readers' threads."""
        return await asyncio.get_running_loop().run_in_executor(self.reads, functools.partial(work, *args))


def _state(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    return context.application.bot_data["state"]


def _allowed(state: BotState, update: Update) -> bool:
    user = update.effective_user
    chat = update.effective_chat
    users, chats = state.settings.allowed_users, state.settings.allowed_chats
    if not users and not chats:
        return True
    return bool((user and user.id in users) or (chat and chat.id in chats))


def _is_private(update: Update) -> bool:
    return bool(update.effective_chat and update.effective_chat.type == ChatType.PRIVATE)


async def _refuse(update: Update) -> None:
    """Outside the allow-list: a polite refusal in private, silence in groups."""
    if _is_private(update) and update.effective_message and update.effective_user:
        await update.effective_message.reply_text(REFUSAL.format(user_id=update.effective_user.id))


def members_only(handler):
    """Run ``handler`` only for users the allow-list admits; refuse the others."""
    @functools.wraps(handler)
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not _allowed(_state(context), update):
            return await _refuse(update)
        return await handler(update, context)

    return guarded


def _sender(update: Update) -> tuple[str, int]:
    """Whose budget a message counts against: its user's, or for a sender that stands for a whole
    chat (a channel post, an anonymous admin) the chat's."""
    user = update.effective_user
    if user is not None and user.id not in SHARED_SENDER_IDS:
        return ("user", user.id)
    return ("chat", update.effective_chat.id if update.effective_chat else 0)


# ----- handlers --------------------------------------------------------------------------------
@members_only
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet, name the loaded documents and suggest a question."""
    state = _state(context)
    shared, own = await state.read(state.library.documents, update.effective_chat.id)
    example = await state.read(state.library.example_question, update.effective_chat.id)
    docs = shared + own
    names = [f"• {html.escape(clip(d.title))}" for d in docs[:10]]
    more = [f"…and {len(docs) - 10} more"] if len(docs) > 10 else []
    text = fit_lines([
        "Hello! I answer questions with the sentences of these documents:", *names, *more, "",
        *([f"Try: <code>{html.escape(clip(example, 200))}</code>"] if example else []),
        "In a private chat just type a question; in a group use /ask or mention me.",
        "Send me a file (text, HTML, PDF) or /add some text to ask about your own documents.",
    ])
    await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML)


@members_only
async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain how to ask."""
    username = context.bot.username
    text = (
        "<b>How to ask</b>\n"
        "/ask <i>question</i> — answer a question from the documents\n"
        "In a private chat, any message is a question.\n"
        f"In a group, use /ask, mention @{html.escape(username)} or reply to me.\n\n"
        "Under each answer: <b>More</b> shows the next best sentence, <b>Source</b> shows more of "
        "the text around it.\n\n"
        "<b>Your documents</b> (only this chat sees them)\n"
        "Send a file (.txt, .md, .html, .pdf), or /add <i>text</i> to paste one.\n"
        "/docs lists the documents; /remove <i>id</i> removes one of this chat's."
    )
    await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML)


@members_only
async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask QUESTION."""
    question = " ".join(context.args or []).strip()
    if not question:
        await update.effective_message.reply_text(f"Ask me something after /ask, e.g. /ask {EXAMPLE_QUESTION}")
        return
    await _answer(update, context, question)


def _addressed_to_bot(message: Message, bot_username: str, bot_id: int) -> tuple[bool, str]:
    """Whether a group message mentions or replies to the bot, and its text without the mention."""
    text = message.text or ""
    mention = f"@{bot_username}".lower()
    replied = bool(message.reply_to_message and message.reply_to_message.from_user
                   and message.reply_to_message.from_user.id == bot_id)
    mentioned = False
    for entity in message.entities or ():
        if entity.type == "mention" and message.parse_entity(entity).lower() == mention:
            mentioned = True
            text = text.replace(message.parse_entity(entity), " ")
    return mentioned or replied, " ".join(text.split())


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Plain text: a question in private chats; in groups only when the bot is addressed."""
    state = _state(context)
    message = update.effective_message
    if _is_private(update):
        if not _allowed(state, update):
            return await _refuse(update)
        return await _answer(update, context, message.text or "")
    addressed, question = _addressed_to_bot(message, context.bot.username, context.bot.id)
    if not addressed or not _allowed(state, update):
        return
    if not question:
        await message.reply_text(f"Yes? Ask me a question, e.g. {EXAMPLE_QUESTION}")
        return
    await _answer(update, context, question)


async def other_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice...: a hint in private chats, silence in groups."""
    if _is_private(update) and _allowed(_state(context), update):
        await update.effective_message.reply_text(HINT_NON_TEXT.format(example=EXAMPLE_QUESTION))


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    state = _state(context)
    message = update.effective_message
    question = scrub(question)
    if len(question) > MAX_QUESTION_CHARS:
        await message.reply_text(f"That question is too long ({len(question)} characters). "
                                 f"Please keep it under {MAX_QUESTION_CHARS}.")
        return
    if not state.limiter.allow_all([(_sender(update), state.settings.questions_per_minute),
                                    (("whole chat", message.chat_id), state.settings.chat_questions_per_minute)]):
        await message.reply_text(f"You are asking too fast (at most {state.settings.questions_per_minute} a minute "
                                 f"from one person, {state.settings.chat_questions_per_minute} in one chat). "
                                 "Please wait a moment.")
        return
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    try:
        answer = await state.read(state.library.ask, message.chat_id, question, state.hits)
    except QABotError as e:
        await message.reply_text(f"I could not use that question: {e}.")
        return
    if answer.band == "not_found" or not answer.hits:
        await message.reply_text(NOT_FOUND)
        return
    key = state.remember(message.chat_id, answer)
    await message.reply_text(
        hit_html(answer.hits[0], 1, len(answer.hits), unsure=answer.band == "unsure"),
        parse_mode=ParseMode.HTML,
        reply_markup=answer_keyboard(key, 0, len(answer.hits)),
        do_quote=not _is_private(update),
    )


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """More: the next hit, in place. Source: more of the text around the shown hit."""
    state = _state(context)
    query = update.callback_query
    if not _allowed(state, update):
        await query.answer("Sorry, this bot is private.")
        return
    try:
        action, key, index_text = (query.data or "").split(":")
        index = int(index_text)
    except ValueError:
        await query.answer("This button is not mine.")
        return
    chat_id = query.message.chat_id if query.message else 0
    kept = state.answers.get(chat_id, {}).get(key)
    if kept is None or not 0 <= index < len(kept[0].hits):
        await query.answer("That answer is too old; please ask again.")
        return
    answer = kept[0]
    hit = answer.hits[index]
    if action == "more":
        text = hit_html(hit, index + 1, len(answer.hits), unsure=answer.band == "unsure")
    elif action == "src":
        def wider() -> str:
            return state.library.owner_of(chat_id, hit.source).wider_context(hit, 3)

        text = hit_html(hit, index + 1, len(answer.hits), context=await state.read(wider),
                        unsure=answer.band == "unsure")
    else:
        await query.answer("This button is not mine.")
        return
    await query.answer()
    await query.edit_message_text(text, parse_mode=ParseMode.HTML,
                                  reply_markup=answer_keyboard(key, index, len(answer.hits)))


def _is_admin(state: BotState, update: Update) -> bool:
    return bool(update.effective_user and update.effective_user.id in state.settings.admins)


def _admit_upload(state: BotState, update: Update) -> "WriteTicket | str":
    """A place in the write queue for a document, or why there is none."""
    if not state.uploads.allow(_sender(update)):
        return (f"You are sending documents too fast (at most {state.uploads.per_minute} a minute). "
                "Please wait a moment.")
    ticket = state.writes.admit(update.effective_chat.id)
    return ticket if ticket is not None else BUSY


def _added_reply(results: list[Added], shared: bool, limit: int) -> str:
    where = "for everyone" if shared else "to this chat's documents"
    stored = [r for r in results if r.status != "refused"]
    refused = len(results) - len(stored)
    lines = [f"{'Already had' if r.status == 'unchanged' else 'Added'} <b>{html.escape(clip(r.title))}</b> "
             f"({plural(r.sentences, 'sentence')}) {where}." for r in stored[:10]]
    if len(stored) > 10:
        lines.append(f"…and {len(stored) - 10} more ({len(stored)} documents in all).")
    if refused:
        lines.append(f"Not added: {plural(refused, 'document')}: this chat has {limit} "
                     "documents, the most allowed; /remove one first.")
    if stored:
        lines.append("Ask me about it!")
    return fit_lines(lines)


async def _store(update: Update, context: ContextTypes.DEFAULT_TYPE, ticket: "WriteTicket", name: str,
                 data: bytes, suffix: str, shared: bool = False) -> None:
    """Parse and add a document (in the write queue); tell the user what was added, or why not."""
    state = _state(context)
    message = update.effective_message
    limit = state.settings.max_document_bytes
    if len(data) > limit:
        await message.reply_text(f"That document is too large (at most {limit // 1000} kB).")
        return
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    limits = ExtractionLimits.for_bytes(limit)

    def add() -> list[Added]:
        documents = [(doc.name, doc.text, doc.title)
                     for doc in parse_document(data, name, suffix, where="that file", limits=limits)]
        if shared:
            return state.library.add_shared(documents)
        return state.library.add(message.chat_id, documents)

    try:
        results = await ticket.run(add)
    except QABotError as e:
        await message.reply_text(f"I could not add it: {clip(str(e), 300)}.")
        return
    await message.reply_text(_added_reply(results, shared, state.settings.max_documents_per_chat),
                             parse_mode=ParseMode.HTML)


@members_only
async def add_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/add TEXT (or /add in reply to a message): add pasted text to this chat's documents."""
    await _add_pasted(update, context, shared=False)


@members_only
async def addglobal_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/addglobal TEXT: an admin adds a document every chat can ask about."""
    state = _state(context)
    if not _is_admin(state, update):
        await update.effective_message.reply_text("Only the bot's admins can add documents for everyone.")
        return
    await _add_pasted(update, context, shared=True)


async def _add_pasted(update: Update, context: ContextTypes.DEFAULT_TYPE, shared: bool) -> None:
    message = update.effective_message
    text = (message.text or "").partition(" ")[2].strip()
    if not text and message.reply_to_message and message.reply_to_message.text:
        text = message.reply_to_message.text
    if not text:
        await message.reply_text("Paste the text after /add (or reply /add to a message that holds it).")
        return
    ticket = _admit_upload(_state(context), update)
    if isinstance(ticket, str):
        await message.reply_text(ticket)
        return
    with ticket:
        await _store(update, context, ticket, f"telegram:{message.chat_id}:{message.message_id}",
                     scrub(text).encode("utf-8"), ".txt", shared)


@members_only
async def document_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file: add it to this chat's documents (an admin's with caption "global": for everyone)."""
    state = _state(context)
    message = update.effective_message
    caption = scrub(message.caption or "")
    if not _is_private(update) and f"@{context.bot.username}".lower() not in caption.lower():
        return  # in groups, only files addressed to the bot
    document = message.document
    limit = state.settings.max_document_bytes
    if document.file_size and document.file_size > limit:
        await message.reply_text(f"That file is too large (at most {limit // 1000} kB).")
        return
    ticket = _admit_upload(state, update)
    if isinstance(ticket, str):
        await message.reply_text(ticket)
        return
    with ticket:
        shared = "global" in caption.lower().split() and _is_admin(state, update)
        file = await context.bot.get_file(document.file_id)
        data = bytes(await file.download_as_bytearray())
        file_name = scrub(document.file_name or "document.txt")
        suffix = "." + file_name.rsplit(".", 1)[-1] if "." in file_name else ""
        name = f"telegram:{message.chat_id}:{document.file_unique_id}:{file_name}"
        await _store(update, context, ticket, name, data, suffix, shared)


@members_only
async def docs_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/docs: the documents this chat can ask about."""
    state = _state(context)
    shared, own = await state.read(state.library.documents, update.effective_chat.id)
    lines = ["<b>For everyone</b>"] + [f"• {html.escape(clip(d.title))} ({plural(d.sentences, 'sentence')})"
                                       for d in shared]
    lines.append("\n<b>This chat's</b>")
    lines += [f"• <code>{d.id}</code> {html.escape(clip(d.title))} ({plural(d.sentences, 'sentence')})"
              for d in own] or \
        ["none yet: send a file or /add some text"]
    await update.effective_message.reply_text(fit_lines(lines), parse_mode=ParseMode.HTML)


@members_only
async def remove_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/remove ID: remove one of this chat's documents."""
    state = _state(context)
    message = update.effective_message
    try:
        doc_id = int((context.args or [""])[0])
    except ValueError:
        await message.reply_text("Say which one: /remove ID (the number /docs shows).")
        return
    ticket = state.writes.admit(update.effective_chat.id)
    if ticket is None:
        await message.reply_text(BUSY)
        return
    with ticket:
        removed = await ticket.run(functools.partial(state.library.remove, update.effective_chat.id, doc_id))
    if removed is None:
        await message.reply_text(f"This chat has no document {doc_id}; /docs lists them.")
    else:
        await message.reply_text(f"Removed {clip(removed.title)}.")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure with its traceback, tell the user briefly, keep serving."""
    log.error("update failed: %s", context.error, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        try:
            await update.effective_message.reply_text(APOLOGY)
        except Exception:  # the apology itself failed (network); the log already has the story
            log.warning("could not send the apology")


# ----- building and running --------------------------------------------------------------------
class _RedactToken(logging.Filter):
    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self.token:
            message = record.getMessage()
            if self.token in message:
                record.msg = message.replace(self.token, "<token>")
                record.args = ()
            if record.exc_info and not record.exc_text:  # tracebacks quote the token too
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = record.exc_text.replace(self.token, "<token>")
        return True


def protect_token_in_logs(token: str) -> None:
    """httpx logs request URLs, which hold the token: quiet it and redact everywhere."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    redactor = _RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)
    for name in ("httpx", "telegram", "qa_bot", ""):
        logging.getLogger(name).addFilter(redactor)


def build_application(qa: QABot, settings: TelegramSettings, chat_index_root=None,
                      k: int = HITS_PER_QUESTION) -> Application:
    if not settings.token:
        raise ConfigError("no Telegram bot token: set TELEGRAM_BOT_TOKEN or [telegram] token in the config file")
    protect_token_in_logs(settings.token)
    builder = (ApplicationBuilder().token(settings.token).concurrent_updates(True)
               .rate_limiter(AIORateLimiter(max_retries=2)).post_init(_post_init).post_shutdown(_post_shutdown))
    urls = _api_urls(settings)
    if urls:
        builder = builder.base_url(urls["base_url"]).base_file_url(urls["base_file_url"])
    app = builder.build()
    from pathlib import Path

    root = Path(settings.chat_index_dir) if settings.chat_index_dir else (
        chat_index_root or (qa.index_dir / "chats" if qa.index_dir else None))
    if root is None and not hasattr(qa.index, "in_namespace"):  # Milvus keeps them beside the shared ones
        raise ConfigError("set [telegram] chat_index_dir: where the chats' own documents are kept")
    limits = Limits(settings.max_documents_per_chat, settings.max_document_bytes)
    app.bot_data["state"] = BotState(
        library=Collections(qa, root, limits, open_chats=settings.open_chat_indexes),
        settings=settings,
        limiter=RateLimiter(settings.questions_per_minute),
        uploads=RateLimiter(settings.uploads_per_minute),
        writes=WriteQueue(settings.upload_queue),
        reads=ThreadPoolExecutor(QUESTION_THREADS, thread_name_prefix="qa-read"),
        hits=k,
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_command))
    app.add_handler(CommandHandler("ask", ask_command))
    app.add_handler(CommandHandler("add", add_command))
    app.add_handler(CommandHandler("addglobal", addglobal_command))
    app.add_handler(CommandHandler("docs", docs_command))
    app.add_handler(CommandHandler("remove", remove_command))
    app.add_handler(MessageHandler(filters.Document.ALL, document_message))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, text_message))
    app.add_handler(MessageHandler(~filters.TEXT & ~filters.COMMAND & ~filters.StatusUpdate.ALL, other_message))
    app.add_handler(CallbackQueryHandler(button))
    app.add_error_handler(on_error)
    return app


async def _post_shutdown(app: Application) -> None:
    state: BotState = app.bot_data["state"]
    state.writes.shutdown()
    state.reads.shutdown(wait=False, cancel_futures=True)


async def _post_init(app: Application) -> None:
    await app.bot.set_my_commands([
        ("ask", "answer a question from the documents"),
        ("add", "add pasted text to this chat's documents"),
        ("docs", "list the documents"),
        ("remove", "remove one of this chat's documents"),
        ("help", "how to ask"),
        ("start", "what I know about"),
    ])


def run(qa: QABot, settings: TelegramSettings, k: int = HITS_PER_QUESTION) -> None:
    """Serve until interrupted: long polling, or a webhook when ``webhook_url`` is set."""
    from telegram.error import InvalidToken

    app = build_application(qa, settings, k=k)
    try:
        _serve(app, settings)
    except InvalidToken:  # revoked since check_token; its message holds the token: never shown
        raise ConfigError(TOKEN_REFUSED) from None


def check_token(settings: TelegramSettings) -> None:
    """Ask Telegram once whether it knows the token, before anything slow is loaded: the
    Application's own start retries and logs a traceback (quoting the token) first."""
    from telegram.error import InvalidToken

    try:
        asyncio.run(_check_token(settings))
    except InvalidToken:
        raise ConfigError(TOKEN_REFUSED) from None


async def _check_token(settings: TelegramSettings) -> None:
    """getMe with a plain Bot: InvalidToken when Telegram refuses the token. Network trouble is
    left to the Application, which retries."""
    from telegram import Bot
    from telegram.error import NetworkError

    try:
        async with Bot(settings.token, **_api_urls(settings)):
            pass
    except NetworkError:
        log.warning("could not reach Telegram to check the token; starting anyway")


def _api_urls(settings: TelegramSettings) -> dict[str, str]:
    """A self-hosted Bot API server's URLs (files live under /file/bot), or none for Telegram's."""
    if not settings.base_url:
        return {}
    return {"base_url": settings.base_url, "base_file_url": settings.base_url.replace("/bot", "/file/bot")}


def _serve(app: Application, settings: TelegramSettings) -> None:
    if settings.webhook_url:
        from urllib.parse import urlparse

        path = urlparse(settings.webhook_url).path.lstrip("/")
        # Without a secret anyone who can reach the port could forge updates (an admin's /addglobal):
        # with none configured, a random one is made now and given to Telegram with setWebhook.
        secret = settings.secret_token or secrets.token_urlsafe(32)
        app.run_webhook(listen=settings.listen, port=settings.port, url_path=path,
                        webhook_url=settings.webhook_url, secret_token=secret,
                        allowed_updates=Update.ALL_TYPES)
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
