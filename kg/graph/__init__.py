"""The graph: record rules for nodes and edges, the in-memory build, node-link I/O and summaries."""
