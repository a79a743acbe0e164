using KnowledgeGraph.Relate.Claims.Eval;

namespace KnowledgeGraph.Tests.Relate.Claims.Eval;

/// <summary>A discovered country's body and the annotation's name for it, from the written sets' entity tables.</summary>
[TestFixture]
internal sealed class BodyNameVariantsTests
{
    [TestCase("foreign-ministry-of-tajikistan", "tajik-foreign-ministry")]
    [TestCase("foreign-ministry-of-turkmenistan", "turkmenistan-s-foreign-ministry")]
    [TestCase("navy-of-india", "indian-navy")]
    [TestCase("energy-ministry-of-tajikistan", "tajik-energy-ministry")]
    public void Same_OfFormAndDemonymOrPossessiveForm_True(string discovered, string annotated)
    {
        Assert.That(BodyNameVariants.Same(discovered, annotated), Is.True);
    }

    [TestCase("foreign-ministry-of-tajikistan", "ministry-of-foreign-affairs-of-tajikistan")]
    [TestCase("energy-ministry-of-tajikistan", "tajik-foreign-ministry")]
    [TestCase("foreign-ministry-of-uzbekistan", "tajik-foreign-ministry")]
    [TestCase("tianshan-hydraulic-engineering", "tianshan-engineering")]
    public void Same_OtherWordsOrNoOfForm_False(string discovered, string annotated)
    {
        Assert.That(BodyNameVariants.Same(discovered, annotated), Is.False);
    }
}
