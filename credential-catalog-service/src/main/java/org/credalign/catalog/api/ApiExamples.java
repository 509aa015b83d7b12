package org.credalign.catalog.api;

/** Named OpenAPI examples, kept apart so the resource stays readable. */
final class ApiExamples {

    static final String COMPTIA_A_PLUS = """
            {"id": "comptia-a-plus", "name": "CompTIA A+", "issuer": "CompTIA", "type": "CERTIFICATION",
             "clusters": ["IT"], "occupations": ["15-1232"], "secondaryAppropriate": true, "requiredInStates": []}""";

    static final String INVALID_CREDENTIAL = """
            {"type": "https://credalign.example/problems/validation", "title": "Credential has invalid fields",
             "status": 422, "detail": "2 field(s) break the catalog rules; nothing was stored",
             "instance": "/api/v1/credentials",
             "errors": [{"field": "type", "message": "must be one of [LICENSE, CERTIFICATION, SOFTWARE, GENERAL_CAREER_READINESS, CTE_ASSESSMENT], got 'CERT'"},
                        {"field": "clusters[0]", "message": "'XX' is not a Career Cluster code (see GET /api/v1/career-clusters)"}]}""";

    private ApiExamples() {
    }
}
