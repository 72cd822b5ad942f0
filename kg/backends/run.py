"""Run a query from the library on a backend: the embedded engine over a graph file, or Neo4j over Bolt."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from kg.backends.embedded import EmbeddedSession, cached_database
from kg.cypher.run import Query, Rows, bind_params
from kg.errors import QueryError

__all__ = ["run_query"]


def run_query(
    query: Query,
    params: Mapping[str, Any],
    *,
    graph: str | os.PathLike[str] | None = None,
    neo4j: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> Rows:
    """Run ``query`` with raw ``params`` on the embedded engine over ``graph`` or on the Neo4j at ``neo4j``.

    Parameters are bound first (:func:`bind_params`), so a missing one fails before any engine starts.
    """
    bound = bind_params(query, params)
    if neo4j is not None:
        from kg.backends.neo4j import connect, run_read

        with connect(neo4j, user=user, password=password) as driver:
            return run_read(driver, query.text, bound, database=database, uri=neo4j)
    if graph is None:
        raise QueryError("no graph to query", hint="pass --graph FILE or --neo4j URI")
    with EmbeddedSession(cached_database(graph)) as session:
        return session.run(query.text, bound)
