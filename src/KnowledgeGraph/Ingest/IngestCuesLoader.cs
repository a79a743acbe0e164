using KnowledgeGraph.Diagnostics;
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
    public static IngestCues Load(string path)
    {
        string text = File.ReadAllText(path);
        IDeserializer deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        IngestCueFile? file;
        try
        {
            file = deserializer.Deserialize<IngestCueFile>(text);
        }
        catch (YamlException e)
        {
            throw new KgException(ErrorCodes.ConfigInvalid, e.InnerException?.Message ?? e.Message, path, (int)e.Start.Line, (int)e.Start.Column, e);
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
