// name: method_neighbourhood
// purpose: A method's neighbourhood: the papers that introduce or use it, each with the datasets it is used on.
// param id: method - the method id (e.g. method:mixture-of-experts; find it with search_entities)
// param limit: int = 50 - how many papers to return
// example: kg query method_neighbourhood --param id=method:mixture-of-experts
// sets: datasets
MATCH (m:Method {id: $id})<-[:INTRODUCES|USES]-(p:Paper)
OPTIONAL MATCH (p)-[:INTRODUCES|USES]->(d:Dataset)
WITH p, collect(DISTINCT d.name) AS datasets
RETURN p.id AS paper, p.title AS title, coalesce(p.date, '') AS date, datasets
ORDER BY date DESC, paper
LIMIT $limit
