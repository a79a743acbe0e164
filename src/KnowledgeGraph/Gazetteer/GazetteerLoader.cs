using System.Text;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Gazetteer;

/// <summary>
/// Loads every gazetteers/*.yaml with a top-level `entities:` (and cues.yaml's `cues:`, common-words.yaml's
/// `common_words:`, coreference.yaml's `coreference:`), validates the whole set
/// and builds a <see cref="Gazetteer"/>. Files with other top-level keys (predicates:, ingest:) belong to other
/// loaders but count in the fingerprint.
/// </summary>
internal static partial class GazetteerLoader
{
    /// <summary>Loads <paramref name="directory"/>; throws <see cref="GazetteerException"/> listing every error (file:line:column).</summary>
    public static Gazetteer Load(string directory)
    {
        var errors = new List<Diagnostic>();
        Gazetteer? gazetteer = TryLoad(directory, errors);
        if (errors.Count > 0 || gazetteer is null)
        {
            throw new GazetteerException(errors.Count > 0 ? errors : [new Diagnostic(Severity.Error, ErrorCodes.GazetteerNotFound, "no gazetteer", directory)]);
        }

        return gazetteer;
    }

    /// <summary>Loads and validates, adding every problem to <paramref name="errors"/>; returns null only when nothing could be read.</summary>
    public static Gazetteer? TryLoad(string directory, List<Diagnostic> errors)
    {
        if (!Directory.Exists(directory))
        {
            errors.Add(new Diagnostic(Severity.Error, ErrorCodes.GazetteerNotFound, "gazetteer folder not found", directory));
            return null;
        }

        string[] files = Directory.GetFiles(directory, "*.yaml");
        Array.Sort(files, StringComparer.Ordinal);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var idNodes = new Dictionary<string, string>(StringComparer.Ordinal);
        var forms = new List<(SurfaceForm Form, PendingForm Pending, string File)>();
        var references = new List<(string Id, YamlNode Node, string File)>();
        Cues cues = Cues.Empty;
        CoreferenceCues coreference = CoreferenceCues.Empty;
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        bool unreadable = false;
        HashSet<string> commonWords = new(StringComparer.Ordinal);
        var fingerprint = new StringBuilder();
        foreach (string path in files)
        {
            string file = Display(path);
            string text = File.ReadAllText(path);
            fingerprint.Append(Path.GetFileName(path)).Append('\0').Append(text).Append('\0');
            if (!GazetteerKey().IsMatch(text))
            {
                // predicates.yaml, ingest-cues.yaml: read (and their syntax reported) by their own loaders.
                continue;
            }

            YamlFile? doc = YamlFile.Load(file, text, ErrorCodes.GazetteerSyntax, errors);
            if (doc is null)
            {
                unreadable |= text.Length > 0;
                continue;
            }

            dropped.UnionWith(doc.DroppedIds);
            if (doc.Get("cues") is YamlMappingNode cueMap)
            {
                cues = CuesReader.Read(cueMap, file, errors);
            }

            if (doc.Get("coreference") is { } corefNode)
            {
                if (corefNode is YamlMappingNode corefMap)
                {
                    coreference = CoreferenceCuesReader.Read(corefMap, file, errors);
                }
                else
                {
                    errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, "`coreference` must be a mapping with pronouns and descriptions", file, corefNode));
                }
            }

            if (doc.Get("common_words") is YamlScalarNode words)
            {
                commonWords.UnionWith((words.Value ?? "").Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
            }

            if (doc.Get("entities") is { } list)
            {
                ReadEntities(list, file, entities, idNodes, forms, references, errors);
            }
        }

        // A reference to an entity lost to a syntax error is not a second error: fixing the first brings it back.
        foreach ((string id, YamlNode node, string file) in unreadable ? [] : references)
        {
            if (!entities.ContainsKey(id) && !dropped.Contains(id))
            {
                errors.Add(YamlFields.Error(ErrorCodes.GazetteerUnknownReference, $"`{id}` is not the id of any entity", file, node));
            }
        }

