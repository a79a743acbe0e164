namespace KnowledgeGraph.Model;

/// <summary>How a mention's surface form relates to its entity. Wire names are lower case ("name", "acronym", …).</summary>
internal enum MentionKind : byte
{
    /// <summary>The canonical name or a listed alias.</summary>
    Name,
    /// <summary>A curated acronym, matched case-sensitively (SCO, CPEC, US).</summary>
    Acronym,
    /// <summary>An adjective or people name standing for a country or place (Chinese → China).</summary>
    Demonym,
    /// <summary>A capital or seat standing for its government (Beijing has sought… → China).</summary>
    Metonym,
    /// <summary>Part of a person's name resolved through the article or gazetteer (Ghani → Ashraf Ghani).</summary>
    Partial,
    /// <summary>An acronym the article defined itself (Islamic State of Khorasan Province (ISKP)).</summary>
    Learned,
    /// <summary>A name the gazetteer lacks, found by cues; its entity is marked discovered.</summary>
    Discovered,
    /// <summary>
    /// A description that names a curated entity the article never names, by its owner and kind ("Beijing's first
    /// overseas military base" → the Chinese naval base in Djibouti); <see cref="Mention.OwnerToken"/> marks the owner.
    /// </summary>
    Described,
}
