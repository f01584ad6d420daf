namespace Verification.Properties.Support;

/// <summary>The repository the tests were built from: the folder above the build output that holds Verification.sln.</summary>
public static class RepositoryFolder
{
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Verification.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException($"no Verification.sln above {AppContext.BaseDirectory}");
    }
}
