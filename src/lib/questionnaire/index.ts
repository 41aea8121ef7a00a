/** The questionnaire: its steps, the answers a person gives, and the profile they make. */
export * from './answers';
export * from './profile';
export * from './steps';
export * from './postcode';
