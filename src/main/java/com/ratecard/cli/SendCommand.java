package com.ratecard.cli;

import com.ratecard.delivery.mail.MailDelivery;
import com.ratecard.delivery.mail.SendOptions;
import com.ratecard.delivery.mail.SendReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Emails each client its deliverables from OUT/manifest.json, or writes them to OUT/outbox/ with --dry-run. */
@Command(name = "send", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Email a batch's deliverables to each client (or write them with --dry-run).",
        description = {"Email the deliverables listed in OUT/manifest.json (written by \"ratecard batch\") to each opening's contact.",
                "A ledger (OUT/sent.jsonl) makes reruns send only what is missing. The SMTP password is read from an environment "
                        + "variable or a file, never from the command line."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every message sent (now or by an earlier run); dry run: every message written",
                "1:stopped early: SMTP server unreachable, authentication or TLS failed (see the summary)",
                "2:bad input: no manifest, bad address or option, password missing or unreadable",
                "4:some messages failed or could not be sent (listed above the summary); the others went",
                "5:some messages are in doubt: the server may have them (see the summary; --resend-in-doubt)"})
public final class SendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "OUT", description = "The batch's output folder (holds manifest.json).")
    Path out;
    @Mixin
    MailOptions mail = new MailOptions();
    @Mixin
    BrandOptions brand;

    @Override
    public Integer call() throws IOException {
        return send(out, mail.toSendOptions(brand.given(), spec.commandLine().getErr()), spec, CommonOptions.of(spec).quiet);
    }

    /** Sends (for send and batch --send) and prints the summary; --quiet prints it only when something went wrong. */
    static int send(Path out, SendOptions options, CommandSpec spec, boolean quiet) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        // one line per message as it happens on stderr (progress), the summary on stdout
        PrintWriter progress = quiet ? new PrintWriter(OutputStream.nullOutputStream()) : spec.commandLine().getErr();
        SendReport report = MailDelivery.send(out, options, progress);
        progress.flush();
        int code = exitCode(report);
        if (!quiet || code != ExitCodes.OK) report.printSummary(stdout);
        stdout.flush();
        return code;
    }

    /** 1 when the run stopped early, else 5 when a message is in doubt, 4 when one failed, 0 when all went. */
    static int exitCode(SendReport report) {
        if (report.aborted() != null) return ExitCodes.FAILURE;
        if (!report.inDoubt().isEmpty()) return ExitCodes.IN_DOUBT;
        return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
    }
}
