using Verification.Errors;
using Verification.Networks;

namespace Verification.Properties.Networks;

/// <summary>Every malformed file is refused with a message that names the problem.</summary>
[Claim("FMT-2")]
public class NetworkJsonErrorTests
{
    const string Valid = """{"format":"l1-mlp/1","inputs":2,"hidden":1,"activation":"swish","W":[[1,2]],"b":[0],"v":[1],"c":0}""";

    [TestCase("{", "not valid JSON")]
    [TestCase("[]", "must be a JSON object")]
    [TestCase("""{"format":"l1-mlp/2","inputs":2,"hidden":1,"activation":"swish","W":[[1,2]],"b":[0],"v":[1],"c":0}""", "format \"l1-mlp/2\"")]
    [TestCase("""{"inputs":2,"hidden":1,"activation":"swish","W":[[1,2]],"b":[0],"v":[1],"c":0}""", "\"format\" is missing")]
    [TestCase("""{"format":"l1-mlp/1","inputs":2,"hidden":1,"activation":"relu","W":[[1,2]],"b":[0],"v":[1],"c":0}""", "activation \"relu\"")]
    [TestCase("""{"format":"l1-mlp/1","inputs":3,"hidden":1,"activation":"swish","W":[[1,2]],"b":[0],"v":[1],"c":0}""", "W[0] has 2 numbers but inputs is 3")]
    [TestCase("""{"format":"l1-mlp/1","inputs":2,"hidden":2,"activation":"swish","W":[[1,2]],"b":[0],"v":[1],"c":0}""", "W has 1 rows but hidden is 2")]
    [TestCase("""{"format":"l1-mlp/1","inputs":2,"hidden":1,"activation":"swish","W":[[1,2]],"b":[0,1],"v":[1],"c":0}""", "b has 2 numbers")]
    [TestCase("""{"format":"l1-mlp/1","inputs":2,"hidden":1,"activation":"swish","W":[[1,2]],"b":[0],"v":[],"c":0}""", "v has 0 numbers")]
    [TestCase("""{"format":"l1-mlp/1","inputs":2,"hidden":1,"activation":"swish","W":[[1,"x"]],"b":[0],"v":[1],"c":0}""", "\"W[0][1]\" is missing or not a number")]
    [TestCase("""{"format":"l1-mlp/1","inputs":2,"hidden":1,"activation":"swish","W":[[1,2]],"b":[0],"v":[1],"c":NaN}""", "not valid JSON")]
    [TestCase("""{"format":"l1-mlp/1","inputs":2,"hidden":1,"activation":"swish","W":[[1,1e999]],"b":[0],"v":[1],"c":0}""", "W[0][1]")]
    [TestCase("""{"format":"l1-mlp/1","inputs":0,"hidden":1,"activation":"swish","W":[[]],"b":[0],"v":[1],"c":0}""", "inputs must be at least 1")]
    [TestCase("""{"format":"l1-mlp/1","inputs":2,"hidden":1,"activation":"swish","W":[[1,2]],"b":[0],"v":[1]}""", "\"c\" is missing")]
    public void Malformed_network_files_are_refused_by_name(string text, string expected)
    {
        var error = Assert.Throws<BadInputException>(() => NetworkJson.Parse(text, "net.json"));
        Assert.That(error!.Message, Does.Contain(expected));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void The_valid_file_of_these_cases_parses()
    {
        Assert.That(NetworkJson.Parse(Valid).Inputs, Is.EqualTo(2));
    }
}
