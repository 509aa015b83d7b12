package org.credalign.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The checker on small, hand-written services and manifests: a right snippet passes, a deliberately wrong one
 * is reported with a sentence naming the mistake.
 */
class DeploymentChecksTest {

    private static final Properties COMMONS = properties("""
            credalign.db.base-url=jdbc:postgresql://${CREDALIGN_PG_HOST:127.0.0.1}:${CREDALIGN_PG_PORT:55432}
            quarkus.datasource.username=${CREDALIGN_DB_USER:postgres}
            kafka.bootstrap.servers=${CREDALIGN_KAFKA_BOOTSTRAP:127.0.0.1:${CREDALIGN_KAFKA_PORT:59092}}
            """);
    private static final ServiceModel PRODUCER = ServiceModel.of("attainment-service", COMMONS, properties("""
            quarkus.application.name=attainment-service
            quarkus.http.port=${ATTAINMENT_HTTP_PORT:8082}
            quarkus.datasource.jdbc.url=${ATTAINMENT_DB_URL:${credalign.db.base-url}/attainment}
            credalign.outbox.topics=attainment.earned.v1
            """), false);
    private static final ServiceModel CONSUMER = ServiceModel.of("alignment-service", COMMONS, properties("""
            quarkus.application.name=alignment-service
            quarkus.http.port=${ALIGNMENT_HTTP_PORT:8084}
            quarkus.datasource.jdbc.url=${ALIGNMENT_DB_URL:${credalign.db.base-url}/alignment}
            mp.messaging.incoming.attainment-earned.topic=attainment.earned.v1
            mp.messaging.incoming.attainment-earned.dead-letter-queue.topic=alignment-service.dead-letter.v1
            %test.alignment.scoring.interval=1s
            """), true);
    private static final EventCatalog EVENTS = new EventCatalog(Map.of("attainment.earned.v1", "attainment"));
    private static final DeploymentChecks CHECKS = new DeploymentChecks(List.of(PRODUCER, CONSUMER),
            Map.of("attainment-service", List.of("/api/v1/states/{state}/submissions"),
                    "alignment-service", List.of("/api/v1/alignment/states/{state}")),
            EVENTS);

    @Test
    void theModelReadsPortDatabaseTopicsAndExpressionKeys() {
        assertEquals(8082, PRODUCER.httpPort());
        assertEquals("attainment", PRODUCER.database());
        assertEquals(List.of("attainment.earned.v1", "alignment-service.dead-letter.v1"),
                CONSUMER.allTopics());
        assertTrue(CONSUMER.configKeys().contains("alignment.scoring.interval"), "profile prefix removed");
        assertTrue(PRODUCER.configKeys().contains("CREDALIGN_KAFKA_PORT"), "nested expression names are keys");
    }

    @Test
    void environmentVariablesFollowTheMicroProfileMapping() {
        assertEquals(Optional.of("CREDALIGN_PG_HOST"), EnvironmentVariables.keyFor("CREDALIGN_PG_HOST", PRODUCER));
        assertEquals(Optional.of("kafka.bootstrap.servers"),
                EnvironmentVariables.keyFor("KAFKA_BOOTSTRAP_SERVERS", PRODUCER));
        assertEquals(Optional.of("quarkus.profile"), EnvironmentVariables.keyFor("QUARKUS_PROFILE", PRODUCER));
        assertEquals(Optional.of("alignment.scoring.interval"),
                EnvironmentVariables.keyFor("ALIGNMENT_SCORING_INTERVAL", CONSUMER));
        assertEquals(Optional.empty(), EnvironmentVariables.keyFor("ALIGNMENT_DB_URL", PRODUCER),
                "another service's key");
        assertEquals(Optional.empty(), EnvironmentVariables.keyFor("CREDALIGN_PG_HOSTNAME", PRODUCER));
        assertEquals(Optional.of("kafka.sasl.jaas.config"),
                EnvironmentVariables.keyFor("KAFKA_SASL_JAAS_CONFIG", PRODUCER));
        assertEquals(Optional.empty(), EnvironmentVariables.keyFor("KAFKA_SASL_MECHANISMS", PRODUCER),
                "not a Kafka client setting");
    }

