using KnowledgeGraph.Model;

namespace KnowledgeGraph.Text;

/// <summary>Computes the orthographic <see cref="TokenShape"/> flags of a token's text.</summary>
internal static class TokenShapes
{
    /// <summary>
    /// Capitalised, AllUpper, AllLower and HasDigit for <paramref name="span"/>, as documented on
    /// <see cref="TokenShape"/>. AllLower needs at least one letter; letters without case (CJK) clear both
    /// AllUpper and AllLower.
    /// </summary>
    public static TokenShape Of(ReadOnlySpan<char> span)
    {
        int upper = 0;
        int lower = 0;
        int uncased = 0;
        int digits = 0;
        foreach (char c in span)
        {
            switch (CharTable.Of(c))
            {
                case CharKind.Upper:
                    upper++;
                    break;
                case CharKind.Lower:
                    lower++;
                    break;
                case CharKind.Uncased:
                    uncased++;
                    break;
                case CharKind.Digit:
                    digits++;
                    break;
            }
        }

        TokenShape shape = TokenShape.None;
        if (span.Length > 0 && CharTable.Of(span[0]) == CharKind.Upper)
        {
            shape |= TokenShape.Capitalised;
        }

        if (upper >= 2 && lower == 0 && uncased == 0)
        {
            shape |= TokenShape.AllUpper;
        }

        if (lower >= 1 && upper == 0 && uncased == 0)
        {
            shape |= TokenShape.AllLower;
        }

        if (digits > 0)
        {
            shape |= TokenShape.HasDigit;
        }

        return shape;
    }
}
