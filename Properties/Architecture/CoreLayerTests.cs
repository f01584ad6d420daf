using ArchUnitNET.Loader;
using ArchUnitNET.NUnit;
using Verification.Networks;

namespace Verification.Properties.Architecture;

/// <summary>
/// Core's namespaces keep the layers Spec/architecture.md draws: each uses only the layers below its own (types as
/// compiled, so a dependency hidden behind a fully qualified name counts too), and every namespace is drawn.
/// </summary>
public class CoreLayerTests
{
    /// <summary>Lowest first; the order of Spec/architecture.md's drawing.</summary>
    public static readonly LayerDrawing Drawing = new([
        ["Verification.Vocabulary", "Verification.Errors"],
        ["Verification", "Verification.Files", "Verification.Problem"],
        ["Verification.Networks", "Verification.Mutation"],
        ["Verification.Algorithms", "Verification.Classifier", "Verification.Hypernetwork"],
        ["Verification.Checking", "Verification.Training"],
        ["Verification.Baseline"],
        ["Verification.Landscape"],
        ["Verification.Results"],
        ["Verification.Study"],
        ["Verification.Claims"],
        ["Verification.Sweep"],
        ["Verification.Units"],
    ]);

    static readonly ArchUnitNET.Domain.Architecture Core =
        new ArchLoader().LoadAssemblies(typeof(Network).Assembly).Build();

    public static IEnumerable<string> Namespaces => Drawing.Namespaces;

    [TestCaseSource(nameof(Namespaces))]
    public void A_namespace_uses_only_the_layers_below_its_own(string ns) => Drawing.RuleFor(ns).Check(Core);

    [Test]
    public void Every_namespace_of_Core_is_drawn()
    {
        var compiled = Core.Namespaces.Where(n => n.Types.Any()).Select(n => n.FullName).Where(n => n.StartsWith("Verification", StringComparison.Ordinal));
        Assert.That(compiled.Except(Drawing.Namespaces), Is.Empty, "namespaces of Core missing from the drawing");
    }
}
