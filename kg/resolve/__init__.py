"""Entity resolution: mention keys, per-key statistics, clustering that cannot chain, canonical entities."""
