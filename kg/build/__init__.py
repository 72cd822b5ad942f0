"""The build behind `kg build`: the plan (job), the build cache, the record store and the incremental update."""
