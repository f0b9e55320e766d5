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
        ArgumentNullException.ThrowIfNull(meeting);
        var found = new List<(string, string)>();
        var add = new Action<string, string?>((path, text) =>
        {
            if (text is not null)
            {
                found.Add((path, text));
            }
        });
        add("municipality", meeting.Municipality);
        add("body.name", meeting.Body?.Name);
        add("body.shortName", meeting.Body?.ShortName);
        add("location", meeting.Location);
        for (var i = 0; i < meeting.Members.Count; i++)
        {
            var m = meeting.Members[i];
            var p = $"members[{i}]";
            add($"{p}.name", m.Name);
            add($"{p}.party", m.Party);
            add($"{p}.title", m.Title);
            add($"{p}.absenceReason", m.AbsenceReason);
            add($"{p}.substituteFor", m.SubstituteFor);
            add($"{p}.partial.note", m.Partial?.Note);
        }

        Items(meeting.Items, "items", add);
        if (meeting.TimePlan is { } plan)
        {
            add("timePlan.endLabel", plan.EndLabel);
            for (var i = 0; i < plan.Slots.Count; i++)
            {
                var slot = plan.Slots[i];
                var p = $"timePlan.slots[{i}]";
                add($"{p}.label", slot.Label);
                People(slot.Guests, $"{p}.guests", add);
                Strings(slot.Notes, $"{p}.notes", add);
            }
        }

        for (var i = 0; i < meeting.UpcomingMeetings.Count; i++)
        {
            add($"upcomingMeetings[{i}].note", meeting.UpcomingMeetings[i].Note);
            Strings(meeting.UpcomingMeetings[i].Topics, $"upcomingMeetings[{i}].topics", add);
        }

        for (var i = 0; i < meeting.Signatories.Count; i++)
        {
            var s = meeting.Signatories[i];
            add($"signatories[{i}].name", s.Name);
            add($"signatories[{i}].title", s.Title);
            add($"signatories[{i}].approval.method", s.Approval?.Method);
        }

        return found;
    }

    /// <summary>The index of the first character XML 1.0 cannot carry, or -1.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The index, or -1 when every character is allowed.</returns>
    /// <remarks>Allowed: tab, line feed, carriage return, U+0020-U+D7FF, U+E000-U+FFFD and paired surrogates.</remarks>
    public static int FirstCharacterXmlCannotCarry(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD'))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    private static void Items(ValueList<AgendaItem> items, string prefix, Action<string, string?> add)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var p = $"{prefix}[{i}]";
            add($"{p}.title", item.Title);
            add($"{p}.caseNumber", item.CaseNumber?.ToString());
            add($"{p}.caseRoute", item.CaseRoute);
            add($"{p}.decisionAuthority", item.DecisionAuthority);
            Person(item.CaseOwner, $"{p}.caseOwner", add);
            Person(item.CaseHandler, $"{p}.caseHandler", add);
            Person(item.Presenter, $"{p}.presenter", add);
            for (var s = 0; s < item.Sections.Count; s++)
            {
                add($"{p}.sections[{s}].heading", item.Sections[s].Heading);
                Blocks(item.Sections[s].Content, $"{p}.sections[{s}].content", add);
            }

            if (item.Recommendation is { } recommendation)
            {
                add($"{p}.recommendation.recommender", recommendation.Recommender);
                Blocks(recommendation.Text, $"{p}.recommendation.text", add);
                Strings(recommendation.Points, $"{p}.recommendation.points", add);
            }

            for (var a = 0; a < item.Attachments.Count; a++)
            {
                var attachment = item.Attachments[a];
                add($"{p}.attachments[{a}].title", attachment.Title);
                add($"{p}.attachments[{a}].documentNumber", attachment.DocumentNumber?.ToString());
                add($"{p}.attachments[{a}].fileName", attachment.FileName);
                add($"{p}.attachments[{a}].mediaType", attachment.MediaType);
            }

            if (item.Decision is { } d)
            {
                add($"{p}.decision.body", d.Body);
                add($"{p}.decision.outcomeText", d.OutcomeText);
                Blocks(d.Text, $"{p}.decision.text", add);
                for (var v = 0; v < d.Votes.Count; v++)
                {
                    Tally(d.Votes[v].For, $"{p}.decision.votes[{v}].for", add);
                    Tally(d.Votes[v].Against, $"{p}.decision.votes[{v}].against", add);
                    Tally(d.Votes[v].Abstaining, $"{p}.decision.votes[{v}].abstaining", add);
                }

                for (var r = 0; r < d.Remarks.Count; r++)
                {
                    add($"{p}.decision.remarks[{r}].author", d.Remarks[r].Author);
                    add($"{p}.decision.remarks[{r}].text", d.Remarks[r].Text);
                }
            }

            People(item.Guests, $"{p}.guests", add);
            Strings(item.AbsentMembers, $"{p}.absentMembers", add);
            for (var c = 0; c < item.ConflictsOfInterest.Count; c++)
            {
                add($"{p}.conflictsOfInterest[{c}].name", item.ConflictsOfInterest[c].Name);
                add($"{p}.conflictsOfInterest[{c}].reason", item.ConflictsOfInterest[c].Reason);
            }

            for (var h = 0; h < item.History.Count; h++)
            {
                add($"{p}.history[{h}].body", item.History[h].Body);
                add($"{p}.history[{h}].text", item.History[h].Text);
            }

            for (var f = 0; f < item.FollowUps.Count; f++)
            {
                add($"{p}.followUps[{f}].what", item.FollowUps[f].What);
                add($"{p}.followUps[{f}].who", item.FollowUps[f].Who);
            }

            Items(item.SubItems, $"{p}.subItems", add);
        }
    }

    private static void Blocks(ValueList<Block> blocks, string prefix, Action<string, string?> add)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            var p = $"{prefix}[{b}]";
            switch (blocks[b])
            {
                case Paragraph paragraph:
                    Runs(paragraph.Runs, $"{p}.runs", add);
                    break;
                case BulletList list:
                    ListItems(list.Items, $"{p}.items", add);
                    break;
                case NumberedList list:
                    ListItems(list.Items, $"{p}.items", add);
                    break;
                case Table table:
                    for (var r = 0; r < table.Rows.Count; r++)
                    {
                        for (var c = 0; c < table.Rows[r].Cells.Count; c++)
                        {
                            Blocks(table.Rows[r].Cells[c].Content, $"{p}.rows[{r}].cells[{c}].content", add);
                        }
                    }

                    break;
            }
        }
    }

    private static void ListItems(ValueList<ListItem> items, string prefix, Action<string, string?> add)
    {
        for (var i = 0; i < items.Count; i++)
        {
            Runs(items[i].Runs, $"{prefix}[{i}].runs", add);
        }
    }

    private static void Runs(ValueList<TextRun> runs, string prefix, Action<string, string?> add)
    {
        for (var r = 0; r < runs.Count; r++)
        {
            add($"{prefix}[{r}].text", runs[r].Text);
        }
    }

    private static void Tally(VoteTally tally, string prefix, Action<string, string?> add)
    {
        Strings(tally.Members, $"{prefix}.members", add);
        Strings(tally.Parties, $"{prefix}.parties", add);
    }

    private static void People(ValueList<Person> people, string prefix, Action<string, string?> add)
    {
        for (var i = 0; i < people.Count; i++)
        {
            Person(people[i], $"{prefix}[{i}]", add);
        }
    }

    private static void Person(Person? person, string prefix, Action<string, string?> add)
    {
        if (person is not null)
        {
            add($"{prefix}.name", person.Name);
            add($"{prefix}.title", person.Title);
        }
    }

    private static void Strings(ValueList<string> strings, string prefix, Action<string, string?> add)
    {
        for (var i = 0; i < strings.Count; i++)
        {
            add($"{prefix}[{i}]", strings[i]);
        }
    }
}
