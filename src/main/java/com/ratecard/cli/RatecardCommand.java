package com.ratecard.cli;

import com.ratecard.data.DataException;
import com.ratecard.data.Fact;
import com.ratecard.data.InputException;
import com.ratecard.data.MarketData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: holds the common options and dispatches to subcommands. */
@Command(name = "ratecard", mixinStandardHelpOptions = true, versionProvider = RatecardCommand.Version.class,
        description = "Prices IT staffing openings from market salary data and produces branded deliverables.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%n", footer = "Run 'ratecard help COMMAND' (or 'ratecard COMMAND --help') for a command's options.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:unexpected failure; send: stopped early (server unreachable, authentication or TLS failed)",
                "2:bad input: unknown name, malformed or unreadable file or folder, bad or contradictory option",
                "3:the salary data is invalid", "4:partial failure: some openings or messages failed, the rest were done",
                "5:send: some messages are in doubt (the server may have them; --resend-in-doubt)"})
public final class RatecardCommand implements Callable<Integer> {
    /**
     * The subcommands, in help order. {@link Main} registers only the one a run names (picocli reads
     * every registered command's annotations when the command line is built, a good part of a cold
     * start); help, completion and a mistyped name get them all.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> out = new LinkedHashMap<>();
        for (Class<?> c : List.of(QuoteCommand.class, GenerateCommand.class, BatchCommand.class, SendCommand.class, ServeCommand.class,
                RolesCommand.class, LocationsCommand.class, SkillsCommand.class, DataCommand.class, HelpCommand.class,
                CompletionCommand.class, TrainCommand.class)) {
            out.put(c.getAnnotation(Command.class).name(), c);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The facts.csv row naming the guide's edition, for --version. */
    static final String EDITION = "guide-edition";

    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    /** Set by {@link Main#commandLine}: whether progress bars and colour are wanted. */
    Terminal terminal = Terminal.NONE;

    /** The top command of this run, for the common options and the terminal. */
    static RatecardCommand of(CommandSpec spec) {
        return (RatecardCommand) spec.root().userObject();
    }

    @Override
    public Integer call() {
        return Usage.missingCommand(spec);
    }

    /** The program's version, then the salary data's edition and as-of date, then the Java runtime. */
    static final class Version implements IVersionProvider {
        @Spec
        CommandSpec spec;

        @Override
        public String[] getVersion() {
            String version = RatecardCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ratecard " + (version == null ? "dev" : version), "salary data: " + data(),
                    "java: " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")"};
        }

        private String data() {
            CommonOptions options = CommonOptions.of(spec);
            try {
                MarketData market = options.loadData();
                Optional<Fact> edition = market.facts().stream().filter(f -> f.id().equals(EDITION)).findFirst();
                return edition.map(f -> String.format(Locale.ROOT, "%.0f edition of the salary guide", f.low())).orElse("edition not stated")
                        + ", figures as of " + market.policy().dataAsOf() + " (" + market.dir() + ")";
            } catch (DataException e) {
                return options.dataDir() + ": " + e.errors().size() + " problem(s); run 'ratecard data check'";
            } catch (InputException e) {
                return e.getMessage();
            }
        }
    }
}
