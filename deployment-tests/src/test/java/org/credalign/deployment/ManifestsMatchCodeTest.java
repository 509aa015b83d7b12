package org.credalign.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed manifests (deploy/k8s base and overlays, deploy/compose) against the services' code. */
class ManifestsMatchCodeTest {

    private static Repository repository;
    private static List<ServiceModel> services;
    private static DeploymentChecks checks;
    private static List<JsonNode> base;

    @BeforeAll
    static void readRepository() {
        repository = Repository.current();
        services = repository.services();
        checks = new DeploymentChecks(services, repository.openApiPaths(services), repository.events());
        base = repository.kustomizeResources(repository.kustomizeBase());
    }

    @Test
    void theFourServicesAreFound() {
        assertEquals(List.of("credential-catalog-service", "attainment-service", "demand-service", "alignment-service"),
                services.stream().map(ServiceModel::module).toList());
    }

    @Test
    void deploymentsRunTheModulesImageOnItsPortWithHealthProbes() {
        assertNoProblems(checks.checkWorkloads(base));
    }

    @Test
    void everyEnvironmentVariableSetsAKeyTheServiceReads() {
        assertNoProblems(checks.checkEnvironment(base, DeploymentChecks.configMapKeys(base)));
        for (Path overlay : repository.kustomizeOverlays()) {
            assertNoProblems(checks.checkEnvironment(repository.kustomizeResources(overlay),
                    repository.overlayConfigMapKeys(overlay)));
        }
    }

    @Test
    void overlaysPatchOnlyWhatTheBaseContains() {
        assertEquals(2, repository.kustomizeOverlays().size(), "overlays dev and prod");
        for (Path overlay : repository.kustomizeOverlays()) {
            assertNoProblems(repository.overlayPatchTargets(overlay));
        }
    }

    @Test
    void eachServiceOwnsItsDatabaseInTheCloudNativePgCluster() {
        assertNoProblems(checks.checkDatabases(base));
    }

    @Test
    void everyTopicTheServicesUseIsDeclaredCompactedAndReplicated() {
        assertNoProblems(checks.checkTopics(base));
    }

    @Test
    void kafkaUsersGrantWhatTheCodeNeedsAndKeepAttainmentInternal() {
        assertNoProblems(checks.checkKafkaUsers(base));
    }

    @Test
    void ingressRoutesEveryDocumentedPathToItsOwner() {
        assertNoProblems(checks.checkIngress(base));
    }

    @Test
    void composeRunsTheSameServicesWithTheSameKeys() {
        Path compose = repository.root().resolve("deploy/compose");
        assertNoProblems(checks.checkCompose(Yaml.document(compose.resolve("compose.yaml")),
                Repository.read(compose.resolve("create-databases.sql"))));
    }

    @Test
    void theConfigurationKeysAreReadFromTheCode() {
        // Guards the model the other tests rely on: if reading the properties broke, every check would pass vacuously.
        ServiceModel catalog = services.get(0);
        assertEquals(8081, catalog.httpPort());
        assertEquals("catalog", catalog.database());
        assertTrue(catalog.configKeys().containsAll(Set.of("CATALOG_DB_URL", "CREDALIGN_PG_HOST",
                "CREDALIGN_JWT_PUBLICKEY_LOCATION", "kafka.bootstrap.servers")), catalog.configKeys().toString());
        assertTrue(catalog.producedTopics().contains("catalog.credentials.v1"));
        Map<String, List<String>> paths = repository.openApiPaths(services);
        assertTrue(paths.get("credential-catalog-service").contains("/api/v1/credentials"), paths.toString());
    }

    private static void assertNoProblems(List<String> problems) {
        assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }
}
