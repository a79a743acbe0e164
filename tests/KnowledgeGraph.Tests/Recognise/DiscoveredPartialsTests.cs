using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class DiscoveredPartialsTests
{
    [Test]
    public void Add_CompanyFirstWordAfterFullName_IsTheCompany()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "The engineers worked for Hengyuan Power Engineering, a subsidiary of the state-owned China Energy Engineering Corporation, said Asad Raza, a senior superintendent of the Sindh police.",
            "Hengyuan, which is headquartered in Wuhan, said it had suspended work at Qasim Bay for three days and was reviewing security arrangements with Pakistani authorities.");
        Assert.That(doc.Paragraphs[1].Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Id}"), Does.Contain("Hengyuan Power Engineering BASED_IN wuhan"));
    }

    [Test]
    public void Add_CompanyWordAfterPlaceInItsName_IsTheCompany()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "KABUL, September 16 (Reuters) - Afghanistan's Taliban administration signed two exploration contracts on Tuesday with Gansu Hexi Lithium Resources, a privately owned Chinese company, for lithium deposits in the provinces of Nuristan and Ghazni, the Ministry of Mines and Petroleum said.",
            "He said Beijing had not extended state loans to the company, which is headquartered in Lanzhou, the capital of Gansu province, although industry sources said Hexi was likely to seek financing from the Export-Import Bank of China.");
        Assert.That(doc.Paragraphs[1].Mentions.Where(m => doc.Paragraphs[1].Normalised[m.Start..m.End] == "Hexi").Select(m => m.Entity.Name),
            Is.EqualTo(new[] { "Gansu Hexi Lithium Resources" }));
    }

    [Test]
    public void Add_CompanyWordTheArticleWritesInLowerCase_IsNoName()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "KABUL, September 16 (Reuters) - Afghanistan's Taliban administration signed two exploration contracts on Tuesday with Gansu Hexi Lithium Resources, a privately owned Chinese company, for lithium deposits in the provinces of Nuristan and Ghazni, the Ministry of Mines and Petroleum said.",
            "Lithium-bearing rock from Nuristan and neighbouring Kunar has for years been smuggled into Pakistan, officials say.");
        Assert.That(doc.Paragraphs[1].Mentions.Select(m => m.Entity.Name), Does.Not.Contain("Gansu Hexi Lithium Resources"));
    }

    [Test]
    public void Add_WordOfInstituteOfTechnology_IsNotLent()
    {
        // GUM interview: "Massachusetts Institute of Technology" ends with a company suffix but is headed by "Institute".
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Noam Chomsky is a professor emeritus at Massachusetts Institute of Technology in Linguistics and Philosophy.",
            "On March 13, Professor Chomsky sat down with Michael Dranove for an interview in his MIT office in Cambridge, Massachusetts.");
        Assert.That(doc.Paragraphs[1].Mentions.Where(m => doc.Paragraphs[1].Normalised[m.Start..m.End] == "Massachusetts").Select(m => m.Kind),
            Has.None.EqualTo(MentionKind.Partial));
    }

    [Test]
    public void Add_ProjectNameBeforeItsHead_IsTheProject()
    {
        // h35/a3.md: after "the Rogun hydropower plant", "Rogun" alone is the plant.
        Document doc = Docs.Process(ShippedPipeline.Value,
            "DUSHANBE, May 12 (Reuters) - Tajikistan has secured a $600 million loan from the Export-Import Bank of China to build a high-voltage line from the Rogun hydropower plant to the south of the country, the Tajik energy ministry said on Tuesday, the first Chinese state financing for the giant dam project on the Vakhsh River.",
            "Downstream Uzbekistan bitterly opposed Rogun under former President Islam Karimov, who died in 2016.");
        Assert.That(doc.Paragraphs[1].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Name}"), Does.Contain("uzbekistan OPPOSES Rogun hydropower plant"));
    }
}
