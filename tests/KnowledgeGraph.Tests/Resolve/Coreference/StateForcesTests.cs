using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;
using static KnowledgeGraph.Tests.TestSupport.ReferenceLookup;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// "the army", "the military" with no force so named near is the force of the state the article names, through the
/// production pipeline on the shipped gazetteers and coreference.yaml.
/// </summary>
[TestFixture]
internal sealed class StateForcesTests
{
    // Development text (h31): "the military's media wing" after a report on Pakistan is the Pakistan Army, so the wing is
    // part of it.
    [Test]
    public void Find_MilitaryAfterReportOnPakistan_IsThePakistanArmy()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "QUETTA, February 3 (Reuters) - Gunmen and a suicide bomber attacked a convoy carrying Chinese engineers in Pakistan's southwestern province of Balochistan on Tuesday, killing two Chinese nationals and four Pakistani soldiers, the army said, in the deadliest assault on Chinese workers in the country since 2024.",
            "Inter-Services Public Relations, the military's media wing, said security forces had killed all five attackers after a two-hour gunfight and that three injured engineers had been flown to Karachi for treatment.");

        Assert.That(At(doc, 1, "the military")?.Entity.Id, Is.EqualTo("pakistan-army"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("inter-services-public-relations PART_OF pakistan-army"));
    }

    // Development text (h52): "the army" as the object of a clause whose subject names Pakistan is not Pakistan's force,
    // so Pakistan does not strike its own army.
    [Test]
    public void Find_ArmyInClauseOfPakistanisSubject_IsNotItsForce()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "The request comes as ties between Islamabad and Kabul remain badly strained after their worst fighting in years. In October, Pakistani jets struck what the army called hideouts of Tehrik-e-Taliban Pakistan (TTP) inside Afghanistan, and Taliban forces retaliated by attacking Pakistani border posts.");

        Assert.That(At(doc, 0, "the army"), Is.Null);
        Assert.That(ShippedClaims.In(doc), Does.Not.Contain("pakistan ATTACKS pakistan-army"));
    }
}
