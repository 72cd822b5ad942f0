// name: trending_entities
// purpose: Entities of one type mentioned by the most papers dated in a period [since, until), with when each was first seen.
// param since: str - first day of the period, ISO (e.g. 2025-06-01)
// param until: str - day after the period, ISO (e.g. 2025-07-01)
// param type: str = method - entity type: dataset, benchmark, method, model, task, metric or organization
// param limit: int = 20 - how many entities to return
// example: kg query trending_entities --param since=2025-06-01 --param until=2025-07-01 --param type=benchmark
MATCH (p:Paper)-[:INTRODUCES|USES]->(e)
WHERE p.date >= $since AND p.date < $until AND e.type = $type
RETURN e.id AS id, e.name AS name, count(DISTINCT p) AS papers, e.first_seen AS first_seen
ORDER BY papers DESC, id
LIMIT $limit
