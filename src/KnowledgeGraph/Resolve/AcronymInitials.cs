using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// Acronyms an article uses without defining them ("the SGR" in an article that names the Standard Gauge Railway):
/// an acronym of three or more capitals that the gazetteer does not hold, written where no curated name stands, is the
/// one name of several words in the same article whose capitalised words' initials spell it exactly. Two such names
/// (or none) leave it alone. Lower-case words inside the name are skipped ("China Road and Bridge Corporation" is
/// CRBC); a person's name is never abbreviated this way.
/// </summary>
internal static class AcronymInitials
{
    /// <summary>Adds to <paramref name="learned"/> the undefined acronyms of <paramref name="doc"/> and returns them.</summary>
    public static HashSet<string> Learn(Document doc, Dictionary<string, Entity> learned)
    {
        var undefined = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (!paragraph.Role.FeedsExtraction())
            {
                continue;
            }

            foreach (Token token in paragraph.Tokens)
            {
                if (token.Kind == TokenKind.Word && token.Is(TokenShape.AllUpper) && token.Length is >= 3 and <= 6 && Open(paragraph, token))
                {
                    candidates.Add(paragraph.Normalised.Substring(token.Start, token.Length));
                }
            }
        }

        candidates.ExceptWith(learned.Keys);
        if (candidates.Count == 0)
        {
            return undefined;
        }

        var named = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (!paragraph.Role.FeedsExtraction())
            {
                continue;
            }

            foreach (Mention mention in paragraph.Mentions)
            {
                if (mention.TokenEnd - mention.TokenStart < 2 || mention.Kind is MentionKind.Demonym or MentionKind.Partial
                    || mention.Entity.Type is EntityType.Person || mention.Confidence < 0.5f)
                {
                    continue;
                }

                string initials = Initials(paragraph.Normalised.AsSpan(mention.Start, mention.End - mention.Start));
                if (candidates.Contains(initials))
                {
                    named[initials] = named.TryGetValue(initials, out Entity? other) && other is not null && other.Id != mention.Entity.Id ? null : mention.Entity;
                }
            }
        }

        foreach ((string acronym, Entity? entity) in named)
        {
            if (entity is not null && !entity.Acronyms.Contains(acronym))
            {
                learned[acronym] = entity;
                undefined.Add(acronym);
            }
        }

        return undefined;
    }

    /// <summary>The initials of the capitalised words of a name ("Standard Gauge Railway" → "SGR").</summary>
    public static string Initials(ReadOnlySpan<char> name)
    {
        Span<char> initials = stackalloc char[Math.Min(name.Length, 64)];
        int n = 0;
        for (int i = 0; i < name.Length && n < initials.Length; i++)
        {
            if (char.IsUpper(name[i]) && (i == 0 || name[i - 1] is ' ' or '-'))
            {
                initials[n++] = name[i];
            }
        }

        return new string(initials[..n]);
    }

    /// <summary>True when no curated mention covers the token (a discovered guess may).</summary>
    private static bool Open(Paragraph paragraph, Token token)
    {
        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.Start <= token.Start && token.End <= mention.End)
            {
                return mention.Kind == MentionKind.Discovered;
            }
        }

        return true;
    }
}
