package com.ratecard.delivery.manifest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.ratecard.data.Opening;
import com.ratecard.pricing.Quote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code out/manifest.json}: what a batch run did with every input row, the files it wrote with
 * their audience, size and SHA-256, per-client files, the files of earlier runs it kept but no
 * longer lists ({@code stale}) and totals. The batch writes it ({@link ManifestWriter}), send and
 * the next batch read it ({@link ManifestReader}); the names below are a contract (fields may be
 * added, never renamed; a change of meaning bumps {@link #VERSION}).
 */
public record Manifest(int version, String generatedAt, String input, String inputPath, String brand, List<String> formats,
                       String fingerprint, List<Entry> entries, List<Client> clients, WrittenFile summary,
                       List<WrittenFile> stale, Totals totals, List<Warning> warnings) {
    /** 2: files carry an audience, rows and clients a client id; stale files are listed. */
    public static final int VERSION = 2;

    public Manifest {
        formats = formats == null ? List.of() : List.copyOf(formats);
        entries = entries == null ? List.of() : List.copyOf(entries);
        clients = clients == null ? List.of() : List.copyOf(clients);
        stale = stale == null ? List.of() : List.copyOf(stale);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * One input row. {@code reason} is null unless failed; {@code files} lists the row's current
     * files (a skipped row keeps the ones an earlier run wrote, checked intact; formats of earlier
     * runs that are still current are kept too); {@code clientId} is the client's identity
     * ({@link com.ratecard.delivery.ClientIdentity}); {@code millis} the time spent on the row.
     */
    public record Entry(int row, Status status, String reason, String key, String clientId, String clientFolder,
                        OpeningInfo opening, QuoteInfo quote, List<WrittenFile> files, long millis) {
        public Entry {
            files = files == null ? List.of() : List.copyOf(files);
        }

        @JsonIgnore
        public boolean delivered() {
            return status != null && status.delivered();
        }

        /** The files that may go to the client. */
        @JsonIgnore
        public List<WrittenFile> clientFiles() {
            return files.stream().filter(WrittenFile::forClient).toList();
        }
    }

    /**
     * The opening as read. For a row that failed before its fields could be checked, the fields are
     * whatever could be read (nulls otherwise) and {@code raw} holds the text of every cell.
     */
    public record OpeningInfo(String client, String clientId, String contactName, String contactEmail, String role, String level,
                              Double years, String location, String workArrangement, List<String> skills, String clearance,
                              String engagement, Double budget, String budgetUnit, String effectiveDate, String accountManager,
                              String accountManagerEmail, String notes,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> raw) {
        public OpeningInfo {
            skills = skills == null ? List.of() : List.copyOf(skills);
        }

        public static OpeningInfo of(Opening o) {
            return new OpeningInfo(o.client(), o.clientId(), o.contactName(), o.contactEmail(), o.role(), o.level(), o.years(),
                    o.location(), o.workArrangement() == null ? null : o.workArrangement().id(), o.skills(), o.clearance().id(),
                    o.engagement().id(), o.budget() == null ? null : o.budget().amount(),
                    o.budget() == null ? null : o.budget().unit().id(),
                    o.effectiveDate() == null ? null : o.effectiveDate().toString(), o.accountManager(),
                    o.accountManagerEmail(), o.notes(), null);
        }

        /** What can be salvaged from the raw text of a row whose fields did not build. */
        public static OpeningInfo raw(Map<String, String> raw) {
            List<String> skills = raw.get("skills") == null ? List.of()
                    : Arrays.stream(raw.get("skills").split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new OpeningInfo(raw.get("client"), raw.get("client_id"), raw.get("contact_name"), raw.get("contact_email"),
                    raw.get("role"), raw.get("level"), number(raw.get("years")), raw.get("location"),
                    raw.get("work_arrangement"), skills, raw.get("clearance"), raw.get("engagement"),
                    number(raw.get("budget")), null, raw.get("effective_date"), raw.get("account_manager"),
                    raw.get("account_manager_email"), raw.get("notes"), new TreeMap<>(raw));
        }

        private static Double number(String text) {
            try {
                return text == null ? null : Double.valueOf(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /**
     * The key figures of a quote; annual ranges in whole dollars, hourly rates in dollars and cents.
     * {@code pricedAs} says what the opening was read as beside what was typed; {@code notPricedSkills}
     * are its skills the guide does not price, as typed.
     */
    public record QuoteInfo(String role, String roleId, String level, String levelId, int levelRank, String location,
                            String locationId, String engagement, Span recommendedBase, Span totalComp, Hourly payRate,
                            Hourly billRate, Integer budgetPercentile, String verdict, String pricedAs,
                            List<String> notPricedSkills) {
        public QuoteInfo {
            notPricedSkills = notPricedSkills == null ? List.of() : List.copyOf(notPricedSkills);
        }

        public static QuoteInfo of(Quote q) {
            return new QuoteInfo(q.role().name(), q.role().id(), q.level().name(), q.level().id(), q.level().rank(),
                    q.location().name(), q.location().id(), q.opening().engagement().id(),
                    new Span(q.recommendedBase().low(), q.recommendedBase().high()),
                    new Span(q.totalComp().range().low(), q.totalComp().range().high()),
                    new Hourly(q.contract().payRate().low(), q.contract().payRate().high()),
                    new Hourly(q.contract().billRate().low(), q.contract().billRate().high()),
                    q.budget() == null ? null : q.budget().percentile(),
                    q.budget() == null ? null : q.budget().verdict().label(), q.understood().pricedAs(),
                    q.understood().notPricedSkills());
        }
    }

    public record Span(long low, long high) {}

    public record Hourly(double low, double high) {}

    /**
     * A client's own files (rate card, zip) and who to send them to. {@code clientId} is the
     * identity every row of the client shares; {@code key} decides when the files are redone.
     */
    public record Client(String client, String clientId, String folder, String contactName, String contactEmail,
                         String accountManager, String accountManagerEmail, int openings, String key, List<WrittenFile> files) {
        public Client {
            files = files == null ? List.of() : List.copyOf(files);
        }

        /** The client's zip, or null. */
        @JsonIgnore
        public WrittenFile zip() {
            return files.stream().filter(f -> "zip".equals(f.format())).findFirst().orElse(null);
        }
    }

    /**
     * A brand check's warning (render.brand.BrandWarning): for the brand itself ({@code rows}
     * empty), or for the rows whose account manager it concerns.
     */
    public record Warning(List<Integer> rows, String code, String field, String message) {
        public Warning {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /** {@code bytes}: every file listed (openings', clients', the summary), stale files not counted. */
    public record Totals(int rows, int ok, int skipped, int failed, long millis, long bytes) {
        /** Counts by status and the bytes of every file listed; {@code summary} may be null (not written yet). */
        public static Totals of(List<Entry> entries, List<Client> clients, WrittenFile summary, long millis) {
            int ok = 0;
            int skipped = 0;
            int failed = 0;
            long bytes = summary == null ? 0 : summary.size();
            for (Entry e : entries) {
                switch (e.status()) {
                    case OK -> ok++;
                    case SKIPPED -> skipped++;
                    default -> failed++;
                }
                for (WrittenFile f : e.files()) bytes += f.size();
            }
            for (Client c : clients) for (WrittenFile f : c.files()) bytes += f.size();
            return new Totals(entries.size(), ok, skipped, failed, millis, bytes);
        }
    }

    /** All files of the entries and clients and the summary, for checks. */
    public List<WrittenFile> allFiles() {
        List<WrittenFile> out = new ArrayList<>();
        entries.forEach(e -> out.addAll(e.files()));
        clients.forEach(c -> out.addAll(c.files()));
        if (summary != null) out.add(summary);
        return out;
    }

    /** The client entry with this id, or null. */
    public Client client(String clientId) {
        return clients.stream().filter(c -> c.clientId() != null && c.clientId().equals(clientId)).findFirst().orElse(null);
    }
}
