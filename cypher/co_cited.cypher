// name: co_cited
// purpose: Papers cited together with a paper (co-citation), ranked by how many papers cite both, with those citing papers' ids.
// param id: str - the paper id (e.g. an arXiv id such as 2503.11731)
// param limit: int = 10 - how many papers to return
// example: kg query co_cited --param id=2503.11731 --param limit=5
// sets: citers
MATCH (p:Paper {id: $id})<-[:CITES]-(c:Paper)-[:CITES]->(other:Paper)
WHERE other.id <> p.id
WITH other, count(DISTINCT c) AS together, collect(DISTINCT c.id) AS citers
RETURN other.id AS paper, other.title AS title, together, citers
ORDER BY together DESC, paper
LIMIT $limit
