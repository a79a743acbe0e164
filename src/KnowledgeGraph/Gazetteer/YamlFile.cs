using KnowledgeGraph.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Gazetteer;

/// <summary>A YAML file parsed into YamlDotNet's node model, which keeps the line and column of every node.</summary>
internal sealed class YamlFile
{
    private YamlFile(string file, YamlMappingNode root)
    {
        File = file;
        Root = root;
    }

    public string File { get; }
    public YamlMappingNode Root { get; }

    /// <summary>Parses <paramref name="file"/>; a syntax error or a non-mapping root is reported with file:line:column and yields null.</summary>
    public static YamlFile? Load(string file, string text, string errorCode, List<Diagnostic> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            errors.Add(new Diagnostic(Severity.Error, errorCode, Clean(e.Message), file, (int)e.Start.Line, (int)e.Start.Column));
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

        return new YamlFile(file, root);
    }

    /// <summary>The value of a top-level key, or null.</summary>
    public YamlNode? Get(string key) => YamlFields.Get(Root, key);

    private static string Clean(string message)
    {
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }
}
