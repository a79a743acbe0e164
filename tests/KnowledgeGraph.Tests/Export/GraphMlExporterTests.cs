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
    public void Export_SeedFixture_TwoWellFormedFilesUndirectedCoMentionsAndDirectedClaims()
    {
        using var dir = new ExportDirectory();
        IReadOnlyList<string> files = new GraphMlExporter().Export(SeedGraphFixture.Reader, dir.Path);
        Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[] { "graph.graphml", "claims.graphml" }));
        foreach (string file in files)
        {
            using XmlReader reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
                // Reading to the end throws XmlException on any well-formedness error.
            }
        }

        XElement coMentions = XDocument.Load(files[0]).Root!;
        XElement claims = XDocument.Load(files[1]).Root!;
        Assert.That(coMentions.Name, Is.EqualTo(G + "graphml"));
        Assert.That(coMentions.Elements().Select(e => e.Name.LocalName).SkipWhile(n => n == "key"), Is.EqualTo(new[] { "graph" }), "keys come before the one graph");
        Assert.That(coMentions.Element(G + "graph")!.Attribute("edgedefault")!.Value, Is.EqualTo("undirected"));
        Assert.That(claims.Element(G + "graph")!.Attribute("edgedefault")!.Value, Is.EqualTo("directed"));
        Assert.That(coMentions.Descendants(G + "edge").Concat(claims.Descendants(G + "edge")), Has.None.Matches<XElement>(e => e.Attribute("directed") is not null),
            "no edge overrides its graph's direction, which strict readers refuse");
    }

    [TestCase(GraphMlExporter.CoMentionFile)]
    [TestCase(GraphMlExporter.ClaimFile)]
    public void Export_SeedFixture_EveryDataKeyDeclaredForItsDomain(string name)
    {
        XElement root = Load(name, out _);
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

    [TestCase(GraphMlExporter.CoMentionFile)]
    [TestCase(GraphMlExporter.ClaimFile)]
    public void Export_SeedFixture_NodesAreEntitiesWithLabels(string name)
    {
        XElement root = Load(name, out IGraphReader reader);
        var nodes = root.Descendants(G + "node").ToList();
        Assert.That(nodes.Select(n => n.Attribute("id")!.Value), Is.EquivalentTo(reader.Entities().Select(e => e.Id)));
        Assert.That(nodes.Select(n => XmlConvert.VerifyNMTOKEN(n.Attribute("id")!.Value)), Is.Unique);
        Assert.That(nodes.Select(n => Data(n, "label")), Is.EquivalentTo(reader.Entities().Select(e => e.Name)));
    }

    [Test]
    public void Export_SeedFixture_EdgesOfBothFilesAddUpToTheGraphWeights()
    {
        IGraphReader reader = SeedGraphFixture.Reader;
        var edges = Load(GraphMlExporter.CoMentionFile, out _).Descendants(G + "edge").Concat(Load(GraphMlExporter.ClaimFile, out _).Descendants(G + "edge")).ToList();
        Assert.That(edges, Has.Count.EqualTo(reader.CoMentions().Count() + reader.Claims().Count()));
        var nodeIds = reader.Entities().Select(e => e.Id).ToHashSet();
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
    public void Export_SeedFixture_ClaimEdgesRunFromSubjectToObjectWithPredicate()
    {
        XElement root = Load(GraphMlExporter.ClaimFile, out IGraphReader reader);
        var claims = root.Descendants(G + "edge").ToList();
        Assert.That(claims, Has.All.Matches<XElement>(e => Data(e, "kind") == "claim"));
        ClaimRecord demand = reader.Claims().Single(c => c.Predicate == "DEMANDS");
        XElement edge = claims.Single(e => Data(e, "predicate") == "DEMANDS");
        Assert.That((edge.Attribute("source")!.Value, edge.Attribute("target")!.Value), Is.EqualTo((demand.Subject, demand.Object)));
        Assert.That(Data(edge, "evidence"), Is.EqualTo(demand.Evidence[0].SentenceId));
    }

    [Test]
    public void Export_SeedFixture_NetworkxReadsTheCoMentionGraphUndirected()
    {
        using var dir = new ExportDirectory();
        string file = new GraphMlExporter().Export(SeedGraphFixture.Reader, dir.Path)[0];

        JsonObject parsed = NetworkxRunner.RunScript("read_graphml.py", file).AsObject();

        IGraphReader reader = SeedGraphFixture.Reader;
        var labels = parsed["labels"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        Assert.That(labels, Is.EquivalentTo(reader.Entities().ToDictionary(e => e.Id, e => e.Name)));
        Assert.That(parsed["directed"]!.GetValue<bool>(), Is.False);
        var edges = parsed["edges"]!.AsArray()
            .Select(e => (A: e![0]!.GetValue<string>(), B: e[1]!.GetValue<string>(), Weight: e[2]!.GetValue<double>()))
            .Select(e => string.CompareOrdinal(e.A, e.B) < 0 ? e : (e.B, e.A, e.Weight));
        Assert.That(edges, Is.EquivalentTo(reader.CoMentions().Select(c => (c.A, c.B, EntityGraphBuilder.CoMentionWeight(c)))));
    }

    [Test]
    public void Export_SeedFixture_NetworkxReadsTheClaimGraphDirectedSubjectToObject()
    {
        using var dir = new ExportDirectory();
        string file = new GraphMlExporter().Export(SeedGraphFixture.Reader, dir.Path)[1];

        JsonObject parsed = NetworkxRunner.RunScript("read_graphml.py", file).AsObject();

        Assert.That(parsed["directed"]!.GetValue<bool>(), Is.True);
        Assert.That(parsed["labels"]!.AsObject().Count, Is.EqualTo(SeedGraphFixture.Reader.Entities().Count()));
        var edges = parsed["edges"]!.AsArray().Select(e => (e![0]!.GetValue<string>(), e[1]!.GetValue<string>(), e[3]!.GetValue<string>()));
        Assert.That(edges, Is.EquivalentTo(SeedGraphFixture.Reader.Claims().Select(c => (c.Subject, c.Object, "claim"))));
    }

    private static XElement Load(string name, out IGraphReader reader)
    {
        reader = SeedGraphFixture.Reader;
        using var dir = new ExportDirectory();
        string file = new GraphMlExporter().Export(reader, dir.Path).Single(f => Path.GetFileName(f) == name);
        return XDocument.Load(file).Root!;
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").FirstOrDefault(d => d.Attribute("key")!.Value == key)?.Value;
}
