namespace KnowledgeGraph.Build;

/// <summary>
/// A 64-bit FNV-1a hash over a sequence of values, the same in every process (unlike <see cref="HashCode"/>): it
/// tells whether a re-extraction changed an article's results without building their text.
/// </summary>
internal struct StableHash
{
    private const ulong Prime = 1099511628211;
    private ulong value = 14695981039346656037;

    public StableHash()
    {
    }

    public void Add(string? text)
    {
        if (text is null)
        {
            Add(-1L);
            return;
        }

        foreach (char c in text)
        {
            value = (value ^ c) * Prime;
        }

        Add((long)text.Length);
    }

    public void Add(long number)
    {
        for (int shift = 0; shift < 64; shift += 16)
        {
            value = (value ^ (ulong)((number >> shift) & 0xFFFF)) * Prime;
        }
    }

    public void Add(double number) => Add(BitConverter.DoubleToInt64Bits(number));

    public void Add(bool flag) => Add(flag ? 1L : 0L);

    /// <summary>The hash as 16 lower-case hex digits.</summary>
    public readonly string Hex() => value.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
