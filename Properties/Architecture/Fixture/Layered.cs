// Two layers, the lower one using the upper: the dependency a drawing of [Low], [High] forbids. Value is a property,
// not a constant, which the compiler would copy into Below and so leave no dependency to find.
namespace Verification.Properties.Architecture.Fixture.Low
{
    public static class Below
    {
        public static int Reach() => High.Above.Value;
    }
}

namespace Verification.Properties.Architecture.Fixture.High
{
    public static class Above
    {
        public static int Value { get; } = 1;

        public static int Reach() => Low.Below.Reach();
    }
}
