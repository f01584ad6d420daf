using Verification.Classifier;
using Verification.Study;

namespace Verification.Landscape;

/// <summary>One trained model of a landscape: where it started, its converged objective, and what it became.</summary>
public sealed record LandscapeRow(double Beta, AlgorithmLabel Start, double Loss, double Mse, double KlBits, AlgorithmLabel Label, OrderParameters Parameters);
