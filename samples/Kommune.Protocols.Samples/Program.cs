using Kommune.Protocols.Samples;

return Cli.Run(args, Console.Out, Console.Error);
