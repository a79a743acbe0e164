using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// A state's diplomatic mission written as a description after the state's possessive, its demonym or its name as a
/// modifier, and followed by "in" and its host ("China's embassy in Kabul", "the Afghan embassy in Tehran", "the US
/// Embassy in Tehran"): a head of cues <c>mission_heads</c>, all in lower case or all capitalised, then "in" and a
/// place or country other than the state. <see cref="OwnedBodies"/> makes it the curated body the gazetteer names
/// "&lt;demonym or state&gt; &lt;head&gt; in &lt;host&gt;" ("Chinese Embassy in Kabul"), else a discovered government
/// body named by the modifier as written, the head and the host. Only the head is the mention; the host stays a
/// mention of its own.
/// </summary>
internal static class OwnedMissions
{
    /// <summary>Number of tokens of the mission's head at <paramref name="start"/> and the host mention after "in"; (0, null) when there is none.</summary>
    public static (int Length, Mention? Host) Head(Paragraph paragraph, int start, int limit, Entity state, CueSet cues)
    {
        foreach (string[] head in cues.MissionHeads)
        {
            int at = start + head.Length;
            if (at + 1 >= limit || !OwnedBodies.Matches(paragraph, start, head) || !OwnedBodies.OneCasing(paragraph, start, head.Length)
                || !paragraph.Normalised.AsSpan(paragraph.Tokens[at].Start, paragraph.Tokens[at].Length).SequenceEqual("in"))
            {
                continue;
            }

            Mention? host = paragraph.Mentions.Find(m => m.TokenStart == at + 1);
            return host is { Entity.Type: EntityType.Place or EntityType.Country } && host.Entity.Id != state.Id && host.TokenEnd <= limit
                ? (head.Length, host) : (0, null);
        }

        return (0, null);
    }

    /// <summary>Length of the mission head (cues <c>mission_heads</c>) that ends right before token <paramref name="at"/>, or 0.</summary>
    public static int HeadEndingBefore(Paragraph paragraph, int at, CueSet cues)
    {
        foreach (string[] head in cues.MissionHeads)
        {
            if (at - head.Length >= 0 && OwnedBodies.Matches(paragraph, at - head.Length, head))
            {
                return head.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// The discovered mission's name: the demonym the text writes, else the state's first one, the head and its host
    /// ("Afghan Embassy in Beijing"); "&lt;Head&gt; of &lt;state&gt; in &lt;host&gt;" for a state with no demonym.
    /// </summary>
    public static string Name(Paragraph paragraph, Entity state, string? demonym, Mention host, string head)
    {
        string where = paragraph.Normalised[host.Start..host.End];
        demonym ??= state.Demonyms.FirstOrDefault();
        return demonym is null ? $"{head} of {state.Name} in {where}" : $"{demonym} {head} in {where}";
    }
}
