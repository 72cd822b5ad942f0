// name: dataset_method_pairs
// purpose: Dataset-method pairs that co-occur in papers, ranked by the number of papers that mention both.
// param min_papers: int = 2 - keep pairs seen in at least this many papers
// param limit: int = 25 - how many pairs to return
// example: kg query dataset_method_pairs --param min_papers=3
MATCH (d:Dataset)<-[:INTRODUCES|USES]-(p:Paper)-[:INTRODUCES|USES]->(m:Method)
WITH d, m, count(DISTINCT p) AS papers
WHERE papers >= $min_papers
RETURN d.id AS dataset_id, d.name AS dataset, m.id AS method_id, m.name AS method, papers
ORDER BY papers DESC, dataset_id, method_id
LIMIT $limit
