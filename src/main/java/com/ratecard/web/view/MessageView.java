package com.ratecard.web.view;

import java.util.List;

/** An email as a dry run wrote it to the outbox: headers, attachments and the link to its HTML body. */
public record MessageView(String file, String subject, String from, String to, String cc, String bcc, List<String> attachments,
                          String bodyUrl, String text) {}
