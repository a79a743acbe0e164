using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Text;

/// <summary>A 64K lookup table from a UTF-16 code unit to its <see cref="CharKind"/> (of the folded character).</summary>
internal static class CharTable
{
    private static readonly CharKind[] Kinds = Build();

    /// <summary>The kind of <paramref name="c"/>; raw and folded characters give the same answer.</summary>
    /// <remarks>The table has an entry for every char value, so the bounds check is skipped on this hot path.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharKind Of(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Kinds), c);

    /// <summary>Letters of any case, combining marks included.</summary>
    public static bool IsLetter(CharKind kind) => kind is CharKind.Upper or CharKind.Lower or CharKind.Uncased or CharKind.Mark;

    /// <summary>Letters, marks and digits.</summary>
    public static bool IsAlphanumeric(CharKind kind) => IsLetter(kind) || kind == CharKind.Digit;

    private static CharKind[] Build()
    {
        var kinds = new CharKind[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            kinds[i] = Classify(CharFold.Fold((char)i));
        }

        return kinds;
    }

    private static CharKind Classify(char c)
    {
        if (CharFold.IsIgnorable(c))
        {
            return CharKind.Ignorable;
        }

        switch (c)
        {
            case '\'':
                return CharKind.Apostrophe;
            case '"':
                return CharKind.Quote;
            case '-':
                return CharKind.Dash;
            case '.':
                return CharKind.Period;
            case '%' or '\u2030' or '\u2022' or '&' or '@' or '#' or '\u00A7' or '\u00B6' or '\u2020' or '\u2021':
                return CharKind.Symbol;
        }

        if (char.IsWhiteSpace(c))
        {
            return CharKind.Space;
        }

        if (char.IsSurrogate(c))
        {
            return CharKind.Other;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => CharKind.Upper,
            UnicodeCategory.LowercaseLetter => CharKind.Lower,
            UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter => CharKind.Uncased,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Mark,
            UnicodeCategory.DecimalDigitNumber => CharKind.Digit,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => CharKind.Symbol,
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse => CharKind.Other,
            _ => CharKind.Punctuation,
        };
    }
}
