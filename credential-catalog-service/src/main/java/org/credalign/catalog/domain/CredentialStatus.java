package org.credalign.catalog.domain;

/** A retired credential stays resolvable so historical attainment still maps to it. */
public enum CredentialStatus {
    ACTIVE, RETIRED
}
