namespace Verification.Errors;

/// <summary>
/// Training stopped because its loss diverged. Not bad input: the run's settings were valid, and a script
/// must tell "fix the command" (exit 2) from "this run diverged, try another seed" (its own exit code).
/// </summary>
public sealed class TrainingDiverged(string message) : Exception(message);
