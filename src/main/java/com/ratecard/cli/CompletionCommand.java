package com.ratecard.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a shell completion script, made by picocli from the command model (bash; zsh through bashcompinit). */
@Command(name = "completion", mixinStandardHelpOptions = true,
        header = "Print a shell completion script (bash or zsh).",
        description = {"Completes commands, options and option values.",
                "bash: source <(ratecard completion bash), or save it under ~/.local/share/bash-completion/completions/ratecard.",
                "zsh: source <(ratecard completion zsh) in ~/.zshrc (it loads bashcompinit)."})
public final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        // picocli's script serves both: under zsh it enables bashcompinit itself.
        spec.commandLine().getOut().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
