// name: search_papers
// purpose: Case-insensitive search of papers whose title contains the text.
// param q: str - text to look for in titles (e.g. diffusion)
// param limit: int = 25 - how many papers to return
// example: kg query search_papers --param q=diffusion
MATCH (p:Paper)
WHERE toLower(p.title) CONTAINS toLower($q)
RETURN p.id AS id, p.title AS title, coalesce(p.date, '') AS date
ORDER BY date DESC, id
LIMIT $limit
