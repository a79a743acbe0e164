namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Training as aid only from one state-side trainer, through the shipped pipeline on look-set sentences.</summary>
[TestFixture]
internal sealed class TrainingGiverTests
{
    [Test]
    public void GivesAid_CompanyTrainsLocalGuards_NoAid()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "MCC won the Mes Aynak concession in 2008 with a bid of about $3 billion, but work stalled for more than a decade amid insecurity, disputes over terms and the discovery of ancient Buddhist ruins at the site. The state-owned company resumed road building at the mine in 2024 and says it hopes to begin extraction in 2027.",
            "Tianshan Shield, registered in the Xinjiang capital Urumqi, was set up in 2019 by former officers of the People's Armed Police. It already guards Chinese-run sites in Tajikistan and Kyrgyzstan, according to Chinese corporate records.",
            "Its chairman, Hu Zhenyu, told the Global Times, a tabloid run by the Communist Party's People's Daily, that the company would hire and train Afghan guards alongside its Chinese staff.");

        Assert.That(claims, Does.Not.Contain("metallurgical-corporation-of-china PROVIDES_AID_TO afghanistan"));
    }

    [Test]
    public void GivesAid_TwoLeadersAgreeToTrainTeachers_NoAid()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russian President Vladimir Putin and Mirziyoyev agreed in May 2024 to open more university branches and to train Uzbek teachers of Russian.");

        Assert.That(claims, Has.None.Contains("PROVIDES_AID_TO"));
    }

    [Test]
    public void GivesAid_StateBodyTrainsOfficers_Aid()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Its special envoy for Afghanistan, Zamir Kabulov, said in September that Moscow would train Afghan counter-narcotics officers at Russian Interior Ministry academies.");

        Assert.That(claims, Does.Contain("russia PROVIDES_AID_TO afghanistan"));
    }
}
