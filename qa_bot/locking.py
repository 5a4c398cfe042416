"""One writer at a time per index directory: an advisory file lock (fcntl) on `.write.lock`."""

from __future__ import annotations

import contextlib
import errno
import os
import time
from pathlib import Path
from typing import Iterator

from .errors import IndexStateError

LOCK_NAME = ".write.lock"


@contextlib.contextmanager
def write_lock(directory: str | os.PathLike[str], timeout: float = 30.0) -> Iterator[None]:
    """Hold the directory's write lock; wait up to ``timeout`` seconds for another writer."""
    import fcntl

    directory = Path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(directory / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise IndexStateError(f"cannot lock index directory {directory}: {e.strerror}") from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    raise IndexStateError(f"cannot lock index directory {directory}: {e.strerror}") from None
                if time.monotonic() >= deadline:
                    raise IndexStateError(
                        f"another qa-bot is writing to {directory}; try again when it has finished") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
