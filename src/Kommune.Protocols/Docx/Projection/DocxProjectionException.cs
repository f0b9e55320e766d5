namespace Kommune.Protocols.Docx;

/// <summary>
/// The one exception <see cref="DocxTextProjection"/> throws for input that is not a DOCX it can
/// read within its <see cref="DocxProjectionOptions"/>: not a zip, a damaged or truncated zip,
/// no Word main document, malformed XML, a DTD, a value it cannot interpret, or a limit passed.
/// The message says what and where (the part, the line and position, the limit).
/// </summary>
public sealed class DocxProjectionException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public DocxProjectionException()
        : base("The input is not a DOCX that can be projected.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public DocxProjectionException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public DocxProjectionException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal DocxProjectionException(string message, string? partName, string? limit, Exception? innerException = null)
        : base(message, innerException)
    {
        PartName = partName;
        Limit = limit;
    }

    /// <summary>The package part being read (<c>/word/document.xml</c>), when the problem is in one.</summary>
    public string? PartName { get; }

    /// <summary>
    /// The name of the <see cref="DocxProjectionOptions"/> limit that was passed
    /// (<c>MaxDepth</c>), or null when the input is refused for what it is rather than its size.
    /// </summary>
    public string? Limit { get; }
}
