// Projects and who builds or funds them: every Project entity with the entities that build, fund, operate, invest
// in or lend to it (from claims), and the sentences that say so.
// Parameters:
//   $limit integer  most projects to return (e.g. 50)
MATCH (p:Project)
OPTIONAL MATCH (actor:Entity)-[r:BUILDS_OR_OPERATES|FUNDS|INVESTS_IN|PROVIDES_AID_TO]->(p)
WITH p, actor, r
ORDER BY p.name, actor.name
RETURN p.id AS id, p.name AS project, p.subtype AS subtype,
       collect(CASE WHEN actor IS NULL THEN NULL
               ELSE {actor: actor.name, role: type(r), negated: r.negated, hedged: r.hedged, evidence: r.evidence} END) AS actors
ORDER BY size(actors) DESC, project
LIMIT $limit
