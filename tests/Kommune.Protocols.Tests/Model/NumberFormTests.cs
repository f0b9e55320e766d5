using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Model;

/// <summary>
/// Case and document numbers as real protocols and ESDH exports write them (DOMAIN.md, ESDH.md,
/// the corpus sheets): each form is parsed into its parts, keeps its text, survives JSON byte
/// for byte, and is not warned about by validation (KP205, KP206).
/// </summary>
public class NumberFormTests
{
    public static TheoryData<string, CaseNumberForm, string?, string?, string?, string, string> CaseForms => new()
    {
        // text, form, kle, facet, plan, year, serial
        { "24/5333", CaseNumberForm.YearSlashSerial, null, null, null, "24", "5333" },
        { "12/27845", CaseNumberForm.YearSlashSerial, null, null, null, "12", "27845" },
        { "22/2694", CaseNumberForm.YearSlashSerial, null, null, null, "22", "2694" },
        { "2013-003869", CaseNumberForm.YearDashSerial, null, null, null, "2013", "003869" },
        { "2019-012345", CaseNumberForm.YearDashSerial, null, null, null, "2019", "012345" },
        { "00.32.10.S00 24/5333", CaseNumberForm.KleFacetJournal, "00.32.10", "S00", null, "24", "5333" },
        { "00.01.00.Ø00 22/1234", CaseNumberForm.KleFacetJournal, "00.01.00", "Ø00", null, "22", "1234" },
        { "82.02.00.Å00  19/77", CaseNumberForm.KleFacetJournal, "82.02.00", "Å00", null, "19", "77" },
        { "00.32.10-S00-1-24", CaseNumberForm.KleFacetSerialYear, "00.32.10", "S00", null, "24", "1" },
        { "00.01.00-Ø00-1-22", CaseNumberForm.KleFacetSerialYear, "00.01.00", "Ø00", null, "22", "1" },
        { "27.12.08-Æ01-12345-19", CaseNumberForm.KleFacetSerialYear, "27.12.08", "Æ01", null, "19", "12345" },
        { "1-40-72-7-22", CaseNumberForm.PlanSerialYear, null, null, "1-40-72", "22", "7" },
        { "1-51-71-3321-08", CaseNumberForm.PlanSerialYear, null, null, "1-51-71", "08", "3321" },
        { "0-3-1-20", CaseNumberForm.PlanSerialYear, null, null, "0-3", "20", "1" },
    };

    public static TheoryData<string, DocumentNumberForm, string, string, string?> DocumentForms => new()
    {
        // text, form, serial, year, sequence
        { "29031/25", DocumentNumberForm.SerialSlashYear, "29031", "25", null },
        { "222359/12", DocumentNumberForm.SerialSlashYear, "222359", "12", null },
        { "1/2025", DocumentNumberForm.SerialSlashYear, "1", "2025", null },
        { "2012-203438", DocumentNumberForm.YearDashSerial, "203438", "2012", null },
        { "2016-003798-1", DocumentNumberForm.YearDashSerialSequence, "003798", "2016", "1" },
        { "2016-003798-12", DocumentNumberForm.YearDashSerialSequence, "003798", "2016", "12" },
    };

    public static TheoryData<string, CaseNumberForm> CaseTexts => Texts<CaseNumberForm>(CaseForms);

    public static TheoryData<string, DocumentNumberForm> DocumentTexts => Texts<DocumentNumberForm>(DocumentForms);

    [Theory]
    [MemberData(nameof(CaseForms))]
    public void Case_number_forms_parse_into_parts_and_keep_the_text(string text, CaseNumberForm form, string? kle, string? facet, string? plan, string year, string serial)
    {
        var number = CaseNumber.Parse(text);

        Assert.Equal(form, number.Form);
        Assert.True(number.IsRecognized);
        Assert.Equal(kle, number.Kle?.ToString());
        Assert.Equal(facet, number.Facet);
        Assert.Equal(plan, number.Plan);
        Assert.Equal(year, number.Year);
        Assert.Equal(serial, number.Serial);
        Assert.Equal(text, number.ToString());
        Assert.Equal(number, CaseNumber.FromText(text));
        Assert.Equal(number, CaseNumber.Parse(text.AsSpan()));
    }

    [Theory]
    [MemberData(nameof(DocumentForms))]
    public void Document_number_forms_parse_into_parts_and_keep_the_text(string text, DocumentNumberForm form, string serial, string year, string? sequence)
    {
        var number = DocumentNumber.Parse(text);

        Assert.Equal(form, number.Form);
        Assert.True(number.IsRecognized);
        Assert.Equal(serial, number.Serial);
        Assert.Equal(year, number.Year);
        Assert.Equal(sequence, number.Sequence);
        Assert.Equal(text, number.ToString());
        Assert.Equal(number, DocumentNumber.FromText(text));
        Assert.Equal(number, DocumentNumber.Parse(text.AsSpan()));
    }

