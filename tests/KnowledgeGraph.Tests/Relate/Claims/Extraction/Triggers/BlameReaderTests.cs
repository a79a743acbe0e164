namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Blame laid on a party, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class BlameReaderTests
{
    // Written wire-report lines (no corpus sentence blames something on a named party): the blamer criticises the party
    // after "on".
    [TestCase("Pakistan blamed the attack on the TTP.", "pakistan CRITICIZES ttp")]
    [TestCase("Kabul pinned the blame on Islamabad.", "afghanistan CRITICIZES pakistan")]
    [TestCase("No group has claimed responsibility for the attack, but Pakistani officials blamed it on the Tehrik-i-Taliban Pakistan.", "pakistan CRITICIZES ttp")]
    public void Read_BlameLaidOnParty_BlamerCriticizesParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a state inside a hyphenated modifier ("Afghan-based") is not the one blamed.
    [Test]
    public void Read_NameInsideHyphenatedModifier_NotBlamed()
    {
        Assert.That(ShippedClaims.Of("Islamabad blamed the deadly suicide bombing on Afghan-based militants."), Has.None.Contains("CRITICIZES afghanistan"));
    }

    // Written wire-report line: after "blames … for", "on" names the attacks' target, not the party blamed.
    [Test]
    public void Read_BlamedForAttacksOnTarget_TargetNotCriticised()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Jaishankar said \"cross-border terrorism\" from Pakistan had killed 26 people at Pahalgam in April last year, while Dar accused New Delhi of sponsoring the Baloch Liberation Army, which Pakistan blames for a string of attacks on Chinese workers.");

        Assert.That(claims, Does.Contain("pakistan CRITICIZES balochistan-liberation-army"));
        Assert.That(claims, Does.Not.Contain("pakistan CRITICIZES china"));
    }
}
