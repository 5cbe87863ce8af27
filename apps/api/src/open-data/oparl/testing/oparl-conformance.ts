import Ajv, { type ValidateFunction } from 'ajv';

/**
 * The OParl 1.1 object types as JSON Schemas, written from the specification for the tests: each
 * property's type and format, the properties each type requires (the schema files' `required`, plus
 * `created` and `modified`, which the text makes mandatory on every object, embedded ones too, and
 * Body's six lists new in 1.1). Properties the specification does not define are refused, except
 * this server's own, prefixed `ledger:` as the specification asks of extensions.
 */
const URL = { type: 'string', pattern: '^https?://[^\\s]+$' };
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const DATE_TIME = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$' };
const TEXT = { type: 'string', minLength: 1 };
const TEXTS = { type: 'array', items: TEXT, minItems: 1 };
const URLS = { type: 'array', items: URL, minItems: 1 };
const BOOLEAN = { type: 'boolean' };
const ref = (type: string) => ({ $ref: `#/definitions/${type}` });
const refs = (type: string) => ({ type: 'array', items: ref(type), minItems: 1 });

const COMMON = { id: URL, type: URL, license: URL, keyword: TEXTS, created: DATE_TIME, modified: DATE_TIME, web: URL, deleted: BOOLEAN };

const TYPES: Record<string, { properties: Record<string, unknown>; required: string[] }> = {
  System: {
    properties: {
      oparlVersion: { const: 'https://schema.oparl.org/1.1/' },
      otherOparlVersions: URLS,
      body: URL,
      name: TEXT,
      contactEmail: TEXT,
      contactName: TEXT,
      website: URL,
      vendor: URL,
      product: URL,
    },
    required: ['oparlVersion', 'body'],
  },
  Body: {
    properties: {
      system: URL,
      shortName: TEXT,
      name: TEXT,
      website: URL,
      licenseValidSince: DATE_TIME,
      oparlSince: DATE_TIME,
      ags: TEXT,
      rgs: TEXT,
      equivalent: URLS,
      contactEmail: TEXT,
      contactName: TEXT,
      organization: URL,
      person: URL,
      meeting: URL,
      paper: URL,
      legislativeTerm: { type: 'array', items: ref('LegislativeTerm') },
      agendaItem: URL,
      consultation: URL,
      file: URL,
      locationList: URL,
      legislativeTermList: URL,
      membership: URL,
      classification: TEXT,
      location: ref('Location'),
    },
    required: [
      'name',
      'organization',
      'person',
      'meeting',
      'paper',
      'legislativeTerm',
      'agendaItem',
      'consultation',
      'file',
      'locationList',
      'legislativeTermList',
      'membership',
    ],
  },
  LegislativeTerm: { properties: { body: URL, name: TEXT, startDate: DATE, endDate: DATE }, required: [] },
  Organization: {
    properties: {
      body: URL,
      name: TEXT,
      membership: URLS,
      meeting: URL,
      consultation: URL,
      shortName: TEXT,
      post: TEXTS,
      subOrganizationOf: URL,
      organizationType: { enum: ['Gremium', 'Partei', 'Fraktion', 'Verwaltungsbereich', 'externes Gremium', 'Institution', 'Sonstiges'] },
      classification: TEXT,
      startDate: DATE,
      endDate: DATE,
      website: URL,
      location: ref('Location'),
      externalBody: URL,
    },
    required: [],
  },
  Person: {
    properties: {
      body: URL,
      name: TEXT,
      familyName: TEXT,
      givenName: TEXT,
      formOfAddress: TEXT,
      affix: TEXT,
      title: TEXTS,
      gender: TEXT,
      phone: TEXTS,
      email: TEXTS,
      location: URL,
      locationObject: ref('Location'),
      status: TEXTS,
      membership: refs('Membership'),
      life: TEXT,
      lifeSource: TEXT,
    },
    required: [],
  },
  Membership: {
    properties: { person: URL, organization: URL, role: TEXT, votingRight: BOOLEAN, startDate: DATE, endDate: DATE, onBehalfOf: URL },
    required: [],
  },
  Meeting: {
    properties: {
      name: TEXT,
      meetingState: TEXT,
      cancelled: BOOLEAN,
      start: DATE_TIME,
      end: DATE_TIME,
      location: ref('Location'),
      organization: URLS,
      participant: URLS,
      invitation: ref('File'),
      resultsProtocol: ref('File'),
      verbatimProtocol: ref('File'),
      auxiliaryFile: refs('File'),
      agendaItem: { type: 'array', items: ref('AgendaItem') },
    },
    required: [],
  },
  AgendaItem: {
    properties: {
      meeting: URL,
      number: TEXT,
      order: { type: 'integer', minimum: 0 },
      name: TEXT,
      public: BOOLEAN,
      consultation: URL,
      result: TEXT,
      resolutionText: TEXT,
      resolutionFile: ref('File'),
      auxiliaryFile: refs('File'),
      start: DATE_TIME,
      end: DATE_TIME,
    },
    required: ['order'],
  },
  Paper: {
    properties: {
      body: URL,
      name: TEXT,
      reference: TEXT,
      date: DATE,
      paperType: TEXT,
      relatedPaper: URLS,
      superordinatedPaper: URLS,
      subordinatedPaper: URLS,
      mainFile: ref('File'),
      auxiliaryFile: refs('File'),
      location: refs('Location'),
      originatorPerson: URLS,
      underDirectionOf: URLS,
      originatorOrganization: URLS,
      consultation: refs('Consultation'),
    },
    required: [],
  },
  Consultation: {
    properties: { paper: URL, agendaItem: URL, meeting: URL, organization: URLS, authoritative: BOOLEAN, role: TEXT },
    required: [],
  },
  File: {
    properties: {
      name: TEXT,
      fileName: TEXT,
      mimeType: TEXT,
      date: DATE,
      size: { type: 'integer', minimum: 0 },
      sha1Checksum: { type: 'string', pattern: '^[0-9a-f]{40}$' },
      sha512Checksum: { type: 'string', pattern: '^[0-9a-f]{128}$' },
      text: TEXT,
      accessUrl: URL,
      downloadUrl: URL,
      externalServiceUrl: URL,
      masterFile: URL,
      derivativeFile: URLS,
      fileLicense: URL,
      meeting: URLS,
      agendaItem: URLS,
      paper: URLS,
    },
    required: ['accessUrl'],
  },
  Location: {
    properties: {
      description: TEXT,
      geojson: { type: 'object', required: ['type'], properties: { type: { const: 'Feature' } } },
      streetAddress: TEXT,
      room: TEXT,
      postalCode: TEXT,
      subLocality: TEXT,
      locality: TEXT,
      bodies: URLS,
      organizations: URLS,
      persons: URLS,
      meetings: URLS,
      papers: URLS,
    },
    required: [],
  },
};

