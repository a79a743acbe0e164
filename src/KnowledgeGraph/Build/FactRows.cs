namespace KnowledgeGraph.Build;

// The row shapes of ArticleFacts; tiny positional records kept together because they only mirror table columns.

/// <summary>A paragraph of an article: position, content id, role wire name, text and every place it was read (sorted).</summary>
internal sealed record ParagraphFact(int Index, string Id, string Role, string Text, IReadOnlyList<(string File, int Line)> Locations);

/// <summary>A sentence: half-open offsets into the paragraph (its id is "{paragraphId}:{start}"; its text is the paragraph's).</summary>
internal sealed record SentenceFact(string ParagraphId, string Role, int Start, int End);

/// <summary>A mention with offsets into its paragraph and the start of its sentence (the sentence's id is "{paragraphId}:{sentence}").</summary>
internal sealed record MentionFact(string ParagraphId, int Start, int End, string EntityId, string Kind, double Confidence, int Sentence);

/// <summary>An entity as this article's extraction saw it (aliases '\n'-joined, sorted).</summary>
internal sealed record ObservationFact(string EntityId, string Name, string Type, string? Subtype, string Aliases, bool Discovered, double Confidence);

/// <summary>An alias the article defined, with its evidence.</summary>
internal sealed record LearnedAliasFact(string EntityId, string Alias, string ParagraphId, string File, int Line, int Start, int End);

/// <summary>One sentence asserting a claim; file and line are the paragraph's primary location.</summary>
internal sealed record ClaimEvidenceFact(
    string ClaimId, string SentenceId, string ParagraphId, int Start, int End, string Trigger, double Confidence,
    string Subject, string Predicate, string PredicateClass, string Object, bool Negated, bool Hedged,
    string? Source, string? Time, string? Qualifier);
