using System.Diagnostics;
using Spectre.Console;

namespace Verification.Cli;

/// <summary>
/// Progress of long work, one bar per stage: a live display with ETA in a terminal; plain
/// "stage: done/total detail elapsed eta" lines, at most one every few seconds per stage, when output goes
/// to a file or CI (the CI variable is set).
/// </summary>
public static class ProgressDisplay
{
    /// <summary>Receives (stage, done, total, detail) updates from the work; a new stage name starts a new bar.</summary>
    public delegate void Update(string stage, int done, int total, string detail);

    public static T Run<T>(Func<Update, T> work) => Terminal.Plain ? RunPlain(work, Console.Out) : RunLive(Terminal.Console(), work);

    static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Live bars with ETA, drawn only from the thread doing the work. Spectre's auto-refresh would redraw from a
    /// thread of its own, and a thread that allocates while torch runs lets the garbage collector free a
    /// TorchSharp scalar in the middle of a native call (BENCHMARKS.md, "What the measurements taught").
    /// </summary>
    public static T RunLive<T>(IAnsiConsole console, Func<Update, T> work)
    {
        T result = default!;
        console.Progress()
            .AutoRefresh(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var bars = new Dictionary<string, ProgressTask>();
                var clock = Stopwatch.StartNew();
                var lastDraw = -RedrawInterval;
                result = work((stage, done, total, detail) =>
                {
                    if (!bars.TryGetValue(stage, out var bar))
                        bars[stage] = bar = context.AddTask(Markup.Escape(stage), maxValue: total);
                    bar.Value = done;
                    bar.Description = Markup.Escape($"{stage} {detail}".TrimEnd());
                    if (clock.Elapsed - lastDraw < RedrawInterval && done < total) return;
                    lastDraw = clock.Elapsed;
                    context.Refresh();
                });
            });
        return result;
    }

    /// <summary>Plain "stage: done/total detail elapsed eta" lines, at most one every 5 s per stage, and the last.</summary>
    public static T RunPlain<T>(Func<Update, T> work, TextWriter output)
    {
        var stages = new Dictionary<string, PlainStage>();
        return work((stage, done, total, detail) =>
        {
            if (!stages.TryGetValue(stage, out var state))
                stages[stage] = state = new PlainStage(Stopwatch.StartNew(), done);
            if (state.Clock.Elapsed - state.LastPrint < TimeSpan.FromSeconds(5) && done < total) return;
            state.LastPrint = state.Clock.Elapsed;
            // Resumed work starts part-way: the rate counts only what this run has done.
            var doneHere = done - state.Start;
            var eta = doneHere > 0 ? TimeSpan.FromSeconds(state.Clock.Elapsed.TotalSeconds * (total - done) / doneHere) : TimeSpan.Zero;
            output.WriteLine($"{stage}: {done}/{total}{(detail.Length > 0 ? " " + detail : "")} elapsed {Duration(state.Clock.Elapsed)} eta {Duration(eta)}");
        });
    }

    /// <summary>mm:ss, with the whole hours in front from an hour on (a long training's ETA must not wrap at 60 minutes).</summary>
    public static string Duration(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(long)t.TotalHours}:{t:mm\\:ss}" : $"{t:mm\\:ss}";

    sealed class PlainStage(Stopwatch clock, int start)
    {
        public Stopwatch Clock { get; } = clock;
        public int Start { get; } = start;
        public TimeSpan LastPrint { get; set; } = TimeSpan.FromSeconds(-10);
    }
}
