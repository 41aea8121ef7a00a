import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { csvCell, requestCsv } from './csv';
import { toServiceRequest } from './fhir';
import type { RequestRecord } from './record';

const schema = JSON.parse(
	readFileSync('tests/fixtures/fhir/service-request.schema.json', 'utf8')
) as object;
const validateFhir = new Ajv({ allErrors: true, strict: false }).compile(schema);

function record(change: Partial<RequestRecord> = {}): RequestRecord {
	return {
		id: '0b9f5c7e-8f5d-4d0e-9a52-3f1d1c2b7a10',
		reference: 'WM-7K3Q9',
		pcnId: 'U00001',
		practice: 'A00001',
		name: 'Sam "Sammy" Example',
		contact: { method: 'phone', phone: '07700900123', email: 'sam@example.org' },
		bestTimes: 'weekday mornings',
		needs: 'Help with debt, and to get out more',
		profile: { categories: ['money-advice', 'meeting-people'] },
		language: 'en',
		source: 'qr',
		area: 'NE4',
		status: 'new',
		outcome: null,
		assignedTo: null,
		receivedAt: '2026-11-23T09:12:00Z',
		updatedAt: '2026-11-23T09:12:00Z',
		closedAt: null,
		events: [],
		...change
	};
}

describe('requestCsv', () => {
	it('gives a header and one row, quoted', () => {
		const [header, row, end] = requestCsv(record()).split('\r\n');
		expect(header).toMatch(/^"Reference","Received","Status"/);
		expect(row).toContain('"WM-7K3Q9"');
		expect(row).toContain('"Sam ""Sammy"" Example"');
		expect(row).toContain('"Money, debt and benefits advice; Meeting people"');
		expect(end).toBe('');
	});

	it.each([
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['+44 7700 900123', `"'+44 7700 900123"`],
		['-1', `"'-1"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		[null, '""']
	])('defuses formulas: %j', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});
});

describe('toServiceRequest', () => {
	it.each([
		['a new request', record()],
		[
			'a text request without practice',
			record({ practice: null, contact: { method: 'text', phone: '07700900123', email: null } })
		],
		[
			'an email request, closed as engaged',
			record({
				status: 'closed',
				outcome: 'engaged',
				contact: { method: 'email', phone: null, email: 'sam@example.org' }
			})
		],
		[
			'a declined request',
			record({ status: 'closed', outcome: 'declined', needs: null, bestTimes: null })
		]
	])('validates against the R4 ServiceRequest shape: %s', (_, request) => {
		const resource = toServiceRequest(request, 'Westgate and Elswick PCN');
		expect(validateFhir(resource), JSON.stringify(validateFhir.errors)).toBe(true);
	});

	it('carries the SNOMED CT code, the reference, the person and the PCN', () => {
		const resource = toServiceRequest(record(), 'Westgate and Elswick PCN');
		expect(resource).toMatchObject({
			resourceType: 'ServiceRequest',
			status: 'active',
			intent: 'order',
			code: {
				coding: [
					{
						system: 'http://snomed.info/sct',
						code: '871731000000106',
						display: 'Referral to social prescribing service'
					}
				]
			},
			identifier: [{ value: 'WM-7K3Q9' }],
			subject: { reference: '#patient' },
			authoredOn: '2026-11-23T09:12:00Z',
			performer: [{ identifier: { value: 'U00001' } }]
		});
		expect(resource.contained[0]).toMatchObject({
			resourceType: 'Patient',
			id: 'patient',
			name: [{ text: 'Sam "Sammy" Example' }],
			telecom: [
				{ system: 'phone', value: '07700900123', rank: 1 },
				{ system: 'email', value: 'sam@example.org' }
			],
			generalPractitioner: [{ identifier: { value: 'A00001' } }]
		});
		expect(resource.note.map((n) => n.text)).toContain(
			'Would like help with: Help with debt, and to get out more'
		);
	});

	it('maps outcomes to FHIR statuses', () => {
		const statusFor = (outcome: RequestRecord['outcome']) =>
			toServiceRequest(record({ status: 'closed', outcome }), 'PCN').status;
		expect(statusFor('engaged')).toBe('completed');
		expect(statusFor('referred-elsewhere')).toBe('completed');
		expect(statusFor('declined')).toBe('revoked');
		expect(statusFor('no-contact')).toBe('revoked');
	});

	it('is refused by the shape when required parts are missing or wrong', () => {
		const resource = toServiceRequest(record(), 'PCN') as Record<string, unknown>;
		expect(validateFhir({ ...resource, status: 'open' })).toBe(false);
		expect(validateFhir({ ...resource, intent: undefined })).toBe(false);
		expect(validateFhir({ ...resource, subject: undefined })).toBe(false);
		expect(validateFhir({ ...resource, madeUp: 1 })).toBe(false);
		expect(validateFhir({ ...resource, authoredOn: '23/11/2026' })).toBe(false);
	});
});
