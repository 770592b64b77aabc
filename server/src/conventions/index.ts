/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { Convention, ConventionCommunity } from './convention.entity';
import { Amendment, AmendmentSupport, ArticleComment, ConventionArticle } from './article.entity';
import { ConventionVersionRow } from './version.entity';
import { Breach } from './breach.entity';
import { AmendmentFieldsResolver, ArticleFieldsResolver, BreachFieldsResolver, ConventionFieldsResolver, ConventionsResolver } from './conventions.resolver';
import { conventionServices } from './convention-services';

export { BreachOutcome } from './enums';
export { Amendment, AmendmentSupport, ArticleComment, ConventionArticle } from './article.entity';
export { Breach } from './breach.entity';
export { Convention, ConventionCommunity } from './convention.entity';
export { ConventionVersionRow } from './version.entity';
export { ConventionConsultation } from './consultation.service';
export type { ConventionServices } from './convention-services';
export { ConventionDrafting } from './drafting.service';
export { ConventionKeeping } from './keeping.service';

/** The feature, declared once: what the ORM and the schema take from it. */
export const conventionsFeature = defineFeature({
  name: 'conventions',
  services: conventionServices,
  entities: [Convention, ConventionCommunity, ConventionArticle, ArticleComment, Amendment, AmendmentSupport, ConventionVersionRow, Breach],
  resolvers: (s) => [
    new ConventionsResolver(s),
    new ConventionFieldsResolver(s),
    new ArticleFieldsResolver(),
    new AmendmentFieldsResolver(),
    new BreachFieldsResolver(),
  ],
});
