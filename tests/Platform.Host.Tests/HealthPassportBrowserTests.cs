using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Host.Tests;

/// <summary>The health passport opened in a real Chromium: a document a person can read, in Arabic beside English, printable, fetching nothing from elsewhere.</summary>
public sealed class HealthPassportBrowserTests
{
    [Fact]
    public async Task Chromium_ShowsTheNameAllergyAndMedicine_ArabicRightToLeftBesideEnglish_AndPrintsPages()
    {
        using var host = new HostFactory();
        host.UseKestrel(port: 0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var care = new ContinuityOfCare(new GraphQLClient(host));
        var coordinator = await care.Api.TokenAsync("coordinator");
        var (patientId, _) = await care.RegisterAsync(coordinator, "Haddad", ["ar", "en"]);
        await care.AddEmergencyContactAsync(patientId, "Omar Haddad");
        await care.RecordClinicalSummaryAsync(await care.Api.TokenAsync("clinician"), patientId);
        await care.UploadPdfAsync(patientId, Records.Contracts.DocumentType.InvitationLetter, "Invitation for visa application");

        var (exitCode, output, error) = await GraphiQLTests.RunNodeAsync(
            "tasks/passport-browser.mjs", $"{address}/records/patients/{patientId}/health-passport?format=html", care.Api.PatientToken(patientId));

        exitCode.ShouldBe(0, $"{output}\n{error}");
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        root.GetProperty("status").GetInt32().ShouldBe(200);
        root.GetProperty("contentType").GetString().ShouldBe("text/html; charset=utf-8");
        var text = root.GetProperty("text").GetString()!;
        text.ShouldContain("HADDAD, Amira");
        text.ShouldContain("أميرة حداد");
        text.ShouldContain("Penicillin");
        text.ShouldContain("Apixaban");
        text.ShouldContain("Health passport");
        text.ShouldContain("جواز السفر الصحي");
        text.ShouldContain("Omar Haddad");
        text.ShouldContain("Invitation for visa application");
        var arabic = root.GetProperty("arabic").EnumerateArray().ToList();
        arabic.Count.ShouldBeGreaterThan(20);
        arabic.ShouldAllBe(a => a.GetProperty("direction").GetString() == "rtl");
        arabic.ShouldContain(a => a.GetProperty("text").GetString() == "الحساسية" && a.GetProperty("visible").GetBoolean());
        root.GetProperty("english").GetInt32().ShouldBeGreaterThan(20);
        root.GetProperty("pdfStart").GetString().ShouldBe("%PDF-");
        root.GetProperty("pdfPages").GetInt32().ShouldBeGreaterThanOrEqualTo(2, "the clinical part starts on a page of its own");
        root.GetProperty("foreignRequests").GetArrayLength().ShouldBe(0, output);
        root.GetProperty("pageErrors").GetArrayLength().ShouldBe(0, output);
    }
}
