// name: dataset_neighbourhood
// purpose: A dataset's neighbourhood: the papers that introduce or use it, each with the methods it uses alongside.
// param id: dataset - the dataset id (e.g. dataset:imagenet-1k; find it with search_entities)
// param limit: int = 50 - how many papers to return
// example: kg query dataset_neighbourhood --param id=dataset:imagenet-1k
// sets: methods
MATCH (d:Dataset {id: $id})<-[:INTRODUCES|USES]-(p:Paper)
OPTIONAL MATCH (p)-[:INTRODUCES|USES]->(m:Method)
WITH p, collect(DISTINCT m.name) AS methods
RETURN p.id AS paper, p.title AS title, coalesce(p.date, '') AS date, methods
ORDER BY date DESC, paper
LIMIT $limit
