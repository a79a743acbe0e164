using System.Text;
using System.Xml;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Query;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes two GraphML files that networkx, Gephi and yEd all read, since strict readers (networkx) refuse an
/// undirected graph holding directed edges: graph.graphml, the undirected co-mention graph (demonym-only edges too,
/// flagged demonym_only), and claims.graphml, the directed claim graph (edgedefault="directed", an edge per claim
/// from subject to object; parallel edges are distinct claims). Both hold every entity as a node, so each opens on its
/// own, and declare every attribute they use as a &lt;key&gt; (node label, type, subtype, aliases, discovered,
/// mentions; edge label, kind, weight and counts or predicate, class, negation, hedging, confidence, time and
/// evidence sentence ids). Edge weight is the association weight the graph algorithms use
/// (<see cref="EntityGraphBuilder"/>). In yEd, map the "label" data onto node labels with Edit → Properties Mapper.
/// </summary>
internal sealed class GraphMlExporter : IGraphExporter
{
    /// <summary>The GraphML XML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>The undirected co-mention graph's file.</summary>
    public const string CoMentionFile = "graph.graphml";

    /// <summary>The directed claim graph's file.</summary>
    public const string ClaimFile = "claims.graphml";

    /// <summary>(id, domain, attr.name, attr.type) of every node key (both files).</summary>
    public static IReadOnlyList<(string Id, string For, string Name, string Type)> NodeKeys { get; } =
    [
        ("label", "node", "label", "string"),
        ("type", "node", "type", "string"),
        ("subtype", "node", "subtype", "string"),
        ("aliases", "node", "aliases", "string"),
        ("discovered", "node", "discovered", "boolean"),
        ("mentions", "node", "mentions", "int"),
    ];

    /// <summary>Edge keys of graph.graphml.</summary>
    public static IReadOnlyList<(string Id, string For, string Name, string Type)> CoMentionKeys { get; } =
    [
        ("edge_label", "edge", "label", "string"),
        ("kind", "edge", "kind", "string"),
        ("weight", "edge", "weight", "double"),
        ("sentences", "edge", "sentences", "int"),
        ("paragraphs", "edge", "paragraphs", "int"),
        ("articles", "edge", "articles", "int"),
        ("score", "edge", "score", "double"),
        ("demonym_only", "edge", "demonym_only", "boolean"),
        ("evidence", "edge", "evidence", "string"),
    ];

    /// <summary>Edge keys of claims.graphml.</summary>
    public static IReadOnlyList<(string Id, string For, string Name, string Type)> ClaimKeys { get; } =
    [
        ("edge_label", "edge", "label", "string"),
        ("kind", "edge", "kind", "string"),
        ("weight", "edge", "weight", "double"),
        ("predicate", "edge", "predicate", "string"),
        ("predicate_class", "edge", "predicate_class", "string"),
        ("negated", "edge", "negated", "boolean"),
        ("hedged", "edge", "hedged", "boolean"),
        ("confidence", "edge", "confidence", "double"),
        ("time", "edge", "time", "string"),
        ("evidence", "edge", "evidence", "string"),
    ];

    /// <inheritdoc/>
    public string Format => "graphml";

    /// <inheritdoc/>
    public IReadOnlyList<string> Export(IGraphReader reader, string outDirectory)
    {
        GraphSnapshot snapshot = GraphSnapshot.Load(reader);
        string coMentions = Write(outDirectory, CoMentionFile, "comentions", directed: false, CoMentionKeys, snapshot, xml =>
        {
            for (int i = 0; i < snapshot.CoMentions.Count; i++)
            {
                WriteCoMention(xml, snapshot.CoMentions[i], i);
            }
        });
        string claims = Write(outDirectory, ClaimFile, "claims", directed: true, ClaimKeys, snapshot, xml =>
        {
            foreach (ClaimRecord claim in snapshot.Claims)
            {
                WriteClaim(xml, claim, snapshot);
            }
        });
        return [coMentions, claims];
    }

    private static string Write(
        string outDirectory, string name, string graphId, bool directed, IReadOnlyList<(string Id, string For, string Name, string Type)> edgeKeys,
        GraphSnapshot snapshot, Action<XmlWriter> edges)
    {
        using FileStream stream = ExportFile.Create(outDirectory, name, out string path);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach ((string id, string domain, string attribute, string type) in NodeKeys.Concat(edgeKeys))
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", domain);
            xml.WriteAttributeString("attr.name", attribute);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", graphId);
        xml.WriteAttributeString("edgedefault", directed ? "directed" : "undirected");
        foreach (EntityRecord entity in snapshot.Entities)
        {
            WriteNode(xml, entity);
        }

        edges(xml);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        return path;
    }

    private static void WriteNode(XmlWriter xml, EntityRecord entity)
    {
        xml.WriteStartElement("node", Namespace);
        xml.WriteAttributeString("id", entity.Id);
        Data(xml, "label", entity.Name);
        Data(xml, "type", entity.Type);
        Data(xml, "subtype", entity.Subtype);
        Data(xml, "aliases", string.Join("; ", entity.Aliases));
        Data(xml, "discovered", XmlConvert.ToString(entity.Discovered));
        Data(xml, "mentions", XmlConvert.ToString(entity.Mentions));
        xml.WriteEndElement();
    }

    private static void WriteCoMention(XmlWriter xml, CoMentionRecord pair, int number)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", $"comention-{number}");
        xml.WriteAttributeString("source", pair.A);
        xml.WriteAttributeString("target", pair.B);
        Data(xml, "edge_label", "co-mention");
        Data(xml, "kind", "comention");
        Data(xml, "weight", XmlConvert.ToString(EntityGraphBuilder.CoMentionWeight(pair)));
        Data(xml, "sentences", XmlConvert.ToString(pair.Sentences));
        Data(xml, "paragraphs", XmlConvert.ToString(pair.Paragraphs));
        Data(xml, "articles", XmlConvert.ToString(pair.Articles));
        Data(xml, "score", XmlConvert.ToString(pair.Score));
        Data(xml, "demonym_only", XmlConvert.ToString(pair.DemonymOnly));
        Data(xml, "evidence", string.Join(' ', pair.EvidenceSentenceIds));
        xml.WriteEndElement();
    }

    private static void WriteClaim(XmlWriter xml, ClaimRecord claim, GraphSnapshot snapshot)
    {
        if (!snapshot.EntitiesById.ContainsKey(claim.Subject) || !snapshot.EntitiesById.ContainsKey(claim.Object))
        {
            return;
        }

        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", $"claim-{claim.Id}");
        xml.WriteAttributeString("source", claim.Subject);
        xml.WriteAttributeString("target", claim.Object);
        Data(xml, "edge_label", claim.Negated ? $"NOT {claim.Predicate}" : claim.Predicate);
        Data(xml, "kind", "claim");
        Data(xml, "weight", XmlConvert.ToString(EntityGraphBuilder.ClaimWeight(claim)));
        Data(xml, "predicate", claim.Predicate);
        Data(xml, "predicate_class", claim.PredicateClass);
        Data(xml, "negated", XmlConvert.ToString(claim.Negated));
        Data(xml, "hedged", XmlConvert.ToString(claim.Hedged));
        Data(xml, "confidence", XmlConvert.ToString(claim.Confidence));
        Data(xml, "time", claim.Time);
        Data(xml, "evidence", string.Join(' ', claim.Evidence.Select(e => e.SentenceId).Distinct(StringComparer.Ordinal)));
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
