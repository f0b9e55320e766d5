using System.Globalization;

namespace Kommune.Protocols.Pdf.Output;

/// <summary>
/// A growing buffer of PDF syntax: raw bytes, numbers (invariant, at most three decimals), names,
/// object references and text strings, each written the one way this writer writes it, so the
/// same calls give the same bytes in any culture.
/// </summary>
internal sealed class PdfBytes(int capacity = 16 * 1024)
{
    private byte[] buffer = new byte[capacity];

    /// <summary>How many bytes have been written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, Length);

    /// <summary>Forgets the content, keeping the capacity.</summary>
    public void Clear() => Length = 0;

    public PdfBytes Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Space(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    public PdfBytes Byte(byte value)
    {
        Space(1)[0] = value;
        Length++;
        return this;
    }

    public PdfBytes Int(long value)
    {
        var span = Space(20);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>A real number rounded to three decimals, without exponent or trailing zeros (<c>12.5</c>, <c>-3</c>).</summary>
    public PdfBytes Number(double value)
    {
        // In thousandths, rounded half away from zero; written digit by digit (a custom format string is
        // several times slower, and this runs for every coordinate on every page).
        var scaled = Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (!(Math.Abs(scaled) < 9e15))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A number in a PDF must be finite and within range.");
        }

        var thousandths = (long)scaled;
        if (thousandths < 0)
        {
            Byte((byte)'-');
            thousandths = -thousandths;
        }

        Int(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        if (fraction != 0)
        {
            Byte((byte)'.').Byte((byte)('0' + (fraction / 100)));
            fraction %= 100;
            if (fraction != 0)
            {
                Byte((byte)('0' + (fraction / 10)));
                fraction %= 10;
                if (fraction != 0)
                {
                    Byte((byte)('0' + fraction));
                }
            }
        }

        return this;
    }

    /// <summary>An indirect reference (<c>12 0 R</c>).</summary>
    public PdfBytes Ref(int objectNumber) => Int(objectNumber).Raw(" 0 R"u8);

    /// <summary>A name object: a slash, then the name with delimiters, <c>#</c> and bytes outside 0x21-0x7E written as <c>#xx</c> (UTF-8).</summary>
    public PdfBytes Name(string name)
    {
        Byte((byte)'/');
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in name.EnumerateRunes())
        {
            var count = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < count; i++)
            {
                var b = utf8[i];
                if (b is < 0x21 or > 0x7E or (byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%')
                {
                    Byte((byte)'#').Hex(b);
                }
                else
                {
                    Byte(b);
                }
            }
        }

        return this;
    }

    /// <summary>
    /// A text string: printable ASCII as a literal string (<c>(Title)</c>), anything else as
    /// UTF-16BE with a byte order mark in hexadecimal (<c>&lt;FEFF00C6&gt;</c>), which every
    /// reader decodes the same way; a lone surrogate is written as U+FFFD.
    /// </summary>
    public PdfBytes TextString(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            Byte((byte)'(');
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\')
                {
                    Byte((byte)'\\');
                }

                Byte((byte)c);
            }

            return Byte((byte)')');
        }

        Raw("<FEFF"u8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    Hex16(c).Hex16(text[++i]);
                    continue;
                }

                c = '\uFFFD';
            }

            Hex16(c);
        }

        return Byte((byte)'>');
    }

    /// <summary>A 16-bit value as four hexadecimal digits.</summary>
    public PdfBytes Hex16(int value) => Hex((byte)(value >> 8)).Hex((byte)value);

    public PdfBytes Hex(byte value)
    {
        var span = Space(2);
        span[0] = Digit(value >> 4);
        span[1] = Digit(value & 0xF);
        Length += 2;
        return this;
    }

    private static byte Digit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);

    private Span<byte> Space(int size)
    {
        if (Length + size > buffer.Length)
        {
            var grown = new byte[Math.Max(buffer.Length * 2, Length + size)];
            buffer.AsSpan(0, Length).CopyTo(grown);
            buffer = grown;
        }

        return buffer.AsSpan(Length, size);
    }
}
