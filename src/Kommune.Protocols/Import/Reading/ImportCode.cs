namespace Kommune.Protocols.Import;

/// <summary>A report code: its stable name, its severity and what it means (as listed in <c>docs/import.md</c>).</summary>
internal sealed record ImportCode(string Code, ImportSeverity Severity, string Meaning);
