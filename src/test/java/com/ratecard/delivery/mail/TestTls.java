package com.ratecard.delivery.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A throwaway TLS identity for 127.0.0.1 (made with the JDK's keytool), and a STARTTLS front that
 * upgrades the connection and then relays to a plain SMTP server (GreenMail), which checks AUTH.
 */
final class TestTls {
    static final String STORE_PASSWORD = "changeit";

    final Path keyStore;
    final Path certificatePem;
    final SSLContext serverContext;

    private TestTls(Path keyStore, Path certificatePem, SSLContext serverContext) {
        this.keyStore = keyStore;
        this.certificatePem = certificatePem;
        this.serverContext = serverContext;
    }

    static TestTls create(Path dir) throws Exception {
        return create(dir, "smtp-test", "127.0.0.1", "SAN=ip:127.0.0.1,dns:localhost");
    }

    /** A key pair and self-signed certificate for the names in san (keytool's -ext syntax). */
    static TestTls create(Path dir, String name, String cn, String san) throws Exception {
        Path store = dir.resolve(name + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "smtp", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + cn, "-ext", san, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("keytool failed: " + output);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, STORE_PASSWORD.toCharArray());
        }
        Certificate cert = ks.getCertificate("smtp");
        String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(cert.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        Path pemFile = Files.writeString(dir.resolve(name + ".pem"), pem);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, STORE_PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return new TestTls(store, pemFile, context);
    }

    /** Offers STARTTLS on 127.0.0.1; after the TLS handshake relays every byte to the plain SMTP server on backendPort. */
    final class StartTlsFront implements AutoCloseable {
        private final ServerSocket server;
        private final int backendPort;
        final AtomicInteger upgraded = new AtomicInteger();

        StartTlsFront(int backendPort) throws IOException {
            this.backendPort = backendPort;
            this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            Thread t = new Thread(this::acceptLoop, "starttls-front");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private void acceptLoop() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Thread t = new Thread(() -> serve(client), "starttls-conn");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket plain) {
            try {
                InputStream in = plain.getInputStream();
                OutputStream out = plain.getOutputStream();
                say(out, "220 front.localhost ESMTP");
                for (String line; (line = FakeSmtp.readLine(in)) != null; ) {
                    String upper = line.toUpperCase(Locale.ROOT);
                    if (upper.startsWith("EHLO")) {
                        say(out, "250-front.localhost\r\n250 STARTTLS");
                    } else if (upper.startsWith("STARTTLS")) {
                        say(out, "220 2.0.0 ready to start TLS");
                        SSLSocket tls = (SSLSocket) serverContext.getSocketFactory().createSocket(plain, null, plain.getPort(), true);
                        tls.setUseClientMode(false);
                        tls.startHandshake();
                        upgraded.incrementAndGet();
                        relay(tls);
                        return;
                    } else if (upper.startsWith("QUIT")) {
                        say(out, "221 bye");
                        plain.close();
                        return;
                    } else {
                        say(out, "530 5.7.0 must issue a STARTTLS command first");
                    }
                }
            } catch (IOException e) {
                closeQuietly(plain);
            }
        }

        private void relay(SSLSocket tls) throws IOException {
            Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort);
            InputStream fromBackend = backend.getInputStream();
            FakeSmtp.readLine(fromBackend); // the backend's greeting: the client already had ours
            Thread up = new Thread(() -> pipe(tls, backend), "starttls-up");
            up.setDaemon(true);
            up.start();
            pipe(backend, tls);
        }

        private void pipe(Socket from, Socket to) {
            try {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException ignored) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    static List<String> systemProperties() {
        return List.of("greenmail.tls.keystore.file", "greenmail.tls.keystore.password");
    }
}
