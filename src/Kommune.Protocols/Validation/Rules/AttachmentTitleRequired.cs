using Kommune.Protocols.Model;

namespace Kommune.Protocols.Validation.Rules;

internal sealed class AttachmentTitleRequired() : Rule("KP204", Severity.Error, "Every attachment has a title (a closed one in a public edition has none by design).")
{
    public override IEnumerable<Finding> Check(ValidationContext context)
    {
        var isPublic = context.Meeting.Edition == MeetingEdition.Public;
        foreach (var (path, item) in context.AllItems)
        {
            for (var a = 0; a < item.Attachments.Count; a++)
            {
                var attachment = item.Attachments[a];
                if (string.IsNullOrWhiteSpace(attachment.Title) && !(isPublic && attachment.Access == Access.Closed))
                {
                    yield return new Finding($"{path}.attachments[{a}].title", ("number", attachment.Number));
                }
            }
        }
    }
}
