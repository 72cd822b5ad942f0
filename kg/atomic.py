"""Atomic file writes: write to a temporary file beside the target, then rename.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> write_text_atomic(d / "a.txt", "hello")
>>> (d / "a.txt").read_text()
'hello'
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["open_atomic", "write_bytes_atomic", "write_text_atomic"]


@contextlib.contextmanager
def open_atomic(
    path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8"
) -> Iterator[IO[str]]:
    """Open a temporary file beside ``path``; on success it replaces ``path``, on error it is removed."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_beside(target)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding, newline=None) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _sync_dir(target.parent)  # the rename itself survives a crash
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _sync_dir(folder: Path) -> None:
    """Flush a folder's entries to disk (POSIX; elsewhere a folder cannot be opened, and NTFS
    journals the rename itself)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _create_beside(target: Path) -> tuple[int, str]:
    """A new, uniquely named file beside ``target``, opened for writing.

    Unlike ``tempfile.mkstemp`` (always 0600), the mode is 0666 less the process umask, applied
    by the kernel, so the file ends up with the mode any newly written file gets.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = str(target.parent / f".{target.name}.{secrets.token_hex(8)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    with open_atomic(path, "w") as fh:
        fh.write(text)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with open_atomic(path, "wb", encoding=None) as fh:
        fh.write(data)  # type: ignore[arg-type]
