// name: citing_shared_datasets
// purpose: Pairs of papers where one cites the other and both use or introduce the same datasets.
// param limit: int = 25 - how many pairs to return
// example: kg query citing_shared_datasets --param limit=10
// sets: datasets
MATCH (a:Paper)-[:CITES]->(b:Paper)
MATCH (a)-[:INTRODUCES|USES]->(d:Dataset)<-[:INTRODUCES|USES]-(b)
WITH a, b, collect(DISTINCT d.name) AS datasets
RETURN a.id AS citing, b.id AS cited, size(datasets) AS shared, datasets
ORDER BY shared DESC, citing, cited
LIMIT $limit
