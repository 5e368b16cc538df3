package com.ratecard.web;

import com.ratecard.data.InputException;
import com.ratecard.delivery.RunLock;
import com.ratecard.delivery.batch.ManifestStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The output folder's batch lock ({@code out/.batch-lock}, the file {@code ratecard batch} takes),
 * held while the web app writes anything under the folder. Shared inside the app (a generate and a
 * web batch may write at once, in different places), exclusive against other processes: a CLI batch
 * and the web app never write one folder together. Becomes issue 12's one shared lock class.
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
                Files.createDirectories(out);
                lock = RunLock.tryAcquire(out.resolve(ManifestStore.LOCK));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + out + ": " + e.getMessage(), e);
            }
            if (lock == null) {
                throw new InputException("out", "out: " + out + " is in use by another batch run; expected it to finish first");
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
