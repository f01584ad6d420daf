namespace Verification;

/// <summary>
/// Names the claim of Spec/claims.md that a test checks. It is an NUnit category, so
/// <c>dotnet test --filter TestCategory=ENC-1</c> runs exactly the evidence for claim ENC-1.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
public sealed class ClaimAttribute(string id) : NUnit.Framework.CategoryAttribute(id);
