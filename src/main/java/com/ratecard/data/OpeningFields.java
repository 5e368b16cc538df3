package com.ratecard.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds an {@link Opening} from named text fields, wherever they came from (a YAML file, a CSV
 * or XLSX row, command-line options). Each field remembers where it was read, so an error names
 * the file, line and field and says what was expected.
 */
public final class OpeningFields {
    /** The fields an opening has, in the order documented in the README. */
    public static final List<String> NAMES = List.of("client", "client_id", "contact_name", "contact_email", "role", "level",
            "years", "location", "remote", "work_arrangement", "skills", "clearance", "engagement", "budget", "effective_date",
            "account_manager", "account_manager_email", "notes");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern MONEY = Pattern.compile(
            "(?:usd\\s*)?\\$?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(k)?\\s*(?:usd)?\\s*(?:(/|per|an|a)\\s*(h|hr|hrs|hour|y|yr|year|annum|annual))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS = Pattern.compile(
            "([0-9]+(?:\\.[0-9]+)?)\\s*(?:\\+|(?:-|\u2013|to)\\s*[0-9]+(?:\\.[0-9]+)?)?\\s*\\+?\\s*(?:years?|yrs?|y)?\\.?",
            Pattern.CASE_INSENSITIVE);
    /** A list separator in a skills cell: ";", a line break, or a comma outside parentheses. */
    private static final Pattern SKILL_SEPARATOR = Pattern.compile("[;\\n]|,(?![^()]*\\))");
    private static final Pattern BULLET = Pattern.compile("^[\\-*\u2022\u00b7\u25aa\u25cf]+\\s*");
    private static final int MAX_TEXT = 1000;

    private record Value(String text, String where) {}

    private final Map<String, Value> values = new LinkedHashMap<>();
    private final String file;

    /** @param file how to name the origin in errors: a file name, or "options" */
    public OpeningFields(String file) {
        this.file = file;
    }

    /** Sets a field read at {@code line} (0 when there is no line, as for options). Blank means absent. */
    public OpeningFields set(String field, String text, int line) {
        String name = field.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (!NAMES.contains(name)) {
            throw new InputException(name, where(line) + name + ": unknown field; expected one of " + String.join(", ", NAMES));
        }
        if (text != null && !text.isBlank()) values.put(name, new Value(text.strip(), where(line)));
        return this;
    }

    /** Overrides from another set (command-line options over an opening file). */
    public OpeningFields overrideWith(OpeningFields other) {
        values.putAll(other.values);
        return this;
    }

