using System.Globalization;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Gazetteer;

/// <summary>Reads one entity mapping of a gazetteer file into an <see cref="Entity"/> and its surface forms.</summary>
internal sealed class EntityReader
{
    private static readonly HashSet<string> Keys =
    [
        "id", "name", "type", "subtype", "aliases", "acronyms", "demonyms", "capital", "metonyms", "short", "alone", "roles", "links", "notes", "when",
    ];

    private static readonly HashSet<string> AliasKeys = ["text", "when", "case_sensitive"];
    private static readonly HashSet<string> RoleKeys = ["title", "of", "from", "to"];
    private static readonly HashSet<string> LinkKeys = ["rel", "to"];

    private readonly string file;
    private readonly List<Diagnostic> errors;

    public EntityReader(string file, List<Diagnostic> errors)
    {
        this.file = file;
        this.errors = errors;
    }

    /// <summary>Ids this entity refers to, with the node to blame when one does not exist.</summary>
    public List<(string Id, YamlNode Node)> References { get; } = [];

    public Entity? Read(YamlMappingNode map, out List<PendingForm> forms)
    {
        forms = [];
        YamlFields.RejectUnknownKeys(map, Keys, "an entity", file, ErrorCodes.GazetteerUnknownField, errors);
        string? id = YamlFields.Scalar(map, "id", file, ErrorCodes.GazetteerBadValue, errors);
        string? name = YamlFields.Scalar(map, "name", file, ErrorCodes.GazetteerBadValue, errors);
        string? type = YamlFields.Scalar(map, "type", file, ErrorCodes.GazetteerBadValue, errors);
        if (!ValidId(id, map) | !Required(name, "name", map, ErrorCodes.GazetteerEmptyName) | !ValidType(type, map, out EntityType entityType))
        {
            return null;
        }

        forms.Add(new PendingForm(name!, SurfaceFormKind.Name, false, [], YamlFields.Get(map, "name")!));
        foreach ((string text, YamlNode node) in YamlFields.Scalars(map, "acronyms", file, ErrorCodes.GazetteerBadValue, errors))
        {
            forms.Add(new PendingForm(text, SurfaceFormKind.Acronym, true, [], node));
        }

        AddPlain(map, "demonyms", SurfaceFormKind.Demonym, forms);
        AddPlain(map, "metonyms", SurfaceFormKind.Metonym, forms);
        List<string> shorts = AddPlain(map, "short", SurfaceFormKind.Short, forms, caseSensitive: true);
        shorts.AddRange(AddPlain(map, "alone", SurfaceFormKind.ShortAlone, forms, caseSensitive: true));
        List<Alias> aliases = ReadAliases(map, forms);
        string? capital = YamlFields.Scalar(map, "capital", file, ErrorCodes.GazetteerBadValue, errors);
        if (capital is not null)
        {
            References.Add((capital, YamlFields.Get(map, "capital")!));
        }

        ApplyEntityWhen(map, forms);
        foreach (PendingForm form in forms)
        {
            if (string.IsNullOrWhiteSpace(form.Text))
            {
                errors.Add(YamlFields.Error(ErrorCodes.GazetteerEmptyName, $"empty {form.Kind.ToString().ToLowerInvariant()} in entity `{id}`", file, form.Node));
            }
        }

        return new Entity
        {
            Id = id!,
            Name = name!.Trim(),
            Type = entityType,
            Subtype = YamlFields.Scalar(map, "subtype", file, ErrorCodes.GazetteerBadValue, errors),
            Aliases = aliases,
            Acronyms = forms.Where(f => f.Kind == SurfaceFormKind.Acronym).Select(f => f.Text).ToList(),
            Demonyms = forms.Where(f => f.Kind == SurfaceFormKind.Demonym).Select(f => f.Text).ToList(),
            Metonyms = forms.Where(f => f.Kind == SurfaceFormKind.Metonym).Select(f => f.Text).ToList(),
            ShortNames = shorts,
            DeriveShortName = YamlFields.Get(map, "short") is null && YamlFields.Get(map, "alone") is null,
            Capital = capital,
            Roles = ReadRoles(map),
            Links = ReadLinks(map),
            Notes = YamlFields.Scalar(map, "notes", file, ErrorCodes.GazetteerBadValue, errors),
            DefinedAt = $"{file}:{YamlFields.Line(map)}",
        };
    }

