package com.ratecard.delivery.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Takes a received message apart: text, HTML and attachments. */
record Mails(String text, String html, List<Part> attachments, String structure) {
    static Mails parse(MimeMessage message) throws MessagingException, IOException {
        List<Part> attachments = new ArrayList<>();
        String[] bodies = new String[2];
        StringBuilder structure = new StringBuilder();
        walk(message, attachments, bodies, structure);
        return new Mails(bodies[0], bodies[1], attachments, structure.toString());
    }

    private static void walk(Part part, List<Part> attachments, String[] bodies, StringBuilder structure) throws MessagingException, IOException {
        String type = part.getContentType().toLowerCase().split(";")[0].trim();
        structure.append(type);
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            structure.append('(');
            for (int i = 0; i < mp.getCount(); i++) {
                if (i > 0) structure.append(',');
                BodyPart child = mp.getBodyPart(i);
                walk(child, attachments, bodies, structure);
            }
            structure.append(')');
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(part);
        } else if (part.isMimeType("text/plain")) {
            bodies[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
            bodies[1] = (String) part.getContent();
        }
    }

    static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    static String raw(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
