using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// "…, ministry spokesman Humayoon Afghan told reporters", "a ministry spokesman, Mohammad Sediq Wardak", "another ministry
/// spokesperson": the one-word noun of a description whose antecedent must hold it in its name (coreference.yaml
/// <c>in_name</c>: ministry, committee, agency…), written bare in lower case right before a role noun (coreference.yaml
/// <c>body_roles</c>) at the sentence's start, after punctuation or after one of <c>body_role_openers</c>, refers to that
/// body named before, as "the ministry" would. Words are data; token cues only.
/// </summary>
internal sealed class BodyRoleModifier
{
    private readonly Dictionary<string, CoreferenceRule>.AlternateLookup<ReadOnlySpan<char>> nouns;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> roles;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> openers;

    public BodyRoleModifier(CoreferenceCues cues)
    {
        var byNoun = new Dictionary<string, CoreferenceRule>(StringComparer.Ordinal);
        foreach (CoreferenceRule rule in cues.Descriptions.Where(r => r.InName && r.Count == 1))
        {
            foreach (string[] words in rule.Words.Where(w => w.Length == 1))
            {
                byNoun.TryAdd(words[0], rule);
            }
        }

        nouns = byNoun.GetAlternateLookup<ReadOnlySpan<char>>();
        roles = new HashSet<string>(cues.BodyRoles, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        openers = new HashSet<string>(cues.BodyRoleOpeners, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The description rule the bare noun at token <paramref name="t"/> refers by, or null when it reads no body.</summary>
    public CoreferenceRule? At(Paragraph paragraph, int t, int sentenceStart, int sentenceEnd)
    {
        Token token = paragraph.Tokens[t];
        if (token.Kind != TokenKind.Word || t + 1 >= sentenceEnd || !nouns.TryGetValue(paragraph.Span(token), out CoreferenceRule? rule)
            || !roles.Contains(paragraph.Span(paragraph.Tokens[t + 1])))
        {
            return null;
        }

        return t == sentenceStart || paragraph.Tokens[t - 1].Kind == TokenKind.Punctuation || openers.Contains(paragraph.Span(paragraph.Tokens[t - 1]))
            ? rule : null;
    }
}
