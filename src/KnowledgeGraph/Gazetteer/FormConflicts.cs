using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Gazetteer;

/// <summary>
/// Finds surface forms claimed by two entities without a rule to tell them apart. Allowed: either form has a
/// `when:` rule; a metonym against a name or alias (Beijing the government vs Beijing the city); two
/// case-sensitive forms that differ in case; partial names (the resolver decides by article context).
/// </summary>
internal static class FormConflicts
{
    public static void Check(IReadOnlyList<(SurfaceForm Form, PendingForm Pending, string File)> forms, List<Diagnostic> errors)
    {
        var firstByKey = new Dictionary<string, List<(SurfaceForm Form, PendingForm Pending, string File)>>(StringComparer.Ordinal);
        foreach (var item in forms)
        {
            if (item.Form.Kind is SurfaceFormKind.Short or SurfaceFormKind.ShortAlone)
            {
                continue;
            }

            string key = FormKey.Of(item.Form.Text);
            if (!firstByKey.TryGetValue(key, out var claimants))
            {
                firstByKey[key] = [item];
                continue;
            }

            foreach (var earlier in claimants)
            {
                if (earlier.Form.Entity != item.Form.Entity && !Distinguishable(earlier.Form, item.Form))
                {
                    string message = $"`{item.Form.Text}` ({Describe(item.Form)} of `{item.Form.Entity.Id}`) is already {Describe(earlier.Form)} of `{earlier.Form.Entity.Id}` at {earlier.Form.DefinedAt}; add a `when:` rule to one of them or remove one";
                    errors.Add(YamlFields.Error(ErrorCodes.GazetteerAliasConflict, message, item.File, item.Pending.Node));
                    break;
                }
            }

            claimants.Add(item);
        }
    }

    private static bool Distinguishable(SurfaceForm a, SurfaceForm b)
    {
        if (a.HasRule || b.HasRule)
        {
            return true;
        }

        if ((a.Kind == SurfaceFormKind.Metonym) != (b.Kind == SurfaceFormKind.Metonym))
        {
            SurfaceForm other = a.Kind == SurfaceFormKind.Metonym ? b : a;
            return other.Kind is SurfaceFormKind.Name or SurfaceFormKind.Alias;
        }

        return a.CaseSensitive && b.CaseSensitive && !string.Equals(a.Text, b.Text, StringComparison.Ordinal);
    }

    private static string Describe(SurfaceForm form) => form.Kind switch
    {
        SurfaceFormKind.Name => "the name",
        SurfaceFormKind.Alias => "an alias",
        SurfaceFormKind.Acronym => "an acronym",
        SurfaceFormKind.Demonym => "a demonym",
        SurfaceFormKind.Metonym => "a metonym",
        _ => "a short name",
    };
}
