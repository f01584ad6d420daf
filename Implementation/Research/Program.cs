using Verification.Research;

return CommandLine.Run(args);
