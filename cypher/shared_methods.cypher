// name: shared_methods
// purpose: Papers that share methods with a paper, ranked by how many they share, with the shared methods' names.
// param id: paper - the paper id (e.g. an arXiv id such as 2503.11731)
// param limit: int = 10 - how many papers to return
// example: kg query shared_methods --param id=2503.11731 --param limit=5
// sets: names
MATCH (p:Paper {id: $id})-[:INTRODUCES|USES]->(e:Method)<-[:INTRODUCES|USES]-(other:Paper)
WHERE other.id <> p.id
WITH other, count(DISTINCT e) AS shared, collect(DISTINCT e.name) AS names
RETURN other.id AS paper, other.title AS title, shared, names
ORDER BY shared DESC, paper
LIMIT $limit
