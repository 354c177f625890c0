// Disputed events between two dates
// Events overlapping [$start, $end] that a denial or correction disputes, with no confirmation published on
// or after the last dispute: what `timelinekg between START END --status disputed` lists.  A source's
// publication day dates each dispute and confirmation (the first report of it).
// Parameters (Browser):  :param start => '2024-11-05'   and   :param end => '2024-11-10'
WITH duration.inDays(date('0001-01-01'), date($start)).days + 1 AS first,
     duration.inDays(date('0001-01-01'), date($end)).days + 1 AS last
MATCH (e:Event)
WHERE point.withinBBox(e.span, point({x: 1, y: first}), point({x: last, y: 3652059}))
  AND EXISTS { MATCH (:Event)-[:DISPUTES]->(e) }
CALL (e) {
  MATCH (d:Event)-[:DISPUTES]->(e)
  OPTIONAL MATCH (d)-[:REPORTED_BY]->(s:Source)
  WITH d, min(s.published) AS published
  RETURN max(published) AS last_dispute, collect(d.label + ' (' + coalesce(toString(published), '?') + ')') AS disputed_by
}
CALL (e) {
  OPTIONAL MATCH (c:Event)-[:CONFIRMS]->(e)
  OPTIONAL MATCH (c)-[:REPORTED_BY]->(s:Source)
  WITH c, min(s.published) AS published
  RETURN max(published) AS last_confirmation
}
WITH e, disputed_by, last_dispute, last_confirmation
WHERE last_confirmation IS NULL OR last_confirmation < last_dispute
RETURN e.earliest AS earliest, e.latest AS latest, e.type AS type, e.label AS event, disputed_by,
       last_confirmation, e.id AS id
ORDER BY e.span.x, e.span.y, e.id
