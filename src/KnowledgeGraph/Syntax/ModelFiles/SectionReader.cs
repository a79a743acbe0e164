using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Syntax.ModelFiles;

/// <summary>
/// Reads a section written by <see cref="SectionWriter"/>, little-endian, front to back. Reading past the end or a
/// negative length throws KG2102 naming the file and the section, so a damaged section is a coded error, never a crash.
/// </summary>
internal ref struct SectionReader
{
    private readonly ReadOnlySpan<byte> data;
    private readonly string file;
    private readonly string section;
    private int position;

    public SectionReader(ReadOnlySpan<byte> data, string file, string section)
    {
        this.data = data;
        this.file = file;
        this.section = section;
        position = 0;
    }

    /// <summary>True when every byte has been read.</summary>
    public readonly bool AtEnd => position == data.Length;

    public byte ReadByte() => Take(1)[0];

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    /// <summary>A non-negative count, at most <paramref name="max"/>; KG2102 otherwise.</summary>
    public int ReadCount(int max = int.MaxValue)
    {
        int count = ReadInt32();
        return count >= 0 && count <= max ? count : throw Corrupt($"bad count {count}");
    }

    /// <summary>A UTF-8 string written by <see cref="SectionWriter.Write(string)"/>.</summary>
    public string ReadString() => Encoding.UTF8.GetString(Take(ReadCount()));

    /// <summary>An array of unmanaged values written by <see cref="SectionWriter.WriteArray{T}"/>.</summary>
    public T[] ReadArray<T>()
        where T : unmanaged
    {
        int count = ReadCount();
        int size = Marshal.SizeOf<T>();
        if ((long)count * size > data.Length - position)
        {
            throw Corrupt("truncated array");
        }

        T[] values = MemoryMarshal.Cast<byte, T>(Take(count * size)).ToArray();
        return values;
    }

    /// <summary>Throws KG2102 unless every byte was read (a section longer than its reader expects is damaged).</summary>
    public readonly void ExpectEnd()
    {
        if (!AtEnd)
        {
            throw Corrupt($"{data.Length - position} unexpected trailing bytes");
        }
    }

    /// <summary>A KG2102 error naming the file and section, for readers that find an invalid value.</summary>
    public readonly KgException Corrupt(string message) => new(ErrorCodes.ModelCorrupt, $"section '{section}': {message}", file);

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > data.Length - position)
        {
            throw Corrupt("truncated");
        }

        ReadOnlySpan<byte> slice = data.Slice(position, count);
        position += count;
        return slice;
    }
}
