package org.credalign.attainment.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Fingerprint of a submission's content, independent of row order and file format, so the same picture pushed
 * twice is recognised as one submission.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(List<AggregateRow> rows) {
        MessageDigest sha = sha256();
        rows.stream().sorted(AggregateRow.BY_KEY)
                .forEach(r -> sha.update((r.credentialId() + '\t' + r.level() + '\t' + r.subgroup() + '\t'
                        + r.earned() + '\n').getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
