using System.Text;

namespace KnowledgeGraph.Gazetteer;

/// <summary>
/// The comparison key of a surface form for validation: lower case, curly quotes and dashes folded,
/// white space collapsed. Two forms with one key could match the same text.
/// </summary>
internal static class FormKey
{
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in text.Trim())
        {
            char c = raw switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
