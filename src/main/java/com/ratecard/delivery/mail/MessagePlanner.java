package com.ratecard.delivery.mail;

import com.ratecard.delivery.manifest.Manifest.Entry;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.WrittenFile;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the manifest into steps, in manifest order: one message per opening (or per client and
 * contact), minus what the ledger says the recipient already has. A message only ever carries
 * client deliverables of one client: files whose audience is client, in a client format, inside
 * that client's folder (or its zip); an internal file (quote JSON, deal sheet) is never attached,
 * whatever its name or path. A message is skipped when every attachment already reached its
 * recipient with the same SHA-256; when one reached them with other content it is "changed" and
 * sent only with --resend-changed; when an earlier attempt is in doubt it is sent again only with
 * --resend-in-doubt.
 */
final class MessagePlanner {
    private enum State { NEW, ALREADY, CHANGED }

    private record Check(State state, String detail) {}

    /** A message's client files, or why it has none it may send. */
    private record Files(List<WrittenFile> files, String problem) {}

    private final Manifest manifest;
    private final Senders senders;
    private final SendOptions options;
    private final SendLedger ledger;
    /** recipient -> path -> sha256 planned earlier in this run (a manifest listing the same files twice). */
    private final Map<String, Map<String, String>> planned = new HashMap<>();
    /** client id -> the file names its zip may hold. */
    private Map<String, Set<String>> zipNames;

    MessagePlanner(Manifest manifest, Senders senders, SendOptions options, SendLedger ledger) {
        this.manifest = manifest;
        this.senders = senders;
        this.options = options;
        this.ledger = ledger;
    }

    List<Step> plan() {
        return options.per() == SendOptions.Per.CLIENT ? perClient() : perOpening();
    }

    private List<Step> perOpening() {
        List<Step> steps = new ArrayList<>();
        for (Entry entry : manifest.entries()) {
            String label = label(entry);
            List<Integer> rows = List.of(entry.row());
            String email = entry.opening().contactEmail();
            if (!entry.delivered()) {
                steps.add(new Step.Fail(label, rows, email, notSendable(entry)));
                continue;
            }
            Files files = clientFiles(entry);
            if (files.problem() != null) {
                steps.add(new Step.Fail(label, rows, email, files.problem()));
                continue;
            }
            InternetAddress to;
            List<InternetAddress> cc;
            try {
                to = contact(entry);
                cc = withAccountManagers(List.of(entry));
            } catch (HeaderGuard.HeaderException e) {
                steps.add(new Step.Fail(label, rows, email, e.getMessage()));
                continue;
            }
            steps.add(decide(label, rows, to, cc, List.of(entry), files.files(), entry.clientId(), entry.clientFolder()));
        }
        return steps;
    }

