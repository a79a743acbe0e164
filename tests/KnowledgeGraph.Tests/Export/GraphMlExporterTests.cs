using System.Globalization;
using System.Xml;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Fixtures;
using KnowledgeGraph.Tests.Graph;

namespace KnowledgeGraph.Tests.Export;

[TestFixture]
internal sealed class GraphMlExporterTests
{
    private static readonly XNamespace G = GraphMlExporter.Namespace;

    [Test]
    public void Export_SeedFixture_WellFormedXmlInTheGraphMlNamespace()
    {
        using var dir = new ExportDirectory();
        string file = new GraphMlExporter().Export(SeedGraphFixture.Reader, dir.Path).Single();
        Assert.That(Path.GetFileName(file), Is.EqualTo("graph.graphml"));
        using (XmlReader reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (reader.Read())
            {
                // Reading to the end throws XmlException on any well-formedness error.
            }
        }

        XElement root = XDocument.Load(file).Root!;
        Assert.That(root.Name, Is.EqualTo(G + "graphml"));
        Assert.That(root.Elements().Select(e => e.Name.LocalName).SkipWhile(n => n == "key"), Is.EqualTo(new[] { "graph" }), "keys come before the one graph");
        Assert.That(root.Element(G + "graph")!.Attribute("edgedefault")!.Value, Is.EqualTo("undirected"));
    }

    [Test]
    public void Export_SeedFixture_EveryDataKeyDeclaredForItsDomain()
    {
        XElement root = Load(out _);
        var keys = root.Elements(G + "key").ToDictionary(k => k.Attribute("id")!.Value, k => k.Attribute("for")!.Value);
        Assert.That(root.Elements(G + "key").Select(k => k.Attribute("attr.type")!.Value), Has.All.AnyOf("string", "boolean", "int", "long", "float", "double"));
        Assert.That(root.Elements(G + "key").Where(k => k.Attribute("for")!.Value == "node").Select(k => k.Attribute("attr.name")!.Value), Does.Contain("label"));
        Assert.That(root.Elements(G + "key").Where(k => k.Attribute("for")!.Value == "edge").Select(k => k.Attribute("attr.name")!.Value), Does.Contain("weight"));
        Assert.Multiple(() =>
        {
            foreach (XElement data in root.Descendants(G + "data"))
            {
                string key = data.Attribute("key")!.Value;
                Assert.That(keys.ContainsKey(key), Is.True, $"key {key} declared");
                Assert.That(keys.GetValueOrDefault(key), Is.EqualTo(data.Parent!.Name.LocalName), $"key {key} declared for its element");
            }
        });
    }

    [Test]
    public void Export_SeedFixture_NodesAreEntitiesWithLabels()
    {
        XElement root = Load(out IGraphReader reader);
        var nodes = root.Descendants(G + "node").ToList();
        Assert.That(nodes.Select(n => n.Attribute("id")!.Value), Is.EquivalentTo(reader.Entities().Select(e => e.Id)));
        Assert.That(nodes.Select(n => XmlConvert.VerifyNMTOKEN(n.Attribute("id")!.Value)), Is.Unique);
        Assert.That(nodes.Select(n => Data(n, "label")), Is.EquivalentTo(reader.Entities().Select(e => e.Name)));
    }

