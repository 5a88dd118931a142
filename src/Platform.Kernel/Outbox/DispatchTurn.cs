using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Persistence;

namespace Platform.Kernel.Outbox;

/// <summary>
/// One host instance's turn at a module's outbox. With several instances on one PostgreSQL database,
/// the turn is a session advisory lock named after the module, taken with <c>pg_try_advisory_lock</c>
/// on the connection the pass reads and writes through: an instance that finds it taken skips the
/// module this pass, so no message is delivered twice and each aggregate's messages stay in order.
/// The lock goes with the connection, so an instance that dies mid-pass frees it at once. SQLite is
/// one file served by one host, so its turn is always free.
/// </summary>
internal sealed class DispatchTurn : IAsyncDisposable
{
    private readonly ModuleDbContext? _db;
    private readonly long _key;

    private DispatchTurn(ModuleDbContext? db, long key)
    {
        _db = db;
        _key = key;
    }

    /// <summary>Takes the module's turn, or returns null when another instance holds it.</summary>
    public static async Task<DispatchTurn?> TryTakeAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new DispatchTurn(null, 0);
        }

        var key = LockKey(db.Naming.Module);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var taken = await ScalarAsync(db, "SELECT pg_try_advisory_lock(@key)", key, cancellationToken);
        if (taken is true)
        {
            return new DispatchTurn(db, key);
        }

        await db.Database.CloseConnectionAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
        {
            return;
        }

        await ScalarAsync(_db, "SELECT pg_advisory_unlock(@key)", _key, CancellationToken.None);
        await _db.Database.CloseConnectionAsync();
    }

    /// <summary>A 64-bit lock key from the module's name, the same in every instance and every release.</summary>
    internal static long LockKey(string module) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"platform-outbox:{module}")));

    private static async Task<object?> ScalarAsync(ModuleDbContext db, string sql, long key, CancellationToken cancellationToken)
    {
        DbConnection connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
