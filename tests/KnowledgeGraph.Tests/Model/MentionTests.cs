using System.Reflection;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Model;

[TestFixture]
internal sealed class MentionTests
{
    private static readonly Entity China = new() { Id = "china", Name = "China", Type = EntityType.Country };
    private static readonly Entity Beijing = new() { Id = "beijing", Name = "Beijing", Type = EntityType.Place };

    private static readonly PropertyInfo[] Fields = typeof(Mention).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    [Test]
    public void Copy_NothingGiven_KeepsEveryField()
    {
        Mention source = Source();

        Mention copy = source.Copy();

        Assert.That(copy, Is.Not.SameAs(source));
        AssertKept(source, copy, []);
    }

    [Test]
    public void Copy_OtherReading_KeepsSpanSentenceAndOwner()
    {
        Mention source = Source();
        IReadOnlyList<MentionCandidate> candidates = [new MentionCandidate(China, MentionKind.Discovered, [])];

        Mention copy = source.Copy(entity: China, kind: MentionKind.Discovered, confidence: 0.6f, candidates: candidates);

        Assert.That(copy.Entity, Is.SameAs(China));
        Assert.That(copy.Kind, Is.EqualTo(MentionKind.Discovered));
        Assert.That(copy.Confidence, Is.EqualTo(0.6f));
        Assert.That(copy.Candidates, Is.SameAs(candidates));
        AssertKept(source, copy, [nameof(Mention.Entity), nameof(Mention.Kind), nameof(Mention.Confidence), nameof(Mention.Candidates)]);
    }

    [Test]
    public void Copy_OtherSpan_KeepsReadingSentenceAndOwner()
    {
        Mention source = Source();

        Mention copy = source.Copy(start: 3, end: 40, tokenStart: 1, tokenEnd: 8);

        Assert.That((copy.Start, copy.End, copy.TokenStart, copy.TokenEnd), Is.EqualTo((3, 40, 1, 8)));
        AssertKept(source, copy,
            [nameof(Mention.Start), nameof(Mention.End), nameof(Mention.TokenStart), nameof(Mention.TokenEnd), nameof(Mention.Length)]);
    }

    /// <summary>
    /// A mention with every field away from its default, so that a copy which forgot a field differs from it. Checked
    /// against a mention built with defaults: a field added to <see cref="Mention"/> must be set here too.
    /// </summary>
    private static Mention Source()
    {
        var source = new Mention
        {
            Start = 10,
            End = 17,
            TokenStart = 2,
            TokenEnd = 3,
            Sentence = 1,
            Entity = Beijing,
            Kind = MentionKind.Metonym,
            Confidence = 0.75f,
            Candidates = [new MentionCandidate(Beijing, MentionKind.Name, []), new MentionCandidate(China, MentionKind.Metonym, [])],
            OwnerToken = 1,
        };

        var blank = new Mention { Start = 0, End = 0, TokenStart = 0, TokenEnd = 0, Sentence = 0, Entity = null!, Kind = default };
        foreach (PropertyInfo field in Fields)
        {
            Assert.That(field.GetValue(source), Is.Not.EqualTo(field.GetValue(blank)), $"set {field.Name} to a value other than its default");
        }

        return source;
    }

    private static void AssertKept(Mention source, Mention copy, string[] changed)
    {
        foreach (PropertyInfo field in Fields)
        {
            if (changed.Contains(field.Name))
            {
                Assert.That(field.GetValue(copy), Is.Not.EqualTo(field.GetValue(source)), $"{field.Name} should have changed");
            }
            else if (field.PropertyType.IsValueType)
            {
                Assert.That(field.GetValue(copy), Is.EqualTo(field.GetValue(source)), $"{field.Name} not kept");
            }
            else
            {
                Assert.That(field.GetValue(copy), Is.SameAs(field.GetValue(source)), $"{field.Name} not kept");
            }
        }
    }
}
