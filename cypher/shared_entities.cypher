// name: shared_entities
// purpose: Papers that share any entity (dataset, benchmark, method, model, task, metric, organisation) with a paper, ranked, with the shared entities as type:name.
// param id: paper - the paper id
// param limit: int = 10 - how many papers to return
// example: kg query shared_entities --param id=2503.11731
// sets: entities
MATCH (p:Paper {id: $id})-[:INTRODUCES|USES]->(e)<-[:INTRODUCES|USES]-(other:Paper)
WHERE other.id <> p.id
WITH other, count(DISTINCT e) AS shared, collect(DISTINCT e.type + ':' + e.name) AS entities
RETURN other.id AS paper, other.title AS title, shared, entities
ORDER BY shared DESC, paper
LIMIT $limit
