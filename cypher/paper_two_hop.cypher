// name: paper_two_hop
// purpose: A paper's two-hop neighbourhood: every node within two relationships of it (its entities, authors, cited papers, and the papers that share them), with its kind.
// param id: paper - the paper id
// param limit: int = 200 - how many nodes to return
// example: kg query paper_two_hop --param id=2503.11731
MATCH (p:Paper {id: $id})-[*1..2]-(x)
WHERE x.id <> p.id
WITH DISTINCT x
RETURN x.id AS id, coalesce(x.name, x.title) AS name,
       CASE WHEN x.type IS NOT NULL THEN x.type WHEN x.source_format IS NOT NULL THEN 'paper'
            WHEN x.title IS NOT NULL THEN 'work' ELSE 'author' END AS kind
ORDER BY kind, id
LIMIT $limit
