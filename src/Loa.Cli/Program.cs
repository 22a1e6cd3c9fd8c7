using System.Text;
using Loa.Cli;
using Loa.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var router = new CommandRouter(CommandCatalog.All());
return await router.RunAsync(args, new CommandContext(Console.Out, Console.Error, Console.In, Interactive: !Console.IsInputRedirected));
