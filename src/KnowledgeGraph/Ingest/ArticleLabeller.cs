using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Gives every line of an article a <see cref="LineRole"/>. Order: leading page furniture, the intro blurb, the
/// title (the line after the intro, or the first line when it looks like a title), then a header zone (the first
/// line and any "•" bullets are the subtitle, credited lines captions, "X is a fellow at…" bylines, a short line
/// without a final full stop after the subtitle a caption), then the body. Anywhere, credits mark captions, bylines
/// bylines, "20." / "[3]" lines endnotes; after "Notes on contributors" lines are bylines, after "Notes" endnotes.
/// Section headings inside the body ("Conclusion", "What Next?") are Body: they are the author's text.
/// An article without an intro (a plain single-article file) has no header zone: after its title, only the cues
/// above apply and every other line is Body, so no paragraph of ordinary text is lost to the subtitle rule.
/// </summary>
internal sealed class ArticleLabeller(LineClassifier classifier)
{
    private enum Section
    {
        Text,
        Contributors,
        Notes,
    }

    /// <summary>Where the labeller is between title and body.</summary>
    private enum Header
    {
        /// <summary>Past the header (or the article has no title): every plain line is body.</summary>
        Done,
        /// <summary>Right after the title: the next plain line is the subtitle.</summary>
        AfterTitle,
        /// <summary>After the subtitle, a caption or a byline: bullets are subtitle, short unfinished lines captions.</summary>
        Later,
    }

    public List<LabelledLine> Label(ArticleDraft draft)
    {
        List<LabelledLine> labelled = new(draft.Lines.Count);
        int i = 0;
        for (; i < draft.LeadingBoilerplate; i++)
        {
            labelled.Add(new LabelledLine(draft.Lines[i], LineRole.Boilerplate));
        }

        if (draft.HasIntro && i < draft.Lines.Count)
        {
            labelled.Add(new LabelledLine(draft.Lines[i++], LineRole.Intro));
        }
        else
        {
            for (; i < draft.Lines.Count && classifier.IsBoilerplate(draft.Lines[i].Text); i++)
            {
                labelled.Add(new LabelledLine(draft.Lines[i], LineRole.Boilerplate));
            }
        }

        Header header = Header.Done;
        if (i < draft.Lines.Count && classifier.IsTitleLike(draft.Lines[i].Text))
        {
            labelled.Add(new LabelledLine(draft.Lines[i++], LineRole.Title));
            header = draft.HasIntro ? Header.AfterTitle : Header.Done;
        }

        LabelRest(draft.Lines, i, header, labelled);
        return labelled;
    }

    private void LabelRest(List<SourceLine> lines, int start, Header header, List<LabelledLine> labelled)
    {
        Section section = Section.Text;
        for (int i = start; i < lines.Count; i++)
        {
            string text = lines[i].Text;
            LineRole role;
            if (classifier.IsContributorHeading(text))
            {
                (role, section) = (LineRole.Boilerplate, Section.Contributors);
            }
            else if (classifier.IsNoteHeading(text))
            {
                (role, section) = (LineRole.Boilerplate, Section.Notes);
            }
            else if (section != Section.Text)
            {
                role = section == Section.Contributors ? LineRole.Byline : LineRole.Endnote;
            }
            else
            {
                role = Classify(text, ref header);
            }

            labelled.Add(new LabelledLine(lines[i], role));
        }

        KeepProfilesInText(labelled, labelled.Count - (lines.Count - start));
    }

    /// <summary>
    /// A line that reads like a byline ("Scott Morris is a senior fellow at…") between two body paragraphs is the
    /// article introducing a source it goes on to quote, not the author's byline: it stays body text.
    /// </summary>
    private static void KeepProfilesInText(List<LabelledLine> labelled, int from)
    {
        int lastBody = -1;
        for (int i = labelled.Count - 1; i >= from && lastBody < 0; i--)
        {
            lastBody = labelled[i].Role == LineRole.Body ? i : -1;
        }

        bool bodyBefore = false;
        for (int i = from; i < lastBody; i++)
        {
            if (labelled[i].Role == LineRole.Byline && bodyBefore)
            {
                labelled[i] = labelled[i] with { Role = LineRole.Body };
            }

            bodyBefore |= labelled[i].Role == LineRole.Body;
        }
    }

    private LineRole Classify(string text, ref Header header)
    {
        LineRole? cue = classifier.IsBoilerplate(text) ? LineRole.Boilerplate
            : LineClassifier.IsEndnote(text) ? LineRole.Endnote
            : classifier.IsCaption(text) ? LineRole.Caption
            : classifier.IsByline(text) ? LineRole.Byline
            : null;
        if (cue is { } found)
        {
            header = header == Header.Done ? Header.Done : Header.Later;
            return found;
        }

        switch (header)
        {
            case Header.AfterTitle:
                header = Header.Later;
                return LineRole.Subtitle;
            case Header.Later when LineClassifier.IsBullet(text):
                return LineRole.Subtitle;
            case Header.Later when !LineClassifier.EndsSentence(text) && text.Length <= 200:
                return LineRole.Caption;
            default:
                header = Header.Done;
                return LineRole.Body;
        }
    }
}
