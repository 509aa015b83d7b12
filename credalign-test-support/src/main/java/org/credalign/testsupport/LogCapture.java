package org.credalign.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures everything the service logs in this JVM while open (Quarkus routes every logging API to the
 * java.util.logging root), for tests that assert what must never be logged. Each record is kept raw: the message
 * pattern, every parameter and the whole throwable chain, so a secret passed as a format argument is caught even
 * if a formatter would hide it. The given categories are lowered to DEBUG while capturing, so the check also
 * covers what an operator would see after turning debugging on.
 *
 * <pre>
 * try (LogCapture log = LogCapture.start("io.smallrye.jwt")) { ... ; assertFalse(log.text().contains(token)); }
 * </pre>
 */
public final class LogCapture implements AutoCloseable {

    private final List<String> records = new ArrayList<>();
    private final Map<Logger, Level> previousLevels = new LinkedHashMap<>();
    private final List<String> ignoredCategories = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String category = record.getLoggerName() == null ? "" : record.getLoggerName();
            if (ignoredCategories.stream().anyMatch(category::startsWith)) {
                return;
            }
            StringBuilder text = new StringBuilder().append(record.getLevel()).append(' ')
                    .append(record.getLoggerName()).append(": ").append(record.getMessage());
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    text.append(" | ").append(parameter);
                }
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append('\n').append(trace);
            }
            synchronized (records) {
                records.add(text.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
    }

    /** Starts capturing; {@code debugCategories} log at DEBUG until {@link #close()} ("" is the root: everything). */
    public static LogCapture start(String... debugCategories) {
        LogCapture capture = new LogCapture();
        capture.handler.setLevel(Level.ALL);
        for (String category : debugCategories) {
            Logger logger = Logger.getLogger(category);
            capture.previousLevels.put(logger, logger.getLevel());
            logger.setLevel(Level.FINE);
        }
        Logger.getLogger("").addHandler(capture.handler);
        return capture;
    }

    /**
     * Leaves out records of these categories, e.g. the test's own HTTP client ({@code org.apache.http} of REST
     * Assured logs the requests it sends at DEBUG): what the test does is not what the service logs.
     */
    public LogCapture ignoring(String... categories) {
        ignoredCategories.addAll(List.of(categories));
        return this;
    }

    /** Every record captured so far, one per line (a throwable's trace follows its record). */
    public String text() {
        synchronized (records) {
            return String.join("\n", records);
        }
    }

    public int recordCount() {
        synchronized (records) {
            return records.size();
        }
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
        previousLevels.forEach(Logger::setLevel);
    }
}
