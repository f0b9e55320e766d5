using System.Diagnostics.CodeAnalysis;

// Internal signals between our own code, never seen by a user: the standard constructors would be dead code.
[assembly: SuppressMessage("Design", "CA1032:Implement standard exception constructors", Justification = "Internal signal with one way to make it.", Scope = "type", Target = "~T:Kommune.Protocols.Json.MeetingReadError")]
[assembly: SuppressMessage("Design", "CA1032:Implement standard exception constructors", Justification = "Internal signal with one way to make it.", Scope = "type", Target = "~T:Kommune.Protocols.Json.LimitReachedException")]
