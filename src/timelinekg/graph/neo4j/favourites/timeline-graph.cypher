// Timeline graph: events, actors, places between two dates
// The events whose date bounds overlap [$start, $end] with their actors and places, for Browser's Graph view
// (the picture in docs/neo4j-browser.png); between.cypher asks the same question as a table.
// Parameters (Browser):  :param start => '2024-11-05'   and   :param end => '2024-11-10'
MATCH (e:Event)
WHERE e.earliest <= date($end) AND e.latest >= date($start)
OPTIONAL MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
OPTIONAL MATCH (e)-[:TOOK_PLACE_IN]->(p:Place)
RETURN e, collect(DISTINCT a) AS actors, collect(DISTINCT p) AS places
ORDER BY e.earliest, e.label
