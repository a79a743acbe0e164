using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;
using static KnowledgeGraph.Recognise.NameTokens;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// An organisation's name that opens with a demonym after "the" ("the Indian Council for Cultural Relations", "the Central
/// Asian Institute for Policy Studies"): the demonym, and up to two capitalised words or a possessive between it and the
/// discovered name ("the Chinese International Education Foundation", "the Afghan Women's Refugee Network"), are words of
/// the name, not a state beside a shorter name. A state's own body keeps its owner: a name that opens with one of the
/// <c>government_prefixes</c> or <c>state_body_heads</c> ("the Chinese Ministry of Commerce", "the Indian Air Force"), ends
/// with one of the <c>state_body_heads</c> ("the Soviet Red Army") or with one of the <c>state_itself_suffixes</c> ("the
/// Somali Transitional Federal Government").
/// </summary>
internal static class DemonymOpenedNames
{
    /// <summary>Words read back from the discovered name to the demonym.</summary>
    private const int MaxBetween = 2;

    /// <summary>Widens each discovered organisation of <paramref name="found"/> over the demonym that opens its name and drops the demonym's mention.</summary>
    public static void Join(Paragraph paragraph, List<Mention> found, CueSet cues)
    {
        for (int f = 0; f < found.Count; f++)
        {
            Mention name = found[f];
            if (name.Kind != MentionKind.Discovered || name.Entity.Type != EntityType.Organisation || name.Entity.Subtype == EntitySubtypes.GovernmentBody)
            {
                continue;
            }

            int start = name.TokenStart;
            while (start > 0 && name.TokenStart - start < MaxBetween && Between(paragraph, start - 1))
            {
                start--;
            }

            int at = paragraph.Mentions.FindIndex(m => m.TokenEnd == start && m.Kind == MentionKind.Demonym && m.Sentence == name.Sentence);
            if (at < 0 || OwnBody(paragraph, start, name.TokenEnd, cues))
            {
                continue;
            }

            Mention demonym = paragraph.Mentions[at];
            if (demonym.TokenStart == 0 || !Word(paragraph, demonym.TokenStart - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string text = paragraph.Normalised[demonym.Start..name.End];
            Entity entity = DiscoveredNames.Create(text, EntityType.Organisation, name.Confidence, cues.OrganisationSubtypeOf(text));
            found[f] = Discovered(paragraph, demonym.TokenStart, name.TokenEnd, name.Sentence, entity, MentionKind.Discovered, name.Confidence);
            paragraph.Mentions.RemoveAt(at);
        }
    }

    /// <summary>A capitalised word no mention covers, or a possessive after one ("Women's").</summary>
    private static bool Between(Paragraph paragraph, int i)
    {
        Token token = paragraph.Tokens[i];
        bool word = token.Kind == TokenKind.Word && token.Is(TokenShape.Capitalised) && !token.Is(TokenShape.AllUpper)
            || Word(paragraph, i) is "'s" && i > 0 && paragraph.Tokens[i - 1].Is(TokenShape.Capitalised);
        return word && !paragraph.Mentions.Exists(m => m.TokenStart <= i && i < m.TokenEnd);
    }

    /// <summary>True when the name opens with a state body's first words ("Ministry of", "Air Force"), ends with a state body's head ("Red Army") or with a word naming the state itself ("Government").</summary>
    private static bool OwnBody(Paragraph paragraph, int start, int end, CueSet cues) =>
        HasPrefix(paragraph, start, end, cues.GovernmentPrefixes) || CueSet.Contains(cues.StateItselfSuffixes, Word(paragraph, end - 1))
        || cues.StateBodyHeads.Any(head => start + head.Length <= end
            && (OwnedBodies.Matches(paragraph, start, head) || OwnedBodies.Matches(paragraph, end - head.Length, head)));
}
