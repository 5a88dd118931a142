using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Benchmarks;

/// <summary>
/// Parse, validate and execute for each case. Execute runs a parsed document instance again and
/// again, as a request served from the <see cref="DocumentCache"/> does, so the operation plan
/// compiled on the first run is reused. ExecuteJson also writes the response, as the HTTP layer does.
/// </summary>
// BenchmarkDotNet needs the class public and unsealed: it finds benchmarks by reflection and its
// toolchains emit a type that runs them.
[MemoryDiagnoser]
#pragma warning disable CA1001 // The disposable fields are disposed in Cleanup, which BenchmarkDotNet calls after the last iteration.
public class EngineBenchmarks
#pragma warning restore CA1001
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256 * 1024);
    private BenchmarkCase _case = null!;
    private DocumentNode _document = null!;
    private DocumentValidator _validator = null!;
    private JsonDocument _data = null!;
    private ExecutionRequest _request = null!;
    private Utf8JsonWriter _writer = null!;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    public static IEnumerable<string> Cases => BenchmarkCase.Names;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _case = BenchmarkCase.Load(Case);
        _document = _case.Parse();
        _validator = new DocumentValidator(BenchmarkCase.Schema);
        _data = BenchmarkCase.LoadData();
        _request = new ExecutionRequest { Schema = BenchmarkCase.Schema, Document = _document, RootValue = _data.RootElement };
        _writer = new Utf8JsonWriter(_buffer);

        // A benchmark of work that fails measures the failure: make sure every case is valid and runs clean.
        if (_validator.Validate(_document) is { Count: > 0 } validationErrors)
        {
            throw new InvalidOperationException($"Case '{Case}' is not valid: {string.Join("; ", validationErrors.Select(error => error.Message))}");
        }

        if (await Executor.Default.ExecuteAsync(_request) is { Errors.Count: > 0 } result)
        {
            throw new InvalidOperationException($"Case '{Case}' gave errors: {string.Join("; ", result.Errors.Select(error => error.Message))}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _writer.Dispose();
        _data.Dispose();
    }

    [Benchmark]
    public DocumentNode Parse() => _case.Parse();

    [Benchmark]
    public IReadOnlyList<ValidationError> Validate() => _validator.Validate(_document);

    [Benchmark]
    public ValueTask<ExecutionResult> Execute() => Executor.Default.ExecuteAsync(_request);

    [Benchmark]
    public async ValueTask<int> ExecuteJson()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        await Executor.Default.ExecuteAsync(_request, _writer);
        await _writer.FlushAsync();
        return _buffer.WrittenCount;
    }
}
