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

    // Written development lines (h27): a demonstrative's noun or a named event is what is blamed, and the party after "on"
    // is criticised.
    [TestCase("Pakistani officials blamed that attack on the Pakistani Taliban, known as Tehrik-e-Taliban Pakistan (TTP), and say its commanders planned it from sanctuaries in Afghanistan, an accusation the Taliban government in Kabul denies.")]
    [TestCase("Pakistani investigators blamed the Dasu attack on the Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP), which they say operates from bases across the border in Afghanistan.")]
    public void Read_DemonstrativeOrNamedEventBlamed_PartyAfterOnCriticised(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("pakistan CRITICIZES ttp"));
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

    // Wire reports (the twenty-seventh and forty-first development sets): what is blamed on a party is not criticised;
    // the party after "on" is.
    [TestCase("Pakistani investigators blamed the Dasu attack on the Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP), which they say operates from bases across the border in Afghanistan.", "pakistan CRITICIZES dasu-attack")]
    [TestCase("Islamabad has also agreed to compensate the families of the two engineers, officials said, continuing a practice that began after a 2021 bus bombing near Dasu, which Pakistan blamed on the Pakistani Taliban, killed nine Chinese workers.", "pakistan CRITICIZES dasu")]
    public void DropBlamedActs_ActBlamedOnParty_ActNotCriticised(string sentence, string absent)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain("pakistan CRITICIZES ttp"));
        Assert.That(claims, Does.Not.Contain(absent));
    }
}
