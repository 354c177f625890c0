// Events with conflicting reports
// Events whose sources claim different dates.  date_conflict marks claims that do not even overlap
// (the event's bounds then span every claim); other rows had overlapping but different claims.
// Parameters: none.
MATCH (e:Event)-[r:REPORTED_BY]->(s:Source)
WITH e, collect(DISTINCT {source: s.title, quote: r.quote,
                          claimed: toString(r.claimed_earliest) + '..' + toString(r.claimed_latest)}) AS reports,
     count(DISTINCT [r.claimed_earliest, r.claimed_latest]) AS claims
WHERE e.date_conflict OR claims > 1
RETURN e.earliest AS earliest, e.latest AS latest, e.date_conflict AS disjoint, e.label AS event,
       reports, e.id AS id
ORDER BY e.span.x, e.span.y, e.id