    /// <summary>
    /// An entity-level `when:` (imported places: "only in articles that mention Afghanistan") applies to the name and
    /// every alias that has no rule of its own.
    /// </summary>
    private void ApplyEntityWhen(YamlMappingNode map, List<PendingForm> forms)
    {
        var when = YamlFields.Scalars(map, "when", file, ErrorCodes.GazetteerBadValue, errors);
        if (when.Count == 0)
        {
            return;
        }

        References.AddRange(when);
        List<string> ids = when.Select(w => w.Text).ToList();
        for (int i = 0; i < forms.Count; i++)
        {
            if (forms[i].Kind is SurfaceFormKind.Name or SurfaceFormKind.Alias && forms[i].When.Count == 0)
            {
                forms[i] = forms[i] with { When = ids };
            }
        }
    }

    private bool ValidId(string? id, YamlMappingNode map)
    {
        if (!Required(id, "id", map, ErrorCodes.GazetteerBadValue))
        {
            return false;
        }

        foreach (char c in id!)
        {
            if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, $"id `{id}` must be a lower-case slug of a-z, 0-9 and '-'", file, YamlFields.Get(map, "id")!));
                return false;
            }
        }

        return true;
    }

    private bool Required(string? value, string key, YamlMappingNode map, string code)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        errors.Add(YamlFields.Error(code, $"entity has an empty or missing `{key}`", file, YamlFields.Get(map, key) ?? map));
        return false;
    }

    private bool ValidType(string? type, YamlMappingNode map, out EntityType entityType)
    {
        entityType = default;
        if (!Required(type, "type", map, ErrorCodes.GazetteerUnknownType))
        {
            return false;
        }

        if (Enum.TryParse(type, ignoreCase: false, out entityType) && Enum.IsDefined(entityType) && !int.TryParse(type, out _))
        {
            return true;
        }

        errors.Add(YamlFields.Error(ErrorCodes.GazetteerUnknownType, $"unknown type `{type}`; use one of {string.Join(", ", Enum.GetNames<EntityType>())}", file, YamlFields.Get(map, "type")!));
        return false;
    }

    private List<string> AddPlain(YamlMappingNode map, string key, SurfaceFormKind kind, List<PendingForm> forms, bool caseSensitive = false)
    {
        var texts = new List<string>();
        foreach ((string text, YamlNode node) in YamlFields.Scalars(map, key, file, ErrorCodes.GazetteerBadValue, errors))
        {
            forms.Add(new PendingForm(text, kind, caseSensitive, [], node));
            texts.Add(text);
        }

        return texts;
    }

    private List<Alias> ReadAliases(YamlMappingNode map, List<PendingForm> forms)
    {
        var aliases = new List<Alias>();
        if (YamlFields.Get(map, "aliases") is not YamlSequenceNode seq)
        {
            foreach ((string text, YamlNode node) in YamlFields.Scalars(map, "aliases", file, ErrorCodes.GazetteerBadValue, errors))
            {
                aliases.Add(Alias.Plain(text));
                forms.Add(new PendingForm(text, SurfaceFormKind.Alias, false, [], node));
            }

            return aliases;
        }

        foreach (YamlNode item in seq.Children)
        {
            if (item is YamlScalarNode scalar)
            {
                aliases.Add(Alias.Plain(scalar.Value ?? ""));
                forms.Add(new PendingForm(scalar.Value ?? "", SurfaceFormKind.Alias, false, [], scalar));
                continue;
            }

            if (item is not YamlMappingNode aliasMap)
            {
                errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, "an alias is a string or a mapping {text, when, case_sensitive}", file, item));
                continue;
            }

            YamlFields.RejectUnknownKeys(aliasMap, AliasKeys, "an alias", file, ErrorCodes.GazetteerUnknownField, errors);
            string text = YamlFields.Scalar(aliasMap, "text", file, ErrorCodes.GazetteerBadValue, errors) ?? "";
            string? sensitive = YamlFields.Scalar(aliasMap, "case_sensitive", file, ErrorCodes.GazetteerBadValue, errors);
            var when = YamlFields.Scalars(aliasMap, "when", file, ErrorCodes.GazetteerBadValue, errors);
            References.AddRange(when);
            var alias = new Alias(text, string.Equals(sensitive, "true", StringComparison.OrdinalIgnoreCase), when.Select(w => w.Text).ToList());
            aliases.Add(alias);
            forms.Add(new PendingForm(text, SurfaceFormKind.Alias, alias.CaseSensitive, alias.When, aliasMap));
        }

        return aliases;
    }

    private List<PersonRole> ReadRoles(YamlMappingNode map)
    {
        var roles = new List<PersonRole>();
        foreach (YamlMappingNode role in Mappings(map, "roles"))
        {
            YamlFields.RejectUnknownKeys(role, RoleKeys, "a role", file, ErrorCodes.GazetteerUnknownField, errors);
            string? title = YamlFields.Scalar(role, "title", file, ErrorCodes.GazetteerBadValue, errors);
            string? of = YamlFields.Scalar(role, "of", file, ErrorCodes.GazetteerBadValue, errors);
            if (string.IsNullOrWhiteSpace(title))
            {
                errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, "a role needs a `title`", file, role));
                continue;
            }

            if (of is not null)
            {
                References.Add((of, YamlFields.Get(role, "of")!));
            }

            roles.Add(new PersonRole(title, of, Date(role, "from"), Date(role, "to")));
        }

        return roles;
    }

    private List<EntityLink> ReadLinks(YamlMappingNode map)
    {
        var links = new List<EntityLink>();
        foreach (YamlMappingNode link in Mappings(map, "links"))
        {
            YamlFields.RejectUnknownKeys(link, LinkKeys, "a link", file, ErrorCodes.GazetteerUnknownField, errors);
            string? rel = YamlFields.Scalar(link, "rel", file, ErrorCodes.GazetteerBadValue, errors);
            string? to = YamlFields.Scalar(link, "to", file, ErrorCodes.GazetteerBadValue, errors);
            if (string.IsNullOrWhiteSpace(rel) || string.IsNullOrWhiteSpace(to))
            {
                errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, "a link needs `rel` and `to`", file, link));
                continue;
            }

            References.Add((to, YamlFields.Get(link, "to")!));
            links.Add(new EntityLink(rel, to));
        }

        return links;
    }

    private IEnumerable<YamlMappingNode> Mappings(YamlMappingNode map, string key)
    {
        YamlNode? node = YamlFields.Get(map, key);
        if (node is null || node is YamlScalarNode s && YamlFields.IsNull(s))
        {
            yield break;
        }

        if (node is not YamlSequenceNode seq)
        {
            errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, $"`{key}` must be a list of mappings", file, node));
            yield break;
        }

        foreach (YamlNode item in seq.Children)
        {
            if (item is YamlMappingNode m)
            {
                yield return m;
            }
            else
            {
                errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, $"items of `{key}` must be mappings", file, item));
            }
        }
    }

    private string? Date(YamlMappingNode map, string key)
    {
        string? value = YamlFields.Scalar(map, key, file, ErrorCodes.GazetteerBadValue, errors);
        if (value is null)
        {
            return null;
        }

        string[] formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];
        if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return value;
        }

        errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, $"`{key}: {value}` is not a date (yyyy, yyyy-MM or yyyy-MM-dd)", file, YamlFields.Get(map, key)!));
        return null;
    }
}