    /** Drops a field, e.g. a file's years when the options give a level. */
    public OpeningFields remove(String field) {
        values.remove(field);
        return this;
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    private String where(int line) {
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }

    private InputException error(String field, String problem) {
        Value value = values.get(field);
        String at = value != null ? value.where() : file + ": ";
        return new InputException(field, at + field + ": " + problem);
    }

    /**
     * The opening for documents (a proposal, a workbook, a batch row): they are made out to a
     * client, so one is required. Throws an {@link InputException} naming the first bad field.
     */
    public Opening build(Policy policy) {
        if (!values.containsKey("client")) throw error("client", "missing; expected the client's name (documents are made out to a client)");
        return build(policy, singleLine("client", true));
    }

    /** The opening for a quick price: as {@link #build}, but the client may be left out. */
    public Opening buildForQuote(Policy policy) {
        return build(policy, singleLine("client", false));
    }

    private Opening build(Policy policy, String client) {
        String role = singleLine("role", true);
        String level = singleLine("level", false);
        Double years = years();
        String location = singleLine("location", false);
        WorkArrangement arrangement = workArrangement(location);
        if (arrangement == WorkArrangement.REMOTE && location == null) location = "Remote";
        if (location == null) throw error("location", "missing; expected a city or region such as \"San Diego\", or remote");
        // No level and no years is fine when the title says it ("Senior MLOps Engineer"): the matcher decides.
        Budget budget = budget(policy);
        Engagement engagement = values.containsKey("engagement") ? engagement() : Engagement.DIRECT_HIRE;
        if (budget != null && budget.hourly() && engagement == Engagement.DIRECT_HIRE) {
            throw error("budget", text("budget") + " is an hourly rate but the engagement is direct-hire; expected an annual "
                    + "base salary such as 165000, or engagement contract or contract-to-hire");
        }
        return Opening.builder().client(client).clientId(singleLine("client_id", false)).contactName(singleLine("contact_name", false))
                .contactEmail(email("contact_email")).role(role).level(level).years(years).location(location)
                .workArrangement(arrangement).skills(skills()).clearance(clearance()).engagement(engagement)
                .budget(budget).effectiveDate(date("effective_date"))
                .accountManager(singleLine("account_manager", false)).accountManagerEmail(email("account_manager_email"))
                .notes(notes()).build();
    }

    /**
     * The work arrangement from {@code work_arrangement}, {@code remote} and a location that says
     * remote; they must agree. Null when nothing says.
     */
    private WorkArrangement workArrangement(String location) {
        WorkArrangement stated = null;
        if (values.containsKey("work_arrangement")) {
            try {
                stated = WorkArrangement.parse(text("work_arrangement"));
            } catch (UnknownNameException e) {
                throw error("work_arrangement", "\"" + text("work_arrangement") + "\" is not a work arrangement; expected "
                        + String.join(", ", WorkArrangement.IDS));
            }
        }
        boolean remoteFlag = bool("remote");
        // "Remote (US)", "Hybrid - Boston", "San Diego (on-site)": the place says how the hire works.
        WorkArrangement inLocation = location == null ? null : isRemoteName(location) ? WorkArrangement.REMOTE
                : WorkArrangement.mentionedIn(location);
        boolean remoteLocation = inLocation == WorkArrangement.REMOTE;
        if (remoteFlag && location != null && !remoteLocation && stated == null) {
            throw error("remote", "remote is yes but location is \"" + location + "\"; expected one of them (remote, or a location), "
                    + "or work_arrangement remote to price a remote hire for a client in that place");
        }
        if (remoteFlag && stated != null && stated != WorkArrangement.REMOTE) {
            throw error("remote", "remote is yes but work_arrangement is " + stated.id() + "; expected them to agree");
        }
        if (inLocation != null && stated != null && stated != inLocation) {
            throw error("location", "location is \"" + location + "\" (" + inLocation.label().toLowerCase(Locale.ROOT)
                    + ") but work_arrangement is " + stated.id() + "; expected them to agree");
        }
        if (stated != null) return stated;
        return remoteFlag ? WorkArrangement.REMOTE : inLocation;
    }

    /** "Remote", "Fully remote", "Remote (US)", "Remote - US"... as a location. */
    public static boolean isRemoteName(String location) {
        String normal = NameIndex.normalize(location);
        if (normal.equals("remote") || normal.equals("fully remote")) return true;
        try {
            return WorkArrangement.parse(location) == WorkArrangement.REMOTE;
        } catch (UnknownNameException e) {
            return false;
        }
    }

    private String text(String field) {
        Value value = values.get(field);
        return value == null ? null : value.text();
    }

    private String singleLine(String field, boolean required) {
        String text = text(field);
        if (text == null) {
            if (required) throw error(field, "missing; expected a value");
            return null;
        }
        if (text.length() > MAX_TEXT) throw error(field, text.length() + " characters; expected at most " + MAX_TEXT);
        if (text.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw error(field, "contains a line break or control character; expected one line of text");
        }
        return text;
    }

    private String notes() {
        String text = text("notes");
        if (text != null && text.length() > 10 * MAX_TEXT) throw error("notes", "too long; expected at most " + 10 * MAX_TEXT + " characters");
        if (text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            throw error("notes", "contains a control character; expected text (line breaks and tabs are fine)");
        }
        return text;
    }

    private String email(String field) {
        String text = singleLine(field, false);
        if (text != null && !EMAIL.matcher(text).matches()) {
            throw error(field, "\"" + text + "\" is not an email address; expected name@example.com");
        }
        return text;
    }

    /** "6", "6.5", "5+", "5 years", "5+ yrs"; a range such as "3-5" is read as its start. */
    private Double years() {
        String text = text("years");
        if (text == null) return null;
        var matcher = YEARS.matcher(text.strip());
        try {
            if (!matcher.matches()) throw new NumberFormatException(text);
            double years = Double.parseDouble(matcher.group(1));
            if (years < 0 || years > 60) throw error("years", text + " is out of range; expected 0 to 60");
            return years;
        } catch (NumberFormatException e) {
            throw error("years", "\"" + text + "\" is not a number; expected years of experience such as 6");
        }
    }

    private boolean bool(String field) {
        String text = text(field);
        if (text == null) return false;
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "required" -> true;
            case "no", "n", "false", "0", "none" -> false;
            default -> throw error(field, "\"" + text + "\" is not yes or no; expected yes or no");
        };
    }

