package org.credalign.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credalign.sampledata.NationalDataset.AttainmentRow;
import org.credalign.sampledata.ReferenceData.CredentialRef;

/**
 * New Jersey's published figures (Credentials Matter 2019, ../shared/notes/DOMAIN.md), so the sample reproduces a
 * real state-year: the five most earned credentials of 2018-19 and the five most demanded in calendar 2019.
 */
final class PublishedFigures {

    /** Most earned in New Jersey, 2018-19. */
    static final Map<String, Integer> NJ_2019_EARNED = Map.of(
            "basic-first-aid", 963,
            "ase", 622,
            "adobe", 492,
            "osha-10", 412,
            "cosmetology", 403);

    /** Most demanded in New Jersey, 2019 (postings); LPN is a license, so its postings are occupation postings. */
    static final Map<String, Integer> NJ_2019_CREDENTIAL_POSTINGS = Map.of(
            "microsoft-office-specialist", 109_358,
            "ase", 6_293,
            "certified-medical-assistant", 5_880,
            "dental-assistant", 5_356);
    static final String LPN_SOC = "29-2061";
    static final int NJ_2019_LPN_POSTINGS = 10_816;

    private PublishedFigures() {
    }

    /** The published most-earned rows (ALL subgroup, secondary) plus a small subgroup split for cosmetology. */
    static List<AttainmentRow> newJersey2019(NationalDataset dataset) {
        List<AttainmentRow> rows = new ArrayList<>();
        NJ_2019_EARNED.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String id = resolve(dataset, entry.getKey());
            rows.add(new AttainmentRow(id, "SECONDARY", "ALL", entry.getValue()));
            if (entry.getKey().equals("cosmetology")) {
                rows.add(new AttainmentRow(id, "SECONDARY", "SEX:F", 371));
                rows.add(new AttainmentRow(id, "SECONDARY", "SEX:M", 32));
            }
        });
        return rows;
    }

    /** Replaces New Jersey's generated 2019 postings with the published counts. */
    static void applyNewJersey2019Demand(NationalDataset dataset, List<List<Object>> credentialPostings,
            List<List<Object>> occupationPostings) {
        NJ_2019_CREDENTIAL_POSTINGS.forEach((role, postings) -> {
            String id = resolve(dataset, role);
            credentialPostings.removeIf(row -> row.get(0).equals("NJ") && row.get(1).equals(2019) && row.get(2).equals(id));
            credentialPostings.add(List.of("NJ", 2019, id, postings));
        });
        occupationPostings.removeIf(row -> row.get(0).equals("NJ") && row.get(1).equals(2019)
                && row.get(2).equals(LPN_SOC));
        occupationPostings.add(List.of("NJ", 2019, LPN_SOC, NJ_2019_LPN_POSTINGS));
    }

    /** The reference credential a published name refers to: the first id (alphabetically) starting with it. */
    static String resolve(NationalDataset dataset, String prefix) {
        return dataset.reference().credentials().stream().map(CredentialRef::id).filter(id -> id.startsWith(prefix))
                .sorted().findFirst()
                .orElseThrow(() -> new IllegalStateException("reference data has no credential id starting with '"
                        + prefix + "' (needed for New Jersey's published figures)"));
    }

}
