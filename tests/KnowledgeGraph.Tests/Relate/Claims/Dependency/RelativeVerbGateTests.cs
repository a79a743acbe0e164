using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Dependency;

/// <summary>
/// Which sentences the shipped pipeline parses for a verb in a relative clause after a name: only those naming both the
/// antecedent and the verb's object or agent, since the tree's relative reading takes written names only.
/// </summary>
[TestFixture]
internal sealed class RelativeVerbGateTests
{
    // Seed sentences with an unread verb right after a name and no name the verb takes: a participle of a clause whose
    // subject is the name ("Xi Jinping choosing Central Asia" is no relative), a verb after "sought to" with a possessor
    // ("develop China's western regions"), "who" after a group, and a clause whose object is a common noun.
    [TestCase("000_b1cf9653562b7715.txt", 31, "Other world leaders are courting the region")]
    [TestCase("000_b1cf9653562b7715.txt", 220, "At the same time, Washington has not compromised")]
    [TestCase("000_b1cf9653562b7715.txt", 222, "This has not been seen as positive by the Taliban")]
    [TestCase("000_b1cf9653562b7715.txt", 254, "The importance of this economic agenda")]
    public void ShouldParse_NoNamedObjectInClause_NotParsed(string file, int line, string start)
    {
        Paragraph paragraph = Docs.Process(ShippedPipeline.Value, Docs.SeedLine(file, line)).Paragraphs[0];
        int sentence = Array.FindIndex(paragraph.Sentences, s => paragraph.Text[s.Start..s.End].StartsWith(start, StringComparison.Ordinal));

        Assert.That(sentence, Is.GreaterThanOrEqualTo(0), "the sentence is in the seed line");
        Assert.That(paragraph.Syntax!.IsParsed(sentence), Is.False);
    }

    // h45/a1.md:30 (a development article): "has refused to recognise" opens the clause on the name, and the Taliban is the
    // object the verb takes.
    [Test]
    public void ShouldParse_CatenativeVerbBeforeTrigger_ParsedAndRead()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "In neighbouring Tajikistan, which has refused to recognise the Taliban government and has given refuge to exiled commanders of the National Resistance Front, officials have followed the project warily.");

        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id} {c.Negated}"), Does.Contain("tajikistan RECOGNIZES taliban True"));
    }
}
