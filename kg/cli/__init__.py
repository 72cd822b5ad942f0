"""The ``kg`` command line: a thin layer over the library.

Each command lives in its own module in this package and exposes
``register(subparsers)``, which adds one sub-command whose handler is a
function ``(args) -> int``. Handlers call one library function and print;
they never catch anything but :class:`kg.errors.KGError`, which :func:`main`
turns into a one-line message and exit code 2 (1 is reserved for "ran, but
found problems", e.g. skipped records with ``--strict``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sqlite3
import sys
from collections.abc import Sequence

from kg import __version__
from kg.errors import KGError

__all__ = ["build_parser", "main"]


def _command_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with one sub-command per module of :mod:`kg.cli`."""
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Turn research-paper listings into a knowledge graph you can query and explore.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in _command_modules():
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def _looks_like_graph(token: str) -> bool:
    return token.endswith((".json", ".json.gz", ".graphml")) or os.path.isfile(token)


def _reject_extra(parser: argparse.ArgumentParser, args: argparse.Namespace, extra: list[str]) -> None:
    """Exit 2 on arguments the command does not take, with its own usage; where one of the words
    given looks like a graph file and the command reads it with ``--graph``, say so."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    command: argparse.ArgumentParser = sub.choices[args.command]
    given = [
        *extra,
        *(v for k, v in vars(args).items() if isinstance(v, str) and k not in ("graph", "command")),
    ]
    message = f"unrecognized arguments: {' '.join(extra)}"
    graph = next((t for t in given if _looks_like_graph(t)), None)
    if graph is not None and "graph" in vars(args):
        message += f" (a graph file is given with --graph: kg {args.command} --graph {graph} …)"
    command.error(message)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kg`` console script and ``python -m kg``."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        _reject_extra(parser, args, extra)
    try:
        code: int = args.handler(args)
    except KGError as err:
        print(f"kg {args.command}: error: {err}", file=sys.stderr)
        if err.hint:
            print(f"  hint: {err.hint}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `kg read … | head`: the reader went away; that is not an error.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except (OSError, sqlite3.Error) as err:  # a full disk, a read-only folder: one line, not a traceback
        where = f": {err.filename}" if isinstance(err, OSError) and err.filename else ""
        why = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        print(f"kg {args.command}: error: {why}{where}", file=sys.stderr)
        return 2
    return code
