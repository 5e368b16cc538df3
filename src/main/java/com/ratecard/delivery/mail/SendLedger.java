package com.ratecard.delivery.mail;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.ratecard.delivery.JsonLines;
import com.ratecard.delivery.manifest.ManifestJson;
import com.ratecard.delivery.manifest.WrittenFile;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code out/sent.jsonl}: one JSON object per line ({@link JsonLines}), each forced to disk before
 * the next SMTP step, never rewritten. A message's lines, by its key:
 * <ul>
 * <li>{@code sending}: before the message goes to the server. Alone, it means the server never got
 *     the end of the data, so it cannot have the message: a rerun sends it.</li>
 * <li>{@code committing}: just before the end of the data ("."): from here on the server may have
 *     the message. Alone (the process died waiting for the reply) it is in doubt.</li>
 * <li>{@code sent}: the server accepted it. {@code failed}: it did not, for sure.</li>
 * <li>{@code in-doubt}: the connection dropped or timed out after the end of the data: the server
 *     may or may not have the message. Never resent automatically, only with --resend-in-doubt.</li>
 * </ul>
 */
public final class SendLedger implements Closeable {
    public static final String FILE_NAME = "sent.jsonl";

    /** A line's status. */
    public enum State {
        SENDING("sending"), COMMITTING("committing"), SENT("sent"), FAILED("failed"), IN_DOUBT("in-doubt");

        private final String id;

        State(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }

        @JsonCreator
        public static State of(String id) {
            for (State s : values()) if (s.id.equals(id)) return s;
            throw new IllegalArgumentException("\"" + id + "\" is not a ledger status");
        }
    }

    private final Path file;
    private final List<Line> lines = new ArrayList<>();
    private final List<Integer> damaged = new ArrayList<>();
    /** recipient (lower case) -> attachment path -> the last sent copy. */
    private final Map<String, Map<String, Delivered>> delivered = new HashMap<>();
    /** dedupe key -> the last line recorded for it. */
    private final Map<String, Line> last = new HashMap<>();
    private JsonLines writer;

    /** One ledger line. to, cc and bcc are bare addresses. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(Instant time, State status, String key, String messageId, String per, String clientId, String client,
                       List<Integer> rows, String to, List<String> cc, List<String> bcc, String subject,
                       List<WrittenFile> attachments, String response, String error) {
        public Line {
            rows = rows == null ? List.of() : List.copyOf(rows);
            cc = cc == null ? List.of() : List.copyOf(cc);
            bcc = bcc == null ? List.of() : List.copyOf(bcc);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        Line with(State newStatus, Instant newTime, String newResponse, String newError) {
            return new Line(newTime, newStatus, key, messageId, per, clientId, client, rows, to, cc, bcc, subject, attachments,
                    newResponse, newError);
        }
    }

    /** A copy of a file that reached a recipient. */
    public record Delivered(String sha256, Instant time, String messageId) {}

    private SendLedger(Path file) {
        this.file = file;
    }

    /** Reads the ledger in {@code out} (absent is empty); {@link #append} opens it for writing on first use. */
    public static SendLedger open(Path out) throws IOException {
        SendLedger ledger = new SendLedger(out.resolve(FILE_NAME));
        JsonLines.read(ledger.file, (number, text) -> {
            try {
                Line line = ManifestJson.MAPPER.readValue(text, Line.class);
                if (line.status() == null || line.time() == null) throw new IOException("not a ledger line");
                ledger.index(line);
            } catch (IOException | RuntimeException e) {
                ledger.damaged.add(number);
            }
        });
        return ledger;
    }

    public Path file() {
        return file;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Line numbers that could not be read (edited by hand, or damaged). */
    public List<Integer> damaged() {
        return List.copyOf(damaged);
    }

    /** The last copy of {@code path} sent to {@code recipient}, or null. */
    public Delivered delivered(String recipient, String path) {
        return delivered.getOrDefault(recipient.toLowerCase(Locale.ROOT), Map.of()).get(path);
    }

    /** The last line of a message that may or may not have reached the server (committing or in-doubt), or null. */
    public Line inDoubt(String key) {
        Line line = last.get(key);
        return line != null && (line.status() == State.COMMITTING || line.status() == State.IN_DOUBT) ? line : null;
    }

    /** Appends one line and forces it to disk before returning. */
    public synchronized void append(Line line) throws IOException {
        if (writer == null) writer = JsonLines.open(file, JsonLines.Sync.EACH_LINE);
        writer.append(ManifestJson.line(line));
        index(line);
    }

    private void index(Line line) {
        lines.add(line);
        if (line.key() != null) last.put(line.key(), line);
        if (line.status() == State.SENT && line.to() != null) {
            Map<String, Delivered> paths = delivered.computeIfAbsent(line.to().toLowerCase(Locale.ROOT), k -> new HashMap<>());
            for (WrittenFile f : line.attachments()) paths.put(f.path(), new Delivered(f.sha256(), line.time(), line.messageId()));
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) writer.close();
        writer = null;
    }
}
