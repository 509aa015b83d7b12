package org.credalign.catalog.api;

/** Named OpenAPI examples, kept apart so the resources stay readable. */
final class ApiExamples {

    static final String COMPTIA_A_PLUS = """
            {"id": "comptia-a-plus", "name": "CompTIA A+", "issuer": "CompTIA", "type": "CERTIFICATION",
             "clusters": ["IT"], "occupations": ["15-1232"], "secondaryAppropriate": true, "requiredInStates": [],
             "externalCodes": [{"system": "NJ", "code": "NJ-IT-0042"}],
             "description": "Entry-level IT support certification", "url": "https://www.comptia.org/certifications/a"}""";

    static final String COMPTIA_A_PLUS_WITH_CODES = """
            {"id": "comptia-a-plus", "name": "CompTIA A+", "issuer": "CompTIA", "type": "CERTIFICATION",
             "clusters": ["IT"], "occupations": ["15-1232", "15-1231"], "secondaryAppropriate": true,
             "externalCodes": [{"system": "NJ", "code": "NJ-IT-0042"}, {"system": "FL", "code": "COMPT001"}],
             "description": "Entry-level IT support certification", "url": "https://www.comptia.org/certifications/a"}""";

    static final String COMPTIA_A_PLUS_STORED = """
            {"id": "comptia-a-plus", "name": "CompTIA A+", "issuer": "CompTIA", "type": "CERTIFICATION",
             "clusterFramework": "NCCF-2008", "clusters": ["IT"], "occupations": ["15-1232"],
             "secondaryAppropriate": true, "requiredInStates": [],
             "externalCodes": [{"system": "NJ", "code": "NJ-IT-0042"}],
             "description": "Entry-level IT support certification", "url": "https://www.comptia.org/certifications/a",
             "status": "ACTIVE", "version": 1, "changedBy": "catalog-admin@credalign",
             "changedAt": "2026-11-25T14:00:00Z"}""";

    static final String INVALID_CREDENTIAL = """
            {"type": "https://credalign.example/problems/validation", "title": "Credential has invalid fields",
             "status": 422, "detail": "3 field(s) break the catalog rules; nothing was stored",
             "instance": "/api/v1/credentials",
             "errors": [{"field": "type", "message": "must be one of [LICENSE, CERTIFICATION, SOFTWARE, GENERAL_CAREER_READINESS, CTE_ASSESSMENT], got 'CERT'"},
                        {"field": "clusters[0]", "message": "'XX' is not a Career Cluster code (see GET /api/v1/career-clusters)"},
                        {"field": "externalCodes[0].system", "message": "must be an upper-case code system name of at most 50 letters, digits and single . _ - (e.g. 'CTID', 'NJ'), got 'nj '"}]}""";

    static final String CODE_TAKEN = """
            {"type": "https://credalign.example/problems/validation", "title": "Credential has invalid fields",
             "status": 422, "detail": "1 field(s) break the catalog rules; nothing was stored",
             "instance": "/api/v1/credentials",
             "errors": [{"field": "externalCodes[0].code", "message": "code 'NJ-IT-0042' of system 'NJ' already names credential 'comptia-a-plus'"}]}""";

    static final String NOT_JSON = """
            {"type": "https://credalign.example/problems/malformed-request", "title": "Request cannot be parsed",
             "status": 400, "detail": "body is not valid JSON: Unexpected end-of-input", "instance": "/api/v1/credentials"}""";

    static final String NOT_FOUND = """
            {"type": "https://credalign.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "no credential with id 'comptia-a'", "instance": "/api/v1/credentials/comptia-a"}""";

    static final String STALE = """
            {"type": "https://credalign.example/problems/precondition-failed", "title": "Precondition failed",
             "status": 412, "detail": "'comptia-a-plus' is at version 4, not the version in If-Match (3); read it again and retry",
             "instance": "/api/v1/credentials/comptia-a-plus"}""";

    static final String BAD_FILTERS = """
            {"type": "https://credalign.example/problems/malformed-request", "title": "Request cannot be parsed",
             "status": 400, "detail": "invalid search parameters", "instance": "/api/v1/credentials",
             "errors": [{"field": "type", "message": "must be one of [LICENSE, CERTIFICATION, SOFTWARE, GENERAL_CAREER_READINESS, CTE_ASSESSMENT], got 'CERT'"},
                        {"field": "soc", "message": "must be a SOC code of the form NN-NNNN, got '151232'"}]}""";

    static final String SEARCH_PAGE = """
            {"items": [{"id": "comptia-a-plus", "name": "CompTIA A+", "issuer": "CompTIA", "type": "CERTIFICATION",
                        "clusterFramework": "NCCF-2008", "clusters": ["IT"], "occupations": ["15-1232"],
                        "secondaryAppropriate": true, "requiredInStates": [],
                        "externalCodes": [{"system": "NJ", "code": "NJ-IT-0042"}],
                        "status": "ACTIVE", "version": 2, "changedBy": "catalog-admin@credalign",
                        "changedAt": "2026-11-25T14:00:00Z"}],
             "page": 0, "size": 50, "totalItems": 1, "totalPages": 1}""";

