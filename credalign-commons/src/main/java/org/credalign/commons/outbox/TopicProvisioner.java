package org.credalign.commons.outbox;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Makes sure the topics a service produces exist and are compacted (full-state events per key let consumers
 * rebuild from offset 0). In production the topics are declared by the platform (Strimzi KafkaTopic); this keeps
 * the local stack and the tests right without a separate setup step. Runs until it has succeeded once.
 */
class TopicProvisioner implements AutoCloseable {

    private final Properties clientProperties;
    private final OutboxConfig config;
    private volatile boolean done;
    private Admin admin;

    TopicProvisioner(Properties clientProperties, OutboxConfig config) {
        this.clientProperties = clientProperties;
        this.config = config;
        this.done = config.topics().map(List::isEmpty).orElse(true);
    }

    synchronized void ensureTopics() {
        if (done) {
            return;
        }
        try {
            Admin client = admin();
            Set<String> existing = client.listTopics().names().get(5, TimeUnit.SECONDS);
            for (String topic : config.topics().orElse(List.of())) {
                if (!existing.contains(topic)) {
                    NewTopic newTopic = new NewTopic(topic, config.topicPartitions(), (short) -1)
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    try {
                        client.createTopics(List.of(newTopic)).all().get(5, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                            throw e;
                        }
                    }
                } else {
                    // A consumer may have auto-created it first with the broker's defaults: make it compacted.
                    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                    AlterConfigOp compact = new AlterConfigOp(new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG,
                            TopicConfig.CLEANUP_POLICY_COMPACT), AlterConfigOp.OpType.SET);
                    client.incrementalAlterConfigs(Map.of(resource, List.of(compact))).all().get(5, TimeUnit.SECONDS);
                }
            }
            done = true;
        } catch (Exception e) {
            throw new IllegalStateException("topics not provisioned yet: " + e.getMessage(), e);
        }
    }

    private Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            // Only settings an admin client knows, so it does not warn about producer or consumer ones.
            clientProperties.forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key.toString())) {
                    props.put(key, value);
                }
            });
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
            admin = Admin.create(props);
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
