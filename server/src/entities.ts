import { FEATURES } from './features';

/** Every entity, from the features' declarations (listed, so that compiled and TypeScript builds see the same set). */
export const entities = FEATURES.entities;
