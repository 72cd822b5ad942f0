// name: bibliographic_coupling
// purpose: Papers that cite the same works as a paper (bibliographic coupling), ranked by how many cited works they share, with those works' ids.
// param id: str - the paper id (e.g. an arXiv id such as 2503.11731)
// param limit: int = 10 - how many papers to return
// example: kg query bibliographic_coupling --param id=2503.11731 --param limit=5
// Every shared work counts, however many papers cite it (kg.query.citations counts the same way).
// kg writes one CITES edge per pair of nodes, so count(*) counts distinct works (and costs half
// of count(DISTINCT w) on a graph with much-cited works).
MATCH (p:Paper {id: $id})-[:CITES]->(w)<-[:CITES]-(other:Paper)
WHERE other.id <> p.id
WITH other, count(*) AS shared, collect(w.id) AS works
RETURN other.id AS paper, other.title AS title, shared, works
ORDER BY shared DESC, paper
LIMIT $limit
