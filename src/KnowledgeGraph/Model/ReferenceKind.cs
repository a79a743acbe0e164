namespace KnowledgeGraph.Model;

/// <summary>What kind of words a <see cref="Reference"/> is.</summary>
internal enum ReferenceKind : byte
{
    /// <summary>A personal pronoun: he, she, it, they, him, her, them.</summary>
    Pronoun,
    /// <summary>A possessive pronoun or determiner: his, her, its, their.</summary>
    Possessive,
    /// <summary>A definite description: the group, the militants, the company, the country, the president.</summary>
    Description,
}
