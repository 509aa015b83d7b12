package org.credalign.catalog.domain;

/** The five credential types of the Credentials Matter glossary; demand is measured differently for each. */
public enum CredentialType {
    LICENSE, CERTIFICATION, SOFTWARE, GENERAL_CAREER_READINESS, CTE_ASSESSMENT
}
