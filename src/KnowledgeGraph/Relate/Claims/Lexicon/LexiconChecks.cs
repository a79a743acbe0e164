using KnowledgeGraph.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>The content rules of the predicate lexicon (KG3102).</summary>
internal static class LexiconChecks
{
    /// <summary>Name shape, known class, at least one trigger, nouns written with their preposition.</summary>
    public static void CheckPredicate(PredicateDefinition predicate, Dictionary<string, YamlNode> fields, YamlMappingNode map, LexiconErrors errors)
    {
        if (!IsUpperSnake(predicate.Name))
        {
            errors.Add(ErrorCodes.LexiconInvalid, $"predicate name `{predicate.Name}` must be UPPER_SNAKE (A-Z, 0-9, _)", fields["name"].Start);
        }

        if (!PredicateClasses.IsKnown(predicate.Class))
        {
            errors.Add(ErrorCodes.LexiconInvalid, $"unknown class `{predicate.Class}` for {predicate.Name}; expected one of {string.Join(", ", PredicateClasses.All)}", fields["class"].Start);
        }

        int triggers = predicate.Verbs.Count + predicate.DirectVerbs.Count + predicate.Reciprocal.Count + predicate.Exits.Count + predicate.Forms.Count + predicate.Nouns.Count + predicate.Modifiers.Count
            + predicate.ModifiersReversed.Count + predicate.Titles.Count + predicate.Requests.Count + predicate.Debts.Count;
        if (triggers == 0)
        {
            errors.Add(ErrorCodes.LexiconInvalid, $"{predicate.Name} has no triggers; add verbs, forms, nouns, modifiers or titles", map.Start);
        }

        foreach (string noun in predicate.Nouns)
        {
            if (PhraseWords.Split(noun).Length < 2)
            {
                errors.Add(ErrorCodes.LexiconInvalid, $"noun trigger `{noun}` of {predicate.Name} needs its preposition (\"support for\", \"talks with\")", fields["nouns"].Start);
            }
        }
    }

    /// <summary>Duplicate predicate names, and one trigger phrase of one kind claimed by two predicates.</summary>
    public static void CheckDuplicates(IReadOnlyList<PredicateDefinition> predicates, LexiconErrors errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (PredicateDefinition predicate in predicates)
        {
            if (!names.Add(predicate.Name))
            {
                errors.Add(ErrorCodes.LexiconInvalid, $"duplicate predicate name `{predicate.Name}` (defined at {predicate.DefinedAt}); names must be unique", At(predicate));
            }

            foreach (Trigger trigger in TriggerIndex.Build([predicate]).AllValues())
            {
                string key = $"{trigger.Kind}{(trigger.Reciprocal ? "/reciprocal" : "")}:{string.Join(' ', trigger.Words)}";
                if (phrases.TryGetValue(key, out string? owner) && owner != predicate.Name)
                {
                    errors.Add(ErrorCodes.LexiconInvalid, $"trigger `{string.Join(' ', trigger.Words)}` ({trigger.Kind}) of {predicate.Name} is already a trigger of {owner}; keep it in one predicate", At(predicate));
                }

                phrases.TryAdd(key, predicate.Name);
            }
        }
    }

    private static YamlDotNet.Core.Mark At(PredicateDefinition predicate)
    {
        int colon = predicate.DefinedAt?.LastIndexOf(':') ?? -1;
        int line = colon > 0 && int.TryParse(predicate.DefinedAt.AsSpan(colon + 1), out int l) ? l : 0;
        return new YamlDotNet.Core.Mark(0, line, 1);
    }

    private static bool IsUpperSnake(string name)
    {
        if (name.Length == 0 || name[0] is < 'A' or > 'Z')
        {
            return false;
        }

        foreach (char c in name)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
