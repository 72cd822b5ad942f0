// name: trending_entities
// purpose: Entities of one type mentioned by the most papers of the months [since, until), with when each was first seen (a paper's month is its date's, else its arXiv id's YYMM, else the month its listing prints).
// param since: month - first month of the period, YYYY-MM (e.g. 2025-06)
// param until: month - month after the period, YYYY-MM (e.g. 2025-07)
// param type: entity_type = method - entity type: dataset, benchmark, method, model, task, metric or organization
// param limit: int = 20 - how many entities to return
// example: kg query trending_entities --param since=2025-06 --param until=2025-07 --param type=benchmark
MATCH (p:Paper)-[:INTRODUCES|USES|PUBLISHED_BY]->(e)
WHERE p.month >= $since AND p.month < $until AND e.type = $type
RETURN e.id AS id, e.name AS name, count(DISTINCT p) AS papers, e.first_seen AS first_seen
ORDER BY papers DESC, id
LIMIT $limit
