using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data;

/// <summary>
/// The disclosure files a database was built from, kept inside it (DocumentSourceFiles.Content, gzip). They are the
/// record; everything else is derived from them and can be rebuilt by importing them again. Reading goes through plain
/// SQL on the table's stable columns, so a database created by an older schema can still be read.
/// </summary>
public static class SourceArchive
{
    public static byte[] Compress(byte[] file)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
            gzip.Write(file);
        return buffer.ToArray();
    }

    public static byte[] Decompress(byte[] content)
    {
        using var gzip = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
        using var file = new MemoryStream();
        gzip.CopyTo(file);
        return file.ToArray();
    }

    /// <summary>
    /// Writes every stored file into <paramref name="folder"/>, one numbered subfolder per file in import order (so a
    /// folder import replays them in the same order and a document ends on the same file) under its original name.
    /// Files imported before the database kept them are listed in <see cref="ExtractResult.Missing"/>.
    /// </summary>
    public static async Task<ExtractResult> ExtractAsync(BudgetDbContext db, string folder, CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = await HasContentColumnAsync(connection, cancellationToken)
                ? """SELECT "FileName", "Content", "Sha256" FROM "DocumentSourceFiles" ORDER BY "ImportedAt", "Id" """
                : """SELECT "FileName", NULL, "Sha256" FROM "DocumentSourceFiles" ORDER BY "ImportedAt", "Id" """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var extracted = 0;
            var missing = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                var fileName = reader.GetString(0);
                // A file holding several documents (a 汇总 and its 本级) is kept with each: extracted once.
                if (!seen.Add(reader.GetString(2)))
                    continue;
                if (reader.IsDBNull(1))
                {
                    missing.Add(fileName);
                    continue;
                }

                var target = Path.Combine(folder, (++extracted).ToString("D7", CultureInfo.InvariantCulture));
                Directory.CreateDirectory(target);
                await File.WriteAllBytesAsync(Path.Combine(target, Path.GetFileName(fileName)), Decompress((byte[])reader.GetValue(1)), cancellationToken);
            }

            return new ExtractResult(extracted, missing);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> HasContentColumnAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var probe = connection.CreateCommand();
        probe.CommandText = """SELECT "Content" FROM "DocumentSourceFiles" WHERE 1 = 0""";
        try
        {
            await probe.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }
}
