package org.credalign.commons.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * CloudEvents 1.0 Kafka binary-mode headers plus CredAlign's {@code version} header, written on every event so
 * that consumers can route and de-duplicate without reading the body.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String VERSION = "version";

    private CloudEventHeaders() {
    }

    public static List<Header> of(String id, String type, String source, Instant time, long version) {
        return List.of(
                header(SPEC_VERSION, "1.0"),
                header(ID, id),
                header(TYPE, type),
                header(SOURCE, source),
                header(TIME, time.toString()),
                header(CONTENT_TYPE, "application/json"),
                header(VERSION, Long.toString(version)));
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
