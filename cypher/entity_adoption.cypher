// name: entity_adoption
// purpose: Who introduced an entity and who has used it since, oldest first (role is introduced or used).
// param id: entity - the entity id (e.g. benchmark:swe-bench)
// param limit: int = 100 - how many papers to return
// example: kg query entity_adoption --param id=benchmark:swe-bench
MATCH (e:Dataset|Benchmark|Method|Model|Task|Metric|Organization {id: $id})<-[:INTRODUCES|USES]-(p:Paper)
OPTIONAL MATCH (p)-[i:INTRODUCES]->(e)
WITH p, CASE WHEN i IS NULL THEN 'used' ELSE 'introduced' END AS role
RETURN role, p.id AS paper, p.title AS title, coalesce(p.date, '') AS date
ORDER BY role, date, paper
LIMIT $limit
