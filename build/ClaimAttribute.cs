using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using Verification.Claims;
using Verification.Vocabulary;

namespace Verification;

/// <summary>
/// Names the claim of Spec/claims.md that a test checks. It is an NUnit category, so
/// <c>dotnet test --filter TestCategory=ENC-1</c> runs exactly the evidence for claim ENC-1. A test of a
/// claim whose status in the table is "open" also gets the category <see cref="OpenCategory"/>, which the
/// default run leaves out: promoting a claim to "holds" in the table is all it takes to gate it.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
public sealed class ClaimAttribute(string id) : NUnitAttribute, IApplyToTest
{
    public const string OpenCategory = Claim.OpenCategory;

    public string Id { get; } = id;

    public void ApplyToTest(Test test)
    {
        test.Properties.Add(PropertyNames.Category, Id);
        var claim = ClaimCatalog.All.SingleOrDefault(c => c.Id == Id);
        if (claim is null)
        {
            // A test must name a claim the report can show; an unknown id fails the test rather than vanish.
            test.RunState = RunState.NotRunnable;
            test.Properties.Set(PropertyNames.SkipReason, $"claim {Id} is not in Spec/claims.md");
        }
        else if (claim.Status == ClaimStatus.Open && !test.Properties[PropertyNames.Category].Contains(OpenCategory))
            test.Properties.Add(PropertyNames.Category, OpenCategory);
    }
}
