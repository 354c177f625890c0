// What happened between two dates
// Events whose date bounds overlap [$start, $end], sorted by date, with actors and places.
// Parameters (Browser):  :param start => '2024-11-05'   and   :param end => '2024-11-10'
// Seeks on the event_span point index: span = point({x: earliest day, y: latest day}) and
// "overlaps" is x <= end AND y >= start, one bounding box.  Day numbers count from
// 0001-01-01 = 1; events with an open (unknown) bound are left out, as `timelinekg between` does.
WITH duration.inDays(date('0001-01-01'), date($start)).days + 1 AS first,
     duration.inDays(date('0001-01-01'), date($end)).days + 1 AS last
MATCH (e:Event)
WHERE point.withinBBox(e.span, point({x: 1, y: first}), point({x: last, y: 3652059}))
RETURN e.earliest AS earliest, e.latest AS latest, e.type AS type, e.label AS event,
       COLLECT { MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e) WITH a, r ORDER BY r.position
                 RETURN a.name + ' (' + r.role + ')' } AS actors,
       COLLECT { MATCH (e)-[r:TOOK_PLACE_IN]->(p:Place) WITH p, r ORDER BY r.position RETURN p.name } AS places,
       e.id AS id
ORDER BY e.span.x, e.span.y, e.id
