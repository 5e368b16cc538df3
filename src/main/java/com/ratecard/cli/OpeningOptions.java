package com.ratecard.cli;

import com.ratecard.data.OpeningFields;
import com.ratecard.data.OpeningFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The fields of one opening, from --opening FILE and/or options (options win). */
final class OpeningOptions {
    @Option(names = "--opening", paramLabel = "FILE", description = "Opening YAML file; options below override its fields.")
    Path file;
    @Option(names = "--client", paramLabel = "NAME", description = "Client name (optional for quote; documents need one).") String client;
    @Option(names = "--contact-name", paramLabel = "NAME", description = "Client contact's name.") String contactName;
    @Option(names = "--contact-email", paramLabel = "EMAIL", description = "Client contact's email.") String contactEmail;
    @Option(names = "--role", paramLabel = "TITLE", description = "Role title or alias, e.g. \"ML Platform Engineer\" (see 'ratecard roles').") String role;
    @Option(names = "--level", paramLabel = "LEVEL", description = "entry, mid, senior or staff (or an alias).") String level;
    @Option(names = "--years", paramLabel = "N", description = "Years of experience (instead of --level).") String years;
    @Option(names = "--location", paramLabel = "PLACE", description = "City or region (see 'ratecard locations'), or Remote.") String location;
    @Option(names = "--remote", description = "Fully remote (instead of --location).") boolean remote;
    @Option(names = "--work-arrangement", paramLabel = "onsite|hybrid|remote", description = "Where the hire works.") String workArrangement;
    @Option(names = "--skill", paramLabel = "SKILL", description = "A required skill (see 'ratecard skills'); repeat for more.") List<String> skills = new ArrayList<>();
    @Option(names = "--clearance", arity = "0..1", fallbackValue = "required", paramLabel = "required|preferred|no",
            description = "Security clearance: required (the default when given bare), preferred or no.") String clearance;
    @Option(names = "--engagement", paramLabel = "TYPE", description = "direct-hire (default), contract or contract-to-hire.") String engagement;
    @Option(names = "--budget", paramLabel = "AMOUNT",
            description = "Client's budget: annual base (165000, $165,000, 165K) or, for contracts, an hourly bill rate ($110/h).") String budget;
    @Option(names = "--effective-date", paramLabel = "YYYY-MM-DD", description = "Price as of this date (default: the data's as-of date).") String effectiveDate;
    @Option(names = "--account-manager", paramLabel = "NAME", description = "Account manager's name (prepared by).") String accountManager;
    @Option(names = "--account-manager-email", paramLabel = "EMAIL", description = "Account manager's email.") String accountManagerEmail;
    @Option(names = "--notes", paramLabel = "TEXT", description = "Free-text notes.") String notes;

    OpeningFields fields() {
        OpeningFields fields = file != null ? OpeningFile.read(file) : new OpeningFields("options");
        OpeningFields options = new OpeningFields("options")
                .set("client", client, 0).set("contact_name", contactName, 0).set("contact_email", contactEmail, 0)
                .set("role", role, 0).set("level", level, 0).set("years", years, 0).set("location", location, 0)
                .set("remote", remote ? "yes" : null, 0).set("work_arrangement", workArrangement, 0).set("skills", skills.isEmpty() ? null : String.join(";", skills), 0)
                .set("clearance", clearance, 0).set("engagement", engagement, 0).set("budget", budget, 0)
                .set("effective_date", effectiveDate, 0).set("account_manager", accountManager, 0)
                .set("account_manager_email", accountManagerEmail, 0).set("notes", notes, 0);
        if (file == null && OpeningFields.NAMES.stream().noneMatch(options::has)) {
            throw new BadOption("opening", "no opening given; expected --opening FILE, or at least --role, --level (or --years) "
                    + "and --location (or --remote)");
        }
        // An option replaces the file's way of saying the same thing (level vs years, location vs remote).
        if (level != null && years == null) fields.remove("years");
        if (years != null && level == null) fields.remove("level");
        if (location != null && !remote) fields.remove("remote");
        if (remote && location == null) fields.remove("location");
        return fields.overrideWith(options);
    }
}
