namespace Platform.Sdk.Tests.Packaging;

/// <summary>
/// Package validation guards the SDK's public API: packing a copy of the SDK with a change in it is
/// compared with the released package in sdk/baselines, as build/pack.sh does. Additions pass; a change
/// that would break plugins built against the released version fails the pack.
/// </summary>
[Collection(CliTests.Name)]
public sealed class PackageValidationTests : IDisposable
{
    private readonly TempFolder _copy = new();

    public static TheoryData<string, string, string, string> Changes => new()
    {
        {
            "a new helper (compatible)",
            "PartnerHealth.cs",
            "    /// <summary>A partner that cannot be served.</summary>",
            """
                /// <summary>A partner whose state is not known yet.</summary>
                /// <returns>The health.</returns>
                public static PartnerHealth NotChecked() => new(PartnerHealthStatus.Degraded, "not checked yet");

                /// <summary>A partner that cannot be served.</summary>
            """
        },
        {
            "a member added to a capability contract plugins implement",
            "Insurance/IInsurer.cs",
            "    Task<PartnerResult<AppealAcknowledgement>> SubmitAppealAsync(AppealRequest appeal, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);",
            """
                Task<PartnerResult<AppealAcknowledgement>> SubmitAppealAsync(AppealRequest appeal, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);

                /// <summary>Withdraws an appeal.</summary>
                /// <param name="appealReference">The payor's appeal reference.</param>
                /// <param name="cancellationToken">Cancels the call.</param>
                /// <returns>Success when withdrawn.</returns>
                Task<PartnerResult<AppealAcknowledgement>> WithdrawAppealAsync(string appealReference, CancellationToken cancellationToken);
            """
        },
        {
            "a public member renamed",
            "PartnerHealth.cs",
            "public static PartnerHealth Degraded(string description)",
            "public static PartnerHealth Impaired(string description)"
        },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Packing_the_sdk_with_a_change_is_checked_against_the_released_version(string change, string file, string find, string replace)
    {
        CopySdk();
        var source = Path.Combine(_copy.Path, "sdk", "Platform.Sdk", file);
        var text = await File.ReadAllTextAsync(source);
        text.ShouldContain(find, Case.Sensitive, $"the test's edit for {change} no longer applies to {file}");
        await File.WriteAllTextAsync(source, text.Replace(find, replace, StringComparison.Ordinal));

        var pack = await DotnetCli.RunAsync(_copy.Path, "pack", Path.Combine("sdk", "Platform.Sdk"), "-c", "Release", "-o", Path.Combine(_copy.Path, "out"), "-nologo");

        if (change.EndsWith("(compatible)", StringComparison.Ordinal))
        {
            pack.ExitCode.ShouldBe(0, pack.ToString());
        }
        else
        {
            pack.ExitCode.ShouldNotBe(0, pack.ToString());
            pack.Output.ShouldContain(file.Contains("IInsurer", StringComparison.Ordinal) ? "CP0006" : "CP0002", Case.Sensitive, pack.ToString());
            pack.Output.ShouldContain(file.Contains("IInsurer", StringComparison.Ordinal) ? "WithdrawAppealAsync" : "PartnerHealth.Degraded", Case.Sensitive, pack.ToString());
        }
    }

    public void Dispose() => _copy.Dispose();

    /// <summary>The SDK project with what its build reads from the repository: build settings, package versions, sources, the baseline.</summary>
    private void CopySdk()
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "NuGet.config", "global.json", ".editorconfig", Path.Combine("sdk", "README.md") })
        {
            var from = Path.Combine(Repository.Root, file);
            if (File.Exists(from))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_copy.Path, file))!);
                File.Copy(from, Path.Combine(_copy.Path, file));
            }
        }

        Directory.CreateDirectory(Path.Combine(_copy.Path, "build", "artifacts", "packages"));
        foreach (var folder in new[] { Path.Combine("sdk", "Platform.Sdk"), Path.Combine("sdk", "baselines") })
        {
            var from = Path.Combine(Repository.Root, folder);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
                {
                    continue;
                }

                var to = Path.Combine(_copy.Path, folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }
    }
}
