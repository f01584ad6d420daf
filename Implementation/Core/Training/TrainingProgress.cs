namespace Verification.Training;

/// <summary>One step's report: the mean over the step's networks of the loss, the task MSE and the KL in bits.</summary>
public sealed record TrainingProgress(int Step, int TotalSteps, int Dimension, double Loss, double Mse, double KlBits, TimeSpan Elapsed);
