using Verification.Classifier;
using Verification.Vocabulary;

namespace Verification.Landscape;

/// <summary>
/// One trained model of a landscape: where it started (the algorithm of its start, LandscapeOptions.StartPoints
/// gives the rest), its converged objective, and what it became. Drift: loss / loss 10% of the steps earlier - 1,
/// how far it still moved (null in landscapes made before it was measured).
/// </summary>
public sealed record LandscapeRow(double Beta, AlgorithmLabel Start, double Loss, double Mse, double KlBits, AlgorithmLabel Label, OrderParameters Parameters,
    double? Drift = null);
