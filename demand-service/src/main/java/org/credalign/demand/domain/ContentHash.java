package org.credalign.demand.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Fingerprint of an import's content, independent of row order, file format and how a credential was named (id or
 * external code), so the same delivery sent twice is recognised as one import.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(ImportKind kind, List<? extends ImportRow> rows) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((kind.slug() + '\n').getBytes(StandardCharsets.UTF_8));
            rows.stream().map(ImportRow::canonical).sorted()
                    .forEach(line -> sha.update((line + '\n').getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
