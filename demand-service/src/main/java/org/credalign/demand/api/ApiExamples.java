package org.credalign.demand.api;

/** Named OpenAPI examples, kept apart so the resources stay readable. */
final class ApiExamples {

    static final String CREDENTIAL_POSTINGS_CSV = """
            state,year,credentialId,codeSystem,code,postings
            NJ,2024,comptia-a-plus,,,5120
            NJ,2024,,CTID,ce-6f0f6b1e-8c1b-4d5e-9d3f-2b7f3a2f9e11,2310
            NY,2024,microsoft-office-specialist,,,48200
            """;

    static final String CREDENTIAL_POSTINGS_JSON = """
            [{"state": "NJ", "year": 2024, "credentialId": "comptia-a-plus", "postings": 5120},
             {"state": "NJ", "year": 2024, "codeSystem": "CTID", "code": "ce-6f0f6b1e-8c1b-4d5e-9d3f-2b7f3a2f9e11",
              "postings": 2310}]""";

    static final String OCCUPATION_POSTINGS_CSV = """
            state,year,soc,postings
            NJ,2024,31-1131,8420
            NJ,2024,39-5012,1210
            """;

    static final String OCCUPATIONS_CSV = """
            soc,title,medianAnnualWage,employment,projectedGrowthPct,clusters
            15-1232,Computer User Support Specialists,60340,704900,5.2,IT
            31-1131,Nursing Assistants,38200,1351400,4.4,HS
            """;

    static final String STATE_WAGES_JSON = """
            [{"state": "NJ", "year": 2023, "medianAnnualWage": 55190},
             {"state": "NJ", "year": 2024, "medianAnnualWage": 57020}]""";

    static final String IMPORT_INVALID_ROWS = """
            {"type": "https://credalign.example/problems/validation", "title": "Import has invalid rows",
             "status": 422, "detail": "2 error(s) in 1204 rows; nothing was applied (mode=atomic)",
             "instance": "/api/v1/demand/imports",
             "errors": [{"row": 17, "field": "credentialId", "message": "unknown credential 'comptia-a'"},
                        {"row": 90, "field": "postings", "message": "must be a whole number from 0 to 999999999, got '-3'"}]}""";

    static final String IMPORT_TOO_LARGE = """
            {"type": "https://credalign.example/problems/payload-too-large", "title": "Import too large",
             "status": 413, "detail": "the import body exceeds 5242880 bytes; split it by state",
             "instance": "/api/v1/demand/imports"}""";

    static final String IMPORT_UNPARSEABLE = """
            {"type": "https://credalign.example/problems/malformed-request", "title": "Request cannot be parsed",
             "status": 400, "detail": "the CSV file cannot be read", "instance": "/api/v1/demand/imports",
             "errors": [{"row": 4, "field": "(csv)", "message": "a quoted field starting at line 4 is never closed"}]}""";

    static final String OCCUPATION_BODY = """
            {"title": "Computer User Support Specialists", "medianAnnualWage": 60340, "employment": 704900,
             "projectedGrowthPct": 5.2, "clusters": ["IT"]}""";

    static final String OCCUPATION_INVALID = """
            {"type": "https://credalign.example/problems/validation", "title": "Occupation has invalid fields",
             "status": 422, "detail": "1 invalid field(s)", "instance": "/api/v1/occupations/15-1232",
             "errors": [{"field": "medianAnnualWage", "message": "must be a whole number from 0 to 999999999, got '-1'"}]}""";

    static final String WAGES_BODY = """
            {"wages": [{"year": 2023, "medianAnnualWage": 55190}, {"year": 2024, "medianAnnualWage": 57020}]}""";

    static final String WAGES_INVALID = """
            {"type": "https://credalign.example/problems/validation", "title": "State wages have invalid fields",
             "status": 422, "detail": "1 invalid field(s)", "instance": "/api/v1/states/NJ/wages",
             "errors": [{"field": "wages[1].year", "message": "duplicate of row 1 (same state and year)"}]}""";

    private ApiExamples() {
    }
}
