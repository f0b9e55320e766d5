using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation;

/// <summary>
/// Every string a meeting holds, with its path in the model (<c>items[3].sections[0].content[1].runs[0].text</c>,
/// names as in the JSON). Written once so the text checks of validation and of the DOCX writer
/// cannot disagree about which fields exist.
/// </summary>
public static class MeetingText
{
    /// <summary>Every string in the meeting, in model order.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>Pairs of path and text.</returns>
    public static IEnumerable<(string Path, string Text)> Enumerate(Meeting meeting)
    {
        // Checked here, not in the iterator, so a null fails at the call rather than at the first MoveNext.
        ArgumentNullException.ThrowIfNull(meeting);
        return Present(meeting);
    }

    // Lazy, so checking a large meeting never holds every string in one list.
    private static IEnumerable<(string Path, string Text)> Present(Meeting meeting)
    {
        foreach (var (path, text) in Fields(meeting))
        {
            if (text is not null)
            {
                yield return (path, text);
            }
        }
    }

    private static IEnumerable<(string Path, string? Text)> Fields(Meeting meeting)
    {
        yield return ("municipality", meeting.Municipality);
        yield return ("body.name", meeting.Body?.Name);
        yield return ("body.shortName", meeting.Body?.ShortName);
        yield return ("location", meeting.Location);
        for (var i = 0; i < meeting.Members.Count; i++)
        {
            var m = meeting.Members[i];
            var p = $"members[{i}]";
            yield return ($"{p}.name", m.Name);
            yield return ($"{p}.party", m.Party);
            yield return ($"{p}.title", m.Title);
            yield return ($"{p}.absenceReason", m.AbsenceReason);
            yield return ($"{p}.substituteFor", m.SubstituteFor);
            yield return ($"{p}.partial.note", m.Partial?.Note);
        }

        foreach (var field in Items(meeting.Items, "items"))
        {
            yield return field;
        }

        if (meeting.TimePlan is { } plan)
        {
            yield return ("timePlan.endLabel", plan.EndLabel);
            for (var i = 0; i < plan.Slots.Count; i++)
            {
                var slot = plan.Slots[i];
                var p = $"timePlan.slots[{i}]";
                yield return ($"{p}.label", slot.Label);
                foreach (var field in People(slot.Guests, $"{p}.guests").Concat(Strings(slot.Notes, $"{p}.notes")))
                {
                    yield return field;
                }
            }
        }

        for (var i = 0; i < meeting.UpcomingMeetings.Count; i++)
        {
            yield return ($"upcomingMeetings[{i}].note", meeting.UpcomingMeetings[i].Note);
            foreach (var field in Strings(meeting.UpcomingMeetings[i].Topics, $"upcomingMeetings[{i}].topics"))
            {
                yield return field;
            }
        }

        for (var i = 0; i < meeting.Signatories.Count; i++)
        {
            var s = meeting.Signatories[i];
            yield return ($"signatories[{i}].name", s.Name);
            yield return ($"signatories[{i}].title", s.Title);
            yield return ($"signatories[{i}].approval.method", s.Approval?.Method);
        }
    }

    /// <summary>The index of the first character XML 1.0 cannot carry, or -1.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The index, or -1 when every character is allowed.</returns>
    /// <remarks>Allowed: tab, line feed, carriage return, U+0020-U+D7FF, U+E000-U+FFFD and paired surrogates.</remarks>
    public static int FirstCharacterXmlCannotCarry(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var i = 0;
        while (true)
        {
            // Vectorized skip over the common case (U+0020-U+D7FF holds every Danish and most other text).
            var next = span[i..].IndexOfAnyExceptInRange('\u0020', '\uD7FF');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            var c = span[i];
            if (c is '\t' or '\n' or '\r' || (c >= '\uE000' && c <= '\uFFFD'))
            {
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i += 2;
            }
            else
            {
                return i;
            }
        }
    }

    private static IEnumerable<(string, string?)> Items(ValueList<AgendaItem> items, string prefix)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var p = $"{prefix}[{i}]";
            yield return ($"{p}.title", item.Title);
            yield return ($"{p}.caseNumber", item.CaseNumber?.ToString());
            yield return ($"{p}.caseRoute", item.CaseRoute);
            yield return ($"{p}.decisionAuthority", item.DecisionAuthority);
            foreach (var field in Person(item.CaseOwner, $"{p}.caseOwner"))
            {
                yield return field;
            }
            foreach (var field in Person(item.CaseHandler, $"{p}.caseHandler"))
            {
                yield return field;
            }
            foreach (var field in Person(item.Presenter, $"{p}.presenter"))
            {
                yield return field;
            }
            for (var s = 0; s < item.Sections.Count; s++)
            {
                yield return ($"{p}.sections[{s}].heading", item.Sections[s].Heading);
                foreach (var field in Blocks(item.Sections[s].Content, $"{p}.sections[{s}].content"))
                {
                    yield return field;
                }
            }

            if (item.Recommendation is { } recommendation)
            {
                yield return ($"{p}.recommendation.recommender", recommendation.Recommender);
                foreach (var field in Blocks(recommendation.Text, $"{p}.recommendation.text"))
                {
                    yield return field;
                }
                foreach (var field in Strings(recommendation.Points, $"{p}.recommendation.points"))
                {
                    yield return field;
                }
            }

