// name: organization_entities
// purpose: An organisation's entities: what the papers it publishes or is mentioned in introduce or use, by paper count.
// param id: organization - the organisation id (e.g. organization:google-deepmind)
// param limit: int = 25 - how many entities to return
// example: kg query organization_entities --param id=organization:google-deepmind
MATCH (o:Organization {id: $id})<-[:PUBLISHED_BY|INTRODUCES|USES]-(p:Paper)-[:INTRODUCES|USES]->(e)
WHERE e.id <> o.id
RETURN e.type AS type, e.id AS id, e.name AS name, count(DISTINCT p) AS papers
ORDER BY papers DESC, id
LIMIT $limit
