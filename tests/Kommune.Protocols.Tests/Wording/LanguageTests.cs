using Kommune.Protocols.Docx;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Wording;

/// <summary>Wording lives in one file per language; a third language is one new file (<see cref="GermanLanguage"/>).</summary>
public class LanguageTests
{
    private static readonly Language German = new GermanLanguage();

    [Fact]
    public void A_third_language_in_one_file_words_the_paper_and_falls_back_for_the_rest()
    {
        var text = DocxTextProjection.Project(DocxWriter.WriteToBytes(SeedMeeting.Build(), new DocxOptions { Language = German }));

        Assert.Contains("[Title] Beschlussprotokoll\n", text, StringComparison.Ordinal);
        Assert.Contains("[Heading2] Beschluss von Direktionen am 5. März 2025\n", text, StringComparison.Ordinal);
        Assert.Contains("**Nichtöffentlicher Punkt**", text, StringComparison.Ordinal);
        Assert.Contains("[FrontHeading] Contents\n", text, StringComparison.Ordinal);
        Assert.Contains("[Header] Direktionen→5. März 2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_third_language_words_validation_messages_and_falls_back_for_the_rest()
    {
        var meeting = SeedMeeting.Build() with { Municipality = " " };
        meeting = meeting with { Items = [meeting.Items[0] with { Title = " " }, .. meeting.Items.Skip(1)] };

        var issues = MeetingValidator.Validate(meeting, new ValidationOptions { Language = German }).Issues;

        Assert.Equal("Punkt 1 hat keinen Titel.", issues.Single(i => i.Code == "KP201").Message);
        Assert.Equal("The municipality is missing.", issues.Single(i => i.Code == "KP101").Message);
    }

    [Fact]
    public void The_document_carries_the_languages_tag()
    {
        var bytes = DocxWriter.WriteToBytes(SeedMeeting.Build(), new DocxOptions { Language = German });
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);

        Assert.Equal("de-DE", document.PackageProperties.Language);
    }

    [Fact]
    public void Danish_and_English_hold_the_same_keys_and_every_key_is_set()
    {
        var keys = typeof(WordKeys).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.True(keys.Count > 90, $"only {keys.Count} keys");
        foreach (var language in new[] { Language.Danish, Language.English })
        {
            Assert.Null(language.Fallback);
            Assert.All(keys, key => Assert.True(language.Has(key), $"{language.Tag} has no template for {key}"));
            Assert.All(MeetingValidator.BuiltInRules, rule => Assert.True(language.Has(rule.Code), $"{language.Tag} has no message for {rule.Code}"));
        }
    }

    [Fact]
    public void Both_languages_use_the_same_placeholders_for_each_key()
    {
        // Date templates differ on purpose (5. marts 2025, 5 March 2025); every other key says the same facts.
        var keys = typeof(WordKeys).GetFields().Select(f => (string)f.GetRawConstantValue()!)
            .Where(k => !k.StartsWith("date", StringComparison.Ordinal))
            .Concat(MeetingValidator.BuiltInRules.Select(r => r.Code));
        foreach (var key in keys)
        {
            Assert.Equal(Placeholders(Language.Danish.Template(key)), Placeholders(Language.English.Template(key)));
        }

        static string[] Placeholders(string template) =>
            [.. System.Text.RegularExpressions.Regex.Matches(template, "{([A-Za-z0-9]+)}").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Argument_text_is_never_read_as_a_template()
    {
        var text = Language.Danish.Format(WordKeys.ProtocolRemark, ("author", "{text}"), ("text", "hemmelig"));

        Assert.Equal("Protokolbemærkning fra {text}: hemmelig", text);
    }

    [Fact]
    public void Template_placeholders_in_user_text_print_as_written_on_the_paper()
    {
        var meeting = SeedMeeting.Build() with { Body = new Body { Name = "Udvalget {date}" } };
        var items = meeting.Items.ToList();
        items[2] = items[2] with
        {
            Decision = items[2].Decision! with { Body = null, Remarks = [new ProtocolRemark { Author = "{text}", Text = "Lukket bemærkning" }] },
        };
        meeting = meeting with { Items = [.. items] };

        var text = DocxTextProjection.Project(DocxWriter.WriteToBytes(meeting));

        Assert.Contains("Protokolbemærkning fra {text}: Lukket bemærkning", text, StringComparison.Ordinal);
        Assert.Contains("[Heading2] Beslutning i Udvalget {date} den 5. marts 2025", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{d}{? kl. {start}}", "7 kl. 17.00", "7")]
    [InlineData("{?{Weekday} }den {d}", "Tirsdag den 7", "den 7")]
    [InlineData("{d}{? kl. {start}-{end}}.", "7 kl. 17.00-18.00.", "7.")]
    [InlineData("{{{d}}}{? ({start})}", "{7} (17.00)", "{7}")]
    public void An_optional_part_prints_only_when_every_placeholder_in_it_has_text(string template, string full, string bare)
    {
        var parsed = Template.Parse(template);
        (string, string)[] all = [("d", "7"), ("start", "17.00"), ("end", "18.00"), ("weekday", "tirsdag")];
        (string, string)[] some = [("d", "7"), ("start", string.Empty), ("end", "18.00")];

        Assert.Equal(full, parsed.Fill(all));
        Assert.True(parsed.CanFill(some));
        Assert.Equal(bare, parsed.Fill(some));
    }

    [Fact]
    public void A_placeholder_in_an_optional_part_counts_as_used()
    {
        var parsed = Template.Parse("{d}{? i {location}}");

        Assert.True(parsed.Uses("location"));
        Assert.False(parsed.Uses("start"));
        Assert.Equal(["d", "location"], parsed.Placeholders);
        Assert.True(parsed.CanFill([("d", "7")]));
        Assert.Equal("7", parsed.Fill([("d", "7")]));
    }

    [Theory]
    [InlineData("{? kl. }")]
    [InlineData("{? kl. {start}")]
    [InlineData("{? a {? {b}}}")]
    public void A_malformed_optional_part_is_refused(string template) =>
        Assert.Throws<FormatException>(() => Template.Parse(template));

    [Fact]
    public void A_malformed_template_is_refused_when_the_language_or_style_is_made()
    {
        Assert.Throws<FormatException>(() => new BrokenLanguage());
        Assert.Throws<FormatException>(() => Kommune.Protocols.Paper.HouseStyle.Default with { Labels = new Dictionary<string, string> { [WordKeys.Date] = "Dato {" } });
    }

    private sealed class BrokenLanguage : Language
    {
        public BrokenLanguage()
            : base("xx", Danish) => Set(WordKeys.Date, "{unclosed");
    }
}
