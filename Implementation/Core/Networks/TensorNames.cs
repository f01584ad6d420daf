using Verification.Errors;

namespace Verification.Networks;

/// <summary>
/// Which tensors of a state_dict hold W [H, n], b [H], v [1, H] and c [1]. By default those of
/// <c>nn.Sequential(nn.Linear(n, H), nn.SiLU(), nn.Linear(H, 1))</c>; the <c>--tensors</c> option names others,
/// as <c>W=hidden.weight,b=hidden.bias,v=readout.weight,c=readout.bias</c>.
/// </summary>
public sealed record TensorNames(string W, string B, string V, string C)
{
    public static readonly TensorNames Sequential = new("0.weight", "0.bias", "2.weight", "2.bias");

    public const string Syntax = "W=NAME,b=NAME,v=NAME,c=NAME";

    /// <summary>Each role with its tensor's name, in the order the format lists them.</summary>
    public IReadOnlyList<(string Role, string Name)> Roles => [("W", W), ("b", B), ("v", V), ("c", C)];

    public override string ToString() => string.Join(',', Roles.Select(r => $"{r.Role}={r.Name}"));

    public static TensorNames Parse(string text)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(','))
        {
            var equals = part.IndexOf('=');
            var (role, name) = equals < 0 ? (part, "") : (part[..equals].Trim(), part[(equals + 1)..].Trim());
            if (Sequential.Roles.All(r => r.Role != role))
                throw new BadInputException($"--tensors: \"{part}\" does not name W, b, v or c; expected {Syntax}");
            if (name.Length == 0) throw new BadInputException($"--tensors: {role} has no tensor name; expected {Syntax}");
            if (!named.TryAdd(role, name)) throw new BadInputException($"--tensors: {role} is named twice");
        }
        var missing = Sequential.Roles.Select(r => r.Role).Where(role => !named.ContainsKey(role)).ToArray();
        if (missing.Length > 0) throw new BadInputException($"--tensors: {string.Join(", ", missing)} not named; expected {Syntax}");
        var names = new TensorNames(named["W"], named["b"], named["v"], named["c"]);
        if (names.Roles.Select(r => r.Name).Distinct().Count() < 4) throw new BadInputException("--tensors: two roles name the same tensor");
        return names;
    }
}
