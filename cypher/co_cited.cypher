// name: co_cited
// purpose: Papers cited together with a paper (co-citation), ranked by how many papers cite both, with those citing papers' ids.
// param id: str - the paper id (e.g. an arXiv id such as 2503.11731)
// param limit: int = 10 - how many papers to return
// example: kg query co_cited --param id=2503.11731 --param limit=5
// Papers are grouped by id and their titles read after the LIMIT, by id (as in bibliographic_coupling).
MATCH (p:Paper {id: $id})<-[:CITES]-(c:Paper)-[:CITES]->(other:Paper)
WHERE other <> p
WITH other.id AS paper, count(DISTINCT c) AS together, collect(DISTINCT c.id) AS citers
ORDER BY together DESC, paper
LIMIT $limit
MATCH (o:Paper {id: paper})
RETURN paper, o.title AS title, together, citers
ORDER BY together DESC, paper
