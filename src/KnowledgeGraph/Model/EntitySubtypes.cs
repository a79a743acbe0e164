namespace KnowledgeGraph.Model;

/// <summary>
/// The gazetteer subtypes (`subtype:` in gazetteers/*.yaml) that code reads by name; the rest are free text for users.
/// </summary>
internal static class EntitySubtypes
{
    /// <summary>A state's own government body: a ministry, an army, an intelligence service, an embassy.</summary>
    public const string GovernmentBody = "government_body";

    /// <summary>A company a state owns.</summary>
    public const string StateCompany = "state_company";

    /// <summary>A government held as an organisation ("the Republic" of Afghanistan).</summary>
    public const string Government = "government";

    /// <summary>A company.</summary>
    public const string Company = "company";

    /// <summary>An armed militant group.</summary>
    public const string MilitantGroup = "militant_group";

    /// <summary>A body whose members are states (the SCO, the CSTO, the United Nations).</summary>
    public const string Intergovernmental = "intergovernmental";

    /// <summary>A political party.</summary>
    public const string PoliticalParty = "political_party";

    /// <summary>A news outlet: a newspaper, broadcaster or news agency.</summary>
    public const string Media = "media";

    /// <summary>A province or state of a country.</summary>
    public const string Province = "province";

    /// <summary>A region of several countries (Central Asia, the Sahel).</summary>
    public const string Region = "region";

    /// <summary>A continent (Africa, Asia).</summary>
    public const string Continent = "continent";

    /// <summary>A sea, river, range or other natural feature ("Black Sea", "Arabian Sea").</summary>
    public const string Geographic = "geographic";

    /// <summary>A city or town.</summary>
    public const string City = "city";

    /// <summary>A state's capital city.</summary>
    public const string Capital = "capital";

    /// <summary>A district of a province.</summary>
    public const string District = "district";

    /// <summary>An armed collective of a people (Group: "Uyghur militants").</summary>
    public const string Militants = "militants";
}
