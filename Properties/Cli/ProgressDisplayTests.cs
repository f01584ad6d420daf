using System.Text;
using System.Text.RegularExpressions;
using Spectre.Console;
using Verification.Cli;

namespace Verification.Properties.Cli;

/// <summary>
/// Long work reports progress: live bars in a terminal, drawn only by the thread doing the work, and plain
/// lines with elapsed time and ETA when the output is a file or CI.
/// </summary>
[Claim("CLI-3")]
public class ProgressDisplayTests
{
    [Test]
    public void Live_bars_are_drawn_only_by_the_thread_doing_the_work()
    {
        var output = new ThreadRecordingWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(output),
        });
        var worker = System.Environment.CurrentManagedThreadId;
        // 0.6 s of work: long enough for a refresh thread (Spectre redraws every 100 ms) to draw several times.
        var steps = ProgressDisplay.RunLive(console, update =>
        {
            for (var step = 1; step <= 30; step++)
            {
                Thread.Sleep(20);
                update("training", step, 30, $"loss {1.0 / step:F3}");
            }
            return 30;
        });
        Assert.Multiple(() =>
        {
            Assert.That(steps, Is.EqualTo(30));
            Assert.That(output.Text, Does.Contain("training loss 0.033"));
            Assert.That(output.Threads, Is.EquivalentTo(new[] { worker }), "threads that drew the bars");
        });
    }

    [Test]
    public void Plain_lines_give_the_stage_its_progress_the_elapsed_time_and_the_eta()
    {
        var output = new StringWriter();
        ProgressDisplay.RunPlain(update =>
        {
            for (var done = 1; done <= 10; done++) update("sweep", done, 10, "n=16");
            return 0;
        }, output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // The first update and the last print; the ones in between fall inside the 5 s throttle.
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.Match(@"^sweep: 1/10 n=16 elapsed \d\d:\d\d eta \d\d:\d\d$"));
            Assert.That(lines[1], Does.Match(@"^sweep: 10/10 n=16 elapsed \d\d:\d\d eta 00:00$"));
        });
    }

    [Test]
    public void Durations_of_an_hour_or_more_keep_their_hours()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProgressDisplay.Duration(TimeSpan.FromSeconds(3599)), Is.EqualTo("59:59"));
            Assert.That(ProgressDisplay.Duration(TimeSpan.FromMinutes(65)), Is.EqualTo("1:05:00"));
            Assert.That(ProgressDisplay.Duration(TimeSpan.FromHours(51) + TimeSpan.FromSeconds(7)), Is.EqualTo("51:00:07"));
        });
    }

    /// <summary>A text writer that keeps what is written and the ids of the threads that wrote it.</summary>
    sealed class ThreadRecordingWriter : TextWriter
    {
        readonly StringBuilder text = new();
        readonly HashSet<int> threads = [];

        public override Encoding Encoding => Encoding.UTF8;

        public string Text { get { lock (text) return Regex.Replace(text.ToString(), @"\x1b\[[0-9;?]*[A-Za-z]", ""); } }

        public int[] Threads { get { lock (text) return threads.ToArray(); } }

        public override void Write(char value)
        {
            lock (text)
            {
                text.Append(value);
                threads.Add(System.Environment.CurrentManagedThreadId);
            }
        }
    }
}
