namespace KnowledgeGraph.Model;

/// <summary>The seven entity types of the graph. Names are also Neo4j labels, so they never change.</summary>
internal enum EntityType
{
    Country,
    Person,
    Organisation,
    Project,
    Place,
    Group,
    Event,
}
