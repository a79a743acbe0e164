using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace KnowledgeGraph.Syntax.ModelFiles;

/// <summary>Writes a section's bytes, little-endian, for <see cref="SectionReader"/> to read back in the same order.</summary>
internal sealed class SectionWriter
{
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 16);

    public void Write(byte value) => buffer.Write([value]);

    public void Write(int value) => BinaryPrimitives.WriteInt32LittleEndian(Advance(4), value);

    public void Write(long value) => BinaryPrimitives.WriteInt64LittleEndian(Advance(8), value);

    public void Write(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Advance(8), value);

    public void Write(float value) => BinaryPrimitives.WriteSingleLittleEndian(Advance(4), value);

    /// <summary>Length-prefixed UTF-8.</summary>
    public void Write(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        Write(bytes.Length);
        buffer.Write(bytes);
    }

    /// <summary>Count-prefixed raw values (little-endian machines only, as every .NET target here is).</summary>
    public void WriteArray<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        Write(values.Length);
        buffer.Write(MemoryMarshal.AsBytes(values));
    }

    /// <summary>The bytes written so far.</summary>
    public byte[] ToArray() => buffer.WrittenSpan.ToArray();

    private Span<byte> Advance(int count)
    {
        Span<byte> span = buffer.GetSpan(count)[..count];
        buffer.Advance(count);
        return span;
    }
}
