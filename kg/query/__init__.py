"""The query layer used by the CLI, the Python API and the explorer: lookup, shared entities, similarity."""
