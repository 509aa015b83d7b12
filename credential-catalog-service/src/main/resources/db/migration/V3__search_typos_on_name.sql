-- Typo tolerance works on the credential's name: word similarity over the short name costs a third of the same on
-- the whole search text (name, issuer, id, codes), which full text and substring matching still cover exactly.
create index credential_name_trgm on credential using gin (lower(name) gin_trgm_ops);
