// name: cited_by_neighbours
// purpose: The papers citing a paper, ranked by how many of the paper's own references they cite too, with those references' ids.
// param id: str - the paper id (e.g. an arXiv id such as 2503.11731)
// param limit: int = 10 - how many papers to return
// example: kg query cited_by_neighbours --param id=2503.11731
// sets: works
MATCH (p:Paper {id: $id})<-[:CITES]-(c:Paper)
OPTIONAL MATCH (p)-[:CITES]->(w)<-[:CITES]-(c)
WITH c, count(DISTINCT w) AS shared, collect(DISTINCT w.id) AS works
RETURN c.id AS paper, c.title AS title, shared, works
ORDER BY shared DESC, paper
LIMIT $limit
