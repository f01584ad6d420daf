namespace Verification.Training;

/// <summary>
/// One step's report: the mean over the step's networks of the loss, the task MSE and the KL in bits, and how
/// many steps of this run were skipped as outliers so far (TrainingOptions.DivergenceLoss).
/// </summary>
public sealed record TrainingProgress(int Step, int TotalSteps, int Dimension, double Loss, double Mse, double KlBits, int SkippedSteps, TimeSpan Elapsed);
