namespace KnowledgeGraph.Recognise;

/// <summary>What the words around a capitalised run say it is (<see cref="NameDescriptions"/>).</summary>
internal enum NameDescription
{
    /// <summary>Nothing around it describes the run.</summary>
    None,
    /// <summary>An apposition or copula with a person's role: ", an analyst at", "is the chief analyst with".</summary>
    Person,
    /// <summary>An apposition with a body's description: ", an African research network".</summary>
    Organisation,
    /// <summary>An apposition with a place's description: ", a major coastal city", ", the capital".</summary>
    Place,
    /// <summary>The subject of a verb of speech: "said Irene Sun", "Hansi Lo Wang says".</summary>
    Speaker,
    /// <summary>Named right after a body's lower-case description: "the conservation group Wildlife Direct".</summary>
    NamedBody,
}
