using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Query;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Fixtures;
using KnowledgeGraph.View;

namespace KnowledgeGraph.Tests.View;

[TestFixture]
internal sealed class ViewModelBuilderTests
{
    private static GraphSnapshot Seed => GraphSnapshot.Load(SeedGraphFixture.Reader);

    [Test]
    public void Build_WholeSeedFixture_EveryEntityAndEveryDefaultEdge()
    {
        GraphSnapshot snapshot = Seed;
        ViewModel model = ViewModelBuilder.Build(snapshot, new ViewOptions());
        Assert.That(model.Nodes.Select(n => n.Id), Is.EquivalentTo(snapshot.Entities.Select(e => e.Id)));
        Assert.That(model.Edges.Count(e => e.Kind == "claim"), Is.EqualTo(snapshot.Claims.Count));
        Assert.That(model.Edges.Count(e => e.Kind == "comention"), Is.EqualTo(snapshot.CoMentions.Count(c => !c.DemonymOnly)));
        Assert.That(model.Note, Is.Null);
        Assert.That(model.Focus, Is.Null);
    }

    [Test]
    public void Build_DemonymsAsked_DrawsDemonymOnlyCoMentionsToo()
    {
        GraphSnapshot snapshot = Seed;
        Assume.That(snapshot.CoMentions.Count(c => c.DemonymOnly), Is.Positive);
        ViewModel model = ViewModelBuilder.Build(snapshot, new ViewOptions { IncludeDemonyms = true });
        Assert.That(model.Edges.Count(e => e.Kind == "comention"), Is.EqualTo(snapshot.CoMentions.Count));
        Assert.That(model.Edges.Where(e => e.DemonymOnly == true), Is.Not.Empty);
    }

    [Test]
    public void Build_MaxEdgesBelowTheGraph_KeepsClaimsThenStrongestCoMentionsAndSaysSo()
    {
        GraphSnapshot snapshot = Seed;
        int limit = snapshot.Claims.Count + 3;
        ViewModel model = ViewModelBuilder.Build(snapshot, new ViewOptions { MaxEdges = limit });
        Assert.That(model.Edges, Has.Count.EqualTo(limit));
        Assert.That(model.Edges.Take(snapshot.Claims.Count).Select(e => e.Kind), Is.All.EqualTo("claim"));
        double weakestKept = model.Edges.Where(e => e.Kind == "comention").Min(e => e.Weight);
        double strongestLeft = snapshot.CoMentions.Where(c => !c.DemonymOnly).Select(EntityGraphBuilder.CoMentionWeight).OrderDescending().Skip(3).First();
        Assert.That(weakestKept, Is.GreaterThanOrEqualTo(strongestLeft));
        Assert.That(model.Note, Does.Contain($"strongest of {model.Edges.Count + snapshot.CoMentions.Count(c => !c.DemonymOnly) - 3}"));
        var linked = model.Edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet();
        Assert.That(model.Nodes.Select(n => n.Id), Is.EquivalentTo(linked));
    }

    [TestCase("Mullah Baradar", 1)]
    [TestCase("ETIM", 2)]
    public void Build_Focus_ThoseWithinTheHopsByAnyAlias(string focus, int hops)
    {
        GraphSnapshot snapshot = Seed;
        ViewModel model = ViewModelBuilder.Build(snapshot, new ViewOptions { Focus = focus, Hops = hops });
        EntityRecord centre = new EntityResolver(snapshot.Entities).Resolve(focus);
        WeightedGraph graph = snapshot.Graph;
        var expected = Neighbourhood.Within(graph, graph.IndexOf(centre.Id), hops).Keys.Select(n => graph.Nodes[n]);
        Assert.That(model.Focus, Is.EqualTo(new ViewFocus(centre.Id, hops)));
        Assert.That(model.Nodes.Select(n => n.Id), Is.EquivalentTo(expected));
        var drawn = model.Nodes.Select(n => n.Id).ToHashSet();
        Assert.That(model.Edges.All(e => drawn.Contains(e.Source) && drawn.Contains(e.Target)));
        Assert.That(model.Nodes, Has.Count.LessThan(snapshot.Entities.Count));
    }