            for (var a = 0; a < item.Attachments.Count; a++)
            {
                var attachment = item.Attachments[a];
                yield return ($"{p}.attachments[{a}].title", attachment.Title);
                yield return ($"{p}.attachments[{a}].documentNumber", attachment.DocumentNumber?.ToString());
                yield return ($"{p}.attachments[{a}].fileName", attachment.FileName);
                yield return ($"{p}.attachments[{a}].mediaType", attachment.MediaType);
            }

            if (item.Decision is { } d)
            {
                yield return ($"{p}.decision.body", d.Body);
                yield return ($"{p}.decision.outcomeText", d.OutcomeText);
                foreach (var field in Blocks(d.Text, $"{p}.decision.text"))
                {
                    yield return field;
                }
                for (var v = 0; v < d.Votes.Count; v++)
                {
                    foreach (var field in Tally(d.Votes[v].For, $"{p}.decision.votes[{v}].for"))
                    {
                        yield return field;
                    }
                    foreach (var field in Tally(d.Votes[v].Against, $"{p}.decision.votes[{v}].against"))
                    {
                        yield return field;
                    }
                    foreach (var field in Tally(d.Votes[v].Abstaining, $"{p}.decision.votes[{v}].abstaining"))
                    {
                        yield return field;
                    }
                }

                for (var r = 0; r < d.Remarks.Count; r++)
                {
                    yield return ($"{p}.decision.remarks[{r}].author", d.Remarks[r].Author);
                    yield return ($"{p}.decision.remarks[{r}].text", d.Remarks[r].Text);
                }
            }

            foreach (var field in People(item.Guests, $"{p}.guests"))

            {

                yield return field;

            }
            foreach (var field in Strings(item.AbsentMembers, $"{p}.absentMembers"))
            {
                yield return field;
            }
            for (var c = 0; c < item.ConflictsOfInterest.Count; c++)
            {
                yield return ($"{p}.conflictsOfInterest[{c}].name", item.ConflictsOfInterest[c].Name);
                yield return ($"{p}.conflictsOfInterest[{c}].reason", item.ConflictsOfInterest[c].Reason);
            }

            for (var h = 0; h < item.History.Count; h++)
            {
                yield return ($"{p}.history[{h}].body", item.History[h].Body);
                yield return ($"{p}.history[{h}].text", item.History[h].Text);
            }

            for (var f = 0; f < item.FollowUps.Count; f++)
            {
                yield return ($"{p}.followUps[{f}].what", item.FollowUps[f].What);
                yield return ($"{p}.followUps[{f}].who", item.FollowUps[f].Who);
            }

            foreach (var field in Items(item.SubItems, $"{p}.subItems"))

            {

                yield return field;

            }
        }
    }

    private static IEnumerable<(string, string?)> Blocks(ValueList<Block> blocks, string prefix)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            var p = $"{prefix}[{b}]";
            switch (blocks[b])
            {
                case Paragraph paragraph:
                    foreach (var field in Runs(paragraph.Runs, $"{p}.runs"))
                    {
                        yield return field;
                    }
                    break;
                case BulletList list:
                    foreach (var field in ListItems(list.Items, $"{p}.items"))
                    {
                        yield return field;
                    }
                    break;
                case NumberedList list:
                    foreach (var field in ListItems(list.Items, $"{p}.items"))
                    {
                        yield return field;
                    }
                    break;
                case Table table:
                    for (var r = 0; r < table.Rows.Count; r++)
                    {
                        for (var c = 0; c < table.Rows[r].Cells.Count; c++)
                        {
                            foreach (var field in Blocks(table.Rows[r].Cells[c].Content, $"{p}.rows[{r}].cells[{c}].content"))
                            {
                                yield return field;
                            }
                        }
                    }

                    break;
            }
        }
    }

    private static IEnumerable<(string, string?)> ListItems(ValueList<ListItem> items, string prefix)
    {
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var field in Runs(items[i].Runs, $"{prefix}[{i}].runs"))
            {
                yield return field;
            }
        }
    }

    private static IEnumerable<(string, string?)> Runs(ValueList<TextRun> runs, string prefix)
    {
        for (var r = 0; r < runs.Count; r++)
        {
            yield return ($"{prefix}[{r}].text", runs[r].Text);
        }
    }

    private static IEnumerable<(string, string?)> Tally(VoteTally tally, string prefix)
    {
        foreach (var field in Strings(tally.Members, $"{prefix}.members"))
        {
            yield return field;
        }
        foreach (var field in Strings(tally.Parties, $"{prefix}.parties"))
        {
            yield return field;
        }
    }

    private static IEnumerable<(string, string?)> People(ValueList<Person> people, string prefix)
    {
        for (var i = 0; i < people.Count; i++)
        {
            foreach (var field in Person(people[i], $"{prefix}[{i}]"))
            {
                yield return field;
            }
        }
    }

    private static IEnumerable<(string, string?)> Person(Person? person, string prefix)
    {
        if (person is not null)
        {
            yield return ($"{prefix}.name", person.Name);
            yield return ($"{prefix}.title", person.Title);
        }
    }

    private static IEnumerable<(string, string?)> Strings(ValueList<string> strings, string prefix)
    {
        for (var i = 0; i < strings.Count; i++)
        {
            yield return ($"{prefix}[{i}]", strings[i]);
        }
    }
}
