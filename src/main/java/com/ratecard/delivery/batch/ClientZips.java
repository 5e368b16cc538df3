package com.ratecard.delivery.batch;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.SafeNames;
import com.ratecard.delivery.WrittenFile;
import com.ratecard.render.Audience;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** One zip per client ({@code out/<client-folder>.zip}) holding its deliverables, ready to attach to an email. */
public final class ClientZips {
    private ClientZips() {}

    /** The zip's path relative to the output folder. */
    public static String path(String folder) {
        return SafeNames.segment(folder) + ".zip";
    }

    /**
     * Writes the zip atomically from files already on disk (streamed, never loaded whole); entries are
     * the files' names, without folders.
     */
    public static WrittenFile write(Path out, String folder, List<WrittenFile> files) throws IOException {
        String relative = path(folder);
        AtomicFiles.Digest digest = AtomicFiles.write(SafeNames.inside(out, relative), stream -> {
            ZipOutputStream zip = new ZipOutputStream(stream);
            Set<String> names = new HashSet<>();
            for (WrittenFile file : files) {
                Path source = SafeNames.inside(out, file.path());
                String name = source.getFileName().toString();
                if (!names.add(name)) continue;
                ZipEntry entry = new ZipEntry(name);
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
