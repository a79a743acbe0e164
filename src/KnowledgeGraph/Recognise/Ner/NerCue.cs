namespace KnowledgeGraph.Recognise.Ner;

/// <summary>Per-token facts the recogniser's features read besides the word itself: its UPOS, the gazetteer's reading and dictionary membership.</summary>
[Flags]
internal enum NerCue : ushort
{
    None = 0,
    /// <summary>The lower-cased word is a common English word.</summary>
    Common = 1,
    /// <summary>A person title ends right before the token ("Minister", "Mr").</summary>
    AfterTitle = 2,
    /// <summary>The token starts its sentence.</summary>
    SentenceStart = 4,
    /// <summary>Inside a gazetteer match of a person.</summary>
    GazPerson = 8,
    /// <summary>Inside a gazetteer match of an organisation, government or militant group.</summary>
    GazOrganisation = 16,
    /// <summary>Inside a gazetteer match of a country or place name.</summary>
    GazPlace = 32,
    /// <summary>Inside a gazetteer demonym ("Chinese").</summary>
    GazDemonym = 64,
    /// <summary>Inside any other gazetteer match (project, event, group).</summary>
    GazOther = 128,
    /// <summary>The first token of a gazetteer match.</summary>
    GazFirst = 256,
    /// <summary>An organisation suffix (Ministry, University, Company).</summary>
    OrganisationSuffix = 512,
}
