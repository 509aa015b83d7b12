package org.credalign.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * An AsyncAPI 3 document held against records read from the real broker: for each record, the message of its
 * channel whose {@code ce_type} header matches is found, and the record's key (Kafka binding), headers and payload
 * are validated against that message's schemas. AsyncAPI's default schema format is a superset of JSON Schema
 * draft-07, and our documents use only the draft-07 part, so a draft-07 validator judges them exactly.
 */
public final class AsyncApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private final JsonNode document;
    /** Topic (channel address) to its messages, each resolved to plain schemas. */
    private final Map<String, List<MessageContract>> messagesByTopic = new LinkedHashMap<>();

    private record MessageContract(String name, String ceType, JsonSchema key, JsonSchema headers,
            JsonSchema payload) {
    }

    private AsyncApiContract(JsonNode document) {
        this.document = document;
        document.path("channels").forEach(channel -> {
            String topic = channel.path("address").asText();
            List<MessageContract> messages = new ArrayList<>();
            channel.path("messages").forEach(reference -> messages.add(messageContract(resolve(reference))));
            messagesByTopic.put(topic, messages);
        });
        if (messagesByTopic.isEmpty()) {
            throw new IllegalArgumentException("the AsyncAPI document declares no channels");
        }
    }

    /** Reads the document the service serves, e.g. {@code META-INF/resources/asyncapi.yaml}. */
    public static AsyncApiContract fromClasspath(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the classpath");
            }
            return fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SnakeYAML, not Jackson's YAML parser, because the documents use anchors and aliases that must expand. */
    public static AsyncApiContract fromYaml(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(1_000);
        Object tree = new Yaml(options).load(yaml);
        return new AsyncApiContract(JSON.valueToTree(tree));
    }

    /** Every topic (channel address) the document describes. */
    public Set<String> topics() {
        return new TreeSet<>(messagesByTopic.keySet());
    }

    /** Every message name the document declares for the topic. */
    public List<String> messageNames(String topic) {
        return messagesOf(topic).stream().map(MessageContract::name).toList();
    }

    /**
     * Everything about the record that breaks the contract of its topic, as readable lines; empty when it conforms.
     */
    public List<String> violations(ConsumerRecord<String, String> record) {
        return violations(record.topic(), record.key(), headersOf(record), record.value());
    }

    /** The same check for a record given by parts (headers as text). */
    public List<String> violations(String topic, String key, Map<String, String> headers, String value) {
        List<MessageContract> messages = messagesOf(topic);
        String ceType = headers.get("ce_type");
        MessageContract message = messages.stream()
                .filter(candidate -> candidate.ceType() == null || candidate.ceType().equals(ceType))
                .findFirst().orElse(null);
        List<String> problems = new ArrayList<>();
        if (message == null) {
            problems.add(topic + ": no message of the contract has ce_type " + ceType);
            return problems;
        }
        String where = topic + " " + message.name() + " key " + key + ": ";
        if (message.key() != null) {
            report(problems, where + "key ", message.key().validate(key == null ? JSON.nullNode() : TextNode.valueOf(key)));
        }
        if (message.headers() != null) {
            report(problems, where + "headers ", message.headers().validate(JSON.valueToTree(headers)));
        }
        JsonNode payload;
        try {
            payload = value == null ? JSON.nullNode() : JSON.readTree(value);
        } catch (IOException e) {
            problems.add(where + "payload is not JSON: " + e.getMessage());
            return problems;
        }
        report(problems, where + "payload ", message.payload().validate(payload));
        return problems;
    }

    /** What {@link #checkPublished} found: records read per topic, per message name, and every violation. */
    public record PublishedCheck(Map<String, Integer> recordsByTopic, Map<String, Integer> recordsByMessage,
            Set<String> keys, List<String> violations) {
    }

    /**
     * Reads every record the producer {@code source} (its {@code ce_source} header) has published on each topic of
     * the document and checks it. Records other producers wrote (tests sending crafted or unreadable records) are
     * not the service's output and are skipped.
     */
    public PublishedCheck checkPublished(String source, java.time.Duration timeout) {
        Map<String, Integer> byTopic = new LinkedHashMap<>();
        Map<String, Integer> byMessage = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String topic : topics()) {
            int count = 0;
            for (ConsumerRecord<String, String> record : KafkaTestClient.allRecords(topic, timeout)) {
                Map<String, String> headers = headersOf(record);
                if (!source.equals(headers.get("ce_source"))) {
                    continue;
                }
                count++;
                keys.add(topic + "/" + record.key());
                List<String> found = violations(topic, record.key(), headers, record.value());
                problems.addAll(found);
                messagesOf(topic).stream().filter(m -> m.ceType() == null || m.ceType().equals(headers.get("ce_type")))
                        .findFirst().ifPresent(m -> byMessage.merge(m.name(), 1, Integer::sum));
            }
            byTopic.put(topic, count);
        }
        return new PublishedCheck(byTopic, byMessage, keys, problems);
    }

    private List<MessageContract> messagesOf(String topic) {
        List<MessageContract> messages = messagesByTopic.get(topic);
        if (messages == null) {
            throw new IllegalArgumentException("the AsyncAPI document has no channel with address " + topic
                    + " (it has " + topics() + ")");
        }
        return messages;
    }

    private static void report(List<String> problems, String prefix, Set<ValidationMessage> messages) {
        messages.forEach(message -> problems.add(prefix + message.getMessage()));
    }

    private static Map<String, String> headersOf(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private MessageContract messageContract(JsonNode message) {
        JsonNode payload = inlineReferences(message.path("payload"));
        if (payload.isMissingNode()) {
            throw new IllegalArgumentException("message " + message.path("name").asText() + " has no payload schema");
        }
        JsonNode headers = inlineReferences(message.path("headers"));
        JsonNode key = inlineReferences(message.path("bindings").path("kafka").path("key"));
        String ceType = headers.path("properties").path("ce_type").path("const").asText(null);
        return new MessageContract(message.path("name").asText(), ceType,
                key.isMissingNode() ? null : schema(key),
                headers.isMissingNode() ? null : schema(headers),
                schema(payload));
    }

    private static JsonSchema schema(JsonNode node) {
        return SCHEMAS.getSchema(node);
    }

    /** Follows a local {@code $ref} ("#/components/..."); other nodes are returned as they are. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops > 20) {
                throw new IllegalArgumentException("$ref cycle at " + node);
            }
            String reference = current.get("$ref").asText();
            if (!reference.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are supported: " + reference);
            }
            current = document.at(reference.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("unresolved reference " + reference);
            }
        }
        return current;
    }

    /** A copy of the schema with every local reference replaced by its target, so it validates on its own. */
    private JsonNode inlineReferences(JsonNode node) {
        JsonNode resolved = resolve(node);
        if (resolved.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = resolved.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), inlineReferences(field.getValue()));
            }
            return copy;
        }
        if (resolved.isArray()) {
            var copy = JSON.createArrayNode();
            resolved.forEach(item -> copy.add(inlineReferences(item)));
            return copy;
        }
        return resolved;
    }
}
