/** ORUK v3/v1 import and ORUK v3 publishing: the entry points the CLIs and routes use. */
export { readFeed, FeedFormatError, type FeedFormat, type FeedResult } from './read-feed';
export { readV3Service } from './read-v3';
export { readV1Service, v1ToV3 } from './read-v1';
export { serviceToOruk, organisationToOruk, type OrukService } from './write-v3';
export { serviceListItem, serviceAtLocations, serviceAtLocationListItem } from './write-lists';
export { waymarkTaxonomies, waymarkTaxonomyTerms, taxonomyId } from './write-terms';
export { categorise } from './categorise';
export { accessFromText } from './access-from-text';
export type { Decided, ReadOptions, ReadRecord, ReadResult, Skip } from './types';
