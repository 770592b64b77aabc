import { registerEnumType } from 'type-graphql';

export enum IndicatorSource {
  INSPECTION = 'INSPECTION',
  RESIDENT_RATING = 'RESIDENT_RATING',
  THIRD_PARTY = 'THIRD_PARTY',
  WORK_ORDERS = 'WORK_ORDERS',
  COMPLAINTS = 'COMPLAINTS',
  FEES = 'FEES',
}

export enum EvaluationPeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

/** What a resident's one-click complaint (一键投诉) is about. */
export enum ComplaintTopic {
  CLEANING = 'CLEANING',
  SAFETY = 'SAFETY',
  REPAIRS = 'REPAIRS',
  FEES = 'FEES',
  ATTITUDE = 'ATTITUDE',
  NOISE_PARKING = 'NOISE_PARKING',
}

/** Which figure of the orders a WORK_ORDERS indicator takes. */
export enum OrderMeasure {
  RESPOND_ON_TIME = 'RESPOND_ON_TIME',
  RESOLVE_ON_TIME = 'RESOLVE_ON_TIME',
  ORDER_RATING = 'ORDER_RATING',
}

registerEnumType(OrderMeasure, { name: 'OrderMeasure', description: 'Which figure of the orders a WORK_ORDERS indicator takes.' });
registerEnumType(IndicatorSource, {
  name: 'IndicatorSource',
  valuesConfig: {
    INSPECTION: { description: 'Monthly checks by the community or sub-district staff.' },
    RESIDENT_RATING: { description: "Residents' ratings at a kiosk or by phone, one per home per month." },
    THIRD_PARTY: { description: 'Scores from the third-party assessor, imported.' },
    WORK_ORDERS: { description: "Computed from the service centre's and the company's work orders." },
    COMPLAINTS: { description: 'Computed from matters and complaints about the estate.' },
    FEES: { description: 'Computed from the fee collection rate.' },
  },
});
registerEnumType(EvaluationPeriodKind, { name: 'EvaluationPeriodKind' });
registerEnumType(ComplaintTopic, { name: 'ComplaintTopic', description: 'What a one-click complaint about a property company is about.' });
