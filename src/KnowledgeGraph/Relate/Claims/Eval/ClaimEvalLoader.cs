using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// Reads a claim evaluation set (tests/eval/claims-seeds.yaml, claims-voa.yaml) and checks it: every claim names entities of the table and a predicate of the
/// lexicon, in the form "subject PREDICATE object [| negated] [| hedged]". Problems throw KG5101 naming the sentence.
/// </summary>
internal static class ClaimEvalLoader
{
    public static ClaimEvalSet Load(string path, PredicateLexicon lexicon)
    {
        if (!File.Exists(path))
        {
            throw new KgException(ErrorCodes.FileNotFound, "claim evaluation data not found", path);
        }

        ClaimEvalFile file;
        try
        {
            file = YamlText.Deserialize<ClaimEvalFile>(
                new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build(), File.ReadAllText(path)) ?? new ClaimEvalFile();
        }
        catch (YamlException ex)
        {
            Mark at = YamlText.Where(ex);
            throw new KgException(ErrorCodes.ClaimEvalInvalid, YamlText.Describe(ex), path, (int)at.Line, (int)at.Column);
        }

        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var surfaces = new List<SurfaceForm>();
        foreach (ClaimEvalFileEntity row in file.Entities)
        {
            if (!Enum.TryParse(row.Type, out EntityType type) || row.Id.Length == 0 || !entities.TryAdd(row.Id, new Entity { Id = row.Id, Name = row.Name, Type = type }))
            {
                throw new KgException(ErrorCodes.ClaimEvalInvalid, $"entity `{row.Id}`: needs a unique id, a name and a known type (got `{row.Type}`)", path);
            }

            Entity entity = entities[row.Id];
            surfaces.Add(new SurfaceForm(row.Name, entity, MentionKind.Name));
            surfaces.AddRange(row.Aliases.Select(a => new SurfaceForm(a, entity, MentionKind.Name)));
            surfaces.AddRange(row.Acronyms.Select(a => new SurfaceForm(a, entity, MentionKind.Acronym)));
            surfaces.AddRange(row.Demonyms.Select(a => new SurfaceForm(a, entity, MentionKind.Demonym)));
            surfaces.AddRange(row.Metonyms.Select(a => new SurfaceForm(a, entity, MentionKind.Metonym)));
            surfaces.AddRange(row.Partials.Select(a => new SurfaceForm(a, entity, MentionKind.Partial)));
        }

        var sentences = new List<ClaimEvalSentence>(file.Sentences.Count);
        foreach (ClaimEvalFileSentence row in file.Sentences)
        {
            string where = $"{path}: sentence {row.File}:{row.Line}";
            if (row.Text.Length == 0 || row.File.Length == 0 || row.Line <= 0)
            {
                throw new KgException(ErrorCodes.ClaimEvalInvalid, $"{where}: needs file, line and text", path);
            }

            if (row.Split is not (null or "dev" or "test"))
            {
                throw new KgException(ErrorCodes.ClaimEvalInvalid, $"{where}: split `{row.Split}` must be dev or test", path);
            }

            var claims = row.Claims.Select(c => ParseClaim(c, where, entities, lexicon, path)).ToList();
            var overrides = new List<SurfaceForm>();
            foreach (var (surface, id) in row.Mentions)
            {
                if (!entities.TryGetValue(id, out Entity? entity))
                {
                    throw new KgException(ErrorCodes.ClaimEvalInvalid, $"{where}: mention `{surface}` names `{id}`, which is not in the entity table", path);
                }

                overrides.Add(new SurfaceForm(surface, entity, MentionKind.Metonym));
            }

            sentences.Add(new ClaimEvalSentence(row.File, row.Line, row.Text, row.Date, claims) { Overrides = overrides, Split = row.Split });
        }

        return new ClaimEvalSet(surfaces, sentences);
    }

    private static ExpectedClaim ParseClaim(string text, string where, Dictionary<string, Entity> entities, PredicateLexicon lexicon, string path)
    {
        string[] parts = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string[] triple = parts.Length > 0 ? parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (triple.Length != 3 || lexicon.Find(triple[1]) is null || !entities.ContainsKey(triple[0]) || !entities.ContainsKey(triple[2]))
        {
            throw new KgException(ErrorCodes.ClaimEvalInvalid, $"{where}: claim `{text}` must be \"subject PREDICATE object\" with ids of the entity table and a predicate of the lexicon", path);
        }

        bool negated = false;
        bool hedged = false;
        foreach (string flag in parts.Skip(1))
        {
            negated |= flag == "negated";
            hedged |= flag == "hedged";
            if (flag is not ("negated" or "hedged"))
            {
                throw new KgException(ErrorCodes.ClaimEvalInvalid, $"{where}: unknown flag `{flag}` in `{text}`; use negated or hedged", path);
            }
        }

        return new ExpectedClaim(triple[0], triple[1], triple[2], negated, hedged);
    }
}
