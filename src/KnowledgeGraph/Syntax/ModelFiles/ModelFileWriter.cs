using System.Buffers.Binary;
using System.Text;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Syntax.ModelFiles;

/// <summary>
/// Assembles a <see cref="ModelFile"/>: add or replace named sections, then write the file in one go (to a temporary
/// file moved into place, so a failed write never leaves half a model). Output is a pure function of the sections
/// added, in order: the same sections give the same bytes.
/// </summary>
internal sealed class ModelFileWriter
{
    private readonly List<(string Name, int Version, byte[] Data)> sections = [];

    /// <summary>A writer holding every section of <paramref name="file"/>, to add or replace some (a NER section beside the syntax ones).</summary>
    public static ModelFileWriter From(ModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var writer = new ModelFileWriter();
        foreach (ModelSection section in file.Sections)
        {
            writer.Set(section.Name, section.Version, section.Data.ToArray());
        }

        return writer;
    }

    /// <summary>Adds section <paramref name="name"/>, or replaces it in place when present.</summary>
    public ModelFileWriter Set(string name, int version, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!ModelFileFormat.IsValidName(name))
        {
            throw new ArgumentException($"invalid section name '{name}' (1-64 of a-z 0-9 . - _)", nameof(name));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(version);
        int index = sections.FindIndex(s => s.Name == name);
        if (index >= 0)
        {
            sections[index] = (name, version, data);
        }
        else
        {
            sections.Add((name, version, data));
        }

        return this;
    }

    /// <summary>Removes section <paramref name="name"/> if present.</summary>
    public bool Remove(string name) => sections.RemoveAll(s => s.Name == name) > 0;

    /// <summary>The whole file as bytes.</summary>
    public byte[] ToBytes()
    {
        int header = 12 + sections.Sum(s => 1 + s.Name.Length + 28) + 8;
        long offset = Align(header);
        var offsets = new long[sections.Count];
        for (int i = 0; i < sections.Count; i++)
        {
            offsets[i] = offset;
            offset = Align(offset + sections[i].Data.Length);
        }

        var bytes = new byte[offset];
        Span<byte> span = bytes;
        ModelFileFormat.Magic.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], ModelFileFormat.Version);
        BinaryPrimitives.WriteUInt16LittleEndian(span[10..], checked((ushort)sections.Count));
        int at = 12;
        for (int i = 0; i < sections.Count; i++)
        {
            (string name, int version, byte[] data) = sections[i];
            span[at++] = (byte)name.Length;
            at += Encoding.ASCII.GetBytes(name, span[at..]);
            BinaryPrimitives.WriteUInt32LittleEndian(span[at..], (uint)version);
            BinaryPrimitives.WriteUInt64LittleEndian(span[(at + 4)..], (ulong)offsets[i]);
            BinaryPrimitives.WriteUInt64LittleEndian(span[(at + 12)..], (ulong)data.Length);
            BinaryPrimitives.WriteUInt64LittleEndian(span[(at + 20)..], ModelFileFormat.Checksum(data));
            at += 28;
            data.CopyTo(span[(int)offsets[i]..]);
        }

        BinaryPrimitives.WriteUInt64LittleEndian(span[at..], ModelFileFormat.Checksum(span[..at]));
        return bytes;
    }

    /// <summary>Writes the file to <paramref name="path"/> atomically; KG2105 when it cannot be written.</summary>
    public void Write(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string temporary = path + ".tmp";
        try
        {
            string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllBytes(temporary, ToBytes());
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KgException(ErrorCodes.ModelWriteFailed, $"cannot write the model file: {e.Message}", path, inner: e);
        }
    }

    private static long Align(long offset) => (offset + 7) & ~7L;
}
