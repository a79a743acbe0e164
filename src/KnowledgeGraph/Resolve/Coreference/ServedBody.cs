using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// "Kyrgyzstan removed the Taliban from its list …, and its foreign minister, Jeenbek Kulubaev, visited …": a possessive
/// right before a lower-case title (its posting after "for" or "to" may be a name) and a person in apposition after its
/// comma is the body that person serves by a curated role, when that body is a candidate that fits; of several such
/// bodies, the one whose curated title shares a word with the written title ("its chief spokesman, Zabihullah Mujahid"
/// after "Afghanistan's Taliban government" is the Taliban's).
/// </summary>
internal static class ServedBody
{
    /// <summary>Most words a title between the possessive and the comma may have ("its special envoy for Afghanistan").</summary>
    public const int MaxTitleWords = 5;

    /// <summary>
    /// The latest candidate of the body the apposed person serves, or null when the words after the possessive at
    /// <paramref name="t"/> are no title and apposed person, the person has no curated role of a candidate, or two bodies
    /// tie.
    /// </summary>
    public static AntecedentCandidate? Find(Paragraph paragraph, int t, Sentence sent, CoreferenceRule rule, List<AntecedentCandidate> candidates, int sentence)
    {
        int comma = t + 1;
        // "its special envoy for Afghanistan, Zamir Kabulov": a capitalised word only as the posting after "for" or "to".
        while (comma < sent.TokenEnd && comma <= t + MaxTitleWords && paragraph.Tokens[comma].Kind == TokenKind.Word
            && (char.IsLower(paragraph.Span(paragraph.Tokens[comma])[0]) || comma > t + 2 && paragraph.Span(paragraph.Tokens[comma - 1]) is "for" or "to"))
        {
            comma++;
        }

        if (comma == t + 1 || comma + 1 >= sent.TokenEnd || paragraph.Span(paragraph.Tokens[comma]) is not ",")
        {
            return null;
        }

        Mention? person = paragraph.Mentions.Find(m => m.TokenStart == comma + 1);
        if (person is null || person.Entity.Type != EntityType.Person || person.Entity.Roles.Count == 0)
        {
            return null;
        }

        AntecedentCandidate? chosen = null;
        bool chosenTitled = false, tie = false;
        for (int i = candidates.Count - 1; i >= 0 && sentence - candidates[i].Sentence <= AntecedentChooser.MaxDistance; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (rule.Fit(c.Entity) < 0 || chosen is { } known && SameEntity.Is(known.Entity, c.Entity))
            {
                continue;
            }

            foreach (PersonRole role in person.Entity.Roles)
            {
                if (!string.Equals(role.Of, c.Entity.Id, StringComparison.Ordinal))
                {
                    continue;
                }

                bool titled = SharesWord(paragraph, t + 1, comma, role.Title);
                if (chosen is null || titled && !chosenTitled)
                {
                    (chosen, chosenTitled, tie) = (c, titled, false);
                }
                else if (titled == chosenTitled)
                {
                    tie = true;
                }

                break;
            }
        }

        return tie ? null : chosen;
    }

    /// <summary>True when a word of tokens [<paramref name="start"/>, <paramref name="end"/>) is a word of <paramref name="title"/>.</summary>
    private static bool SharesWord(Paragraph paragraph, int start, int end, string title)
    {
        foreach (string word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            for (int k = start; k < end; k++)
            {
                if (paragraph.Span(paragraph.Tokens[k]).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
