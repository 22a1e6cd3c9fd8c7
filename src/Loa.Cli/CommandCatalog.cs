using Loa.Cli.Commands;

namespace Loa.Cli;

/// <summary>Every verb of the tool, in the order the overview lists them.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<ICommand> All() =>
    [
        new PlanParseCommand(),
        new PlanDocxCommand(),
        new PlanPdfCommand(),
        new ReportDocxCommand(),
        new ReportPdfCommand(),
        new DemoSeedCommand(),
        new DemoGenerateCommand(),
        new ProceduresImportCommand(),
        new AdminCreateCommand(),
        new BackupCommand(),
        new RestoreCommand(),
        new AuditExportCommand(),
    ];
}
