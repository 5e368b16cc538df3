package com.ratecard.delivery.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A fault-injecting SMTP server on 127.0.0.1 for what GreenMail cannot do: reject a recipient
 * (5xx), defer one (4xx), refuse the connection (421 greeting), never answer, drop the connection
 * in the middle of the data, or after it (with the message stored, as a real server that crashes
 * before replying), or answer late. Records every message it has the whole data of and did not
 * refuse: what a recipient would find in their mailbox.
 */
final class FakeSmtp implements AutoCloseable {
    /** An accepted message: envelope recipients and the raw data. */
    record Delivered(List<String> recipients, String data) {}

    private final ServerSocket server;
    private final Thread acceptor;
    final List<Delivered> delivered = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger connections = new AtomicInteger();
    /** The reply to RCPT TO for an address (lower case). */
    volatile Function<String, String> rcpt = address -> "250 2.1.5 OK";
    /**
     * Called with the number of the message (1-based) once its data arrived; returns the reply to
     * send, or {@link #DROP} (keep the message, close without a reply), {@link #HANG} (keep it, never
     * reply), {@code "DELAY <ms> <reply>"} (keep it when the reply is 2xx, reply late).
     */
    volatile IntFunction<String> afterData = n -> "250 2.0.0 queued";
    /** When true, accepts connections and never says a word. */
    volatile boolean silent;
    /** The greeting; a 4xx or 5xx one refuses the session. */
    volatile String greeting = "220 fake.localhost ESMTP";
    /** Drops the connection after this many lines of the data of message number {@code dropDataOf} (0: never). */
    volatile int dropDataOf;
    volatile int dropAfterLines = 3;
    /** Messages whose data began, on any connection. */
    final AtomicInteger dataStarts = new AtomicInteger();
    /** Messages whose data ended (the final "."), accepted or not. */
    final AtomicInteger dataEnds = new AtomicInteger();

    static final String DROP = "DROP";
    static final String HANG = "HANG";

    FakeSmtp() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "fake-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    List<Delivered> deliveredTo(String address) {
        synchronized (delivered) {
            return delivered.stream().filter(d -> d.recipients().contains(address)).toList();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                Thread t = new Thread(() -> serve(socket), "fake-smtp-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            if (silent) {
                while (in.read() >= 0) { /* say nothing */ }
                return;
            }
            say(out, greeting);
            if (!greeting.startsWith("2")) {
                readLine(in); // the client's QUIT, if it sends one
                return;
            }
            List<String> recipients = new ArrayList<>();
            for (String line; (line = readLine(in)) != null; ) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    say(out, "250-fake.localhost\r\n250 8BITMIME");
                } else if (upper.startsWith("HELO") || upper.startsWith("NOOP")) {
                    say(out, "250 OK");
                } else if (upper.startsWith("MAIL FROM")) {
                    recipients.clear();
                    say(out, "250 2.1.0 OK");
                } else if (upper.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
                    String reply = rcpt.apply(address);
                    if (reply.startsWith("250")) recipients.add(address);
                    say(out, reply);
                } else if (upper.startsWith("DATA")) {
                    say(out, "354 go ahead");
                    int message = dataStarts.incrementAndGet();
                    ByteArrayOutputStream data = new ByteArrayOutputStream();
                    int lines = 0;
                    boolean ended = false;
                    for (String d; (d = readLine(in)) != null; ) {
                        if (d.equals(".")) {
                            ended = true;
                            break;
                        }
                        if (dropDataOf == message && ++lines >= dropAfterLines) return; // cut mid-data: nothing stored
                        data.write((d.startsWith("..") ? d.substring(1) : d).getBytes(StandardCharsets.ISO_8859_1));
                        data.write('\r');
                        data.write('\n');
                    }
                    if (!ended) return;
                    int number = dataEnds.incrementAndGet();
                    String reply = afterData.apply(number);
                    long delay = 0;
                    if (reply.startsWith("DELAY ")) {
                        String[] parts = reply.split(" ", 3);
                        delay = Long.parseLong(parts[1]);
                        reply = parts[2];
                    }
                    if (reply.equals(DROP) || reply.equals(HANG) || reply.startsWith("2")) {
                        delivered.add(new Delivered(List.copyOf(recipients), data.toString(StandardCharsets.ISO_8859_1)));
                    }
                    if (reply.equals(DROP)) return;
                    if (reply.equals(HANG)) {
                        while (in.read() >= 0) { /* never answer */ }
                        return;
                    }
                    if (delay > 0) sleep(delay);
                    say(out, reply);
                } else if (upper.startsWith("RSET")) {
                    recipients.clear();
                    say(out, "250 OK");
                } else if (upper.startsWith("QUIT")) {
                    say(out, "221 bye");
                    return;
                } else {
                    say(out, "502 5.5.1 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0; ) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
