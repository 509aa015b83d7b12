package org.credalign.deployment;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service's code says about how it must be deployed, read from its application.properties and the shared
 * defaults of credalign-commons (META-INF/microprofile-config.properties): the configuration keys it reads, its
 * HTTP port, its database, the topics it produces and consumes.
 */
public record ServiceModel(String module, String applicationName, int httpPort, String database,
        Set<String> configKeys, Set<String> producedTopics, Set<String> consumedTopics, Set<String> deadLetterTopics,
        boolean servesDashboard) {

    private static final Pattern EXPRESSION_NAME = Pattern.compile("\\$\\{([^:}$]+)");
    private static final Pattern DEFAULT_PORT = Pattern.compile("(\\d+)}?$");
    private static final Pattern DATABASE_IN_URL = Pattern.compile("/([A-Za-z0-9_]+)}?$");
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final Pattern INCOMING_DLQ =
            Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.dead-letter-queue\\.topic");

    /** Reads the service module under repoRoot, with the commons defaults underneath. */
    public static ServiceModel read(Path repoRoot, String module) {
        Properties commons = load(repoRoot.resolve(
                "credalign-commons/src/main/resources/META-INF/microprofile-config.properties"));
        Properties own = load(repoRoot.resolve(module).resolve("src/main/resources/application.properties"));
        boolean dashboard = Files.exists(repoRoot.resolve(module)
                .resolve("src/main/resources/META-INF/resources/index.html"));
        return of(module, commons, own, dashboard);
    }

    /** Builds the model from the two property sets (the service's own win, as their config ordinals say). */
    public static ServiceModel of(String module, Properties commons, Properties own, boolean servesDashboard) {
        Properties merged = new Properties();
        merged.putAll(commons);
        merged.putAll(own);
        Set<String> keys = new TreeSet<>();
        Set<String> consumed = new LinkedHashSet<>();
        Set<String> deadLetters = new LinkedHashSet<>();
        for (String name : merged.stringPropertyNames()) {
            String value = merged.getProperty(name);
            keys.add(withoutProfile(name));
            Matcher expression = EXPRESSION_NAME.matcher(value);
            while (expression.find()) {
                keys.add(expression.group(1));
            }
            if (name.startsWith("%")) {
                continue;
            }
            if (INCOMING_TOPIC.matcher(name).matches()) {
                consumed.add(value.trim());
            } else if (INCOMING_DLQ.matcher(name).matches()) {
                deadLetters.add(value.trim());
            }
        }
        String application = required(merged, "quarkus.application.name");
        Matcher port = DEFAULT_PORT.matcher(required(merged, "quarkus.http.port"));
        Matcher database = DATABASE_IN_URL.matcher(required(merged, "quarkus.datasource.jdbc.url"));
        if (!port.find() || !database.find()) {
            throw new IllegalStateException(module + ": cannot read the default HTTP port or database name");
        }
        Set<String> produced = new LinkedHashSet<>();
        String outbox = merged.getProperty("credalign.outbox.topics", "");
        Arrays.stream(outbox.split(",")).map(String::trim).filter(t -> !t.isEmpty()).forEach(produced::add);
        return new ServiceModel(module, application, Integer.parseInt(port.group(1)), database.group(1),
                keys, produced, consumed, deadLetters, servesDashboard);
    }

    /** Every topic the service's Kafka clients touch. */
    public List<String> allTopics() {
        List<String> all = new ArrayList<>(producedTopics);
        all.addAll(consumedTopics);
        all.addAll(deadLetterTopics);
        return all;
    }

    private static String withoutProfile(String name) {
        return name.startsWith("%") && name.contains(".") ? name.substring(name.indexOf('.') + 1) : name;
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not set");
        }
        return value.trim();
    }

    static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return properties;
    }
}
