using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

[TestFixture]
internal sealed class BoundaryRulesTests
{
    [TestCase("in May.", ".", true)]
    [TestCase("What Next?", "?", true)]
    [TestCase("and so on … We", "…", true)]
    [TestCase("the U.S. officials", "U.S.", true)]
    [TestCase("on Sept. 14", "Sept.", true)]
    [TestCase("4.3%", "4.3", false)]
    [TestCase("Kassym-Jomart", "-", false)]
    [TestCase("countries: Russia", ":", false)]
    public void IsTerminal_Token_IsTrueForSentenceEndCandidates(string text, string value, bool expected)
    {
        Assert.That(BoundaryRules.IsTerminal(text, TokenTexts.Find(text, value)), Is.EqualTo(expected));
    }

    [TestCase("prevent it.”10 It’s been a year", "It")]
    [TestCase("with China.) The Soviet-Chinese frontier", "The")]
    [TestCase("the ‘gateway to Eurasia.'[2] Next", "Next")]
    [TestCase("Was it worth it?! Perhaps", "Perhaps")]
    [TestCase("in 2017.53 AliExpress Russia", "Ali")]
    public void EndOfTerminal_ClosersAndEndnotes_BelongToTheSentence(string text, string firstOfNext)
    {
        Token[] tokens = Tokeniser.Tokenise(text);
        int terminal = Array.FindIndex(tokens, token => BoundaryRules.IsTerminal(text, token));
        int next = BoundaryRules.EndOfTerminal(text, tokens, terminal);
        Assert.That(text[tokens[next].Start..tokens[next].End], Is.EqualTo(firstOfNext));
    }

    [TestCase("available in the U.S. The next day", true)]
    [TestCase("awarded the U.S. Intelligence Distinguished Public Service Medal", false)]
    [TestCase("at the S. Rajaratnam School", false)]
    [TestCase("As then-Lt. Gen. Liu Yazhou put it", false)]
    [TestCase("oil, gas, etc. The region", true)]
    [TestCase("oil, gas, etc. and more", false)]
    [TestCase("Tajikistan. (Turkmenistan and Uzbekistan", true)]
    [TestCase("in this regard.The Republic", true)]
    [TestCase("and so on … we need", false)]
    [TestCase("and so on … We need", true)]
    [TestCase("14. Nargis Kassenova", false)]
    public void EndsSentence_WhatFollows_DecidesTheBoundary(string text, bool expected)
    {
        Token[] tokens = Tokeniser.Tokenise(text);
        int terminal = Array.FindLastIndex(tokens, token => BoundaryRules.IsTerminal(text, token));
        int next = BoundaryRules.EndOfTerminal(text, tokens, terminal);
        Assert.That(BoundaryRules.EndsSentence(text, tokens, terminal, next), Is.EqualTo(expected));
    }
}
