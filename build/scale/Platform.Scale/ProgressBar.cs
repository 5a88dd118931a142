using System.Diagnostics;
using System.Globalization;

namespace Platform.Scale;

/// <summary>A one-line progress bar on the console: done of total, rate, what else was loaded with them, and time left; plain lines when output is redirected.</summary>
internal sealed class ProgressBar(string what, long total, Func<string>? more = null)
{
    private const int Width = 30;
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _lastDrawn;
    private long _done;

    public void Advance(long count)
    {
        _done += count;
        var now = Stopwatch.GetTimestamp();
        if (_done < total && Stopwatch.GetElapsedTime(_lastDrawn, now) < TimeSpan.FromMilliseconds(Console.IsOutputRedirected ? 5000 : 200))
        {
            return;
        }

        _lastDrawn = now;
        Draw(done: _done >= total);
    }

    public TimeSpan Finish()
    {
        if (_done < total || _lastDrawn == 0)
        {
            Draw(done: true);
        }

        return Stopwatch.GetElapsedTime(_started);
    }

    private void Draw(bool done)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        var fraction = total == 0 ? 1 : Math.Min(1, (double)_done / total);
        var rate = elapsed.TotalSeconds > 0 ? _done / elapsed.TotalSeconds : 0;
        var left = rate > 0 ? TimeSpan.FromSeconds((total - _done) / rate) : TimeSpan.Zero;
        var filled = (int)Math.Round(fraction * Width);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{what,-9} [{new string('#', filled)}{new string('.', Width - filled)}] {_done,10:N0}/{total:N0} {rate,9:N0}/s  {more?.Invoke()}  {(done ? "in " + elapsed.ToString(@"m\:ss", CultureInfo.InvariantCulture) : "left " + left.ToString(@"m\:ss", CultureInfo.InvariantCulture))}");
        if (Console.IsOutputRedirected)
        {
            Console.WriteLine(line);
        }
        else
        {
            Console.Write("\r" + line + (done ? Environment.NewLine : ""));
        }
    }
}
