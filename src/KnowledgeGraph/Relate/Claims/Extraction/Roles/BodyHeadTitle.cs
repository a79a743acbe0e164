using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// The chief of a body named by the title itself heads that body: an office's title (a HOLDS_ROLE_IN title) that ends in a
/// head's word of the lexicon (a one-word LEADS title: "chief", "head", "commander") and whose other words are all words of
/// the body's name ("army chief" of the Pakistan Army, "intelligence chief" of Inter-Services Intelligence) states that
/// the holder LEADS the body, not that the holder holds an office in it. Stateless.
/// </summary>
internal static class BodyHeadTitle
{
    /// <summary>
    /// The LEADS title that <paramref name="title"/> becomes when held of <paramref name="body"/>, an organisation named by
    /// the title's words before its head word; null when the title is no such title or the body no such organisation.
    /// </summary>
    public static Trigger? Of(PredicateLexicon lexicon, Trigger title, Entity body)
    {
        if (title.Predicate.Name != "HOLDS_ROLE_IN" || title.Words.Length < 2 || body.Type != EntityType.Organisation
            || !lexicon.IsHeadTitle(title.Words[^1]) || lexicon.Find("LEADS") is not { } leads)
        {
            return null;
        }

        string[] name = PhraseWords.Split(body.Name);
        for (int i = 0; i < title.Words.Length - 1; i++)
        {
            if (!name.Contains(title.Words[i], StringComparer.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return new Trigger(title.Words, TriggerKind.Title, leads, null);
    }
}
