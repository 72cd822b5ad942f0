"""Run an ArcadeDB server with the Bolt plugin on 127.0.0.1 until stdin closes or the process is killed.

Usage: ``python arcadedb_server.py ROOT_DIR BOLT_PORT HTTP_PORT PASSWORD DATABASE``.
Prints ``READY`` on stdout once the Bolt listener accepts connections. Run as a
subprocess by the tests (so a test can kill it mid-load) and by bench/load.py.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    root, bolt_port, http_port, password, database = argv
    import arcadedb_embedded as arcadedb

    server = arcadedb.create_server(
        root_path=root,
        root_password=password,
        config={
            "host": "127.0.0.1",
            "http_port": int(http_port),
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": int(bolt_port),
        },
    )
    server.start()
    server.create_database(database)
    print("READY", flush=True)
    try:
        sys.stdin.read()  # block until the parent closes stdin
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
