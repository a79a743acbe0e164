using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Syntax.Tagging;

/// <summary>The XPOS tags a model predicts, in class order (at most 64, so a word's tag set fits one 64-bit mask).</summary>
internal sealed class TagSet
{
    /// <summary>Most tags a model may have.</summary>
    public const int Max = 64;

    private readonly string[] names;
    private readonly Dictionary<string, byte> index;

    public TagSet(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(names.Count, Max);
        this.names = [.. names.Select(string.Intern)];
        index = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (int i = 0; i < this.names.Length; i++)
        {
            index[this.names[i]] = (byte)i;
        }
    }

    public int Count => names.Length;

    /// <summary>The tag's name ("NNP").</summary>
    public string Name(byte tag) => tag < names.Length ? names[tag] : "_";

    /// <summary>The class of tag <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => index.TryGetValue(name, out byte tag) ? tag : -1;

    public void Write(SectionWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(names.Length);
        foreach (string name in names)
        {
            writer.Write(name);
        }
    }

    public static TagSet Read(ref SectionReader reader)
    {
        int count = reader.ReadCount(Max);
        var names = new string[count];
        for (int i = 0; i < count; i++)
        {
            names[i] = reader.ReadString();
        }

        return new TagSet(names);
    }
}
