"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests of the bot.

It speaks the HTTP protocol python-telegram-bot uses (POST /bot<token>/<method>, form-encoded
parameters whose non-string values are JSON) for the methods the bot calls, holds getUpdates
open for long polling, and records every call so tests can assert on what the bot sent.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote

BOT_ID = 424242
BOT_USERNAME = "qa_test_bot"
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "QA", "username": BOT_USERNAME,
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
MAX_POLL_SECONDS = 2.0


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # the default 5 resets connections when 20 chats send at once
    daemon_threads = True


class FakeBotAPI:
    def __init__(self, token: str) -> None:
        self.token = token
        self.calls: list[tuple[str, dict]] = []
        self.updates: list[dict] = []
        self.flood_once: set[int] = set()  # chats whose next sendMessage gets a 429 RetryAfter
        self.files: dict[str, bytes] = {}   # file_id -> content, served by getFile + download
        self._cond = threading.Condition()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._server = _Server(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def __enter__(self) -> "FakeBotAPI":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        with self._cond:
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # ----- what tests use ----------------------------------------------------------------
    def push(self, update: dict) -> int:
        with self._cond:
            update = {"update_id": next(self._update_ids), **update}
            self.updates.append(update)
            self._cond.notify_all()
            return update["update_id"]

    def wait_for(self, method: str, count: int = 1, timeout: float = 30.0, **match) -> list[dict]:
        """The first ``count`` calls of ``method`` whose parameters include ``match``."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = self.sent(method, **match)
                if len(found) >= count:
                    return found[:count]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out waiting for {count} {method} {match}; got {self.calls}")
                self._cond.wait(left)

    def sent(self, method: str, **match) -> list[dict]:
        with self._cond:
            return [p for m, p in self.calls if m == method and all(p.get(k) == v for k, v in match.items())]

    # ----- the Bot API -------------------------------------------------------------------
    def _message(self, params: dict, message_id: int | None = None) -> dict:
        chat_id = int(params["chat_id"])
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "group"}
        if chat_id < 0:
            chat["title"] = "A group"
        else:
            chat["first_name"] = "User"
        return {"message_id": message_id or next(self._message_ids), "date": int(time.time()),
                "chat": chat, "from": BOT_USER, "text": params.get("text", "")}

    def _call(self, method: str, params: dict) -> tuple[int, dict]:
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            wait = min(float(params.get("timeout") or 0), MAX_POLL_SECONDS)
            deadline = time.monotonic() + wait
            with self._cond:
                while True:
                    ready = [u for u in self.updates if u["update_id"] >= offset]
                    left = deadline - time.monotonic()
                    if ready or left <= 0:
                        return 200, {"ok": True, "result": ready}
                    self._cond.wait(left)
        with self._cond:
            self.calls.append((method, params))
            self._cond.notify_all()
            if method == "sendMessage" and int(params["chat_id"]) in self.flood_once:
                self.flood_once.discard(int(params["chat_id"]))
                self.calls.pop()
                return 429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                             "parameters": {"retry_after": 1}}
        if method == "getFile":
            file_id = params["file_id"]
            if file_id not in self.files:
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: invalid file_id"}
            return 200, {"ok": True, "result": {"file_id": file_id, "file_unique_id": f"u-{file_id}",
                                                "file_size": len(self.files[file_id]), "file_path": f"documents/{file_id}"}}
        if method == "getMe":
            return 200, {"ok": True, "result": BOT_USER}
        if method in ("deleteWebhook", "setWebhook", "setMyCommands", "sendChatAction", "answerCallbackQuery"):
            return 200, {"ok": True, "result": True}
        if method == "sendMessage":
            return 200, {"ok": True, "result": self._message(params)}
        if method == "editMessageText":
            return 200, {"ok": True, "result": self._message(params, int(params["message_id"]))}
        return 404, {"ok": False, "error_code": 404, "description": f"Not Found: method {method}"}

    def _handler_class(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                prefix = f"/bot{api.token}/"
                if not self.path.startswith(prefix):
                    return self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8") if length else ""
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params = json.loads(body or "{}")
                else:
                    params = {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}
                    for key in ("reply_markup", "commands", "allowed_updates", "reply_parameters"):
                        if key in params:
                            params[key] = json.loads(params[key])
                self._reply(*api._call(self.path[len(prefix):], params))

            def do_GET(self) -> None:  # noqa: N802
                prefix = f"/file/bot{api.token}/documents/"
                path = unquote(self.path)
                if path.startswith(prefix) and path[len(prefix):] in api.files:
                    data = api.files[path[len(prefix):]]
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                self.do_POST()

            def _reply(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the bot hung up a long poll while shutting down

            def log_message(self, *args) -> None:
                pass

        return Handler


# ----- updates, as Telegram would send them ------------------------------------------------------
_messages = itertools.count(1)


def user(user_id: int, name: str = "Ann") -> dict:
    return {"id": user_id, "is_bot": False, "first_name": name}


def chat(chat_id: int) -> dict:
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": "Ann"}
    return {"id": chat_id, "type": "group", "title": "Newsroom"}


def message(chat_id: int, text: str | None = None, user_id: int | None = None, **extra) -> dict:
    msg = {"message_id": next(_messages), "date": int(time.time()), "chat": chat(chat_id),
           "from": user(user_id if user_id is not None else abs(chat_id))}
    if text is not None:
        msg["text"] = text
        entities = []
        if text.startswith("/"):
            entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
        mention = f"@{BOT_USERNAME}"
        if mention in text:
            entities.append({"type": "mention", "offset": text.index(mention), "length": len(mention)})
        if entities:
            msg["entities"] = entities
    msg.update(extra)
    return {"message": msg}


def sticker(chat_id: int) -> dict:
    return message(chat_id, sticker={"file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512,
                                     "height": 512, "is_animated": False, "is_video": False})


def document(chat_id: int, file_id: str, file_name: str, size: int, caption: str | None = None,
             user_id: int | None = None) -> dict:
    extra = {"document": {"file_id": file_id, "file_unique_id": f"u-{file_id}", "file_name": file_name,
                          "file_size": size}}
    if caption:
        extra["caption"] = caption
    return message(chat_id, None, user_id=user_id, **extra)


def callback(chat_id: int, data: str, message_id: int, user_id: int | None = None) -> dict:
    return {"callback_query": {
        "id": f"cq{message_id}{data}", "from": user(user_id if user_id is not None else abs(chat_id)),
        "chat_instance": "ci", "data": data,
        "message": {"message_id": message_id, "date": int(time.time()), "chat": chat(chat_id), "from": BOT_USER,
                    "text": "previous answer"},
    }}


def post_update(url: str, update: dict, headers: dict[str, str] | None = None) -> int:
    """POST an update to a bot's webhook as Telegram would; the HTTP status. Retries while the
    listener is still opening (it may open a moment after setWebhook)."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, data=json.dumps(update).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **(headers or {})})
    for _ in range(50):
        try:
            return urllib.request.urlopen(request, timeout=10).status
        except urllib.error.HTTPError as e:
            return e.code
        except OSError:
            time.sleep(0.2)
    raise AssertionError("the webhook listener never opened")
