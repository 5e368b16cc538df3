package com.ratecard.web;

import com.ratecard.data.MarketData;
import com.ratecard.delivery.mail.SendOptions;
import com.ratecard.render.brand.Brand;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One web app: where it listens, the output folder it writes (as {@code ratecard generate} and
 * {@code batch} do), the templates, data and brand it renders with, the access token (null: loopback
 * only), the mail settings of the send page (their SMTP host may be null: dry runs only), the upload
 * limits, and the clock that dates quotes.
 */
public record WebSettings(String host, int port, Path out, Path templates, MarketData market, Brand brand,
                          AccessToken token, SendOptions mail, long uploadBytes, int uploadRows, Clock clock) {
    public static final long DEFAULT_UPLOAD_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_UPLOAD_ROWS = 2_000;

    public WebSettings {
        if (host == null || out == null || templates == null || market == null || brand == null || mail == null || clock == null) {
            throw new IllegalArgumentException("host, out, templates, market, brand, mail and clock are required");
        }
        if (uploadBytes < 1 || uploadRows < 1) throw new IllegalArgumentException("upload limits must be positive");
        out = out.toAbsolutePath().normalize();
    }
}
