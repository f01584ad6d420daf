namespace Verification.Errors;

/// <summary>
/// Bad input from the user (a file, a flag, a value). The command line prints its message as one line
/// and exits with code 2; everything else is a bug and keeps its stack trace.
/// </summary>
public sealed class BadInputException(string message) : Exception(message);
