using Verification.Classifier;

namespace Verification.Landscape;

/// <summary>One trained model of a landscape: where it started, its converged objective, and what it became.</summary>
public sealed record LandscapeRow(double Beta, string Start, double Loss, double Mse, double KlBits, string Label, OrderParameters Parameters);
