using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;
using static KnowledgeGraph.Tests.TestSupport.ReferenceLookup;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// "Fayzabad, the provincial capital", "the regional capital Taraz": the adjective refers to the unit of its kind the
/// article named, and the capital in apposition is part of it, through the production pipeline on the shipped gazetteers
/// and coreference.yaml.
/// </summary>
[TestFixture]
internal sealed class UnitCapitalsTests
{
    // Development text (h30): the article is set in Badakhshan, so "the provincial capital" is Badakhshan's, not that of
    // Takhar, the province named last; the reference qualifies "capital" and is no party of its own.
    [Test]
    public void Process_ProvincialCapitalAfterTwoProvinces_IsTheSettingsCapital()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "KABUL, February 17 (AP) - Gunmen stormed the Chinese-run Yawan gold processing plant in northern Afghanistan's Badakhshan province on Monday, killing three Chinese workers and an Afghan guard, Taliban officials said, in the deadliest attack on Chinese nationals in the country since the group seized power in 2021.",
            "The Islamic State Khorasan Province (ISKP), the regional affiliate of the Islamic State group, claimed responsibility in a statement carried by the Amaq news agency, saying its fighters had targeted \"the Chinese oppressors of the Uyghur Muslims.\" It was the third attack on Chinese nationals in Afghanistan claimed by the group, after a 2022 assault on the Longan Hotel in Kabul and a bombing that killed a Chinese engineer in Takhar province last year.",
            "Zabihullah Mujahid, the Taliban's chief spokesman, said security forces had killed two of the attackers and arrested a third near Fayzabad, the provincial capital. \"The enemies of the Islamic Emirate want to damage our relations with China, but they will fail,\" he said in a post on X.");

        Reference? provincial = At(doc, 2, "provincial");
        Assert.That(provincial?.Entity.Id, Is.EqualTo("badakhshan"));
        Assert.That(provincial?.Qualifier, Is.True);
        IReadOnlyList<string> claims = ShippedClaims.In(doc);
        Assert.That(claims, Does.Contain("fayzabad-af PART_OF badakhshan"));
        Assert.That(claims, Does.Not.Contain("fayzabad-af PART_OF takhar"));
    }

    // Development text (h51): the capital before the phrase, the province named in the paragraph before.
    [Test]
    public void Process_ProvincialCapitalAfterName_IsPartOfTheProvince()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "JALALABAD, May 20 (Reuters) - Taliban security forces have detained at least 14 members of a tribal council in Afghanistan's eastern Nuristan province after its members blocked a road used by surveyors working for Gochin, a Chinese company seeking lithium rights in the area, residents and a provincial official said on Wednesday.",
            "The council, the Parun Shura, is based in Parun, the provincial capital, and had organised two days of protests in which hundreds of men demanded that the Taliban administration publish the terms of any mining deal and guarantee local people a share of the proceeds.");

        Assert.That(ShippedClaims.In(doc), Does.Contain("parun-af PART_OF nuristan"));
    }

    // Development text (h53): "regional" refers to a region of a state named in the paragraph before.
    [Test]
    public void Process_RegionalCapitalWithName_IsPartOfTheRegion()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "TARAZ, Kazakhstan, May 19 (Reuters) - Several hundred residents of a village in southern Kazakhstan's Zhambyl region blocked a road on Tuesday in protest against a Chinese-built solar and battery storage plant, saying it would swallow pastures their families have grazed for generations.", "The protesters, from the village of Akbulak, about 60 km west of the regional capital Taraz, say the 500-megawatt project, known as Talas Sun, has fenced off nearly 1,200 hectares of the village's grazing land without proper consultation. It is being developed by China's Tianhe Solar Power and its Kazakh partner, Zhetisu Green Energy.");

        Assert.That(At(doc, 1, "regional")?.Entity.Id, Is.EqualTo("zhambyl-kz"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("taraz-kz PART_OF zhambyl-kz"));
    }
}
