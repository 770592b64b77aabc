import type { ConventionConsultation } from './consultation.service';
import type { ConventionDrafting } from './drafting.service';
import type { ConventionKeeping } from './keeping.service';

/** Residents' conventions: drafting and deciding (the branch), consultation (residents), keeping (patrols). */
export interface ConventionServices {
  drafting: ConventionDrafting;
  consultation: ConventionConsultation;
  keeping: ConventionKeeping;
  /** Now, as the conventions' rules see it (tests move it). */
  clock: () => Date;
}
