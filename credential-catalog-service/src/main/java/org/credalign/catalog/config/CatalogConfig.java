package org.credalign.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of the catalog service ({@code catalog.*} in application.properties). */
@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    Search search();

    @WithName("import")
    BulkImport bulkImport();

    interface Search {
        /**
         * How close (pg_trgm word similarity, 0..1) a query must be to some words of a credential's text to match
         * when it is not contained in it: 0.5 lets "comptai a+" find CompTIA A+ without flooding results.
         */
        @WithDefault("0.5")
        double similarityThreshold();
    }

    interface BulkImport {
        /**
         * Seconds one import transaction may run (read by CredentialImportService's @TransactionConfiguration);
         * ordinary requests keep the 60 s default.
         */
        @WithDefault("600")
        int transactionTimeout();
    }
}
