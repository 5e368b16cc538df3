package com.ratecard.web;

import com.ratecard.data.InputException;
import com.ratecard.delivery.RunLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The output folder's one lock ({@link RunLock}, the lock batch, generate and send take), held while
 * the web app writes anything under the folder. Shared inside the app (a generate and a web batch
 * may write at once, in different places), exclusive against other processes: a CLI run and the
 * web app never write one folder together.
 */
final class FolderLock {
    private final Path out;
    private int holders;
    private RunLock lock;

    FolderLock(Path out) {
        this.out = out;
    }

    /** A hold on the folder, released by closing it; an {@link InputException} when another process holds it. */
    synchronized Hold acquire() {
        if (holders == 0) {
            try {
                lock = RunLock.acquire(out, "serve"); // an InputException naming the holder when another run has it
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + out + ": " + e.getMessage(), e);
            }
        }
        holders++;
        return new Hold();
    }

    private synchronized void release() {
        if (--holders > 0) return;
        try {
            lock.close();
        } catch (IOException e) {
            // the lock goes with the channel; nothing left to do
        } finally {
            lock = null;
        }
    }

    /** One holder's share of the lock. */
    final class Hold implements AutoCloseable {
        private boolean open = true;

        @Override
        public void close() {
            if (open) {
                open = false;
                release();
            }
        }
    }
}
