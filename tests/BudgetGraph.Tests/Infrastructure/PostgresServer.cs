using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace BudgetGraph.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL 15 for the whole test process: initdb into a temporary folder under /tmp, started on a free
/// loopback port, stopped and deleted when the process exits. Each test host gets its own database, so hosts that run
/// in parallel never see each other's rows. initdb refuses root, so the server runs as the postgres user when the
/// tests run as root. A test that stops and starts a server gets one of its own (<see cref="StartDedicated"/>), never
/// the shared <see cref="Instance"/>.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private static readonly Lazy<PostgresServer> _instance = new(() => Create(dedicated: false));

    private readonly string _directory;
    private readonly int _port;
    private readonly bool _dedicated;
    private int _databases;

    private PostgresServer(string directory, int port, bool dedicated)
    {
        _directory = directory;
        _port = port;
        _dedicated = dedicated;
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    public static PostgresServer Instance => _instance.Value;

    private string DataDirectory => Path.Combine(_directory, "data");

    /// <summary>A server of the caller's own, to stop and start; <see cref="Dispose"/> removes it.</summary>
    public static PostgresServer StartDedicated() => Create(dedicated: true);

    /// <summary>Stops the server as an administrator would (fast shutdown: sessions are ended, data kept).</summary>
    public void Stop()
    {
        EnsureDedicated();
        RunAsServerUser("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop");
    }

    /// <summary>Starts a stopped server again, on the same port with the same data.</summary>
    public void Start()
    {
        EnsureDedicated();
        StartServer(_directory, _port);
    }

    /// <summary>Stops and deletes a dedicated server; the shared instance lives until the process ends.</summary>
    public void Dispose()
    {
        if (!_dedicated || !Directory.Exists(_directory))
            return;
        RunAsServerUser("/bin/sh", "-c", $"{BinDirectory}/pg_ctl -D '{DataDirectory}' -m immediate -w stop >/dev/null 2>&1; rm -rf '{_directory}'");
    }

    public string AdminConnectionString { get; }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"budget_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        Execute($"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Drops a database of <see cref="CreateDatabase"/>, closing the connections a test host left open.</summary>
    public void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var pooled = new NpgsqlConnection(connectionString))
            NpgsqlConnection.ClearPool(pooled);
        Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private void EnsureDedicated()
    {
        if (!_dedicated)
            throw new InvalidOperationException("The shared PostgreSQL instance serves tests running in parallel; stop only a dedicated server.");
    }

    private static PostgresServer Create(bool dedicated)
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinDirectory}/initdb): apt-get install postgresql.");

        var directory = Directory.CreateTempSubdirectory("budgetgraph-pg-").FullName;
        var data = Path.Combine(directory, "data");
        if (Environment.UserName == "root")
            Run("chown", "postgres:postgres", directory);
        var port = FreePort();
        RunAsServerUser("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        StartServer(directory, port);
        StartWatchdog(directory, data);
        return new PostgresServer(directory, port, dedicated);
    }

    private static void StartServer(string directory, int port) =>
        RunAsServerUser(
            "pg_ctl", "-D", Path.Combine(directory, "data"), "-l", Path.Combine(directory, "server.log"), "-w", "-o",
            $"-c listen_addresses=127.0.0.1 -p {port.ToString(CultureInfo.InvariantCulture)} -k {directory} -c fsync=off",
            "start");

    /// <summary>
    /// The test host may be killed rather than exit (vstest ends it right after the run), so a process-exit handler
    /// would not get to stop the server. A detached watchdog, running as the server's user, waits for this process to
    /// end, then stops the server and deletes its folder.
    /// </summary>
    private static void StartWatchdog(string directory, string data)
    {
        var script = $"while [ -d /proc/{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)} ]; do sleep 0.5; done; "
            + $"{BinDirectory}/pg_ctl -D '{data}' -m immediate -w stop; rm -rf '{directory}'";
        RunAsServerUser("/bin/sh", "-c", $"setsid sh -c \"{script}\" </dev/null >/dev/null 2>&1 &");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a PostgreSQL tool (or a full path) as the postgres user when the tests run as root.</summary>
    private static void RunAsServerUser(string tool, params string[] arguments)
    {
        var path = tool.StartsWith('/') ? tool : Path.Combine(BinDirectory, tool);
        if (Environment.UserName == "root")
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        else
            Run(path, arguments);
    }

    private static void Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited {process.ExitCode}: {error}{output.Result}");
    }
}
