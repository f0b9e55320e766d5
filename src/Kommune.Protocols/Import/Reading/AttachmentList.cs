using System.Globalization;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>
/// An item's attachments as the model holds them: numbered 1, 2, 3 in the item (the source's
/// own number is checked, and a different one reported), closed unless clearly open and always
/// closed in a closed item, titled, and with a file reference that stays inside the export's
/// folder. Files are never opened: with an attachment folder, only whether the file is there
/// is looked up.
/// </summary>
internal sealed class AttachmentList(ImportContext context, Access itemAccess)
{
    private readonly List<Attachment> attachments = [];

    public ValueList<Attachment> ToList() => ValueList.From(attachments);

    /// <param name="at">The attachment's element.</param>
    /// <param name="numberText">The source's number, if it has one.</param>
    /// <param name="title">The title.</param>
    /// <param name="open">Whether the source says it may be published (null: it does not say, or says something unknown).</param>
    /// <param name="accessText">The access value as written, for the report.</param>
    /// <param name="documentNumber">The document number text.</param>
    /// <param name="file">The file reference (relative path or web address).</param>
    /// <param name="mediaType">The media type, when known.</param>
    public void Add(SourceElement at, string? numberText, string? title, bool? open, string? accessText, string? documentNumber, string? file, string? mediaType = null)
    {
        var (reference, cut) = FileReference.Normalize(file);
        var name = SourceValues.Line(title);
        if (name is null && reference is null && SourceValues.Line(documentNumber) is null)
        {
            context.Report(ImportCodes.ItemDropped, at, "an attachment with no title, file or document number was left out.");
            return;
        }

        var number = attachments.Count + 1;
        if (SourceValues.Line(numberText) is { } written && written != number.ToString(CultureInfo.InvariantCulture))
        {
            context.Report(ImportCodes.AttachmentNumber, at, $"the attachment numbered '{SourceValues.Shorten(written)}' is attachment {number} of its item; it was numbered {number}.");
        }

        if (name is null)
        {
            name = reference is null ? $"Bilag {number}" : reference[(reference.LastIndexOf('/') + 1)..];
            context.Report(ImportCodes.AttachmentTitle, at, $"attachment {number} has no title; it was titled '{SourceValues.Shorten(name)}'.");
        }

        var access = Access(at, number, open, accessText);
        if (cut)
        {
            context.Report(ImportCodes.FileOutside, at, $"the file reference '{SourceValues.Shorten(file!.Trim())}' of attachment {number} is absolute or leaves the export's folder; only {(reference is null ? "nothing" : $"'{reference}'")} was kept.");
        }

        if (reference is not null && context.Options.AttachmentFolder is { } folder && !FileReference.IsWebAddress(reference) && !Exists(folder, reference))
        {
            context.Report(ImportCodes.FileMissing, at, $"the file '{SourceValues.Shorten(reference)}' of attachment {number} is not in the attachment folder.");
        }

        attachments.Add(new Attachment
        {
            Number = number,
            Title = name,
            Access = access,
            DocumentNumber = SourceValues.DocumentNumberOf(documentNumber),
            FileName = reference,
            MediaType = mediaType,
        });
    }

    private Access Access(SourceElement at, int number, bool? open, string? accessText)
    {
        if (open is null)
        {
            context.Report(ImportCodes.AttachmentAccess, at, SourceValues.Line(accessText) is { } written
                ? $"attachment {number}'s open/closed value '{SourceValues.Shorten(written)}' is not known; it was imported as closed."
                : $"attachment {number} does not say whether it may be published; it was imported as closed.");
            return Model.Access.Closed;
        }

        if (open == true && itemAccess != Model.Access.Open)
        {
            context.Report(ImportCodes.AttachmentAccess, at, $"attachment {number} is marked open in a closed item; it was imported as closed.");
            return Model.Access.Closed;
        }

        return open == true ? Model.Access.Open : Model.Access.Closed;
    }

    private static bool Exists(string folder, string reference)
    {
        try
        {
            return File.Exists(Path.Combine(folder, reference.Replace('/', Path.DirectorySeparatorChar)));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
