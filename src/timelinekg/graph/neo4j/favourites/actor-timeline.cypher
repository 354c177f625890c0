// An actor's timeline
// Every event an actor took part in, oldest first, with the role and the other participants.
// Parameter (Browser):  :param actor => 'Putin'   (canonical name or alias, any case)
MATCH (a:Actor)
WHERE toLower(a.name) = toLower($actor) OR any(alias IN a.aliases WHERE toLower(alias) = toLower($actor))
MATCH (a)-[r:PARTICIPATED_IN]->(e:Event)
RETURN e.earliest AS earliest, e.latest AS latest, r.role AS role, e.type AS type, e.label AS event,
       COLLECT { MATCH (other:Actor)-[:PARTICIPATED_IN]->(e) WHERE other <> a RETURN other.name } AS with,
       e.id AS id
ORDER BY e.span.x, e.span.y, e.id
