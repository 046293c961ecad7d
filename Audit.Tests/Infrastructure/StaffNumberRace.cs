using System.Data.Common;

namespace Audit.Tests.Infrastructure;

/// <summary>
/// Plays the other half of a race: once armed, just before the next command that writes a staff number to the staff
/// table, gives that number to someone else on the same connection and transaction — after the handler's own check
/// passed, before its save — so the save meets the unique index as it would when two people save at once.
/// </summary>
public sealed class StaffNumberRace : BeforeCommandInterceptor
{
    private (string HolderId, string Number)? armed;

    public bool Happened { get; private set; }

    public void Arm(string holderId, string number) => armed = (holderId, number);

    protected override async Task BeforeAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var text = command.CommandText;
        if (armed is not { } race || !text.Contains("\"StaffNumber\"", StringComparison.Ordinal)
            || !(text.Contains("INSERT INTO \"AspNetUsers\"", StringComparison.Ordinal) || text.Contains("UPDATE \"AspNetUsers\" SET", StringComparison.Ordinal)))
        {
            return;
        }

        armed = null;
        await using var clash = command.Connection!.CreateCommand();
        clash.Transaction = command.Transaction;
        clash.CommandText = "UPDATE \"AspNetUsers\" SET \"StaffNumber\" = @number WHERE \"Id\" = @id";
        AddParameter(clash, "@number", race.Number);
        AddParameter(clash, "@id", race.HolderId);
        Happened = await clash.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
