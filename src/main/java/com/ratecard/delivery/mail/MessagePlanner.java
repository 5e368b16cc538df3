package com.ratecard.delivery.mail;

import com.ratecard.delivery.WrittenFile;
import com.ratecard.delivery.mail.DeliveryManifest.Entry;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the manifest into steps, in manifest order: one message per opening (or per client and
 * contact), minus what the ledger says the recipient already has. A message is skipped when every
 * attachment already reached its recipient with the same SHA-256; when one reached them with other
 * content it is "changed" and sent only with --resend-changed.
 */
final class MessagePlanner {
    private enum State { NEW, ALREADY, CHANGED }

    private record Check(State state, String detail) {}

    private final DeliveryManifest manifest;
    private final Senders senders;
    private final SendOptions options;
    private final SendLedger ledger;
    /** recipient -> path -> sha256 planned earlier in this run (a manifest listing the same files twice). */
    private final Map<String, Map<String, String>> planned = new HashMap<>();

    MessagePlanner(DeliveryManifest manifest, Senders senders, SendOptions options, SendLedger ledger) {
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
            if (!entry.sendable()) {
                steps.add(new Step.Fail(label, rows, entry.opening().contactEmail(), notSendable(entry)));
                continue;
            }
            InternetAddress to;
            List<InternetAddress> cc;
            try {
                to = contact(entry);
                cc = withAccountManagers(List.of(entry));
            } catch (HeaderGuard.HeaderException e) {
                steps.add(new Step.Fail(label, rows, entry.opening().contactEmail(), e.getMessage()));
                continue;
            }
            steps.add(decide(label, rows, to, cc, List.of(entry), entry.files(), entry.clientFolder()));
        }
        return steps;
    }

    private List<Step> perClient() {
        List<Step> steps = new ArrayList<>();
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        Map<String, InternetAddress> contacts = new HashMap<>();
        Map<String, Integer> groupsPerFolder = new HashMap<>();
        for (Entry entry : manifest.entries()) {
            if (!entry.sendable()) {
                steps.add(new Step.Fail(label(entry), List.of(entry.row()), entry.opening().contactEmail(), notSendable(entry)));
                continue;
            }
            InternetAddress to;
            try {
                to = contact(entry);
                withAccountManagers(List.of(entry));
            } catch (HeaderGuard.HeaderException e) {
                steps.add(new Step.Fail(label(entry), List.of(entry.row()), entry.opening().contactEmail(), e.getMessage()));
                continue;
            }
            String group = entry.clientFolder() + "\u0000" + HeaderGuard.key(to);
            if (!groups.containsKey(group)) groupsPerFolder.merge(entry.clientFolder(), 1, Integer::sum);
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(entry);
            contacts.putIfAbsent(group, to);
        }
        for (Map.Entry<String, List<Entry>> group : groups.entrySet()) {
            List<Entry> entries = group.getValue();
            InternetAddress to = contacts.get(group.getKey());
            String folder = entries.get(0).clientFolder();
            String client = entries.get(0).opening().client();
            List<InternetAddress> cc = withAccountManagers(entries);
            DeliveryManifest.Client files = manifest.client(folder);
            boolean primary = files != null && (groupsPerFolder.get(folder) == 1
                    || (files.contactEmail() != null && files.contactEmail().equalsIgnoreCase(to.getAddress())));
            List<Integer> allRows = entries.stream().map(Entry::row).toList();
            String clientLabel = (client == null ? folder : client) + " (" + entries.size() + (entries.size() == 1 ? " opening)" : " openings)");
            if (primary && files.zip() != null) {
                steps.add(decide(clientLabel, allRows, to, cc, entries, List.of(files.zip()), folder));
                continue;
            }
            List<Entry> toSend = new ArrayList<>();
            List<WrittenFile> attachments = new ArrayList<>();
            boolean changed = false;
            for (Entry entry : entries) {
                Check check = check(HeaderGuard.key(to), entry.files());
                if (check.state() == State.ALREADY || (check.state() == State.CHANGED && !options.resendChanged())) {
                    steps.add(new Step.Skip(label(entry), List.of(entry.row()), to.getAddress(), check.state() == State.CHANGED, check.detail()));
                    continue;
                }
                changed |= check.state() == State.CHANGED;
                toSend.add(entry);
                attachments.addAll(entry.files());
            }
            if (toSend.isEmpty()) continue;
            if (primary) {
                // the client's own files (a summary, say) ride along when they are new to this contact
                List<WrittenFile> extra = files.files().stream().filter(f -> !"zip".equals(f.format())).toList();
                Check check = check(HeaderGuard.key(to), extra);
                if (!extra.isEmpty() && (check.state() == State.NEW || (check.state() == State.CHANGED && options.resendChanged()))) {
                    attachments.addAll(extra);
                }
            }
            String label = toSend.size() == entries.size() ? clientLabel
                    : (client == null ? folder : client) + " (" + toSend.size() + " of " + entries.size() + " openings)";
            Outgoing message = outgoing(label, toSend.stream().map(Entry::row).toList(), to, withAccountManagers(toSend), toSend,
                    attachments, folder);
            remember(message);
            steps.add(new Step.Send(message, changed, ledger.interrupted(message.key())));
        }
        return steps;
    }

    private Step decide(String label, List<Integer> rows, InternetAddress to, List<InternetAddress> cc, List<Entry> entries,
                        List<WrittenFile> files, String folder) {
        Check check = check(HeaderGuard.key(to), files);
        if (check.state() == State.ALREADY || (check.state() == State.CHANGED && !options.resendChanged())) {
            return new Step.Skip(label, rows, to.getAddress(), check.state() == State.CHANGED, check.detail());
        }
        Outgoing message = outgoing(label, rows, to, cc, entries, files, folder);
        remember(message);
        return new Step.Send(message, check.state() == State.CHANGED, ledger.interrupted(message.key()));
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
            return new Check(State.CHANGED, changedDetail(changed));
        }
        if (all) return new Check(State.ALREADY, "already sent " + same);
        return new Check(State.NEW, null);
    }

    private static String changedDetail(String where) {
        return "changed since it was sent " + where + "; rerun with --resend-changed to send the new version";
    }

    private void remember(Outgoing message) {
        Map<String, String> paths = planned.computeIfAbsent(message.recipient(), k -> new HashMap<>());
        for (WrittenFile f : message.attachments()) paths.put(f.path(), f.sha256());
    }

    private Outgoing outgoing(String label, List<Integer> rows, InternetAddress to, List<InternetAddress> cc, List<Entry> entries,
                              List<WrittenFile> files, String folder) {
        Entry first = entries.get(0);
        return new Outgoing(label, folder, first.opening().client(), options.per(), rows, senders.from(), senders.replyTo(), to, cc,
                senders.bcc(), entries, files, first.opening().accountManager(), first.opening().accountManagerEmail());
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
        return "not sendable: the batch did not produce its deliverables (status " + entry.status()
                + (entry.reason() == null ? "" : ": " + entry.reason()) + ")";
    }

    static String label(Entry entry) {
        DeliveryManifest.OpeningInfo o = entry.opening();
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
