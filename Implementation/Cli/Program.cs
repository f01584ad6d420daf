using Verification.Cli;

return CommandLine.Run(args);
