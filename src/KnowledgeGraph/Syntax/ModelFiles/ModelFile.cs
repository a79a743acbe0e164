using System.Buffers.Binary;
using System.Text;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Syntax.ModelFiles;

/// <summary>
/// A read model file: one versioned container (<see cref="ModelFileFormat"/>) of named sections, each with its own
/// version and checksum. The Syntax stage keeps its tagger, lemmatiser, parser and labeller here; other components
/// (a named-entity recogniser) add sections of their own with <see cref="ModelFileWriter"/>. Reading checks the magic,
/// the container version and every checksum before any section is used.
/// </summary>
internal sealed class ModelFile
{
    private readonly Dictionary<string, ModelSection> sections;

    private ModelFile(string path, int version, List<ModelSection> list, ulong checksum)
    {
        Fingerprint = checksum.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        Path = path;
        FormatVersion = version;
        Sections = list;
        sections = list.ToDictionary(s => s.Name, StringComparer.Ordinal);
    }

    /// <summary>The file read (as given), named in every error.</summary>
    public string Path { get; }

    /// <summary>16 hex digits identifying the file's content (its section table checksum, which covers every section's checksum).</summary>
    public string Fingerprint { get; }

    /// <summary>The container format version of the file.</summary>
    public int FormatVersion { get; }

    /// <summary>Sections in file order.</summary>
    public IReadOnlyList<ModelSection> Sections { get; }

    /// <summary>
    /// Reads and verifies <paramref name="path"/>. Throws <see cref="KgException"/>: KG2101 when the file does not exist,
    /// KG2102 when it is not a model file, truncated or fails a checksum, KG2103 when its container version is newer
    /// than this build reads.
    /// </summary>
    public static ModelFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new KgException(ErrorCodes.ModelNotFound, "language model file not found (train one with `kg train`, or point --model at one)", path);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new KgException(ErrorCodes.ModelCorrupt, $"language model file unreadable: {e.Message}", path, inner: e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new KgException(ErrorCodes.ModelCorrupt, $"language model file unreadable: {e.Message}", path, inner: e);
        }

        return Parse(bytes, path);
    }

    /// <summary>Verifies and splits <paramref name="bytes"/> (the whole file); errors as <see cref="Read"/>, naming <paramref name="path"/>.</summary>
    public static ModelFile Parse(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ReadOnlySpan<byte> data = bytes;
        if (data.Length < 12 || !data[..8].SequenceEqual(ModelFileFormat.Magic))
        {
            throw Corrupt(path, "not a language model file (bad magic number)");
        }

        int version = BinaryPrimitives.ReadUInt16LittleEndian(data[8..]);
        if (version > ModelFileFormat.Version)
        {
            throw new KgException(ErrorCodes.ModelVersion, $"language model file has container format {version}; this build reads up to {ModelFileFormat.Version}", path);
        }

        int count = BinaryPrimitives.ReadUInt16LittleEndian(data[10..]);
        int at = 12;
        var list = new List<ModelSection>(count);
        var entries = new List<(string Name, int Version, long Offset, long Length, ulong Checksum)>(count);
        for (int i = 0; i < count; i++)
        {
            if (at + 1 > data.Length || at + 1 + data[at] + 28 > data.Length)
            {
                throw Corrupt(path, "truncated section table");
            }

            int nameLength = data[at];
            string name = Encoding.ASCII.GetString(data.Slice(at + 1, nameLength));
            at += 1 + nameLength;
            entries.Add((name, (int)BinaryPrimitives.ReadUInt32LittleEndian(data[at..]), (long)BinaryPrimitives.ReadUInt64LittleEndian(data[(at + 4)..]),
                (long)BinaryPrimitives.ReadUInt64LittleEndian(data[(at + 12)..]), BinaryPrimitives.ReadUInt64LittleEndian(data[(at + 20)..])));
            at += 28;
        }

        ulong tableChecksum = ModelFileFormat.Checksum(data[..Math.Min(at, data.Length)]);
        if (at + 8 > data.Length || BinaryPrimitives.ReadUInt64LittleEndian(data[at..]) != tableChecksum)
        {
            throw Corrupt(path, "section table checksum mismatch");
        }

        foreach ((string name, int sectionVersion, long offset, long length, ulong checksum) in entries)
        {
            if (offset < at + 8 || length < 0 || offset + length > data.Length)
            {
                throw Corrupt(path, $"section '{name}' lies outside the file (truncated?)");
            }

            var slice = new ReadOnlyMemory<byte>(bytes, (int)offset, (int)length);
            if (ModelFileFormat.Checksum(slice.Span) != checksum)
            {
                throw Corrupt(path, $"section '{name}' checksum mismatch (damaged file)");
            }

            list.Add(new ModelSection(name, sectionVersion, slice));
        }

        return new ModelFile(path, version, list, tableChecksum);
    }

    /// <summary>True when the file has a section named <paramref name="name"/>.</summary>
    public bool Has(string name) => sections.ContainsKey(name);

    /// <summary>The section named <paramref name="name"/>; KG2104 when the file lacks it.</summary>
    public ModelSection Section(string name) =>
        sections.TryGetValue(name, out ModelSection? section)
            ? section
            : throw new KgException(ErrorCodes.ModelSectionMissing, $"language model file has no '{name}' section (retrain it with `kg train`)", Path);

    /// <summary>The section named <paramref name="name"/> checked against the highest version its reader knows; KG2103 when newer.</summary>
    public ModelSection Section(string name, int maxVersion)
    {
        ModelSection section = Section(name);
        return section.Version <= maxVersion
            ? section
            : throw new KgException(ErrorCodes.ModelVersion, $"section '{name}' has format {section.Version}; this build reads up to {maxVersion}", Path);
    }

    private static KgException Corrupt(string path, string message) => new(ErrorCodes.ModelCorrupt, message, path);
}
