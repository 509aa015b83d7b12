// Valid writes that give every list and detail endpoint something to show (Wyoming, school year 2017-18 and demand
// years 2017-2018: before the sample data's years, so the dashboard's "latest year" views never see them).
// Waits until alignment-service has scored the state-year, then writes the ids to the file named by argv[2],
// for the Portman and Prism runs.
import { writeFileSync } from 'node:fs';
import { eventually, json, log, send as rawSend, token } from './lib.mjs';

const TAG = 'sample-data';
const STATE = 'WY';
const SCHOOL_YEAR = '2017-18';
const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const credentialId = `contract-sample-${suffix}`;
const admin = token('catalog-admin');
const demandAdmin = token('demand-admin');
const submitter = token('state-submitter', STATE);

function expect(res, statuses, what) {
  if (!statuses.includes(res.status)) throw new Error(`${what}: ${res.status} ${res.body.slice(0, 300)}`);
  return res;
}

async function main() {
  const occupation = await json('demand', 'PUT', '/api/v1/occupations/51-4121', demandAdmin, {
    title: 'Welders, Cutters, Solderers, and Brazers', medianAnnualWage: 47540, employment: 418200,
    projectedGrowthPct: 2.0, clusters: ['MN'],
  });
  expect(occupation, [200, 201], 'occupation');
  const created = expect(await json('catalog', 'POST', '/api/v1/credentials', admin, {
    id: credentialId, name: 'Contract Sample Welder', issuer: 'American Welding Society', type: 'CERTIFICATION',
    clusters: ['MN'], occupations: ['51-4121'], externalCodes: [{ system: 'WY', code: `WY-${suffix}` }],
  }), [201], 'credential');
  const credentialImport = expect(await json('catalog', 'POST', '/api/v1/credentials/imports', admin, [{
    id: `${credentialId}-imported`, name: 'Contract Sample Import', issuer: 'OSHA', type: 'GENERAL_CAREER_READINESS',
    clusters: ['AC'],
  }]), [200, 201], 'credential import');
  expect(await json('catalog', 'PUT', `/api/v1/states/${STATE}/approved-credentials`, admin, {
    entries: [{ credentialId, status: 'APPROVED', approvedOn: '2017-07-01', reviewDue: '2020-06-30', incentiveAmount: 250 }],
  }), [200], 'approved list');
  expect(await json('attainment', 'PUT', `/api/v1/states/${STATE}/profile?schoolYear=${SCHOOL_YEAR}`, submitter, {
    collectsSecondary: true, collectsPostsecondary: false, vendorDataSharingAgreements: 1, credentialsInEssaPlan: true,
    incentivePolicy: true, maintainsApprovedList: true, yearsOfDataAvailable: 3, highSchoolEnrollment: 28000,
    cteConcentrators: 6100,
  }), [200], 'profile');
  const rows = [{ credentialId, level: 'SECONDARY', subgroup: 'ALL', earned: 140 },
    { credentialId, level: 'SECONDARY', subgroup: 'SEX:F', earned: 21 }];
  let submission;
  const accepted = await eventually(90, async () => {
    submission = await json('attainment', 'POST', `/api/v1/states/${STATE}/submissions?schoolYear=${SCHOOL_YEAR}`,
      submitter, rows);
    return submission.status === 201 || submission.status === 200;
  });
  if (!accepted) throw new Error(`submission: ${submission.status} ${submission.body.slice(0, 300)}`);
  const demandImport = expect(await send('demand', '/api/v1/demand/imports?kind=credential-postings',
    `state,year,credentialId,codeSystem,code,postings\n${STATE},2017,${credentialId},,,310\n${STATE},2018,${credentialId},,,420\n`),
  [200, 201], 'demand import');
  expect(await json('demand', 'PUT', `/api/v1/states/${STATE}/wages`, demandAdmin,
    { wages: [{ year: 2017, medianAnnualWage: 44100 }, { year: 2018, medianAnnualWage: 45300 }] }), [200], 'wages');

  const scored = await eventually(120, async () => {
    const r = await json('alignment', 'GET', `/api/v1/alignment/states/${STATE}/credentials?schoolYear=${SCHOOL_YEAR}&size=500`);
    return r.status === 200 && r.json?.items?.some((c) => c.credentialId === credentialId && c.earned === 140);
  });
  if (!scored) throw new Error(`alignment-service never scored ${credentialId} in ${STATE} ${SCHOOL_YEAR}`);
  const fixtures = {
    state: STATE, schoolYear: SCHOOL_YEAR, demandYear: 2018, credentialId, etag: created.headers.etag,
    credentialImportId: credentialImport.json.id, submissionId: submission.json.id, demandImportId: demandImport.json.id,
    soc: '51-4121', codeSystem: 'WY', code: `WY-${suffix}`,
  };
  writeFileSync(process.argv[2], JSON.stringify(fixtures, null, 2));
  log(TAG, `${STATE} ${SCHOOL_YEAR}: credential ${credentialId}, approved list, profile, accepted submission, postings, wages; scored by alignment-service`);

  async function send(service, path, csv) {
    const res = await rawSend(service, 'POST', path, {
      headers: { Authorization: `Bearer ${demandAdmin}`, 'Content-Type': 'text/csv', Accept: 'application/json' }, body: csv,
    });
    res.json = JSON.parse(res.body || 'null');
    return res;
  }
}

main().catch((e) => { log(TAG, `ERROR ${e.message}`); process.exit(1); });
