namespace Kommune.Protocols.Samples;

/// <summary>
/// Where a command's results and problems go, and how it opens output files. Passed to each
/// command rather than kept in statics, so tests can run commands side by side, each with its
/// own (for example, failing) output files.
/// </summary>
internal sealed class CliContext(TextWriter output, TextWriter error, OutputFile.Opener openOutput)
{
    /// <summary>Writes a result line; control characters from the input are escaped.</summary>
    public void Say(string line) => output.WriteLine(TerminalText.Escape(line));

    /// <summary>Writes a problem line; control characters from the input are escaped.</summary>
    public void Complain(string line) => error.WriteLine(TerminalText.Escape(line));

    /// <summary>Writes an output file whole or not at all (<see cref="OutputFile"/>).</summary>
    public void WriteFile(string target, ReadOnlySpan<byte> bytes) => OutputFile.Write(target, bytes, openOutput);
}
