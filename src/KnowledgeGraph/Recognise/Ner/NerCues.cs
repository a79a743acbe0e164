using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise.Ner;

/// <summary>Computes each token's <see cref="NerCue"/> flags from the paragraph's gazetteer mentions and the discovery cues (common words, titles, organisation suffixes).</summary>
internal static class NerCues
{
    /// <summary>Fills <paramref name="output"/> for the tokens of sentence <paramref name="sentence"/> of <paramref name="paragraph"/>.</summary>
    public static void Compute(Paragraph paragraph, int sentence, CueSet cues, Span<NerCue> output)
    {
        Sentence sent = paragraph.Sentences[sentence];
        for (int i = sent.TokenStart; i < sent.TokenEnd; i++)
        {
            Token token = paragraph.Tokens[i];
            ReadOnlySpan<char> word = paragraph.Normalised.AsSpan(token.Start, token.Length);
            NerCue cue = i == sent.TokenStart ? NerCue.SentenceStart : NerCue.None;
            if (token.Kind == TokenKind.Word && cues.IsCommon(word))
            {
                cue |= NerCue.Common;
            }

            if (i > sent.TokenStart && CueSet.Contains(cues.TitleEnds, Text(paragraph, i - 1)))
            {
                cue |= NerCue.AfterTitle;
            }

            if (CueSet.Contains(cues.OrganisationSuffixes, word))
            {
                cue |= NerCue.OrganisationSuffix;
            }

            output[i - sent.TokenStart] = cue;
        }

        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.Sentence != sentence || mention.Kind == MentionKind.Discovered || mention.Candidates.Count == 0)
            {
                continue;
            }

            MentionCandidate reading = mention.Candidates[0];
            NerCue kind = reading.Kind == MentionKind.Demonym ? NerCue.GazDemonym : reading.Entity.Type switch
            {
                EntityType.Person => NerCue.GazPerson,
                EntityType.Organisation => NerCue.GazOrganisation,
                EntityType.Country or EntityType.Place => NerCue.GazPlace,
                _ => NerCue.GazOther,
            };
            for (int i = mention.TokenStart; i < mention.TokenEnd; i++)
            {
                output[i - sent.TokenStart] |= kind | (i == mention.TokenStart ? NerCue.GazFirst : NerCue.None);
            }
        }
    }

    private static ReadOnlySpan<char> Text(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
