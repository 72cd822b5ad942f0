// name: papers_per_year
// purpose: How many papers of the graph appeared each year from a given year on (an example of a query file of your own).
// param since: int = 2000 - first year to count
// example: kg query examples/papers_per_year.cypher --param since=2020
MATCH (p:Paper)
WHERE p.year >= $since
RETURN p.year AS year, count(p) AS papers
ORDER BY year
