using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// A province's or town's own body written in lower case after its curated name and "the" ("a senior superintendent of
/// the Sindh police", "a spokesman for the Badakhshan police"): a head of cues <c>place_body_heads</c> that no "of"
/// follows. It is a discovered body named "&lt;Place&gt; &lt;Head&gt;" ("Sindh Police", as the name is written
/// capitalised), and the place's mention gives way to it. A country's bodies are read by <see cref="OwnedBodies"/>.
/// </summary>
internal static class PlaceBodies
{
    /// <summary>Replaces each such place mention with its body's mention and marks the head covered.</summary>
    public static void Add(Paragraph paragraph, bool[] covered, CueSet cues)
    {
        if (cues.PlaceBodyHeads.Count == 0)
        {
            return;
        }

        for (int m = 0; m < paragraph.Mentions.Count; m++)
        {
            Mention place = paragraph.Mentions[m];
            int head = place.TokenEnd;
            if (!IsPlace(place) || !AfterThe(paragraph, place) || !Head(paragraph, head, cues) || covered[head])
            {
                continue;
            }

            Entity entity = DiscoveredNames.Create($"{place.Entity.Name} {Capitalised(paragraph, head)}", EntityType.Organisation,
                PossessedNames.DiscoveredConfidence, EntitySubtypes.GovernmentBody);
            covered[head] = true;
            paragraph.Mentions[m] = place.Copy(
                end: paragraph.Tokens[head].End, tokenEnd: head + 1, entity: entity, kind: MentionKind.Discovered,
                confidence: PossessedNames.DiscoveredConfidence, candidates: [new MentionCandidate(entity, MentionKind.Discovered, [])]);
        }
    }

    /// <summary>True when every reading of the mention is a curated place (no country) named by its name.</summary>
    private static bool IsPlace(Mention mention) =>
        mention.Candidates.Count > 0 && mention.Candidates.All(c => c.Kind == MentionKind.Name && c.Entity.Type == EntityType.Place);

    /// <summary>True when "the" stands right before the place's name.</summary>
    private static bool AfterThe(Paragraph paragraph, Mention place) =>
        place.TokenStart > 0 && Word(paragraph, place.TokenStart - 1).Equals("the", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="head"/> is a lower-case head of cues <c>place_body_heads</c> in its sentence that no "of" follows.</summary>
    private static bool Head(Paragraph paragraph, int head, CueSet cues)
    {
        Token[] tokens = paragraph.Tokens;
        return head < tokens.Length && tokens[head].Kind == TokenKind.Word && tokens[head].Is(TokenShape.AllLower)
            && CueSet.Contains(cues.PlaceBodyHeads, Word(paragraph, head))
            && !(head + 1 < tokens.Length && Word(paragraph, head + 1).SequenceEqual("of"));
    }

    private static string Capitalised(Paragraph paragraph, int i)
    {
        string word = Word(paragraph, i).ToString();
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
