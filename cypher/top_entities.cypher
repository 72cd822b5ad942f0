// name: top_entities
// purpose: The entities of one type linked to the most papers (an organisation: publishing or mentioned in them).
// param type: entity_type = dataset - entity type: dataset, benchmark, method, model, task, metric or organization
// param limit: int = 20 - how many entities to return
// example: kg query top_entities --param type=method --param limit=10
MATCH (p:Paper)-[:INTRODUCES|USES|PUBLISHED_BY]->(e)
WHERE e.type = $type
RETURN e.id AS id, e.name AS name, count(DISTINCT p) AS papers
ORDER BY papers DESC, id
LIMIT $limit
