using System.Text.RegularExpressions;
using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Verification.Properties.Architecture;

/// <summary>
/// Namespaces in layers, lowest first: a namespace may use the namespaces of the layers below its own, and none of
/// its own layer or above, so the drawing has no cycles.
/// </summary>
public sealed record LayerDrawing(IReadOnlyList<IReadOnlyList<string>> Layers)
{
    public IEnumerable<string> Namespaces => Layers.SelectMany(l => l);

    /// <summary>The rule for one namespace of the drawing: its types use no type of a namespace at its layer or above.</summary>
    public IArchRule RuleFor(string ns)
    {
        var layer = Layers.Select((l, i) => (l, i)).Single(x => x.l.Contains(ns)).i;
        var forbidden = Layers.Skip(layer).SelectMany(l => l).Where(other => other != ns).ToArray();
        return Types().That().ResideInNamespace(ns).Should()
            .NotDependOnAny(Types().That().ResideInNamespaceMatching($"^({string.Join("|", forbidden.Select(Regex.Escape))})$"))
            .Because($"{ns} is drawn in layer {layer} of Spec/architecture.md and may use only the layers below it");
    }
}
