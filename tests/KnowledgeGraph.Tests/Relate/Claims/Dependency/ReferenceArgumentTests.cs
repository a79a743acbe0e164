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

    // seeds/000:157 and 159: "the authorities" after the Taliban authorities are theirs, placed by "in".
    [Test]
    public void Process_AuthoritiesInCapital_GoverningBodyBasedInCapital()
    {
        IReadOnlyList<string> claims = Extraction.ShippedClaims.Of(
            "In an apparent demonstration of a total lack of awareness of the nature of the project (or the earlier signed contract), the Taliban authorities in early November announced that the Mes Aynak project would need more electricity.",
            "But once the story got out that Pakistan was taking advantage of Afghanistan’s problems, the authorities in Kabul hiked up the price of coal.");

        Assert.That(claims, Does.Contain("taliban BASED_IN kabul"));
    }
}