    @Test
    void aMistypedEnvironmentVariableIsReported() {
        List<JsonNode> manifests = Yaml.documents(deployment("attainment-service", 8082, """
                        - name: CREDALIGN_PG_HOST
                          value: db
                        - name: ATTAINMENT_DB_URLL
                          value: jdbc:postgresql://db/attainment
                """));
        assertEquals(List.of("attainment-service: environment variable ATTAINMENT_DB_URLL sets no configuration key"
                + " the service reads"), CHECKS.checkEnvironment(manifests, Map.of()));
    }

    @Test
    void aWrongImageOrPortIsReported() {
        List<JsonNode> right = Yaml.documents(deployment("attainment-service", 8082, "") + "---\n"
                + deployment("alignment-service", 8084, ""));
        assertEquals(List.of(), CHECKS.checkWorkloads(right));
        List<JsonNode> wrong = Yaml.documents(deployment("attainment-service", 8083, "").replace(
                "credalign/attainment-service:", "credalign/attainment:") + "---\n"
                + deployment("alignment-service", 8084, ""));
        List<String> problems = CHECKS.checkWorkloads(wrong);
        assertTrue(problems.contains("attainment-service: image credalign/attainment:1.0.0 is not"
                + " credalign/attainment-service:<version>"), problems.toString());
        assertTrue(problems.contains("attainment-service: container ports [8083] do not include quarkus.http.port 8082"),
                problems.toString());
        assertTrue(problems.contains("attainment-service: readinessProbe is not GET /q/health/ready on port 8082"),
                problems.toString());
    }

    @Test
    void aMissingTopicAndAnUncompactedEventTopicAreReported() {
        List<JsonNode> manifests = Yaml.documents(topic("attainment.earned.v1", "delete"));
        assertEquals(List.of(
                "alignment-service uses topic alignment-service.dead-letter.v1 but no KafkaTopic declares it",
                "topic alignment-service.dead-letter.v1 (docs/EVENTS.md or a dead-letter topic) has no KafkaTopic",
                "KafkaTopic attainment.earned.v1 carries full-state events but its cleanup.policy is delete"),
                CHECKS.checkTopics(manifests));
    }

    @Test
    void aServiceReadingAttainmentWithoutConsumingItIsReported() {
        String users = user("attainment-service", acl("topic", "attainment.earned.v1", "Write, Describe, AlterConfigs"))
                + "---\n" + user("alignment-service", acl("topic", "attainment.earned.v1", "Read, Describe")
                        + acl("topic", "alignment-service.dead-letter.v1", "Write, Describe")
                        + acl("group", "alignment-service", "Read"))
                + "---\n" + user("integrator", acl("topic", "attainment.", "Read, Describe").replace("literal", "prefix"));
        String deployments = deployment("attainment-service", 8082, jaas("attainment-service")) + "---\n"
                + deployment("alignment-service", 8084, jaas("alignment-service"));
        assertEquals(List.of("KafkaUser integrator may read internal topic attainment.earned.v1 but its code consumes"
                + " no attainment.* topic"), CHECKS.checkKafkaUsers(Yaml.documents(users + "---\n" + deployments)));
    }

    @Test
    void aMissingGrantAndAForeignWriteAreReported() {
        String users = user("attainment-service", acl("topic", "attainment.earned.v1", "Write, Describe"))
                + "---\n" + user("alignment-service", acl("topic", "attainment.earned.v1", "Read, Write, Describe")
                        + acl("topic", "alignment-service.dead-letter.v1", "Write, Describe")
                        + acl("group", "alignment-service", "Read"));
        String deployments = deployment("attainment-service", 8082, jaas("attainment-service")) + "---\n"
                + deployment("alignment-service", 8084, jaas("alignment-service"));
        assertEquals(List.of("KafkaUser attainment-service lacks [AlterConfigs] on topic attainment.earned.v1",
                "KafkaUser alignment-service may write attainment.earned.v1 but docs/EVENTS.md names another producer"),
                CHECKS.checkKafkaUsers(Yaml.documents(users + "---\n" + deployments)));
    }

