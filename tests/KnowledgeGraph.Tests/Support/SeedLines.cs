namespace KnowledgeGraph.Tests.Support;

/// <summary>Real lines of seeds/003_df5809cbc19a0e8f.txt and seeds/000_b1cf9653562b7715.txt used as test inputs.</summary>
internal static class SeedLines
{
    public const string TitleVoid = "China won’t be filling the void left by the US in Afghanistan any time soon";
    public const string TitleOutlook = "2023 outlook: Central Asia is not out of the woods yet";
    public const string TitleTalibanTalks = "Kabulov did not offer any explanation for not inviting the Taliban to the talks";

    public const string Spared = "China has so far been spared any direct assault, but the ISKP’s publications are full of anti-Chinese narratives. And Beijing continues to be frustrated by the Taliban’s failure to crack down on armed Uygur groups that are living in the country.";
    public const string Aid = "Beijing has sent some aid, but much of the economic activity seen in Afghanistan has been driven by private enterprise. The large Chinese state-owned enterprises with interests in Afghanistan have held numerous meetings, but actual progress has been slow.";
    public const string MoscowFormat = "The Moscow format is a Russia-initiated group that was established in 2017 to bring together Afghanistan’s neighbours. It includes Russia, China, India, Iran, Pakistan, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.";
    public const string Optics = "It is not impossible that both China and Russia have sought similar arrangements, but the public optics are noticeably different. Russia failing to invite the Taliban to the Moscow format follows growing irritation in Kabul around the lack of Chinese investment, and growing concern in Iran about terrorist attacks on its territory.";
    public const string Delegations = "Russia has sent delegations of officials to Kabul and hosted Taliban interim Minister of Industry and Commerce Nooruddin Azizi. They have signed agreements about food, oil and aid, but investment has not been forthcoming.";
    public const string Caption = "A Taliban fighter stands guard at Wazir Akbar Khan hilltop in Kabul on August 30, the one-year anniversary of the US withdrawal from Afghanistan. A year and a half on from its withdrawal, the US has managed to establish a regional foothold which enables it to at least deal with some of its security concerns. Photo: AFP";
}
