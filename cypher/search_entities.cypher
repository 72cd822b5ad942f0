// name: search_entities
// purpose: Case-insensitive search of entities whose name or an alias contains the text.
// param q: str - text to look for (e.g. imagenet)
// param limit: int = 25 - how many entities to return
// example: kg query search_entities --param q=imagenet
MATCH (e:Dataset|Benchmark|Method|Model|Task|Metric|Organization)
UNWIND coalesce(e.aliases, []) + [e.name] AS alias
WITH e, alias
WHERE toLower(alias) CONTAINS toLower($q)
WITH DISTINCT e
RETURN e.id AS id, e.name AS name, e.type AS type, e.n_papers AS papers
ORDER BY papers DESC, id
LIMIT $limit