    @Test
    void anIngressRouteToTheWrongOwnerIsReported() {
        String right = ingress(route("/api/v1/states/[^/]+/submissions", "attainment-service", 8082)
                + route("/api/v1/alignment", "alignment-service", 8084) + route("/", "alignment-service", 8084));
        assertEquals(List.of(), CHECKS.checkIngress(Yaml.documents(right)));
        String wrong = ingress(route("/api/v1/states", "attainment-service", 8082)
                + route("/api/v1/alignment", "attainment-service", 8082) + route("/", "alignment-service", 8084));
        assertEquals(List.of(
                "Ingress path /api/v1/alignment matches no path of attainment-service's OpenAPI document",
                "alignment-service documents /api/v1/alignment/states/{state} but the Ingress sends it to"
                        + " attainment-service (path /api/v1/alignment)"),
                CHECKS.checkIngress(Yaml.documents(wrong)));
    }

    @Test
    void composeWithAnUnknownKeyOrAMissingDatabaseIsReported() {
        JsonNode compose = Yaml.documents("""
                services:
                  attainment-service:
                    image: credalign/attainment-service:1.0.0-SNAPSHOT
                    ports: ["8082:8082"]
                    environment:
                      CREDALIGN_PG_HOST: postgres
                  alignment-service:
                    image: credalign/alignment-service:1.0.0-SNAPSHOT
                    ports: ["8084:8084"]
                    environment:
                      CREDALIGN_PG_HOST: postgres
                      ALIGNMENT_DB_USER: alignment
                """).get(0);
        assertEquals(List.of("compose: alignment-service: environment variable ALIGNMENT_DB_USER sets no"
                + " configuration key the service reads",
                "compose: the PostgreSQL init script does not create database alignment"),
                CHECKS.checkCompose(compose, "create database attainment;\ncreate database alignments;"));
    }

    // ---------------------------------------------------------------- snippets

    private static String deployment(String name, int port, String env) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %1$s}
                spec:
                  template:
                    spec:
                      containers:
                        - name: %1$s
                          image: credalign/%1$s:1.0.0
                          ports: [{name: http, containerPort: %2$d}]
                          readinessProbe: {httpGet: {path: /q/health/ready, port: http}}
                          livenessProbe: {httpGet: {path: /q/health/live, port: http}}
                          resources: {requests: {cpu: 1, memory: 1Gi}, limits: {cpu: 1, memory: 1Gi}}
                          env:
                            - {name: QUARKUS_PROFILE, value: prod}
                %3$s---
                apiVersion: v1
                kind: Service
                metadata: {name: %1$s}
                spec:
                  ports: [{port: %2$d, targetPort: http}]
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: %1$s}
                spec:
                  scaleTargetRef: {kind: Deployment, name: %1$s}
                """.formatted(name, port, env.isEmpty() ? "" : reindent(env, 12));
    }

    /** The snippet's lines moved so that the least indented one starts at column {@code indent}. */
    private static String reindent(String snippet, int indent) {
        int least = snippet.lines().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return snippet.lines().map(l -> l.isBlank() ? "" : " ".repeat(indent) + l.substring(least))
                .reduce("", (text, line) -> text + line + "\n");
    }

    private static String jaas(String secret) {
        return """
                        - name: KAFKA_SASL_JAAS_CONFIG
                          valueFrom: {secretKeyRef: {name: %s, key: sasl.jaas.config}}
                """.formatted(secret);
    }

    private static String topic(String name, String policy) {
        return """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: %s}
                spec: {partitions: 12, replicas: 3, config: {cleanup.policy: %s}}
                """.formatted(name, policy);
    }

    private static String user(String name, String acls) {
        return """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata: {name: %s}
                spec:
                  authorization:
                    type: simple
                    acls:
                %s""".formatted(name, acls);
    }

    private static String acl(String type, String name, String operations) {
        return "      - {resource: {type: %s, name: %s, patternType: literal}, operations: [%s]}\n"
                .formatted(type, name, operations);
    }

    private static String ingress(String paths) {
        return """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: credalign}
                spec:
                  rules:
                    - http:
                        paths:
                %s""".formatted(paths);
    }

    private static String route(String path, String service, int port) {
        return "          - {path: \"%s\", backend: {service: {name: %s, port: {number: %d}}}}\n"
                .formatted(path, service, port);
    }

    private static Properties properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
