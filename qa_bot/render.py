"""Plain-text rendering of answers, shared by the CLI and the REPL."""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only annotations: the CLI prints errors through here without loading the core
    from .retriever import Answer, Hit

NOT_FOUND = "I could not find that in the documents."
UNSURE = "Not sure, but the closest is:"


# Control characters but tab and line feed: what a terminal would obey rather than show.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """Text to print: a control character shows as its escape ("\\x1b"), so a file name or a
    document stored before such characters were scrubbed cannot clear or retitle the terminal."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def plural(count: int, noun: str) -> str:
    """"1 sentence", "2 sentences", "0 documents"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _indent(label: str, text: str, width: int = 100) -> str:
    body = textwrap.fill(" ".join(text.split()), width=width, initial_indent=f"  {label}",
                         subsequent_indent=" " * (len(label) + 2))
    return body


def hit_text(hit: Hit, number: int | None = None) -> str:
    head = f"[{number}] " if number is not None else ""
    lines = [textwrap.fill(head + " ".join(hit.sentence.split()), width=100)]
    if hit.speaker:
        lines.append(f"  speaker: {hit.speaker}")
    if hit.context.strip() != hit.sentence.strip():
        lines.append(_indent("context: ", hit.context))
    where = hit.source if hit.title in ("", hit.source) else f"{hit.title} ({hit.source})"
    lines.append(f"  source:  {where}, characters {hit.start}-{hit.end}, score {hit.score:.3f}")
    return terminal_safe("\n".join(lines))


def answer_lead(answer: Answer) -> str | None:
    """The line before the hits of an answer that is not sure ("found" needs none)."""
    if answer.band == "unsure":
        return UNSURE
    return None if answer.found else NOT_FOUND + " The closest sentences:"


def answer_text(answer: Answer, show_all: bool = False) -> str:
    """The best hit (or with ``show_all`` every hit). A likely answer below the "found" bar is
    shown with its caveat; an unlikely one only when every hit was asked for."""
    if not answer.hits or (answer.band == "not_found" and not show_all):
        return NOT_FOUND
    hits = answer.hits if show_all else answer.hits[:1]
    parts = [hit_text(h, i + 1 if show_all else None) for i, h in enumerate(hits)]
    lead = answer_lead(answer)
    if lead:
        parts.insert(0, lead)
    return "\n\n".join(parts)
