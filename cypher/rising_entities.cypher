// name: rising_entities
// purpose: Entities of one type whose paper count grew most from the months [before, since) to the months [since, until), with both counts (a paper's month is its date's, else its arXiv id's YYMM, else the month its listing prints).
// param before: month - first month of the earlier period, YYYY-MM (e.g. 2025-01)
// param since: month - first month of the later period, YYYY-MM (e.g. 2025-04)
// param until: month - month after the later period, YYYY-MM (e.g. 2025-07)
// param type: entity_type = method - entity type: dataset, benchmark, method, model, task, metric or organization
// param min_papers: int = 3 - least papers in the later period
// param limit: int = 20 - how many entities to return
// example: kg query rising_entities --param before=2025-01 --param since=2025-04 --param until=2025-07 --param type=benchmark
MATCH (p:Paper)-[:INTRODUCES|USES|PUBLISHED_BY]->(e)
WHERE p.month >= $since AND p.month < $until AND e.type = $type
WITH e, count(DISTINCT p) AS now
WHERE now >= $min_papers
OPTIONAL MATCH (q:Paper)-[:INTRODUCES|USES|PUBLISHED_BY]->(e)
WHERE q.month >= $before AND q.month < $since
WITH e, now, count(DISTINCT q) AS earlier
RETURN e.id AS id, e.name AS name, earlier, now, now - earlier AS growth
ORDER BY growth DESC, now DESC, id
LIMIT $limit
