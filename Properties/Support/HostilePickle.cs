using System.Text;

namespace Verification.Properties.Support;

/// <summary>
/// Pickles that a Python unpickler would run: a call to a global (os.system, eval, subprocess.Popen, ...), or an
/// object of an arbitrary class built with NEWOBJ, INST or OBJ, at the top or as a state_dict entry. Written
/// opcode by opcode (protocol 2), chosen by a seed; Description names the choice.
/// </summary>
public static class HostilePickle
{
    static readonly (string Module, string Name)[] Globals =
    [
        ("posix", "system"), ("os", "system"), ("builtins", "eval"), ("builtins", "exec"), ("subprocess", "Popen"),
        ("builtins", "getattr"), ("builtins", "__import__"), ("shutil", "rmtree"), ("builtins", "open"), ("__main__", "Payload"),
        ("torch.nn.modules.linear", "Linear"), ("torch._utils", "_rebuild_parameter"), ("collections", "OrderedDict"),
        ("copyreg", "_reconstructor"), ("nt", "system"), ("webbrowser", "open"),
    ];

    const byte Mark = (byte)'(', Stop = (byte)'.', Reduce = (byte)'R', Build = (byte)'b', EmptyDict = (byte)'}', EmptyTuple = (byte)')',
        SetItem = (byte)'s', Tuple1 = 0x85, NewObj = 0x81, Obj = (byte)'o';

    public static (string Description, byte[] Bytes) Of(int seed)
    {
        var random = new Random(seed);
        var (module, name) = Globals[random.Next(Globals.Length)];
        var argument = Text(random.Next(2) == 0 ? "touch /tmp/l1verify-pickle-ran" : "__import__('os').system('id')");
        var (form, body) = random.Next(4) switch
        {
            0 => ("called", [.. Global(module, name), .. argument, Tuple1, Reduce]),
            1 => ("built with NEWOBJ and BUILD", [.. Global(module, name), EmptyTuple, NewObj, EmptyDict, .. Text("x"), .. argument, SetItem, Build]),
            2 => ("built with INST", [Mark, .. argument, (byte)'i', .. Encoding.ASCII.GetBytes($"{module}\n{name}\n")]),
            _ => ("built with OBJ", (byte[])[Mark, .. Global(module, name), .. argument, Obj]),
        };
        var nested = random.Next(2) == 0;
        byte[] pickle = nested
            ? [0x80, 0x02, EmptyDict, .. Text("0.weight"), .. body, SetItem, Stop]
            : [0x80, 0x02, .. body, Stop];
        return ($"{module}.{name} {form}{(nested ? " as entry 0.weight" : "")}", pickle);
    }

    static byte[] Global(string module, string name) => [(byte)'c', .. Encoding.ASCII.GetBytes($"{module}\n{name}\n")];

    /// <summary>BINUNICODE: a 4-byte little-endian length, then UTF-8.</summary>
    static byte[] Text(string s)
    {
        var utf8 = Encoding.UTF8.GetBytes(s);
        return [(byte)'X', .. BitConverter.GetBytes(utf8.Length), .. utf8];
    }
}
