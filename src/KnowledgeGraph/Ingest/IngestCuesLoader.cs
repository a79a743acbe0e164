using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Reads a cue file (gazetteers/ingest-cues.yaml): a top-level <c>ingest:</c> key holding snake_case lists that
/// mirror <see cref="IngestCues"/>. A list left out keeps its default. Errors throw KG9001 with file:line:column.
/// </summary>
internal static class IngestCuesLoader
{
    /// <summary>File name of the cue file inside the gazetteer folder.</summary>
    public const string FileName = "ingest-cues.yaml";

    /// <summary>Loads <see cref="FileName"/> from <paramref name="gazetteerDirectory"/>, or returns the defaults when it is absent.</summary>
    public static IngestCues LoadOrDefault(string gazetteerDirectory)
    {
        string path = Path.Combine(gazetteerDirectory, FileName);
        return File.Exists(path) ? Load(path) : IngestCues.Default;
    }

    public static IngestCues Load(string path)
    {
        string text = File.ReadAllText(path);
        IDeserializer deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        IngestCueFile? file;
        try
        {
            file = YamlText.Deserialize<IngestCueFile>(deserializer, text);
        }
        catch (YamlException e)
        {
            Mark at = YamlText.Where(e);
            throw new KgException(ErrorCodes.ConfigInvalid, YamlText.Describe(e), path, (int)at.Line, (int)at.Column, e);
        }

        IngestCueSection section = file?.Ingest ?? throw new KgException(ErrorCodes.ConfigInvalid, "Cue file has no top-level 'ingest:' key.", path, 1);
        IngestCues defaults = IngestCues.Default;
        return new IngestCues
        {
            IntroWords = section.IntroWords ?? defaults.IntroWords,
            IntroStarts = section.IntroStarts ?? defaults.IntroStarts,
            CaptionCredits = section.CaptionCredits ?? defaults.CaptionCredits,
            BylineStarts = section.BylineStarts ?? defaults.BylineStarts,
            BylineRoles = section.BylineRoles ?? defaults.BylineRoles,
            BoilerplateStarts = section.BoilerplateStarts ?? defaults.BoilerplateStarts,
            ContributorHeadings = section.ContributorHeadings ?? defaults.ContributorHeadings,
            NoteHeadings = section.NoteHeadings ?? defaults.NoteHeadings,
            Outlets = section.Outlets ?? defaults.Outlets,
            MaxTitleLength = section.MaxTitleLength ?? defaults.MaxTitleLength,
        };
    }
}
