using System.Reflection;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Model;

/// <summary>
/// The walker is the one list of the model's text fields: validation, the writers' printable-text
/// check and the loss and leak tests all rely on it. These tests fill every settable member of
/// every model type by reflection and require the walker to visit each text, at the same path,
/// and to rewrite each one.
/// </summary>
public class WalkerCompletenessTests
{
    [Fact]
    public void Every_text_member_of_every_model_type_is_visited_at_its_path()
    {
        var filler = new ModelFiller();
        var meeting = filler.Fill<Meeting>();

        var visited = Texts.Of(meeting);

        var missing = filler.Texts.Except(visited).ToList();
        Assert.True(missing.Count == 0, "not visited: " + string.Join(", ", missing.Take(20).Select(m => m.Path)));
        Assert.Equal(filler.Texts.Count, visited.Count);
    }

    [Fact]
    public void The_filler_reaches_every_model_type_with_text()
    {
        // Guards the guard: a model type with a text member that the filled meeting never contains would escape the test above.
        var filler = new ModelFiller();
        filler.Fill<Meeting>();
        var reached = filler.Texts.Select(t => t.Path).ToList();
        var textTypes = typeof(Meeting).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(Meeting).Namespace && t.IsClass && !t.IsAbstract)
            .Where(t => t.GetProperties().Any(p => p.SetMethod is { IsPublic: true } && (p.PropertyType == typeof(string) || p.PropertyType == typeof(ValueList<string>) || p.PropertyType == typeof(CaseNumber) || p.PropertyType == typeof(DocumentNumber))))
            .ToList();

        Assert.True(textTypes.Count >= 20, $"only {textTypes.Count} model types with text found");
        foreach (var type in textTypes)
        {
            var member = type.GetProperties().First(p => p.SetMethod is { IsPublic: true } && (p.PropertyType == typeof(string) || p.PropertyType == typeof(ValueList<string>) || p.PropertyType == typeof(CaseNumber) || p.PropertyType == typeof(DocumentNumber)));
            var name = char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
            Assert.True(reached.Any(p => p == name || p.EndsWith("." + name, StringComparison.Ordinal) || p.Contains("." + name + "[", StringComparison.Ordinal) || p.StartsWith(name + "[", StringComparison.Ordinal)), $"{type.Name}.{member.Name} is never filled");
        }
    }

    [Fact]
    public void Rewrite_replaces_every_text_and_keeps_the_rest()
    {
        var filler = new ModelFiller();
        var meeting = filler.Fill<Meeting>();

        var rewritten = MeetingWalker.Rewrite(meeting, (path, text) => "R:" + text);

        Assert.Equal(filler.Texts.Select(t => (t.Path, "R:" + t.Text)), Texts.Of(rewritten));
        Assert.Equal(meeting.Date, rewritten.Date);
        Assert.Equal(meeting.Items.Count, rewritten.Items.Count);
    }

    [Fact]
    public void Rewrite_that_changes_nothing_returns_the_same_instances()
    {
        var meeting = SeedMeeting.Build();

        var same = MeetingWalker.Rewrite(meeting, (_, text) => text);

        Assert.Same(meeting, same);
    }

    [Fact]
    public void Rewrite_rebuilds_only_what_changed()
    {
        var meeting = SeedMeeting.Build();

        var changed = MeetingWalker.Rewrite(meeting, (path, text) => path.ToString() == "items[2].title" ? "Ny titel" : text);

        Assert.Equal("Ny titel", changed.Items[2].Title);
        Assert.Same(meeting.Items[0], changed.Items[0]);
        Assert.Same(meeting.Items[2].Sections, changed.Items[2].Sections);
        Assert.Same(meeting.Members, changed.Members);
    }

    [Fact]
    public void Paths_read_as_in_the_json()
    {
        var paths = Texts.Of(SeedMeeting.Build()).Select(t => t.Path).ToList();

        Assert.Contains("items[2].sections[1].content[0].runs[0].text", paths);
        Assert.Contains("items[3].caseNumber", paths);
        Assert.Contains("timePlan.slots[0].guests[0].name", paths);
        Assert.Contains("signatories[0].title", paths);
    }

    [Fact]
    public void Every_model_property_that_holds_text_is_settable_so_the_filler_sees_it()
    {
        // A get-only text member would be invisible to the filler and the walker alike.
        var getOnly = typeof(Meeting).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(Meeting).Namespace && t.IsClass && t.IsSealed && t.GetConstructor(Type.EmptyTypes) is not null)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => x.p.PropertyType == typeof(string) && x.p.SetMethod is null && x.p.GetMethod!.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null)
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .ToList();

        Assert.Empty(getOnly);
    }
}