    private List<Step> perClient() {
        List<Step> steps = new ArrayList<>();
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        Map<String, InternetAddress> contacts = new HashMap<>();
        Map<String, Integer> groupsPerClient = new HashMap<>();
        for (Entry entry : manifest.entries()) {
            String email = entry.opening().contactEmail();
            if (!entry.delivered()) {
                steps.add(new Step.Fail(label(entry), List.of(entry.row()), email, notSendable(entry)));
                continue;
            }
            Files files = clientFiles(entry);
            if (files.problem() != null) {
                steps.add(new Step.Fail(label(entry), List.of(entry.row()), email, files.problem()));
                continue;
            }
            InternetAddress to;
            try {
                to = contact(entry);
                withAccountManagers(List.of(entry));
            } catch (HeaderGuard.HeaderException e) {
                steps.add(new Step.Fail(label(entry), List.of(entry.row()), email, e.getMessage()));
                continue;
            }
            String group = entry.clientId() + "\u0000" + HeaderGuard.key(to);
            if (!groups.containsKey(group)) groupsPerClient.merge(entry.clientId(), 1, Integer::sum);
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(entry);
            contacts.putIfAbsent(group, to);
        }
        for (Map.Entry<String, List<Entry>> group : groups.entrySet()) {
            List<Entry> entries = group.getValue();
            InternetAddress to = contacts.get(group.getKey());
            Entry first = entries.get(0);
            String clientId = first.clientId();
            String folder = first.clientFolder();
            String client = first.opening().client();
            List<InternetAddress> cc = withAccountManagers(entries);
            Manifest.Client own = manifest.client(clientId);
            boolean primary = own != null && folder.equals(own.folder()) && (groupsPerClient.get(clientId) == 1
                    || (own.contactEmail() != null && own.contactEmail().equalsIgnoreCase(to.getAddress())));
            List<WrittenFile> extra = primary ? own.files().stream().filter(f -> allowed(f, folder) && !"zip".equals(f.format())).toList()
                    : List.of();
            WrittenFile zip = primary && own.zip() != null && allowed(own.zip(), folder) ? own.zip() : null;
            List<Integer> allRows = entries.stream().map(Entry::row).toList();
            String clientLabel = (client == null ? folder : client) + " (" + entries.size() + (entries.size() == 1 ? " opening)" : " openings)");
            if (zip != null) {
                steps.add(decide(clientLabel, allRows, to, cc, entries, List.of(zip), clientId, folder));
                continue;
            }
            List<Entry> toSend = new ArrayList<>();
            List<WrittenFile> attachments = new ArrayList<>();
            boolean changed = false;
            for (Entry entry : entries) {
                List<WrittenFile> files = clientFiles(entry).files();
                Check check = check(HeaderGuard.key(to), files);
                if (check.state() == State.ALREADY || (check.state() == State.CHANGED && !options.resendChanged())) {
                    steps.add(new Step.Skip(label(entry), List.of(entry.row()), to.getAddress(), check.state() == State.CHANGED, check.detail()));
                    continue;
                }
                changed |= check.state() == State.CHANGED;
                toSend.add(entry);
                attachments.addAll(files);
            }
            if (toSend.isEmpty()) continue;
            // the client's own files (its rate card) ride along when they are new to this contact
            Check check = check(HeaderGuard.key(to), extra);
            if (!extra.isEmpty() && (check.state() == State.NEW || (check.state() == State.CHANGED && options.resendChanged()))) {
                attachments.addAll(extra);
            }
            String label = toSend.size() == entries.size() ? clientLabel
                    : (client == null ? folder : client) + " (" + toSend.size() + " of " + entries.size() + " openings)";
            steps.add(send(outgoing(label, toSend.stream().map(Entry::row).toList(), to, withAccountManagers(toSend), toSend,
                    attachments, clientId, folder), changed));
        }
        return steps;
    }

    /** The entry's files that may go to its client; a problem when there are none, or one is not where a client file must be. */
    private static Files clientFiles(Entry entry) {
        List<WrittenFile> files = new ArrayList<>();
        List<String> internal = new ArrayList<>();
        for (WrittenFile f : entry.files()) {
            if (!f.forClient() || !Attachment.clientFormats().contains(f.format())) {
                internal.add(f.format());
                continue;
            }
            if (!allowed(f, entry.clientFolder())) {
                return new Files(List.of(), "refused: " + f.path() + " is not in the client's folder " + entry.clientFolder()
                        + "; nothing was sent for this opening");
            }
            files.add(f);
        }
        if (files.isEmpty()) {
            return new Files(files, "no client deliverable: the batch wrote only files for the agency (" + String.join(", ", internal)
                    + "); run the batch with --format xlsx,pdf");
        }
        return new Files(files, null);
    }

    /** A client file inside the client's folder, or the client's zip beside it. */
    private static boolean allowed(WrittenFile f, String folder) {
        if (!f.forClient() || !Attachment.clientFormats().contains(f.format())) return false;
        String path = f.path().replace('\\', '/');
        return path.equals(folder + ".zip") || (path.startsWith(folder + "/") && path.indexOf('/', folder.length() + 1) < 0);
    }

    private Step decide(String label, List<Integer> rows, InternetAddress to, List<InternetAddress> cc, List<Entry> entries,
                        List<WrittenFile> files, String clientId, String folder) {
        Check check = check(HeaderGuard.key(to), files);
        if (check.state() == State.ALREADY || (check.state() == State.CHANGED && !options.resendChanged())) {
            return new Step.Skip(label, rows, to.getAddress(), check.state() == State.CHANGED, check.detail());
        }
        return send(outgoing(label, rows, to, cc, entries, files, clientId, folder), check.state() == State.CHANGED);
    }

    /** A message to send, unless an earlier attempt is in doubt and --resend-in-doubt was not given. */
    private Step send(Outgoing message, boolean changed) {
        SendLedger.Line doubt = ledger.inDoubt(message.key());
        remember(message);
        if (doubt != null && !options.resendInDoubt()) {
            return new Step.InDoubt(message.label(), message.rows(), message.to().getAddress(), "in doubt since " + doubt.time()
                    + " (" + (doubt.error() == null ? "the run stopped waiting for the server's reply" : doubt.error())
                    + "): the server may have it; check with the recipient, or rerun with --resend-in-doubt to send it again as "
                    + message.messageId());
        }
        return new Step.Send(message, changed, doubt);
    }

