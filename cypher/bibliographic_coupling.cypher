// name: bibliographic_coupling
// purpose: Papers that cite the same works as a paper (bibliographic coupling), ranked by how many cited works they share, with those works' ids.
// param id: str - the paper id (e.g. an arXiv id such as 2503.11731)
// param limit: int = 10 - how many papers to return
// example: kg query bibliographic_coupling --param id=2503.11731 --param limit=5
// sets: works
// Every shared work counts, however many papers cite it (kg.query.citations counts the same way).
// kg writes one CITES edge per pair of nodes, so count(*) counts distinct works (and costs half
// of count(DISTINCT w) on a graph with much-cited works). Papers are grouped by id and their titles
// read after the LIMIT, by id: the embedded engine reads a property of every grouped node otherwise
// (tens of thousands for a paper citing much-cited works; p95 -20 to -35% on the 75k bench graph).
MATCH (p:Paper {id: $id})-[:CITES]->(w)<-[:CITES]-(other:Paper)
WHERE other <> p
WITH other.id AS paper, count(*) AS shared, collect(w.id) AS works
ORDER BY shared DESC, paper
LIMIT $limit
MATCH (o:Paper {id: paper})
RETURN paper, o.title AS title, shared, works
ORDER BY shared DESC, paper
