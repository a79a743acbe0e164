using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Dependency;

/// <summary>A reference (a pronoun or description coreference resolved) is a claim argument of its entity.</summary>
[TestFixture]
internal sealed class ReferenceArgumentTests
{
    [Test]
    public void Process_PronounResolvedToTaliban_MeetsClaimWithPronounEvidence()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The Taliban delegation arrived in Islamabad on Monday. They met Wang Yi in the afternoon.");
        Paragraph paragraph = doc.Paragraphs[0];
        Mention taliban = paragraph.Mentions.First(m => m.Entity.Id == "taliban");
        int they = Array.FindIndex(paragraph.Tokens, t => paragraph.Text[t.Start..t.End] == "They");
        paragraph.Claims.Clear();
        paragraph.References.Add(new Reference
        {
            Start = paragraph.Tokens[they].Start,
            End = paragraph.Tokens[they].End,
            TokenStart = they,
            TokenEnd = they + 1,
            Sentence = 1,
            Kind = ReferenceKind.Pronoun,
            Entity = taliban.Entity,
            Antecedent = taliban,
            AntecedentParagraph = 0,
        });

        new ClaimExtractor(ClaimTestDocuments.Lexicon).Process(doc);

        Claim claim = paragraph.Claims.Single(c => c.Predicate == "MEETS");
        Assert.That((claim.Subject.Id, claim.Object.Id), Is.EqualTo(("taliban", "wang-yi")).Or.EqualTo(("wang-yi", "taliban")));
        Assert.That(paragraph.Text[claim.Start..claim.End], Does.StartWith("They met"));
    }
}
