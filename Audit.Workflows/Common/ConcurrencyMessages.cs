namespace Audit.Workflows.Common;

public static class ConcurrencyMessages
{
    public const string ChangedBySomeoneElse = "This record was changed by someone else — review and try again";
}
