/**
 * A request as a FHIR R4 ServiceRequest, for a GP system to record: a self-referral to social
 * prescribing (SNOMED CT 871731000000106), the person as a contained Patient, the PCN as
 * performer. The shape is checked against tests/fixtures/fhir/service-request.schema.json.
 */
import type { RequestRecord } from './record';
import type { RequestOutcome } from './model';

export const SNOMED = 'http://snomed.info/sct';
export const SOCIAL_PRESCRIBING_REFERRAL = {
	system: SNOMED,
	code: '871731000000106',
	display: 'Referral to social prescribing service'
} as const;
export const ODS_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';
export const REFERENCE_SYSTEM = 'https://waymark.invalid/Id/request-reference';

const OUTCOME_TEXT: Record<RequestOutcome, string> = {
	engaged: 'Engaged with support',
	declined: 'Declined',
	'no-contact': 'Could not contact',
	'referred-elsewhere': 'Referred elsewhere'
};

/** Open requests are active; engaged or referred on are completed; the rest ended early. */
function fhirStatus(request: RequestRecord): 'active' | 'completed' | 'revoked' {
	if (request.status !== 'closed') return 'active';
	return request.outcome === 'engaged' || request.outcome === 'referred-elsewhere'
		? 'completed'
		: 'revoked';
}

function telecom(request: RequestRecord) {
	const { method, phone, email } = request.contact;
	const points = [];
	if (phone) {
		points.push({
			system: method === 'text' ? 'sms' : 'phone',
			value: phone,
			...(method !== 'email' ? { rank: 1 } : {})
		});
	}
	if (email)
		points.push({ system: 'email', value: email, ...(method === 'email' ? { rank: 1 } : {}) });
	return points;
}

export function toServiceRequest(request: RequestRecord, pcnName: string) {
	const patient = {
		resourceType: 'Patient',
		id: 'patient',
		name: [{ text: request.name }],
		telecom: telecom(request),
		...(request.practice
			? {
					generalPractitioner: [
						{ identifier: { system: ODS_SYSTEM, value: request.practice }, type: 'Organization' }
					]
				}
			: {}),
		communication: [
			{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: request.language }] } }
		]
	};
	const notes = [
		request.needs && `Would like help with: ${request.needs}`,
		request.bestTimes && `Best times to contact: ${request.bestTimes}`,
		`Preferred contact: ${request.contact.method}`,
		request.outcome && `Outcome: ${OUTCOME_TEXT[request.outcome]}`
	].filter((text): text is string => Boolean(text));
	return {
		resourceType: 'ServiceRequest',
		id: request.id,
		contained: [patient],
		identifier: [{ system: REFERENCE_SYSTEM, value: request.reference }],
		status: fhirStatus(request),
		intent: 'order',
		code: {
			coding: [{ ...SOCIAL_PRESCRIBING_REFERRAL }],
			text: SOCIAL_PRESCRIBING_REFERRAL.display
		},
		subject: { reference: '#patient', display: request.name },
		authoredOn: request.receivedAt,
		// A self-referral: the person asked for this themselves.
		requester: { reference: '#patient', display: request.name },
		performer: [
			{
				type: 'Organization',
				identifier: { system: ODS_SYSTEM, value: request.pcnId },
				display: pcnName
			}
		],
		note: notes.map((text) => ({ text, time: request.receivedAt }))
	};
}
