"""Text extraction from PDF and HTML in a worker process that can be killed.

A 47 KB PDF can hold a content stream that decompresses to megabytes and takes pypdf minutes;
HTML parsers have their own pathological inputs. In-process limits cannot stop a C loop or a
runaway allocation, so the parsers run in one long-lived worker process (started on first use,
so a folder of files pays for its start once) with a memory cap; the parent waits at most
``ExtractionLimits.seconds`` for an answer, then kills the worker and refuses the file in one
line. The next file gets a fresh worker.

The protocol over the worker's stdin/stdout: a request is a 4-byte length and a JSON header,
then an 8-byte length and the file's bytes; the reply is an 8-byte length and JSON, either
``{"text", "title"}`` or ``{"error"}`` (a message for the user).
"""

from __future__ import annotations

import atexit
import json
import os
import selectors
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass

from .errors import InputError

MIB = 1024 * 1024


@dataclass(frozen=True)
class ExtractionLimits:
    """Bounds on the work one file may cause, whatever its size on disk."""

    seconds: float = 120.0
    max_pages: int = 5000
    max_content_bytes: int = 64 * MIB  # decompressed page content, all pages together
    max_expansion: int = 100           # ... and at most this many times the file's size (8 MiB floor)
    max_chars: int = 10_000_000        # extracted text
    memory_bytes: int = 2048 * MIB     # the worker's address space

    @classmethod
    def for_bytes(cls, max_document_bytes: int) -> "ExtractionLimits":
        """Tighter bounds for a service that accepts documents of at most that many bytes."""
        return cls(seconds=30.0, max_pages=1000, max_content_bytes=max(8 * MIB, 10 * max_document_bytes),
                   max_chars=max(100_000, max_document_bytes), memory_bytes=1024 * MIB)

    def content_budget(self, file_bytes: int) -> int:
        return min(self.max_content_bytes, max(8 * MIB, self.max_expansion * file_bytes))


class _Worker:
    """One worker process, used by one caller at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._memory: int | None = None

    def extract(self, kind: str, data: bytes, where: str, limits: ExtractionLimits) -> tuple[str, str | None]:
        header = json.dumps({"kind": kind, "where": where, "limits": asdict(limits)}).encode()
        request = len(header).to_bytes(4, "big") + header + len(data).to_bytes(8, "big") + data
        with self._lock:
            proc = self._started(limits.memory_bytes)
            deadline = time.monotonic() + limits.seconds
            try:
                proc.stdin.write(request)
                proc.stdin.flush()
                size = int.from_bytes(self._read(proc, 8, deadline), "big")
                reply = json.loads(self._read(proc, size, deadline))
            except TimeoutError:
                self._stop()
                raise InputError(f"{where} took more than {limits.seconds:g} s to read; refused") from None
            except (OSError, ValueError, EOFError):
                code = self._stop()
                raise InputError(f"{where} could not be read: the reader stopped"
                                 f"{' (out of memory)' if code in (-9, 137, 1) else ''}") from None
        if "error" in reply:
            raise InputError(reply["error"])
        return reply["text"], reply.get("title")

    def _started(self, memory_bytes: int) -> subprocess.Popen:
        if self._proc is not None and (self._proc.poll() is not None or self._memory != memory_bytes):
            self._stop()
        if self._proc is None:
            # The worker imports qa_bot from where this process did: a source checkout put on
            # sys.path by hand is not installed, and the worker failed to start ("the reader
            # stopped") on every PDF and HTML file.
            package_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
            path = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "qa_bot.extract", str(memory_bytes)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": path, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})
            self._memory = memory_bytes
        return self._proc

    @staticmethod
    def _read(proc: subprocess.Popen, size: int, deadline: float) -> bytes:
        """Exactly ``size`` bytes of the worker's output, or TimeoutError at ``deadline``."""
        fd = proc.stdout.fileno()
        chunks, have = [], 0
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while have < size:
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(left):
                    raise TimeoutError
                chunk = os.read(fd, min(size - have, 1 << 20))
                if not chunk:
                    raise EOFError
                chunks.append(chunk)
                have += len(chunk)
        return b"".join(chunks)

    def _stop(self) -> int | None:
        proc, self._proc = self._proc, None
        if proc is None:
            return None
        proc.kill()
        for stream in (proc.stdin, proc.stdout):
            try:
                stream.close()
            except OSError:
                pass
        return proc.wait()

    def close(self) -> None:
        with self._lock:
            self._stop()


_worker = _Worker()
atexit.register(_worker.close)


def extract_isolated(kind: str, data: bytes, where: str, limits: ExtractionLimits) -> tuple[str, str | None]:
    """(text, title) of a "pdf" or "html" file, extracted in the worker within ``limits``."""
    return _worker.extract(kind, data, where, limits)


def _serve(memory_bytes: int) -> None:
    """The worker's loop: requests in on stdin, replies out on the original stdout."""
    import resource

    from .documents import extract_in_this_process

    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a library that prints must not corrupt the replies
    requests = sys.stdin.buffer
    while True:
        head = requests.read(4)
        if len(head) < 4:
            return
        header = json.loads(requests.read(int.from_bytes(head, "big")))
        data = requests.read(int.from_bytes(requests.read(8), "big"))
        where = header["where"]
        try:
            text, title = extract_in_this_process(header["kind"], data, where, ExtractionLimits(**header["limits"]))
            reply = {"text": text, "title": title}
        except InputError as e:
            reply = {"error": str(e)}
        except MemoryError:
            reply = {"error": f"{where} needs too much memory to read; refused"}
        except RecursionError:
            reply = {"error": f"{where} is nested too deeply to read; refused"}
        except Exception as e:  # a parser's bug on odd input: this file is unreadable, the worker goes on
            reply = {"error": f"{where} could not be read ({type(e).__name__})"}
        body = json.dumps(reply).encode()
        replies.write(len(body).to_bytes(8, "big") + body)
        replies.flush()


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
