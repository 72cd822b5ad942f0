// name: bibliographic_coupling
// purpose: Papers that cite the same works as a paper (bibliographic coupling), ranked by how many cited works they share, with those works' ids.
// param id: str - the paper id (e.g. an arXiv id such as 2503.11731)
// param limit: int = 10 - how many papers to return
// example: kg query bibliographic_coupling --param id=2503.11731 --param limit=5
MATCH (p:Paper {id: $id})-[:CITES]->(w)<-[:CITES]-(other:Paper)
WHERE other.id <> p.id
WITH other, count(DISTINCT w) AS shared, collect(DISTINCT w.id) AS works
RETURN other.id AS paper, other.title AS title, shared, works
ORDER BY shared DESC, paper
LIMIT $limit
