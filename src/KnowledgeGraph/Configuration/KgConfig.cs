using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Store;
using KnowledgeGraph.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeGraph.Configuration;

/// <summary>
/// Settings from the optional <c>kg.yaml</c> in the working directory: the store path and the gazetteer folder.
/// Command-line flags win over the file; the file wins over the defaults. Loaded and validated once.
/// <code>
/// store: graph/kg.db        # default
/// gazetteers: gazetteers    # default
/// </code>
/// </summary>
internal sealed class KgConfig
{
    /// <summary>The config file's name, looked up in the working directory.</summary>
    public const string FileName = "kg.yaml";

    /// <summary>Path of the SQLite store. Default: graph/kg.db.</summary>
    [YamlMember(Alias = "store")]
    public string Store { get; set; } = GraphStore.DefaultPath;

    /// <summary>Folder of the gazetteer YAML files. Default: gazetteers.</summary>
    [YamlMember(Alias = "gazetteers")]
    public string Gazetteers { get; set; } = "gazetteers";

    /// <summary>Reads <paramref name="path"/> (default: kg.yaml in the working directory); defaults when the file is absent. Throws KG9001 with file:line:column on a bad file.</summary>
    public static KgConfig Load(string path = FileName)
    {
        if (!File.Exists(path))
        {
            return new KgConfig();
        }

        KgConfig? config;
        try
        {
            config = YamlText.Deserialize<KgConfig?>(
                new DeserializerBuilder().WithNamingConvention(NullNamingConvention.Instance).Build(), File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            Mark at = YamlText.Where(e);
            throw new KgException(ErrorCodes.ConfigInvalid, $"{YamlText.Describe(e)} (known keys: store, gazetteers)", path, (int)at.Line, (int)at.Column, e);
        }

        config ??= new KgConfig();
        config.Validate(path);
        return config;
    }

    private void Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Store))
        {
            throw new KgException(ErrorCodes.ConfigInvalid, "'store' must be a file path such as graph/kg.db", path);
        }

        if (string.IsNullOrWhiteSpace(Gazetteers))
        {
            throw new KgException(ErrorCodes.ConfigInvalid, "'gazetteers' must be a folder such as gazetteers", path);
        }
    }
}
