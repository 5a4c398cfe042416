"""The terminal REPL: ask questions one after another about the loaded documents."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from .errors import QABotError
from .render import answer_lead, answer_text, hit_text, terminal_safe
from .retriever import Answer, QABot

HELP = """Type a question and press Enter. Commands:
  :sources     more hits for the last question, with context and source
  :docs        the documents loaded
  :k N         how many hits :sources shows (now {k})
  :help        this help
  :quit        leave (Ctrl-D works too; Ctrl-C cancels the line being typed)"""


def _history_path() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "qa-bot" / "history"


class Repl:
    def __init__(self, bot: QABot, k: int = 3, stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
        self.bot = bot
        self.k = k
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.interactive = self.stdin is sys.stdin and sys.stdin.isatty()
        self.last: Answer | None = None

    def say(self, text: str) -> None:
        print(terminal_safe(text), file=self.stdout, flush=True)

    def _read_line(self) -> str | None:
        if self.interactive:
            try:
                return input("? ")
            except EOFError:
                return None
        line = self.stdin.readline()
        return None if line == "" else line.rstrip("\n")

    def _setup_readline(self) -> None:
        if not self.interactive:
            return
        try:
            import atexit
            import readline
        except ImportError:  # no line editing on this platform; plain input still works
            return
        history = _history_path()
        try:
            history.parent.mkdir(parents=True, exist_ok=True)
            readline.read_history_file(history)
        except OSError:
            pass
        readline.set_history_length(1000)
        atexit.register(lambda: _write_history(readline, history))

    def run(self) -> int:
        self._setup_readline()
        docs = self.bot.documents()
        names = ", ".join(d.title for d in docs[:3]) + (f" and {len(docs) - 3} more" if len(docs) > 3 else "")
        self.say(f"qa-bot: {sum(d.sentences for d in docs)} sentences from {names}.")
        self.say("Ask a question, or :help for commands.")
        while True:
            try:
                line = self._read_line()
            except KeyboardInterrupt:
                self.say("")  # Ctrl-C drops the line being typed, not the session
                continue
            if line is None:
                self.say("")
                return 0
            line = line.strip()
            if not line:
                continue
            try:
                if line.startswith(":"):
                    if self.command(line) == "quit":
                        return 0
                else:
                    self.last = self.bot.ask(line, k=max(self.k, 3))
                    self.say(answer_text(self.last))
            except QABotError as e:
                self.say(f"error: {e}")
            except KeyboardInterrupt:
                self.say("(cancelled)")

    def command(self, line: str) -> str | None:
        name, _, arg = line.partition(" ")
        name = name.lower()
        if name in (":quit", ":q", ":exit"):
            return "quit"
        if name in (":help", ":h", ":?"):
            self.say(HELP.format(k=self.k))
        elif name == ":k":
            try:
                value = int(arg)
                if value < 1 or value > 50:
                    raise ValueError
            except ValueError:
                self.say("error: :k takes a whole number from 1 to 50")
                return None
            self.k = value
            self.say(f"k = {value}")
        elif name == ":sources":
            if self.last is None:
                self.say("error: ask a question first")
                return None
            if len(self.last.hits) < self.k:
                self.last = self.bot.ask(self.last.question, k=self.k)
            lead = answer_lead(self.last)
            if lead:
                self.say(lead)
            self.say("\n\n".join(hit_text(h, i + 1) for i, h in enumerate(self.last.hits[: self.k])))
        elif name == ":docs":
            for d in self.bot.documents():
                self.say(f"{d.title} ({d.name}): {d.sentences} sentences")
        else:
            self.say(f"error: unknown command {name}; :help lists the commands")
        return None


def _write_history(readline, path: Path) -> None:
    try:
        readline.write_history_file(path)
    except OSError:
        pass
