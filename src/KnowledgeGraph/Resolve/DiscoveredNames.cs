using System.Globalization;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// Stable ids for names the gazetteer lacks. The id is "d:{type}:{merge key}", so spelling variants that are
/// safe to merge get one id whatever the order articles arrive in, and nothing else does. The merge key folds
/// only what cannot change a name's referent: case, diacritics, hyphens and spaces, the connecting particles of
/// transliterated names (Tehrik-i-Taliban = Tehrik-e-Taliban), "and" for "&" and, in the name of a body, project, group or
/// event, a plural "s" ("Uyghur Human Rights Projects"). A person's or place's final "s" is part of the name ("Peter
/// Fabricius", "Los Angeles"). Every other word must match: "Tehrik-i-Taliban Pakistan" never meets a Taliban of another
/// country, and Austria never meets Australia.
/// </summary>
internal static class DiscoveredNames
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "i", "e", "ul", "ud", "al", "el", "ad", "as", "an", "a" };

    public static Entity Create(string name, EntityType type, float confidence, string? subtype = null) => new()
    {
        Id = Id(name, type),
        Name = name,
        Type = type,
        Subtype = subtype,
        Origin = EntityOrigin.Discovered,
        Confidence = confidence,
    };

    public static string Id(string name, EntityType type) => $"d:{type.ToString().ToLowerInvariant()}:{MergeKey(name, type)}";

    public static string MergeKey(string name, EntityType type)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char raw in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(raw))
            {
                word.Append(char.ToLowerInvariant(raw));
            }
            else if (raw is not ('\'' or '\u2019' or '.'))
            {
                Flush(word, words);
            }
        }

        Flush(word, words);
        // "and" inside a name is the "&" other writers use, which is dropped like all punctuation ("McKinsey and Company").
        List<string> kept = words.Where((w, i) => !((Particles.Contains(w) || w == "and") && i > 0 && i < words.Count - 1)).ToList();
        // A plural "s" is folded ("ies" to "y": "Institute for Security Studies" and "… Study" are one key); "ss" and "news"
        // are no plurals ("Wikinews").
        if (type is not (EntityType.Person or EntityType.Place or EntityType.Country)
            && kept.Count > 0 && kept[^1].Length > 4 && kept[^1].EndsWith('s') && !kept[^1].EndsWith("ss", StringComparison.Ordinal)
            && !kept[^1].EndsWith("news", StringComparison.Ordinal))
        {
            kept[^1] = kept[^1].EndsWith("ies", StringComparison.Ordinal) ? kept[^1][..^3] + "y" : kept[^1][..^1];
        }

        return string.Join('-', kept);
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
