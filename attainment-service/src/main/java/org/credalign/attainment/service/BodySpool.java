package org.credalign.attainment.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.credalign.attainment.config.AttainmentConfig;
import org.credalign.attainment.domain.ContentHash;
import org.credalign.commons.problem.ProblemException;

/**
 * Copies a request body to a temporary file as it arrives (the body is never held in memory), counting its bytes
 * against the size limit and fingerprinting it for Idempotency-Key checks. The spooled file lets a large body be
 * answered 202 at once and read in the background.
 */
@ApplicationScoped
public class BodySpool {

    private final AttainmentConfig config;

    public BodySpool(AttainmentConfig config) {
        this.config = config;
    }

    /** A spooled body: where it is, its size and its SHA-256. The caller deletes the file when done. */
    public record Spooled(Path file, long bytes, String sha256) {
        public void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; the OS cleans its temporary directory
            }
        }
    }

    public long maxBytes() {
        return config.submissions().maxBodyBytes();
    }

    public Spooled spool(InputStream body) throws IOException {
        Path directory = config.submissions().spoolDirectory().map(Path::of)
                .orElse(Path.of(System.getProperty("java.io.tmpdir")));
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "submission-", ".body");
        MessageDigest sha = ContentHash.sha256();
        long total = 0;
        long max = maxBytes();
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = body.read(buffer)) >= 0) {
                total += n;
                if (total > max) {
                    throw tooLarge(max);
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Spooled(file, total, HexFormat.of().formatHex(sha.digest()));
    }

    public static ProblemException tooLarge(long max) {
        return new ProblemException(413, "payload-too-large", "Submission too large",
                "the body exceeds the limit of " + max + " bytes (attainment.submissions.max-body-bytes); split the "
                        + "school year's rows is not possible (a submission replaces the state-year), so compress "
                        + "student-level data into aggregate rows or ask for a higher limit", java.util.List.of());
    }
}
