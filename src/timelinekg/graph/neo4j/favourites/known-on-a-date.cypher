// What was known on a date
// Events overlapping [$start, $end] as the reports published on or before $day describe them: an event first
// reported later is left out, and only the claims, disputes and confirmations published by then are listed,
// as `timelinekg between START END --as-of DAY` does (which also settles the bounds from those claims).
// Parameters (Browser):  :param start => '2024-11-05', :param end => '2024-11-10' and :param day => '2024-11-08'
WITH duration.inDays(date('0001-01-01'), date($start)).days + 1 AS first,
     duration.inDays(date('0001-01-01'), date($end)).days + 1 AS last, date($day) AS day
MATCH (e:Event)
WHERE point.withinBBox(e.span, point({x: 1, y: first}), point({x: last, y: 3652059})) AND e.first_published <= day
CALL (e, day) {
  MATCH (e)-[r:REPORTED_BY]->(s:Source)
  WHERE s.published <= day
  WITH s, r ORDER BY s.published, s.id
  RETURN count(DISTINCT CASE WHEN s.publisher <> '' THEN s.publisher ELSE s.id END) AS publishers,
         collect({source: s.title, published: toString(s.published), quote: r.quote,
                  claimed: coalesce(toString(r.claimed_earliest), '?') + '..' + coalesce(toString(r.claimed_latest), '?')})
           AS claims
}
WITH e, day, publishers, claims
WHERE publishers > 0
RETURN e.earliest AS earliest, e.latest AS latest, e.label AS event, publishers, claims,
       COLLECT { MATCH (d:Event)-[:DISPUTES]->(e)
                 WHERE EXISTS { MATCH (d)-[:REPORTED_BY]->(s:Source) WHERE s.published <= day } RETURN d.id } AS disputed_by,
       COLLECT { MATCH (c:Event)-[:CONFIRMS]->(e)
                 WHERE EXISTS { MATCH (c)-[:REPORTED_BY]->(s:Source) WHERE s.published <= day } RETURN c.id } AS confirmed_by,
       e.id AS id
ORDER BY e.span.x, e.span.y, e.id
