namespace Kommune.Protocols.Samples.Arguments;

/// <summary>The arguments are wrong; the message is the one line that says how.</summary>
internal sealed class UsageException(string message) : Exception(message);
