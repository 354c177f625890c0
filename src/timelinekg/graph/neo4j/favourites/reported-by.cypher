// Events reported by a source
// What one source (by id, URL or a piece of its title) reported, with the quote and the date it claimed.
// Parameter (Browser):  :param source => 'Trump Tells Putin'
MATCH (e:Event)-[r:REPORTED_BY]->(s:Source)
WHERE s.id = $source OR s.url = $source OR toLower(s.title) CONTAINS toLower($source)
RETURN s.title AS source, s.published AS published, e.earliest AS earliest, e.latest AS latest,
       e.label AS event, r.quote AS quote, r.claimed_earliest AS claimed_earliest,
       r.claimed_latest AS claimed_latest, e.id AS id
ORDER BY s.title, e.span.x, e.span.y, e.id