/** Back-references an object carries when fetched alone, and leaves out when embedded in its parent. */
export const BACK_REFERENCES: Record<string, readonly string[]> = {
  LegislativeTerm: ['body'],
  Membership: ['person'],
  AgendaItem: ['meeting'],
  Consultation: ['paper'],
  File: ['meeting', 'agendaItem', 'paper'],
  Location: ['bodies', 'organizations', 'persons', 'meetings', 'papers'],
};

const definitions = Object.fromEntries(
  Object.entries(TYPES).map(([type, { properties, required }]) => [
    type,
    {
      type: 'object',
      properties: { ...COMMON, ...properties, type: { const: `https://schema.oparl.org/1.1/${type}` } },
      patternProperties: { '^ledger:': {} },
      additionalProperties: false,
      required: ['id', 'type', 'created', 'modified', ...required],
    },
  ]),
);

/** A deleted object keeps only its address, type and times (and says it is deleted). */
const DELETED = {
  type: 'object',
  properties: {
    id: URL,
    type: { type: 'string', pattern: '^https://schema\\.oparl\\.org/1\\.1/[A-Za-z]+$' },
    created: DATE_TIME,
    modified: DATE_TIME,
    deleted: { const: true },
  },
  additionalProperties: false,
  required: ['id', 'type', 'created', 'modified', 'deleted'],
};

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<string, ValidateFunction>(
  Object.keys(TYPES).map((type) => [type, ajv.compile({ ...definitions[type], definitions })]),
);
const validateDeleted = ajv.compile(DELETED);

const LIST = ajv.compile({
  type: 'object',
  properties: {
    data: { type: 'array' },
    pagination: {
      type: 'object',
      properties: {
        totalElements: { type: 'integer', minimum: 0 },
        elementsPerPage: { type: 'integer', minimum: 1 },
        currentPage: { type: 'integer', minimum: 1 },
        totalPages: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    links: {
      type: 'object',
      properties: { first: URL, prev: URL, self: URL, next: URL, last: URL, web: URL },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
  required: ['data', 'pagination', 'links'],
});

const describe = (validate: ValidateFunction) =>
  (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);

/** What makes an object (fetched alone, or in a list) not conform; empty when it conforms. */
export function objectProblems(object: unknown): string[] {
  const record = object as { type?: unknown; deleted?: unknown };
  if (record?.deleted === true) return validateDeleted(object) ? [] : describe(validateDeleted);
  const type = typeof record?.type === 'string' ? record.type.replace('https://schema.oparl.org/1.1/', '') : '';
  const validate = validators.get(type);
  if (!validate) return [`unknown type ${String(record?.type)}`];
  return validate(object) ? [] : describe(validate);
}

/** What makes a list page not conform; empty when it conforms (its objects are checked apart). */
export function listProblems(page: unknown): string[] {
  return LIST(page) ? [] : describe(LIST);
}
