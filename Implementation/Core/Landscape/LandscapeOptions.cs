using Verification.Hypernetwork;
using Verification.Training;

namespace Verification.Landscape;

/// <summary>
/// One landscape: a weight-space model per (beta, start), trained Steps Adam steps on Objective at
/// dimension N, then scored on EvaluationSamples x EvaluationInputs fresh draws, and scored the same way 10% of
/// the steps earlier to show whether it converged. Seed fixes everything. Starts: null for one per family
/// (LandscapeStart.Single), the starts of landscapes made before there were more.
/// </summary>
public sealed record LandscapeOptions(int N, IReadOnlyList<double> Betas, int Steps, long Seed, Objective Objective,
    int Samples = 8, int Inputs = 256, double LearningRate = 3e-3, int EvaluationSamples = 32, int EvaluationInputs = 1024,
    IReadOnlyList<StartPoint>? Starts = null)
{
    /// <summary>The starts every beta trains, in row order.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<StartPoint> StartPoints => Starts ?? LandscapeStart.Single(N, Objective);

    public static readonly IReadOnlyList<double> DefaultBetas = [1e-8, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1];
}
