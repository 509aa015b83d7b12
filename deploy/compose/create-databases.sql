-- One database per service (each service owns its data; see README.md). Run once by the postgres image on an
-- empty data directory (docker-entrypoint-initdb.d).
create database catalog;
create database attainment;
create database demand;
create database alignment;