    static final String SEARCH_CSV = """
            id,name,issuer,type,clusters,occupations,secondaryAppropriate,requiredInStates,externalCodes,description,url,status,version,changedBy,changedAt
            comptia-a-plus,CompTIA A+,CompTIA,CERTIFICATION,IT,15-1232,true,,NJ:NJ-IT-0042|CTID:ce-0f8b,,,ACTIVE,2,catalog-admin@credalign,2026-11-25T14:00:00Z
            """;

    static final String IMPORT_JSON = """
            [{"id": "comptia-a-plus", "name": "CompTIA A+", "issuer": "CompTIA", "type": "CERTIFICATION",
              "clusters": ["IT"], "occupations": ["15-1232"], "externalCodes": [{"system": "NJ", "code": "NJ-IT-0042"}]},
             {"id": "servsafe-food-handler", "name": "ServSafe Food Handler", "issuer": "National Restaurant Association",
              "type": "CERTIFICATION", "clusters": ["HT"], "occupations": ["35-2014"]}]""";

    static final String IMPORT_CSV = """
            id,name,issuer,type,clusters,occupations,externalCodes
            comptia-a-plus,CompTIA A+,CompTIA,CERTIFICATION,IT,15-1232,NJ:NJ-IT-0042|CTID:ce-0f8b
            osha-10-construction,OSHA 10-Hour Construction,OSHA Outreach Training Program,GENERAL_CAREER_READINESS,AC|MN,,
            """;

    static final String IMPORT_REPORT = """
            {"id": "8d0f3f4e-2f7a-4c1e-9f57-2b9d1b2c3d4e",
             "contentHash": "3b9c8f0e4c1d2a5b6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5",
             "rowsReceived": 2, "created": 1, "updated": 1, "unchanged": 0, "importedBy": "catalog-admin@credalign",
             "importedAt": "2026-11-25T14:00:00Z", "appliedNow": true}""";

    static final String IMPORT_INVALID = """
            {"type": "https://credalign.example/problems/validation", "title": "Import has invalid rows",
             "status": 422, "detail": "3 error(s) in 1204 row(s); nothing was applied",
             "instance": "/api/v1/credentials/imports",
             "errors": [{"row": 3, "field": "type", "message": "must be one of [LICENSE, CERTIFICATION, SOFTWARE, GENERAL_CAREER_READINESS, CTE_ASSESSMENT], got 'CERT'"},
                        {"row": 17, "field": "id", "message": "'comptia-a-plus' is also in row 2"},
                        {"row": 90, "field": "externalCodes[0].code", "message": "code 'NJ-IT-0042' of system 'NJ' is also given to 'comptia-a-plus' in this import"}]}""";

    static final String STATE_APPROVALS_REQUEST = """
            {"entries": [
              {"credentialId": "comptia-a-plus", "status": "APPROVED", "approvedOn": "2024-07-01",
               "reviewDue": "2027-06-30", "incentiveAmount": 1000},
              {"credentialId": "osha-10-construction", "status": "PHASING_OUT", "approvedOn": "2019-07-01",
               "incentiveAmount": 0}]}""";

    static final String STATE_APPROVALS = """
            {"state": "NJ", "version": 3, "changedBy": "dev-state-submitter-nj", "changedAt": "2026-11-25T14:00:00Z",
             "entries": [
              {"credentialId": "comptia-a-plus", "status": "APPROVED", "approvedOn": "2024-07-01",
               "reviewDue": "2027-06-30", "incentiveAmount": 1000.00},
              {"credentialId": "osha-10-construction", "status": "PHASING_OUT", "approvedOn": "2019-07-01",
               "incentiveAmount": 0}]}""";

    static final String STATE_APPROVALS_INVALID = """
            {"type": "https://credalign.example/problems/validation", "title": "Approved list has invalid entries",
             "status": 422, "detail": "2 field(s) break the rules; the list was not changed",
             "instance": "/api/v1/states/NJ/approved-credentials",
             "errors": [{"field": "entries[0].credentialId", "message": "unknown credential 'comptia-a' (see GET /api/v1/credentials)"},
                        {"field": "entries[1].reviewDue", "message": "must not be before approvedOn (2024-07-01), got 2023-06-30"}]}""";

    static final String CAREER_CLUSTERS = """
            [{"code": "AC", "name": "Architecture & Construction", "framework": "NCCF-2008"},
             {"code": "IT", "name": "Information Technology", "framework": "NCCF-2008"}]""";

    private ApiExamples() {
    }
}
