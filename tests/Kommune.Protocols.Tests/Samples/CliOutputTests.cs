using Kommune.Protocols.Samples;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Samples;

/// <summary>
/// Output is written whole or not at all: a folder where a file is named, a missing folder or
/// a full disk exits 2 with one line, leaves no partial or temporary file, and leaves an
/// existing target exactly as it was.
/// </summary>
public sealed class CliOutputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kommune-out-").FullName;

    private static string Seed => Path.Combine(RepoPaths.Root(), "samples", "data", "direktionen-2025-03-05.json");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Out_naming_a_folder_exits_2_and_leaves_the_folder_alone()
    {
        var target = Directory.CreateDirectory(Path.Combine(folder, "docs")).FullName;

        var run = CliRun.Of("render", Seed, "--edition", "public", "--out", target);

        run.AssertOneLineFailure();
        Assert.Contains("folder", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(target));
        Assert.Equal([target], Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void Out_in_a_missing_folder_exits_2_and_creates_nothing()
    {
        var target = Path.Combine(folder, "missing", "x.docx");

        var run = CliRun.Of("render", Seed, "--edition", "public", "--out", target);

        run.AssertOneLineFailure();
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(9000)]
    public void A_full_disk_leaves_no_partial_file(int room)
    {
        var target = Path.Combine(folder, "x.docx");

        var run = CliRun.With((path, mode) => new FullDiskStream(OutputFile.Open(path, mode), room), "render", Seed, "--edition", "public", "--out", target);

        run.AssertOneLineFailure();
        Assert.Contains("No space left on device", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void A_full_disk_leaves_an_existing_target_as_it_was()
    {
        var target = Path.Combine(folder, "x.docx");
        byte[] before = [1, 2, 3, 4, 5];
        File.WriteAllBytes(target, before);

        var run = CliRun.With((path, mode) => new FullDiskStream(OutputFile.Open(path, mode), 4000), "render", Seed, "--edition", "internal", "--out", target);

        run.AssertOneLineFailure();
        Assert.Equal(before, File.ReadAllBytes(target));
        Assert.Equal([target], Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void A_full_disk_during_the_seed_run_leaves_no_empty_or_partial_file()
    {
        var written = 0;
        OutputFile.Opener failsOnTheThirdFile = (path, mode) => ++written < 3 ? OutputFile.Open(path, mode) : new FullDiskStream(OutputFile.Open(path, mode), 100);

        var run = CliRun.With(failsOnTheThirdFile, folder);

        run.AssertOneLineFailure();
        var files = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["direktionen-2025-03-05.json", "direktionen-2025-03-05.public.json"], files);
        Assert.All(Directory.GetFiles(folder), file => Assert.True(new FileInfo(file).Length > 1000, file));
    }

    [Fact]
    public void A_successful_write_replaces_the_target_and_leaves_no_temporary_file()
    {
        var target = Path.Combine(folder, "x.docx");
        File.WriteAllBytes(target, [1, 2, 3]);

        var run = CliRun.Of("render", Seed, "--edition", "public", "--out", target);

        Assert.Equal(Cli.Ok, run.Code);
        Assert.True(new FileInfo(target).Length > 1000);
        Assert.Equal([target], Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void The_real_dev_full_gives_one_line_and_stays_a_device()
    {
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        var run = CliRun.Of("render", Seed, "--edition", "public", "--out", "/dev/full");

        run.AssertOneLineFailure();
        Assert.Contains("No space left on device", run.Error, StringComparison.Ordinal);

        // A rename over it would have left a regular file of some 9 KB in its place.
        Assert.Equal(0, new FileInfo("/dev/full").Length);
    }

    [Fact]
    public void Dev_null_is_written_to_not_replaced()
    {
        if (!File.Exists("/dev/null"))
        {
            return;
        }

        var run = CliRun.Of("render", Seed, "--edition", "public", "--out", "/dev/null");

        Assert.Equal(Cli.Ok, run.Code);
        Assert.Equal(0, new FileInfo("/dev/null").Length);
    }

    [Fact]
    public void An_unexpected_failure_is_one_line_with_exit_3_not_a_stack_trace()
    {
        var run = CliRun.With((_, _) => throw new InvalidOperationException("surprise"), "render", Seed, "--edition", "public", "--out", Path.Combine(folder, "x.docx"));

        Assert.Equal(Cli.InternalError, run.Code);
        Assert.Single(run.ErrorLines);
        Assert.Contains("surprise", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seed_folder_that_is_a_file_exits_2()
    {
        var file = Path.Combine(folder, "taken");
        File.WriteAllText(file, "x");

        var run = CliRun.Of(file);

        run.AssertOneLineFailure();
        Assert.Equal("x", File.ReadAllText(file));
    }
}