        List<SurfaceForm> all = forms.Select(f => f.Form).ToList();
        FormConflicts.Check(forms, errors);
        all.AddRange(DerivedForms(entities.Values, all));
        return new Gazetteer(entities, all, cues, ContentHash.Of(fingerprint.ToString())) { CommonWords = commonWords, Coreference = coreference };
    }

    private static void ReadEntities(
        YamlNode list, string file, Dictionary<string, Entity> entities, Dictionary<string, string> idNodes,
        List<(SurfaceForm, PendingForm, string)> forms, List<(string, YamlNode, string)> references, List<Diagnostic> errors)
    {
        if (list is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return;
        }

        if (list is not YamlSequenceNode seq)
        {
            errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, "`entities` must be a list", file, list));
            return;
        }

        foreach (YamlNode item in seq.Children)
        {
            if (item is not YamlMappingNode map)
            {
                errors.Add(YamlFields.Error(ErrorCodes.GazetteerBadValue, "each entity must be a mapping with id, name and type", file, item));
                continue;
            }

            var reader = new EntityReader(file, errors);
            Entity? entity = reader.Read(map, out List<PendingForm> pending);
            if (entity is null)
            {
                continue;
            }

            string where = $"{file}:{YamlFields.Line(map)}";
            if (!idNodes.TryAdd(entity.Id, where))
            {
                errors.Add(YamlFields.Error(ErrorCodes.GazetteerDuplicateId, $"duplicate id `{entity.Id}` (first defined at {idNodes[entity.Id]})", file, YamlFields.Get(map, "id")!));
                continue;
            }

            entities.Add(entity.Id, entity);
            references.AddRange(reader.References.Select(r => (r.Id, r.Node, file)));
            foreach (PendingForm p in pending.Where(p => !string.IsNullOrWhiteSpace(p.Text)))
            {
                var form = new SurfaceForm(p.Text.Trim(), entity, p.Kind, p.CaseSensitive, p.When, $"{file}:{YamlFields.Line(p.Node)}");
                forms.Add((form, p, file));
            }
        }
    }

    /// <summary>
    /// Forms implied by the data: a person's last name when no `short:` is given (only in articles naming the
    /// person in full), and plurals of demonyms
    /// ("Afghans", "Pakistanis"). Derived forms never conflict: the resolver decides between claimants.
    /// </summary>
    private static IEnumerable<SurfaceForm> DerivedForms(IEnumerable<Entity> entities, List<SurfaceForm> explicitForms)
    {
        var taken = new HashSet<string>(explicitForms.Where(f => f.Kind is not (SurfaceFormKind.Short or SurfaceFormKind.ShortAlone)).Select(f => FormKey.Of(f.Text)), StringComparer.Ordinal);
        foreach (Entity entity in entities)
        {
            if (entity.Type == EntityType.Person && entity.DeriveShortName)
            {
                string last = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
                if (last.Length > 2 && last != entity.Name && char.IsUpper(last[0]))
                {
                    // A derived last name applies only where the article names the person in full (when: itself):
                    // "Alexander" alone is not Keith Alexander. Listed `short:` forms may also resolve by the gazetteer.
                    yield return new SurfaceForm(last, entity, SurfaceFormKind.Short, true, [entity.Id], entity.DefinedAt ?? "");
                }
            }

            foreach (string demonym in entity.Demonyms)
            {
                string plural = demonym + "s";
                if (!demonym.Contains(' ', StringComparison.Ordinal) && !demonym.EndsWith("ese", StringComparison.Ordinal)
                    && demonym[^1] is not ('s' or 'h' or 'x' or 'z' or 'o') && taken.Add(FormKey.Of(plural)))
                {
                    yield return new SurfaceForm(plural, entity, SurfaceFormKind.Demonym, false, [], entity.DefinedAt ?? "");
                }
            }
        }
    }

    /// <summary>A top-level `entities:`, `cues:`, `common_words:` or `coreference:` key: the mark of a file this loader reads.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(entities|cues|common_words|coreference)\s*:", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex GazetteerKey();

    /// <summary>Paths are shown as the folder was given (relative stays relative).</summary>
    private static string Display(string path) => path;
}
