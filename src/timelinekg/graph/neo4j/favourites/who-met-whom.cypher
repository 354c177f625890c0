// Who met whom
// Pairs of actors in the same meeting, call or talks (consultation and its narrower types), with when.
// Parameters: none.  Add  WHERE e.earliest >= date('2024-01-01')  to narrow the period.
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE e.type IN ['consultation', 'meeting', 'communication'] AND a.name < b.name
RETURN a.name AS actor, b.name AS met, count(DISTINCT e) AS times,
       collect(DISTINCT toString(e.earliest) + ' ' + e.label) AS occasions
ORDER BY times DESC, actor, met
