// Events in or near a place
// Events at a place, inside it (PART_OF, up to 3 levels) or within $km kilometres of it (point.distance).
// Parameters (Browser):  :param place => 'Moscow'   and   :param km => 500
MATCH (target:Place) WHERE toLower(target.name) = toLower($place)
MATCH (e:Event)-[:TOOK_PLACE_IN]->(p:Place)
WHERE p = target
   OR EXISTS { MATCH (p)-[:PART_OF*1..3]->(target) }
   OR point.distance(p.location, target.location) <= $km * 1000
RETURN e.earliest AS earliest, e.latest AS latest, e.label AS event, p.name AS place,
       round(point.distance(p.location, target.location) / 1000) AS km_away, e.id AS id
ORDER BY e.span.x, e.span.y, e.id
