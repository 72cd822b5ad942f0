"""Backends that run Cypher: the embedded engine (no server) and Neo4j over Bolt.

Only :mod:`kg.backends.neo4j` imports the ``neo4j`` driver.
"""
