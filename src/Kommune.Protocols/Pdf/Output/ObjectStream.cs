namespace Kommune.Protocols.Pdf.Output;

/// <summary>
/// Dictionaries gathered to be written together as one compressed object stream (PDF 1.5): the
/// structure elements, bookmarks and pages of a long paper are most of its objects and compress
/// to a fraction of their size together, where each alone would not.
/// </summary>
internal sealed class ObjectStream
{
    /// <summary>At most this many objects go in one stream, so a reader that needs one object inflates a small stream.</summary>
    public const int Capacity = 200;

    private readonly PdfBytes header = new(4 * 1024);

    /// <summary>The objects' text, one after another.</summary>
    public PdfBytes Body { get; } = new(64 * 1024);

    /// <summary>The object number the stream itself will have (0 while it is empty).</summary>
    public int Number { get; private set; }

    /// <summary>How many objects it holds.</summary>
    public int Count { get; private set; }

    public bool Full => Count >= Capacity || Body.Length >= 64 * 1024;

    /// <summary>Starts object <paramref name="objectNumber"/> in the stream <paramref name="streamNumber"/> (given with the first object) and returns its index.</summary>
    public int Add(int objectNumber, Func<int> streamNumber)
    {
        if (Count == 0)
        {
            Number = streamNumber();
        }

        header.Int(objectNumber).Byte((byte)' ').Int(Body.Length).Byte((byte)' ');
        return Count++;
    }

    /// <summary>The stream's data: the pairs of object number and offset, then the objects; <paramref name="first"/> is where the objects start.</summary>
    public void CopyTo(PdfBytes data, out int first)
    {
        data.Clear();
        data.Raw(header.Written);
        first = data.Length;
        data.Raw(Body.Written);
    }

    public void Clear()
    {
        header.Clear();
        Body.Clear();
        Count = 0;
        Number = 0;
    }
}
