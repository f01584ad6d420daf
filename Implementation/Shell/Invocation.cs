using System.CommandLine;
using Verification.Errors;

namespace Verification.Shell;

/// <summary>
/// How every program of the suite runs its command line: bad input (a parse error or a BadInputException) is one line
/// on stderr and exit code 2, no stack trace; training that diverged exits 3, an interruption with its signal's code.
/// </summary>
public static class Invocation
{
    public static int Run(string description, IEnumerable<Command> commands, string[] args)
    {
        var root = new RootCommand(description);
        foreach (var command in commands)
            root.Subcommands.Add(command);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // An unknown word explains more than the "required command" complaint it causes.
            var error = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            Console.Error.WriteLine($"error: {OneLine(error.Message)}");
            return ExitCode.BadInput;
        }
        if (CommaInNumber(parse) is { } comma)
        {
            Console.Error.WriteLine($"error: {OneLine(comma)}");
            return ExitCode.BadInput;
        }
        try
        {
            EnvironmentSetting.RequireValid();
            // Our own handler below, so that bad input is one line and a bug keeps its stack trace.
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (BadInputException e)
        {
            Console.Error.WriteLine($"error: {OneLine(e.Message)}");
            return ExitCode.BadInput;
        }
        catch (TrainingDiverged e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCode.Diverged;
        }
        catch (Interrupted e)
        {
            Console.Error.WriteLine(e.Message);
            return e.ExitCode;
        }
    }

    /// <summary>
    /// The parser reads a comma in a number as a thousands separator ("0,02" as 2): a number option's value with a comma
    /// is refused rather than read as another number.
    /// </summary>
    static string? CommaInNumber(ParseResult parse) =>
        parse.CommandResult.Children.OfType<System.CommandLine.Parsing.OptionResult>()
            .Where(o => o.Option.ValueType is var type && (type == typeof(double) || type == typeof(double?) || type == typeof(double[])))
            .SelectMany(o => o.Tokens.Select(token => (o.Option.Name, token.Value)))
            .Where(option => option.Value.Contains(','))
            .Select(option => $"{option.Name} {option.Value} is not a number: write decimals with a point, without thousands separators")
            .FirstOrDefault();

    /// <summary>A message as one line: a path or value the user typed may hold a line break or a tab.</summary>
    static string OneLine(string message) =>
        string.Concat(message.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c)).Trim();
}
