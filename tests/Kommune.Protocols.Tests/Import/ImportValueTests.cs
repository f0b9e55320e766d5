using Kommune.Protocols.Import;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Tests.Import;

/// <summary>The value readers behind every format: dates and times, names, HTML as rich text.</summary>
public class ImportValueTests
{
    [Theory]
    [InlineData("25-09-2012 15:30:00", "2012-09-25", "15:30", false)]
    [InlineData("02-05-2017 10:00", "2017-05-02", "10:00", false)]
    [InlineData("2013-06-20 10:30", "2013-06-20", "10:30", false)]
    [InlineData("2013-06-20T10:30:00", "2013-06-20", "10:30", false)]
    [InlineData("27. august 2018", "2018-08-27", null, false)]
    [InlineData("Mandag den 27. august 2018 kl. 16.00", "2018-08-27", "16:00", false)]
    [InlineData("5. marts 2025", "2025-03-05", null, false)]
    [InlineData("5. sept. 2025", "2025-09-05", null, false)]
    [InlineData("05.03.2025", "2025-03-05", null, false)]
    [InlineData("2017-06-13T14:30:00Z", "2017-06-13", "16:30", true)]
    [InlineData("2017-01-13T14:30:00Z", "2017-01-13", "15:30", true)]
    [InlineData("2017-03-26T23:30:00+00:00", "2017-03-27", "01:30", true)]
    [InlineData("2013-06-20T10:30:00.000", "2013-06-20", "10:30", false)]
    [InlineData("2017-06-13T14:30:00.5+02:00", "2017-06-13", "14:30", true)]
    [InlineData("onsdag den 5. marts 2025", "2025-03-05", null, false)]
    [InlineData("5/3 2025 kl. 9.15", "2025-03-05", "09:15", false)]
    public void Dates_in_every_form_the_guide_names_are_read_in_danish_local_time(string text, string date, string? time, bool converted)
    {
        Assert.True(DateTimeText.TryParse(text, out var value));

        Assert.Equal(date, NodaTime.Text.LocalDatePattern.Iso.Format(value.Date));
        Assert.Equal(time, value.Time is { } t ? Kommune.Protocols.Formatting.DanishFormat.IsoTime(t) : null);
        Assert.Equal(converted, value.FromInstant);
    }

