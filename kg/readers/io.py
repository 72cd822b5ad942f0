"""Open listing files: compression by magic bytes, UTF-8 per line, clear errors.

Every whole-file problem (missing, a directory, unreadable, empty, compressed data
corrupt from its start) becomes an :class:`~kg.errors.InputError` naming the file.
Problems inside a file never end it: :func:`iter_lines` yields a :class:`BadLine`
for a line that is not UTF-8 and goes on with the next one, and a last
:class:`BadLine` for a compressed stream whose tail is damaged, after everything
that did decompress. A file whose lines end in CR alone (old Mac files) is split at the CRs.

>>> import gzip, tempfile, os
>>> d = tempfile.mkdtemp()
>>> path = os.path.join(d, "listing.txt")  # gzip data, misleading name
>>> with gzip.open(path, "wt", encoding="utf-8") as f:
...     _ = f.write("Title\\n\\nAbstract\\n")
>>> [line.rstrip("\\n") for line in iter_lines(path)]
['Title', '', 'Abstract']
>>> head(path)[:5]
'Title'
>>> _ = open(path, "wb").write(b"ok\\r\\n\\xf9 bad\\nold\\rmac\\rend")
>>> list(iter_lines(path))  # doctest: +NORMALIZE_WHITESPACE
['ok\\r\\n', BadLine(line=2, reason='not valid UTF-8 (byte 0xf9 at column 1)', tail=False),
 'old\\r', 'mac\\r', 'end']
"""

from __future__ import annotations

import bz2
import io
import lzma
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from kg.errors import InputError

__all__ = ["HEAD_BYTES", "BadLine", "compression", "head", "iter_lines", "open_binary", "read_text"]

HEAD_BYTES = 65536

_MAGIC = ((b"\x1f\x8b", "gzip"), (b"BZh", "bz2"), (b"\xfd7zXZ\x00", "xz"))
_STREAM_ERRORS = (EOFError, zlib.error, lzma.LZMAError)
_LONE_CR = re.compile(rb"(?<=\r)(?!\n)(?=.)", re.S)


@dataclass(frozen=True, slots=True)
class BadLine:
    """A line (1-based) that could not be read, and why; the lines after it still are.

    ``tail`` marks the last one of a compressed stream whose end is damaged: it stands for the
    rest of the file, not for a line.
    """

    line: int
    reason: str
    tail: bool = False


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


def _decompressor(kind: str) -> Any:
    if kind == "gzip":
        return zlib.decompressobj(wbits=31)
    return bz2.BZ2Decompressor() if kind == "bz2" else lzma.LZMADecompressor()


class Decompressed(io.RawIOBase):
    """What a compressed stream yields up to the first damage; ``error`` then says what was wrong.

    Concatenated streams (``cat a.gz b.gz``) are read on; zero padding at the end is fine;
    anything else after the end, a corrupt block or a missing end sets ``error`` and ends the data.
    """

    def __init__(self, raw: io.BufferedIOBase, kind: str) -> None:
        super().__init__()
        self.raw, self.kind = raw, kind
        self.dec = _decompressor(kind)
        self.buf, self.pos, self.done = b"", 0, False
        self.error: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while self.pos >= len(self.buf) and not self.done:
            self._fill()
        n = min(len(b), len(self.buf) - self.pos)
        b[:n] = self.buf[self.pos : self.pos + n]
        self.pos += n
        return n

    def _fill(self) -> None:
        chunk = self.raw.read(1 << 18)
        if not chunk:
            if not self.dec.eof and self.error is None:
                self.error = "the compressed stream ends early (truncated)"
            self.done = True
            return
        parts: list[bytes] = []
        self._feed(chunk, parts)
        self.buf, self.pos = b"".join(parts), 0

    def _feed(self, chunk: bytes, parts: list[bytes]) -> None:
        while chunk:
            if self.dec.eof:  # a stream ended: another one may follow, or zero padding
                if not chunk.strip(b"\0"):
                    return
                if not any(chunk.startswith(sig) for sig, name in _MAGIC if name == self.kind):
                    self.error, self.done = "garbage after the end of the compressed data", True
                    return
                self.dec = _decompressor(self.kind)
            try:
                parts.append(self.dec.decompress(chunk))
            except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as err:
                self.error, self.done = f"corrupt compressed data ({err})", True
                return
            chunk = self.dec.unused_data if self.dec.eof else b""


def stream_error(f: io.BufferedIOBase) -> str | None:
    """Why a stream from :func:`open_binary` ended early (damaged compressed data), else ``None``."""
    raw = getattr(f, "raw", None)
    return raw.error if isinstance(raw, Decompressed) else None


@contextmanager
def open_binary(path: str) -> Iterator[io.BufferedIOBase]:
    """The file's bytes, decompressed when its magic bytes say gzip, bz2 or xz.

    A compressed file yields what decompresses, then ends; :func:`stream_error` tells why.
    """
    kind = compression(path)
    with open(path, "rb") as raw:
        if kind is None:
            yield raw
            return
        yield io.BufferedReader(Decompressed(raw, kind), buffer_size=1 << 16)


def undecodable(raw: bytes, err: UnicodeDecodeError) -> str:
    """The reason given for bytes that are not UTF-8."""
    return f"not valid UTF-8 (byte {raw[err.start]:#04x} at column {err.start + 1})"


def head(path: str, n: int = HEAD_BYTES) -> str:
    """The first ``n`` bytes as text, for telling the format (bytes that are not UTF-8 become U+FFFD).

    Raises :class:`InputError` when the file is empty or its compressed data is corrupt from the start.
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
            error = stream_error(f)
    except _STREAM_ERRORS as err:
        error = str(err)
    if error and not chunks:
        raise InputError(f"corrupt or truncated compressed data ({error})", file=path)
    data = b"".join(chunks)
    if not data.strip():
        raise InputError("file is empty", file=path)
    return data.decode("utf-8", errors="replace").removeprefix("\ufeff")


def _split_cr(raw: bytes) -> list[bytes]:
    # only a last line without LF can hold CR-ended lines: a file with LFs keeps stray CRs inside lines
    return _LONE_CR.split(raw) if not raw.endswith(b"\n") and b"\r" in raw[:-1] else [raw]


def iter_lines(path: str) -> Iterator[str | BadLine]:
    """Decoded lines, endings kept; a line that is not UTF-8, or a damaged tail, is a :class:`BadLine`."""
    line = 0
    try:
        with open_binary(path) as f:
            for block in f:
                for raw in _split_cr(block):
                    line += 1
                    try:
                        text = raw.decode("utf-8")
                    except UnicodeDecodeError as err:
                        yield BadLine(line, undecodable(raw, err))
                        continue
                    yield text.removeprefix("\ufeff") if line == 1 else text
            error = stream_error(f)
    except _STREAM_ERRORS as err:
        error = str(err)
    if error:
        reason = f"corrupt or truncated compressed data after line {line}; the rest is lost ({error})"
        yield BadLine(line + 1, reason, tail=True)


def read_text(path: str) -> str:
    """The whole decoded text (for formats that are one document, such as a JSON page)."""
    with open_binary(path) as f:
        data = f.read()
        error = stream_error(f)
    if error:
        raise InputError(f"corrupt or truncated compressed data ({error})", file=path)
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        raise InputError(
            f"not valid UTF-8 (byte {data[err.start]:#04x})",
            file=path,
            line=data[: err.start].count(b"\n") + 1,
        ) from None
