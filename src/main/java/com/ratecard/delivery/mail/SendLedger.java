package com.ratecard.delivery.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ratecard.delivery.WrittenFile;
import com.ratecard.render.Audience;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code out/sent.jsonl}: one JSON object per line, appended and forced to disk (fsync) before the
 * next step, never rewritten. Statuses: "sending" (written just before a message goes to the
 * server), "sent" (after the server accepted it) and "failed". A line torn by a crash is ignored.
 */
public final class SendLedger implements Closeable {
    public static final String FILE_NAME = "sent.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<Line> lines = new ArrayList<>();
    private final List<Integer> damaged = new ArrayList<>();
    /** recipient (lower case) -> attachment path -> the last sent copy. */
    private final Map<String, Map<String, Delivered>> delivered = new HashMap<>();
    /** dedupe key -> the last status recorded for it. */
    private final Map<String, String> lastStatus = new HashMap<>();
    private FileChannel channel;

    /** One ledger line. to, cc and bcc are bare addresses. */
    public record Line(Instant time, String status, String key, String messageId, String per, String client, List<Integer> rows,
                       String to, List<String> cc, List<String> bcc, String subject, List<WrittenFile> attachments,
                       String response, String error) {
        public Line {
            rows = rows == null ? List.of() : List.copyOf(rows);
            cc = cc == null ? List.of() : List.copyOf(cc);
            bcc = bcc == null ? List.of() : List.copyOf(bcc);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        Line with(String newStatus, Instant newTime, String newResponse, String newError) {
            return new Line(newTime, newStatus, key, messageId, per, client, rows, to, cc, bcc, subject, attachments, newResponse, newError);
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
        if (Files.exists(ledger.file)) {
            List<String> text = Files.readAllLines(ledger.file, StandardCharsets.UTF_8);
            for (int i = 0; i < text.size(); i++) {
                if (text.get(i).isBlank()) continue;
                try {
                    ledger.index(parse(text.get(i)));
                } catch (IOException | RuntimeException e) {
                    ledger.damaged.add(i + 1);
                }
            }
        }
        return ledger;
    }

    public Path file() {
        return file;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Line numbers that could not be read (a line torn by a crash, or edited by hand). */
    public List<Integer> damaged() {
        return List.copyOf(damaged);
    }

    /** The last copy of {@code path} sent to {@code recipient}, or null. */
    public Delivered delivered(String recipient, String path) {
        return delivered.getOrDefault(recipient.toLowerCase(Locale.ROOT), Map.of()).get(path);
    }

    /** True when a message was being sent when a run stopped: it may or may not have arrived. */
    public boolean interrupted(String key) {
        return "sending".equals(lastStatus.get(key));
    }

    /** Appends one line and forces it to disk before returning. */
    public synchronized void append(Line line) throws IOException {
        if (channel == null) openForAppend();
        byte[] bytes = (JSON.writeValueAsString(toJson(line)) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) channel.write(buffer);
        channel.force(true);
        index(line);
    }

    private void openForAppend() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean torn = false;
        if (Files.exists(file) && Files.size(file) > 0) {
            try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer last = ByteBuffer.allocate(1);
                read.read(last, read.size() - 1);
                torn = last.get(0) != '\n';
            }
        }
        boolean created = !Files.exists(file);
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        // A run killed mid-line left a torn line: end it so the next line stands alone.
        if (torn) channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
        if (created) forceDirectory(file.toAbsolutePath().getParent());
    }

    /** Makes a new file's name durable (POSIX); not possible everywhere, so best effort. */
    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // e.g. Windows cannot open a directory this way; the file's own fsync still holds
        }
    }

    private void index(Line line) {
        lines.add(line);
        if (line.key() != null) lastStatus.put(line.key(), line.status());
        if ("sent".equals(line.status()) && line.to() != null) {
            Map<String, Delivered> paths = delivered.computeIfAbsent(line.to().toLowerCase(Locale.ROOT), k -> new HashMap<>());
            for (WrittenFile f : line.attachments()) paths.put(f.path(), new Delivered(f.sha256(), line.time(), line.messageId()));
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) channel.close();
        channel = null;
    }

    private static ObjectNode toJson(Line line) {
        ObjectNode o = JSON.createObjectNode();
        o.put("time", line.time().toString());
        o.put("status", line.status());
        o.put("key", line.key());
        o.put("messageId", line.messageId());
        o.put("per", line.per());
        o.put("client", line.client());
        ArrayNode rows = o.putArray("rows");
        line.rows().forEach(rows::add);
        o.put("to", line.to());
        ArrayNode cc = o.putArray("cc");
        line.cc().forEach(cc::add);
        ArrayNode bcc = o.putArray("bcc");
        line.bcc().forEach(bcc::add);
        o.put("subject", line.subject());
        ArrayNode files = o.putArray("attachments");
        for (WrittenFile f : line.attachments()) {
            files.addObject().put("path", f.path()).put("format", f.format()).put("size", f.size()).put("sha256", f.sha256());
        }
        if (line.response() != null) o.put("response", line.response());
        if (line.error() != null) o.put("error", line.error());
        return o;
    }

    private static Line parse(String text) throws IOException {
        JsonNode o = JSON.readTree(text);
        if (o == null || !o.isObject() || !o.path("status").isTextual() || !o.path("time").isTextual()) {
            throw new IOException("not a ledger line");
        }
        List<Integer> rows = new ArrayList<>();
        o.path("rows").forEach(r -> rows.add(r.asInt()));
        List<WrittenFile> files = new ArrayList<>();
        for (JsonNode f : o.path("attachments")) {
            files.add(new WrittenFile(f.path("path").asText(), f.path("format").asText(""), Audience.CLIENT,
                    f.path("size").asLong(), f.path("sha256").asText()));
        }
        return new Line(Instant.parse(o.path("time").asText()), o.path("status").asText(), textOrNull(o, "key"), textOrNull(o, "messageId"),
                textOrNull(o, "per"), textOrNull(o, "client"), rows, textOrNull(o, "to"), strings(o.path("cc")), strings(o.path("bcc")),
                textOrNull(o, "subject"), files, textOrNull(o, "response"), textOrNull(o, "error"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String textOrNull(JsonNode o, String field) {
        JsonNode v = o.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