    [Theory]
    [InlineData("32-13-2012 25:61:00")]
    [InlineData("31-02-2018")]
    [InlineData("2013-02-30 10:30")]
    [InlineData("27. augustus 2018")]
    [InlineData("i morgen")]
    [InlineData("٢٠١٣-٠٦-٢٠")]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("tirsdag den 5. marts 2025")]
    [InlineData("2013-06-20T10:30:00+25:00")]
    public void Garbage_dates_are_not_read(string text) => Assert.False(DateTimeText.TryParse(text, out _));

    [Theory]
    [InlineData("16:00", 16, 0)]
    [InlineData("16.00", 16, 0)]
    [InlineData("kl. 9.00", 9, 0)]
    [InlineData("21.33", 21, 33)]
    [InlineData("16:00:00", 16, 0)]
    public void Times_are_read(string text, int hour, int minute)
    {
        Assert.True(DateTimeText.TryParseTime(text, out var time));
        Assert.Equal(new LocalTime(hour, minute), time);
    }

    [Theory]
    [InlineData("Jesper Mathiesen (A)", "Jesper Mathiesen", "A")]
    [InlineData("Jesper  Mathiesen  (Ø)", "Jesper Mathiesen", "Ø")]
    [InlineData(" Ole\u00a0Bach  Sørensen ", "Ole Bach Sørensen", null)]
    [InlineData("Anne (formand)", "Anne (formand)", null)]
    [InlineData("Kim (SF)", "Kim", "SF")]
    public void Names_lose_double_spaces_and_give_up_their_party_letter(string text, string name, string? party)
    {
        Assert.Equal((name, party), PersonNames.Split(text));
    }

    [Theory]
    [InlineData("Deltager", AttendanceStatus.Present)]
    [InlineData("Afbud", AttendanceStatus.AbsentWithNotice)]
    [InlineData("Lovligt forfald", AttendanceStatus.AbsentWithNotice)]
    [InlineData("Udeblev", AttendanceStatus.AbsentWithoutNotice)]
    [InlineData("Fraværende uden afbud", AttendanceStatus.AbsentWithoutNotice)]
    [InlineData("Fraværende", AttendanceStatus.Absent)]
    [InlineData("Ikke mødt", AttendanceStatus.Absent)]
    public void Attendance_words_map_to_the_models_statuses_without_guessing_notice(string word, AttendanceStatus status)
    {
        Assert.Equal(status, AttendanceWords.Read(word));
    }

    [Theory]
    [InlineData("Jesper Mathiesen", "jesper-mathiesen")]
    [InlineData("Søren Ørum", "soeren-oerum")]
    [InlineData("Åse Ærø-Hansen", "aase-aeroe-hansen")]
    [InlineData("José Müller", "jose-muller")]
    [InlineData("Anne-Marie  O'Hara", "anne-marie-o-hara")]
    public void Member_keys_are_made_from_the_name(string name, string key)
    {
        Assert.Equal(key, MemberList.KeyOf(name));
    }

    [Fact]
    public void Members_get_distinct_keys_and_item_lists_refer_to_them()
    {
        var context = new ImportContext(ImportOptions.Default);
        var members = new MemberList(context);
        var at = new SourceElement("Member", string.Empty, null, 1, 1);

        members.Add(at, "Anne Marie Juhl (F)", null, "Formand", AttendanceStatus.Present);
        members.Add(at, "Anne-Marie Juhl", "V", "Medlem", AttendanceStatus.Absent);
        members.Add(at, "Ole Dam", "V", "1. stedfortræder", AttendanceStatus.Present);
        var list = members.ToList();

        Assert.Equal(["anne-marie-juhl", "anne-marie-juhl-2", "ole-dam"], list.Select(m => m.Key));
        Assert.Equal("anne-marie-juhl", members.Reference("Anne  Marie Juhl (F)"));
        Assert.Equal("Ukendt Person", members.Reference("Ukendt Person (A)"));

        // The ranked substitute stands in for the one absent member of the same party, by key.
        Assert.Equal((MemberRole.Substitute, 1, "anne-marie-juhl-2"), (list[2].Role, list[2].SubstituteRank, list[2].SubstituteFor));
        Assert.Equal(["IMP306"], context.Finish().Issues.Select(i => i.Code));
    }

    [Theory]
    [InlineData("deltog fra kl. 16.30 under punkt 2", "16:30", null)]
    [InlineData("Deltog til kl. 18.40", null, "18:40")]
    [InlineData("fra klokken 9:15 til kl 12.00", "09:15", "12:00")]
    [InlineData("deltog under punkt 3-5", null, null)]
    public void A_present_members_note_keeps_its_text_and_gives_the_times_it_states(string note, string? from, string? until)
    {
        var members = new MemberList(new ImportContext(ImportOptions.Default));

        members.Add(new SourceElement("Member", string.Empty, null, 1, 1), "Per Holm", "A", null, AttendanceStatus.Present, note: note);
        var partial = members.ToList()[0].Partial!;

        Assert.Equal(note, partial.Note);
        Assert.Equal(from, partial.From is { } f ? Kommune.Protocols.Formatting.DanishFormat.IsoTime(f) : null);
        Assert.Equal(until, partial.Until is { } u ? Kommune.Protocols.Formatting.DanishFormat.IsoTime(u) : null);
    }

    [Fact]
    public void Html_becomes_paragraphs_runs_lists_and_nested_tables()
    {
        var blocks = Html("<p>En <b>fed</b> og <span style=\"font-style: italic\">kursiv</span> tekst<br/>ny linje</p>"
            + "<ol><li>et</li><li>to</li></ol>"
            + "<table><tr><td>a</td><td><table><tr><td>indre</td></tr></table></td></tr></table>"
            + "<x-ukendt>beholdt</x-ukendt>");

        Assert.Equal(
            Kommune.Protocols.Json.MeetingJson.Serialize(Wrap(
            [
                new Paragraph { Runs = [TextRun.Plain("En "), new TextRun { Text = "fed", Bold = true }, TextRun.Plain(" og "), new TextRun { Text = "kursiv", Italic = true }, TextRun.Plain(" tekst\nny linje")] },
                NumberedList.Of("et", "to"),
                new Table { Rows = [new TableRow { Cells = [TableCell.Of("a"), new TableCell { Content = [new Table { Rows = [new TableRow { Cells = [TableCell.Of("indre")] }] }] }] }] },
                Paragraph.Of("beholdt"),
            ])),
            Kommune.Protocols.Json.MeetingJson.Serialize(Wrap(blocks)));
    }

    [Fact]
    public void Scripts_and_styles_are_dropped_and_reported()
    {
        var context = new ImportContext(ImportOptions.Default);

        var blocks = Html("<style>p{}</style><p>Tekst</p><script>alert(1)</script>", context);

        Assert.Equal([Paragraph.Of("Tekst")], blocks);
        Assert.Equal(["IMP401", "IMP401"], context.Finish().Issues.Select(i => i.Code));
    }

    [Fact]
    public void Plain_text_keeps_its_lines()
    {
        Assert.Equal([Paragraph.Of("Første linje\nanden linje"), Paragraph.Of("Nyt afsnit")], Html("Første linje\nanden  linje\n\nNyt afsnit"));
    }

    /// <summary>Blocks in a meeting, so a difference shows as JSON.</summary>
    private static Meeting Wrap(List<Block> blocks) => new()
    {
        Municipality = "M",
        Body = new Body { Name = "B" },
        Date = new LocalDate(2025, 1, 1),
        Items = [new AgendaItem { Number = ItemNumber.Parse("1"), Title = "T", Sections = [new Section { Kind = SectionKind.Untitled, Content = ValueList.From(blocks) }] }],
    };

    private static List<Block> Html(string html, ImportContext? context = null)
    {
        var at = new SourceElement("Content", string.Empty, null, 1, 1);
        return [.. new HtmlContent(context ?? new ImportContext(ImportOptions.Default)).Blocks(html, at)];
    }
}
