// name: co_occurring
// purpose: The entities linked in the most papers together with an entity, with how many papers they share (together) and how many papers the other entity is in (papers).
// param id: entity - the entity id (e.g. benchmark:gsm8k; find it with search_entities)
// param type: entity_type_or_all = all - the other entities' type: dataset, benchmark, method, model, task, metric, organization, or all
// param limit: int = 20 - how many entities to return
// example: kg query co_occurring --param id=benchmark:gsm8k --param type=model
MATCH (e:Dataset|Benchmark|Method|Model|Task|Metric|Organization {id: $id})<-[:INTRODUCES|USES]-(p:Paper)-[:INTRODUCES|USES]->(o)
WHERE o.id <> e.id AND ($type = 'all' OR o.type = $type)
WITH o, count(DISTINCT p) AS together
MATCH (o)<-[:INTRODUCES|USES]-(q:Paper)
WITH o, together, count(DISTINCT q) AS papers
RETURN o.id AS id, o.type AS type, o.name AS name, together, papers
ORDER BY together DESC, papers, id
LIMIT $limit
