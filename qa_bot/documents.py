"""Reading documents from files: text in, clear refusals for what is not text."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class LoadedDocument:
    name: str
    text: str


def read_text_file(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InputError(f"{path} is too large ({size // 1_048_576} MiB; at most {MAX_DOCUMENT_BYTES // 1_048_576} MiB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}") from None
    if b"\x00" in data[:65536]:
        raise InputError(f"{path} is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{path} is not UTF-8 text (bad byte at offset {e.start}); convert it to UTF-8 first") from None
    if not text.strip():
        raise InputError(f"{path} is empty")
    return text


def load_paths(paths: list[str | os.PathLike[str]], warn: Callable[[str], None]) -> list[LoadedDocument]:
    """Documents from files and folders. A file named on the command line must load; inside a
    folder, files that cannot be read are skipped with a warning."""
    docs: list[LoadedDocument] = []
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                raise InputError(f"{path} holds no text files ({', '.join(sorted(TEXT_SUFFIXES))})")
            for file in found:
                try:
                    doc = LoadedDocument(str(file.resolve()), read_text_file(file))
                except InputError as e:
                    warn(f"skipped: {e}")
                    continue
                if doc.name not in seen:
                    seen.add(doc.name)
                    docs.append(doc)
        else:
            doc = LoadedDocument(str(path.resolve()), read_text_file(path))
            if doc.name not in seen:
                seen.add(doc.name)
                docs.append(doc)
    if not docs:
        raise InputError("no readable documents given")
    return docs
