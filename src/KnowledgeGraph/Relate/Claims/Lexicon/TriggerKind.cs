namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>How a trigger assigns subject and object.</summary>
internal enum TriggerKind : byte
{
    /// <summary>A verb form: active subject→object; passive ("was hosted by") and reduced passive reverse it.</summary>
    Verb,
    /// <summary>"noun preposition": possessor, demonym or light-verb subject; object after the preposition.</summary>
    Noun,
    /// <summary>"X-backed Y": the mention glued before the hyphen is the subject, the one after is the object.</summary>
    Modifier,
    /// <summary>"X-based Y": the mention after is the subject, the one glued before the hyphen is the object.</summary>
    ModifierReversed,
    /// <summary>A role noun: "Chinese Foreign Minister Wang Yi", "Abdul Haq, the leader of TIP".</summary>
    Title,
    /// <summary>A noun of accusing: accuser before it or after "by", accused in a that-clause or rebutting it.</summary>
    Accusation,
    /// <summary>A verb of requesting: a claim only when "to" and a verb follow its object ("asked China to conduct").</summary>
    Request,
    /// <summary>A verb of owing: its subject owes the party after it ("Venezuela owes China $50 billion"), who is the claim's subject.</summary>
    Debt,
}