    [Theory]
    [MemberData(nameof(CaseTexts))]
    public void Case_number_forms_survive_json_byte_for_byte_without_a_warning(string text, CaseNumberForm form)
    {
        var meeting = WithCaseNumber(CaseNumber.Parse(text));

        var bytes = MeetingJson.SerializeToUtf8Bytes(meeting);
        var back = MeetingJson.Deserialize(bytes);

        Assert.Equal(meeting, back);
        Assert.Equal(text, back.Items[0].CaseNumber!.ToString());
        Assert.Equal(form, back.Items[0].CaseNumber!.Form);
        Assert.Equal(bytes, MeetingJson.SerializeToUtf8Bytes(back));
        Assert.DoesNotContain(MeetingValidator.Validate(meeting).Issues, i => i.Code == "KP205");
    }

    [Theory]
    [MemberData(nameof(DocumentTexts))]
    public void Document_number_forms_survive_json_byte_for_byte_without_a_warning(string text, DocumentNumberForm form)
    {
        var meeting = WithDocumentNumber(DocumentNumber.Parse(text), out var item);

        var bytes = MeetingJson.SerializeToUtf8Bytes(meeting);
        var back = MeetingJson.Deserialize(bytes);

        Assert.Equal(meeting, back);
        Assert.Equal(text, back.Items[item].Attachments[0].DocumentNumber!.ToString());
        Assert.Equal(form, back.Items[item].Attachments[0].DocumentNumber!.Form);
        Assert.Equal(bytes, MeetingJson.SerializeToUtf8Bytes(back));
        Assert.DoesNotContain(MeetingValidator.Validate(meeting).Issues, i => i.Code == "KP206");
    }

    [Theory]
    [InlineData("SAG-2024-17")]
    [InlineData("19/12345-A")]
    [InlineData("00.32.10.s00 24/5333")]
    [InlineData("00.32.10.SØ0 24/5333")]
    [InlineData("05-03-2025")]
    [InlineData("1-40-72-1234567-22")]
    [InlineData("1-400-72-7-22")]
    [InlineData("1-40-72-7-2022")]
    [InlineData("1-2-3-4-5-22")]
    [InlineData("1-40-72-7-22 ")]
    public void Other_case_numbers_are_kept_as_text_and_warned_about(string text)
    {
        Assert.False(CaseNumber.TryParse(text, out _));
        var kept = CaseNumber.FromText(text);
        Assert.Equal(CaseNumberForm.Unrecognized, kept.Form);
        Assert.Equal(text, kept.ToString());
        Assert.Null(kept.Plan);

        var meeting = WithCaseNumber(kept);
        var back = MeetingJson.Deserialize(MeetingJson.SerializeToUtf8Bytes(meeting));
        Assert.Equal(text, back.Items[0].CaseNumber!.ToString());
        Assert.Contains(MeetingValidator.Validate(meeting).Issues, i => i.Code == "KP205");
    }

    [Theory]
    [InlineData("DOK-1")]
    [InlineData("2016-003798-")]
    [InlineData("2016--1")]
    [InlineData("216-003798-1")]
    [InlineData("2016-003798-1-2")]
    [InlineData("2016-0037A8")]
    public void Other_document_numbers_are_kept_as_text_and_warned_about(string text)
    {
        Assert.False(DocumentNumber.TryParse(text, out _));
        var kept = DocumentNumber.FromText(text);
        Assert.Equal(DocumentNumberForm.Unrecognized, kept.Form);
        Assert.False(kept.IsRecognized);
        Assert.Null(kept.Sequence);
        Assert.Equal(text, kept.ToString());

        var meeting = WithDocumentNumber(kept, out _);
        Assert.Contains(MeetingValidator.Validate(meeting).Issues, i => i.Code == "KP206");
    }

    [Fact]
    public void Errors_list_the_new_forms()
    {
        var caseError = Assert.Throws<FormatException>(() => CaseNumber.Parse("SAG-17"));
        Assert.Contains("1-40-72-7-22", caseError.Message, StringComparison.Ordinal);
        Assert.Contains("FromText", caseError.Message, StringComparison.Ordinal);

        var documentError = Assert.Throws<FormatException>(() => DocumentNumber.Parse("DOK-1"));
        Assert.Contains("'DOK-1'", documentError.Message, StringComparison.Ordinal);
        Assert.Contains("2016-003798-1", documentError.Message, StringComparison.Ordinal);
        Assert.Contains("2012-203438", documentError.Message, StringComparison.Ordinal);
    }

    private static TheoryData<string, TForm> Texts<TForm>(IEnumerable<object?[]> rows)
    {
        var texts = new TheoryData<string, TForm>();
        foreach (var row in rows)
        {
            texts.Add((string)row[0]!, (TForm)row[1]!);
        }

        return texts;
    }

    private static Meeting WithCaseNumber(CaseNumber number)
    {
        var seed = SeedMeeting.Build();
        return seed with { Items = [seed.Items[0] with { CaseNumber = number }, .. seed.Items.Skip(1)] };
    }

    private static Meeting WithDocumentNumber(DocumentNumber number, out int item)
    {
        var seed = SeedMeeting.Build();
        var index = seed.Items.ToList().FindIndex(i => i.Attachments.Count > 0);
        item = index;
        var changed = seed.Items[index] with { Attachments = [seed.Items[index].Attachments[0] with { DocumentNumber = number }, .. seed.Items[index].Attachments.Skip(1)] };
        return seed with { Items = [.. seed.Items.Select((i, at) => at == index ? changed : i)] };
    }
}
