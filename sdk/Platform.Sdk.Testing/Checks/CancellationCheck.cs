using Platform.Sdk.Testing.Samples;

namespace Platform.Sdk.Testing;

/// <summary>
/// The cancellation and no-blocking checks. Both need calls that wait on the partner, so they configure an
/// instance with <see cref="ConformanceOptions.SlowSettings"/>; calls about an earlier one get an unknown
/// reference, which the partner must still be asked about.
/// </summary>
public sealed partial class PluginConformance
{
    private async Task<IReadOnlyList<string>> CheckCancellationAsync()
    {
        List<string> findings = [];
        var (working, problem) = await TryConfigureAsync(_options.Settings, "ConformanceOptions.Settings").ConfigureAwait(false);
        if (working is null)
        {
            return [problem!];
        }

        await using (working.ConfigureAwait(false))
        {
            var capability = working.Capability<IPartnerCapability>(_contract);
            foreach (var call in Calls())
            {
                using var cancelled = new CancellationTokenSource();
                await cancelled.CancelAsync().ConfigureAwait(false);
                var outcome = await EndAsync(call, capability, cancelled.Token).ConfigureAwait(false);
                if (outcome is not null)
                {
                    findings.Add($"{call.Name} called with a token already cancelled {outcome}");
                }
            }
        }

        var (slow, slowProblem) = await TryConfigureAsync(_options.SlowSettings, "ConformanceOptions.SlowSettings").ConfigureAwait(false);
        if (slow is null)
        {
            return [.. findings, slowProblem!];
        }

        await using (slow.ConfigureAwait(false))
        {
            var capability = slow.Capability<IPartnerCapability>(_contract);
            foreach (var call in Calls())
            {
                using var cancellation = new CancellationTokenSource();
                var task = Start(call, capability, cancellation.Token, out var thrown);
                if (thrown is not null)
                {
                    findings.Add(Threw(call, thrown));
                    continue;
                }

                if (task!.IsCompleted)
                {
                    findings.Add($"{call.Name} under SlowSettings answered before it could be cancelled ({Describe(task)}); make SlowSettings slow every call");
                    continue;
                }

                await cancellation.CancelAsync().ConfigureAwait(false);
                var outcome = await EndAsync(call, task).ConfigureAwait(false);
                if (outcome is not null)
                {
                    findings.Add($"{call.Name} cancelled while waiting on the partner {outcome}");
                }
            }
        }

        return findings;
    }

    private async Task<IReadOnlyList<string>> CheckNoBlockingAsync()
    {
        var (slow, problem) = await TryConfigureAsync(_options.SlowSettings, "ConformanceOptions.SlowSettings").ConfigureAwait(false);
        if (slow is null)
        {
            return [problem!];
        }

        await using (slow.ConfigureAwait(false))
        {
            var capability = slow.Capability<IPartnerCapability>(_contract);
            List<string> findings = [];
            foreach (var call in Calls())
            {
                using var cancellation = new CancellationTokenSource();

                // The probe: the call runs on a thread of its own, which reports when the method hands back its task.
                // A method that waits for the partner on that thread (.Result, .Wait(), Thread.Sleep, synchronous
                // I/O) either never reports within the hang limit or hands back a task already finished.
                var handedBack = new TaskCompletionSource<Task<PartnerResult>?>(TaskCreationOptions.RunContinuationsAsynchronously);
                var probe = new Thread(() =>
                {
                    var task = Start(call, capability, cancellation.Token, out var thrown);
                    if (thrown is null)
                    {
                        handedBack.SetResult(task);
                    }
                    else
                    {
                        handedBack.SetException(thrown);
                    }
                })
                { IsBackground = true, Name = $"conformance probe: {call.Name}" };
                probe.Start();
                var returned = await Task.WhenAny(handedBack.Task, Task.Delay(_options.HangLimit)).ConfigureAwait(false) == handedBack.Task;
                if (!returned)
                {
                    findings.Add($"{call.Name} held the calling thread for {_options.HangLimit.TotalSeconds:0} s without handing back its task: it waits on the partner synchronously (.Result, .Wait(), Thread.Sleep or blocking I/O)");
                    await cancellation.CancelAsync().ConfigureAwait(false);
                    continue;
                }

                if (handedBack.Task.Exception is { } failed)
                {
                    findings.Add(Threw(call, failed.InnerException ?? failed));
                    continue;
                }

                var task = await handedBack.Task.ConfigureAwait(false);
                if (task!.IsCompleted)
                {
                    findings.Add($"{call.Name} under SlowSettings handed back a task already finished ({Describe(task)}): it waited for the partner on the calling thread, or SlowSettings do not slow it");
                }

                await cancellation.CancelAsync().ConfigureAwait(false);
                await EndAsync(call, task).ConfigureAwait(false);
            }

            return findings;
        }
    }

    /// <summary>Invokes a call and returns its task as handed back, or what it threw before handing one back.</summary>
    private static Task<PartnerResult>? Start(SampleCall call, IPartnerCapability capability, CancellationToken cancellationToken, out Exception? thrown)
    {
        try
        {
            thrown = null;
            return call.Invoke(capability, SampleCall.UnknownReference, IdempotencyKey.New(), cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            thrown = e;
            return null;
        }
        catch (OperationCanceledException e)
        {
            thrown = null;
            return Task.FromCanceled<PartnerResult>(e.CancellationToken.IsCancellationRequested ? e.CancellationToken : new CancellationToken(canceled: true));
        }
    }

    private async Task<string?> EndAsync(SampleCall call, IPartnerCapability capability, CancellationToken cancelled)
    {
        var task = Start(call, capability, cancelled, out var thrown);
        return thrown is not null ? $"threw {thrown.GetType().Name} ({thrown.Message}) instead of ending cancelled" : await EndAsync(call, task!).ConfigureAwait(false);
    }

    /// <summary>Waits (up to the hang limit) for a cancelled call to end; <see langword="null"/> when it ended as a cancelled call should.</summary>
    private async Task<string?> EndAsync(SampleCall call, Task<PartnerResult> task)
    {
        if (await Task.WhenAny(task, Task.Delay(_options.HangLimit)).ConfigureAwait(false) != task)
        {
            return $"did not end within {_options.HangLimit.TotalSeconds:0} s; pass the token to every wait (HttpClient, Task.Delay, streams)";
        }

        return task.Status switch
        {
            TaskStatus.Canceled => null,
            TaskStatus.Faulted when task.Exception!.InnerException is OperationCanceledException => null,
            TaskStatus.Faulted => $"threw {task.Exception!.InnerException!.GetType().Name} ({task.Exception.InnerException.Message}); end with OperationCanceledException or Failed(Timeout)",
            _ when task.Result.Kind == PartnerResultKind.Failed && task.Result.Failure!.Category == PartnerFailureCategory.Timeout => null,
            _ => $"answered {task.Result} ({call.Name}); a cancelled call ends with OperationCanceledException or Failed(Timeout)",
        };
    }

    private static string Describe(Task<PartnerResult> task) => task.Status switch
    {
        TaskStatus.RanToCompletion => task.Result.ToString(),
        TaskStatus.Canceled => "cancelled",
        _ => $"threw {task.Exception?.InnerException?.GetType().Name}",
    };
}
