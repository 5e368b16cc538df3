package com.ratecard.delivery.mail;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** What landed in one recipient's mailbox on GreenMail (GreenMail keeps a copy per envelope recipient). */
final class Inbox {
    private Inbox() {}

    static List<MimeMessage> of(GreenMailOperations greenMail, String address) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) return List.of();
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream().map(StoredMessage::getMimeMessage).toList();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }
}
