using ArchUnitNET.Loader;
using Verification.Properties.Architecture.Fixture.Low;

namespace Verification.Properties.Architecture;

/// <summary>The layer rule can fail: it finds a fixture's lower layer using its upper one, and one namespace using another of its own layer; an upper layer using a lower one passes.</summary>
public class LayerDrawingTests
{
    const string Low = "Verification.Properties.Architecture.Fixture.Low", High = "Verification.Properties.Architecture.Fixture.High";

    static readonly ArchUnitNET.Domain.Architecture Fixture =
        new ArchLoader().LoadAssemblies(typeof(Below).Assembly).Build();

    [Test]
    public void A_lower_layer_using_an_upper_one_is_a_violation() =>
        Assert.That(new LayerDrawing([[Low], [High]]).RuleFor(Low).HasNoViolations(Fixture), Is.False);

    [Test]
    public void An_upper_layer_using_a_lower_one_is_not() =>
        Assert.That(new LayerDrawing([[Low], [High]]).RuleFor(High).HasNoViolations(Fixture), Is.True);

    [Test]
    public void Two_namespaces_of_one_layer_may_not_use_each_other() =>
        Assert.That(new LayerDrawing([[Low, High]]).RuleFor(High).HasNoViolations(Fixture), Is.False);
}