    [Test]
    public void Build_UnknownFocus_ThrowsEntityNotFound()
    {
        Assert.That(() => ViewModelBuilder.Build(Seed, new ViewOptions { Focus = "Atlantis" }),
            Throws.InstanceOf<KgException>().With.Property(nameof(KgException.Code)).EqualTo(ErrorCodes.EntityNotFound));
    }

    [Test]
    public void Build_HostsClaim_CarriesItsQualifiersAndTriggerSentence()
    {
        ViewModel model = ViewModelBuilder.Build(Seed, new ViewOptions());
        ViewEdge hosts = model.Edges.Single(e => e.Predicate == "HOSTS");
        Assert.That((hosts.Source, hosts.Target, hosts.Class, hosts.Time, hosts.First), Is.EqualTo(("china", "abdul-ghani-baradar", "verbal_cooperation", "2021-07", "2021-07")));
        ViewSentence sent = model.Sentences[hosts.Evidence.Single().Sentence];
        Assert.That((sent.File, sent.Line), Is.EqualTo((SeedGraphFixture.SeedFile, 131)));
        Assert.That(sent.Text, Does.Contain(hosts.Evidence.Single().Trigger));
    }

    [Test]
    public void Build_CoMention_EvidenceCappedButTotalKept()
    {
        GraphSnapshot snapshot = Seed;
        CoMentionRecord busiest = snapshot.CoMentions.Where(c => !c.DemonymOnly).MaxBy(c => c.EvidenceSentenceIds.Count)!;
        Assume.That(busiest.EvidenceSentenceIds.Count, Is.GreaterThan(2));
        ViewModel model = ViewModelBuilder.Build(snapshot, new ViewOptions { MaxEvidence = 2 });
        ViewEdge edge = model.Edges.Single(e => e.Id == $"m:{busiest.A}|{busiest.B}");
        Assert.That(edge.Evidence, Has.Count.EqualTo(2));
        Assert.That(edge.EvidenceTotal, Is.EqualTo(busiest.EvidenceSentenceIds.Count));
        Assert.That(edge.Evidence.Select(e => model.Sentences[e.Sentence].Text), Is.All.Not.Empty);
    }

    [Test]
    public void Build_HoldsRoleClaim_BecomesTheRoleOfThePerson()
    {
        InMemoryGraphReader seed = SeedGraphFixture.Reader;
        ClaimRecord hosts = seed.ClaimRows.First(c => c.Predicate == "HOSTS");
        var reader = new InMemoryGraphReader
        {
            EntityRows = seed.EntityRows, ArticleRows = seed.ArticleRows, SentenceRows = seed.SentenceRows,
            CoMentionRows = seed.CoMentionRows,
            ClaimRows = [.. seed.ClaimRows, hosts with { Id = "role", Subject = "wang-yi", Predicate = "HOLDS_ROLE_IN", PredicateClass = "structural", Object = "china", Qualifier = "Foreign Minister", Time = null }],
        };
        ViewModel model = ViewModelBuilder.Build(GraphSnapshot.Load(reader), new ViewOptions());
        ViewRole role = model.Nodes.Single(n => n.Id == "wang-yi").Roles.Single();
        Assert.That((role.Title, role.Of), Is.EqualTo(("Foreign Minister", "china")));
        Assert.That(role.Evidence, Has.Count.EqualTo(1));
        Assert.That(model.Nodes.Single(n => n.Id == "china").Roles, Is.Empty);
    }

    [Test]
    public void Build_Styles_ComeFromStyleGrass()
    {
        ViewModel model = ViewModelBuilder.Build(Seed, new ViewOptions());
        Assert.That(model.Types["Country"], Is.EqualTo(new ViewTypeStyle("#C990C0", "#C990C0", "#2A2C34", 65)));
        Assert.That(model.Types["Person"].Color, Is.EqualTo("#F79767"));
        Assert.That(model.CoMention, Is.EqualTo(new ViewTypeStyle("#9AA1AC", "#9AA1AC", "#000000", 2)));
    }

    [TestCase(0, 3000)]
    [TestCase(6, 3000)]
    [TestCase(2, 0)]
    public void Validate_OutOfRange_ThrowsOptionInvalid(int hops, int maxEdges)
    {
        Assert.That(() => new ViewOptions { Hops = hops, MaxEdges = maxEdges }.Validate(),
            Throws.InstanceOf<KgException>().With.Property(nameof(KgException.Code)).EqualTo(ErrorCodes.OptionInvalid));
    }
}
