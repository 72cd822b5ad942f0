"""Open listing files: compression by magic bytes, UTF-8 per line, clear errors.

Every whole-file problem (missing, a directory, unreadable, empty, not UTF-8 at
the start, corrupt compression) becomes an :class:`~kg.errors.InputError` naming
the file; a problem found after some lines were read (a truncated gzip stream,
a bad byte on line 5000) is raised with the line it happened at, so the caller
can keep what came before.

>>> import gzip, tempfile, os
>>> d = tempfile.mkdtemp()
>>> path = os.path.join(d, "listing.txt")  # gzip data, misleading name
>>> with gzip.open(path, "wt", encoding="utf-8") as f:
...     _ = f.write("Title\\n\\nAbstract\\n")
>>> [line.rstrip("\\n") for line in iter_lines(path)]
['Title', '', 'Abstract']
>>> head(path)[:5]
'Title'
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from kg.errors import InputError

__all__ = ["HEAD_BYTES", "compression", "head", "iter_lines", "open_binary", "read_text"]

HEAD_BYTES = 65536

_MAGIC = ((b"\x1f\x8b", "gzip"), (b"BZh", "bz2"), (b"\xfd7zXZ\x00", "xz"))
_STREAM_ERRORS = (EOFError, OSError, zlib.error, lzma.LZMAError, ValueError)


def compression(path: str) -> str | None:
    """``"gzip"``, ``"bz2"``, ``"xz"`` or ``None``, from the file's first bytes (never its name)."""
    try:
        with open(path, "rb") as f:
            magic = f.read(6)
    except FileNotFoundError:
        raise InputError("no such file", file=path, hint="check the path") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a listing file", file=path) from None
    except OSError as err:
        raise InputError(f"cannot open: {err.strerror or err}", file=path) from None
    return next((name for sig, name in _MAGIC if magic.startswith(sig)), None)


@contextmanager
def open_binary(path: str) -> Iterator[io.BufferedIOBase]:
    """The file's bytes, decompressed when its magic bytes say gzip, bz2 or xz."""
    kind = compression(path)
    with ExitStack() as stack:
        if kind == "gzip":
            f: io.BufferedIOBase = stack.enter_context(gzip.open(path, "rb"))
        elif kind == "bz2":
            f = stack.enter_context(bz2.open(path, "rb"))
        elif kind == "xz":
            f = stack.enter_context(lzma.open(path, "rb"))
        else:
            f = stack.enter_context(open(path, "rb"))
        yield f


def _decode(raw: bytes, path: str, line: int) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"not valid UTF-8 (byte {raw[err.start]:#04x} at column {err.start + 1})",
            file=path,
            line=line,
            hint="convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
        ) from None


def head(path: str, n: int = HEAD_BYTES) -> str:
    """The first ``n`` bytes as text (a multibyte character cut at the end is dropped).

    Raises :class:`InputError` when the file is empty or not UTF-8 near its start.
    """
    chunks: list[bytes] = []
    size = 0
    try:
        with open_binary(path) as f:
            while size < n:
                chunk = f.read(n - size)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
    except _STREAM_ERRORS as err:
        if not chunks:
            raise InputError(f"corrupt or truncated compressed data ({err})", file=path) from None
    data = b"".join(chunks)
    if not data.strip():
        raise InputError("file is empty", file=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(data) - 3:
            raise InputError(
                f"not valid UTF-8 (byte {data[err.start]:#04x})",
                file=path,
                line=data[: err.start].count(b"\n") + 1,
                hint="convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
            ) from None
        text = data[: err.start].decode("utf-8")
    return text.removeprefix("\ufeff")


def iter_lines(path: str) -> Iterator[str]:
    """Decoded lines, line endings kept; decoding and decompression errors name the line."""
    line = 0
    try:
        with open_binary(path) as f:
            for raw in f:
                line += 1
                text = _decode(raw, path, line)
                yield text.removeprefix("\ufeff") if line == 1 else text
    except _STREAM_ERRORS as err:
        raise InputError(
            f"corrupt or truncated compressed data after line {line} ({err})", file=path, line=line + 1
        ) from None


def read_text(path: str) -> str:
    """The whole decoded text (for formats that are one document, such as a JSON page)."""
    try:
        with open_binary(path) as f:
            data = f.read()
    except _STREAM_ERRORS as err:
        raise InputError(f"corrupt or truncated compressed data ({err})", file=path) from None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        raise InputError(
            f"not valid UTF-8 (byte {data[err.start]:#04x})",
            file=path,
            line=data[: err.start].count(b"\n") + 1,
        ) from None
