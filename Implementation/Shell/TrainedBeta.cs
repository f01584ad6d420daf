using System.Globalization;
using Verification.Errors;
using Verification.Training;

namespace Verification.Shell;

/// <summary>A beta typed on the command line, refused outside the range the hypernetwork was trained on (generate, hyper-experiment --show).</summary>
public static class TrainedBeta
{
    public static void Require(double beta, TrainingOptions options)
    {
        // Every digit the user typed: 0.0100001 rounded to 0.01 would read as inside the range it is refused for.
        var typed = beta.ToString(CultureInfo.InvariantCulture);
        if (!double.IsFinite(beta) || beta <= 0) throw new BadInputException($"beta must be a positive number, got {typed}");
        if (beta < options.BetaMin || beta > options.BetaMax)
            throw new BadInputException($"beta {typed} is outside the trained range [{options.BetaMin:G3}, {options.BetaMax:G3}]; the hypernetwork does not extrapolate");
    }
}
