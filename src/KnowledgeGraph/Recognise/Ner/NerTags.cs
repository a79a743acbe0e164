using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise.Ner;

/// <summary>
/// The BILOU tag set of the learned recogniser over three types (Person, Organisation, Place): class 0 is O, then
/// B, I, L, U for each type in <see cref="Types"/> order. Also the transition rule that keeps decoded sequences well formed.
/// </summary>
internal static class NerTags
{
    /// <summary>Entity types the model predicts, in class order.</summary>
    public static readonly EntityType[] Types = [EntityType.Person, EntityType.Organisation, EntityType.Place];

    /// <summary>Short names used in CoNLL-U output and training data (PER, ORG, LOC).</summary>
    public static readonly string[] Codes = ["PER", "ORG", "LOC"];

    public const int Outside = 0;

    /// <summary>Number of classes: O plus four per type.</summary>
    public static int Count => 1 + (4 * Types.Length);

    public static int Of(char part, int type) => 1 + (type * 4) + part switch { 'B' => 0, 'I' => 1, 'L' => 2, _ => 3 };

    public static char Part(int tag) => tag == Outside ? 'O' : "BILU"[(tag - 1) % 4];

    public static int TypeOf(int tag) => tag == Outside ? -1 : (tag - 1) / 4;

    /// <summary>True when <paramref name="tag"/> may follow <paramref name="previous"/> (inside a span only I or L of the same type).</summary>
    public static bool Allowed(int previous, int tag)
    {
        bool open = Part(previous) is 'B' or 'I';
        bool continues = Part(tag) is 'I' or 'L';
        return open ? continues && TypeOf(tag) == TypeOf(previous) : !continues;
    }

    /// <summary>True when <paramref name="tag"/> may end a sentence.</summary>
    public static bool MayEnd(int tag) => Part(tag) is 'O' or 'L' or 'U';

    /// <summary>BILOU tags for spans given as (start, end, type) over <paramref name="length"/> tokens.</summary>
    public static byte[] Encode(int length, IEnumerable<(int Start, int End, int Type)> spans)
    {
        var tags = new byte[length];
        foreach ((int start, int end, int type) in spans)
        {
            if (end - start == 1)
            {
                tags[start] = (byte)Of('U', type);
                continue;
            }

            tags[start] = (byte)Of('B', type);
            for (int i = start + 1; i < end - 1; i++)
            {
                tags[i] = (byte)Of('I', type);
            }

            tags[end - 1] = (byte)Of('L', type);
        }

        return tags;
    }

    /// <summary>The spans (start, end, type) of a well-formed tag sequence.</summary>
    public static List<(int Start, int End, int Type)> Decode(ReadOnlySpan<byte> tags)
    {
        var spans = new List<(int, int, int)>();
        int start = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            switch (Part(tags[i]))
            {
                case 'U':
                    spans.Add((i, i + 1, TypeOf(tags[i])));
                    start = -1;
                    break;
                case 'B':
                    start = i;
                    break;
                case 'L' when start >= 0:
                    spans.Add((start, i + 1, TypeOf(tags[i])));
                    start = -1;
                    break;
                case 'O':
                    start = -1;
                    break;
            }
        }

        return spans;
    }
}
