"""A build's output directory: checked, locked against a second build, swept of what a killed one left.

:func:`locked_output` is held for the whole of a build (and any command that writes the
same directory). It refuses a path that is a file, takes an exclusive lock on
``DIR/.kg-build.lock`` (a second build refuses at once with a clear message, never
interleaves), removes temporary files a killed build left behind, and turns a full disk,
a read-only directory and the like into one-line :class:`~kg.errors.OutputError`s; the
files written before (``graph.json``, ``explorer.html``, the cache) are only ever replaced
atomically, so they stay intact.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "kg-out"
>>> (out.mkdir(), (out / ".graph.json.0123456789abcdef.tmp").write_text("torn"))[0]
>>> with locked_output(out):
...     with locked_output(out):
...         pass
Traceback (most recent call last):
...
kg.errors.OutputError: another kg build is writing into ... (pid ...)
>>> sorted(p.name for p in out.iterdir())
['.kg-build.lock']
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from kg.errors import OutputError

__all__ = ["LOCK_FILE", "locked_output", "output_error", "sweep_stale"]

LOCK_FILE = ".kg-build.lock"
_STALE = re.compile(r"^\..+\.[0-9a-f]{16}\.tmp$")  # kg.atomic's temporary files
_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EFBIG}
_SQLITE_OUTPUT = ("disk is full", "readonly database", "unable to open database", "disk I/O error")
_HINT = "free some space or choose a writable --out; the previous files are unchanged"


def sweep_stale(out: Path) -> list[str]:
    """Remove temporary files of builds that were killed (call only while holding the lock)."""
    gone = []
    for p in [*out.glob(".*.tmp"), *out.glob(".kg-cypher/.building-*")]:
        if _STALE.match(p.name) or p.name.startswith(".building-"):
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
            gone.append(p.name)
    return sorted(gone)


def output_error(err: OSError | sqlite3.Error, out: Path) -> OutputError | None:
    """The one-line error for a failed write into ``out``, or ``None`` when ``err`` is not about output."""
    if isinstance(err, sqlite3.Error):
        if any(s in str(err) for s in _SQLITE_OUTPUT):
            return OutputError(f"cannot write into {out}: {err}", path=str(out), hint=_HINT)
        return None
    inside = err.filename is not None and str(Path(str(err.filename)).resolve()).startswith(
        str(out.resolve())
    )
    if err.errno in _OUTPUT_ERRNOS or inside:
        return OutputError(f"cannot write into {out}: {err.strerror or err}", path=str(out), hint=_HINT)
    return None


def _lock(out: Path) -> int:
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock (a second build there is not detected)
        return -1
    try:
        fd = os.open(out / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        raise OutputError(f"cannot write into {out}: {err.strerror}", path=str(out), hint=_HINT) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
        os.close(fd)
        raise OutputError(
            f"another kg build is writing into {out} (pid {holder})",
            path=str(out),
            hint="wait for it to finish, or build into another --out",
        ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, str(os.getpid()).encode(), 0)
    return fd


@contextlib.contextmanager
def locked_output(out: str | os.PathLike[str]) -> Iterator[Path]:
    """Hold ``out`` (created if missing) for one build; see the module docstring."""
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise OutputError(f"--out {path} is a file, not a directory", path=str(path), hint="name a directory")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"cannot create {path}: {err.strerror}", path=str(path), hint=_HINT) from None
    fd = _lock(path)
    try:
        sweep_stale(path)
        try:
            yield path
        except (OSError, sqlite3.Error) as err:
            mapped = output_error(err, path)
            if mapped is None:
                raise
            raise mapped from err
    finally:
        if fd >= 0:
            os.close(fd)  # releases the lock
