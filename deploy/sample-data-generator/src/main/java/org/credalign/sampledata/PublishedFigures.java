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
            "ase-entry-level", 622,
            "adobe-certified-professional", 492,
            "osha-10-construction", 412,
            "cosmetology-license", 403);

    /** Most demanded in New Jersey, 2019 (postings); LPN is a license, so its postings are occupation postings. */
    static final Map<String, Integer> NJ_2019_CREDENTIAL_POSTINGS = Map.of(
            "microsoft-office-specialist", 109_358,
            "ase-entry-level", 6_293,
            "certified-medical-assistant", 5_880,
            "danb-rhs", 5_356); // Dental Assistant: DANB's Radiation Health and Safety exam
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
            if (entry.getKey().equals("cosmetology-license")) {
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

    /** Fails loudly when the reference data lost a credential the published figures name. */
    static String resolve(NationalDataset dataset, String id) {
        return dataset.reference().credentials().stream().map(CredentialRef::id).filter(id::equals).findFirst()
                .orElseThrow(() -> new IllegalStateException("reference data has no credential '" + id
                        + "' (needed for New Jersey's published figures)"));
    }

}
