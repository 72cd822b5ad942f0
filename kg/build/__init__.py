"""The build behind `kg build`: the job, the build cache, the record store and the incremental update."""
