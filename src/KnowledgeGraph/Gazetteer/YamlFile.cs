using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Gazetteer;

/// <summary>A YAML file parsed into YamlDotNet's node model, which keeps the line and column of every node.</summary>
internal sealed class YamlFile
{
    private YamlFile(string file, YamlMappingNode root, IReadOnlyList<string> droppedIds)
    {
        File = file;
        Root = root;
        DroppedIds = droppedIds;
    }

    public string File { get; }
    public YamlMappingNode Root { get; }

    /// <summary>Ids of the list items left out because of a syntax error inside them (see <see cref="YamlItemRecovery"/>).</summary>
    public IReadOnlyList<string> DroppedIds { get; }

    /// <summary>
    /// Parses <paramref name="file"/>. Every syntax error is reported with file:line:column; the list item holding it is
    /// left out and the rest of the file is read (null only when nothing could be read). A non-mapping root is reported.
    /// </summary>
    public static YamlFile? Load(string file, string text, string errorCode, List<Diagnostic> errors)
    {
        YamlRead read = YamlItemRecovery.Read(text);
        foreach (YamlException e in read.Errors)
        {
            Mark at = YamlText.Where(e);
            errors.Add(new Diagnostic(Severity.Error, errorCode, YamlText.Describe(e), file, (int)at.Line, (int)at.Column));
        }

        if (read.Stream is not { } stream)
        {
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            YamlNode node = stream.Documents[0].RootNode;
            errors.Add(new Diagnostic(Severity.Error, errorCode, "the file must be a mapping with a top-level key such as `entities:`", file, (int)node.Start.Line, (int)node.Start.Column));
            return null;
        }

        return new YamlFile(file, root, read.DroppedIds);
    }

    /// <summary>The value of a top-level key, or null.</summary>
    public YamlNode? Get(string key) => YamlFields.Get(Root, key);
}