    [Test]
    public void Export_SeedFixture_EdgesJoinDeclaredNodesWithTheGraphWeights()
    {
        XElement root = Load(out IGraphReader reader);
        var nodeIds = root.Descendants(G + "node").Select(n => n.Attribute("id")!.Value).ToHashSet();
        var edges = root.Descendants(G + "edge").ToList();
        Assert.That(edges, Has.Count.EqualTo(reader.CoMentions().Count() + reader.Claims().Count()));
        Assert.That(edges.Select(e => e.Attribute("id")!.Value), Is.Unique);
        Assert.That(edges, Has.All.Matches<XElement>(e => nodeIds.Contains(e.Attribute("source")!.Value) && nodeIds.Contains(e.Attribute("target")!.Value)));
        WeightedGraph graph = EntityGraphBuilder.Build(reader.Entities(), reader.CoMentions(), reader.Claims(), includeDemonymOnly: true);
        Assert.Multiple(() =>
        {
            foreach (var pair in edges.GroupBy(e => string.CompareOrdinal(e.Attribute("source")!.Value, e.Attribute("target")!.Value) < 0
                ? (e.Attribute("source")!.Value, e.Attribute("target")!.Value) : (e.Attribute("target")!.Value, e.Attribute("source")!.Value)))
            {
                double sum = pair.Sum(e => double.Parse(Data(e, "weight")!, CultureInfo.InvariantCulture));
                GraphEdge edge = graph.EdgeBetween(graph.IndexOf(pair.Key.Item1), graph.IndexOf(pair.Key.Item2))!;
                Assert.That(sum, Is.EqualTo(edge.Weight), $"{pair.Key}");
            }
        });
    }

    [Test]
    public void Export_SeedFixture_ClaimEdgesDirectedWithPredicate()
    {
        XElement root = Load(out IGraphReader reader);
        var claims = root.Descendants(G + "edge").Where(e => Data(e, "kind") == "claim").ToList();
        Assert.That(claims, Has.All.Matches<XElement>(e => e.Attribute("directed")?.Value == "true"));
        ClaimRecord demand = reader.Claims().Single(c => c.Predicate == "DEMANDS");
        XElement edge = claims.Single(e => Data(e, "predicate") == "DEMANDS");
        Assert.That((edge.Attribute("source")!.Value, edge.Attribute("target")!.Value), Is.EqualTo((demand.Subject, demand.Object)));
        Assert.That(Data(edge, "evidence"), Is.EqualTo(demand.Evidence[0].SentenceId));
    }

    [Test]
    public void Export_CoMentionsOnly_NetworkxReadsEveryNodeLabelAndEdge()
    {
        // networkx refuses mixed graphs (directed claim edges in an undirected graph, which GraphML, Gephi and yEd
        // allow), so this independent parse runs on the co-mention graph alone.
        InMemoryGraphReader seed = SeedGraphFixture.Reader;
        var reader = new InMemoryGraphReader
        {
            EntityRows = seed.EntityRows, ArticleRows = seed.ArticleRows, SentenceRows = seed.SentenceRows,
            MentionCountRows = seed.MentionCountRows, CoMentionRows = seed.CoMentionRows,
        };
        using var dir = new ExportDirectory();
        string file = new GraphMlExporter().Export(reader, dir.Path).Single();
        JsonObject parsed = NetworkxRunner.RunScript("read_graphml.py", file).AsObject();
        var labels = parsed["labels"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        Assert.That(labels, Is.EquivalentTo(reader.Entities().ToDictionary(e => e.Id, e => e.Name)));
        Assert.That(parsed["directed"]!.GetValue<bool>(), Is.False);
        var edges = parsed["edges"]!.AsArray()
            .Select(e => (A: e![0]!.GetValue<string>(), B: e[1]!.GetValue<string>(), Weight: e[2]!.GetValue<double>()))
            .Select(e => string.CompareOrdinal(e.A, e.B) < 0 ? e : (e.B, e.A, e.Weight));
        Assert.That(edges, Is.EquivalentTo(reader.CoMentions().Select(c => (c.A, c.B, EntityGraphBuilder.CoMentionWeight(c)))));
    }

    private static XElement Load(out IGraphReader reader)
    {
        reader = SeedGraphFixture.Reader;
        using var dir = new ExportDirectory();
        string file = new GraphMlExporter().Export(reader, dir.Path).Single();
        return XDocument.Load(file).Root!;
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").FirstOrDefault(d => d.Attribute("key")!.Value == key)?.Value;
}
