using System.CommandLine;
using System.Globalization;
using Verification.Errors;
using Verification.Hypernetwork;
using Verification.Problem;
using Verification.Training;

namespace Verification.Shell;

/// <summary>The objective's knobs as command-line options (--prior-w/b/v/c, --no-output-bias, --input-scale, --dimension-power), shared by the commands that train (l1verify landscape, l1research hyper-experiment).</summary>
public sealed class ObjectiveOptions
{
    readonly Option<double> priorW = Sigma("--prior-w", "prior sigma of the input weights W");
    readonly Option<double> priorB = Sigma("--prior-b", "prior sigma of the hidden biases b");
    readonly Option<double> priorV = Sigma("--prior-v", "prior sigma of the output weights v");
    readonly Option<double> priorC = Sigma("--prior-c", "prior sigma of the output bias c");
    readonly Option<bool> noBias = new("--no-output-bias") { Description = "networks without an output bias (c = 0)" };
    readonly Option<string> scale = new("--input-scale") { Description = "x = r z, r log-uniform on MIN:MAX, error divided by r (1: x ~ N(0, I))", DefaultValueFactory = _ => "1" };

    readonly Option<double> dimensionPower = new("--dimension-power") { Description = "gamma: the error weighs (16/n)^(1 + gamma) (0: the shipped 16/n)", DefaultValueFactory = _ => 0 };

    public IEnumerable<Option> All => [priorW, priorB, priorV, priorC, noBias, scale, dimensionPower];

    public Objective Read(ParseResult parse) => new(
        new WeightPrior(Checked(parse, priorW), Checked(parse, priorB), Checked(parse, priorV), Checked(parse, priorC)),
        !parse.GetValue(noBias), InputScale.Parse(parse.GetValue(scale)!), Power(parse.GetValue(dimensionPower)));

    static double Power(double gamma) => Objective.IsDimensionPower(gamma)
        ? gamma
        : throw new BadInputException($"--dimension-power must be in [-{Objective.MaxDimensionPower}, {Objective.MaxDimensionPower}], got {gamma.ToString(CultureInfo.InvariantCulture)}");

    static Option<double> Sigma(string name, string description) => new(name) { Description = description, DefaultValueFactory = _ => 1 };

    static double Checked(ParseResult parse, Option<double> option) => parse.GetValue(option) is var value && value > 0 && value <= 1e3
        ? value
        : throw new BadInputException($"{option.Name} must be in (0, 1000], got {value.ToString(CultureInfo.InvariantCulture)}");
}
