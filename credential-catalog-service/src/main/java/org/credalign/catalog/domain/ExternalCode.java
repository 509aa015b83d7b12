package org.credalign.catalog.domain;

import jakarta.persistence.Embeddable;
import java.util.Comparator;

/**
 * A code another system uses for a credential (a state's own code table, a Credential Engine CTID). Within one
 * system a code names exactly one credential.
 */
@Embeddable
public record ExternalCode(String system, String code) {

    /** Codes are kept and published sorted, so the same set of codes is always the same content. */
    public static final Comparator<ExternalCode> ORDER =
            Comparator.comparing(ExternalCode::system).thenComparing(ExternalCode::code);

    /** The way a code is written in CSV: {@code SYSTEM:code}. */
    @Override
    public String toString() {
        return system + ":" + code;
    }
}
