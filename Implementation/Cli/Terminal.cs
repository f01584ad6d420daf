using Spectre.Console;

namespace Verification.Cli;

/// <summary>
/// Where Spectre output goes. Spectre decides colour from TERM alone, so output redirected to a file or a
/// pipe carried ANSI escape codes into logs; it is plain and 80 columns wide when it is not a terminal, in
/// CI, or with NO_COLOR set.
/// </summary>
public static class Terminal
{
    public const int PlainWidth = 80;

    public static bool Plain => System.Console.IsOutputRedirected
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>A console on the current Console.Out (not the one of the first call, which tests replace).</summary>
    public static IAnsiConsole Console() => Plain ? PlainOn(System.Console.Out) : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });

    public static IAnsiConsole PlainOn(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = PlainWidth;
        return console;
    }
}