    private Clearance clearance() {
        String text = text("clearance");
        if (text == null) return Clearance.NO;
        try {
            return Clearance.parse(text);
        } catch (UnknownNameException e) {
            throw error("clearance", "\"" + text + "\" is not a clearance requirement; expected required (or yes), preferred or no");
        }
    }

    private Engagement engagement() {
        try {
            return Engagement.parse(text("engagement"));
        } catch (UnknownNameException e) {
            throw error("engagement", "\"" + text("engagement") + "\" is not an engagement; expected direct-hire, contract or contract-to-hire");
        }
    }

    private List<String> skills() {
        String text = text("skills");
        if (text == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String skill : SKILL_SEPARATOR.split(text)) {
            String s = BULLET.matcher(skill.strip()).replaceFirst("").strip();
            if (s.isEmpty()) continue;
            if (s.length() > 200) throw error("skills", "a skill of " + s.length() + " characters; expected a skill name");
            if (out.stream().noneMatch(x -> x.equalsIgnoreCase(s))) out.add(s);
        }
        return out;
    }

    /**
     * An annual amount ("165000", "$165,000", "165K", "$165K/yr") or an hourly rate ("$110/h",
     * "110/hr", "110 per hour"). An hourly budget needs an engagement that bills by the hour.
     */
    private Budget budget(Policy policy) {
        String text = text("budget");
        if (text == null) return null;
        String expected = "expected annual dollars such as 165000, $165,000 or 165K (or an hourly rate such as $110/h)";
        if (text.startsWith("-")) throw error("budget", text + " is negative; " + expected);
        var matcher = MONEY.matcher(text.strip());
        if (!matcher.matches()) throw error("budget", "\"" + text + "\" is not an amount; " + expected);
        double amount = Double.parseDouble(matcher.group(1).replace(",", ""));
        if (matcher.group(2) != null) amount *= 1000;
        boolean hourly = matcher.group(4) != null && matcher.group(4).toLowerCase(Locale.ROOT).startsWith("h");
        if (hourly) {
            double min = policy.number(PolicyKey.BUDGET_HOURLY_MIN);
            double max = policy.number(PolicyKey.BUDGET_HOURLY_MAX);
            if (amount < min || amount > max) {
                throw error("budget", text + " is not a credible hourly bill rate; expected " + plain(min) + " to "
                        + plain(max) + " dollars an hour");
            }
            return Budget.hourly(amount);
        }
        long min = (long) policy.number(PolicyKey.BUDGET_MIN);
        long max = (long) policy.number(PolicyKey.BUDGET_MAX);
        if (amount < min || amount > max) {
            throw error("budget", text + " is not a credible annual base salary; expected " + min + " to " + max + " dollars");
        }
        return Budget.annual(Math.round(amount));
    }

    private LocalDate date(String field) {
        String text = text(field);
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(field, "\"" + text + "\" is not a date; expected YYYY-MM-DD");
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
