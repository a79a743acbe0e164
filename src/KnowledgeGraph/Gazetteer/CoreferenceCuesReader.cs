using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Gazetteer;

/// <summary>Reads and validates the `coreference:` mapping of gazetteers/coreference.yaml; every mistake is reported with file:line:column.</summary>
internal static class CoreferenceCuesReader
{
    private static readonly HashSet<string> TopKeys = ["pronouns", "descriptions", "expletive", "not_subject_after", "subject_before", "topic_openers", "demonym_actors", "owned", "owning_verbs", "unnamed_plurals", "clause_openers", "object_control", "reporting", "reported_copulas", "own_country", "local_units", "argument_openers", "credentials", "group_openers", "clause_coordinators", "relative_pronouns", "body_roles", "body_role_openers", "state_forces", "unit_capitals", "name_noun_followers", "route_prepositions", "mediating"];
    private static readonly HashSet<string> RuleKeys = ["words", "refers_to", "possessive", "count", "title", "after_demonym", "demonym_heads", "plural", "followed_by", "nearest", "in_name", "parts_of", "both", "recent_first", "states"];
    private static readonly HashSet<string> ExpletiveKeys = ["verbs", "raisers", "adjectives", "participles", "clause_words", "determiners", "phrases"];

    public static CoreferenceCues Read(YamlMappingNode map, string file, List<Diagnostic> errors)
    {
        YamlFields.RejectUnknownKeys(map, TopKeys, "coreference", file, ErrorCodes.GazetteerUnknownField, errors);
        ExpletiveCues expletive = ExpletiveCues.Empty;
        if (YamlFields.Get(map, "expletive") is { } node)
        {
            if (node is YamlMappingNode e)
            {
                YamlFields.RejectUnknownKeys(e, ExpletiveKeys, "expletive", file, ErrorCodes.GazetteerUnknownField, errors);
                expletive = new ExpletiveCues
                {
                    Verbs = Words(e, "verbs", file, errors),
                    Raisers = Words(e, "raisers", file, errors),
                    Adjectives = Words(e, "adjectives", file, errors),
                    Participles = Words(e, "participles", file, errors),
                    ClauseWords = Words(e, "clause_words", file, errors),
                    Determiners = Words(e, "determiners", file, errors),
                    Phrases = Words(e, "phrases", file, errors).Select(Split).ToList(),
                };
            }
            else
            {
                errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, "`expletive` must be a mapping of word lists", file, node));
            }
        }

        return new CoreferenceCues
        {
            Pronouns = Rules(map, "pronouns", file, errors),
            Descriptions = Rules(map, "descriptions", file, errors),
            Expletive = expletive,
            NotSubjectAfter = Words(map, "not_subject_after", file, errors),
            DemonymActors = Words(map, "demonym_actors", file, errors),
            SubjectBefore = Words(map, "subject_before", file, errors),
            TopicOpeners = Words(map, "topic_openers", file, errors),
            ArgumentOpeners = Words(map, "argument_openers", file, errors),
            Credentials = Words(map, "credentials", file, errors),
            Owned = Rules(map, "owned", file, errors),
            OwningVerbs = Words(map, "owning_verbs", file, errors),
            UnnamedPlurals = Words(map, "unnamed_plurals", file, errors),
            ClauseOpeners = Words(map, "clause_openers", file, errors),
            RelativePronouns = Words(map, "relative_pronouns", file, errors),
            ClauseCoordinators = Words(map, "clause_coordinators", file, errors),
            ObjectControl = Words(map, "object_control", file, errors),
            Reporting = Words(map, "reporting", file, errors),
            OwnCountry = Words(map, "own_country", file, errors),
            LocalUnits = Words(map, "local_units", file, errors),
            GroupOpeners = Words(map, "group_openers", file, errors),
            ReportedCopulas = Words(map, "reported_copulas", file, errors),
            BodyRoles = Words(map, "body_roles", file, errors),
            BodyRoleOpeners = Words(map, "body_role_openers", file, errors),
            StateForces = Words(map, "state_forces", file, errors),
            UnitCapitals = Rules(map, "unit_capitals", file, errors),
            NameNounFollowers = Words(map, "name_noun_followers", file, errors),
            RoutePrepositions = Words(map, "route_prepositions", file, errors),
            Mediating = Words(map, "mediating", file, errors),
        };
    }

    private static HashSet<string> Words(YamlMappingNode map, string key, string file, List<Diagnostic> errors) =>
        YamlFields.Scalars(map, key, file, ErrorCodes.GazetteerBadValue, errors)
            .Select(w => w.Text.Trim().ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

    private static List<CoreferenceRule> Rules(YamlMappingNode map, string key, string file, List<Diagnostic> errors)
    {
        var rules = new List<CoreferenceRule>();
        YamlNode? node = YamlFields.Get(map, key);
        if (node is null || node is YamlScalarNode s && YamlFields.IsNull(s))
        {
            return rules;
        }

        if (node is not YamlSequenceNode seq)
        {
            errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, $"`{key}` must be a list of entries with words and refers_to", file, node));
            return rules;
        }

        foreach (YamlNode item in seq.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, $"each item of `{key}` must be a mapping with words and refers_to", file, item));
                continue;
            }

            if (Rule(entry, key != "pronouns", file, errors) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static CoreferenceRule? Rule(YamlMappingNode entry, bool description, string file, List<Diagnostic> errors)
    {
        int before = errors.Count;
        YamlFields.RejectUnknownKeys(entry, RuleKeys, "a coreference entry", file, ErrorCodes.GazetteerUnknownField, errors);
        var words = YamlFields.Scalars(entry, "words", file, ErrorCodes.GazetteerBadValue, errors)
            .Where(w => w.Text.Trim().Length > 0)
            .Select(w => Split(w.Text))
            .ToList();
        if (words.Count == 0)
        {
            errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, "`words` must list at least one word", file, entry));
        }

        var refersTo = new List<EntityConstraint>();
        foreach ((string text, YamlNode node) in YamlFields.Scalars(entry, "refers_to", file, ErrorCodes.GazetteerBadValue, errors))
        {
            string[] parts = text.Trim().Split(':', 2);
            if (!Enum.TryParse(parts[0], ignoreCase: false, out EntityType type) || !Enum.IsDefined(type))
            {
                errors.Add(YamlFields.Error(ErrorCodes.GazetteerUnknownType,
                    $"`{parts[0]}` is not an entity type; use one of {string.Join(", ", Enum.GetNames<EntityType>())}, optionally with :subtype", file, node));
                continue;
            }

            refersTo.Add(new EntityConstraint(type, parts.Length > 1 && parts[1].Trim().Length > 0 ? parts[1].Trim() : null));
        }

        if (refersTo.Count == 0 && errors.Count == before)
        {
            errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, "`refers_to` must list at least one entity type", file, entry));
        }

        bool possessive = Flag(entry, "possessive", file, errors);
        bool title = Flag(entry, "title", file, errors);
        bool afterDemonym = Flag(entry, "after_demonym", file, errors);
        bool demonymHeads = Flag(entry, "demonym_heads", file, errors);
        bool plural = Flag(entry, "plural", file, errors);
        bool nearest = Flag(entry, "nearest", file, errors);
        bool inName = Flag(entry, "in_name", file, errors);
        bool both = Flag(entry, "both", file, errors);
        bool states = Flag(entry, "states", file, errors);
        bool recentFirst = Flag(entry, "recent_first", file, errors);
        int count = 1;
        if (YamlFields.Scalar(entry, "count", file, ErrorCodes.GazetteerBadValue, errors) is { } c && (!int.TryParse(c, out count) || count is < 1 or > CoreferenceRule.MaxCount))
        {
            errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, $"`count` must be a number from 1 to {CoreferenceRule.MaxCount}", file, YamlFields.Get(entry, "count")!));
            count = 1;
        }

        string[] partsOf = [.. YamlFields.Scalars(entry, "parts_of", file, ErrorCodes.GazetteerBadValue, errors)
            .Select(w => w.Text.Trim()).Where(w => w.Length > 0)];
        if (partsOf.Length > 0 && !inName)
        {
            errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, "`parts_of` needs `in_name: true`", file, YamlFields.Get(entry, "parts_of")!));
        }

        string[] followedBy = [.. YamlFields.Scalars(entry, "followed_by", file, ErrorCodes.GazetteerBadValue, errors)
            .Select(w => w.Text.Trim().ToLowerInvariant()).Where(w => w.Length > 0)];
        if (errors.Count > before)
        {
            return null;
        }

        ReferenceKind kind = description ? ReferenceKind.Description : possessive ? ReferenceKind.Possessive : ReferenceKind.Pronoun;
        return new CoreferenceRule(words, refersTo, kind)
        {
            Count = count, Title = title, AfterDemonym = afterDemonym, DemonymHeads = demonymHeads, Plural = plural, Nearest = nearest, InName = inName, PartsOf = partsOf, Both = both, States = states, RecentFirst = recentFirst, FollowedBy = followedBy, DefinedAt = $"{file}:{YamlFields.Line(entry)}",
        };
    }

    private static bool Flag(YamlMappingNode entry, string key, string file, List<Diagnostic> errors)
    {
        string? value = YamlFields.Scalar(entry, key, file, ErrorCodes.GazetteerBadValue, errors);
        if (value is null)
        {
            return false;
        }

        if (bool.TryParse(value, out bool flag))
        {
            return flag;
        }

        errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, $"`{key}` must be true or false", file, YamlFields.Get(entry, key)!));
        return false;
    }

    /// <summary>Lower-case words as the tokeniser splits them: on spaces, with hyphens apart ("state-owned" → state, -, owned).</summary>
    private static string[] Split(string phrase) =>
        phrase.Trim().ToLowerInvariant().Replace("-", " - ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
