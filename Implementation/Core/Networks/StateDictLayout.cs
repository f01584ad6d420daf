using Verification.Errors;

namespace Verification.Networks;

/// <summary>
/// The network a state_dict holds, decided from its tensors' names and shapes before any numbers are read:
/// exactly the four tensors <see cref="TensorNames"/> names, W [H, n], b [H], v [1, H] and c [1], nothing else.
/// </summary>
public sealed record StateDictLayout(int Inputs, int Hidden, TensorNames Names)
{
    public const string Architecture = "nn.Sequential(nn.Linear(n, H), nn.SiLU(), nn.Linear(H, 1))";

    public static StateDictLayout Of(IReadOnlyCollection<TensorHeader> headers, TensorNames names, string source)
    {
        var wanted = names.Roles.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var extra = headers.Select(h => h.Name).Where(name => !wanted.Contains(name)).Order(StringComparer.Ordinal).ToArray();
        if (extra.Length > 0)
            throw new BadInputException($"{source}: tensor{(extra.Length > 1 ? "s" : "")} {string.Join(", ", extra.Take(4))} beyond W, b, v and c ({names}): not {Architecture}; name the tensors with --tensors {TensorNames.Syntax}");
        var byName = headers.ToDictionary(h => h.Name, StringComparer.Ordinal);
        foreach (var (role, name) in names.Roles)
            if (!byName.ContainsKey(name))
                throw new BadInputException($"{source}: tensor {name} ({role}) is missing; found {string.Join(", ", byName.Keys)}; name the tensors with --tensors {TensorNames.Syntax}");
        foreach (var header in headers)
        {
            header.RequireFloat(source);
            header.Count(source);
        }

        var w = byName[names.W];
        if (w.Shape.Length != 2 || w.Shape[0] < 1 || w.Shape[1] < 1)
            throw new BadInputException($"{source}: W ({w.Name}) has shape {w.ShapeText}; expected [H, n] with H, n >= 1");
        var (hidden, inputs) = ((int)w.Shape[0], (int)w.Shape[1]);
        Expect(byName[names.B], [hidden], "[H]", source);
        Expect(byName[names.V], [1, hidden], "[1, H]", source);
        Expect(byName[names.C], [1], "[1]", source);
        return new StateDictLayout(inputs, hidden, names);
    }

    static void Expect(TensorHeader header, long[] shape, string symbolic, string source)
    {
        if (!header.Shape.SequenceEqual(shape))
            throw new BadInputException($"{source}: tensor {header.Name} has shape {header.ShapeText}; expected {symbolic} = [{string.Join(", ", shape)}] for W of shape [H, n]");
    }

    /// <summary>The network from the four tensors' values (row-major), each refused by name if it holds a NaN or infinity.</summary>
    public Network Build(Func<string, double[]> values, string source)
    {
        var read = Names.Roles.ToDictionary(r => r.Role, r =>
        {
            var numbers = values(r.Name);
            if (numbers.Any(x => !double.IsFinite(x))) throw new BadInputException($"{source}: tensor {r.Name} ({r.Role}) has a NaN or infinite value");
            return numbers;
        });
        var w = Enumerable.Range(0, Hidden).Select(j => read["W"][(j * Inputs)..((j + 1) * Inputs)]).ToArray();
        return new Network(w, read["b"], read["v"], read["c"][0]);
    }
}
