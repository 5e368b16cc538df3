package com.ratecard.delivery.batch;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.render.Audience;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One zip per client ({@code out/<client folder>.zip}) holding its client deliverables, ready to
 * attach to an email. Internal files (the quote JSON, a deal sheet) never go in.
 */
final class ClientZips {
    private ClientZips() {}

    /** The zip's path relative to the output folder (the folder is already a safe, unique name). */
    static String path(String folder) {
        return folder + ".zip";
    }

    /**
     * Writes the zip atomically from files already on disk (streamed, never loaded whole); entries are
     * the files' names, without folders.
     */
    static WrittenFile write(OutputFolder output, String folder, List<WrittenFile> files) throws IOException {
        String relative = path(folder);
        AtomicFiles.Digest digest = AtomicFiles.write(output.inside(relative), stream -> {
            ZipOutputStream zip = new ZipOutputStream(stream);
            Set<String> names = new HashSet<>();
            for (WrittenFile file : files) {
                if (!file.forClient() || !names.add(file.fileName())) continue;
                Path source = output.inside(file.path());
                ZipEntry entry = new ZipEntry(file.fileName());
                entry.setTime(Files.getLastModifiedTime(source).toMillis());
                zip.putNextEntry(entry);
                Files.copy(source, zip);
                zip.closeEntry();
            }
            zip.finish();
        });
        return new WrittenFile(relative, "zip", Audience.CLIENT, digest.size(), digest.sha256());
    }
}
