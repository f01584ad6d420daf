using System.Diagnostics;
using Spectre.Console;

namespace Verification.Cli;

/// <summary>
/// Progress of long work: a live bar with ETA in a terminal; plain "task: done/total, detail, ETA" lines,
/// at most one every few seconds, when output goes to a file or CI (the CI variable is set).
/// </summary>
public static class ProgressDisplay
{
    /// <summary>Receives (done, detail) updates from the work.</summary>
    public delegate void Update(int done, string detail);

    static bool Plain => Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static T Run<T>(string title, int total, Func<Update, T> work)
    {
        if (Plain) return RunPlain(title, total, work);
        T result = default!;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: total);
                result = work((done, detail) =>
                {
                    task.Value = done;
                    task.Description = Markup.Escape($"{title} {detail}");
                });
            });
        return result;
    }

    static T RunPlain<T>(string title, int total, Func<Update, T> work)
    {
        var clock = Stopwatch.StartNew();
        var lastPrint = TimeSpan.FromSeconds(-10);
        int? start = null;
        var result = work((done, detail) =>
        {
            // Resumed work starts part-way: the rate counts only what this run has done.
            start ??= done;
            if (clock.Elapsed - lastPrint < TimeSpan.FromSeconds(5) && done < total) return;
            lastPrint = clock.Elapsed;
            var doneHere = done - start.Value;
            var eta = doneHere > 0 ? TimeSpan.FromSeconds(clock.Elapsed.TotalSeconds * (total - done) / doneHere) : TimeSpan.Zero;
            Console.WriteLine($"{title}: {done}/{total} {detail} elapsed {clock.Elapsed:mm\\:ss} eta {eta:mm\\:ss}");
        });
        return result;
    }
}