    private Check check(String recipient, List<WrittenFile> files) {
        boolean all = !files.isEmpty();
        String changed = null;
        String same = null;
        for (WrittenFile f : files) {
            String plannedSha = planned.getOrDefault(recipient, Map.of()).get(f.path());
            SendLedger.Delivered before = ledger.delivered(recipient, f.path());
            String known = plannedSha != null ? plannedSha : before != null ? before.sha256() : null;
            String where = plannedSha != null ? "in an earlier message of this run" : before != null
                    ? "on " + before.time() + " as " + before.messageId() : null;
            if (known == null) {
                all = false;
            } else if (known.equals(f.sha256())) {
                same = where;
            } else {
                changed = where;
            }
        }
        if (changed != null) {
            return new Check(State.CHANGED, "changed since it was sent " + changed + "; rerun with --resend-changed to send the new version");
        }
        if (all) return new Check(State.ALREADY, "already sent " + same);
        return new Check(State.NEW, null);
    }

    private void remember(Outgoing message) {
        Map<String, String> paths = planned.computeIfAbsent(message.recipient(), k -> new HashMap<>());
        for (WrittenFile f : message.attachments()) paths.put(f.path(), f.sha256());
    }

    private Outgoing outgoing(String label, List<Integer> rows, InternetAddress to, List<InternetAddress> cc, List<Entry> entries,
                              List<WrittenFile> files, String clientId, String folder) {
        Entry first = entries.get(0);
        return new Outgoing(label, clientId, folder, first.opening().client(), options.per(), rows, senders.from(), senders.replyTo(), to,
                cc, senders.bcc(), entries, files, zipEntries(clientId), first.opening().accountManager(),
                first.opening().accountManagerEmail());
    }

    /** The names the client's zip may hold: the client files of its rows and its own (the rate card); computed once per client. */
    private Set<String> zipEntries(String clientId) {
        if (zipNames == null) {
            zipNames = new HashMap<>();
            for (Entry e : manifest.entries()) {
                if (!e.delivered()) continue;
                Set<String> names = zipNames.computeIfAbsent(e.clientId(), k -> new HashSet<>());
                for (WrittenFile f : e.files()) if (allowed(f, e.clientFolder()) && !"zip".equals(f.format())) names.add(f.fileName());
            }
            for (Manifest.Client c : manifest.clients()) {
                Set<String> names = zipNames.computeIfAbsent(c.clientId(), k -> new HashSet<>());
                for (WrittenFile f : c.files()) if (allowed(f, c.folder()) && !"zip".equals(f.format())) names.add(f.fileName());
            }
        }
        return zipNames.getOrDefault(clientId, Set.of());
    }

    private static InternetAddress contact(Entry entry) {
        String email = entry.opening().contactEmail();
        if (email == null) {
            throw new HeaderGuard.HeaderException("contactEmail", "missing; the opening has no contact email, so nothing was sent");
        }
        return HeaderGuard.mailbox("contactEmail", email, entry.opening().contactName());
    }

    /** The configured cc plus, with --cc-account-manager, each entry's account manager. */
    private List<InternetAddress> withAccountManagers(List<Entry> entries) {
        List<InternetAddress> cc = new ArrayList<>(senders.cc());
        if (!options.ccAccountManager()) return cc;
        for (Entry entry : entries) {
            String email = entry.opening().accountManagerEmail();
            if (email == null) continue;
            InternetAddress am = HeaderGuard.mailbox("accountManagerEmail", email, entry.opening().accountManager());
            if (cc.stream().noneMatch(a -> HeaderGuard.key(a).equals(HeaderGuard.key(am)))) cc.add(am);
        }
        return cc;
    }

    private static String notSendable(Entry entry) {
        if (entry.delivered()) {
            return "not sendable: nothing for the client, the batch wrote only internal files (deal sheet, quote JSON); "
                    + "expected a client format (pdf, xlsx)";
        }
        return "not sendable: the batch did not produce its deliverables (status " + entry.status().id()
                + (entry.reason() == null ? "" : ": " + entry.reason()) + ")";
    }

    static String label(Entry entry) {
        Manifest.OpeningInfo o = entry.opening();
        StringBuilder out = new StringBuilder("row ").append(entry.row());
        if (o.client() != null) out.append(' ').append(o.client());
        if (o.role() != null) out.append(": ").append(o.role());
        List<String> where = new ArrayList<>();
        if (o.level() != null) where.add(o.level());
        if (o.location() != null) where.add(o.location());
        if (!where.isEmpty()) out.append(" (").append(String.join(", ", where)).append(')');
        return HeaderGuard.escape(out.toString());
    }
}
