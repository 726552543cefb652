namespace UppkaCatalog.Web.Components.Pages.Manage;

/// <summary>
/// Saves the editor's typed form on the server a moment after the member stops typing, so a lost
/// connection (a new circuit, a reload) does not lose it. Each change restarts the wait; only the
/// last snapshot is written. Runs on the component's synchronization context (the continuation of
/// the delay comes back to it), so reading the form needs no locking.
/// </summary>
public sealed class DraftAutosave(
    Func<string> snapshot, Func<string, CancellationToken, Task> save, TimeSpan delay, Action<Exception>? onError = null) : IAsyncDisposable
{
    private CancellationTokenSource? _pending;
    private Task _running = Task.CompletedTask;

    /// <summary>The form changed: (re)start the wait.</summary>
    public void Changed()
    {
        _pending?.Cancel();
        _pending = new CancellationTokenSource();
        _running = SaveLaterAsync(_pending.Token);
    }

    /// <summary>Stops a waiting save and waits for one already writing, e.g. before the real save deletes the draft.</summary>
    public async Task CancelAsync()
    {
        _pending?.Cancel();
        _pending = null;
        await _running;
    }

    /// <summary>Writes a waiting snapshot now instead of after the delay (the editor is going away).</summary>
    public async Task FlushAsync()
    {
        if (_pending is null)
        {
            await _running;
            return;
        }

        await CancelAsync();
        try
        {
            await save(snapshot(), CancellationToken.None);
        }
        catch (Exception e)
        {
            onError?.Invoke(e);
        }
    }

    private async Task SaveLaterAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, ct);
            await save(snapshot(), ct);
            if (_pending?.Token == ct) _pending = null; // written: nothing left to flush
        }
        catch (OperationCanceledException)
        {
            // A newer change (or the real save) took over.
        }
        catch (Exception e)
        {
            // Best effort: the member's own save is what counts, so a failed draft write must not break the editor.
            onError?.Invoke(e);
        }
    }

    public async ValueTask DisposeAsync() => await FlushAsync();
}
