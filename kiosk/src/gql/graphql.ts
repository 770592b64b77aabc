/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
};

export type Building = {
  __typename?: 'Building';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  units: Array<Unit>;
};

/** A community (社区), the unit that a community office serves. */
export type Community = {
  __typename?: 'Community';
  estates: Array<Estate>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  pavilions: Array<Pavilion>;
};

/** An estate (小区) or an area of old buildings (片区). */
export type Estate = {
  __typename?: 'Estate';
  buildings: Array<Building>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  propertyCompany?: Maybe<Scalars['String']['output']>;
};

/** A home (户): an owned exclusive part with a registered floor area. */
export type Home = {
  __typename?: 'Home';
  /** Registered floor area in square metres, two decimals. */
  areaM2: Scalars['Float']['output'];
  floor: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  room: Scalars['String']['output'];
};

export type HomeCredential = {
  __typename?: 'HomeCredential';
  homeCode: Scalars['String']['output'];
  /** Shown once; only a hash is stored. */
  pin: Scalars['String']['output'];
};

export type ImportError = {
  __typename?: 'ImportError';
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type ImportReport = {
  __typename?: 'ImportReport';
  created: Scalars['Int']['output'];
  errors: Array<ImportError>;
  updated: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * CSV with a header row: community,estate,building,unit,floor,room,area_m2,owner_key.
   * All or nothing: with any error, nothing is imported and every bad line is reported.
   */
  importHomes: ImportReport;
  /** A new home code and PIN for a home; the old one stops working. */
  issueHomeCredential: HomeCredential;
  /** Staff sign-in. */
  login: Session;
  /** A resident's sign-in with a home code and PIN; the session lasts 15 minutes. */
  residentLogin: Session;
  /** Ends the session of the bearer token sent with this request. */
  signOut: Scalars['Boolean']['output'];
};


export type MutationImportHomesArgs = {
  csv: Scalars['String']['input'];
};


export type MutationIssueHomeCredentialArgs = {
  homeId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationResidentLoginArgs = {
  homeCode: Scalars['String']['input'];
  pin: Scalars['String']['input'];
};

/** A deliberation pavilion (议事亭) with its touchscreen kiosk. */
export type Pavilion = {
  __typename?: 'Pavilion';
  community: Community;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  communities: Array<Community>;
  /** One estate, to browse its buildings, units and (for staff) homes. */
  estate?: Maybe<Estate>;
  /** Who is signed in; null without a session. */
  me?: Maybe<Viewer>;
  pavilions: Array<Pavilion>;
};


export type QueryEstateArgs = {
  id: Scalars['ID']['input'];
};

export type Role =
  | 'OFFICE'
  | 'RESIDENT'
  | 'SECRETARY'
  | 'STREET_ADMIN';

export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['DateTime']['output'];
  role: Role;
  token: Scalars['String']['output'];
};

/** A unit (单元): one stairwell or entrance of a building. */
export type Unit = {
  __typename?: 'Unit';
  /** Staff of the community only. */
  homes: Array<Home>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Viewer = {
  __typename?: 'Viewer';
  /** The communities this person acts for (all of them for sub-district staff; their own for a resident). */
  communities: Array<Community>;
  displayName: Scalars['String']['output'];
  /** The home a resident signed in with. */
  homeId?: Maybe<Scalars['ID']['output']>;
  role: Role;
};

export type KioskPavilionsQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskPavilionsQuery = { __typename?: 'Query', communities: Array<{ __typename?: 'Community', id: string, name: string, pavilions: Array<{ __typename?: 'Pavilion', id: string, name: string }> }> };


export const KioskPavilionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskPavilions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pavilions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<KioskPavilionsQuery, KioskPavilionsQueryVariables>;