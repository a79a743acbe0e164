using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class ArticleLabellerTests
{
    private const string Intro = "A short piece for the Financial Times looking forwards on how terrorism might evolve and melt into the wider conflict.";
    private const string Title = "Terrorism fused with great power conflict may be the west’s next challenge";
    private const string Subtitle = "Some countries such as Iran persist in using armed proxies to advance their goals";
    private const string Caption = "Veteran al-Qaeda leader Ayman al-Zawahiri was killed by a drone strike on a safe house in Kabul";
    private const string Byline = "The writer is senior fellow at the S Rajaratnam School of International Studies";
    private const string Body = "Terrorism is the past and the future is great power conflict.";
    private const string ShortBody = "So much for the narratives of China filling the void";

    private static readonly ArticleLabeller Labeller = new(new LineClassifier(IngestCues.Default));

    [Test]
    public void Label_SeedHeader_IntroTitleSubtitleUncreditedCaptionBylineBody()
    {
        Assert.That(Roles(true, Intro, Title, Subtitle, Caption, Byline, Body, ShortBody), Is.EqualTo(new[]
        {
            LineRole.Intro, LineRole.Title, LineRole.Subtitle, LineRole.Caption, LineRole.Byline, LineRole.Body, LineRole.Body,
        }));
    }

    [Test]
    public void Label_ProfileOfSourceBetweenBodyParagraphs_IsBody()
    {
        const string profile = "Andrew Small is a senior transatlantic fellow at the German Marshall Fund and the author of a book on the axis.";
        const string byline = "Raffaello Pantucci is a senior fellow at the S. Rajaratnam School of International Studies in Singapore.";
        Assert.That(Roles(true, Intro, Title, Subtitle, Body, profile, Body, byline), Is.EqualTo(new[]
        {
            LineRole.Intro, LineRole.Title, LineRole.Subtitle, LineRole.Body, LineRole.Body, LineRole.Body, LineRole.Byline,
        }));
    }

    [Test]
    public void Label_BulletsAfterTitle_AreSubtitle()
    {
        const string bullet = "  • Meanwhile, the Taliban government is frustrated at the lack of economic support being provided by its neighbours";
        Assert.That(Roles(true, Intro, Title, bullet, bullet, Body), Is.EqualTo(new[]
        {
            LineRole.Intro, LineRole.Title, LineRole.Subtitle, LineRole.Subtitle, LineRole.Body,
        }));
    }

    [Test]
    public void Label_CreditedCaptionRightAfterTitle_NoSubtitleAndBodyFollows()
    {
        Assert.That(Roles(true, Intro, Title, "Image credit: iStock/Sohrab Omar", Body), Is.EqualTo(new[]
        {
            LineRole.Intro, LineRole.Title, LineRole.Caption, LineRole.Body,
        }));
    }

    [Test]
    public void Label_BackMatter_ContributorsAreBylinesAndNotesAreEndnotes()
    {
        Assert.That(Roles(true, Intro, Title, Subtitle, Body, "Additional information", "Notes on contributors", "Niva Yau", "Notes", "Author interview, RATS, 2012."), Is.EqualTo(new[]
        {
            LineRole.Intro, LineRole.Title, LineRole.Subtitle, LineRole.Body, LineRole.Boilerplate, LineRole.Boilerplate, LineRole.Byline,
            LineRole.Boilerplate, LineRole.Endnote,
        }));
    }

    [Test]
    public void Label_NoIntro_TitleThenBodyWithoutSubtitleRule()
    {
        Assert.That(Roles(false, Title, Subtitle, Body), Is.EqualTo(new[] { LineRole.Title, LineRole.Body, LineRole.Body }));
    }

    [Test]
    public void Label_NoIntroAndNoTitleLikeFirstLine_AllBody()
    {
        Assert.That(Roles(false, Body, Body), Is.EqualTo(new[] { LineRole.Body, LineRole.Body }));
    }

    private static LineRole[] Roles(bool hasIntro, params string[] texts)
    {
        ArticleDraft draft = new() { HasIntro = hasIntro };
        draft.Lines.AddRange(texts.Select((text, i) => new SourceLine(text, i + 1)));
        return Labeller.Label(draft).Select(l => l.Role).ToArray();
    }
}
