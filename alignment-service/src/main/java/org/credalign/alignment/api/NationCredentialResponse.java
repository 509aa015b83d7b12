package org.credalign.alignment.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NationCredential", description = "One credential summed over the states scored in a school year; "
        + "category from the summed E and D; statesInDemand counts the states where it is in demand")
public record NationCredentialResponse(String schoolYear, String credentialId, String credentialName, String type,
        long earnedCounted, long demanded, BigDecimal ratio, String category, int statesInDemand,
        String methodologyVersion, String parametersHash) {
}
