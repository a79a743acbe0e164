using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class LocatedPlacesTests
{
    // h32/a2.md, h45/a2.md, h46/a1.md: an unknown name after a locative preposition, a comma and where it lies ("on the
    // Turkmen border", "in Herat province") is a place, and the claim its location states follows.
    [TestCase("Kazakhstan's state railway company, Kazakhstan Temir Zholy, is also preparing to build a 225-km line from Torghundi, on the Turkmen border, to Herat, a project the two governments have costed at about $500 million.", "Torghundi", "Torghundi BORDERS turkmenistan")]
    [TestCase("In 2021, Tajikistan's parliament approved the construction, with Chinese funding, of a base for a rapid-reaction unit of the Tajik Interior Ministry near Ishkoshim, on the Afghan border.", "Ishkoshim", "Ishkoshim BORDERS afghanistan")]
    [TestCase("Iran is one of Afghanistan's biggest trading partners, selling it fuel, flour and cement through the crossings at Islam Qala, in Herat province, and at Zaranj, and Afghan importers increasingly bring goods in through the Iranian port of Chabahar rather than through Pakistan.", "Islam Qala", "Islam Qala PART_OF herat")]
    public void Located_NameAfterLocativeWithLocation_IsAPlace(string line, string name, string claim)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Paragraph paragraph = doc.Paragraphs[0];
        Mention place = paragraph.Mentions.Single(m => paragraph.Normalised[m.Start..m.End] == name);
        Assert.That((place.Entity.Type, place.Kind), Is.EqualTo((EntityType.Place, MentionKind.Discovered)));
        // BORDERS is symmetric: either side may be the subject.
        Assert.That(paragraph.Claims.SelectMany(c => c.Predicate == "BORDERS"
            ? new[] { $"{c.Subject.Name} {c.Predicate} {c.Object.Id}", $"{c.Object.Name} {c.Predicate} {c.Subject.Id}" }
            : [$"{c.Subject.Name} {c.Predicate} {c.Object.Id}"]), Does.Contain(claim));
    }
}
