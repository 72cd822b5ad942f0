"""Cypher query files: loading the library, binding parameters, running them on a backend."""
